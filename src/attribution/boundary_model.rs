//! The learned content boundary: where reported content that runs on
//! after its cue stops. The rules of `plain_content` cut before what they
//! recognise (a participle clause, a second reporting verb, a writer's
//! gloss); everything else used to run to the end of the sentence, so that
//! "endorsed Canova in late May" reported "Canova in late May" and "will
//! sue the state over voter access after the primary left thousands
//! waiting" reported all of it. PolNeAR's annotators stop at the reported
//! thing itself, and where exactly depends on the words at the cut, the
//! word that opened the content and how far the content has run: a choice
//! a small model learns better than another rule.
//!
//! The model is a [`LinearModel`] over hashed features of each possible cut
//! (a punctuation mark, a function word or an -ing word outside quotation
//! marks): "cut before this token?". Content is cut at the first place it
//! says yes. Trained by `whosaid train-attribution` on PolNeAR's training
//! split against the rules' own output, so it learns only what the rules
//! leave over; the weights are in `src/attribution/boundary_model.bin`
//! (generated, do not edit).

use crate::error::Error;
use crate::linear::{combined_feature, LinearModel, EDGE_WORD};
use crate::quotes::Quotes;
use crate::text::{TextAnalysis, TokenKind};
use crate::wordset::{word_hash, HashedWordMap};
use std::sync::LazyLock;

const MODEL_BYTES: &[u8] = include_bytes!("boundary_model.bin");

static MODEL: LazyLock<Result<LinearModel, Error>> =
    LazyLock::new(|| LinearModel::parse(MODEL_BYTES));

/// The embedded boundary model, parsed once.
pub fn embedded_boundary_model() -> Result<&'static LinearModel, Error> {
    MODEL.as_ref().map_err(Clone::clone)
}

/// Function words that may open what follows the reported content: an
/// adjunct ("in late May", "during a rally"), a subordinate clause
/// ("because …", "which …") or a second predicate ("and …").
#[rustfmt::skip]
const BOUNDARY_WORDS: &[&str] = &[
    "in", "at", "on", "during", "after", "before", "since", "for", "with", "from", "over", "by",
    "amid", "despite", "without", "as", "because", "while", "when", "although", "though", "if",
    "unless", "until", "where", "which", "who", "whose", "whom", "and", "but", "or", "so",
    "than", "to", "including", "according", "about", "against", "into", "through", "following",
    "ahead", "even", "instead", "rather", "saying", "that", "under", "via", "whether", "then",
    "last", "this", "late", "early", "earlier", "later", "now", "just", "around", "next", "up",
    "yesterday", "today", "tonight", "again", "only", "too", "is", "was", "could", "would",
];

/// Days and months, capitalised, that open a time adjunct ("… Trump Tuesday").
#[rustfmt::skip]
const TIME_NAMES: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec",
];

/// Auxiliaries and modals, the finite verbs a content clause most often has.
#[rustfmt::skip]
const VERB_WORDS: &[&str] = &[
    "is", "was", "are", "were", "be", "been", "has", "have", "had", "will", "would", "could",
    "can", "may", "might", "should", "must", "does", "did", "do", "'s", "\u{2019}s", "'re",
    "\u{2019}re", "'ll", "\u{2019}ll", "'ve", "\u{2019}ve", "'d", "\u{2019}d", "wo", "ca",
];

/// Bits of [`WORD_CLASSES`].
mod class {
    pub const BOUNDARY: u8 = 1;
    pub const VERB: u8 = 2;
    pub const TIME_NAME: u8 = 4;
}

/// The three lists in one table, looked up by the hash every token already
/// has (this runs for every token of every content).
static WORD_CLASSES: LazyLock<HashedWordMap<u8>> = LazyLock::new(|| {
    HashedWordMap::from_lists(&[
        (BOUNDARY_WORDS, class::BOUNDARY),
        (VERB_WORDS, class::VERB),
        (TIME_NAMES, class::TIME_NAME),
    ])
});

/// The [`class`] bits of token `index`.
fn word_class(analysis: &TextAnalysis, index: usize) -> u8 {
    WORD_CLASSES
        .get_hashed(
            analysis.token_hashes[index],
            analysis.tokens[index].lower.as_str(),
        )
        .unwrap_or(0)
}

/// Whether word token `index` looks like a finite verb: an auxiliary, a
/// modal or a past form in -ed.
pub fn looks_like_verb(analysis: &TextAnalysis, index: usize) -> bool {
    let word = analysis.tokens[index].lower.as_str();
    word_class(analysis, index) & class::VERB != 0 || (word.len() > 3 && word.ends_with("ed"))
}

/// What the content has held before a possible cut, kept by the caller as
/// it walks the content (so that no feature rescans it).
#[derive(Clone, Copy, Debug, Default)]
pub struct ContentSoFar {
    /// Whether a comma outside quotation marks has been passed.
    pub comma: bool,
    /// Whether a quotation has closed inside the content.
    pub quote_closed: bool,
    /// Whether a word that looks like a finite verb has been passed (an
    /// auxiliary, a modal, a past form in -ed): content that is a clause
    /// keeps its adjuncts, content that is a noun phrase does not.
    pub verb: bool,
}

impl ContentSoFar {
    /// The state after token `index` too.
    pub fn pass(&mut self, analysis: &TextAnalysis, quotes: &Quotes, index: usize) {
        let token = &analysis.tokens[index];
        match token.kind {
            TokenKind::Punct(',') if quotes.region_at_token[index].is_none() => self.comma = true,
            TokenKind::Word if !self.verb => self.verb = looks_like_verb(analysis, index),
            _ => {}
        }
        if quotes.closing_at(index).is_some() {
            self.quote_closed = true;
        }
    }
}

/// Whether content that starts at token `start` may be cut before token
/// `index`: a punctuation mark that can end a phrase, a boundary word or a
/// lower-case -ing word, outside quotation marks, with at least one token
/// of content left before it.
pub fn is_boundary_candidate(
    analysis: &TextAnalysis,
    quotes: &Quotes,
    start: usize,
    index: usize,
) -> bool {
    if index < start + 1
        || index >= analysis.tokens.len()
        || quotes.region_at_token[index].is_some()
    {
        return false;
    }
    let token = &analysis.tokens[index];
    match token.kind {
        TokenKind::Punct(',' | ';' | '(' | '—' | '–' | ':') => true,
        TokenKind::Word if !token.capitalized => {
            word_class(analysis, index) & class::BOUNDARY != 0
                || (token.lower.len() > 4 && token.lower.ends_with("ing"))
        }
        TokenKind::Word => word_class(analysis, index) & class::TIME_NAME != 0,
        _ => false,
    }
}

/// The number of features of every possible cut.
pub const BOUNDARY_FEATURE_COUNT: usize = 18;

/// The feature templates, hashed once at compile time.
mod template {
    use crate::linear::FeatureHash;
    pub const BIAS: FeatureHash = FeatureHash::template("b.bias");
    pub const WORD: FeatureHash = FeatureHash::template("b.w");
    pub const NEXT: FeatureHash = FeatureHash::template("b.n1");
    pub const PREVIOUS: FeatureHash = FeatureHash::template("b.p1");
    pub const WORD_NEXT: FeatureHash = FeatureHash::template("b.w+n1");
    pub const PREVIOUS_WORD: FeatureHash = FeatureHash::template("b.p1+w");
    pub const OPENER: FeatureHash = FeatureHash::template("b.opener");
    pub const OPENER_WORD: FeatureHash = FeatureHash::template("b.opener+w");
    pub const FIRST_WORD: FeatureHash = FeatureHash::template("b.first+w");
    pub const DISTANCE: FeatureHash = FeatureHash::template("b.distance");
    pub const DISTANCE_WORD: FeatureHash = FeatureHash::template("b.distance+w");
    pub const REMAINING: FeatureHash = FeatureHash::template("b.remaining");
    pub const COMMA_WORD: FeatureHash = FeatureHash::template("b.comma+w");
    pub const QUOTE_WORD: FeatureHash = FeatureHash::template("b.quote+w");
    pub const CAPITALIZED_NEXT: FeatureHash = FeatureHash::template("b.capnext+w");
    pub const NEXT_SUFFIX: FeatureHash = FeatureHash::template("b.n1suffix+w");
    pub const VERB_WORD: FeatureHash = FeatureHash::template("b.verb+w");
    pub const CUE_WORD: FeatureHash = FeatureHash::template("b.cue+w");
}

/// A token count as a small class: 2, 3, 4–5, 6–8, 9–12, 13–20, 21 or more.
fn length_class(count: usize) -> u32 {
    match count {
        0..=2 => 0,
        3 => 1,
        4..=5 => 2,
        6..=8 => 3,
        9..=12 => 4,
        13..=20 => 5,
        _ => 6,
    }
}

/// The feature buckets of cutting the content that starts at `start` (and
/// that the rules let run to `last`, inclusive) before token `index`.
pub fn boundary_features(
    analysis: &TextAnalysis,
    start: usize,
    last: usize,
    index: usize,
    so_far: ContentSoFar,
) -> [usize; BOUNDARY_FEATURE_COUNT] {
    let tokens = &analysis.tokens;
    let hash_at = |position: Option<usize>| -> u32 {
        position
            .and_then(|p| analysis.token_hashes.get(p).copied())
            .unwrap_or(EDGE_WORD)
    };
    let word = analysis.token_hashes[index];
    let next = hash_at(Some(index + 1));
    let previous = hash_at(index.checked_sub(1));
    let opener = hash_at(start.checked_sub(1));
    // The word before the opener: the cue itself when the content opens
    // on "that" or a determiner ("said that …", "praised the …").
    let cue = hash_at(start.checked_sub(2));
    let first = analysis.token_hashes[start];
    let distance = length_class(index - start);
    let remaining = length_class(last.saturating_sub(index) + 1);
    let next_token = tokens.get(index + 1);
    let capitalized_next = next_token.is_some_and(|t| t.capitalized);
    let next_suffix = next_token.map_or(EDGE_WORD, |t| {
        let lower = t.lower.as_str();
        let cut = lower
            .char_indices()
            .rev()
            .nth(2)
            .map_or(0, |(position, _)| position);
        word_hash(&lower[cut..])
    });
    [
        combined_feature(template::BIAS, 0, 0),
        combined_feature(template::WORD, word, 0),
        combined_feature(template::NEXT, next, 0),
        combined_feature(template::PREVIOUS, previous, 0),
        combined_feature(template::WORD_NEXT, word, next),
        combined_feature(template::PREVIOUS_WORD, previous, word),
        combined_feature(template::OPENER, opener, 0),
        combined_feature(template::OPENER_WORD, opener, word),
        combined_feature(template::FIRST_WORD, first, word),
        combined_feature(template::DISTANCE, distance, 0),
        combined_feature(template::DISTANCE_WORD, word, distance),
        combined_feature(template::REMAINING, remaining, 0),
        combined_feature(template::COMMA_WORD, word, u32::from(so_far.comma)),
        combined_feature(template::QUOTE_WORD, word, u32::from(so_far.quote_closed)),
        combined_feature(
            template::CAPITALIZED_NEXT,
            word,
            u32::from(capitalized_next),
        ),
        combined_feature(template::NEXT_SUFFIX, word, next_suffix),
        combined_feature(template::VERB_WORD, word, u32::from(so_far.verb)),
        combined_feature(template::CUE_WORD, cue, word),
    ]
}

/// What the content held before each token from `start` to `last`: the
/// state [`boundary_features`] wants at every possible cut, computed in one
/// pass (for training, which sees each content once).
pub fn content_states(
    quotes: &Quotes,
    analysis: &TextAnalysis,
    start: usize,
    last: usize,
) -> Vec<ContentSoFar> {
    let mut states = Vec::with_capacity(last + 1 - start);
    let mut state = ContentSoFar::default();
    for index in start..=last {
        states.push(state);
        state.pass(analysis, quotes, index);
    }
    states
}
