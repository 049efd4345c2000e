//! Offsets in every unit, checked by slicing the input (as the tokenizers
//! crate's offset tests do), on text full of non-ASCII characters.

use whosaid::{annotate, OffsetUnit, Options};

const ARTICLE: &str =
    "Zoë Ångström, the café’s owner, said: “Prices rose 5% 🍰 — again — in Zürich.”\n\n\
                       “We’ll survive,” she added. Critics say the rise is “outrageous” 😡.";

fn slice_utf16(text: &str, start: usize, end: usize) -> String {
    let units: Vec<u16> = text.encode_utf16().collect();
    String::from_utf16(&units[start..end]).expect("span ends on UTF-16 boundaries")
}

fn slice_chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

fn spans_of(document: &whosaid::Document) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    for quote in &document.quotes {
        spans.extend(quote.content.iter().map(|p| (p.start, p.end)));
        spans.extend(
            quote
                .cue
                .iter()
                .chain(quote.source.iter())
                .map(|s| (s.start, s.end)),
        );
    }
    for speaker in &document.speakers {
        spans.extend(speaker.mentions.iter().map(|m| (m.start, m.end)));
    }
    spans.extend(document.claims.iter().map(|c| (c.start, c.end)));
    spans
}

#[test]
fn the_three_units_slice_to_the_same_strings() {
    let in_unit = |unit| {
        annotate(
            ARTICLE,
            &Options {
                offsets: unit,
                claims: true,
            },
        )
        .expect("annotates")
    };
    let bytes = in_unit(OffsetUnit::Utf8);
    let utf16 = in_unit(OffsetUnit::Utf16);
    let chars = in_unit(OffsetUnit::Chars);
    let byte_strings: Vec<String> = spans_of(&bytes)
        .into_iter()
        .map(|(s, e)| ARTICLE[s..e].to_string())
        .collect();
    let utf16_strings: Vec<String> = spans_of(&utf16)
        .into_iter()
        .map(|(s, e)| slice_utf16(ARTICLE, s, e))
        .collect();
    let char_strings: Vec<String> = spans_of(&chars)
        .into_iter()
        .map(|(s, e)| slice_chars(ARTICLE, s, e))
        .collect();
    assert!(byte_strings.len() >= 6, "{byte_strings:?}");
    assert_eq!(byte_strings, utf16_strings);
    assert_eq!(byte_strings, char_strings);
    assert!(
        byte_strings.contains(&"“Prices rose 5% 🍰 — again — in Zürich.”".to_string()),
        "{byte_strings:?}"
    );
    assert!(
        byte_strings.contains(&"“We’ll survive,”".to_string()),
        "{byte_strings:?}"
    );
}

#[test]
fn mention_text_fields_match_their_spans_in_utf16() {
    let document = annotate(
        ARTICLE,
        &Options {
            offsets: OffsetUnit::Utf16,
            claims: false,
        },
    )
    .expect("annotates");
    for speaker in &document.speakers {
        for mention in &speaker.mentions {
            assert_eq!(
                slice_utf16(ARTICLE, mention.start, mention.end),
                mention.text
            );
        }
    }
}

#[test]
fn offset_unit_names_parse_and_bad_ones_are_errors() {
    assert_eq!("utf16".parse::<OffsetUnit>(), Ok(OffsetUnit::Utf16));
    assert_eq!("chars".parse::<OffsetUnit>(), Ok(OffsetUnit::Chars));
    assert_eq!("utf8".parse::<OffsetUnit>(), Ok(OffsetUnit::Utf8));
    let error = "furlongs".parse::<OffsetUnit>().expect_err("unknown unit");
    assert!(error.to_string().contains("furlongs"));
}

#[test]
fn long_texts_annotated_in_windows_keep_exact_offsets_and_one_speaker() {
    // Over three windows of whosaid::WINDOW_BYTES, with non-ASCII text in every paragraph.
    let paragraph =
        "“Café prices rose 5% — again 🍰,” said Zoë Ångström. She added that rents rose too.\n\n";
    let text = paragraph.repeat(3 * whosaid::WINDOW_BYTES / paragraph.len() + 7);
    let document = annotate(
        &text,
        &Options {
            offsets: OffsetUnit::Utf16,
            claims: true,
        },
    )
    .expect("annotates");
    assert_eq!(
        document.speakers.len(),
        1,
        "{:?}",
        document
            .speakers
            .iter()
            .map(|s| &s.name)
            .collect::<Vec<_>>()
    );
    assert_eq!(document.speakers[0].name, "Zoë Ångström");
    let units: Vec<u16> = text.encode_utf16().collect();
    let slice =
        |start: usize, end: usize| String::from_utf16(&units[start..end]).expect("on boundaries");
    let paragraphs = text.matches("\n\n").count();
    assert_eq!(document.quotes.len(), 2 * paragraphs);
    for quote in &document.quotes {
        let first = slice(quote.content[0].start, quote.content[0].end);
        assert!(
            first == "“Café prices rose 5% — again 🍰,”" || first == "that rents rose too",
            "{first}"
        );
    }
    for mention in &document.speakers[0].mentions {
        assert_eq!(slice(mention.start, mention.end), mention.text);
    }
    for claim in &document.claims {
        assert!(claim
            .quote
            .as_ref()
            .is_some_and(|id| document.quotes.iter().any(|q| q.id == id)));
    }
}

#[test]
fn offset_conversion_is_exact_at_every_boundary_around_block_edges() {
    use whosaid::text::offsets::OffsetConverter;
    // Lengths on both sides of the converter's 64-byte blocks, with two-,
    // three- and four-byte characters straddling the block edges.
    for length in 0..200 {
        let text: String = "a’é😀b".chars().cycle().take(length).collect();
        let utf16 = OffsetConverter::new(&text, OffsetUnit::Utf16);
        let chars = OffsetConverter::new(&text, OffsetUnit::Chars);
        for (boundary, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            let before = &text[..boundary];
            assert_eq!(
                utf16.convert(boundary),
                before.encode_utf16().count(),
                "{length} {boundary}"
            );
            assert_eq!(
                chars.convert(boundary),
                before.chars().count(),
                "{length} {boundary}"
            );
        }
    }
}
