// The JavaScript entry point itself: `annotate` rebuilds the document from
// the module's packed numbers (src/output/packed.rs), and must give exactly
// the object of the JSON path, key order included, for every kind of text.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch } from './helpers.mjs';

let environment;
before(async () => { environment = await launch(); });
after(async () => { await environment?.close(); });

const TEXTS = [
  '',
  'No quotes here at all.',
  [
    'Mayor Zoë Brandt said on Monday that prices rose 5% in May 😀 and would “fall by 2027.”',
    '',
    '“We will not raise taxes,” said Finance Minister Amina Okafor. “Not this year.”',
    '',
    '“We’ll see,” the mayor’s spokeswoman said. She added that the ministry had been “warned.”',
    '',
    'According to the Ministry of Defence (MoD), 3,000 troops left in April. No deal is on the table yet, says MoD.',
    '',
    '“An unattributed paragraph that nobody claims.”',
    '',
    'Broken \uD800 text \uDC00 here. “Prices rose again,” said Ann Lee. She said they rose 7 percent, more than in 2019.',
  ].join('\n'),
];

async function openCore() {
  const context = await environment.browser.newContext();
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(environment.url);
  await page.waitForSelector('body[data-annotated="true"]');
  return { page, context, problems };
}

test('annotate gives the JSON path’s document, key for key', async () => {
  const { page, context, problems } = await openCore();
  const results = await page.evaluate(async (texts) => {
    const core = await import('./core.js');
    await core.ready();
    const long = texts[2].repeat(200);
    return [...texts, long].flatMap((text) => [undefined, { claims: false }, { offsets: 'utf16' }].map((options) => {
      const packed = core.annotate(text, options);
      const json = core.annotateJson(text, options);
      // The JSON path turns lone surrogates into U+FFFD in a mention's
      // text; the packed path slices the caller's own string.
      for (const speaker of json.speakers) {
        for (const mention of speaker.mentions) mention.text = text.slice(mention.start, mention.end);
      }
      return { packed: JSON.stringify(packed), json: JSON.stringify(json), quotes: packed.quotes.length };
    }));
  }, TEXTS);
  for (const result of results) assert.equal(result.packed, result.json);
  assert.ok(results.some((result) => result.quotes >= 5), 'the article has quotes');
  assert.deepEqual(problems, []);
  await context.close();
});

test('other offset units and bad options behave as before', async () => {
  const { page, context, problems } = await openCore();
  const result = await page.evaluate(async (text) => {
    const core = await import('./core.js');
    await core.ready();
    const chars = core.annotate(text, { offsets: 'chars' });
    const utf8 = core.annotate(text, { offsets: 'utf8' });
    const errors = [];
    for (const options of [{ offsets: 'words' }, { offset: 'utf16' }, 'utf16']) {
      try {
        core.annotate(text, options);
        errors.push(null);
      } catch (error) {
        errors.push(error.message);
      }
    }
    return { chars: chars.quotes[1].content[0], utf8: utf8.quotes[1].content[0], errors };
  }, TEXTS[2]);
  // “We will not raise taxes,” starts after the first paragraph and its
  // blank line: 88 characters, 89 UTF-16 units (the emoji is two), 96 bytes.
  assert.deepEqual(result.chars, { start: 88, end: 114 });
  assert.deepEqual(result.utf8, { start: 96, end: 126 });
  assert.match(result.errors[0], /unknown value "words" for option "offsets"/);
  assert.match(result.errors[1], /unknown option "offset"/);
  assert.match(result.errors[2], /not an object/);
  assert.deepEqual(problems, []);
  await context.close();
});
