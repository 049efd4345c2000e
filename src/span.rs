//! The one span type of the crate.
//!
//! Every span inside the Rust core is a half-open range of **byte offsets**
//! into the analysed text, and always satisfies `start <= end`. Both ends lie
//! on `char` boundaries of the text the span was made from, so
//! `&text[span.start()..span.end()]` never panics. Offsets are stored as
//! `u32` (inputs are capped at [`crate::MAX_INPUT_BYTES`], far below 4 GiB),
//! which halves the memory of every token. Conversion to UTF-16 code
//! units or code points happens once, at the output boundary
//! ([`crate::output`]).

use serde::Serialize;

/// A half-open byte range `[start, end)` with the invariant `start <= end`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    start: u32,
    end: u32,
}

impl Span {
    /// Creates a span. Panics if `start > end`, because that can only be a
    /// bug in the caller: every span is derived from positions in the text,
    /// never from user-supplied numbers.
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "span start {start} is after its end {end}");
        assert!(
            end <= u32::MAX as usize,
            "span end {end} is beyond what a span holds"
        );
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    /// The smallest span covering both `self` and `other`.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The first byte offset of the span.
    pub fn start(self) -> usize {
        self.start as usize
    }

    /// The byte offset one past the span's last byte.
    pub fn end(self) -> usize {
        self.end as usize
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// Whether the span covers no bytes.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text the span covers; empty when the span does not fit `text`,
    /// which only happens if the span was made from another text.
    pub fn slice(self, text: &str) -> &str {
        text.get(self.start()..self.end()).unwrap_or("")
    }
}
