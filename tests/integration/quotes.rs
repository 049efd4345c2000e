//! Quotation-mark styles and apostrophes.

use crate::helpers::{quote_containing, quote_with_cue, read_quotes};

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

#[test]
fn a_quotation_of_the_other_style_nests_inside_an_open_one() {
    // The curly pair inside the straight one made the straight opener look
    // stray, and only the inner question was a quote.
    let text = "Caddell continued:\n\n\"The question reads: “Do you think her health \
                matters?” Forty-three, yes.\"\n\nLater he left.";
    let continued = quote_with_cue(&read_quotes(text), "continued");
    assert_eq!(
        continued.parts,
        ["\"The question reads: “Do you think her health matters?” Forty-three, yes.\""]
    );
    let said = quote_with_cue(
        &read_quotes("“He called it \"fake news\" yesterday,” she said."),
        "said",
    );
    assert_eq!(said.parts, ["“He called it \"fake news\" yesterday,”"]);
    // A stray straight mark before two curly quotations costs neither.
    let text = "Pastor Scott (6'2\" tall) defended the “Look over here!” line as a “term of \
                endearment” on Sunday, he said.";
    let quotes = read_quotes(text);
    assert!(quotes
        .iter()
        .any(|q| q.parts.iter().any(|p| p.contains("“term of endearment”"))));
}

#[test]
fn a_name_garbled_by_double_encoding_stays_one_name() {
    // "François" written as UTF-8, read as Latin-1 and written again, as a
    // misconfigured system leaves it; the decomposed form as well.
    for name in [
        "FranÃ§ois",
        "FranÃ\u{83}Â§ois",
        "FranA\u{303}\u{83}A\u{302}§ois",
    ] {
        let text =
            format!("\"Europe must defend itself,\" French President {name} Hollande said Friday.");
        let quotes = read_quotes(&text);
        let quote = quote_containing(&quotes, "Europe must");
        assert_eq!(quote.parts, ["\"Europe must defend itself,\""], "{name}");
        assert_eq!(
            quote.source.as_deref(),
            Some(format!("French President {name} Hollande").as_str()),
            "{name}"
        );
    }
}

#[test]
fn a_right_mark_that_opens_a_paragraph_opens_its_quotation() {
    let text =
        "Mark Barabak noted that Pence was calm.\n\n” … he delivered a mix of orthodoxy and \
                rejoinders with a coolness Reagan might have admired,” Barabak wrote.";
    let quotes = read_quotes(text);
    let written = quote_with_cue(&quotes, "wrote");
    assert_eq!(
        written.parts,
        ["” … he delivered a mix of orthodoxy and rejoinders with a coolness Reagan might have admired,”"]
    );
    assert_eq!(written.source.as_deref(), Some("Barabak"));
}
