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
  let at = 3;
  const span = () => {
    const start = numbers[at];
    const end = numbers[at + 1];
    at += 2;
    return start === ABSENT ? null : { start, end };
  };
  const speakers = new Array(numbers[0]);
  let nameStart = 0;
  for (let index = 0; index < speakers.length; index += 1) {
    const kind = kindNames.speaker[numbers[at]];
    const nameEnd = nameStart + numbers[at + 1];
    const mentions = new Array(numbers[at + 2]);
    at += 3;
    for (let mention = 0; mention < mentions.length; mention += 1) {
      const start = numbers[at];
      const end = numbers[at + 1];
      at += 2;
      mentions[mention] = { start, end, text: text.slice(start, end) };
    }
    speakers[index] = { id: `s${index + 1}`, name: names.slice(nameStart, nameEnd), kind, mentions };
    nameStart = nameEnd;
  }
  const quotes = new Array(numbers[1]);
  for (let index = 0; index < quotes.length; index += 1) {
    const kind = kindNames.quote[numbers[at]];
    const content = new Array(numbers[at + 1]);
    at += 2;
    for (let part = 0; part < content.length; part += 1) content[part] = span();
    const cue = span();
    const source = span();
    const speaker = numbers[at] === 0 ? null : `s${numbers[at]}`;
    const confidence = numbers[at + 1] / 1000;
    at += 2;
    quotes[index] = { id: `q${index + 1}`, kind, content, cue, source, speaker, confidence };
  }
  const claims = new Array(numbers[2]);
  for (let index = 0; index < claims.length; index += 1) {
    claims[index] = {
      id: `c${index + 1}`,
      start: numbers[at],
      end: numbers[at + 1],
      kind: kindNames.claim[numbers[at + 2]],
      score: numbers[at + 3] / 1000,
      speaker: numbers[at + 4] === 0 ? null : `s${numbers[at + 4]}`,
      quote: numbers[at + 5] === 0 ? null : `q${numbers[at + 5]}`,
    };
    at += 6;
  }
  return { speakers, quotes, claims };
}
