//! Typed errors of the library. The binary wraps them with `anyhow`; the
//! wasm boundary turns them into `JsError` with the same message.

use thiserror::Error;

/// Everything that can go wrong when annotating or reading options.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum Error {
    /// The input is larger than [`crate::MAX_INPUT_BYTES`].
    #[error("the text is {actual} bytes long; whosaid annotates at most {limit} bytes at a time")]
    InputTooLarge { actual: usize, limit: usize },
    /// An option had a value whosaid does not know.
    #[error("unknown value {value:?} for option {option:?}; expected one of {expected}")]
    BadOption {
        option: &'static str,
        value: String,
        expected: &'static str,
    },
    /// Options given from JavaScript were not an object of the documented shape.
    #[error("options must be an object like {{\"offsets\": \"utf16\"}}: {0}")]
    BadOptionsObject(String),
    /// A generated model table failed to parse (a corrupted build output).
    #[error("embedded model table is corrupt at line {line}: {reason}")]
    CorruptModel { line: usize, reason: String },
    /// A training command found nothing to learn from (an empty corpus folder).
    #[error("no training data: {0}")]
    NoTrainingData(&'static str),
}
