// whosaid for web pages and CMSs: the package entry point.
//
//   import { ready, annotate, annotateElement, defineElement } from 'whosaid';
//
// Everything runs in the page: the WebAssembly module is fetched from next
// to this file (new URL(..., import.meta.url), which bundlers understand).
export { annotate, ready } from './core.js';
export { annotateElement, collectText } from './annotate-element.js';
export { defineElement, WhosaidAnnotator } from './element.js';
