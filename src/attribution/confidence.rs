//! Calibrated confidence: a quote's `confidence` is the share of quotes of
//! its kind that matched a gold attribution on PolNeAR's training split.
//!
//! Until the sixteenth session the patterns set fixed numbers (0.8 for "X
//! said …", 0.9 for "…, X said.", a little more with quotation marks, 0.6 of
//! that without a speaker). Measured on the training split, "0.9" matched
//! 62 % of the time and "0.36" 63 %: the number ordered nothing. Now every
//! attribution falls in a cell of five facts known when it is found (the
//! pattern that found it, direct / indirect / mixed, the class of its cue
//! verb, whether its speaker was resolved, and what kind of mention names
//! its source), and the cell's measured precision is its confidence.
//! `whosaid train-attribution` counts the cells and writes
//! `src/attribution/confidence_table.txt` (generated, do not edit). A cell
//! seen seldom leans on its group (same pattern, kind and cue class), the
//! group on its pattern and kind, and those on the split as a whole
//! (additive smoothing with a weight of ten attributions at each step), so
//! that a rare cell gets no 0 or 1.
//!
//! Confidence is shown to the reader and changes nothing else: which
//! attributions are found does not depend on it.

use super::cues::{cue_verb_hashed, CueClass};
use super::{Attribution, Pattern, QuoteKind};
use crate::error::Error;
use crate::mentions::{MentionKind, Mentions};
use crate::text::TextAnalysis;
#[cfg(not(target_arch = "wasm32"))]
use std::fmt::Write;
use std::sync::LazyLock;

const TABLE_TEXT: &str = include_str!("confidence_table.txt");

static TABLE: LazyLock<Result<ConfidenceTable, Error>> =
    LazyLock::new(|| ConfidenceTable::parse(TABLE_TEXT));

/// The embedded confidence table, parsed once.
pub fn embedded_confidence_table() -> Result<&'static ConfidenceTable, Error> {
    TABLE.as_ref().map_err(Clone::clone)
}

/// Every pattern with its name in the table.
const PATTERNS: [(Pattern, &str); 6] = [
    (Pattern::SourceFirst, "source-first"),
    (Pattern::ContentFirst, "content-first"),
    (Pattern::AccordingTo, "according-to"),
    (Pattern::Participle, "participle"),
    (Pattern::Continuation, "continuation"),
    (Pattern::Appearance, "appearance"),
];

/// Every kind with its name in the table.
const KINDS: [(QuoteKind, &str); 3] = [
    (QuoteKind::Direct, "direct"),
    (QuoteKind::Indirect, "indirect"),
    (QuoteKind::Mixed, "mixed"),
];

/// The names of the source's mention kinds in the table ("none": no source).
const SOURCES: [&str; 5] = ["none", "name", "nominal", "pronoun", "relative"];

/// The names of the speaker's two states in the table.
const SPEAKERS: [&str; 2] = ["unresolved", "resolved"];

/// The names of the cue's classes in the table: the lexicon's class of its
/// verb, "other" for a cue the lexicon does not hold (found by the cue
/// model or a construction) and "none" for no cue.
const CUES: [&str; 6] = [
    "none",
    "speech",
    "belief",
    "evidence",
    "evaluation",
    "other",
];

/// The number of cells: every pattern, kind, cue class, speaker state and
/// source kind.
const CELLS: usize = PATTERNS.len() * KINDS.len() * CUES.len() * SPEAKERS.len() * SOURCES.len();

/// The number of groups of cells with the same pattern, kind and cue class.
#[cfg(not(target_arch = "wasm32"))]
const GROUPS: usize = PATTERNS.len() * KINDS.len() * CUES.len();

/// How many attributions' worth of weight the broader estimate gets when a
/// cell's own count is smoothed towards it.
#[cfg(not(target_arch = "wasm32"))]
const SMOOTHING_WEIGHT: f64 = 10.0;

/// The cell of one attribution: an index into the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Cell {
    pattern: usize,
    kind: usize,
    cue: usize,
    speaker: usize,
    source: usize,
}

impl Cell {
    /// The cell of `attribution`, found in `analysis`, whose source (if
    /// any) is one of `mentions`.
    pub fn of(attribution: &Attribution, analysis: &TextAnalysis, mentions: &Mentions) -> Cell {
        let source = attribution
            .source
            .and_then(|source| mentions.mentions.get(source))
            .map_or(0, |mention| match mention.kind {
                MentionKind::Name => 1,
                MentionKind::Nominal => 2,
                MentionKind::Pronoun => 3,
                MentionKind::Relative => 4,
            });
        let cue = attribution.cue.as_ref().map_or(0, |cue| {
            cue.clone()
                .filter_map(|token| {
                    cue_verb_hashed(
                        *analysis.token_hashes.get(token)?,
                        &analysis.tokens.get(token)?.lower,
                    )
                })
                .map(|verb| match verb.class {
                    CueClass::Speech => 1,
                    CueClass::Belief => 2,
                    CueClass::Evidence => 3,
                    CueClass::Evaluation => 4,
                })
                .next()
                .unwrap_or(5)
        });
        Cell {
            pattern: PATTERNS
                .iter()
                .position(|&(pattern, _)| pattern == attribution.pattern)
                .unwrap_or(0),
            kind: KINDS
                .iter()
                .position(|&(kind, _)| kind == attribution.kind)
                .unwrap_or(0),
            cue,
            speaker: usize::from(attribution.entity.is_some()),
            source,
        }
    }

    fn index(self) -> usize {
        (self.group() * SPEAKERS.len() + self.speaker) * SOURCES.len() + self.source
    }

    /// The index of the group of cells with the cell's pattern, kind and
    /// cue class.
    fn group(self) -> usize {
        (self.pattern * KINDS.len() + self.kind) * CUES.len() + self.cue
    }

    /// The index of the cell's pattern and kind together.
    #[cfg(not(target_arch = "wasm32"))]
    fn pattern_and_kind(self) -> usize {
        self.pattern * KINDS.len() + self.kind
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn from_index(index: usize) -> Cell {
        let group = index / (SOURCES.len() * SPEAKERS.len());
        Cell {
            source: index % SOURCES.len(),
            speaker: index / SOURCES.len() % SPEAKERS.len(),
            cue: group % CUES.len(),
            kind: group / CUES.len() % KINDS.len(),
            pattern: group / (CUES.len() * KINDS.len()),
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    fn names(self) -> [&'static str; 5] {
        [
            PATTERNS[self.pattern].1,
            KINDS[self.kind].1,
            CUES[self.cue],
            SPEAKERS[self.speaker],
            SOURCES[self.source],
        ]
    }
}

/// How often the attributions of each cell matched, and the confidence
/// that follows.
#[derive(Clone, Debug, PartialEq)]
pub struct ConfidenceTable {
    /// Per cell: the confidence, or `None` for a cell never seen in
    /// training (its attributions keep the confidence their pattern gave).
    confidence: Vec<Option<f32>>,
    /// Per cell: attributions counted and how many of them matched (read
    /// back only to write the table again).
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    counts: Vec<(u32, u32)>,
}

impl ConfidenceTable {
    /// The table for match counts: `outcomes` holds each training
    /// attribution's cell and whether it matched a gold one. (Training
    /// only, like [`ConfidenceTable::to_text`]: the browser's module
    /// leaves both out.)
    #[cfg(not(target_arch = "wasm32"))]
    pub fn from_outcomes(outcomes: &[(Cell, bool)]) -> ConfidenceTable {
        let mut counts = vec![(0u32, 0u32); CELLS];
        let mut groups = vec![(0u32, 0u32); GROUPS];
        let mut patterns_and_kinds = vec![(0u32, 0u32); PATTERNS.len() * KINDS.len()];
        let mut total = (0u32, 0u32);
        for &(cell, matched) in outcomes {
            let matched = u32::from(matched);
            for slot in [
                &mut counts[cell.index()],
                &mut groups[cell.group()],
                &mut patterns_and_kinds[cell.pattern_and_kind()],
                &mut total,
            ] {
                slot.0 += 1;
                slot.1 += matched;
            }
        }
        let smoothed = |(count, matched): (u32, u32), prior: f64| {
            (f64::from(matched) + SMOOTHING_WEIGHT * prior) / (f64::from(count) + SMOOTHING_WEIGHT)
        };
        let overall = smoothed(total, 0.5);
        let confidence = (0..CELLS)
            .map(|index| {
                let cell = Cell::from_index(index);
                (counts[index].0 > 0).then(|| {
                    let pattern_and_kind =
                        smoothed(patterns_and_kinds[cell.pattern_and_kind()], overall);
                    let group = smoothed(groups[cell.group()], pattern_and_kind);
                    // Two decimals: the table is read by people too, and
                    // the counts do not support more.
                    ((smoothed(counts[index], group) * 100.0).round() / 100.0) as f32
                })
            })
            .collect();
        ConfidenceTable { confidence, counts }
    }

    /// The confidence of attributions in `cell`, if training saw any.
    pub fn confidence(&self, cell: Cell) -> Option<f32> {
        self.confidence.get(cell.index()).copied().flatten()
    }

    /// The table as text: `header` as comment lines, then a line per cell
    /// seen in training: its five names, the confidence and the counts.
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_text(&self, header: &str) -> String {
        let mut text = String::new();
        for line in header.lines() {
            let _ = writeln!(text, "# {line}");
        }
        for (index, confidence) in self.confidence.iter().enumerate() {
            let Some(confidence) = confidence else {
                continue;
            };
            let [pattern, kind, cue, speaker, source] = Cell::from_index(index).names();
            let (count, matched) = self.counts[index];
            let _ = writeln!(
                text,
                "{pattern} {kind} {cue} {speaker} {source} {confidence:.2} {matched}/{count}"
            );
        }
        text
    }

    /// Reads a table written by [`ConfidenceTable::to_text`].
    pub fn parse(text: &str) -> Result<ConfidenceTable, Error> {
        let mut table = ConfidenceTable {
            confidence: vec![None; CELLS],
            counts: vec![(0, 0); CELLS],
        };
        for (number, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let corrupt = |reason: String| Error::CorruptModel {
                line: number + 1,
                reason,
            };
            let fields: Vec<&str> = line.split_whitespace().collect();
            let [pattern, kind, cue, speaker, source, confidence, counts] = fields[..] else {
                return Err(corrupt(format!(
                    "expected seven fields, found {}",
                    fields.len()
                )));
            };
            let position = |names: &[&str], name: &str, what: &str| {
                names
                    .iter()
                    .position(|&known| known == name)
                    .ok_or_else(|| corrupt(format!("unknown {what} {name:?}")))
            };
            let pattern_names: Vec<&str> = PATTERNS.iter().map(|&(_, name)| name).collect();
            let kind_names: Vec<&str> = KINDS.iter().map(|&(_, name)| name).collect();
            let cell = Cell {
                pattern: position(&pattern_names, pattern, "pattern")?,
                kind: position(&kind_names, kind, "kind")?,
                cue: position(&CUES, cue, "cue class")?,
                speaker: position(&SPEAKERS, speaker, "speaker state")?,
                source: position(&SOURCES, source, "source kind")?,
            };
            let confidence: f32 = crate::linear::parse_decimal(confidence)
                .filter(|value: &f32| (0.0..=1.0).contains(value))
                .ok_or_else(|| corrupt(format!("confidence {confidence:?} is not in [0, 1]")))?;
            let (matched, count) = counts
                .split_once('/')
                .and_then(|(matched, count)| Some((matched.parse().ok()?, count.parse().ok()?)))
                .ok_or_else(|| corrupt(format!("counts {counts:?} are not matched/count")))?;
            table.confidence[cell.index()] = Some(confidence);
            table.counts[cell.index()] = (count, matched);
        }
        Ok(table)
    }
}

/// Sets the confidence of each attribution (found in `analysis`) from
/// `table`, where its cell was seen in training.
pub fn calibrate(
    found: &mut [Attribution],
    analysis: &TextAnalysis,
    mentions: &Mentions,
    table: &ConfidenceTable,
) {
    for attribution in found {
        if let Some(confidence) = table.confidence(Cell::of(attribution, analysis, mentions)) {
            attribution.confidence = confidence;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(pattern: usize, kind: usize, speaker: usize, source: usize) -> Cell {
        Cell {
            pattern,
            kind,
            cue: 1,
            speaker,
            source,
        }
    }

    #[test]
    fn cell_indices_round_trip() {
        for index in 0..CELLS {
            assert_eq!(Cell::from_index(index).index(), index);
        }
    }

    #[test]
    fn a_cell_leans_on_its_group_and_the_group_on_the_whole() {
        let common = cell(0, 1, 1, 1);
        let rare = cell(0, 1, 0, 3);
        let other_group = cell(1, 0, 1, 1);
        let mut outcomes = vec![(common, true); 90];
        outcomes.extend(vec![(common, false); 10]);
        outcomes.push((rare, false));
        outcomes.extend(vec![(other_group, false); 100]);
        let table = ConfidenceTable::from_outcomes(&outcomes);
        // The common cell is close to its own 0.9.
        assert_eq!(table.confidence(common), Some(0.9));
        // One miss moves the rare cell only a little below its group.
        let rare_confidence = table.confidence(rare).unwrap();
        assert!(
            rare_confidence > 0.7 && rare_confidence < 0.9,
            "{rare_confidence}"
        );
        assert!(table.confidence(other_group).unwrap() < 0.1);
        // A cell never seen has no confidence of its own.
        assert_eq!(table.confidence(cell(5, 2, 0, 4)), None);
    }

    #[test]
    fn the_table_reads_back_what_it_writes() {
        let outcomes = [(cell(0, 0, 1, 1), true), (cell(2, 1, 0, 0), false)];
        let table = ConfidenceTable::from_outcomes(&outcomes);
        let text = table.to_text("generated by a test\nsecond line");
        assert!(text.starts_with("# generated by a test\n# second line\n"));
        assert_eq!(ConfidenceTable::parse(&text).unwrap(), table);
    }

    #[test]
    fn a_corrupt_table_is_an_error_with_its_line() {
        let error =
            ConfidenceTable::parse("# header\nsource-first direct speech resolved name 1.5 1/1\n")
                .unwrap_err();
        assert!(error.to_string().contains("line 2"), "{error}");
        assert!(ConfidenceTable::parse("sideways direct speech resolved name 0.5 1/2").is_err());
        assert!(ConfidenceTable::parse("source-first direct speech resolved name 0.5").is_err());
    }

    #[test]
    fn the_embedded_table_parses() {
        assert!(embedded_confidence_table().is_ok());
    }
}
