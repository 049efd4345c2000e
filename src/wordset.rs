//! Fast membership tests for the hand-written word lists.
//!
//! The lists are kept as plain slices next to the code that uses them, easy
//! to read and review; each is turned into a hash set once, on first use,
//! through a `LazyLock` static declared with [`word_set!`](crate::word_set).

use std::collections::HashSet;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: for short lower-case words it is several times faster than the
/// default SipHash, and these sets never see adversarial keys' effects
/// beyond a slower lookup (the lists are fixed; only lookups take input).
#[derive(Default, Clone, Copy)]
pub struct FnvHasher(u64);

impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &byte in bytes {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

/// A hash set of static words using [`FnvHasher`].
pub type WordSet = HashSet<&'static str, BuildHasherDefault<FnvHasher>>;

/// Builds a set from several static word lists.
pub fn build_word_set(lists: &[&[&'static str]]) -> WordSet {
    lists.iter().flat_map(|list| list.iter().copied()).collect()
}

/// Declares a lazily built `HashSet<&'static str>` static from word lists.
#[macro_export]
#[doc(hidden)]
macro_rules! word_set {
    ($name:ident = $($list:expr),+ $(,)?) => {
        static $name: std::sync::LazyLock<$crate::wordset::WordSet> =
            std::sync::LazyLock::new(|| $crate::wordset::build_word_set(&[$($list),+]));
    };
}
