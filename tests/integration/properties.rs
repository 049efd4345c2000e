//! Property tests: invariants of the document over generated articles.

use proptest::prelude::*;
use whosaid::{annotate, Document, OffsetUnit, Options};

const FRAGMENTS: &[&str] = &[
    "said",
    "says",
    "told reporters",
    "added",
    "according to",
    "he",
    "she",
    "they",
    "the spokeswoman",
    "Sen. Maria Alvarez",
    "Okafor",
    "Ministry of Defence",
    "MoD",
    "officials",
    "the plan",
    "was",
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    ",",
    ".",
    ":",
    ";",
    "?",
    "!",
    "\n",
    "\n\n",
    "that",
    "é",
    "😀",
    "Zoë",
    "Americans’",
    "’90s",
    "in a statement",
    "on Monday",
    "42",
    "3.5 percent",
    "$1 billion",
    "\u{0}",
    "\u{301}",
    "\u{202e}",
    "—",
    "(",
    ")",
];

fn article() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..80)
            .prop_map(|parts| parts.join(" ")),
        proptest::collection::vec(proptest::sample::select(FRAGMENTS), 0..80)
            .prop_map(|parts| parts.concat()),
        any::<String>(),
    ]
}

fn check_span(text: &str, unit: OffsetUnit, start: usize, end: usize) -> Result<(), TestCaseError> {
    prop_assert!(start <= end, "start {start} > end {end}");
    match unit {
        OffsetUnit::Utf8 => {
            prop_assert!(end <= text.len());
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        }
        OffsetUnit::Utf16 => {
            let units: Vec<u16> = text.encode_utf16().collect();
            prop_assert!(end <= units.len());
            for at in [start, end] {
                // Never between the two halves of a surrogate pair.
                prop_assert!(at == units.len() || !(0xDC00..0xE000).contains(&units[at]));
            }
        }
        OffsetUnit::Chars => prop_assert!(end <= text.chars().count()),
    }
    Ok(())
}

fn check_document(text: &str, unit: OffsetUnit, document: &Document) -> Result<(), TestCaseError> {
    let speaker_ids: Vec<&str> = document.speakers.iter().map(|s| s.id.as_str()).collect();
    let quote_ids: Vec<&str> = document.quotes.iter().map(|q| q.id.as_str()).collect();
    for speaker in &document.speakers {
        for mention in &speaker.mentions {
            check_span(text, unit, mention.start, mention.end)?;
        }
    }
    for quote in &document.quotes {
        prop_assert!(!quote.content.is_empty());
        for pair in quote.content.windows(2) {
            prop_assert!(
                pair[0].end <= pair[1].start,
                "content parts ordered and disjoint"
            );
        }
        for span in quote
            .content
            .iter()
            .chain(quote.cue.iter())
            .chain(quote.source.iter())
        {
            check_span(text, unit, span.start, span.end)?;
        }
        if let Some(speaker) = &quote.speaker {
            prop_assert!(speaker_ids.contains(&speaker.as_str()));
        }
        prop_assert!((0.0..=1.0).contains(&quote.confidence));
    }
    for claim in &document.claims {
        check_span(text, unit, claim.start, claim.end)?;
        prop_assert!((0.0..=1.0).contains(&claim.score));
        if let Some(speaker) = &claim.speaker {
            prop_assert!(speaker_ids.contains(&speaker.as_str()));
        }
        if let Some(quote) = &claim.quote {
            prop_assert!(quote_ids.contains(&quote.as_str()));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn spans_are_in_bounds_ordered_and_on_boundaries_in_every_unit(text in article()) {
        for unit in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Chars] {
            let document = annotate(&text, &Options { offsets: unit, claims: true }).expect("annotates");
            check_document(&text, unit, &document)?;
        }
    }

    #[test]
    fn the_fast_lower_case_equals_unicode_lower_case(
        text in proptest::string::string_regex("[a-zA-Z’'éÉİẞΣσǅ\\-]{0,12}").expect("valid pattern"),
        any_text in any::<String>(),
    ) {
        for input in [&text, &any_text] {
            let fast = whosaid::text::lower_case(input).to_string();
            prop_assert_eq!(fast, input.to_lowercase());
        }
    }

    #[test]
    fn output_is_identical_for_identical_input(text in article()) {
        let options = Options::default();
        prop_assert_eq!(annotate(&text, &options).expect("first"), annotate(&text, &options).expect("second"));
    }
}
