//! Fast membership tests for the hand-written word lists.
//!
//! The lists are kept as plain slices next to the code that uses them, easy
//! to read and review; each is turned into a hash set once, on first use,
//! through a `LazyLock` static declared with [`word_set!`](crate::word_set).
//! The lists asked about at every token go into a [`HashedWordMap`] instead,
//! looked up by the token's [`word_hash`], which the text stage computes once.

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

/// A fast, well-mixed 32-bit hash of a word, eight bytes at a time, the same
/// on every platform. [`crate::text::TextAnalysis::token_hashes`] holds it
/// for every token, so the lexicon look-ups of [`HashedWordMap`] and the
/// learned models' features never hash a token's text again.
pub const fn word_hash(word: &str) -> u32 {
    const MULTIPLIER: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut rest = word.as_bytes();
    // The length goes into the top byte, where the bytes of a word shorter
    // than eight never reach.
    let mut state = 0x243f_6a88_85a3_08d3 ^ ((rest.len() as u64) << 56);
    while let Some((chunk, tail)) = rest.split_first_chunk::<8>() {
        state = (state ^ u64::from_le_bytes(*chunk)).wrapping_mul(MULTIPLIER);
        state ^= state >> 32;
        rest = tail;
    }
    state = (state ^ last_bytes(rest)).wrapping_mul(MULTIPLIER);
    // The high half of the product depends on every input bit.
    (state >> 32) as u32
}

/// The zero to seven bytes of `rest` as a little-endian number, read with
/// at most three loads instead of a loop: two overlapping four-byte reads
/// for four to seven bytes, the first, middle and last byte for one to
/// three (overlapping bytes land on themselves, so the value is exact).
const fn last_bytes(rest: &[u8]) -> u64 {
    let length = rest.len();
    if let (Some(first), Some(last)) = (rest.first_chunk::<4>(), rest.last_chunk::<4>()) {
        let low = u32::from_le_bytes(*first) as u64;
        let high = u32::from_le_bytes(*last) as u64;
        low | (high << (8 * (length - 4)))
    } else if length > 0 {
        (rest[0] as u64)
            | ((rest[length / 2] as u64) << (8 * (length / 2)))
            | ((rest[length - 1] as u64) << (8 * (length - 1)))
    } else {
        0
    }
}

/// A map from static words to small values, looked up by a word together
/// with its [`word_hash`] (open addressing, at most a quarter full), so a token
/// whose hash is already known costs a probe and a comparison. The hashes
/// are kept in their own array, four bytes a slot, so that the probes of a
/// whole text stay in the processor's first-level cache.
#[derive(Clone, Debug)]
pub struct HashedWordMap<V> {
    /// Each slot's stored hash ([`HashedWordMap::stored`]), 0 when empty.
    hashes: Vec<u32>,
    /// Each slot's word and value (meaningless where the hash is 0).
    entries: Vec<(&'static str, V)>,
    mask: usize,
}

impl<V: Copy + Default + std::ops::BitOr<Output = V>> HashedWordMap<V> {
    /// Builds the map; a word listed twice gets the union (`|`) of its values.
    pub fn from_lists(lists: &[(&[&'static str], V)]) -> HashedWordMap<V> {
        HashedWordMap::from_pairs(
            lists
                .iter()
                .flat_map(|&(list, value)| list.iter().map(move |&word| (word, value))),
        )
    }

    /// Builds the map from words with their values; a word given twice gets
    /// the union (`|`) of its values.
    pub fn from_pairs(
        pairs: impl IntoIterator<Item = (&'static str, V)> + Clone,
    ) -> HashedWordMap<V> {
        let count = pairs.clone().into_iter().count();
        // Most tokens are in no list, and a miss probes until an empty
        // slot: at most a quarter full, a miss takes about 1.4 probes where
        // half full took 2.5, and real news ran 5 % faster for it.
        let size = (count * 4).next_power_of_two().max(8);
        let mut map = HashedWordMap {
            hashes: vec![0; size],
            entries: vec![("", V::default()); size],
            mask: size - 1,
        };
        for (word, value) in pairs {
            map.insert(word, value);
        }
        map
    }

    /// The hash as stored: never 0, which marks an empty slot.
    fn stored(hash: u32) -> u32 {
        hash.max(1)
    }

    fn insert(&mut self, word: &'static str, value: V) {
        let hash = HashedWordMap::<V>::stored(word_hash(word));
        let mut index = hash as usize & self.mask;
        loop {
            if self.hashes[index] == 0 {
                self.hashes[index] = hash;
                self.entries[index] = (word, value);
                return;
            }
            let entry = &mut self.entries[index];
            if self.hashes[index] == hash && entry.0 == word {
                entry.1 = entry.1 | value;
                return;
            }
            index = (index + 1) & self.mask;
        }
    }

    /// The value of `word`, whose [`word_hash`] is `hash`.
    #[inline]
    pub fn get_hashed(&self, hash: u32, word: &str) -> Option<V> {
        let hash = HashedWordMap::<V>::stored(hash);
        let mut index = hash as usize & self.mask;
        loop {
            let slot = self.hashes[index];
            if slot == 0 {
                return None;
            }
            if slot == hash && self.entries[index].0 == word {
                return Some(self.entries[index].1);
            }
            index = (index + 1) & self.mask;
        }
    }

    /// The value of `word`.
    pub fn get(&self, word: &str) -> Option<V> {
        self.get_hashed(word_hash(word), word)
    }
}
