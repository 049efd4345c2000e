//! Readers for the annotated corpora used to measure and train whosaid
//! (native builds only). The corpora are never shipped with the project;
//! every reader takes a path and reports a missing path as an error that
//! names it.

pub mod checkworthy;
pub mod polnear;

use std::path::Path;

/// An I/O or format problem in a corpus file, with the file named.
#[derive(Debug, thiserror::Error)]
#[error("{path}: {message}")]
pub struct CorpusError {
    /// The file or folder.
    pub path: String,
    /// What went wrong.
    pub message: String,
}

impl CorpusError {
    pub(crate) fn new(path: &Path, message: impl std::fmt::Display) -> CorpusError {
        CorpusError {
            path: path.display().to_string(),
            message: message.to_string(),
        }
    }
}

pub(crate) fn read_to_string(path: &Path) -> Result<String, CorpusError> {
    std::fs::read_to_string(path).map_err(|error| CorpusError::new(path, error))
}

pub(crate) fn sorted_entries(folder: &Path) -> Result<Vec<std::path::PathBuf>, CorpusError> {
    let mut entries: Vec<_> = std::fs::read_dir(folder)
        .map_err(|error| CorpusError::new(folder, error))?
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    entries.sort();
    Ok(entries)
}
