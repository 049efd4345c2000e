//! The [`Document`] packed into one array of numbers and one string, for
//! handing a large document to JavaScript.
//!
//! Serializing a document to JSON in the module and parsing it again with
//! the engine's `JSON.parse` cost about as much as the whole pipeline for a
//! quote-dense text (a megabyte of news gives three megabytes of JSON). The
//! packed form is a `Uint32Array` of the document's numbers and kinds plus
//! the speakers' names; `www/core.js` rebuilds the very same plain object
//! from it, taking each mention's text from the caller's own string. That is
//! why the packed form always has UTF-16 offsets: a mention's text is then
//! `text.slice(start, end)` in JavaScript.
//!
//! # Layout
//!
//! Every entry is a `u32`. An absent span is [`ABSENT`] twice; an absent
//! speaker or quote is 0, a present one its index plus one (its id's
//! number). Confidences and scores are in thousandths (the document rounds
//! them to three decimals, so `thousandths / 1000` in JavaScript is the same
//! number as the JSON's). Kinds are indices into [`kind_names`].
//!
//! ```text
//! speaker count, quote count, claim count
//! per speaker: kind, name length (UTF-16 units), mention count, (start, end) per mention
//! per quote:   kind, part count, (start, end) per part, cue start, cue end,
//!              source start, source end, speaker, confidence (thousandths)
//! per claim:   start, end, kind, score (thousandths), speaker, quote
//! ```
//!
//! The names are concatenated in speaker order into one string; each
//! speaker's name length says where the next begins.

use super::{Document, OutputSpan};
use crate::attribution::QuoteKind;
use crate::claims::ClaimKind;
use crate::mentions::EntityKind;
use std::collections::HashMap;

/// The value standing for an absent span's start and end.
pub const ABSENT: u32 = u32::MAX;

/// A document as numbers and names; see the [module documentation](self).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PackedDocument {
    /// The numbers, in the order of the layout.
    pub numbers: Vec<u32>,
    /// The speakers' names, one after the other.
    pub names: String,
}

/// A count or offset as a `u32`. Texts are at most
/// [`crate::MAX_INPUT_BYTES`] (64 MiB) long, so every offset and count fits;
/// the saturation only keeps this free of panics.
fn number(value: usize) -> u32 {
    u32::try_from(value).unwrap_or(ABSENT)
}

/// A score or confidence in [0, 1], already rounded to three decimals, in
/// thousandths.
fn thousandths(value: f64) -> u32 {
    (value * 1000.0).round().clamp(0.0, 1000.0) as u32
}

impl PackedDocument {
    /// Packs `document`, whose offsets must be UTF-16 code units for the
    /// JavaScript side to slice mention texts from its string.
    pub fn from_document(document: &Document) -> PackedDocument {
        let mut numbers = Vec::with_capacity(
            3 + document.quotes.len() * 12 + document.claims.len() * 6 + document.speakers.len(),
        );
        let mut names = String::new();
        // Ids are looked up, not parsed: an id's number is its index plus one.
        let speaker_numbers: HashMap<&str, u32> = document
            .speakers
            .iter()
            .enumerate()
            .map(|(index, speaker)| (speaker.id.as_str(), number(index + 1)))
            .collect();
        let quote_numbers: HashMap<&str, u32> = document
            .quotes
            .iter()
            .enumerate()
            .map(|(index, quote)| (quote.id.as_str(), number(index + 1)))
            .collect();
        let reference = |table: &HashMap<&str, u32>, id: Option<&str>| {
            id.and_then(|id| table.get(id).copied()).unwrap_or(0)
        };
        let push_span = |numbers: &mut Vec<u32>, span: Option<OutputSpan>| match span {
            Some(span) => numbers.extend([number(span.start), number(span.end)]),
            None => numbers.extend([ABSENT, ABSENT]),
        };

        numbers.extend([
            number(document.speakers.len()),
            number(document.quotes.len()),
            number(document.claims.len()),
        ]);
        for speaker in &document.speakers {
            names.push_str(&speaker.name);
            numbers.extend([
                speaker.kind as u32,
                number(speaker.name.encode_utf16().count()),
                number(speaker.mentions.len()),
            ]);
            for mention in &speaker.mentions {
                numbers.extend([number(mention.start), number(mention.end)]);
            }
        }
        for quote in &document.quotes {
            numbers.extend([quote.kind as u32, number(quote.content.len())]);
            for &part in &quote.content {
                push_span(&mut numbers, Some(part));
            }
            push_span(&mut numbers, quote.cue);
            push_span(&mut numbers, quote.source);
            numbers.extend([
                reference(&speaker_numbers, quote.speaker.as_deref()),
                thousandths(quote.confidence),
            ]);
        }
        for claim in &document.claims {
            numbers.extend([
                number(claim.start),
                number(claim.end),
                claim.kind as u32,
                thousandths(claim.score),
                reference(&speaker_numbers, claim.speaker.as_deref()),
                reference(&quote_numbers, claim.quote.as_deref()),
            ]);
        }
        PackedDocument { numbers, names }
    }
}

/// The JSON names of the kinds, indexed by the packed kind numbers:
/// `{"speaker": [...], "quote": [...], "claim": [...]}`. Written from the
/// enums' own serialization, so JavaScript never keeps a copy of the names.
pub fn kind_names() -> String {
    // Each list serialized on its own: the enums serialize as plain
    // strings, which cannot fail, and `serde_json::Value` stays out of the
    // module.
    let list = |names: Result<String, serde_json::Error>| names.unwrap_or_default();
    format!(
        r#"{{"speaker":{},"quote":{},"claim":{}}}"#,
        list(serde_json::to_string(&EntityKind::ALL)),
        list(serde_json::to_string(&QuoteKind::ALL)),
        list(serde_json::to_string(&ClaimKind::ALL)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{annotate, OffsetUnit, Options};

    #[test]
    fn every_kind_number_indexes_its_own_name() {
        for (index, kind) in EntityKind::ALL.iter().enumerate() {
            assert_eq!(*kind as usize, index);
        }
        for (index, kind) in QuoteKind::ALL.iter().enumerate() {
            assert_eq!(*kind as usize, index);
        }
        for (index, kind) in ClaimKind::ALL.iter().enumerate() {
            assert_eq!(*kind as usize, index);
        }
        let names: serde_json::Value = serde_json::from_str(&kind_names()).expect("JSON");
        assert_eq!(names["quote"][2], "mixed");
        assert_eq!(names["claim"][4], "personal_experience");
        assert_eq!(names["speaker"][1], "organization");
    }

    #[test]
    fn a_packed_document_follows_the_layout() {
        let text = "“Prices rose 5% in May 😀,” said Zoë Brandt. The report said sales fell.";
        let options = Options {
            offsets: OffsetUnit::Utf16,
            claims: true,
        };
        let document = annotate(text, &options).expect("annotates");
        let packed = PackedDocument::from_document(&document);
        let numbers = &packed.numbers;
        assert_eq!(numbers[0] as usize, document.speakers.len());
        assert_eq!(numbers[1] as usize, document.quotes.len());
        assert_eq!(numbers[2] as usize, document.claims.len());
        let names: String = document.speakers.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(packed.names, names);
        // The first speaker: kind, name length in UTF-16 units, mentions.
        let speaker = &document.speakers[0];
        assert_eq!(speaker.name, "Zoë Brandt");
        assert_eq!(numbers[3], EntityKind::Person as u32);
        assert_eq!(numbers[4], 10);
        assert_eq!(numbers[5] as usize, speaker.mentions.len());
        assert_eq!(numbers[6] as usize, speaker.mentions[0].start);
        // The first quote follows the speakers' entries.
        let mut at = 3;
        for speaker in &document.speakers {
            at += 3 + 2 * speaker.mentions.len();
        }
        let quote = &document.quotes[0];
        assert_eq!(numbers[at], QuoteKind::Direct as u32);
        assert_eq!(numbers[at + 1] as usize, quote.content.len());
        assert_eq!(numbers[at + 2] as usize, quote.content[0].start);
        assert_eq!(numbers[at + 3] as usize, quote.content[0].end);
        let after_parts = at + 2 + 2 * quote.content.len();
        assert_eq!(
            numbers[after_parts] as usize,
            quote.cue.expect("a cue").start
        );
        assert_eq!(numbers[after_parts + 4], 1, "the quote's speaker is s1");
        assert_eq!(
            f64::from(numbers[after_parts + 5]) / 1000.0,
            quote.confidence
        );
    }

    #[test]
    fn absent_spans_and_references_are_marked() {
        use super::super::{OutputClaim, OutputQuote};
        use compact_str::CompactString;
        let document = Document {
            speakers: Vec::new(),
            quotes: vec![OutputQuote {
                id: CompactString::new("q1"),
                kind: QuoteKind::Direct,
                content: [OutputSpan { start: 0, end: 29 }].into_iter().collect(),
                cue: None,
                source: None,
                speaker: None,
                confidence: 0.5,
            }],
            claims: vec![OutputClaim {
                id: CompactString::new("c1"),
                start: 30,
                end: 40,
                kind: ClaimKind::Event,
                score: 0.123,
                speaker: None,
                quote: Some(CompactString::new("q1")),
            }],
        };
        let packed = PackedDocument::from_document(&document);
        #[rustfmt::skip]
        let expected = vec![
            0, 1, 1,
            QuoteKind::Direct as u32, 1, 0, 29, ABSENT, ABSENT, ABSENT, ABSENT, 0, 500,
            30, 40, ClaimKind::Event as u32, 123, 0, 1,
        ];
        assert_eq!(packed.numbers, expected);
        assert_eq!(packed.names, "");
    }
}
