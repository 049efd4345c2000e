//! Quotation-mark styles and apostrophes.

use crate::helpers::{quote_containing, read_quotes};

#[test]
fn every_common_mark_style_is_a_direct_quote() {
    let cases = [
        (
            "\"Prices are falling,\" said Anna Berg.",
            "\"Prices are falling,\"",
        ),
        (
            "“Prices are falling,” said Anna Berg.",
            "“Prices are falling,”",
        ),
        (
            "‘Prices are falling,’ said Anna Berg.",
            "‘Prices are falling,’",
        ),
        (
            "«Prices are falling», said Anna Berg.",
            "«Prices are falling»",
        ),
        (
            "„Prices are falling“, said Anna Berg.",
            "„Prices are falling“",
        ),
    ];
    for (text, expected) in cases {
        let quotes = read_quotes(text);
        assert_eq!(quotes.len(), 1, "{text}: {quotes:#?}");
        assert_eq!(quotes[0].parts, [expected], "{text}");
        assert_eq!(quotes[0].kind, "direct", "{text}");
        assert_eq!(quotes[0].speaker.as_deref(), Some("Anna Berg"), "{text}");
    }
}

#[test]
fn apostrophes_are_not_quotation_marks() {
    let text = "‘The Americans’ plan is not the ’90s plan, and it won’t work,’ said Tom Weir.";
    let quote = quote_containing(&read_quotes(text), "plan");
    assert_eq!(
        quote.parts,
        ["‘The Americans’ plan is not the ’90s plan, and it won’t work,’"]
    );
    assert_eq!(quote.speaker.as_deref(), Some("Tom Weir"));
}

#[test]
fn nested_single_quotes_stay_inside_the_double_quote() {
    let text = "“He told me ‘never again’ and left,” said Kim Soo-jin.";
    let quote = quote_containing(&read_quotes(text), "never again");
    assert_eq!(quote.parts, ["“He told me ‘never again’ and left,”"]);
}

#[test]
fn scare_quotes_without_a_cue_are_not_quotes() {
    let quotes = read_quotes("The so-called “reform” package passed on Tuesday.");
    assert!(quotes.is_empty(), "{quotes:#?}");
}
