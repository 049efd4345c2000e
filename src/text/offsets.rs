//! Conversion of byte offsets into the other offset units a caller may want.
//!
//! Rust works in bytes; JavaScript strings are indexed in UTF-16 code units;
//! Python and the PolNeAR corpus count Unicode code points. The converter
//! reads the text once into a table of counts per 64-byte block; each offset
//! then converts in constant time, so a whole document converts in
//! `O(n + k)` for `k` offsets.

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

/// The number of `unit`s in `bytes`, a run of UTF-8 bytes: every byte that
/// starts a character counts one, and in UTF-16 a four-byte character (an
/// emoji) counts two. The run need not start or end on a character
/// boundary: each character is counted where its first byte is. ASCII runs,
/// most of a news text, are counted by their length alone.
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

/// Bytes per block of [`OffsetConverter`]'s table.
const BLOCK_BYTES: usize = 64;

/// Maps byte offsets of one text to another unit in constant time: a table
/// holds the count of units before every 64-byte block (one `u32` per block,
/// a sixteenth of the text's size), and a conversion counts the few bytes
/// between its block's start and the offset. Building the table reads the
/// text once, so a document converts in time linear in the text and in the
/// number of offsets, whatever their order.
#[derive(Debug)]
pub struct OffsetConverter<'text> {
    text: &'text [u8],
    unit: OffsetUnit,
    /// Units before each block (empty for byte offsets, which need none).
    units_before_block: Vec<u32>,
}

impl<'text> OffsetConverter<'text> {
    /// Prepares the conversion of byte offsets of `text` into `unit`.
    pub fn new(text: &'text str, unit: OffsetUnit) -> OffsetConverter<'text> {
        let bytes = text.as_bytes();
        let mut units_before_block = Vec::new();
        if unit != OffsetUnit::Utf8 {
            units_before_block.reserve(bytes.len() / BLOCK_BYTES + 1);
            let mut counted = 0usize;
            for block in bytes.chunks(BLOCK_BYTES) {
                // Texts are limited to 64 MiB (`MAX_INPUT_BYTES`), so counts fit.
                units_before_block.push(counted as u32);
                counted += units_in(block, unit);
            }
            // The block that starts at the very end, for the offset one past
            // the last character when the length is a multiple of the block.
            units_before_block.push(counted as u32);
        }
        OffsetConverter {
            text: bytes,
            unit,
            units_before_block,
        }
    }

    /// The offset in the converter's unit of `byte_offset`, a character
    /// boundary of the text (an offset past the end is clamped to it).
    pub fn convert(&self, byte_offset: usize) -> usize {
        if self.unit == OffsetUnit::Utf8 {
            return byte_offset;
        }
        let offset = byte_offset.min(self.text.len());
        let block = offset / BLOCK_BYTES;
        let block_start = block * BLOCK_BYTES;
        let before = self
            .units_before_block
            .get(block)
            .map_or(0, |&count| count as usize);
        before + units_in(&self.text[block_start..offset], self.unit)
    }
}
