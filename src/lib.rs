//! whosaid finds who said what in news text: **speakers**, **quotes**
//! (direct, indirect and mixed, each attributed to its speaker) and
//! **claims** (checkable factual assertions).
//!
//! # Design
//!
//! whosaid runs where the reader is: in the browser as WebAssembly, with no
//! server and no model download. That rules out large statistical parsers,
//! and it does not need them: attribution in news follows a small number of
//! conventions (a reporting verb, a source phrase, content on one side of
//! them, quotation marks), and a pipeline of small, deterministic stages
//! that each follow one convention is fast, explainable and testable. The
//! one learned part, the check-worthiness model, is a linear model over
//! hashed features whose weights are a generated table embedded in the
//! binary.
//!
//! The pipeline, one module each, in order:
//!
//! 1. [`text`]: tokens, sentences and paragraphs, all with byte spans;
//! 2. [`mentions`]: names, noun phrases and pronouns that may name
//!    speakers, grouped into entities;
//! 3. [`quotes`]: quotation marks paired per paragraph, so one stray mark
//!    never swallows the rest of an article;
//! 4. [`attribution`]: cues, sources and contents, with pronouns resolved
//!    to the speaker they stand for;
//! 5. [`claims`]: checkable statements, scored and typed;
//! 6. [`output`]: the JSON [`Document`], in the offset unit the caller wants.
//!
//! Texts longer than [`WINDOW_BYTES`] run through the pipeline a window of
//! paragraphs at a time and the results are merged, so memory stays
//! proportional to the window, never quadratic or unbounded.
//!
//! # Offsets
//!
//! Inside Rust every span is a [`Span`] of **byte offsets** with
//! `start <= end`. The [`Document`] converts them once to the unit chosen in
//! [`Options::offsets`]: UTF-8 bytes, UTF-16 code units (JavaScript string
//! indices, the default at the JS boundary) or Unicode code points.
//!
//! # Errors
//!
//! No input makes whosaid panic. Every failure is an [`Error`] value: input
//! over [`MAX_INPUT_BYTES`], an unknown option value, or a corrupt embedded
//! table.

pub mod attribution;
pub mod claims;
#[cfg(not(target_arch = "wasm32"))]
pub mod corpora;
pub mod error;
#[cfg(not(target_arch = "wasm32"))]
pub mod eval;
pub mod linear;
pub mod mentions;
mod order;
pub mod output;
pub mod quotes;
pub mod span;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod wasm;
#[doc(hidden)]
pub mod wordset;

pub use attribution::QuoteKind;
pub use claims::ClaimKind;
pub use error::Error;
pub use mentions::EntityKind;
pub use output::Document;
pub use span::Span;
pub use text::offsets::OffsetUnit;

use smallvec::SmallVec;

/// The largest text whosaid annotates in one call: 64 MiB.
pub const MAX_INPUT_BYTES: usize = 64 * 1024 * 1024;

/// What the caller wants from [`annotate`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    /// The unit of every offset in the document.
    pub offsets: OffsetUnit,
    /// Whether to detect claims (the most expensive stage).
    pub claims: bool,
}

impl Default for Options {
    /// Byte offsets (Rust's own unit) and claims on.
    fn default() -> Options {
        Options {
            offsets: OffsetUnit::Utf8,
            claims: true,
        }
    }
}

/// A speaker entity, with byte spans.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalysedEntity {
    /// The display name.
    pub name: String,
    /// Person, organisation, group or unknown.
    pub kind: EntityKind,
    /// All its mentions.
    pub mentions: Vec<Span>,
    /// Where its first mention starts, for ordering.
    pub first_mention_start: usize,
}

/// A quote, with byte spans.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalysedQuote {
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// Content parts, ordered and disjoint; one or two are stored inline
    /// (most quotes have one), sparing a heap allocation per quote.
    pub content: SmallVec<[Span; 2]>,
    /// The cue.
    pub cue: Option<Span>,
    /// The source mention.
    pub source: Option<Span>,
    /// Index into [`Analysis::entities`].
    pub speaker: Option<usize>,
    /// Confidence in [0, 1].
    pub confidence: f32,
}

/// A claim, with a byte span.
#[derive(Clone, Debug, PartialEq)]
pub struct AnalysedClaim {
    /// The claim's text.
    pub span: Span,
    /// Its kind.
    pub kind: ClaimKind,
    /// Check-worthiness in [0, 1].
    pub score: f32,
    /// Index into [`Analysis::quotes`].
    pub quote: Option<usize>,
}

/// The byte-level result of the pipeline, before offset conversion.
#[derive(Clone, Debug)]
pub struct Analysis<'text> {
    /// The analysed text.
    pub text: &'text str,
    /// Every entity that is the speaker of at least one quote.
    pub entities: Vec<AnalysedEntity>,
    /// Quotes in text order.
    pub quotes: Vec<AnalysedQuote>,
    /// Claims in text order.
    pub claims: Vec<AnalysedClaim>,
}

/// Runs the whole pipeline over `text`, keeping byte spans.
pub fn analyze(text: &str, with_claims: bool) -> Result<Analysis<'_>, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::InputTooLarge {
            actual: text.len(),
            limit: MAX_INPUT_BYTES,
        });
    }
    if text.len() <= WINDOW_BYTES {
        return analyze_window(text, with_claims);
    }
    // A long text is annotated a window of paragraphs at a time, so memory
    // follows the window, not the text; speakers with the same name and
    // kind in different windows are merged into one.
    let mut merged = Analysis {
        text,
        entities: Vec::new(),
        quotes: Vec::new(),
        claims: Vec::new(),
    };
    let mut entity_by_name: std::collections::HashMap<(String, EntityKind), usize> =
        std::collections::HashMap::new();
    let windows = windows(text);
    let window_count = windows.len();
    for window in windows {
        let offset = window.start;
        let part = analyze_window(&text[window], with_claims)?;
        if merged.quotes.is_empty() && merged.claims.is_empty() {
            // Windows are alike in size, so the first one tells how much
            // room the merged vectors need; reserving it at once saves
            // copying them over and over as they grow.
            merged.quotes.reserve(part.quotes.len() * window_count + 16);
            merged.claims.reserve(part.claims.len() * window_count + 16);
        }
        let shift = |span: Span| Span::new(span.start() + offset, span.end() + offset);
        let entity_index: Vec<usize> = part
            .entities
            .into_iter()
            .map(|entity| {
                let mentions = entity.mentions.iter().map(|&m| shift(m));
                match entity_by_name.entry((entity.name.to_lowercase(), entity.kind)) {
                    std::collections::hash_map::Entry::Occupied(existing) => {
                        merged.entities[*existing.get()].mentions.extend(mentions);
                        *existing.get()
                    }
                    std::collections::hash_map::Entry::Vacant(slot) => {
                        merged.entities.push(AnalysedEntity {
                            first_mention_start: entity.first_mention_start + offset,
                            mentions: mentions.collect(),
                            ..entity
                        });
                        *slot.insert(merged.entities.len() - 1)
                    }
                }
            })
            .collect();
        let quote_base = merged.quotes.len();
        // Spans are shifted in place: the window's vectors move into the
        // merged analysis without being copied.
        merged
            .quotes
            .extend(part.quotes.into_iter().map(|mut quote| {
                quote
                    .content
                    .iter_mut()
                    .for_each(|part| *part = shift(*part));
                AnalysedQuote {
                    cue: quote.cue.map(shift),
                    source: quote.source.map(shift),
                    speaker: quote.speaker.map(|e| entity_index[e]),
                    ..quote
                }
            }));
        merged
            .claims
            .extend(part.claims.into_iter().map(|claim| AnalysedClaim {
                span: shift(claim.span),
                quote: claim.quote.map(|q| q + quote_base),
                ..claim
            }));
    }
    Ok(merged)
}

/// Texts longer than this are annotated a window at a time (see [`analyze`]).
///
/// 64 KiB holds a long news article whole, and a window's tokens and
/// tables (about ten times its bytes) then stay in the processor's
/// second-level cache: measured on generated text, 1 MB ran 10 % faster and
/// 10 MB 7–15 % faster than with windows of 512 KiB.
pub const WINDOW_BYTES: usize = 1 << 16;

/// Splits a long text into windows of about [`WINDOW_BYTES`], each ending at
/// a paragraph break (else a line break, else a space, else any character
/// boundary) so that no sentence is cut where the text gives a better place.
/// The search for a break looks at most half a window ahead, so every
/// window holds between one and one and a half windows' worth of bytes.
fn windows(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut windows = Vec::new();
    let mut start = 0;
    while start < text.len() {
        let target = start + WINDOW_BYTES;
        if target >= text.len() {
            windows.push(start..text.len());
            break;
        }
        let search_end = (target + WINDOW_BYTES / 2).min(text.len());
        let mut boundary = target;
        while !text.is_char_boundary(boundary) {
            boundary += 1;
        }
        let mut search_limit = search_end;
        while !text.is_char_boundary(search_limit) {
            search_limit -= 1;
        }
        let region = &text[boundary..search_limit.max(boundary)];
        // A paragraph that opens with a quotation mark may continue the
        // quotation of the paragraph before it, so a break before one is
        // the last choice among paragraph breaks.
        let opens_with_quote_mark = |after: &str| {
            after
                .trim_start()
                .chars()
                .next()
                .is_some_and(|first| text::QuoteChar::from_char(first).is_some())
        };
        let paragraph_break = region
            .match_indices("\n\n")
            .map(|(at, _)| at + 2)
            .find(|&at| !opens_with_quote_mark(&region[at..]));
        let end = paragraph_break
            .map(|at| boundary + at)
            .or_else(|| {
                ["\n\n", "\n", " "].iter().find_map(|separator| {
                    region
                        .find(separator)
                        .map(|at| boundary + at + separator.len())
                })
            })
            .unwrap_or(boundary);
        windows.push(start..end);
        start = end;
    }
    windows
}

/// A speaker's name as written, with any run of white space in it (a line
/// break in hard-wrapped text: "Haigh's\ndepartment") as one space.
fn speaker_name(written: &str) -> String {
    if written.chars().all(|c| c == ' ' || !c.is_whitespace()) {
        return written.to_string();
    }
    written.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Runs the pipeline over one window of text (spans relative to it).
fn analyze_window(text: &str, with_claims: bool) -> Result<Analysis<'_>, Error> {
    let segmented = text::TextAnalysis::new(text);
    let mut found_mentions = mentions::Mentions::find(&segmented);
    let found_quotes = quotes::Quotes::find(&segmented);
    let attributions =
        attribution::find_attributions(&segmented, &found_quotes, &mut found_mentions)?;
    let found_claims = if with_claims {
        claims::find_claims(&segmented, &attributions)?
    } else {
        Vec::new()
    };

    // Only entities that speak go on: most entities of a text are only
    // mentioned, and copying their mentions would cost more than the rest
    // of this conversion.
    let mut speaker_index: Vec<Option<usize>> = vec![None; found_mentions.entities.len()];
    let mut entities = Vec::new();
    for attribution in &attributions {
        let Some(entity_index) = attribution.entity else {
            continue;
        };
        let Some(slot) = speaker_index.get_mut(entity_index) else {
            continue;
        };
        if slot.is_some() {
            continue;
        }
        *slot = Some(entities.len());
        let entity = &found_mentions.entities[entity_index];
        let mentions: Vec<Span> = entity
            .mentions
            .iter()
            .map(|&m| found_mentions.mentions[m].span)
            .collect();
        entities.push(AnalysedEntity {
            name: speaker_name(entity.name_span.slice(text)),
            kind: entity.kind,
            first_mention_start: mentions.first().map_or(0, |s| s.start()),
            mentions,
        });
    }
    let token_span =
        |range: &std::ops::Range<usize>| segmented.token_range_span(range.start, range.end - 1);
    let quotes = attributions
        .iter()
        .map(|attribution| AnalysedQuote {
            kind: attribution.kind,
            content: attribution.content.iter().map(token_span).collect(),
            cue: attribution.cue.as_ref().map(token_span),
            source: attribution.source.map(|m| found_mentions.mentions[m].span),
            speaker: attribution
                .entity
                .and_then(|entity| speaker_index.get(entity).copied().flatten()),
            confidence: attribution.confidence,
        })
        .collect();
    let claims = found_claims
        .into_iter()
        .map(|claim| AnalysedClaim {
            span: claim.span,
            kind: claim.kind,
            score: claim.score,
            quote: claim.attribution,
        })
        .collect();
    Ok(Analysis {
        text,
        entities,
        quotes,
        claims,
    })
}

/// Annotates `text` and returns the JSON document in the requested offset unit.
///
/// ```
/// let text = "“We will not raise taxes,” said Finance Minister Amina Okafor.";
/// let document = whosaid::annotate(text, &whosaid::Options::default()).unwrap();
/// assert_eq!(document.speakers[0].name, "Amina Okafor");
/// let part = document.quotes[0].content[0];
/// assert_eq!(&text[part.start..part.end], "“We will not raise taxes,”");
/// ```
pub fn annotate(text: &str, options: &Options) -> Result<Document, Error> {
    let analysis = analyze(text, options.claims)?;
    Ok(Document::from_analysis(&analysis, options.offsets))
}
