//! Stage 6 of the pipeline: the JSON document.
//!
//! [`Document`] is the contract with every caller (the CLI, JavaScript, the
//! page, the embeddable component). It is built from the byte-level
//! [`crate::Analysis`] in one pass, converting every offset to the
//! unit the caller asked for.

use crate::attribution::QuoteKind;
use crate::claims::ClaimKind;
use crate::mentions::EntityKind;
use crate::order::sort_by_position;
use crate::span::Span;
use crate::text::offsets::{OffsetConverter, OffsetUnit};
use crate::Analysis;
use compact_str::CompactString;
use serde::Serialize;
use smallvec::SmallVec;

pub mod packed;

pub use packed::PackedDocument;

/// A span in the caller's offset unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct OutputSpan {
    /// First unit of the span.
    pub start: usize,
    /// One past the last unit.
    pub end: usize,
}

/// A span with the text it covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OutputMention {
    /// First unit of the mention.
    pub start: usize,
    /// One past the last unit.
    pub end: usize,
    /// The mention's text.
    pub text: CompactString,
}

/// A speaker: an entity that is the source of at least one quote.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutputSpeaker {
    /// `s1`, `s2`, … in order of first mention.
    pub id: CompactString,
    /// The fullest name the text gives (without titles), or the noun phrase.
    pub name: String,
    /// Person, organisation, group or unknown.
    pub kind: EntityKind,
    /// Every mention of the speaker in the text, pronouns resolved to it included.
    pub mentions: Vec<OutputMention>,
}

/// A quote: direct, indirect or mixed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutputQuote {
    /// `q1`, `q2`, … in text order.
    pub id: CompactString,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// Content parts, ordered and disjoint (direct quotes include their marks).
    pub content: SmallVec<[OutputSpan; 1]>,
    /// The reporting verb (with auxiliaries) or "according to".
    pub cue: Option<OutputSpan>,
    /// The mention naming the speaker at this quote (may be a pronoun).
    pub source: Option<OutputSpan>,
    /// The resolved speaker's id.
    pub speaker: Option<CompactString>,
    /// How sure whosaid is, in [0, 1].
    pub confidence: f64,
}

/// A checkable claim.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OutputClaim {
    /// `c1`, `c2`, … in text order.
    pub id: CompactString,
    /// First unit of the claim.
    pub start: usize,
    /// One past the last unit.
    pub end: usize,
    /// Full Fact's category, or `event`.
    pub kind: ClaimKind,
    /// Check-worthiness in [0, 1].
    pub score: f64,
    /// The speaker who made the claim, when it is attributed.
    pub speaker: Option<CompactString>,
    /// The quote holding the claim, when it is quoted or reported.
    pub quote: Option<CompactString>,
}

/// The annotation document: speakers, quotes and claims.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    /// Speakers in order of first mention.
    pub speakers: Vec<OutputSpeaker>,
    /// Quotes in text order.
    pub quotes: Vec<OutputQuote>,
    /// Claims in text order.
    pub claims: Vec<OutputClaim>,
}

/// An id such as `q12`: a letter and a number, written without the
/// formatting machinery and stored inline (a long text has tens of
/// thousands of ids; none of them needs the heap).
fn numbered_id(letter: u8, number: usize) -> CompactString {
    // The letter and up to 20 digits, written from the end.
    let mut bytes = [0u8; 21];
    let mut start = bytes.len();
    let mut rest = number;
    loop {
        start -= 1;
        bytes[start] = b'0' + (rest % 10) as u8;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    start -= 1;
    bytes[start] = letter;
    // ASCII letters and digits are always UTF-8.
    CompactString::from_utf8(&bytes[start..]).unwrap_or_default()
}

/// Three decimals are plenty for a score, and keep the JSON short.
fn round(value: f32) -> f64 {
    thousandths(value) / 1000.0
}

/// A score in [0, 1] in whole thousandths (the packed document's unit).
fn thousandths(value: f32) -> f64 {
    (f64::from(value) * 1000.0).round()
}

/// The numbers of the speakers: the entities that speak, numbered from 1
/// by first mention. The JSON document and the packed one share it, so
/// their ids agree.
pub(crate) struct SpeakerNumbering {
    /// Speaking entities (indices into [`Analysis::entities`]) in order.
    pub(crate) speaking: Vec<usize>,
    /// Each entity's number, if it speaks.
    number_of_entity: Vec<Option<usize>>,
}

impl SpeakerNumbering {
    pub(crate) fn new(analysis: &Analysis) -> SpeakerNumbering {
        let mut speaking: Vec<usize> = analysis.quotes.iter().filter_map(|q| q.speaker).collect();
        sort_by_position(&mut speaking, |&entity| {
            analysis.entities[entity].first_mention_start
        });
        speaking.dedup();
        // Each speaking entity's number, found in constant time per quote.
        let mut number_of_entity = vec![None; analysis.entities.len()];
        for (index, &entity) in speaking.iter().enumerate() {
            if let Some(number) = number_of_entity.get_mut(entity) {
                *number = Some(index + 1);
            }
        }
        SpeakerNumbering {
            speaking,
            number_of_entity,
        }
    }

    /// The number of the speaker of `quote` (an index into
    /// [`Analysis::quotes`]), if it has one.
    pub(crate) fn of_quote(&self, analysis: &Analysis, quote: usize) -> Option<usize> {
        let entity = analysis.quotes.get(quote)?.speaker?;
        self.number_of_entity.get(entity).copied().flatten()
    }
}

impl Document {
    /// Builds the document from a byte-level analysis, in `unit` offsets.
    pub fn from_analysis(analysis: &Analysis, unit: OffsetUnit) -> Document {
        let text = analysis.text;
        let numbering = SpeakerNumbering::new(analysis);
        let speaker_id = |quote: usize| {
            numbering
                .of_quote(analysis, quote)
                .map(|number| numbered_id(b's', number))
        };

        let converter = OffsetConverter::new(text, unit);
        let convert = |span: Span| OutputSpan {
            start: converter.convert(span.start()),
            end: converter.convert(span.end()),
        };

        let speakers = numbering
            .speaking
            .iter()
            .enumerate()
            .map(|(index, &entity)| {
                let entity = &analysis.entities[entity];
                OutputSpeaker {
                    id: numbered_id(b's', index + 1),
                    name: entity.name.clone(),
                    kind: entity.kind,
                    mentions: entity
                        .mentions
                        .iter()
                        .map(|&span| {
                            let converted = convert(span);
                            OutputMention {
                                start: converted.start,
                                end: converted.end,
                                text: CompactString::new(span.slice(text)),
                            }
                        })
                        .collect(),
                }
            })
            .collect();
        let quotes = analysis
            .quotes
            .iter()
            .enumerate()
            .map(|(index, quote)| OutputQuote {
                id: numbered_id(b'q', index + 1),
                kind: quote.kind,
                content: quote.content.iter().map(|&p| convert(p)).collect(),
                cue: quote.cue.map(convert),
                source: quote.source.map(convert),
                speaker: speaker_id(index),
                confidence: round(quote.confidence),
            })
            .collect();
        let claims = analysis
            .claims
            .iter()
            .enumerate()
            .map(|(index, claim)| {
                let span = convert(claim.span);
                OutputClaim {
                    id: numbered_id(b'c', index + 1),
                    start: span.start,
                    end: span.end,
                    kind: claim.kind,
                    score: round(claim.score),
                    speaker: claim.quote.and_then(speaker_id),
                    quote: claim.quote.map(|q| numbered_id(b'q', q + 1)),
                }
            })
            .collect();
        Document {
            speakers,
            quotes,
            claims,
        }
    }
}
