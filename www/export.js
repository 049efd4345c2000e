// Export formats of an annotated article. Pure functions of (text, doc):
// the page offers them as downloads, and the tests check them.

/** UTF-16 index -> code point index, for every index of `text`. */
function codePointIndex(text) {
  const index = new Uint32Array(text.length + 1);
  let codePoints = 0;
  for (let unit = 0; unit < text.length; unit += 1) {
    index[unit] = codePoints;
    const code = text.charCodeAt(unit);
    // The low half of a surrogate pair continues the same code point.
    const isHighSurrogate = code >= 0xd800 && code <= 0xdbff;
    const next = text.charCodeAt(unit + 1);
    if (isHighSurrogate && next >= 0xdc00 && next <= 0xdfff) {
      index[unit + 1] = codePoints;
      unit += 1;
    }
    codePoints += 1;
  }
  index[text.length] = codePoints;
  return index;
}

const CONTEXT_LENGTH = 32;

function selectors(text, start, end, toCodePoint) {
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
      suffix: text.slice(end, end + CONTEXT_LENGTH),
    },
    // Positions in the Web Annotation model count characters (code points).
    { type: 'TextPositionSelector', start: toCodePoint[start], end: toCodePoint[end] },
  ];
}

function speakerName(doc, id) {
  return doc.speakers.find((speaker) => speaker.id === id)?.name ?? null;
}

/**
 * The W3C Web Annotation Data Model form: an AnnotationPage with one
 * annotation per quote part, speaker mention and claim.
 */
export function toWebAnnotation(text, doc, source = 'urn:whosaid:article') {
  const toCodePoint = codePointIndex(text);
  const items = [];
  const annotation = (id, start, end, bodies) => ({
    id: `${source}#${id}`,
    type: 'Annotation',
    motivation: 'classifying',
    created: new Date(0).toISOString(),
    generator: { id: 'urn:whosaid', type: 'Software', name: 'whosaid' },
    body: bodies.map(([purpose, value]) => ({ type: 'TextualBody', purpose, value, format: 'text/plain' })),
    target: { source, selector: selectors(text, start, end, toCodePoint) },
  });
  for (const quote of doc.quotes) {
    quote.content.forEach((part, index) => {
      const bodies = [['tagging', 'quote'], ['tagging', quote.kind]];
      const who = speakerName(doc, quote.speaker);
      if (who) bodies.push(['describing', `said by ${who}`]);
      items.push(annotation(`${quote.id}-${index + 1}`, part.start, part.end, bodies));
    });
  }
  for (const speaker of doc.speakers) {
    speaker.mentions.forEach((mention, index) => {
      items.push(annotation(`${speaker.id}-${index + 1}`, mention.start, mention.end, [
        ['tagging', 'speaker'],
        ['identifying', speaker.name],
      ]));
    });
  }
  for (const claim of doc.claims) {
    const bodies = [['tagging', 'claim'], ['tagging', claim.kind], ['describing', `check-worthiness ${claim.score}`]];
    items.push(annotation(claim.id, claim.start, claim.end, bodies));
  }
  return { '@context': 'http://www.w3.org/ns/anno.jsonld', id: `${source}#annotations`, type: 'AnnotationPage', items };
}

/** One CSV field: quoted, and defused against spreadsheet formulas. */
function csvField(value) {
  let text = value == null ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replaceAll('"', '""')}"`;
}

/** Quotes as CSV: speaker, quote, cue, kind, confidence. */
export function toCsv(text, doc) {
  const rows = [['speaker', 'quote', 'cue', 'kind', 'confidence']];
  for (const quote of doc.quotes) {
    rows.push([
      speakerName(doc, quote.speaker) ?? '',
      quote.content.map((part) => text.slice(part.start, part.end)).join(' … '),
      quote.cue ? text.slice(quote.cue.start, quote.cue.end) : '',
      quote.kind,
      quote.confidence,
    ]);
  }
  return `${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The document itself (the format of the README), pretty-printed. */
export function toJson(doc) {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
