// Runs www/bench.html and the app in headless Chromium and prints the
// WebAssembly numbers as JSON: latency, throughput, page load to first
// annotated article (median of several fresh loads).
import { launch } from '../tests/e2e/helpers.mjs';

const environment = await launch();
try {
  const context = await environment.browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL('bench.html', environment.url).href);
  await page.waitForSelector('body[data-done]', { timeout: 600000 });
  const results = JSON.parse(await page.locator('#results').textContent());
  const loads = [];
  for (let run = 0; run < 7; run += 1) {
    const fresh = await environment.browser.newContext();
    const app = await fresh.newPage();
    await app.goto(environment.url);
    await app.waitForSelector('body[data-annotated="true"]');
    loads.push(await app.evaluate(() => window.whosaidFirstAnnotation));
    await fresh.close();
  }
  loads.sort((a, b) => a - b);
  results.pageLoadToFirstAnnotationMilliseconds = loads[Math.floor(loads.length / 2)];
  console.log(JSON.stringify(results));
} finally {
  await environment.close();
}
