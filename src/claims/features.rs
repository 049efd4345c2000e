//! Features of a candidate claim for the linear check-worthiness model:
//! hashed lower-cased words and word pairs, plus shape features that carry
//! over from debate transcripts to news (numbers, dates, comparatives,
//! names, modal verbs, first person, questions). The words are the
//! tokenizer's, so a claim in an article is featurised from the tokens the
//! earlier stages already lower-cased and hashed.

use crate::linear::{combined_feature, FeatureHash, BUCKETS};
use crate::text::{TextAnalysis, TokenKind};
use crate::wordset::{word_hash, HashedWordMap};
use std::ops::Range;
use std::sync::LazyLock;

#[rustfmt::skip]
const MONTHS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
];
#[rustfmt::skip]
const COMPARATIVES: &[&str] = &[
    "more", "less", "fewer", "most", "least", "than", "higher", "lower", "larger", "smaller",
    "bigger", "increase", "increased", "decrease", "decreased", "doubled", "tripled", "rose",
    "fell", "grew", "dropped", "record", "highest", "lowest", "largest", "biggest", "first", "only",
    "every", "all", "none", "never",
];
#[rustfmt::skip]
const QUANTITY_WORDS: &[&str] = &[
    "percent", "million", "billion", "trillion", "thousand", "hundred", "half", "third",
    "quarter", "dollars", "rate", "average", "number", "times", "jobs", "tax", "taxes",
    "deficit", "debt", "budget", "unemployment",
];
#[rustfmt::skip]
const OPINION_WORDS: &[&str] = &[
    "think", "believe", "feel", "great", "terrible", "wonderful", "best", "worst", "love", "hate",
    "hope", "should", "must", "need", "want", "wish", "beautiful", "amazing", "sad", "disgrace",
    "thank", "thanks", "welcome", "congratulations", "friend", "friends", "agree",
];

/// Bits of [`WORD_CLASSES`]: which lists a word is in.
const MONTH: u8 = 1;
const COMPARATIVE: u8 = 1 << 1;
const QUANTITY: u8 = 1 << 2;
const OPINION: u8 = 1 << 3;
const PERCENT: u8 = 1 << 4;
const MONEY: u8 = 1 << 5;
const FIRST_PERSON: u8 = 1 << 6;
const FUTURE: u8 = 1 << 7;

/// Every listed word with the bits of the lists it is in, so that a word
/// costs one lookup however many lists there are.
static WORD_CLASSES: LazyLock<HashedWordMap<u8>> = LazyLock::new(|| {
    HashedWordMap::from_lists(&[
        (MONTHS, MONTH),
        (COMPARATIVES, COMPARATIVE),
        (QUANTITY_WORDS, QUANTITY),
        (OPINION_WORDS, OPINION),
        (&["percent"], PERCENT),
        (&["dollars", "million", "billion", "trillion"], MONEY),
        (&["i", "we", "my", "our", "me", "us"], FIRST_PERSON),
        (&["will", "going", "gonna", "would"], FUTURE),
    ])
});

/// The class a number contributes instead of itself: a year, a plain
/// number, or a word with digits in it (`None` for other words).
fn number_class(word: &str) -> Option<u32> {
    const YEAR: u32 = word_hash("<year>");
    const NUMBER: u32 = word_hash("<num>");
    const NUMERIC: u32 = word_hash("<numeric>");
    let digits = word.bytes().filter(u8::is_ascii_digit).count();
    if digits == 0 {
        None
    } else if digits == word.len() {
        if digits == 4 && (word.starts_with("19") || word.starts_with("20")) {
            Some(YEAR)
        } else {
            Some(NUMBER)
        }
    } else {
        Some(NUMERIC)
    }
}

/// A word with its hash, or the parts of a hyphenated compound with
/// theirs: "well-known" counts as "well" and "known", which debate
/// transcripts and news articles share more often than the compound.
fn word_parts(word: &str, hash: u32) -> impl Iterator<Item = (&str, u32)> {
    let compound = word.len() > 1 && word.as_bytes().contains(&b'-');
    let whole = (!compound).then_some((word, hash));
    let parts = word
        .split('-')
        .filter(move |part| compound && !part.is_empty())
        .map(|part| (part, word_hash(part)));
    whole.into_iter().chain(parts)
}

/// The feature templates, hashed once at compile time.
const BIAS_TEMPLATE: FeatureHash = FeatureHash::template("<bias>");
const WORD_TEMPLATE: FeatureHash = FeatureHash::template("w");
const PAIR_TEMPLATE: FeatureHash = FeatureHash::template("b");
const FLAG_TEMPLATE: FeatureHash = FeatureHash::template("f");

/// The feature list of a text on its own: [`token_features`] over all of
/// its tokens (what training and evaluation score).
pub fn features(text: &str) -> Vec<usize> {
    let analysis = TextAnalysis::new(text);
    token_features(&analysis, 0..analysis.tokens.len())
}

/// The feature list of the tokens `range` of `analysis`: bucket indices
/// with value 1, without duplicates. The words are the tokens'
/// own lower-case forms and hashes ([`TextAnalysis::token_hashes`]), so
/// scoring a sentence never re-reads its text; the word and word-pair
/// features combine those hashes ([`combined_feature`]).
pub fn token_features(analysis: &TextAnalysis, range: Range<usize>) -> Vec<usize> {
    let mut result = Vec::with_capacity(64);
    token_features_into(analysis, range, &mut result);
    result
}

/// [`token_features`] into a buffer the caller reuses (cleared first), so
/// scoring every sentence of a text allocates once.
pub fn token_features_into(analysis: &TextAnalysis, range: Range<usize>, list: &mut Vec<usize>) {
    list.clear();
    let mut result = FeatureSet {
        list,
        seen: [0; BUCKETS / 64],
    };
    result.push(combined_feature(BIAS_TEMPLATE, 0, 0));
    let mut previous = const { word_hash("<s>") };
    let mut word_count = 0usize;
    let mut classes = 0u8;
    let mut any_digit = false;
    let mut any_money_sign = false;
    let mut any_percent_sign = false;
    // Capitalised words after white space, not counting the first word.
    let mut capitalized_inside = 0usize;
    let first = range.start;
    let is_question = range.end > range.start && analysis.tokens[range.end - 1].is_punct('?');
    for index in range {
        let token = &analysis.tokens[index];
        // Currency and percent signs count as words, as in "$ 5" or "5 %".
        match token.kind {
            TokenKind::Word | TokenKind::Number => {}
            TokenKind::Punct('$' | '\u{20AC}' | '\u{00A3}') => any_money_sign = true,
            TokenKind::Punct('%') => any_percent_sign = true,
            _ => continue,
        }
        if index > first && token.space_before && token.capitalized {
            capitalized_inside += 1;
        }
        // Debate transcripts write "don't", news "don’t": one word.
        let normalized;
        let mut word = token.word(analysis.text);
        let mut hash = analysis.token_hashes[index];
        if !word.is_ascii() && word.contains('\u{2019}') {
            normalized = word.replace('\u{2019}', "'");
            word = &normalized;
            hash = word_hash(word);
        }
        for (word, hash) in word_parts(word, hash) {
            let current = match number_class(word) {
                Some(class) => {
                    any_digit = true;
                    class
                }
                None => {
                    classes |= WORD_CLASSES.get_hashed(hash, word).unwrap_or(0);
                    hash
                }
            };
            result.push(combined_feature(WORD_TEMPLATE, current, 0));
            result.push(combined_feature(PAIR_TEMPLATE, previous, current));
            previous = current;
            word_count += 1;
        }
    }
    result.push(combined_feature(
        PAIR_TEMPLATE,
        previous,
        const { word_hash("</s>") },
    ));
    // Flags are named by the hashes of their names, computed at compile time.
    let mut flag = |name: u32, on: bool| {
        if on {
            result.push(combined_feature(FLAG_TEMPLATE, name, 0));
        }
    };
    let has = |bit: u8| classes & bit != 0;
    flag(const { word_hash("digits") }, any_digit);
    flag(
        const { word_hash("percent") },
        any_percent_sign || has(PERCENT),
    );
    flag(const { word_hash("money") }, any_money_sign || has(MONEY));
    flag(const { word_hash("month") }, has(MONTH));
    flag(const { word_hash("comparative") }, has(COMPARATIVE));
    flag(const { word_hash("quantity") }, has(QUANTITY));
    flag(const { word_hash("opinion") }, has(OPINION));
    flag(const { word_hash("question") }, is_question);
    flag(const { word_hash("first_person") }, has(FIRST_PERSON));
    flag(const { word_hash("future") }, has(FUTURE));
    flag(const { word_hash("names1") }, capitalized_inside >= 1);
    flag(const { word_hash("names3") }, capitalized_inside >= 3);
    let length_bucket = match word_count {
        0..=4 => const { word_hash("len_tiny") },
        5..=9 => const { word_hash("len_short") },
        10..=20 => const { word_hash("len_mid") },
        21..=35 => const { word_hash("len_long") },
        _ => const { word_hash("len_huge") },
    };
    flag(length_bucket, true);
}

/// The features of one unit, each bucket once (in the order first seen):
/// a bit per bucket (2 KB) tells which are in already, cheaper than sorting
/// the list and removing repeats.
struct FeatureSet<'list> {
    list: &'list mut Vec<usize>,
    seen: [u64; BUCKETS / 64],
}

impl FeatureSet<'_> {
    fn push(&mut self, bucket: usize) {
        let (word, bit) = (bucket / 64, 1u64 << (bucket % 64));
        if let Some(seen) = self.seen.get_mut(word) {
            if *seen & bit == 0 {
                *seen |= bit;
                self.list.push(bucket);
            }
        }
    }
}
