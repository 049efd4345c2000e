// Shared set-up for the browser tests: the static server and Debian's
// Chromium driven by playwright-core (which never downloads a browser).
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const OUTPUT_DIR = new URL('../../test-output/', import.meta.url).pathname;

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch() {
  await mkdir(OUTPUT_DIR, { recursive: true });
  const { server, url } = await startServer({ port: 0 });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_FLAGS,
  });
  return {
    url,
    browser,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Opens the app, failing the test on any page error or CSP violation. */
export async function openApp(environment, options = {}) {
  const context = await environment.browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('dialog', async (dialog) => {
    problems.push(`dialog opened: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.goto(environment.url);
  await page.waitForSelector('body[data-annotated="true"]');
  return { page, context, problems };
}

/** Replaces the article text and waits for the new annotation. */
export async function pasteArticle(page, text) {
  const before = await page.locator('#status').textContent();
  await page.evaluate(() => { document.body.dataset.annotated = 'false'; });
  await page.fill('#input', text);
  await page.waitForSelector('body[data-annotated="true"]');
  return before;
}
