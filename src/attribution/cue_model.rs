//! The learned cue detector: a [`LinearModel`] that scores every word
//! outside quotation marks as a possible reporting cue, from the word, its
//! ending, its neighbours and what stands around it (a name or pronoun
//! before it, "that", a colon or a quotation after it). Trained by
//! `whosaid train-cues` on PolNeAR's training split; the weights are in
//! `src/attribution/cue_model.txt` (generated, do not edit).
//!
//! The hand-written lexicon of [`super::cues`] stays the first authority:
//! a lexicon verb is a cue unless the model finds it very unlikely (a noun
//! use such as "the state"), and a word outside the lexicon is a cue only
//! when the model is confident.

use super::cues::{cue_verb, VerbForm};
use crate::error::Error;
use crate::linear::{hash_feature, LinearModel};
use crate::mentions::{MentionKind, Mentions};
use crate::quotes::Quotes;
use crate::text::TextAnalysis;
use std::sync::LazyLock;

const MODEL_TEXT: &str = include_str!("cue_model.txt");

static MODEL: LazyLock<Result<LinearModel, Error>> =
    LazyLock::new(|| LinearModel::parse(MODEL_TEXT));

/// The embedded cue model, parsed once.
pub fn embedded_cue_model() -> Result<&'static LinearModel, Error> {
    MODEL.as_ref().map_err(Clone::clone)
}

/// Below this score even a lexicon verb is taken for a noun or an idiom.
pub const LEXICON_FLOOR: f32 = 0.06;

fn mention_kind_name(mentions: &Mentions, ending_at: Option<usize>) -> &'static str {
    match ending_at
        .and_then(|token| mentions.ending_at(token))
        .map(|m| mentions.mentions[m].kind)
    {
        Some(MentionKind::Name) => "name",
        Some(MentionKind::Nominal) => "nominal",
        Some(MentionKind::Pronoun) => "pronoun",
        Some(MentionKind::Relative) => "relative",
        None => "none",
    }
}

/// The number of features of every cue candidate.
pub const CUE_FEATURE_COUNT: usize = 19;

/// The cue model's probability that token `index` is a cue, computed
/// without allocating (this runs for nearly every word of a text).
pub fn cue_score(
    model: &LinearModel,
    analysis: &TextAnalysis,
    mentions: &Mentions,
    quotes: &Quotes,
    index: usize,
) -> f32 {
    model.score_buckets(&cue_features(analysis, mentions, quotes, index))
}

/// The feature buckets of token `index` as a possible cue (a bucket may
/// repeat; training and scoring count it the same way).
pub fn cue_features(
    analysis: &TextAnalysis,
    mentions: &Mentions,
    quotes: &Quotes,
    index: usize,
) -> [usize; CUE_FEATURE_COUNT] {
    let tokens = &analysis.tokens;
    let sentence = &analysis.sentences[analysis.sentence_of_token[index]];
    let word = tokens[index].lower.as_str();
    let at = |offset: isize| -> &str {
        let position = index as isize + offset;
        if position < sentence.tokens.start as isize || position >= sentence.tokens.end as isize {
            return "<edge>";
        }
        let token = &tokens[position as usize];
        if token.lower.is_empty() {
            token.span.slice(analysis.text)
        } else {
            token.lower.as_str()
        }
    };
    let suffix = |length: usize| -> &str {
        let start = word
            .char_indices()
            .rev()
            .nth(length.saturating_sub(1))
            .map_or(0, |(at, _)| at);
        &word[start..]
    };
    let before = mention_kind_name(mentions, index.checked_sub(1));
    let next_is_that = at(1) == "that";
    let quote_after =
        quotes.opening_at(index + 1).is_some() || quotes.opening_at(index + 2).is_some();
    let quote_before = index >= 2
        && (quotes.closing_at(index - 1).is_some() || quotes.closing_at(index - 2).is_some());
    let lexicon = cue_verb(word).map_or("none", |verb| match verb.form {
        VerbForm::Present => "present",
        VerbForm::Past => "past",
        VerbForm::Participle => "participle",
    });
    let flag = |on: bool| if on { "1" } else { "0" };
    [
        hash_feature(&["bias"]),
        hash_feature(&["w", word]),
        hash_feature(&["s3", suffix(3)]),
        hash_feature(&["s2", suffix(2)]),
        hash_feature(&["p1", at(-1)]),
        hash_feature(&["p2", at(-2)]),
        hash_feature(&["n1", at(1)]),
        hash_feature(&["n2", at(2)]),
        hash_feature(&["before", before]),
        hash_feature(&["w+before", word, before]),
        hash_feature(&["that", flag(next_is_that)]),
        hash_feature(&["w+that", word, flag(next_is_that)]),
        hash_feature(&["quote_after", flag(quote_after)]),
        hash_feature(&["quote_before", flag(quote_before)]),
        hash_feature(&["w+quote", word, flag(quote_after || quote_before)]),
        hash_feature(&["lexicon", lexicon]),
        hash_feature(&[
            "cap",
            flag(tokens[index].capitalized && index > sentence.tokens.start),
        ]),
        hash_feature(&["w+n1", word, at(1)]),
        hash_feature(&["p1+w", at(-1), word]),
    ]
}

/// Whether token `index` is scored at all: a word outside quotation marks,
/// lower case unless it opens its sentence or stands in a title-case headline.
pub fn is_cue_candidate(analysis: &TextAnalysis, quotes: &Quotes, index: usize) -> bool {
    let token = &analysis.tokens[index];
    if !token.is_word() || quotes.region_at_token[index].is_some() || token.lower.len() < 2 {
        return false;
    }
    let sentence = &analysis.sentences[analysis.sentence_of_token[index]];
    !token.capitalized || index == sentence.tokens.start
}
