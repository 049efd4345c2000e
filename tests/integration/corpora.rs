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
}

/// Floors a little under the measured scores (README), so a regression fails.
const FLOOR_ALL_F1: f64 = 0.62;
const FLOOR_DIRECT_F1: f64 = 0.80;
