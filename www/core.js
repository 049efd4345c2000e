// Loading the WebAssembly module and annotating plain text.
import init, { annotate as annotateText, countQuotes } from './pkg/whosaid.js';

/** The number of quotes in `text`, without building the document (for benchmarks). */
export { countQuotes };

let loading = null;

/** Loads the WebAssembly module once; later calls return the same promise. */
export function ready() {
  loading ??= init();
  return loading;
}

/**
 * Annotates plain text. Offsets are UTF-16 code units (string indices).
 * Call after `await ready()`. Throws an Error with a clear message on bad options.
 */
export function annotate(text, options = undefined) {
  return annotateText(text, options);
}
