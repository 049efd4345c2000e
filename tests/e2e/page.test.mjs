// The annotator page as a person uses it: keyboard, panel, filters,
// exports, hostile text, and the three looks (light, dark, phone).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { OUTPUT_DIR, launch, openApp, pasteArticle } from './helpers.mjs';

const ARTICLE = [
  'Mayor Elena Sørensen said on Monday that the city would build 2,000 homes by 2028.',
  '',
  '“We have waited long enough,” Sørensen told the council. “Families cannot wait another decade.” 🏠',
  '',
  '“It is a fantasy budget,” said Councillor Tom Baptiste. He added that rents had risen 18 percent since 2021.',
  '',
  'According to the housing agency, 14,000 people are on the waiting list.',
].join('\n');

let environment;
before(async () => { environment = await launch(); });
after(async () => { await environment?.close(); });

async function download(page, buttonId) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(`#${buttonId}`)]);
  return readFile(await file.path(), 'utf8');
}

test('keyboard only: tab to a quote, read its speaker, escape closes', async () => {
  const { page, context, problems } = await openApp(environment);
  await pasteArticle(page, ARTICLE);
  await page.focus('#input');
  let focusedKind = null;
  for (let step = 0; step < 40 && focusedKind !== 'quote'; step += 1) {
    await page.keyboard.press('Tab');
    focusedKind = await page.evaluate(() => document.activeElement?.dataset?.kind ?? null);
  }
  assert.equal(focusedKind, 'quote', 'a quote is reachable with Tab');
  assert.equal(await page.locator('#popover').isVisible(), true);
  assert.match(await page.locator('#popover').textContent(), /Elena Sørensen/);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#popover').isVisible(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test('panel items scroll to and focus their annotation; filters hide and dim', async () => {
  const { page, context, problems } = await openApp(environment);
  await pasteArticle(page, ARTICLE);
  const quoteButton = page.locator('#speaker-list .quote-list button').first();
  const target = await quoteButton.getAttribute('data-target');
  await quoteButton.click();
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.id), target);

  await page.uncheck('#show-quote');
  assert.equal(await page.locator('#output.hide-quote').count(), 1);
  await page.check('#show-quote');
  const speakers = await page.locator('#speaker-filter option').allTextContents();
  assert.ok(speakers.includes('Tom Baptiste'), speakers.join());
  await page.selectOption('#speaker-filter', { label: 'Tom Baptiste' });
  assert.ok(await page.locator('#output .dimmed').count() > 0);
  assert.equal(await page.locator('#output [data-kind="quote"][data-speaker]:not(.dimmed)').first().getAttribute('data-speaker'),
    await page.locator('#speaker-filter').inputValue());
  assert.deepEqual(problems, []);
  await context.close();
});

test('exports: JSON, Web Annotation JSON-LD, CSV and clipboard', async () => {
  const { page, context, problems } = await openApp(environment, { acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: environment.url });
  await pasteArticle(page, ARTICLE);

  const doc = JSON.parse(await download(page, 'export-json'));
  assert.ok(doc.quotes.length >= 4 && Array.isArray(doc.speakers) && Array.isArray(doc.claims));
  for (const quote of doc.quotes) for (const part of quote.content) assert.ok(ARTICLE.slice(part.start, part.end).length > 0);

  const annotations = JSON.parse(await download(page, 'export-jsonld'));
  assert.equal(annotations['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.ok(annotations.items.length > doc.quotes.length);
  const codePoints = Array.from(ARTICLE);
  for (const item of annotations.items) {
    const [quoteSelector, positionSelector] = item.target.selector;
    assert.equal(quoteSelector.type, 'TextQuoteSelector');
    assert.equal(positionSelector.type, 'TextPositionSelector');
    assert.equal(codePoints.slice(positionSelector.start, positionSelector.end).join(''), quoteSelector.exact);
  }

  const csv = await download(page, 'export-csv');
  const lines = csv.trim().split('\r\n');
  assert.equal(lines[0], '"speaker","quote","cue","kind","confidence"');
  assert.equal(lines.length, doc.quotes.length + 1);
  assert.ok(lines.some((line) => line.startsWith('"Tom Baptiste","“It is a fantasy budget,”"')), lines.join('\n'));

  await page.click('#copy-json');
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.deepEqual(copied, doc);
  assert.deepEqual(problems, []);
  await context.close();
});

test('hostile text: markup, RTL marks, emoji and a megabyte stay text and the page stays responsive', async () => {
  const { page, context, problems } = await openApp(environment);
  const hostile = '\u202e“<script>alert(1)</script>,” she said. <img src=x onerror=alert(2)> 👩🏽‍🚀 '
    + '<a href="javascript:alert(3)">x</a> <svg><script>alert(4)</script></svg>';
  await pasteArticle(page, hostile);
  assert.equal(await page.locator('#output').textContent(), hostile);
  assert.equal(await page.locator('#output script, #output img, #output a, #output svg').count(), 0);

  const megabyte = `${ARTICLE}\n\n`.repeat(Math.ceil((1 << 20) / (ARTICLE.length + 2)));
  // As a paste: the value arrives at once and an input event follows.
  await page.evaluate((text) => {
    document.body.dataset.annotated = 'false';
    const input = document.getElementById('input');
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, megabyte);
  const started = Date.now();
  await page.evaluate(() => 1 + 1); // the main thread answers while the worker annotates
  assert.ok(Date.now() - started < 1000, 'the page stays responsive');
  await page.waitForSelector('body[data-annotated="true"]', { timeout: 60000 });
  assert.ok(await page.locator('#output [data-kind="quote"]').count() > 1000);
  assert.deepEqual(problems, []);
  await context.close();
});

test('screenshots: light, dark and phone', async () => {
  for (const [name, options] of [
    ['light', { colorScheme: 'light', viewport: { width: 1280, height: 900 } }],
    ['dark', { colorScheme: 'dark', viewport: { width: 1280, height: 900 } }],
    ['phone', { colorScheme: 'light', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }],
  ]) {
    const { page, context, problems } = await openApp(environment, options);
    await pasteArticle(page, ARTICLE);
    await page.locator('#output [data-kind="quote"]').first().hover();
    await page.screenshot({ path: `${OUTPUT_DIR}/page-${name}.png`, fullPage: true });
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('a worker or module that cannot load is reported in the status line, and stays', async () => {
  // The WebAssembly module fails inside a worker that did load; the worker
  // script itself may fail after the page has asked for the first
  // annotation, whose "Annotating…" must not hide the failure, nor must later
  // typing.
  const cases = [
    { blocked: '**/worker.js', expected: /The annotator failed to load/ },
    { blocked: '**/pkg/whosaid_bg.wasm', expected: /Could not annotate/ },
  ];
  for (const { blocked, expected } of cases) {
    const context = await environment.browser.newContext();
    await context.route(blocked, (route) => route.fulfill({ status: 404, body: 'not found' }));
    const page = await context.newPage();
    await page.goto(environment.url);
    await page.waitForFunction(() => document.querySelector('#status')?.dataset.state === 'error');
    assert.match(await page.locator('#status').textContent(), expected, blocked);
    if (blocked.endsWith('worker.js')) {
      await page.fill('#input', 'A new text, said a reader.');
      await page.waitForTimeout(400);
      assert.match(await page.locator('#status').textContent(), expected, 'after typing');
    }
    await context.close();
  }
});
