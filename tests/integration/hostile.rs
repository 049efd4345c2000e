//! Hostile and degenerate input: always a result or a clear error, never a panic.

use whosaid::{annotate, Error, OffsetUnit, Options, MAX_INPUT_BYTES};

fn survives(text: &str) -> whosaid::Document {
    annotate(
        text,
        &Options {
            offsets: OffsetUnit::Utf16,
            claims: true,
        },
    )
    .expect("a document, not an error")
}

#[test]
fn empty_and_blank_text_give_empty_documents() {
    for text in [
        "",
        " ",
        "\n\n\n",
        "\t \u{a0}\u{2029}",
        "\u{0}",
        "\u{0}\u{0}\u{0}\n\u{0}",
    ] {
        let document = survives(text);
        assert!(
            document.quotes.is_empty()
                && document.speakers.is_empty()
                && document.claims.is_empty(),
            "{text:?}"
        );
    }
}

#[test]
fn every_quote_mark_unbalanced() {
    for mark in ["\"", "“", "”", "‘", "’", "'", "«", "»", "„", "‚", "‹", "›"] {
        let text = format!(
            "{mark}Start here, said Ann Lee. {mark}{mark} And again{mark} she said: {mark}"
        );
        survives(&text);
        survives(&mark.repeat(1000));
    }
}

#[test]
fn one_hundred_thousand_opening_marks() {
    let document = survives(&"“".repeat(100_000));
    assert!(document.quotes.is_empty());
}

#[test]
fn deeply_nested_quotes() {
    let mut text = String::from("said Ann Lee.");
    for _ in 0..2_000 {
        text = format!("“‘{text}’”");
    }
    survives(&format!("Ann Lee said: {text}"));
}

#[test]
fn rtl_marks_combining_characters_and_emoji() {
    let text =
        "\u{202e}“مرحبا بالعالم,” said Rania Haddad\u{202c}. Ze\u{301}ro e\u{308}\u{301}\u{20dd} 👩🏽‍🚀🏳️‍🌈 “Ok,” she added.";
    let document = survives(text);
    assert!(!document.quotes.is_empty());
}

#[test]
fn a_long_line_with_no_punctuation_and_many_names_in_a_row() {
    survives(&"word ".repeat(200_000));
    survives(&"Alice Brown Carol Dean ".repeat(12_500));
    survives(&"State Senate House White ".repeat(12_500));
    survives(&"said ".repeat(50_000));
    survives(&"he said “ ".repeat(20_000));
    survives(&format!(
        "Dana Whitfield is mayor.\n\n{}",
        "Q: Why?\nA: Because.\n\nA:\n\nQ:".repeat(20_000)
    ));
}

#[test]
fn ten_megabytes_of_article_text() {
    let paragraph =
        "“The harbour will close in May,” said Port Director Inge Holm. She added that 1,200 jobs were at risk.\n\n";
    let text = paragraph.repeat(10 * 1024 * 1024 / paragraph.len());
    let document = survives(&text);
    assert!(document.quotes.len() > 50_000);
    assert_eq!(document.speakers.len(), 1);
}

#[test]
fn oversized_input_is_a_clear_error() {
    let text = "a".repeat(MAX_INPUT_BYTES + 1);
    let error = annotate(&text, &Options::default()).expect_err("too large");
    assert!(matches!(error, Error::InputTooLarge { .. }));
    assert!(error.to_string().contains("at most"));
}

/// Found by `cargo fuzz run annotate_bytes`: a colon headline whose content
/// ends at the last token made a rule look one token past the text.
#[test]
fn fuzz_regression_colon_headline_at_the_end_of_the_text() {
    const CRASH: &[u8] = &[
        10, 76, 10, 76, 83, 76, 32, 51, 58, 79, 0, 76, 51, 58, 79, 0, 76, 32, 51, 10, 76, 58, 79,
        0, 10, 76, 2, 0, 0, 0, 0, 0, 79, 0, 10, 76, 58, 79, 10, 0, 0, 58, 79, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 58, 79, 0, 10, 76, 58, 79, 10, 76, 58, 79, 0, 10, 76, 58, 79, 10, 76, 58, 79, 0, 83,
        10, 39, 10, 50, 83, 0, 0, 0, 58, 79, 0, 10, 76, 58, 79, 10, 76, 58, 79, 0, 10, 76, 58, 79,
        10, 10, 76, 10, 76, 2, 0, 0, 0, 0, 0, 0, 0, 58, 79, 0, 0, 0, 0, 0, 32, 54, 10, 76, 58, 79,
        0, 10, 76, 2, 0, 41, 239, 5, 5, 255, 104, 83, 255, 255, 255, 104, 83, 255, 255, 86, 59, 97,
        99, 99, 111, 114, 100, 105, 110, 103, 239, 200, 211, 128, 86, 59, 97, 99, 99, 111, 114,
        103, 0, 0, 0, 0, 0, 0, 58, 79, 239, 200, 211, 128, 86, 59, 97, 99, 99, 111, 114, 100, 105,
        110, 103, 239, 200, 211, 128, 59, 99, 37, 44, 83, 97, 115, 107, 76, 83, 4, 90, 5, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 58, 79, 0, 10, 76, 58, 79, 10, 76, 58, 79, 0, 10, 76, 58, 79, 10, 76, 58,
        79, 0, 83, 10, 39, 10, 50, 83, 0, 0, 0, 58, 79, 0, 10, 76, 58, 79, 10, 76, 58, 79, 0, 10,
        76, 58, 79, 110, 103, 239, 200, 38, 211, 128, 86, 59, 97, 99, 99, 111, 114, 103, 74, 63,
        64, 255, 255, 104, 83, 255, 255, 86, 59, 97, 99, 99, 111, 114, 100, 105, 110, 103, 239,
        200, 211, 128, 86, 59, 97, 59, 99, 37, 44, 83, 79, 0,
    ];
    survives(&String::from_utf8_lossy(CRASH));
}

#[test]
fn a_text_that_ends_right_after_a_reporting_verb_or_its_particle_annotates() {
    for text in [
        "Ruiz pointed",
        "Ruiz pointed to",
        "“Yes,” Ruiz said",
        "Ruiz said on",
    ] {
        let document = whosaid::annotate(text, &whosaid::Options::default());
        assert!(document.is_ok(), "{text:?}");
    }
}

#[test]
fn fuzz_found_content_start_past_the_sentence_end() {
    // Found by cargo-fuzz (annotate_bytes): a cue whose object ran to the
    // sentence end left the content start past it, and a look at the word
    // there sliced backwards.
    let bytes: &[u8] = &[
        0x3a, 0x7a, 0x6b, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01, 0x00, 0x06, 0x0a, 0x6d, 0x7a,
        0x7a, 0x7a, 0x74, 0x68, 0x20, 0x61, 0x73, 0x6b, 0x0a, 0x61, 0x0a, 0x0a, 0x0a, 0x0a, 0x6e,
        0x69, 0x67, 0x68, 0x74, 0x5d, 0x0e, 0x6d, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x11, 0xf3,
        0x27,
    ];
    let text = String::from_utf8_lossy(bytes);
    for offsets in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Chars] {
        assert!(annotate(
            &text,
            &Options {
                offsets,
                claims: true
            }
        )
        .is_ok());
    }
}

#[test]
fn fuzz_found_a_subject_before_a_colon_in_the_paragraph_before() {
    // The name before "says :" stands in the paragraph before the
    // sentence, so it opens no clause there (it once underflowed).
    let document = survives("Zoë \n\n says : „ : : : ");
    assert!(document.quotes.is_empty());
}
