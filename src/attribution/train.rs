//! Training of the cue detector on PolNeAR (native only).

use super::cue_model::{cue_features, is_cue_candidate};
use crate::corpora::polnear::GoldDocument;
use crate::linear::train::{best_threshold, train, Examples, TrainingSettings};
use crate::linear::LinearModel;
use crate::mentions::Mentions;
use crate::quotes::Quotes;
use crate::text::TextAnalysis;

/// Words that end a multi-word cue without being its head ("referring to").
const TRAILING_PARTICLES: &[&str] = &[
    "to", "for", "of", "about", "on", "in", "at", "with", "as", "out", "up",
];

/// One example per cue candidate of every document: positive when the
/// token is the head of a gold cue (its last word that is not a particle).
pub fn cue_examples(documents: &[&GoldDocument]) -> Examples {
    let mut examples = Vec::new();
    for document in documents {
        let analysis = TextAnalysis::new(&document.text);
        let mentions = Mentions::find(&analysis);
        let quotes = Quotes::find(&analysis);
        let mut is_head = vec![false; analysis.tokens.len()];
        for attribution in &document.attributions {
            let covered: Vec<usize> = (0..analysis.tokens.len())
                .filter(|&t| {
                    attribution
                        .cue
                        .iter()
                        .any(|span| span.overlaps(analysis.tokens[t].span))
                })
                .filter(|&t| analysis.tokens[t].is_word())
                .collect();
            let head = covered
                .iter()
                .rev()
                .find(|&&t| !TRAILING_PARTICLES.contains(&analysis.tokens[t].lower.as_str()))
                .or(covered.last());
            if let Some(&head) = head {
                is_head[head] = true;
            }
        }
        for (index, &head) in is_head.iter().enumerate() {
            if is_cue_candidate(&analysis, &quotes, index) {
                examples.push((
                    cue_features(&analysis, &mentions, &quotes, index).to_vec(),
                    head,
                    1.0,
                ));
            }
        }
    }
    examples
}

/// Whether an article is set aside to choose the threshold: a fixed
/// function of its name.
fn is_tuning_document(document: &GoldDocument) -> bool {
    document.name.bytes().fold(0u32, |hash, byte| {
        hash.wrapping_mul(31).wrapping_add(u32::from(byte))
    }) % 10
        == 0
}

/// Trains on nine tenths of the articles, picks the threshold with the best
/// F1 on the other tenth, then retrains on all of them.
pub fn train_cue_model(documents: &[GoldDocument]) -> LinearModel {
    let settings = TrainingSettings {
        epochs: 6,
        ..TrainingSettings::default()
    };
    let (tune, fit): (Vec<&GoldDocument>, Vec<&GoldDocument>) =
        documents.iter().partition(|d| is_tuning_document(d));
    let first = train(&cue_examples(&fit), settings);
    let scored: Vec<(f32, bool)> = cue_examples(&tune)
        .iter()
        .map(|(buckets, label, _)| (first.score_buckets(buckets), *label))
        .collect();
    let threshold = best_threshold(&scored);
    let all: Vec<&GoldDocument> = documents.iter().collect();
    let mut model = train(&cue_examples(&all), settings);
    model.threshold = threshold;
    model
}
