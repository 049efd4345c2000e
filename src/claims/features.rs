//! Features of a candidate claim for the linear check-worthiness model:
//! hashed lower-cased words and word pairs, plus shape features that carry
//! over from debate transcripts to news (numbers, dates, comparatives,
//! names, modal verbs, first person, questions).

use crate::linear::hash_feature;
use crate::word_set;

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
    "percent", "%", "million", "billion", "trillion", "thousand", "hundred", "half", "third",
    "quarter", "dollars", "$", "rate", "average", "number", "times", "jobs", "tax", "taxes",
    "deficit", "debt", "budget", "unemployment",
];
#[rustfmt::skip]
const OPINION_WORDS: &[&str] = &[
    "think", "believe", "feel", "great", "terrible", "wonderful", "best", "worst", "love", "hate",
    "hope", "should", "must", "need", "want", "wish", "beautiful", "amazing", "sad", "disgrace",
    "thank", "thanks", "welcome", "congratulations", "friend", "friends", "agree",
];

word_set!(MONTH_WORDS = MONTHS);
word_set!(COMPARATIVE_WORDS = COMPARATIVES);
word_set!(QUANTITY_WORD_SET = QUANTITY_WORDS);
word_set!(OPINION_WORD_SET = OPINION_WORDS);

/// Which word lists a unit's words fall in.
#[derive(Default)]
struct WordFlags {
    percent: bool,
    money: bool,
    month: bool,
    comparative: bool,
    quantity: bool,
    opinion: bool,
    first_person: bool,
    future: bool,
}

impl WordFlags {
    fn note(&mut self, word: &str) {
        self.percent |= word == "percent";
        self.money |= matches!(word, "dollars" | "million" | "billion" | "trillion");
        self.month |= MONTH_WORDS.contains(word);
        self.comparative |= COMPARATIVE_WORDS.contains(word);
        self.quantity |= QUANTITY_WORD_SET.contains(word);
        self.opinion |= OPINION_WORD_SET.contains(word);
        self.first_person |= matches!(word, "i" | "we" | "my" | "our" | "me" | "us");
        self.future |= matches!(word, "will" | "going" | "gonna" | "would");
    }
}

/// The shape a word contributes: the word itself, or a class for numbers.
fn shape(word: &str) -> &str {
    if word.chars().all(|c| c.is_ascii_digit()) {
        if word.len() == 4 && (word.starts_with("19") || word.starts_with("20")) {
            "<year>"
        } else {
            "<num>"
        }
    } else if word.chars().any(|c| c.is_ascii_digit()) {
        "<numeric>"
    } else {
        word
    }
}

/// A feature list: bucket indices with value 1. Words are lower-cased into
/// one reused buffer, so a unit costs one allocation for its result.
pub fn features(text: &str) -> Vec<usize> {
    let mut result = Vec::with_capacity(64);
    result.push(hash_feature(&["<bias>"]));
    let mut previous = String::from("<s>");
    let mut word = String::new();
    let mut word_count = 0usize;
    let mut flags = WordFlags::default();
    let pieces = text
        .split(|c: char| !(c.is_alphanumeric() || c == '%' || c == '$' || c == '\'' || c == '’'))
        .filter(|piece| !piece.is_empty());
    for piece in pieces {
        word.clear();
        for character in piece.chars() {
            if character == '’' {
                word.push('\'');
            } else {
                word.extend(character.to_lowercase());
            }
        }
        let current = shape(&word);
        result.push(hash_feature(&["w", current]));
        result.push(hash_feature(&["b", &previous, current]));
        flags.note(&word);
        previous.clear();
        previous.push_str(current);
        word_count += 1;
    }
    result.push(hash_feature(&["b", &previous, "</s>"]));
    let mut flag = |name: &str, on: bool| {
        if on {
            result.push(hash_feature(&["f", name]));
        }
    };
    flag("digits", text.chars().any(|c| c.is_ascii_digit()));
    flag("percent", text.contains('%') || flags.percent);
    flag("money", text.contains(['$', '€', '£']) || flags.money);
    flag("month", flags.month);
    flag("comparative", flags.comparative);
    flag("quantity", flags.quantity);
    flag("opinion", flags.opinion);
    flag("question", text.trim_end().ends_with('?'));
    flag("first_person", flags.first_person);
    flag("future", flags.future);
    let capitalized_inside = text
        .split_whitespace()
        .skip(1)
        .filter(|piece| piece.chars().next().is_some_and(char::is_uppercase))
        .count();
    flag("names1", capitalized_inside >= 1);
    flag("names3", capitalized_inside >= 3);
    let length_bucket = match word_count {
        0..=4 => "len_tiny",
        5..=9 => "len_short",
        10..=20 => "len_mid",
        21..=35 => "len_long",
        _ => "len_huge",
    };
    flag(length_bucket, true);
    result.sort_unstable();
    result.dedup();
    result
}
