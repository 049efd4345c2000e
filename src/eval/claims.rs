//! Check-worthiness scores: ClaimBuster with a fixed fifth held out, and
//! CheckThat! 2019 leave-one-debate-out. Each fold retrains with the same
//! recipe as `whosaid train-claims`, so no test sentence is ever seen in
//! training.

use crate::claims::model::score;
use crate::claims::train::{is_held_out, train_recipe};
use crate::corpora::checkworthy::LabelledSentence;
use crate::linear::train::{average_precision, precision_recall_f1};

/// Results of both evaluations.
#[derive(Clone, Debug, Default)]
pub struct ClaimReport {
    /// ClaimBuster held-out precision, recall, F1 at the model's threshold.
    pub claimbuster: (f64, f64, f64),
    /// ClaimBuster held-out sentences.
    pub claimbuster_sentences: usize,
    /// Per debate: name, average precision, P, R, F1.
    pub debates: Vec<(String, f64, (f64, f64, f64))>,
}

impl ClaimReport {
    /// Mean average precision over debates.
    pub fn mean_average_precision(&self) -> f64 {
        self.debates.iter().map(|d| d.1).sum::<f64>() / self.debates.len().max(1) as f64
    }
}

/// Runs both evaluations.
pub fn evaluate(claimbuster: &[LabelledSentence], checkthat: &[LabelledSentence]) -> ClaimReport {
    let mut report = ClaimReport::default();
    let (held_out, training_claimbuster): (Vec<&LabelledSentence>, Vec<&LabelledSentence>) =
        claimbuster.iter().partition(|s| is_held_out(s));
    let mut training: Vec<&LabelledSentence> = training_claimbuster.clone();
    training.extend(checkthat.iter());
    let model = train_recipe(&training);
    let scored: Vec<(f32, bool)> = held_out
        .iter()
        .map(|s| (score(&model, &s.text), s.check_worthy))
        .collect();
    report.claimbuster = precision_recall_f1(&scored, model.threshold);
    report.claimbuster_sentences = held_out.len();

    let mut debates: Vec<&str> = checkthat.iter().map(|s| s.group.as_str()).collect();
    debates.dedup();
    for debate in debates {
        // ClaimBuster also draws on the 2016 debates: leave out any of its
        // sentences that occur in the debate under test.
        let tested: std::collections::HashSet<String> = checkthat
            .iter()
            .filter(|s| s.group == debate)
            .map(|s| normalize(&s.text))
            .collect();
        let mut training: Vec<&LabelledSentence> = claimbuster
            .iter()
            .filter(|s| !tested.contains(&normalize(&s.text)))
            .collect();
        training.extend(checkthat.iter().filter(|s| s.group != debate));
        let model = train_recipe(&training);
        let scored: Vec<(f32, bool)> = checkthat
            .iter()
            .filter(|s| s.group == debate)
            .map(|s| (score(&model, &s.text), s.check_worthy))
            .collect();
        report.debates.push((
            debate.to_string(),
            average_precision(&scored),
            precision_recall_f1(&scored, model.threshold),
        ));
    }
    report
}

fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The report as plain text.
pub fn format_report(report: &ClaimReport) -> String {
    let (precision, recall, f1) = report.claimbuster;
    let mut out = format!(
        "ClaimBuster held-out ({} sentences): P {precision:.3}  R {recall:.3}  F1 {f1:.3}\n",
        report.claimbuster_sentences
    );
    out.push_str("CheckThat! 2019 leave-one-debate-out:\n");
    for (name, average, (p, r, f)) in &report.debates {
        out.push_str(&format!(
            "  {name:<28} AP {average:.3}  P {p:.3}  R {r:.3}  F1 {f:.3}\n"
        ));
    }
    out.push_str(&format!("  MAP {:.3}\n", report.mean_average_precision()));
    out
}
