// Type declarations for the whosaid package (hand-written; they describe the
// JSON document of the README and every export).

/** A half-open range in UTF-16 code units (JavaScript string indices). */
export interface Span {
  start: number;
  end: number;
}

export interface Mention extends Span {
  /** The mention's text, equal to text.slice(start, end). */
  text: string;
}

export type SpeakerKind = 'person' | 'organization' | 'group' | 'document' | 'unknown';
export type QuoteKind = 'direct' | 'indirect' | 'mixed';
export type ClaimKind =
  | 'quantity'
  | 'correlation'
  | 'rule'
  | 'prediction'
  | 'personal_experience'
  | 'event'
  | 'other';

export interface Speaker {
  /** "s1", "s2", … in order of first mention. */
  id: string;
  name: string;
  kind: SpeakerKind;
  mentions: Mention[];
}

export interface Quote {
  /** "q1", "q2", … in text order. */
  id: string;
  kind: QuoteKind;
  /** Ordered, disjoint parts; direct quotes include their quotation marks. */
  content: Span[];
  cue: Span | null;
  source: Span | null;
  /** A Speaker id. */
  speaker: string | null;
  /** In [0, 1]. */
  confidence: number;
}

export interface Claim extends Span {
  /** "c1", "c2", … in text order. */
  id: string;
  kind: ClaimKind;
  /** Check-worthiness in [0, 1]. */
  score: number;
  speaker: string | null;
  quote: string | null;
}

export interface WhosaidDocument {
  speakers: Speaker[];
  quotes: Quote[];
  claims: Claim[];
}

export interface AnnotateOptions {
  /** Default "utf16". */
  offsets?: 'utf16' | 'utf8' | 'chars';
  /** Default true. */
  claims?: boolean;
}

/** Loads the WebAssembly module (once). */
export function ready(): Promise<unknown>;

/** Annotates plain text; call after `await ready()`. Throws Error on bad options. */
export function annotate(text: string, options?: AnnotateOptions): WhosaidDocument;

export type AnnotationKind = 'quote' | 'speaker' | 'claim';

export interface AnnotateElementOptions {
  /** Which kinds to mark; default all three. */
  kinds?: AnnotationKind[];
  /** Default: 'highlight' where the CSS Custom Highlight API exists, else 'wrap'. */
  mode?: 'highlight' | 'wrap';
  /** Prefix of highlight names and <mark> classes; default "whosaid". */
  prefix?: string;
}

export interface ElementAnnotation {
  document: WhosaidDocument;
  /** The text as read from the element (blocks separated by blank lines). */
  text: string;
  ranges: { kind: AnnotationKind; id: string; start: number; end: number; range: Range; text: string }[];
  /** Removes the highlights, or unwraps the marks, restoring the element exactly. */
  clear(): void;
}

/** Annotates a rendered element in place. */
export function annotateElement(root: Element, options?: AnnotateElementOptions): Promise<ElementAnnotation>;

/** The text of an element as whosaid reads it, and where each text node sits in it. */
export function collectText(root: Element): { text: string; pieces: { node: Text; start: number }[] };

export interface SelectDetail {
  kind: AnnotationKind;
  id: string;
  annotation: Quote | Speaker | Claim;
}

/** <whosaid-annotator>: events whosaid:annotated (detail: WhosaidDocument) and whosaid:select (detail: SelectDetail). */
export class WhosaidAnnotator extends HTMLElement {
  text: string;
  kinds: AnnotationKind[];
  readonly document: WhosaidDocument | null;
}

/** Registers the custom element (default name "whosaid-annotator"). */
export function defineElement(name?: string): void;

declare global {
  interface HTMLElementTagNameMap {
    'whosaid-annotator': WhosaidAnnotator;
  }
  interface HTMLElementEventMap {
    'whosaid:annotated': CustomEvent<WhosaidDocument>;
    'whosaid:select': CustomEvent<SelectDetail>;
  }
}
