//! Stage 5 of the pipeline: checkable claims.
//!
//! Candidate units are sentences, or the part of a sentence that is an
//! attribution's content (so a claim made inside a quote is the quoted
//! words, linked to the quote and its speaker). Each unit is scored by the
//! embedded logistic-regression model ([`model`]), trained by
//! `whosaid train-claims` on debate sentences labelled check-worthy; units
//! at or above the model's threshold become claims. The claim's kind
//! follows Full Fact's categories plus `event`, decided by cue words.

pub mod features;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use crate::attribution::Attribution;
use crate::error::Error;
use crate::order::sort_by_position;
use crate::span::Span;
use crate::text::{TextAnalysis, TokenKind};
use crate::wordset::HashedWordMap;
use serde::Serialize;
use std::ops::Range;
use std::sync::LazyLock;

/// Full Fact's claim categories, plus `event`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ClaimKind {
    /// Numbers and statistics.
    Quantity,
    /// Cause and effect.
    Correlation,
    /// Laws and rules of operation.
    Rule,
    /// Claims about the future.
    Prediction,
    /// What the speaker saw or did.
    PersonalExperience,
    /// A checkable past event.
    Event,
    /// Any other checkable claim.
    Other,
}

impl ClaimKind {
    /// Every kind, in declaration order: a kind's number (`kind as u32`)
    /// is its index here.
    pub const ALL: [ClaimKind; 7] = [
        ClaimKind::Quantity,
        ClaimKind::Correlation,
        ClaimKind::Rule,
        ClaimKind::Prediction,
        ClaimKind::PersonalExperience,
        ClaimKind::Event,
        ClaimKind::Other,
    ];
}

/// One claim: a byte span, its kind, its score and its attribution.
#[derive(Clone, Debug)]
pub struct Claim {
    /// The claim's text.
    pub span: Span,
    /// Its kind.
    pub kind: ClaimKind,
    /// Check-worthiness in [0, 1].
    pub score: f32,
    /// The attribution whose content holds the claim.
    pub attribution: Option<usize>,
}

/// Bits of [`KIND_WORDS`]: the cue-word lists of the claim kinds.
const PREDICTION_WORD: u8 = 1;
const CORRELATION_WORD: u8 = 1 << 1;
const RULE_WORD: u8 = 1 << 2;
const NUMBER_WORD: u8 = 1 << 3;
const FIRST_PERSON_WORD: u8 = 1 << 4;
const EXPERIENCE_VERB: u8 = 1 << 5;
const PAST_VERB: u8 = 1 << 6;
const MODAL: u8 = 1 << 7;

#[rustfmt::skip]
const KIND_WORD_LISTS: [(&[&str], u8); 8] = [
    (&["will", "won't", "going", "forecast", "forecasts", "predict", "predicts", "projected",
       "expected", "expects", "expect", "expecting", "predicted", "projects", "projection",
       "projections", "shall"], PREDICTION_WORD),
    (&["because", "cause", "causes", "caused", "causing", "due", "leads", "led", "result",
       "results", "linked", "thanks", "responsible", "reduces", "reduced", "increases", "boosts",
       "fuels", "fueled", "drives", "driven"], CORRELATION_WORD),
    (&["law", "laws", "illegal", "legal", "legally", "unconstitutional", "constitution", "rule",
       "rules", "regulation", "regulations", "required", "requires", "mandatory", "banned", "bans",
       "ban", "prohibited", "allowed", "permitted", "statute", "treaty", "act"], RULE_WORD),
    (&["percent", "million", "billion", "trillion", "thousand", "hundred", "half", "doubled",
       "tripled", "dozen", "dozens", "hundreds", "thousands", "millions", "billions", "third",
       "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "twofold", "threefold",
       "fourfold", "majority", "minority"], NUMBER_WORD),
    (&["i", "we", "my", "our"], FIRST_PERSON_WORD),
    (&["was", "were", "saw", "met", "went", "had", "did", "have", "worked", "grew", "lived",
       "visited", "spent"], EXPERIENCE_VERB),
    (&["was", "were", "met", "went", "won", "lost", "signed", "said", "told", "made", "took",
       "gave", "held", "sent", "began", "left", "fled", "struck", "hit", "visited"], PAST_VERB),
    (&["could", "may", "might", "would"], MODAL),
];

/// Every cue word of [`KIND_WORD_LISTS`] with the bits of its lists.
static KIND_WORDS: LazyLock<HashedWordMap<u8>> =
    LazyLock::new(|| HashedWordMap::from_lists(&KIND_WORD_LISTS));

/// The claim kind of a text on its own (see [`token_claim_kind`]).
pub fn claim_kind(text: &str) -> ClaimKind {
    let analysis = TextAnalysis::new(text);
    token_claim_kind(&analysis, 0..analysis.tokens.len())
}

/// The claim kind of the tokens `range` of `analysis`, by their cue words.
/// The first kind whose cues are present wins, in the order prediction,
/// correlation, rule, quantity, personal experience, event.
pub fn token_claim_kind(analysis: &TextAnalysis, range: Range<usize>) -> ClaimKind {
    let mut found = 0u8;
    let mut has_digit = false;
    let mut has_past_ending = false;
    let mut looks_ahead = false;
    let words = range.filter(|&index| {
        matches!(
            analysis.tokens[index].kind,
            TokenKind::Word | TokenKind::Number
        )
    });
    let lower = |index: usize| analysis.tokens.get(index).map_or("", |t| t.lower.as_str());
    for index in words {
        let word = lower(index);
        let bits = KIND_WORDS
            .get_hashed(analysis.token_hashes[index], word)
            .unwrap_or(0);
        found |= bits;
        has_digit |= word.bytes().any(|byte| byte.is_ascii_digit());
        has_past_ending |= word.len() > 4 && word.ends_with("ed");
        // "is set to", "are set to"
        looks_ahead |=
            matches!(word, "is" | "are") && lower(index + 1) == "set" && lower(index + 2) == "to";
        // "temperatures could reach 44C", "margins may narrow": a modal
        // before a verb of change looks ahead too.
        looks_ahead |= bits & MODAL != 0
            && matches!(
                lower(index + 1),
                "reach"
                    | "rise"
                    | "fall"
                    | "hit"
                    | "top"
                    | "exceed"
                    | "double"
                    | "grow"
                    | "drop"
                    | "climb"
                    | "increase"
                    | "decrease"
                    | "ease"
                    | "narrow"
                    | "shrink"
            );
    }
    let has = |bit: u8| found & bit != 0;
    if has(PREDICTION_WORD) || looks_ahead {
        ClaimKind::Prediction
    } else if has(CORRELATION_WORD) {
        ClaimKind::Correlation
    } else if has(RULE_WORD) {
        ClaimKind::Rule
    } else if has_digit || has(NUMBER_WORD) {
        ClaimKind::Quantity
    } else if has(FIRST_PERSON_WORD) && has(EXPERIENCE_VERB) {
        ClaimKind::PersonalExperience
    } else if has_past_ending || has(PAST_VERB) {
        ClaimKind::Event
    } else {
        ClaimKind::Other
    }
}

/// The candidate units of a text: (token range, attribution index).
/// Content parts are swept in order alongside the sentences, so the cost
/// stays linear in the text.
fn candidate_units(
    analysis: &TextAnalysis,
    attributions: &[Attribution],
) -> Vec<(std::ops::Range<usize>, Option<usize>)> {
    let mut parts: Vec<(std::ops::Range<usize>, usize)> = attributions
        .iter()
        .enumerate()
        .flat_map(|(index, attribution)| {
            attribution
                .content
                .iter()
                .map(move |part| (part.clone(), index))
        })
        .collect();
    sort_by_position(&mut parts, |(part, _)| part.start);
    let mut units = Vec::new();
    let mut first_open = 0;
    for sentence in &analysis.sentences {
        while first_open < parts.len() && parts[first_open].0.end <= sentence.tokens.start {
            first_open += 1;
        }
        let mut covered = false;
        for (part, index) in &parts[first_open..] {
            if part.start >= sentence.tokens.end {
                break;
            }
            let start = part.start.max(sentence.tokens.start);
            let end = part.end.min(sentence.tokens.end);
            if start < end {
                units.push((start..end, Some(*index)));
                covered = true;
            }
        }
        if !covered {
            units.push((sentence.tokens.clone(), None));
        }
    }
    units
}

/// Finds, scores and types the claims of a text.
pub fn find_claims(
    analysis: &TextAnalysis,
    attributions: &[Attribution],
) -> Result<Vec<Claim>, Error> {
    let model = model::embedded_model()?;
    let mut claims = Vec::new();
    let mut features = Vec::with_capacity(64);
    for (range, attribution) in candidate_units(analysis, attributions) {
        // Trim quotation marks and punctuation from both ends of the unit,
        // but not the signs that belong to a number ("$300 million", "53%").
        let tokens = &analysis.tokens;
        let mut first = range.start;
        let mut last = range.end;
        while first < last
            && !matches!(
                tokens[first].kind,
                TokenKind::Word | TokenKind::Number | TokenKind::Punct('$' | '£' | '€' | '¥')
            )
        {
            first += 1;
        }
        while last > first
            && !matches!(
                tokens[last - 1].kind,
                TokenKind::Word | TokenKind::Number | TokenKind::Punct('%')
            )
        {
            last -= 1;
        }
        // Keep a quotation mark that closes one opened inside the claim
        // ("the plan was “a fantasy”"), so the claim's marks stay balanced.
        let marks_inside = tokens[first..last]
            .iter()
            .filter(|t| t.quote_char().is_some_and(|q| q.is_double()))
            .count();
        if marks_inside % 2 == 1 {
            if let Some(next) =
                (last..range.end).find(|&t| tokens[t].quote_char().is_some_and(|q| q.is_double()))
            {
                last = next + 1;
            }
        }
        let word_count = tokens[first..last]
            .iter()
            .filter(|t| matches!(t.kind, TokenKind::Word | TokenKind::Number))
            .count();
        if word_count < 5 {
            continue;
        }
        let span = analysis.token_range_span(first, last - 1);
        // The sentence's own end mark decides whether it is a question.
        let score = model::score_tokens(model, analysis, first..range.end, &mut features);
        if score < model.threshold {
            continue;
        }
        claims.push(Claim {
            span,
            kind: token_claim_kind(analysis, first..last),
            score,
            attribution,
        });
    }
    Ok(claims)
}
