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
use crate::span::Span;
use crate::text::{TextAnalysis, TokenKind};
use serde::Serialize;

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

fn contains_any(words: &[&str], list: &[&str]) -> bool {
    words.iter().any(|word| list.contains(word))
}

/// The claim kind of a unit of text, by its cue words.
pub fn claim_kind(text: &str) -> ClaimKind {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '%' || c == '\'' || c == '’' || c == '$'))
        .filter(|w| !w.is_empty())
        .collect();
    let has_phrase = |phrase: &str| lower.contains(phrase);
    if contains_any(
        &words,
        &[
            "will",
            "won't",
            "going",
            "forecast",
            "forecasts",
            "predict",
            "predicts",
            "projected",
            "expected",
        ],
    ) || has_phrase("is set to")
        || has_phrase("are set to")
    {
        return ClaimKind::Prediction;
    }
    if contains_any(
        &words,
        &[
            "because",
            "cause",
            "causes",
            "caused",
            "causing",
            "due",
            "leads",
            "led",
            "result",
            "results",
            "linked",
            "thanks",
            "responsible",
            "reduces",
            "reduced",
            "increases",
            "boosts",
            "fuels",
            "fueled",
            "drives",
            "driven",
        ],
    ) {
        return ClaimKind::Correlation;
    }
    if contains_any(
        &words,
        &[
            "law",
            "laws",
            "illegal",
            "legal",
            "legally",
            "unconstitutional",
            "constitution",
            "rule",
            "rules",
            "regulation",
            "regulations",
            "required",
            "requires",
            "mandatory",
            "banned",
            "bans",
            "ban",
            "prohibited",
            "allowed",
            "permitted",
            "statute",
            "treaty",
            "act",
        ],
    ) {
        return ClaimKind::Rule;
    }
    let has_number = words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit()))
        || contains_any(
            &words,
            &[
                "percent",
                "million",
                "billion",
                "trillion",
                "thousand",
                "hundred",
                "half",
                "doubled",
                "tripled",
                "dozen",
                "dozens",
                "hundreds",
                "thousands",
                "millions",
                "billions",
            ],
        );
    if has_number {
        return ClaimKind::Quantity;
    }
    if contains_any(&words, &["i", "we", "my", "our"])
        && contains_any(
            &words,
            &[
                "was", "were", "saw", "met", "went", "had", "did", "have", "worked", "grew",
                "lived", "visited", "spent",
            ],
        )
    {
        return ClaimKind::PersonalExperience;
    }
    let past = words.iter().any(|w| w.len() > 4 && w.ends_with("ed"))
        || contains_any(
            &words,
            &[
                "was", "were", "met", "went", "won", "lost", "signed", "said", "told", "made",
                "took", "gave", "held", "sent", "began", "left", "fled", "struck", "hit",
                "visited",
            ],
        );
    if past {
        return ClaimKind::Event;
    }
    ClaimKind::Other
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
    parts.sort_by_key(|(part, _)| part.start);
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
    for (range, attribution) in candidate_units(analysis, attributions) {
        // Trim quotation marks and punctuation from both ends of the unit.
        let tokens = &analysis.tokens;
        let mut first = range.start;
        let mut last = range.end;
        while first < last && !matches!(tokens[first].kind, TokenKind::Word | TokenKind::Number) {
            first += 1;
        }
        while last > first && !matches!(tokens[last - 1].kind, TokenKind::Word | TokenKind::Number)
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
        let with_end = analysis.token_range_span(first, range.end - 1);
        let text = with_end.slice(analysis.text);
        let score = model::score(model, text);
        if score < model.threshold {
            continue;
        }
        claims.push(Claim {
            span,
            kind: claim_kind(span.slice(analysis.text)),
            score,
            attribution,
        });
    }
    Ok(claims)
}
