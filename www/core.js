// Loading the WebAssembly module and annotating plain text.
import init, {
  annotate as annotateViaJson,
  annotatePacked,
  countQuotes,
  lastPanicMessage,
  packedKindNames,
} from './pkg/whosaid.js';

/**
 * `countQuotes(text)`: the number of quotes, without building the document
 * (for benchmarks). `lastPanicMessage()`: the message of a panic inside the
 * module, if one happened.
 */
export { countQuotes, lastPanicMessage };

let loading = null;
let kindNames = null;

/** Loads the WebAssembly module once; later calls return the same promise. */
export function ready() {
  loading ??= init().then((module) => {
    kindNames = JSON.parse(packedKindNames());
    return module;
  });
  return loading;
}

/**
 * Annotates plain text. Offsets are UTF-16 code units (string indices).
 * Call after `await ready()`. Throws an Error with a clear message on bad options.
 */
export function annotate(text, options = undefined) {
  // The module hands the document over as numbers (src/output/packed.rs),
  // rebuilt here; only other offset units take the slower JSON path, since
  // a mention's text is sliced from `text` in UTF-16 units.
  const offsets = options?.offsets;
  if (offsets !== undefined && offsets !== 'utf16') return annotateViaJson(text, options);
  return unpack(text, annotatePacked(text, options));
}

/** The document through the module's JSON path (for tests of `unpack`). */
export function annotateJson(text, options = undefined) {
  return annotateViaJson(text, options);
}

/** The value standing for an absent span (u32::MAX). */
const ABSENT = 0xffffffff;

/**
 * Rebuilds the document from `[numbers, names]` in the layout documented in
 * src/output/packed.rs, with the keys in the order of the JSON document.
 */
function unpack(text, [numbers, names]) {
  // Every object is built whole, as a literal, and each id string is made
  // once and shared: a long text has a hundred thousand quotes, and the
  // garbage collector's work grows with every object and string made.
  let at = 3;
  const span = () => {
    const start = numbers[at];
    const end = numbers[at + 1];
    at += 2;
    return start === ABSENT ? null : { start, end };
  };
  const speakers = [];
  const speakerIds = [null];
  let nameStart = 0;
  for (let index = 0; index < numbers[0]; index += 1) {
    const kind = kindNames.speaker[numbers[at]];
    const nameEnd = nameStart + numbers[at + 1];
    const mentionCount = numbers[at + 2];
    at += 3;
    const mentions = [];
    for (let mention = 0; mention < mentionCount; mention += 1) {
      const start = numbers[at];
      const end = numbers[at + 1];
      at += 2;
      mentions.push({ start, end, text: text.slice(start, end) });
    }
    const id = `s${index + 1}`;
    speakerIds.push(id);
    speakers.push({ id, name: names.slice(nameStart, nameEnd), kind, mentions });
    nameStart = nameEnd;
  }
  const quotes = [];
  const quoteIds = [null];
  for (let index = 0; index < numbers[1]; index += 1) {
    const kind = kindNames.quote[numbers[at]];
    const partCount = numbers[at + 1];
    at += 2;
    const content = partCount === 1 ? [span()] : [];
    for (let part = content.length; part < partCount; part += 1) content.push(span());
    const cue = span();
    const source = span();
    const speaker = speakerIds[numbers[at]] ?? null;
    const confidence = numbers[at + 1] / 1000;
    at += 2;
    const id = `q${index + 1}`;
    quoteIds.push(id);
    quotes.push({ id, kind, content, cue, source, speaker, confidence });
  }
  const claims = [];
  for (let index = 0; index < numbers[2]; index += 1) {
    claims.push({
      id: `c${index + 1}`,
      start: numbers[at],
      end: numbers[at + 1],
      kind: kindNames.claim[numbers[at + 2]],
      score: numbers[at + 3] / 1000,
      speaker: speakerIds[numbers[at + 4]] ?? null,
      quote: quoteIds[numbers[at + 5]] ?? null,
    });
    at += 6;
  }
  return { speakers, quotes, claims };
}
