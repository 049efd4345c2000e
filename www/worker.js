// Annotation runs here, off the main thread, so typing never freezes the page.
// Messages in: { id, text }. Messages out: { id, document } or { id, error }.
import { annotate, lastPanicMessage, ready } from './core.js';

self.onmessage = async (event) => {
  const { id, text } = event.data;
  try {
    await ready();
    const started = performance.now();
    const document = annotate(text, { offsets: 'utf16' });
    self.postMessage({ id, document, milliseconds: performance.now() - started });
  } catch (error) {
    // A Rust panic surfaces as a WebAssembly trap; the hook kept its message.
    let panic = null;
    try { panic = lastPanicMessage(); } catch { /* the module may be unusable */ }
    self.postMessage({ id, error: panic ? `internal error: ${panic}` : String(error?.message ?? error), fatal: Boolean(panic) });
  }
};
