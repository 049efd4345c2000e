// Measures whosaid's WebAssembly build in this browser: latency on a
// 1,000-word article (median of many runs) and throughput on 1 MB and 10 MB.
import { annotate, countQuotes, ready } from './core.js';

const PARAGRAPHS = [
  'The city council voted on Tuesday to close two libraries, a decision that Mayor Rosa Lind said would save $3.2 million a year.',
  '“These are hard choices, but the numbers leave us no other way,” Lind told reporters after the vote. “We will keep the main branch open seven days a week.”',
  'Librarians were not convinced. “Closing branches hurts the children who need them most,” said Omar Haddad, who leads the staff union. He added that visits had risen 14 percent since 2019.',
  'According to the council’s own report, the two branches served 210,000 visitors last year.',
  'A spokeswoman for the mayor said the savings would fund 40 new teaching posts. The spokeswoman declined to say which schools would benefit.',
];

function article(words) {
  const parts = [];
  let count = 0;
  for (let index = 0; count < words; index += 1) {
    const paragraph = PARAGRAPHS[index % PARAGRAPHS.length];
    parts.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return parts.join('\n\n');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(text, runs) {
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    annotate(text);
    times.push(performance.now() - started);
  }
  return median(times);
}

async function main() {
  const loadStarted = performance.now();
  await ready();
  const loadMilliseconds = performance.now() - loadStarted;
  const small = article(1000);
  time(small, 20); // warm up
  const smallMilliseconds = time(small, 200);
  const results = { wasmLoadMilliseconds: loadMilliseconds, article1000WordsMilliseconds: smallMilliseconds };
  for (const megabytes of [1, 10]) {
    const big = article(Math.round(megabytes * 1024 * 1024 / 6.2));
    const milliseconds = time(big, megabytes === 1 ? 15 : 3);
    const bytes = new TextEncoder().encode(big).length;
    results[`throughput${megabytes}MBPerSecond`] = bytes / 1e6 / (milliseconds / 1000);
    results[`text${megabytes}MBBytes`] = bytes;
    // The pipeline alone, without handing the document to JavaScript.
    const pipelineMilliseconds = median([0, 1, 2].map(() => {
      const started = performance.now();
      countQuotes(big);
      return performance.now() - started;
    }));
    results[`pipeline${megabytes}MBPerSecond`] = bytes / 1e6 / (pipelineMilliseconds / 1000);
  }
  document.getElementById('results').textContent = JSON.stringify(results, null, 2);
  document.body.dataset.done = 'true';
}

main().catch((error) => {
  document.getElementById('results').textContent = `failed: ${error.message}`;
  document.body.dataset.done = 'error';
});
