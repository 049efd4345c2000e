// <whosaid-annotator>: the article with its annotations, in a shadow root,
// so the host page's CSS cannot break it and its CSS cannot leak out.
//
//   <whosaid-annotator kinds="quote speaker">Text of the article…</whosaid-annotator>
//   element.text = '…';            // or set the text property
//   element.addEventListener('whosaid:annotated', (e) => e.detail);  // the document
//   element.addEventListener('whosaid:select', (e) => e.detail);     // { kind, id, annotation }
import { annotate, ready } from './core.js';
import { renderArticle } from './render.js';

const STYLE = `
  :host { display: block; }
  .article { all: initial; display: block; white-space: pre-wrap; overflow-wrap: anywhere;
    font: 17px/1.7 ui-serif, Georgia, serif; color: CanvasText; }
  .article * { all: revert; }
  .article q::before, .article q::after { content: none; }
  .annotation-quote { background: color-mix(in srgb, var(--speaker, #888) 22%, transparent);
    box-shadow: inset 3px 0 0 var(--speaker, #888); cursor: pointer; }
  .annotation-speaker { text-decoration: underline solid var(--speaker, currentColor) 3px; font-weight: 600; cursor: pointer; }
  .annotation-claim { outline: 2px dotted #6a3d9a; outline-offset: 1px; cursor: pointer; }
  .hidden-kind { background: none; box-shadow: none; outline: none; text-decoration: none; font-weight: inherit; }
  .annotation:focus-visible { outline: 3px solid #0b57d0; }
  .speaker-color-0 { --speaker: #e69f00; } .speaker-color-1 { --speaker: #56b4e9; }
  .speaker-color-2 { --speaker: #009e73; } .speaker-color-3 { --speaker: #cc79a7; }
  .speaker-color-4 { --speaker: #0072b2; } .speaker-color-5 { --speaker: #d55e00; }
  .speaker-color-6 { --speaker: #f0e442; } .speaker-color-7 { --speaker: #999999; }
`;

let sheet = null;
function styleSheet() {
  // A constructed stylesheet: no <style> element, so a strict
  // Content-Security-Policy (style-src 'self') does not block it.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLE);
  }
  return sheet;
}

export class WhosaidAnnotator extends HTMLElement {
  static observedAttributes = ['kinds'];

  #text = null;
  #container;
  #document = null;
  #generation = 0;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [styleSheet()];
    this.#container = document.createElement('div');
    this.#container.className = 'article';
    this.#container.setAttribute('part', 'article');
    root.append(this.#container);
    this.#container.addEventListener('click', (event) => this.#select(event));
    this.#container.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') this.#select(event);
    });
  }

  connectedCallback() {
    if (this.#text === null) this.#text = this.textContent ?? '';
    this.#render();
  }

  attributeChangedCallback() {
    if (this.#document) this.#applyKinds();
  }

  /** The article text (defaults to the element's own text content). */
  get text() {
    return this.#text ?? this.textContent ?? '';
  }

  set text(value) {
    this.#text = String(value ?? '');
    this.#render();
  }

  /** The last annotation document, or null before the first. */
  get document() {
    return this.#document;
  }

  /** The kinds shown: from the `kinds` attribute, default all. */
  get kinds() {
    const value = this.getAttribute('kinds');
    return value ? value.split(/[\s,]+/).filter(Boolean) : ['quote', 'speaker', 'claim'];
  }

  set kinds(list) {
    this.setAttribute('kinds', [].concat(list).join(' '));
  }

  async #render() {
    const generation = ++this.#generation;
    await ready();
    if (generation !== this.#generation || !this.isConnected) return;
    const text = this.text;
    try {
      this.#document = annotate(text);
    } catch (error) {
      this.#container.replaceChildren(document.createTextNode(text));
      this.dispatchEvent(new CustomEvent('whosaid:error', { detail: { message: error.message }, bubbles: true, composed: true }));
      return;
    }
    renderArticle(this.#container, text, this.#document);
    this.#applyKinds();
    this.dispatchEvent(new CustomEvent('whosaid:annotated', { detail: this.#document, bubbles: true, composed: true }));
  }

  #applyKinds() {
    const shown = new Set(this.kinds);
    for (const element of this.#container.querySelectorAll('[data-kind]')) {
      element.classList.toggle('hidden-kind', !shown.has(element.dataset.kind));
    }
  }

  #select(event) {
    const element = event.target instanceof Element ? event.target.closest('[data-kind]') : null;
    if (!element || !this.#document || element.classList.contains('hidden-kind')) return;
    const { kind, id } = element.dataset;
    const list = { quote: this.#document.quotes, speaker: this.#document.speakers, claim: this.#document.claims }[kind];
    const annotation = list.find((item) => item.id === id);
    this.dispatchEvent(new CustomEvent('whosaid:select', { detail: { kind, id, annotation }, bubbles: true, composed: true }));
  }
}

/** Registers <whosaid-annotator> (once; later calls do nothing). */
export function defineElement(name = 'whosaid-annotator') {
  if (!customElements.get(name)) customElements.define(name, WhosaidAnnotator);
}
