//! Conversion of byte offsets into the other offset units a caller may want.
//!
//! Rust works in bytes; JavaScript strings are indexed in UTF-16 code units;
//! Python and the PolNeAR corpus count Unicode code points. The converter
//! sorts the offsets it is asked about and walks the text once, so a whole
//! document converts in `O(n + k log k)` for `k` offsets.

use crate::error::Error;
use std::str::FromStr;

/// The unit in which offsets are reported outside the Rust core.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum OffsetUnit {
    /// UTF-8 bytes (Rust string indices).
    Utf8,
    /// UTF-16 code units (JavaScript string indices); the default at the JS boundary.
    #[default]
    Utf16,
    /// Unicode code points (Python string indices).
    Chars,
}

impl FromStr for OffsetUnit {
    type Err = Error;

    fn from_str(value: &str) -> Result<OffsetUnit, Error> {
        match value {
            "utf8" | "bytes" => Ok(OffsetUnit::Utf8),
            "utf16" => Ok(OffsetUnit::Utf16),
            "chars" | "codepoints" => Ok(OffsetUnit::Chars),
            _ => Err(Error::BadOption {
                option: "offsets",
                value: value.to_string(),
                expected: "\"utf16\", \"utf8\" or \"chars\"",
            }),
        }
    }
}

/// Maps a fixed set of byte offsets of one text to another unit.
#[derive(Debug)]
pub struct OffsetConverter {
    /// The prepared byte offsets, sorted and without duplicates.
    byte_offsets: Vec<usize>,
    /// The same offsets in the target unit, index for index.
    converted: Vec<usize>,
    unit: OffsetUnit,
}

impl OffsetConverter {
    /// Prepares the conversion of every offset in `byte_offsets` (each on a
    /// `char` boundary of `text`) into `unit`.
    pub fn new(
        text: &str,
        unit: OffsetUnit,
        byte_offsets: impl IntoIterator<Item = usize>,
    ) -> OffsetConverter {
        if unit == OffsetUnit::Utf8 {
            return OffsetConverter {
                byte_offsets: Vec::new(),
                converted: Vec::new(),
                unit,
            };
        }
        let mut wanted: Vec<usize> = byte_offsets.into_iter().collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut converted = Vec::with_capacity(wanted.len());
        let mut counted = 0usize;
        let mut characters = text.char_indices().peekable();
        for &offset in &wanted {
            while let Some(&(byte_index, character)) = characters.peek() {
                if byte_index >= offset {
                    break;
                }
                counted += match unit {
                    OffsetUnit::Utf16 => character.len_utf16(),
                    _ => 1,
                };
                characters.next();
            }
            converted.push(counted);
        }
        OffsetConverter {
            byte_offsets: wanted,
            converted,
            unit,
        }
    }

    /// The converted offset; byte offsets that were not prepared are
    /// returned unchanged (a bug, caught by the offset tests).
    pub fn convert(&self, byte_offset: usize) -> usize {
        if self.unit == OffsetUnit::Utf8 {
            return byte_offset;
        }
        match self.byte_offsets.binary_search(&byte_offset) {
            Ok(index) => self.converted[index],
            Err(_) => byte_offset,
        }
    }
}
