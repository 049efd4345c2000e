//! The learned cue detector: a [`LinearModel`] that scores every word
//! outside quotation marks as a possible reporting cue, from the word, its
//! ending, its neighbours and what stands around it (a name or pronoun
//! before it, "that", a colon or a quotation after it). Trained by
//! `whosaid train-attribution` on PolNeAR's training split; the weights are in
//! `src/attribution/cue_model.bin` (generated, do not edit).
//!
//! The hand-written lexicon of [`super::cues`] stays the first authority:
//! a lexicon verb is a cue unless the model finds it very unlikely (a noun
//! use such as "the state"), and a word outside the lexicon is a cue only
//! when the model is confident.

use super::cues::{cue_verb_hashed, CueVerb, VerbForm};
use crate::error::Error;
use crate::linear::{combined_feature, log_odds, LinearModel, EDGE_WORD};
use crate::mentions::{MentionKind, Mentions};
use crate::quotes::Quotes;
use crate::text::TextAnalysis;
use crate::wordset::{word_hash, HashedWordMap};
use std::sync::LazyLock;

const MODEL_BYTES: &[u8] = include_bytes!("cue_model.bin");

static MODEL: LazyLock<Result<LinearModel, Error>> =
    LazyLock::new(|| LinearModel::parse(MODEL_BYTES));

/// The embedded cue model, parsed once.
pub fn embedded_cue_model() -> Result<&'static LinearModel, Error> {
    MODEL.as_ref().map_err(Clone::clone)
}

/// Below this score even a lexicon verb is taken for a noun or an idiom.
pub const LEXICON_FLOOR: f32 = 0.06;

/// The class of the mention ending just before a token, as a small number.
fn mention_kind_before(mentions: &Mentions, ending_at: Option<usize>) -> u32 {
    match ending_at
        .and_then(|token| mentions.ending_at(token))
        .map(|m| mentions.mentions[m].kind)
    {
        None => 0,
        Some(MentionKind::Name) => 1,
        Some(MentionKind::Nominal) => 2,
        Some(MentionKind::Pronoun) => 3,
        Some(MentionKind::Relative) => 4,
    }
}

/// The number of features of every cue candidate.
pub const CUE_FEATURE_COUNT: usize = 19;

/// The cue model's log-odds that token `index` is a cue, computed without
/// allocating (this runs for nearly every word of a text, so it stops
/// before the logistic function: callers compare it with thresholds turned
/// into log-odds once). `form` is the lexicon's entry for the token
/// ([`cue_verb`](super::cues::cue_verb)), which the caller has looked up already.
pub fn cue_log_odds(
    model: &LinearModel,
    analysis: &TextAnalysis,
    mentions: &Mentions,
    quotes: &Quotes,
    index: usize,
    form: Option<CueVerb>,
) -> f32 {
    model.weight_sum(&features_with_form(analysis, mentions, quotes, index, form))
}

/// [`LEXICON_FLOOR`] as log-odds.
pub fn lexicon_floor_log_odds() -> f32 {
    log_odds(LEXICON_FLOOR)
}

/// The feature templates, hashed once at compile time.
mod template {
    use crate::linear::FeatureHash;
    pub const BIAS: FeatureHash = FeatureHash::template("bias");
    pub const WORD: FeatureHash = FeatureHash::template("w");
    pub const SUFFIX3: FeatureHash = FeatureHash::template("s3");
    pub const SUFFIX2: FeatureHash = FeatureHash::template("s2");
    pub const PREVIOUS1: FeatureHash = FeatureHash::template("p1");
    pub const PREVIOUS2: FeatureHash = FeatureHash::template("p2");
    pub const NEXT1: FeatureHash = FeatureHash::template("n1");
    pub const NEXT2: FeatureHash = FeatureHash::template("n2");
    pub const BEFORE: FeatureHash = FeatureHash::template("before");
    pub const WORD_BEFORE: FeatureHash = FeatureHash::template("w+before");
    pub const THAT: FeatureHash = FeatureHash::template("that");
    pub const WORD_THAT: FeatureHash = FeatureHash::template("w+that");
    pub const QUOTE_AFTER: FeatureHash = FeatureHash::template("quote_after");
    pub const QUOTE_BEFORE: FeatureHash = FeatureHash::template("quote_before");
    pub const WORD_QUOTE: FeatureHash = FeatureHash::template("w+quote");
    pub const LEXICON: FeatureHash = FeatureHash::template("lexicon");
    pub const CAPITALIZED: FeatureHash = FeatureHash::template("cap");
    pub const WORD_NEXT1: FeatureHash = FeatureHash::template("w+n1");
    pub const PREVIOUS1_WORD: FeatureHash = FeatureHash::template("p1+w");
}

/// The hash of "that", to recognise it among the neighbours' hashes.
const THAT_WORD: u32 = word_hash("that");

/// The feature buckets of token `index` as a possible cue (a bucket may
/// repeat; training and scoring count it the same way). Words enter as the
/// hashes [`TextAnalysis::token_hashes`] holds, combined with the template
/// by [`combined_feature`].
pub fn cue_features(
    analysis: &TextAnalysis,
    mentions: &Mentions,
    quotes: &Quotes,
    index: usize,
) -> [usize; CUE_FEATURE_COUNT] {
    let form = cue_verb_hashed(
        analysis.token_hashes[index],
        analysis.tokens[index].lower.as_str(),
    );
    features_with_form(analysis, mentions, quotes, index, form)
}

/// [`cue_features`] with the token's lexicon entry given.
fn features_with_form(
    analysis: &TextAnalysis,
    mentions: &Mentions,
    quotes: &Quotes,
    index: usize,
    form: Option<CueVerb>,
) -> [usize; CUE_FEATURE_COUNT] {
    let tokens = &analysis.tokens;
    let sentence = &analysis.sentences[analysis.sentence_of_token[index]];
    let word_text = tokens[index].lower.as_str();
    let word = analysis.token_hashes[index];
    let at = |offset: isize| -> u32 {
        let position = index as isize + offset;
        if position < sentence.tokens.start as isize || position >= sentence.tokens.end as isize {
            EDGE_WORD
        } else {
            analysis.token_hashes[position as usize]
        }
    };
    let suffix = |length: usize| -> u32 {
        let start = word_text
            .char_indices()
            .rev()
            .nth(length.saturating_sub(1))
            .map_or(0, |(at, _)| at);
        word_hash(&word_text[start..])
    };
    let before = mention_kind_before(mentions, index.checked_sub(1));
    let next = at(1);
    let previous = at(-1);
    let next_is_that = u32::from(next == THAT_WORD);
    let quote_after =
        quotes.opening_at(index + 1).is_some() || quotes.opening_at(index + 2).is_some();
    let quote_before = index >= 2
        && (quotes.closing_at(index - 1).is_some() || quotes.closing_at(index - 2).is_some());
    let lexicon = form.map_or(0, |verb| match verb.form {
        VerbForm::Present => 1,
        VerbForm::Past => 2,
        VerbForm::Participle => 3,
    });
    let capitalized = tokens[index].capitalized && index > sentence.tokens.start;
    [
        combined_feature(template::BIAS, 0, 0),
        combined_feature(template::WORD, word, 0),
        combined_feature(template::SUFFIX3, suffix(3), 0),
        combined_feature(template::SUFFIX2, suffix(2), 0),
        combined_feature(template::PREVIOUS1, previous, 0),
        combined_feature(template::PREVIOUS2, at(-2), 0),
        combined_feature(template::NEXT1, next, 0),
        combined_feature(template::NEXT2, at(2), 0),
        combined_feature(template::BEFORE, before, 0),
        combined_feature(template::WORD_BEFORE, word, before),
        combined_feature(template::THAT, next_is_that, 0),
        combined_feature(template::WORD_THAT, word, next_is_that),
        combined_feature(template::QUOTE_AFTER, u32::from(quote_after), 0),
        combined_feature(template::QUOTE_BEFORE, u32::from(quote_before), 0),
        combined_feature(
            template::WORD_QUOTE,
            word,
            u32::from(quote_after || quote_before),
        ),
        combined_feature(template::LEXICON, lexicon, 0),
        combined_feature(template::CAPITALIZED, u32::from(capitalized), 0),
        combined_feature(template::WORD_NEXT1, word, next),
        combined_feature(template::PREVIOUS1_WORD, previous, word),
    ]
}

/// Function words that are not reporting verbs and that the cue model never
/// scores near its threshold (on PolNeAR's 924 articles none of them
/// reaches 0.25, against a threshold of 0.37): they are about a third of all
/// candidates, so [`is_never_a_cue`] spares computing their features.
#[rustfmt::skip]
pub const NEVER_CUES: &[&str] = &[
    "the", "to", "of", "in", "and", "that", "for", "on", "he", "'s", "\u{2019}s", "his", "as",
    "with", "has", "at", "who", "but", "an", "her", "have", "not", "she", "be", "are", "would",
    "they", "had", "their", "this", "will", "which", "one", "been", "than", "or", "were", "him",
    "if", "its", "some", "could", "what", "there", "so", "those", "them", "no", "can", "where",
    "should", "may", "do", "did", "any", "because", "while", "how",
];

static NEVER_CUE_WORDS: LazyLock<HashedWordMap<bool>> =
    LazyLock::new(|| HashedWordMap::from_lists(&[(NEVER_CUES, true)]));

/// Whether token `index` is one of the [`NEVER_CUES`].
pub fn is_never_a_cue(analysis: &TextAnalysis, index: usize) -> bool {
    let word = analysis.tokens[index].lower.as_str();
    NEVER_CUE_WORDS
        .get_hashed(analysis.token_hashes[index], word)
        .is_some()
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
