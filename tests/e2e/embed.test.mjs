// The three embedding modes: the custom element, annotateElement in place
// (static article and contenteditable editor), and the iframe.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTPUT_DIR, launch } from './helpers.mjs';

let environment;
before(async () => { environment = await launch(); });
after(async () => { await environment?.close(); });

async function open(path, options = {}) {
  const context = await environment.browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  await page.goto(new URL(path, environment.url).href);
  return { page, context, problems };
}

test('custom element survives aggressive page CSS and fires its events', async () => {
  const { page, context, problems } = await open('examples/element.html?aggressive');
  await page.waitForSelector('body[data-annotated="1"]');
  const annotated = await page.evaluate(() => window.whosaidEvents.find((e) => e.type === 'whosaid:annotated').detail);
  assert.equal(annotated.speakers[0].name, 'Mia Holm');
  assert.ok(annotated.quotes.length >= 2);
  // Inside the shadow root, quotes are visible despite `q { display: none }` outside.
  const quote = page.locator('whosaid-annotator q[data-kind="quote"]').first();
  assert.equal(await quote.isVisible(), true);
  await quote.click();
  const selected = await page.evaluate(() => window.whosaidEvents.find((e) => e.type === 'whosaid:select').detail);
  assert.equal(selected.kind, 'quote');
  assert.equal(selected.id, 'q1');
  assert.equal(selected.annotation.speaker, 's1');
  // The text property re-annotates.
  await page.evaluate(() => { document.getElementById('annotator').text = 'Officials said the road was closed.'; });
  await page.waitForSelector('body[data-annotated="2"]');
  const second = await page.evaluate(() => window.whosaidEvents.filter((e) => e.type === 'whosaid:annotated')[1].detail);
  assert.equal(second.speakers[0].name, 'Officials');
  // The kinds attribute hides kinds without re-annotating.
  await page.evaluate(() => document.getElementById('annotator').setAttribute('kinds', 'speaker'));
  assert.ok(await page.locator('whosaid-annotator [data-kind="quote"].hidden-kind').count() >= 1);
  await page.screenshot({ path: `${OUTPUT_DIR}/element-aggressive.png` });
  assert.deepEqual(problems, []);
  await context.close();
});

for (const mode of ['highlight', 'wrap']) {
  test(`annotateElement (${mode}) marks the right text across inline markup and clear() restores the DOM`, async () => {
    const { page, context, problems } = await open('examples/article.html');
    await page.waitForSelector('body[data-annotated="true"]');
    const result = await page.evaluate(async (mode) => {
      const story = document.getElementById('story');
      window.whosaidExample.current.clear();
      const before = story.innerHTML;
      const annotation = await window.whosaidExample.annotateElement(story, { mode });
      const texts = annotation.ranges.map((found) => ({ kind: found.kind, text: found.text }));
      const rangesMatch = mode === 'wrap' || annotation.ranges.every((found) => found.range.toString() === found.text);
      const marks = story.querySelectorAll('mark[data-whosaid]').length;
      const highlights = CSS.highlights.size;
      annotation.clear();
      return { texts, marks, highlights, rangesMatch, restored: story.innerHTML === before };
    }, mode);
    const quotes = result.texts.filter((t) => t.kind === 'quote').map((t) => t.text);
    assert.ok(quotes.includes('“We won what we came for,”'), quotes.join(' | '));
    assert.ok(quotes.includes('“Trade must flow,”'), quotes.join(' | '));
    assert.ok(quotes.includes('“Nobody wins a strike,”'), quotes.join(' | '));
    assert.ok(quotes.includes('that the agreement would raise wages by 12 percent'), quotes.join(' | '));
    const speakers = result.texts.filter((t) => t.kind === 'speaker').map((t) => t.text);
    assert.ok(speakers.some((speaker) => speaker.endsWith('Grace Atieno')), speakers.join(' | '));
    assert.equal(result.rangesMatch, true);
    if (mode === 'wrap') assert.ok(result.marks > 0);
    else assert.ok(result.highlights > 0 && result.marks === 0);
    assert.equal(result.restored, true, 'innerHTML is byte for byte the same after clear()');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('contenteditable editor: an edit keeps its text and caret, and annotations follow', async () => {
  const { page, context, problems } = await open('examples/editor.html');
  await page.waitForSelector('body[data-annotated="1"]');
  const editor = page.locator('#editor');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' “It will be ready in May,” she said.');
  await page.waitForSelector('body[data-annotated="2"]');
  const state = await page.evaluate(() => {
    const selection = window.getSelection();
    const editor = document.getElementById('editor');
    return {
      text: editor.textContent,
      caretAtEnd: selection.anchorNode && editor.contains(selection.anchorNode)
        && selection.anchorOffset === selection.anchorNode.textContent.length,
      quotes: window.whosaidExample.current.document.quotes.length,
      marks: editor.querySelectorAll('mark').length,
    };
  });
  assert.ok(state.text.endsWith('the repairs would cost $4 million. “It will be ready in May,” she said.'), state.text);
  assert.equal(state.caretAtEnd, true);
  assert.ok(state.quotes >= 3);
  assert.equal(state.marks, 0, 'the editor DOM is not touched');
  await page.keyboard.type(' More text.');
  assert.ok((await editor.textContent()).endsWith('she said. More text.'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('iframe mode answers its allowed origin and ignores others', async () => {
  const { page, context, problems } = await open('examples/iframe-host.html');
  await page.waitForSelector('body[data-ready="true"]');
  await page.click('#send');
  await page.waitForSelector('body[data-answered="1"]');
  const answer = JSON.parse(await page.locator('#result').textContent());
  assert.equal(answer.speakers[0].name, 'Ana Ruiz');

  // The same embed page, allowing only another origin, never answers.
  const silent = await page.evaluate(async () => {
    const frame = document.createElement('iframe');
    frame.src = '../embed.html?origins=https://cms.example';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve));
    let answered = false;
    window.addEventListener('message', (event) => { if (event.source === frame.contentWindow) answered = true; });
    frame.contentWindow.postMessage({ type: 'whosaid:annotate', id: 2, text: 'Officials said no.' }, '*');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    return answered;
  });
  assert.equal(silent, false);
  assert.deepEqual(problems, []);
  await context.close();
});

const XSS_CORPUS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(2)>',
  '<a href="javascript:alert(3)">click</a>',
  '<svg onload=alert(4)><script>alert(5)</script></svg>',
  '“<iframe srcdoc="<script>alert(6)</script>">,” said Eve Mallory.',
].join('\n\n');

test('the XSS corpus stays text in the custom element, annotateElement and the iframe', async () => {
  const { page, context, problems } = await open('examples/element.html');
  const dialogs = [];
  page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  await page.waitForSelector('body[data-annotated="1"]');
  await page.evaluate((text) => { document.getElementById('annotator').text = text; }, XSS_CORPUS);
  await page.waitForSelector('body[data-annotated="2"]');
  const shadow = await page.evaluate(() => {
    const root = document.getElementById('annotator').shadowRoot;
    return { text: root.querySelector('.article').textContent, dangerous: root.querySelectorAll('script, img, a, svg, iframe').length };
  });
  assert.equal(shadow.text, XSS_CORPUS);
  assert.equal(shadow.dangerous, 0);

  // In place: the corpus as text of an element, annotated in both modes.
  const inPlace = await page.evaluate(async (text) => {
    const { annotateElement } = await import('../whosaid.js');
    const host = document.createElement('div');
    host.textContent = text;
    document.body.append(host);
    const results = [];
    for (const mode of ['wrap', 'highlight']) {
      const annotation = await annotateElement(host, { mode });
      results.push(host.querySelectorAll('script, img, a, svg, iframe').length);
      annotation.clear();
    }
    return { results, text: host.textContent };
  }, XSS_CORPUS);
  assert.deepEqual(inPlace.results, [0, 0]);
  assert.equal(inPlace.text, XSS_CORPUS);
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(problems, []);
  await context.close();

  // The iframe answers with a document whose spans slice the corpus; nothing runs.
  const host = await open('examples/iframe-host.html');
  host.page.on('dialog', async (dialog) => { dialogs.push(dialog.message()); await dialog.dismiss(); });
  await host.page.waitForSelector('body[data-ready="true"]');
  const answered = await host.page.evaluate(async (text) => {
    const frame = document.getElementById('whosaid');
    const reply = new Promise((resolve) => window.addEventListener('message', (event) => {
      if (event.source === frame.contentWindow && event.data.type === 'whosaid:document') resolve(event.data.document);
    }));
    frame.contentWindow.postMessage({ type: 'whosaid:annotate', id: 9, text }, location.origin);
    const doc = await reply;
    return doc.quotes.map((quote) => quote.content.map((part) => text.slice(part.start, part.end)).join(''));
  }, XSS_CORPUS);
  assert.ok(answered.some((quote) => quote.includes('<iframe srcdoc=')), answered.join(' | '));
  assert.deepEqual(dialogs, []);
  assert.deepEqual(host.problems, []);
  await host.context.close();
});

test('lone surrogates from JavaScript keep offsets aligned with string indices', async () => {
  const { page, context, problems } = await open('examples/element.html');
  await page.waitForSelector('body[data-annotated="1"]');
  const result = await page.evaluate(async () => {
    const { annotate, ready } = await import('../whosaid.js');
    await ready();
    const text = 'Broken \uD800 text \uDC00 here. “Prices rose again,” said Ann Lee. 😀 “Still rising,” she added.';
    const doc = annotate(text);
    return doc.quotes.map((quote) => quote.content.map((part) => text.slice(part.start, part.end)).join(' '));
  });
  assert.deepEqual(result, ['“Prices rose again,”', '“Still rising,”']);
  assert.deepEqual(problems, []);
  await context.close();
});
