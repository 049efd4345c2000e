//! PolNeAR: news articles with brat standoff attributions (Source, Cue,
//! Content), offsets in Unicode code points, `;` between the parts of a
//! discontinuous span. Offsets are converted to bytes on reading.

use super::{read_to_string, sorted_entries, CorpusError};
use crate::span::Span;
use std::collections::HashMap;
use std::path::Path;

/// One gold attribution.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct GoldAttribution {
    /// Content parts, in text order.
    pub content: Vec<Span>,
    /// Cue parts.
    pub cue: Vec<Span>,
    /// Source parts.
    pub source: Vec<Span>,
}

/// One annotated article.
#[derive(Clone, Debug)]
pub struct GoldDocument {
    /// The file stem.
    pub name: String,
    /// The article text.
    pub text: String,
    /// Its attributions.
    pub attributions: Vec<GoldAttribution>,
}

/// One article that several annotators marked up on their own.
#[derive(Clone, Debug)]
pub struct MultiplyAnnotatedDocument {
    /// The file stem, without the annotator's suffix.
    pub name: String,
    /// The article text.
    pub text: String,
    /// Each annotator's attributions, in annotation-file name order.
    pub annotations: Vec<Vec<GoldAttribution>>,
}

/// The annotation files of a split folder, grouped by article (file stems
/// are `ARTICLE_ANNOTATOR`), each group in name order, articles sorted.
fn annotation_files_by_article(
    folder: &Path,
) -> Result<Vec<(String, Vec<std::path::PathBuf>)>, CorpusError> {
    let mut by_article: HashMap<String, Vec<std::path::PathBuf>> = HashMap::new();
    for path in sorted_entries(&folder.join("attributions"))? {
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else {
            continue;
        };
        if path.extension().and_then(|e| e.to_str()) != Some("ann") {
            continue;
        }
        let Some((article, _annotator)) = stem.rsplit_once('_') else {
            continue;
        };
        by_article
            .entry(article.to_string())
            .or_default()
            .push(path);
    }
    let mut articles: Vec<(String, Vec<std::path::PathBuf>)> = by_article.into_iter().collect();
    articles.sort();
    Ok(articles)
}

fn read_annotation_file(text: &str, path: &Path) -> Result<Vec<GoldAttribution>, CorpusError> {
    parse_annotations(text, &read_to_string(path)?)
        .map_err(|message| CorpusError::new(path, message))
}

/// Reads a PolNeAR split folder (`text/`, `attributions/`), taking the
/// first annotator's file (in name order) for each article.
pub fn read_split(folder: &Path) -> Result<Vec<GoldDocument>, CorpusError> {
    let mut documents = Vec::new();
    for (name, paths) in annotation_files_by_article(folder)? {
        let text = read_to_string(&folder.join("text").join(format!("{name}.txt")))?;
        let attributions = read_annotation_file(&text, &paths[0])?;
        documents.push(GoldDocument {
            name,
            text,
            attributions,
        });
    }
    if documents.is_empty() {
        return Err(CorpusError::new(folder, "no annotated articles found"));
    }
    Ok(documents)
}

/// Reads the articles of a split folder that two or more annotators marked
/// up (PolNeAR has 16 in train and 2 in dev), with every annotation.
pub fn read_multiply_annotated(
    folder: &Path,
) -> Result<Vec<MultiplyAnnotatedDocument>, CorpusError> {
    let mut documents = Vec::new();
    for (name, paths) in annotation_files_by_article(folder)? {
        if paths.len() < 2 {
            continue;
        }
        let text = read_to_string(&folder.join("text").join(format!("{name}.txt")))?;
        let annotations = paths
            .iter()
            .map(|path| read_annotation_file(&text, path))
            .collect::<Result<Vec<_>, _>>()?;
        documents.push(MultiplyAnnotatedDocument {
            name,
            text,
            annotations,
        });
    }
    if documents.is_empty() {
        return Err(CorpusError::new(
            folder,
            "no article has more than one annotator's file",
        ));
    }
    Ok(documents)
}

/// Parses brat standoff lines into attributions with byte spans.
pub fn parse_annotations(text: &str, annotations: &str) -> Result<Vec<GoldAttribution>, String> {
    // Code point index -> byte offset, with one extra entry for the end.
    let mut byte_of_char: Vec<usize> = text.char_indices().map(|(at, _)| at).collect();
    byte_of_char.push(text.len());
    let to_byte = |index: usize| {
        byte_of_char
            .get(index)
            .copied()
            .ok_or_else(|| format!("offset {index} is past the text end"))
    };
    let mut spans: HashMap<&str, (&str, Vec<Span>)> = HashMap::new();
    let mut events = Vec::new();
    for line in annotations.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        if fields.len() < 2 {
            continue;
        }
        if fields[0].starts_with('T') {
            let (kind, ranges) = fields[1]
                .split_once(' ')
                .ok_or_else(|| format!("bad span line {line:?}"))?;
            let mut parts = Vec::new();
            for range in ranges.split(';') {
                let mut numbers = range.split_whitespace().map(|n| n.parse::<usize>());
                match (numbers.next(), numbers.next()) {
                    (Some(Ok(start)), Some(Ok(end))) if start <= end => {
                        parts.push(Span::new(to_byte(start)?, to_byte(end)?))
                    }
                    _ => return Err(format!("bad range {range:?}")),
                }
            }
            parts.sort();
            spans.insert(fields[0], (kind, parts));
        } else if fields[0].starts_with('E') {
            events.push(fields[1]);
        }
    }
    let mut attributions = Vec::new();
    for event in events {
        let mut attribution = GoldAttribution::default();
        for argument in event.split_whitespace() {
            let Some((role, id)) = argument.split_once(':') else {
                continue;
            };
            let Some((_, parts)) = spans.get(id) else {
                continue;
            };
            match role {
                "Content" => attribution.content = parts.clone(),
                "Cue" => attribution.cue = parts.clone(),
                "Source" => attribution.source = parts.clone(),
                _ => {}
            }
        }
        if !attribution.content.is_empty() {
            attributions.push(attribution);
        }
    }
    Ok(attributions)
}
