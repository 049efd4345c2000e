//! Attribution scores on PolNeAR.
//!
//! A predicted quote matches a gold attribution when the sets of words
//! their contents cover have a Jaccard index of at least 0.5; matching is
//! greedy and one-to-one, best pairs first. *Exact* matches cover exactly
//! the same words. On matched pairs, the source (and the cue) is right when
//! both are absent or the predicted span overlaps the gold one. *Direct*
//! restricts both sides to contents holding a quotation mark.

use crate::attribution::confidence::Cell;
use crate::attribution::{find_attributions_with, AttributionModels};
use crate::corpora::polnear::{GoldAttribution, GoldDocument, MultiplyAnnotatedDocument};
use crate::mentions::Mentions;
use crate::quotes::Quotes;
use crate::span::Span;
use crate::text::TextAnalysis;
use std::collections::BTreeSet;

/// Counts for one subset (all or direct).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Counts {
    /// Gold attributions.
    pub gold: usize,
    /// Predicted quotes.
    pub predicted: usize,
    /// Matched pairs (Jaccard ≥ 0.5).
    pub matched: usize,
    /// Matched pairs with the same word set.
    pub exact: usize,
    /// Matched pairs whose source is right.
    pub source_right: usize,
    /// Matched pairs whose cue is right.
    pub cue_right: usize,
}

fn f1(correct: usize, predicted: usize, gold: usize) -> (f64, f64, f64) {
    crate::linear::train::f1_from_counts(correct as f64, predicted as f64, gold as f64)
}

impl Counts {
    pub(crate) fn add(&mut self, other: Counts) {
        self.gold += other.gold;
        self.predicted += other.predicted;
        self.matched += other.matched;
        self.exact += other.exact;
        self.source_right += other.source_right;
        self.cue_right += other.cue_right;
    }

    /// Precision, recall and F1 of matched contents.
    pub fn match_scores(&self) -> (f64, f64, f64) {
        f1(self.matched, self.predicted, self.gold)
    }

    /// F1 of exact matches.
    pub fn exact_f1(&self) -> f64 {
        f1(self.exact, self.predicted, self.gold).2
    }

    /// Source accuracy on matched pairs.
    pub fn source_accuracy(&self) -> f64 {
        self.source_right as f64 / self.matched.max(1) as f64
    }

    /// Cue accuracy on matched pairs.
    pub fn cue_accuracy(&self) -> f64 {
        self.cue_right as f64 / self.matched.max(1) as f64
    }
}

/// How well the quotes' `confidence` predicts whether they match: the
/// quotes sorted into ten bins by confidence (0–0.1, …, 0.9–1), each with
/// its count, its matches and the sum of its confidences.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Calibration {
    /// Per bin: quotes, matched quotes, sum of confidence.
    pub bins: [(usize, usize, f64); 10],
    /// Sum over quotes of (confidence − matched)², for the Brier score.
    pub squared_error: f64,
}

impl Calibration {
    fn add(&mut self, confidence: f32, matched: bool) {
        let confidence = f64::from(confidence).clamp(0.0, 1.0);
        let bin = ((confidence * 10.0) as usize).min(9);
        self.bins[bin].0 += 1;
        self.bins[bin].1 += usize::from(matched);
        self.bins[bin].2 += confidence;
        self.squared_error += (confidence - f64::from(u8::from(matched))).powi(2);
    }

    /// The quotes counted.
    pub fn quotes(&self) -> usize {
        self.bins.iter().map(|bin| bin.0).sum()
    }

    /// Expected calibration error: the mean over quotes of the gap between
    /// their bin's mean confidence and its share of matches.
    pub fn expected_calibration_error(&self) -> f64 {
        let total = self.quotes().max(1) as f64;
        self.bins
            .iter()
            .filter(|bin| bin.0 > 0)
            .map(|&(count, matched, confidence_sum)| {
                let count = count as f64;
                (confidence_sum / count - matched as f64 / count).abs() * count / total
            })
            .sum()
    }

    /// The Brier score: the mean squared gap between confidence and outcome.
    pub fn brier_score(&self) -> f64 {
        self.squared_error / self.quotes().max(1) as f64
    }
}

/// Scores for a whole split.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Report {
    /// Every attribution.
    pub all: Counts,
    /// Attributions whose content holds a quotation mark.
    pub direct: Counts,
    /// Articles read.
    pub documents: usize,
    /// How the predicted quotes' confidence compares with their matches
    /// (over all attributions; empty when one annotator is scored against
    /// another).
    pub calibration: Calibration,
}

/// One side of the comparison, reduced to what scoring needs.
struct Item {
    words: BTreeSet<usize>,
    has_quote_mark: bool,
    source: Vec<Span>,
    cue: Vec<Span>,
    /// The predicted quote's confidence (none for gold attributions).
    confidence: Option<f32>,
}

fn word_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut in_word = false;
    for (at, character) in text.char_indices() {
        let is_word = character.is_alphanumeric();
        if is_word && !in_word {
            starts.push(at);
        }
        in_word = is_word;
    }
    starts
}

fn words_in(starts: &[usize], parts: &[Span]) -> BTreeSet<usize> {
    let mut words = BTreeSet::new();
    for part in parts {
        let first = starts.partition_point(|&s| s < part.start());
        let last = starts.partition_point(|&s| s < part.end());
        words.extend(first..last);
    }
    words
}

fn has_quote_mark(text: &str, parts: &[Span]) -> bool {
    parts
        .iter()
        .any(|p| p.slice(text).contains(['"', '“', '”', '«', '»', '„']))
}

fn overlaps_or_both_empty(predicted: &[Span], gold: &[Span]) -> bool {
    if predicted.is_empty() || gold.is_empty() {
        return predicted.is_empty() && gold.is_empty();
    }
    predicted
        .iter()
        .any(|p| gold.iter().any(|g| p.overlaps(*g)))
}

/// The matched pairs of greedy one-to-one matching, best Jaccard first:
/// (Jaccard index, predicted index, gold index).
fn matched_pairs(predicted: &[&Item], gold: &[&Item]) -> Vec<(f64, usize, usize)> {
    let mut pairs = Vec::new();
    for (p, predicted_item) in predicted.iter().enumerate() {
        for (g, gold_item) in gold.iter().enumerate() {
            let shared = predicted_item.words.intersection(&gold_item.words).count();
            if shared == 0 {
                continue;
            }
            let union = predicted_item.words.len() + gold_item.words.len() - shared;
            let jaccard = shared as f64 / union as f64;
            if jaccard >= 0.5 {
                pairs.push((jaccard, p, g));
            }
        }
    }
    pairs.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut used_predicted = vec![false; predicted.len()];
    let mut used_gold = vec![false; gold.len()];
    pairs.retain(|&(_, p, g)| {
        let free = !used_predicted[p] && !used_gold[g];
        if free {
            used_predicted[p] = true;
            used_gold[g] = true;
        }
        free
    });
    pairs
}

/// Which of `predicted_count` predicted items `pairs` matched.
fn matched_flags(predicted_count: usize, pairs: &[(f64, usize, usize)]) -> Vec<bool> {
    let mut matched = vec![false; predicted_count];
    for &(_, p, _) in pairs {
        matched[p] = true;
    }
    matched
}

fn score_items(predicted: &[&Item], gold: &[&Item]) -> Counts {
    score_pairs(predicted, gold, &matched_pairs(predicted, gold))
}

/// The counts of `pairs`, the matched pairs of `predicted` and `gold`.
fn score_pairs(predicted: &[&Item], gold: &[&Item], pairs: &[(f64, usize, usize)]) -> Counts {
    let mut counts = Counts {
        gold: gold.len(),
        predicted: predicted.len(),
        ..Counts::default()
    };
    for &(jaccard, p, g) in pairs {
        counts.matched += 1;
        if jaccard >= 1.0 {
            counts.exact += 1;
        }
        if overlaps_or_both_empty(&predicted[p].source, &gold[g].source) {
            counts.source_right += 1;
        }
        if overlaps_or_both_empty(&predicted[p].cue, &gold[g].cue) {
            counts.cue_right += 1;
        }
    }
    counts
}

fn gold_items(text: &str, starts: &[usize], attributions: &[GoldAttribution]) -> Vec<Item> {
    attributions
        .iter()
        .map(
            |GoldAttribution {
                 content,
                 cue,
                 source,
             }| Item {
                words: words_in(starts, content),
                has_quote_mark: has_quote_mark(text, content),
                source: source.clone(),
                cue: cue.clone(),
                confidence: None,
            },
        )
        .collect()
}

fn predicted_items(text: &str, starts: &[usize]) -> Result<Vec<Item>, crate::Error> {
    let analysis = crate::analyze(text, false)?;
    Ok(analysis
        .quotes
        .iter()
        .map(|quote| Item {
            words: words_in(starts, &quote.content),
            has_quote_mark: has_quote_mark(text, &quote.content),
            source: quote.source.into_iter().collect(),
            cue: quote.cue.into_iter().collect(),
            confidence: Some(quote.confidence),
        })
        .collect())
}

/// Scores one side against the other on one article, for all attributions
/// and for direct ones, into `report`.
fn add_scores(report: &mut Report, predicted: &[Item], gold: &[Item]) {
    let all_gold: Vec<&Item> = gold.iter().collect();
    let all_predicted: Vec<&Item> = predicted.iter().collect();
    let pairs = matched_pairs(&all_predicted, &all_gold);
    report
        .all
        .add(score_pairs(&all_predicted, &all_gold, &pairs));
    for (item, matched) in predicted.iter().zip(matched_flags(predicted.len(), &pairs)) {
        if let Some(confidence) = item.confidence {
            report.calibration.add(confidence, matched);
        }
    }
    let direct_gold: Vec<&Item> = gold.iter().filter(|i| i.has_quote_mark).collect();
    let direct_predicted: Vec<&Item> = predicted.iter().filter(|i| i.has_quote_mark).collect();
    report
        .direct
        .add(score_items(&direct_predicted, &direct_gold));
}

/// The attributions' contents as items to score, without sources, cues
/// or confidence (what the training commands look at).
fn content_items(
    analysis: &TextAnalysis,
    starts: &[usize],
    attributions: &[crate::attribution::Attribution],
) -> Vec<Item> {
    attributions
        .iter()
        .map(|attribution| {
            let content: Vec<Span> = attribution
                .content
                .iter()
                .filter(|part| part.start < part.end)
                .map(|part| analysis.token_range_span(part.start, part.end - 1))
                .collect();
            Item {
                words: words_in(starts, &content),
                has_quote_mark: false,
                source: Vec::new(),
                cue: Vec::new(),
                confidence: None,
            }
        })
        .collect()
}

/// Scores the contents of the attributions that the attribution stage
/// finds with each of `variants` (the same models at different thresholds)
/// against the gold ones, over all attributions: what `whosaid
/// train-attribution` chooses the cue detector's and the boundary model's
/// thresholds by. Sources and cues are left out, as the models do not
/// place them. Each document is segmented, and its mentions, quotations
/// and gold words found, once for all the variants.
pub fn content_counts_with_models(
    documents: &[&GoldDocument],
    variants: &[AttributionModels<'_>],
) -> Result<Vec<Counts>, crate::Error> {
    let mut counts = vec![Counts::default(); variants.len()];
    for document in documents {
        let analysis = TextAnalysis::new(&document.text);
        let quotes = Quotes::find(&analysis);
        let mentions = Mentions::find(&analysis);
        let starts = word_starts(&document.text);
        let gold = gold_items(&document.text, &starts, &document.attributions);
        let gold: Vec<&Item> = gold.iter().collect();
        for (count, &models) in counts.iter_mut().zip(variants) {
            // The attribution stage adds mentions of its own, so each
            // variant starts from the mentions as found.
            let mut mentions = mentions.clone();
            let attributions = find_attributions_with(&analysis, &quotes, &mut mentions, models)?;
            let predicted = content_items(&analysis, &starts, &attributions);
            count.add(score_items(&predicted.iter().collect::<Vec<_>>(), &gold));
        }
    }
    Ok(counts)
}

/// The attribution stage's attributions on `document` (found with
/// `models`), each with its confidence cell and whether it matched a gold
/// attribution: what `whosaid train-attribution` counts for the confidence
/// table.
pub fn attribution_outcomes(
    document: &GoldDocument,
    models: AttributionModels<'_>,
) -> Result<Vec<(Cell, bool)>, crate::Error> {
    let analysis = TextAnalysis::new(&document.text);
    let quotes = Quotes::find(&analysis);
    let mut mentions = Mentions::find(&analysis);
    let attributions = find_attributions_with(&analysis, &quotes, &mut mentions, models)?;
    let starts = word_starts(&document.text);
    let gold = gold_items(&document.text, &starts, &document.attributions);
    let predicted = content_items(&analysis, &starts, &attributions);
    let pairs = matched_pairs(
        &predicted.iter().collect::<Vec<_>>(),
        &gold.iter().collect::<Vec<_>>(),
    );
    let matched = matched_flags(predicted.len(), &pairs);
    Ok(attributions
        .iter()
        .zip(matched)
        .map(|(attribution, matched)| (Cell::of(attribution, &analysis, &mentions), matched))
        .collect())
}

/// Annotates each document and scores it against its gold attributions.
pub fn evaluate(documents: &[GoldDocument]) -> Result<Report, crate::Error> {
    let mut report = Report {
        documents: documents.len(),
        ..Report::default()
    };
    for document in documents {
        let starts = word_starts(&document.text);
        let gold = gold_items(&document.text, &starts, &document.attributions);
        let predicted = predicted_items(&document.text, &starts)?;
        add_scores(&mut report, &predicted, &gold);
    }
    Ok(report)
}

/// How far PolNeAR's annotators agree with each other, and whosaid with
/// them, on the same articles: a ceiling for the scores of [`evaluate`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Agreement {
    /// Every ordered pair of two annotators of an article, one taken as
    /// gold and the other as predicted (so precision and recall are equal).
    pub between_annotators: Report,
    /// whosaid against each annotator of each article.
    pub whosaid_against_each: Report,
}

/// Scores every annotator of each article against every other one, and
/// whosaid against each of them.
pub fn evaluate_agreement(
    documents: &[MultiplyAnnotatedDocument],
) -> Result<Agreement, crate::Error> {
    let mut agreement = Agreement::default();
    agreement.between_annotators.documents = documents.len();
    agreement.whosaid_against_each.documents = documents.len();
    for document in documents {
        let starts = word_starts(&document.text);
        let annotations: Vec<Vec<Item>> = document
            .annotations
            .iter()
            .map(|attributions| gold_items(&document.text, &starts, attributions))
            .collect();
        let predicted = predicted_items(&document.text, &starts)?;
        for (gold_index, gold) in annotations.iter().enumerate() {
            for (other_index, other) in annotations.iter().enumerate() {
                if other_index != gold_index {
                    add_scores(&mut agreement.between_annotators, other, gold);
                }
            }
            add_scores(&mut agreement.whosaid_against_each, &predicted, gold);
        }
    }
    Ok(agreement)
}

/// The agreement as two plain-text tables.
pub fn format_agreement(agreement: &Agreement) -> String {
    format!(
        "Annotator against annotator (every ordered pair)\n{}\nwhosaid against each annotator\n{}",
        format_report(&agreement.between_annotators),
        format_report(&agreement.whosaid_against_each)
    )
}

/// The report as a plain-text table.
pub fn format_report(report: &Report) -> String {
    let mut out = format!("PolNeAR: {} articles\n", report.documents);
    out.push_str("subset   gold  pred  match  P      R      F1     exactF1 source cue\n");
    for (name, counts) in [("all", report.all), ("direct", report.direct)] {
        let (precision, recall, f1) = counts.match_scores();
        out.push_str(&format!(
            "{name:<7} {:>5} {:>5} {:>6}  {precision:.3}  {recall:.3}  {f1:.3}  {:.3}   {:.3}  {:.3}\n",
            counts.gold,
            counts.predicted,
            counts.matched,
            counts.exact_f1(),
            counts.source_accuracy(),
            counts.cue_accuracy()
        ));
    }
    let calibration = &report.calibration;
    if calibration.quotes() > 0 {
        out.push_str(&format!(
            "confidence: expected calibration error {:.3}, Brier score {:.3} ({} quotes, 10 bins)\n",
            calibration.expected_calibration_error(),
            calibration.brier_score(),
            calibration.quotes()
        ));
    }
    out
}
