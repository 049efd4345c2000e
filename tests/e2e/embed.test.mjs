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
