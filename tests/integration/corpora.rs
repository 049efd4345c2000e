//! Regression floors on the shared PolNeAR corpus. These tests need
//! `../shared/corpora/polnear/dev` beside the checkout and fail, saying so,
//! when it is absent: a missing corpus must never look like a pass.

use std::path::PathBuf;

fn polnear_dev() -> PathBuf {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/corpora/polnear/dev");
    assert!(
        folder.join("text").is_dir(),
        "CORPUS ABSENT: {} is missing; these tests measure whosaid on the shared corpora",
        folder.display()
    );
    folder
}

#[test]
fn polnear_dev_scores_stay_above_their_floors() {
    let documents =
        whosaid::corpora::polnear::read_split(&polnear_dev()).expect("PolNeAR dev reads");
    assert_eq!(documents.len(), 84);
    let report = whosaid::eval::polnear::evaluate(&documents).expect("evaluation runs");
    let (_, _, all_f1) = report.all.match_scores();
    let (_, _, direct_f1) = report.direct.match_scores();
    eprintln!("{}", whosaid::eval::polnear::format_report(&report));
    assert!(
        all_f1 >= FLOOR_ALL_F1,
        "all-attribution F1 {all_f1:.3} fell below {FLOOR_ALL_F1}"
    );
    assert!(
        direct_f1 >= FLOOR_DIRECT_F1,
        "direct F1 {direct_f1:.3} fell below {FLOOR_DIRECT_F1}"
    );
    // Confidence counted on the training split holds on dev: within 0.06
    // of the share of matches, bin by bin, and better than one constant.
    let calibration = report.calibration;
    assert_eq!(calibration.quotes(), report.all.predicted);
    assert!(
        calibration.expected_calibration_error() < 0.06,
        "{}",
        calibration.expected_calibration_error()
    );
    let (precision, _, _) = report.all.match_scores();
    assert!(calibration.brier_score() < precision * (1.0 - precision));
}

/// Floors a little under the measured scores (README), so a regression fails.
const FLOOR_ALL_F1: f64 = 0.62;
const FLOOR_DIRECT_F1: f64 = 0.80;

#[test]
fn polnear_dev_annotators_agree_more_than_whosaid_does() {
    let documents = whosaid::corpora::polnear::read_multiply_annotated(&polnear_dev())
        .expect("PolNeAR dev reads");
    assert_eq!(documents.len(), 2);
    let agreement =
        whosaid::eval::polnear::evaluate_agreement(&documents).expect("evaluation runs");
    eprintln!("{}", whosaid::eval::polnear::format_agreement(&agreement));
    let between = agreement.between_annotators.all;
    // Each ordered pair counts both ways, so precision equals recall.
    assert_eq!(between.gold, between.predicted);
    assert!(between.match_scores().2 > 0.85);
    assert!(agreement.whosaid_against_each.all.match_scores().2 > 0.6);
}

/// The article of the folders written here. Offsets are code points: “
/// and é count one each.
const STORY: &str = "“Rain is coming,” said Zoé Ruiz. Okafor said the dam would hold.";

/// Both attributions of [`STORY`], in brat standoff.
const STORY_ANNOTATION: &str = "T1\tContent 0 17\nT2\tCue 18 22\nT3\tSource 23 31\nE1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\n\
                                T4\tContent 45 63\nT5\tCue 40 44\nT6\tSource 33 39\nE2\tAttribution:T5 Content:T4 Cue:T5 Source:T6\n";

/// A PolNeAR-shaped folder in the temporary directory with [`STORY`] as
/// the text of each of `articles` and an empty attributions folder.
fn polnear_folder(purpose: &str, articles: &[&str]) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("whosaid-{purpose}-{}", std::process::id()));
    std::fs::create_dir_all(folder.join("text")).unwrap();
    std::fs::create_dir_all(folder.join("attributions")).unwrap();
    for article in articles {
        std::fs::write(folder.join(format!("text/{article}.txt")), STORY).unwrap();
    }
    folder
}

/// Agreement on a folder written here: two annotators of one article (one
/// of them missing an attribution) and a third article with one annotator,
/// which is left out.
#[test]
fn agreement_pairs_every_annotator_of_an_article_and_skips_single_ones() {
    let folder = polnear_folder("agreement", &["story", "other"]);
    let both = STORY_ANNOTATION;
    let first_only = "T1\tContent 0 17\nT2\tCue 18 22\nT3\tSource 23 31\nE1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\n";
    std::fs::write(folder.join("attributions/story_a1.ann"), both).unwrap();
    std::fs::write(folder.join("attributions/story_b2.ann"), first_only).unwrap();
    std::fs::write(folder.join("attributions/other_a1.ann"), both).unwrap();
    let documents = whosaid::corpora::polnear::read_multiply_annotated(&folder).unwrap();
    std::fs::remove_dir_all(&folder).unwrap();
    assert_eq!(documents.len(), 1);
    assert_eq!(documents[0].name, "story");
    let agreement = whosaid::eval::polnear::evaluate_agreement(&documents).unwrap();
    let between = agreement.between_annotators.all;
    // a1 as gold: 2 gold, 1 predicted, 1 match; b2 as gold: 1 gold, 2 predicted, 1 match.
    assert_eq!(
        (between.gold, between.predicted, between.matched),
        (3, 3, 2)
    );
    assert_eq!(between.exact, 2);
    let whosaid = agreement.whosaid_against_each.all;
    assert_eq!(whosaid.gold, 3);
    assert_eq!(
        whosaid.predicted, 4,
        "whosaid finds both attributions, counted against each annotator"
    );
    assert_eq!(whosaid.matched, 3);
}

/// The confidence table counted on a folder written here: both of its
/// attributions match, so their cells lean above the split's prior, and
/// the table written reads back the same.
#[test]
fn the_confidence_table_counts_matches_per_kind_of_attribution() {
    let folder = polnear_folder("confidence", &["story"]);
    std::fs::write(folder.join("attributions/story_a1.ann"), STORY_ANNOTATION).unwrap();
    let documents = whosaid::corpora::polnear::read_split(&folder).unwrap();
    std::fs::remove_dir_all(&folder).unwrap();
    let models = whosaid::attribution::AttributionModels::embedded().unwrap();
    let table = whosaid::attribution::train::train_confidence_table(&documents, models).unwrap();
    let written = table.to_text("a test table");
    let rows: Vec<&str> = written
        .lines()
        .filter(|line| !line.starts_with('#'))
        .collect();
    // Each step of smoothing adds ten attributions' worth of the broader
    // share, which starts at 0.5: (2 + 5) / 12 for the whole split, then
    // three steps of (1 + 10 × prior) / 11 down to the cell.
    assert_eq!(
        rows,
        [
            "source-first indirect speech resolved name 0.69 1/1",
            "content-first direct speech resolved name 0.69 1/1",
        ]
    );
    assert_eq!(
        whosaid::attribution::confidence::ConfidenceTable::parse(&written).unwrap(),
        table
    );
    assert!(whosaid::attribution::train::train_confidence_table(&[], models).is_err());
}

/// `whosaid train-attribution`'s training runs on a folder written here:
/// with one article, most cross-validation folds are empty, and it still
/// gives a cue detector and a boundary model with thresholds from its
/// grids; with none, an error that says what is missing.
#[test]
fn the_attribution_models_train_on_a_tiny_split_and_refuse_an_empty_one() {
    let folder = polnear_folder("train_models", &["story"]);
    std::fs::write(folder.join("attributions/story_a1.ann"), STORY_ANNOTATION).unwrap();
    let documents = whosaid::corpora::polnear::read_split(&folder).unwrap();
    std::fs::remove_dir_all(&folder).unwrap();
    let (cue_model, boundary_model) =
        whosaid::attribution::train::train_attribution_models(&documents).unwrap();
    assert!((0.2..=0.6).contains(&cue_model.threshold));
    assert!((0.3..=1.0).contains(&boundary_model.threshold));
    let error = whosaid::attribution::train::train_attribution_models(&[]).unwrap_err();
    assert!(error.to_string().contains("no PolNeAR articles"), "{error}");
}
