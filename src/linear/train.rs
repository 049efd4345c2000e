//! Training of [`LinearModel`]s (native only): logistic regression with
//! AdaGrad and L2 regularisation over hashed features. Training is
//! deterministic: examples are visited in an order drawn from a fixed-seed
//! generator, so the same data give the same weights byte for byte.

use super::{LinearModel, BUCKETS};

/// Settings of one training run.
#[derive(Clone, Copy, Debug)]
pub struct TrainingSettings {
    /// Passes over the data.
    pub epochs: usize,
    /// AdaGrad base learning rate.
    pub learning_rate: f32,
    /// L2 penalty per update.
    pub l2: f32,
    /// Weight of a positive example relative to a negative one.
    pub positive_weight: f32,
}

impl Default for TrainingSettings {
    fn default() -> TrainingSettings {
        TrainingSettings {
            epochs: 8,
            learning_rate: 0.2,
            l2: 1e-6,
            positive_weight: 1.0,
        }
    }
}

/// A small deterministic generator (xorshift64*), enough to shuffle.
struct Shuffler(u64);

impl Shuffler {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn shuffle<T>(&mut self, items: &mut [T]) {
        for index in (1..items.len()).rev() {
            let other = (self.next() % (index as u64 + 1)) as usize;
            items.swap(index, other);
        }
    }
}

/// Featurised examples: (feature buckets, label, example weight).
pub type Examples = Vec<(Vec<usize>, bool, f32)>;

/// Trains a model; the threshold is left at 0.5 (see [`best_threshold`]).
pub fn train(examples: &Examples, settings: TrainingSettings) -> LinearModel {
    let mut weights = vec![0f32; BUCKETS];
    let mut squared = vec![1e-8f32; BUCKETS];
    let mut bias = 0f32;
    let mut bias_squared = 1e-8f32;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut shuffler = Shuffler(0x5eed_cafe_f00d_1234);
    for _ in 0..settings.epochs {
        shuffler.shuffle(&mut order);
        for &index in &order {
            let (buckets, label, weight) = &examples[index];
            let sum: f32 = bias + buckets.iter().map(|&b| weights[b]).sum::<f32>();
            let prediction = 1.0 / (1.0 + (-sum).exp());
            let target = if *label { 1.0 } else { 0.0 };
            let class_weight = if *label {
                settings.positive_weight
            } else {
                1.0
            };
            let gradient = (prediction - target) * weight * class_weight;
            for &bucket in buckets {
                let g = gradient + settings.l2 * weights[bucket];
                squared[bucket] += g * g;
                weights[bucket] -= settings.learning_rate * g / squared[bucket].sqrt();
            }
            bias_squared += gradient * gradient;
            bias -= settings.learning_rate * gradient / bias_squared.sqrt();
        }
    }
    LinearModel {
        weights,
        bias,
        threshold: 0.5,
    }
}

/// Precision, recall and F1 from counts: `correct` of `predicted` predictions
/// were right, out of `gold` expected ones.
pub fn f1_from_counts(correct: f64, predicted: f64, gold: f64) -> (f64, f64, f64) {
    let precision = if predicted > 0.0 {
        correct / predicted
    } else {
        0.0
    };
    let recall = if gold > 0.0 { correct / gold } else { 0.0 };
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    (precision, recall, f1)
}

/// Precision, recall and F1 of the positive class at a threshold.
pub fn precision_recall_f1(scored: &[(f32, bool)], threshold: f32) -> (f64, f64, f64) {
    let true_positive = scored.iter().filter(|(s, l)| *s >= threshold && *l).count() as f64;
    let predicted = scored.iter().filter(|(s, _)| *s >= threshold).count() as f64;
    let actual = scored.iter().filter(|(_, l)| *l).count() as f64;
    f1_from_counts(true_positive, predicted, actual)
}

/// The threshold (in steps of 0.01) with the best F1 on `scored`.
pub fn best_threshold(scored: &[(f32, bool)]) -> f32 {
    let mut best = (0.5f32, -1.0f64);
    for step in 5..95 {
        let threshold = step as f32 / 100.0;
        let (_, _, f1) = precision_recall_f1(scored, threshold);
        if f1 > best.1 {
            best = (threshold, f1);
        }
    }
    best.0
}

/// Average precision of a ranking: the mean of precision at each positive.
pub fn average_precision(scored: &[(f32, bool)]) -> f64 {
    let mut ranked: Vec<&(f32, bool)> = scored.iter().collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    let positives = ranked.iter().filter(|(_, l)| *l).count();
    if positives == 0 {
        return 0.0;
    }
    let mut hits = 0.0;
    let mut sum = 0.0;
    for (rank, (_, label)) in ranked.iter().enumerate() {
        if *label {
            hits += 1.0;
            sum += hits / (rank as f64 + 1.0);
        }
    }
    sum / positives as f64
}
