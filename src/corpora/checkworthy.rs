//! Sentences labelled check-worthy or not: ClaimBuster's two-class
//! training set (JSON) and the CLEF 2019 CheckThat! task 1 debates (TSV).

use super::{read_to_string, sorted_entries, CorpusError};
use serde::Deserialize;
use std::path::Path;

/// One labelled sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct LabelledSentence {
    /// The sentence.
    pub text: String,
    /// Whether it is check-worthy.
    pub check_worthy: bool,
    /// Where it comes from: the debate's file stem, or `claimbuster`.
    pub group: String,
    /// A stable identifier inside its group (sentence id or line number).
    pub id: u64,
}

#[derive(Deserialize)]
struct ClaimBusterRow {
    sentence_id: u64,
    label: u8,
    text: String,
}

/// Reads ClaimBuster's `train.json`.
pub fn read_claimbuster(path: &Path) -> Result<Vec<LabelledSentence>, CorpusError> {
    let text = read_to_string(path)?;
    let rows: Vec<ClaimBusterRow> =
        serde_json::from_str(&text).map_err(|error| CorpusError::new(path, error))?;
    Ok(rows
        .into_iter()
        .map(|row| LabelledSentence {
            text: row.text,
            check_worthy: row.label == 1,
            group: "claimbuster".to_string(),
            id: row.sentence_id,
        })
        .collect())
}

/// Reads every `*.tsv` debate of a CheckThat! 2019 folder
/// (`line \t speaker \t text \t label`).
pub fn read_checkthat(folder: &Path) -> Result<Vec<LabelledSentence>, CorpusError> {
    let mut sentences = Vec::new();
    for path in sorted_entries(folder)? {
        if path.extension().and_then(|e| e.to_str()) != Some("tsv") {
            continue;
        }
        let group = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("")
            .to_string();
        for (number, line) in read_to_string(&path)?.lines().enumerate() {
            let fields: Vec<&str> = line.split('\t').collect();
            if fields.len() < 4 {
                if line.trim().is_empty() {
                    continue;
                }
                return Err(CorpusError::new(
                    &path,
                    format!("line {}: expected 4 tab-separated fields", number + 1),
                ));
            }
            let label = fields[fields.len() - 1].trim();
            sentences.push(LabelledSentence {
                text: fields[2..fields.len() - 1].join("\t"),
                check_worthy: label == "1",
                group: group.clone(),
                id: fields[0].trim().parse().unwrap_or(number as u64),
            });
        }
    }
    if sentences.is_empty() {
        return Err(CorpusError::new(folder, "no .tsv debates found"));
    }
    Ok(sentences)
}
