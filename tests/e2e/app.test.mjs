// End-to-end tests of the annotator page in headless Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTPUT_DIR, launch, openApp, pasteArticle } from './helpers.mjs';

const ARTICLE = [
  'Health Minister Grace Mwangi said on Tuesday that 1,200 new clinics would open by 2027.',
  '',
  '“Nobody will be turned away,” Mwangi told reporters in Nairobi. “Not one patient.”',
  '',
  '“The money is simply not there,” said Senator Peter Otieno, who leads the opposition. He added that the plan was “a fantasy.”',
  '',
  'A spokeswoman for the Treasury said the figures were “under review”.',
].join('\n');

let environment;
before(async () => { environment = await launch(); });
after(async () => { await environment?.close(); });

test('pasted article shows each quote inline with its resolved speaker', async () => {
  const { page, context, problems } = await openApp(environment);
  await pasteArticle(page, ARTICLE);
  const quotes = page.locator('#output [data-kind="quote"]');
  assert.ok(await quotes.count() >= 4, 'at least four quote elements');
  const speakers = await page.evaluate(() =>
    [...document.querySelectorAll('#speaker-list > li .panel-label')].map((e) => e.textContent));
  assert.ok(speakers.includes('Grace Mwangi'), `speakers listed: ${speakers}`);
  assert.ok(speakers.includes('Peter Otieno'), `speakers listed: ${speakers}`);

  // The quote after "He added" is attributed to Otieno, not to "He".
  const fantasy = page.locator('#output [data-kind="quote"]', { hasText: 'fantasy' }).first();
  const speakerId = await fantasy.getAttribute('data-speaker');
  assert.ok(speakerId, 'the mixed quote has a speaker');
  await fantasy.hover();
  await page.waitForSelector('#popover:not([hidden])');
  const popover = await page.locator('#popover').textContent();
  assert.match(popover, /Peter Otieno/);
  assert.doesNotMatch(popover, /Said by\s*He/);

  // Every quote's text is exactly what the user wrote (UTF-16 offsets line up).
  const texts = await quotes.allTextContents();
  assert.ok(texts.some((t) => t.includes('“Nobody will be turned away,”')), texts.join(' | '));
  await page.screenshot({ path: `${OUTPUT_DIR}/app-light.png`, fullPage: true });
  assert.deepEqual(problems, []);
  await context.close();
});

test('pasted markup is shown as text and never executed', async () => {
  const { page, context, problems } = await openApp(environment);
  const hostile = '<img src=x onerror=alert(1)> “<script>alert(2)</script>,” she said. <svg onload=alert(3)>';
  await pasteArticle(page, hostile);
  const shown = await page.locator('#output').textContent();
  assert.equal(shown, hostile);
  assert.equal(await page.locator('#output img, #output script, #output svg').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
