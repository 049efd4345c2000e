// The annotator page: sends the text to the worker as the user types
// (debounced), renders the returned document inline and in the side panel,
// and explains each annotation in a popover on hover, focus or click.
import { renderArticle, speakerName } from './render.js';
import { toCsv, toJson, toWebAnnotation } from './export.js';

const input = document.getElementById('input');
const output = document.getElementById('output');
const status = document.getElementById('status');
const popover = document.getElementById('popover');
const speakerList = document.getElementById('speaker-list');
const claimList = document.getElementById('claim-list');

const DEBOUNCE_MILLISECONDS = 250;
let worker = null;
let latestRequest = 0;
let debounceTimer = null;
let current = { text: '', doc: null, elementsById: new Map() };

// Why the worker could not load, once it could not: no text is sent to it
// after that, so the status line keeps saying why.
let loadFailure = null;

function showLoadFailure(message) {
  loadFailure = message;
  status.textContent = `The annotator failed to load: ${message}`;
  status.dataset.state = 'error';
}

function startWorker() {
  worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });
  worker.onmessage = (event) => receive(event.data);
  worker.onerror = (event) => showLoadFailure(event.message ?? 'unknown error');
}

function requestAnnotation() {
  if (loadFailure !== null) return;
  latestRequest += 1;
  const text = input.value;
  status.textContent = text.length > 200000 ? `Annotating ${Math.round(text.length / 1000)} thousand characters…` : 'Annotating…';
  status.dataset.state = 'busy';
  worker.postMessage({ id: latestRequest, text });
  current.pendingText = text;
}

function receive(message) {
  if (message.id !== latestRequest) return; // a newer request is on its way
  if (message.error) {
    status.textContent = `Could not annotate: ${message.error}`;
    status.dataset.state = 'error';
    if (message.fatal) {
      // After a panic the module's state cannot be trusted: start afresh.
      worker.terminate();
      startWorker();
    }
    return;
  }
  const text = current.pendingText;
  const doc = message.document;
  current = { text, doc, elementsById: renderArticle(output, text, doc) };
  renderPanel(doc, text);
  renderSpeakerFilter(doc);
  applyFilters();
  const { quotes, speakers, claims } = doc;
  status.textContent = `${quotes.length} quotes, ${speakers.length} speakers, ${claims.length} claims (${message.milliseconds.toFixed(1)} ms)`;
  status.dataset.state = 'done';
  // For the benchmark: time from navigation start to the first annotated article.
  window.whosaidFirstAnnotation ??= performance.now();
  document.body.dataset.annotated = 'true';
}

function listItem(label, detail, targetId) {
  const item = document.createElement('li');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'panel-link';
  button.dataset.target = targetId;
  const strong = document.createElement('span');
  strong.className = 'panel-label';
  strong.textContent = label;
  button.append(strong);
  if (detail) {
    const small = document.createElement('span');
    small.className = 'panel-detail';
    small.textContent = detail;
    button.append(small);
  }
  item.append(button);
  return item;
}

function excerpt(text, start, end, limit = 90) {
  const slice = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return slice.length > limit ? `${slice.slice(0, limit - 1)}…` : slice;
}

function renderPanel(doc, text) {
  speakerList.replaceChildren();
  doc.speakers.forEach((speaker, index) => {
    const quotes = doc.quotes.filter((quote) => quote.speaker === speaker.id);
    const item = listItem(speaker.name, `${speaker.kind} · ${quotes.length} quote${quotes.length === 1 ? '' : 's'}`, speaker.id);
    item.classList.add(`speaker-color-${index % 8}`);
    item.dataset.speaker = speaker.id;
    const nested = document.createElement('ol');
    nested.className = 'quote-list';
    for (const quote of quotes) {
      const first = quote.content[0];
      const last = quote.content[quote.content.length - 1];
      nested.append(listItem(excerpt(text, first.start, last.end), `${quote.kind} · ${Math.round(quote.confidence * 100)}%`, quote.id));
    }
    item.append(nested);
    speakerList.append(item);
  });
  claimList.replaceChildren(
    ...doc.claims.map((claim) => {
      const who = speakerName(doc, claim.speaker);
      const detail = `${claim.kind.replace('_', ' ')} · score ${claim.score.toFixed(2)}${who ? ` · ${who}` : ''}`;
      return listItem(excerpt(text, claim.start, claim.end), detail, claim.id);
    }),
  );
}

function describe(element) {
  const { doc, text } = current;
  if (!doc) return null;
  const id = element.dataset.id;
  const lines = [];
  if (element.dataset.kind === 'quote') {
    const quote = doc.quotes.find((q) => q.id === id);
    if (!quote) return null;
    lines.push(['Said by', speakerName(doc, quote.speaker) ?? 'unknown speaker']);
    if (quote.source) lines.push(['Named as', text.slice(quote.source.start, quote.source.end)]);
    if (quote.cue) lines.push(['Cue', text.slice(quote.cue.start, quote.cue.end)]);
    lines.push(['Kind', quote.kind], ['Confidence', `${Math.round(quote.confidence * 100)}%`]);
  } else if (element.dataset.kind === 'speaker') {
    const speaker = doc.speakers.find((s) => s.id === id);
    if (!speaker) return null;
    const count = doc.quotes.filter((q) => q.speaker === id).length;
    lines.push(['Speaker', speaker.name], ['Kind', speaker.kind], ['Quotes', String(count)]);
  } else {
    const claim = doc.claims.find((c) => c.id === id);
    if (!claim) return null;
    lines.push(['Claim', claim.kind.replace('_', ' ')], ['Check-worthiness', claim.score.toFixed(2)]);
    const who = speakerName(doc, claim.speaker);
    if (who) lines.push(['Claimed by', who]);
  }
  return lines;
}

function highlightRelated(speakerId) {
  for (const element of output.querySelectorAll('.related')) element.classList.remove('related');
  if (!speakerId) return;
  for (const element of output.querySelectorAll(`[data-speaker="${CSS.escape(speakerId)}"]`)) element.classList.add('related');
}

function showPopover(element) {
  const lines = describe(element);
  if (!lines) return;
  const list = document.createElement('dl');
  for (const [term, value] of lines) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  popover.replaceChildren(list);
  popover.hidden = false;
  const box = element.getBoundingClientRect();
  const host = popover.offsetParent?.getBoundingClientRect() ?? { left: 0, top: 0 };
  popover.style.left = `${Math.max(0, box.left - host.left)}px`;
  popover.style.top = `${box.bottom - host.top + 6}px`;
  const popoverId = 'popover';
  element.setAttribute('aria-describedby', popoverId);
  highlightRelated(element.dataset.speaker);
}

function hidePopover() {
  popover.hidden = true;
  highlightRelated(null);
}

function annotationFrom(target) {
  return target instanceof Element ? target.closest('[data-kind]') : null;
}

output.addEventListener('mouseover', (event) => {
  const element = annotationFrom(event.target);
  if (element) showPopover(element);
});
output.addEventListener('mouseleave', hidePopover);
output.addEventListener('focusin', (event) => {
  const element = annotationFrom(event.target);
  if (element) showPopover(element);
});
output.addEventListener('focusout', hidePopover);
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') hidePopover();
});

document.querySelector('.panel').addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('button[data-target]') : null;
  if (!button) return;
  const target = current.elementsById.get(button.dataset.target)?.[0];
  if (target) {
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    target.focus({ preventScroll: true });
  }
});

// Filters: which kinds are marked, and optionally one speaker only.
const speakerFilter = document.getElementById('speaker-filter');

function renderSpeakerFilter(doc) {
  const chosen = speakerFilter.value;
  const options = [new Option('All speakers', '')];
  for (const speaker of doc.speakers) options.push(new Option(speaker.name, speaker.id));
  speakerFilter.replaceChildren(...options);
  speakerFilter.value = doc.speakers.some((speaker) => speaker.id === chosen) ? chosen : '';
}

function applyFilters() {
  for (const kind of ['quote', 'speaker', 'claim']) {
    output.classList.toggle(`hide-${kind}`, !document.getElementById(`show-${kind}`).checked);
  }
  const only = speakerFilter.value;
  for (const element of output.querySelectorAll('[data-kind]')) {
    element.classList.toggle('dimmed', Boolean(only) && element.dataset.speaker !== only);
  }
  for (const item of speakerList.children) {
    item.hidden = Boolean(only) && item.dataset.speaker !== only;
  }
}

for (const control of document.querySelectorAll('.filters input, #speaker-filter')) {
  control.addEventListener('change', applyFilters);
}

// Exports: downloads made from Blobs, never from markup.
function download(filename, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

document.getElementById('export-json').addEventListener('click', () => {
  if (current.doc) download('whosaid.json', 'application/json', toJson(current.doc));
});
document.getElementById('export-jsonld').addEventListener('click', () => {
  if (current.doc) download('whosaid.jsonld', 'application/ld+json', `${JSON.stringify(toWebAnnotation(current.text, current.doc), null, 2)}\n`);
});
document.getElementById('export-csv').addEventListener('click', () => {
  if (current.doc) download('whosaid-quotes.csv', 'text/csv', toCsv(current.text, current.doc));
});
document.getElementById('copy-json').addEventListener('click', async () => {
  if (!current.doc) return;
  try {
    await navigator.clipboard.writeText(toJson(current.doc));
    status.textContent = 'Copied the JSON document to the clipboard.';
  } catch (error) {
    status.textContent = `Could not copy: ${error.message}`;
  }
});

// A dropped .txt file replaces the text.
input.addEventListener('dragover', (event) => {
  event.preventDefault();
  input.classList.add('dropping');
});
input.addEventListener('dragleave', () => input.classList.remove('dropping'));
input.addEventListener('drop', async (event) => {
  event.preventDefault();
  input.classList.remove('dropping');
  const file = event.dataTransfer?.files?.[0];
  if (!file) return;
  input.value = await file.text();
  requestAnnotation();
});

// Rich text pasted without a plain-text version is reduced to its text,
// paragraphs kept. DOMParser builds an inert document: nothing in it runs.
input.addEventListener('paste', (event) => {
  const data = event.clipboardData;
  if (!data || data.types.includes('text/plain') || !data.types.includes('text/html')) return;
  event.preventDefault();
  const parsed = new DOMParser().parseFromString(data.getData('text/html'), 'text/html');
  const blocks = parsed.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, blockquote, div');
  const paragraphs = blocks.length
    ? [...blocks].filter((block) => !block.querySelector('p, div, li')).map((block) => block.textContent.trim())
    : [parsed.body.textContent.trim()];
  const text = paragraphs.filter(Boolean).join('\n\n');
  const { selectionStart, selectionEnd, value } = input;
  input.value = value.slice(0, selectionStart) + text + value.slice(selectionEnd);
  requestAnnotation();
});

input.addEventListener('input', () => {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(requestAnnotation, DEBOUNCE_MILLISECONDS);
});

startWorker();
requestAnnotation();
