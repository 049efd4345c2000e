//! The [`Document`] packed into one array of numbers and one string, for
//! handing a large document to JavaScript.
//!
//! Serializing a document to JSON in the module and parsing it again with
//! the engine's `JSON.parse` cost about as much as the whole pipeline for a
//! quote-dense text (a megabyte of news gives three megabytes of JSON). The
//! packed form is a `Uint32Array` of the document's numbers and kinds plus
//! the speakers' names, written straight from the byte-level analysis;
//! `www/core.js` rebuilds from it the very object [`Document`] would give,
//! taking each mention's text from the caller's own string. That is why the
//! packed form always has UTF-16 offsets: a mention's text is then
//! `text.slice(start, end)` in JavaScript.
//!
//! [`Document`]: super::Document
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

use super::{thousandths, SpeakerNumbering};
use crate::attribution::QuoteKind;
use crate::claims::ClaimKind;
use crate::mentions::EntityKind;
use crate::span::Span;
use crate::text::offsets::{OffsetConverter, OffsetUnit};
use crate::Analysis;

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

impl PackedDocument {
    /// Packs the document of a byte-level analysis with UTF-16 offsets,
    /// which the JavaScript side needs to slice mention texts from its
    /// string. It is [`Document::from_analysis`](super::Document::from_analysis)
    /// without the document: the same speaker numbering, offsets and
    /// rounding, written as numbers instead of objects, ids and copies of
    /// mention texts.
    pub fn from_analysis(analysis: &Analysis) -> PackedDocument {
        let numbering = SpeakerNumbering::new(analysis);
        let converter = OffsetConverter::new(analysis.text, OffsetUnit::Utf16);
        let mut numbers = Vec::with_capacity(
            3 + analysis.quotes.len() * 12 + analysis.claims.len() * 6 + numbering.speaking.len(),
        );
        let mut names = String::new();
        let push_span = |numbers: &mut Vec<u32>, span: Option<Span>| match span {
            Some(span) => numbers.extend([
                number(converter.convert(span.start())),
                number(converter.convert(span.end())),
            ]),
            None => numbers.extend([ABSENT, ABSENT]),
        };
        let speaker_of = |quote: usize| numbering.of_quote(analysis, quote).map_or(0, number);

        numbers.extend([
            number(numbering.speaking.len()),
            number(analysis.quotes.len()),
            number(analysis.claims.len()),
        ]);
        for &entity in &numbering.speaking {
            let entity = &analysis.entities[entity];
            names.push_str(&entity.name);
            numbers.extend([
                entity.kind as u32,
                number(entity.name.encode_utf16().count()),
                number(entity.mentions.len()),
            ]);
            for &mention in &entity.mentions {
                push_span(&mut numbers, Some(mention));
            }
        }
        for (index, quote) in analysis.quotes.iter().enumerate() {
            numbers.extend([quote.kind as u32, number(quote.content.len())]);
            for &part in &quote.content {
                push_span(&mut numbers, Some(part));
            }
            push_span(&mut numbers, quote.cue);
            push_span(&mut numbers, quote.source);
            numbers.extend([speaker_of(index), thousandths(quote.confidence) as u32]);
        }
        for claim in &analysis.claims {
            push_span(&mut numbers, Some(claim.span));
            numbers.extend([
                claim.kind as u32,
                thousandths(claim.score) as u32,
                claim.quote.map_or(0, speaker_of),
                claim.quote.map_or(0, |quote| number(quote + 1)),
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
    use crate::output::{
        Document, OutputClaim, OutputMention, OutputQuote, OutputSpan, OutputSpeaker,
    };
    use crate::{analyze, AnalysedClaim, AnalysedQuote};
    use compact_str::{format_compact, CompactString};

    /// The Rust twin of `unpack` in `www/core.js`: the document the packed
    /// numbers stand for, mention texts sliced from `text` by UTF-16 offsets.
    fn unpack(text: &str, packed: &PackedDocument) -> Document {
        let utf16: Vec<u16> = text.encode_utf16().collect();
        let slice = |start: u32, end: u32| {
            CompactString::from(String::from_utf16_lossy(
                &utf16[start as usize..end as usize],
            ))
        };
        let mut numbers = packed.numbers.iter().copied();
        let mut next = || numbers.next().expect("the layout's next number");
        let (speaker_count, quote_count, claim_count) = (next(), next(), next());
        let span = |next: &mut dyn FnMut() -> u32| {
            let (start, end) = (next(), next());
            (start != ABSENT).then_some(OutputSpan {
                start: start as usize,
                end: end as usize,
            })
        };
        let reference =
            |letter: char, number: u32| (number != 0).then(|| format_compact!("{letter}{number}"));
        let mut names = packed
            .names
            .encode_utf16()
            .collect::<Vec<u16>>()
            .into_iter();
        let mut speakers = Vec::new();
        for index in 0..speaker_count {
            let kind = EntityKind::ALL[next() as usize];
            let name_length = next() as usize;
            let name =
                String::from_utf16_lossy(&names.by_ref().take(name_length).collect::<Vec<_>>());
            let mentions = (0..next())
                .map(|_| {
                    let (start, end) = (next(), next());
                    OutputMention {
                        start: start as usize,
                        end: end as usize,
                        text: slice(start, end),
                    }
                })
                .collect();
            speakers.push(OutputSpeaker {
                id: format_compact!("s{}", index + 1),
                name,
                kind,
                mentions,
            });
        }
        let mut quotes = Vec::new();
        for index in 0..quote_count {
            let kind = QuoteKind::ALL[next() as usize];
            let content = (0..next())
                .map(|_| span(&mut next).expect("a part"))
                .collect();
            let cue = span(&mut next);
            let source = span(&mut next);
            quotes.push(OutputQuote {
                id: format_compact!("q{}", index + 1),
                kind,
                content,
                cue,
                source,
                speaker: reference('s', next()),
                confidence: f64::from(next()) / 1000.0,
            });
        }
        let mut claims = Vec::new();
        for index in 0..claim_count {
            let whole = span(&mut next).expect("a claim span");
            claims.push(OutputClaim {
                id: format_compact!("c{}", index + 1),
                start: whole.start,
                end: whole.end,
                kind: ClaimKind::ALL[next() as usize],
                score: f64::from(next()) / 1000.0,
                speaker: reference('s', next()),
                quote: reference('q', next()),
            });
        }
        assert!(numbers.next().is_none(), "no numbers are left over");
        Document {
            speakers,
            quotes,
            claims,
        }
    }

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
    fn a_packed_document_unpacks_to_the_document() {
        let article = "Mayor Zoë Brandt said prices rose 5% in May 😀 and would “fall by 2027.”\n\n\
            “We will not raise taxes,” said Finance Minister Amina Okafor. “Not this year.”\n\n\
            “We’ll see,” the mayor’s spokeswoman said. She added that the ministry was “warned.”\n\n\
            According to the Ministry of Defence (MoD), 3,000 troops left in April.\n\n";
        // Long enough for several windows, whose speakers are merged.
        let long = article.repeat(400);
        for text in ["", "No quotes at all.", article, long.as_str()] {
            let analysis = analyze(text, true).expect("analyzes");
            let document = Document::from_analysis(&analysis, OffsetUnit::Utf16);
            let packed = PackedDocument::from_analysis(&analysis);
            assert_eq!(unpack(text, &packed), document);
            let names: String = document.speakers.iter().map(|s| s.name.as_str()).collect();
            assert_eq!(packed.names, names);
        }
    }

    #[test]
    fn absent_spans_and_references_are_marked() {
        let text = "“Nobody knows who said this.” A claim.";
        let analysis = Analysis {
            text,
            entities: Vec::new(),
            quotes: vec![AnalysedQuote {
                kind: QuoteKind::Direct,
                content: [Span::new(0, 33)].into_iter().collect(),
                cue: None,
                source: None,
                speaker: None,
                confidence: 0.5,
            }],
            claims: vec![AnalysedClaim {
                span: Span::new(34, 42),
                kind: ClaimKind::Event,
                score: 0.123,
                quote: Some(0),
            }],
        };
        let packed = PackedDocument::from_analysis(&analysis);
        // The curly marks are three bytes and one UTF-16 unit each.
        #[rustfmt::skip]
        let expected = vec![
            0, 1, 1,
            QuoteKind::Direct as u32, 1, 0, 29, ABSENT, ABSENT, ABSENT, ABSENT, 0, 500,
            30, 38, ClaimKind::Event as u32, 123, 0, 1,
        ];
        assert_eq!(packed.numbers, expected);
        assert_eq!(packed.names, "");
    }
}
