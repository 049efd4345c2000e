// Annotate an article already rendered in the page, in place.
//
// The article's text is read from its text nodes (blocks become paragraph
// breaks, <br> a line break), annotated, and each annotation's offsets are
// mapped back to (text node, offset) pairs. With the CSS Custom Highlight
// API the page's DOM is not touched at all (safe inside contenteditable
// editors: text and caret stay as they are); without it, text nodes are
// split and wrapped in <mark> elements, and clear() puts the original nodes
// back, so the markup returns exactly as it was.
import { annotate, ready } from './core.js';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION',
  'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
const KINDS = ['quote', 'speaker', 'claim'];

/** The text of `root` as whosaid should read it, and where each text node sits in it. */
export function collectText(root) {
  let text = '';
  const pieces = []; // { node, start } in text order
  const breakParagraph = () => {
    if (text && !text.endsWith('\n\n')) text += text.endsWith('\n') ? '\n' : '\n\n';
  };
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        pieces.push({ node: child, start: text.length });
        text += child.data;
      } else if (child.nodeType === Node.ELEMENT_NODE && !SKIPPED_TAGS.has(child.tagName)) {
        if (child.tagName === 'BR') {
          text += '\n';
          continue;
        }
        const block = BLOCK_TAGS.has(child.tagName);
        if (block) breakParagraph();
        walk(child);
        if (block) breakParagraph();
      }
    }
  };
  walk(root);
  return { text, pieces };
}

/** The (node, offset) of a text offset; between nodes, the side that keeps the range inside text. */
function locate(pieces, offset, isEnd) {
  let low = 0;
  let high = pieces.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (pieces[middle].start <= offset) low = middle;
    else high = middle - 1;
  }
  let piece = pieces[low];
  if (!piece) return null;
  const inside = offset - piece.start;
  if (inside <= piece.node.data.length) {
    if (isEnd || inside < piece.node.data.length) return { node: piece.node, offset: Math.max(0, inside) };
  }
  // The offset falls in a paragraph break that exists only in the read text.
  if (isEnd) return { node: piece.node, offset: piece.node.data.length };
  piece = pieces[low + 1];
  return piece ? { node: piece.node, offset: 0 } : null;
}

function rangesOf(doc) {
  const ranges = [];
  for (const quote of doc.quotes) {
    for (const part of quote.content) ranges.push({ kind: 'quote', start: part.start, end: part.end, id: quote.id });
  }
  for (const speaker of doc.speakers) {
    for (const mention of speaker.mentions) ranges.push({ kind: 'speaker', start: mention.start, end: mention.end, id: speaker.id });
  }
  for (const claim of doc.claims) ranges.push({ kind: 'claim', start: claim.start, end: claim.end, id: claim.id });
  return ranges;
}

function highlightsSupported() {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/**
 * Annotates `root` in place. Options: `kinds` (array, default all three),
 * `mode` ('highlight' | 'wrap', default: highlight where supported),
 * `prefix` (highlight names and mark classes, default 'whosaid').
 * Resolves to { document, text, ranges, clear() }, where each range has
 * { kind, id, start, end, range, text }: a DOM Range and the text it covered.
 */
export async function annotateElement(root, options = {}) {
  await ready();
  const kinds = options.kinds ?? KINDS;
  const prefix = options.prefix ?? 'whosaid';
  const mode = options.mode ?? (highlightsSupported() ? 'highlight' : 'wrap');
  const { text, pieces } = collectText(root);
  const doc = annotate(text);
  const ranges = [];
  for (const found of rangesOf(doc)) {
    if (!kinds.includes(found.kind)) continue;
    const start = locate(pieces, found.start, false);
    const end = locate(pieces, found.end, true);
    if (!start || !end) continue;
    const range = document.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    // The text is read now: in 'wrap' mode the live ranges move with the DOM.
    if (!range.collapsed) ranges.push({ ...found, range, text: range.toString() });
  }
  const clear = mode === 'highlight' ? highlight(ranges, prefix) : wrap(ranges, pieces, prefix);
  return { document: doc, text, ranges, clear };
}

function highlight(ranges, prefix) {
  const names = [];
  for (const kind of KINDS) {
    const selected = ranges.filter((found) => found.kind === kind).map((found) => found.range);
    if (!selected.length) continue;
    const name = `${prefix}-${kind}`;
    CSS.highlights.set(name, new Highlight(...selected));
    names.push(name);
  }
  return () => names.forEach((name) => CSS.highlights.delete(name));
}

/** Splits each touched text node into plain and marked pieces; clear() restores the original node. */
function wrap(ranges, pieces, prefix) {
  // First read every node's segments: ranges are live and would move once
  // the DOM changes.
  const plans = [];
  for (const { node } of pieces) {
    const length = node.data.length;
    const segments = ranges
      .filter((found) => found.range.intersectsNode(node))
      .map((found) => ({
        kind: found.kind,
        from: found.range.startContainer === node ? found.range.startOffset : 0,
        to: found.range.endContainer === node ? found.range.endOffset : length,
      }))
      .filter((segment) => segment.to > segment.from);
    if (segments.length) plans.push({ node, segments });
  }
  const replaced = [];
  for (const { node, segments } of plans) {
    const length = node.data.length;
    const cuts = [...new Set([0, length, ...segments.flatMap((segment) => [segment.from, segment.to])])].sort((a, b) => a - b);
    const fragment = document.createDocumentFragment();
    const created = [];
    for (let index = 0; index + 1 < cuts.length; index += 1) {
      const [from, to] = [cuts[index], cuts[index + 1]];
      const piece = document.createTextNode(node.data.slice(from, to));
      const kinds = segments.filter((segment) => segment.from <= from && segment.to >= to).map((segment) => segment.kind);
      let placed = piece;
      if (kinds.length) {
        const mark = document.createElement('mark');
        mark.className = [...new Set(kinds)].map((kind) => `${prefix}-${kind}`).join(' ');
        mark.dataset.whosaid = [...new Set(kinds)].join(' ');
        mark.append(piece);
        placed = mark;
      }
      created.push(placed);
      fragment.append(placed);
    }
    node.parentNode.replaceChild(fragment, node);
    replaced.push({ node, created });
  }
  return () => {
    for (const { node, created } of replaced.reverse()) {
      const first = created[0];
      first.parentNode?.insertBefore(node, first);
      created.forEach((placed) => placed.remove());
    }
  };
}
