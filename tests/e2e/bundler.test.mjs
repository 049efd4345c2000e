// The package through a bundler: esbuild bundles an app that imports
// whosaid, the wasm file is copied next to the bundle (it is found with
// new URL(…, import.meta.url)), and the bundled app annotates in Chromium.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';
import { CHROMIUM_FLAGS, OUTPUT_DIR } from './helpers.mjs';

const BUNDLE_DIR = `${OUTPUT_DIR}/bundle`;
const WWW = new URL('../../www/', import.meta.url).pathname;
let server;
let browser;

before(async () => {
  await mkdir(`${BUNDLE_DIR}/src`, { recursive: true });
  await writeFile(`${BUNDLE_DIR}/src/main.js`, [
    `import { ready, annotate, defineElement } from ${JSON.stringify(`${WWW}whosaid.js`)};`,
    'await ready();',
    "const doc = annotate('“It works,” said Ada Lovelace.');",
    'document.body.dataset.result = JSON.stringify(doc);',
    'defineElement();',
  ].join('\n'));
  await build({
    entryPoints: [`${BUNDLE_DIR}/src/main.js`],
    bundle: true,
    format: 'esm',
    outfile: `${BUNDLE_DIR}/main.js`,
    logLevel: 'silent',
  });
  await copyFile(`${WWW}pkg/whosaid_bg.wasm`, `${BUNDLE_DIR}/whosaid_bg.wasm`);
  await copyFile(`${WWW}favicon.svg`, `${BUNDLE_DIR}/favicon.svg`);
  await writeFile(`${BUNDLE_DIR}/index.html`, [
    '<!doctype html><meta charset="utf-8">',
    '<meta http-equiv="Content-Security-Policy" content="default-src \'self\'; script-src \'self\' \'wasm-unsafe-eval\'; style-src \'self\'">',
    '<link rel="icon" href="favicon.svg">',
    '<script type="module" src="main.js"></script>',
    '<whosaid-annotator>“Bundled,” said Grace Hopper.</whosaid-annotator>',
  ].join('\n'));
  ({ server } = await startServer({ port: 0, root: BUNDLE_DIR }));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
});

test('an esbuild bundle of the package annotates in the browser', async () => {
  const page = await browser.newPage();
  const address = server.address();
  await page.goto(`http://127.0.0.1:${address.port}/`);
  await page.waitForSelector('body[data-result]', { state: 'attached' });
  const doc = JSON.parse(await page.getAttribute('body', 'data-result'));
  assert.equal(doc.speakers[0].name, 'Ada Lovelace');
  assert.equal(doc.quotes[0].kind, 'direct');
  await page.waitForSelector('whosaid-annotator q[data-kind="quote"]');
  assert.match(await page.locator('whosaid-annotator').evaluate((e) => e.document.speakers[0].name), /Grace Hopper/);
  await page.close();
});
