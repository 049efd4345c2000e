//! Helpers shared by the integration tests.

use whosaid::{annotate, Document, EntityKind, OffsetUnit, Options};

/// Annotates with byte offsets, claims on.
pub fn annotate_bytes(text: &str) -> Document {
    annotate(
        text,
        &Options {
            offsets: OffsetUnit::Utf8,
            claims: true,
        },
    )
    .expect("annotation succeeds")
}

/// A quote as a test reads it: kind, content parts' text, cue, source and speaker name.
#[derive(Debug, Clone, PartialEq)]
pub struct ReadQuote {
    pub kind: String,
    pub parts: Vec<String>,
    pub cue: Option<String>,
    pub source: Option<String>,
    pub speaker: Option<String>,
    pub confidence: f64,
}

/// Reads every quote of `text` back as strings, by slicing the input.
pub fn read_quotes(text: &str) -> Vec<ReadQuote> {
    let document = annotate_bytes(text);
    let slice = |start: usize, end: usize| text[start..end].to_string();
    document
        .quotes
        .iter()
        .map(|quote| ReadQuote {
            kind: serde_json::to_value(quote.kind)
                .unwrap()
                .as_str()
                .unwrap()
                .to_string(),
            parts: quote
                .content
                .iter()
                .map(|p| slice(p.start, p.end))
                .collect(),
            cue: quote.cue.map(|c| slice(c.start, c.end)),
            source: quote.source.map(|s| slice(s.start, s.end)),
            speaker: quote.speaker.as_ref().map(|id| {
                document
                    .speakers
                    .iter()
                    .find(|s| s.id == id)
                    .expect("speaker id exists")
                    .name
                    .clone()
            }),
            confidence: quote.confidence,
        })
        .collect()
}

/// The one quote whose content contains `needle`.
pub fn quote_containing(quotes: &[ReadQuote], needle: &str) -> ReadQuote {
    let found: Vec<&ReadQuote> = quotes
        .iter()
        .filter(|q| q.parts.iter().any(|p| p.contains(needle)))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one quote containing {needle:?}, found {quotes:#?}"
    );
    found[0].clone()
}

/// Asserts, for each (cue, source, content) case, that the one quote with
/// that cue has that source and a single content part.
pub fn assert_cue_cases(quotes: &[ReadQuote], cases: &[(&str, &str, &str)]) {
    for &(cue, source, content) in cases {
        let quote = quote_with_cue(quotes, cue);
        assert_eq!(quote.source.as_deref(), Some(source), "{cue}");
        assert_eq!(quote.parts, [content], "{cue}");
    }
}

/// The one quote whose cue is `cue` (for sentences whose attributions nest,
/// where content alone does not single one out).
pub fn quote_with_cue(quotes: &[ReadQuote], cue: &str) -> ReadQuote {
    let found: Vec<&ReadQuote> = quotes
        .iter()
        .filter(|q| q.cue.as_deref() == Some(cue))
        .collect();
    assert_eq!(
        found.len(),
        1,
        "expected one quote with the cue {cue:?}, found {quotes:#?}"
    );
    found[0].clone()
}

/// Asserts, for each (needle, speaker) case, that the one quote whose
/// content contains the needle is attributed to that speaker's name.
pub fn assert_speakers(quotes: &[ReadQuote], cases: &[(&str, &str)]) {
    for &(needle, speaker) in cases {
        let quote = quote_containing(quotes, needle);
        assert_eq!(quote.speaker.as_deref(), Some(speaker), "{needle}");
    }
}

/// Asserts, for each (needle, source) case, that the one quote whose
/// content contains the needle has that source phrase.
pub fn assert_sources(quotes: &[ReadQuote], cases: &[(&str, &str)]) {
    for &(needle, source) in cases {
        let quote = quote_containing(quotes, needle);
        assert_eq!(quote.source.as_deref(), Some(source), "{needle}");
    }
}

/// Asserts that no quote's content holds `needle`.
pub fn assert_no_part_contains(quotes: &[ReadQuote], needle: &str) {
    assert!(
        quotes
            .iter()
            .all(|quote| quote.parts.iter().all(|part| !part.contains(needle))),
        "{needle}: {quotes:#?}"
    );
}

/// The speakers of `document`, in order of first mention, as (display
/// name, kind) pairs.
pub fn speaker_names_and_kinds(document: &Document) -> Vec<(&str, EntityKind)> {
    document
        .speakers
        .iter()
        .map(|speaker| (speaker.name.as_str(), speaker.kind))
        .collect()
}

/// The display names of the speakers of `document`, in order of first
/// mention.
pub fn speaker_names(document: &Document) -> Vec<&str> {
    document
        .speakers
        .iter()
        .map(|speaker| speaker.name.as_str())
        .collect()
}
