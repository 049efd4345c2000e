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

/// The number of `unit`s in `bytes`, a run of whole UTF-8 characters:
/// every byte that starts a character counts one, and in UTF-16 a four-byte
/// character (an emoji) counts two. ASCII runs, most of a news text, are
/// counted by their length alone.
fn units_in(bytes: &[u8], unit: OffsetUnit) -> usize {
    if bytes.is_ascii() {
        return bytes.len();
    }
    let starts = bytes.iter().filter(|&&byte| byte & 0xC0 != 0x80).count();
    match unit {
        OffsetUnit::Utf16 => starts + bytes.iter().filter(|&&byte| byte >= 0xF0).count(),
        _ => starts,
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
        // The offsets arrive as a few long ascending runs (each speaker's
        // mentions, then the quotes, then the claims); the stable sort merges
        // runs instead of re-sorting them.
        wanted.sort();
        wanted.dedup();
        let mut converted = Vec::with_capacity(wanted.len());
        let bytes = text.as_bytes();
        let mut counted = 0usize;
        let mut previous = 0usize;
        for &offset in &wanted {
            // Offsets come from spans of `text`, on character boundaries; one
            // past the end is clamped rather than trusted.
            let offset = offset.min(bytes.len()).max(previous);
            counted += units_in(&bytes[previous..offset], unit);
            converted.push(counted);
            previous = offset;
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
