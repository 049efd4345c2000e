import { annotateElement } from '../whosaid.js';

const editor = document.getElementById('editor');
const status = document.getElementById('editor-status');
let current = null;
let timer = null;

async function refresh() {
  // Highlights live outside the DOM: replacing them never moves the caret.
  current?.clear();
  current = await annotateElement(editor, { mode: 'highlight' });
  status.textContent = `${current.document.quotes.length} quotes, ${current.document.speakers.length} speakers`;
  document.body.dataset.annotated = String(Number(document.body.dataset.annotated || 0) + 1);
}

editor.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(refresh, 200);
});
refresh();
window.whosaidExample = { get current() { return current; } };
