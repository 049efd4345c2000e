// Builds the inline view of an annotated article.
//
// User text only ever enters the DOM through document.createTextNode: no
// HTML is parsed from it, so pasted markup shows as the characters it is.
// Offsets in the document are UTF-16 code units, i.e. JavaScript string
// indices, so text.slice(start, end) is exactly the annotated text.
//
// Annotations may nest (a claim inside a quote, a mention inside a quote)
// or overlap partly. The builder walks the boundaries in order, keeping a
// stack of open elements; when an annotation closes under others, those
// are closed and reopened as continuation fragments, so the result is
// always well nested and every fragment carries its annotation's data.

const KIND_ORDER = { quote: 0, claim: 1, speaker: 2 };

/** Flattens the document into ranges: { start, end, kind, id, data }. */
export function annotationRanges(doc) {
  const ranges = [];
  doc.quotes.forEach((quote) => {
    quote.content.forEach((part, index) => {
      ranges.push({ start: part.start, end: part.end, kind: 'quote', id: quote.id, part: index, annotation: quote });
    });
  });
  doc.speakers.forEach((speaker) => {
    speaker.mentions.forEach((mention) => {
      ranges.push({ start: mention.start, end: mention.end, kind: 'speaker', id: speaker.id, annotation: speaker });
    });
  });
  doc.claims.forEach((claim) => {
    ranges.push({ start: claim.start, end: claim.end, kind: 'claim', id: claim.id, annotation: claim });
  });
  return ranges.filter((range) => range.end > range.start);
}

function speakerIndex(doc, speakerId) {
  return doc.speakers.findIndex((speaker) => speaker.id === speakerId);
}

function makeElement(range, doc) {
  const element = document.createElement(range.kind === 'quote' ? 'q' : 'span');
  element.className = `annotation annotation-${range.kind}`;
  element.dataset.kind = range.kind;
  element.dataset.id = range.id;
  if (range.kind === 'quote') {
    const quote = range.annotation;
    element.dataset.quoteKind = quote.kind;
    if (quote.speaker) element.dataset.speaker = quote.speaker;
    const index = speakerIndex(doc, quote.speaker);
    element.classList.add(index >= 0 ? `speaker-color-${index % 8}` : 'speaker-color-none');
  } else if (range.kind === 'speaker') {
    element.dataset.speaker = range.id;
    element.classList.add(`speaker-color-${speakerIndex(doc, range.id) % 8}`);
  } else {
    element.dataset.claimKind = range.annotation.kind;
    if (range.annotation.speaker) element.dataset.speaker = range.annotation.speaker;
  }
  return element;
}

/**
 * Renders `text` with the annotations of `doc` into `container`, replacing
 * its content. Returns a Map from annotation id to its elements.
 */
export function renderArticle(container, text, doc) {
  const ranges = annotationRanges(doc);
  const elementsById = new Map();
  const boundaries = new Set([0, text.length]);
  for (const range of ranges) {
    boundaries.add(Math.min(range.start, text.length));
    boundaries.add(Math.min(range.end, text.length));
  }
  const points = [...boundaries].sort((a, b) => a - b);
  const startingAt = new Map();
  for (const range of ranges) {
    if (!startingAt.has(range.start)) startingAt.set(range.start, []);
    startingAt.get(range.start).push(range);
  }
  for (const list of startingAt.values()) {
    // Longer ranges open first so they enclose the shorter ones.
    list.sort((a, b) => b.end - a.end || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
  }

  const fragment = document.createDocumentFragment();
  const stack = []; // { range, element }
  const focusable = new Set(); // "id/part" keys that already have a tab stop
  const top = () => (stack.length ? stack[stack.length - 1].element : fragment);
  const open = (range) => {
    const element = makeElement(range, doc);
    const key = `${range.id}/${range.part ?? 0}`;
    // One tab stop per annotation part, however many fragments it has.
    if (!focusable.has(key)) {
      focusable.add(key);
      element.tabIndex = 0;
    }
    if (!elementsById.has(range.id)) elementsById.set(range.id, []);
    elementsById.get(range.id).push(element);
    top().appendChild(element);
    stack.push({ range, element });
  };

  for (let index = 0; index < points.length; index += 1) {
    const position = points[index];
    // Close everything that ends here, reopening what was above it.
    const reopen = [];
    for (let depth = stack.length - 1; depth >= 0; depth -= 1) {
      if (stack[depth].range.end <= position) {
        while (stack.length > depth + 1) reopen.unshift(stack.pop().range);
        stack.pop();
      }
    }
    for (const range of reopen) if (range.end > position) open(range);
    for (const range of startingAt.get(position) ?? []) open(range);
    const next = points[index + 1];
    if (next !== undefined && next > position) {
      top().appendChild(document.createTextNode(text.slice(position, next)));
    }
  }
  container.replaceChildren(fragment);
  return elementsById;
}

/** The resolved display name of a quote's speaker, or null. */
export function speakerName(doc, speakerId) {
  return doc.speakers.find((speaker) => speaker.id === speakerId)?.name ?? null;
}
