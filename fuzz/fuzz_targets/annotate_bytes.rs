//! Arbitrary bytes, read as UTF-8 where they are (lossily elsewhere), in
//! every offset unit: annotation must never panic and every span must slice.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::{annotate, OffsetUnit, Options};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for offsets in [OffsetUnit::Utf8, OffsetUnit::Utf16, OffsetUnit::Chars] {
        let document = annotate(&text, &Options { offsets, claims: true }).expect("no error below the size limit");
        if offsets == OffsetUnit::Utf8 {
            for quote in &document.quotes {
                for part in &quote.content {
                    assert!(text.get(part.start..part.end).is_some(), "content part off char boundaries");
                }
            }
        }
    }
});
