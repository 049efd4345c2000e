//! Structured input: articles assembled from the pieces news text is made
//! of (names, titles, cues, every quotation mark, pronouns, line breaks), so
//! the fuzzer spends its time in the attribution rules, not in the tokenizer.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use whosaid::{annotate, OffsetUnit, Options};

const PIECES: &[&str] = &[
    "said", "says", "told reporters", "added", "according to", "he", "she", "they", "it", "who",
    "the spokeswoman", "Sen. Maria Alvarez", "Okafor", "Ministry of Defence", "MoD", "officials",
    "“", "”", "\"", "‘", "’", "'", "''", "«", "»", "„", ",", ".", ":", ";", "?", "!", "\n", "\n\n",
    "that", "asked", "saying", "(", ")", "—", "in a statement", "on Monday", "3.5 percent", "Zoë", "😀",
    "Americans’", "’90s", "was", "the plan", "Asked about it", "\u{301}", "\u{202e}", "\u{0}",
];

#[derive(Arbitrary, Debug)]
struct Article {
    pieces: Vec<u8>,
    glue: Vec<bool>,
}

fuzz_target!(|article: Article| {
    let mut text = String::new();
    for (index, piece) in article.pieces.iter().enumerate() {
        text.push_str(PIECES[*piece as usize % PIECES.len()]);
        if article.glue.get(index).copied().unwrap_or(true) {
            text.push(' ');
        }
    }
    let document = annotate(&text, &Options { offsets: OffsetUnit::Utf16, claims: true }).expect("annotates");
    for quote in &document.quotes {
        for pair in quote.content.windows(2) {
            assert!(pair[0].end <= pair[1].start, "content parts overlap");
        }
    }
});
