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
    /// Content parts, ordered and disjoint.
    pub content: Vec<Span>,
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
    /// Every entity with a mention (speaking or not).
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

    let entities = found_mentions
        .entities
        .iter()
        .map(|entity| {
            let mentions: Vec<Span> = entity
                .mentions
                .iter()
                .map(|&m| found_mentions.mentions[m].span)
                .collect();
            AnalysedEntity {
                name: entity.name_span.slice(text).to_string(),
                kind: entity.kind,
                first_mention_start: mentions.first().map_or(0, |s| s.start()),
                mentions,
            }
        })
        .collect();
    let token_span =
        |range: &std::ops::Range<usize>| segmented.token_range_span(range.start, range.end - 1);
    let quotes = attributions
        .iter()
        .map(|attribution| AnalysedQuote {
            kind: attribution.kind,
            content: attribution.content.iter().map(token_span).collect(),
            cue: attribution.cue.as_ref().map(token_span),
            source: attribution.source.map(|m| found_mentions.mentions[m].span),
            speaker: attribution.entity,
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
