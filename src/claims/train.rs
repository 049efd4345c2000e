//! The check-worthiness training recipe and its data split (native only).

use super::features::features;
use super::model::score;
use crate::corpora::checkworthy::LabelledSentence;
use crate::linear::train::{
    best_threshold, precision_recall_f1, train, Examples, TrainingSettings,
};
use crate::linear::LinearModel;

/// Turns sentences into examples, weighting each group by `weight_of`.
pub fn featurise(
    sentences: &[&LabelledSentence],
    weight_of: impl Fn(&LabelledSentence) -> f32,
) -> Examples {
    sentences
        .iter()
        .map(|sentence| {
            (
                features(&sentence.text),
                sentence.check_worthy,
                weight_of(sentence),
            )
        })
        .collect()
}

/// The AdaGrad learning rates the recipe chooses from.
const LEARNING_RATES: [f32; 4] = [0.2, 0.05, 0.02, 0.01];

/// Whether a ClaimBuster sentence belongs to the held-out fifth: a fixed
/// function of its id, so every run holds out the same sentences.
pub fn is_held_out(sentence: &LabelledSentence) -> bool {
    let mut mixed = sentence.id.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    mixed ^= mixed >> 29;
    mixed % 5 == 0
}

/// The full recipe: weights the two corpora, trains, then picks the
/// threshold on a tenth of the training data set aside and retrains on all.
pub fn train_recipe(training: &[&LabelledSentence]) -> LinearModel {
    // CheckThat! negatives include many factual sentences that fact-checkers
    // merely did not pick; they contradict ClaimBuster's labels and lowered
    // both scores in our measurements, so only its positives are used.
    let weight_of =
        |sentence: &LabelledSentence| match (sentence.group.as_str(), sentence.check_worthy) {
            ("claimbuster", _) => 1.0,
            (_, true) => 1.0,
            (_, false) => 0.0,
        };
    let (tune, fit): (Vec<&LabelledSentence>, Vec<&LabelledSentence>) =
        training.iter().partition(|sentence| sentence.id % 10 == 3);
    // The learning rate is chosen on the tuning tenth alone (never on the
    // held-out data the scores are reported on), by F1 at its best threshold.
    let fit_examples = featurise(&fit, weight_of);
    let tune_claimbuster: Vec<&&LabelledSentence> =
        tune.iter().filter(|s| s.group == "claimbuster").collect();
    let mut best: Option<(f64, TrainingSettings, f32)> = None;
    for learning_rate in LEARNING_RATES {
        let settings = TrainingSettings {
            learning_rate,
            ..TrainingSettings::default()
        };
        let candidate = train(&fit_examples, settings);
        let scored: Vec<(f32, bool)> = tune_claimbuster
            .iter()
            .map(|s| (score(&candidate, &s.text), s.check_worthy))
            .collect();
        let threshold = best_threshold(&scored);
        let (_, _, f1) = precision_recall_f1(&scored, threshold);
        if best.is_none_or(|(best_f1, _, _)| f1 > best_f1) {
            best = Some((f1, settings, threshold));
        }
    }
    let (_, settings, threshold) = best.unwrap_or((0.0, TrainingSettings::default(), 0.5));
    let mut model = train(&featurise(training, weight_of), settings);
    model.threshold = threshold;
    model
}
