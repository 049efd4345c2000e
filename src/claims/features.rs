//! Features of a candidate claim for the linear check-worthiness model:
//! hashed lower-cased words and word pairs, plus shape features that carry
//! over from debate transcripts to news (numbers, dates, comparatives,
//! names, modal verbs, first person, questions).

use crate::linear::hash_feature;

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

/// A feature list: bucket indices with value 1.
pub fn features(text: &str) -> Vec<usize> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '%' || c == '$' || c == '\'' || c == '’'))
        .filter(|word| !word.is_empty())
        .map(|word| word.to_lowercase().replace('’', "'"))
        .collect();
    let mut result = Vec::with_capacity(words.len() * 2 + 16);
    result.push(hash_feature(&["<bias>"]));
    let mut previous = "<s>";
    for word in &words {
        let shape = if word.chars().all(|c| c.is_ascii_digit()) {
            if word.len() == 4 && (word.starts_with("19") || word.starts_with("20")) {
                "<year>"
            } else {
                "<num>"
            }
        } else if word.chars().any(|c| c.is_ascii_digit()) {
            "<numeric>"
        } else {
            word.as_str()
        };
        result.push(hash_feature(&["w", shape]));
        result.push(hash_feature(&["b", previous, shape]));
        previous = shape;
    }
    result.push(hash_feature(&["b", previous, "</s>"]));
    let has = |list: &[&str]| words.iter().any(|word| list.contains(&word.as_str()));
    let flag = |result: &mut Vec<usize>, name: &str, on: bool| {
        if on {
            result.push(hash_feature(&["f", name]));
        }
    };
    let digits = text.chars().any(|c| c.is_ascii_digit());
    flag(&mut result, "digits", digits);
    flag(
        &mut result,
        "percent",
        text.contains('%') || has(&["percent"]),
    );
    flag(
        &mut result,
        "money",
        text.contains('$')
            || text.contains('€')
            || text.contains('£')
            || has(&["dollars", "million", "billion", "trillion"]),
    );
    flag(&mut result, "month", has(MONTHS));
    flag(&mut result, "comparative", has(COMPARATIVES));
    flag(&mut result, "quantity", has(QUANTITY_WORDS));
    flag(&mut result, "opinion", has(OPINION_WORDS));
    flag(&mut result, "question", text.trim_end().ends_with('?'));
    flag(
        &mut result,
        "first_person",
        has(&["i", "we", "my", "our", "me", "us"]),
    );
    flag(
        &mut result,
        "future",
        has(&["will", "going", "gonna", "would"]),
    );
    let capitalized_inside = text
        .split_whitespace()
        .skip(1)
        .filter(|word| word.chars().next().is_some_and(char::is_uppercase))
        .count();
    flag(&mut result, "names1", capitalized_inside >= 1);
    flag(&mut result, "names3", capitalized_inside >= 3);
    let length_bucket = match words.len() {
        0..=4 => "len_tiny",
        5..=9 => "len_short",
        10..=20 => "len_mid",
        21..=35 => "len_long",
        _ => "len_huge",
    };
    flag(&mut result, length_bucket, true);
    result.sort_unstable();
    result.dedup();
    result
}
