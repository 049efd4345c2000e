//! Fast membership tests for the hand-written word lists.
//!
//! The lists are kept as plain slices next to the code that uses them, easy
//! to read and review; each is turned into a hash set once, on first use,
//! through a `LazyLock` static declared with [`word_set!`](crate::word_set).

use std::collections::HashSet;

/// Builds a set from several static word lists.
pub fn build_word_set(lists: &[&[&'static str]]) -> HashSet<&'static str> {
    lists.iter().flat_map(|list| list.iter().copied()).collect()
}

/// Declares a lazily built `HashSet<&'static str>` static from word lists.
#[macro_export]
#[doc(hidden)]
macro_rules! word_set {
    ($name:ident = $($list:expr),+ $(,)?) => {
        static $name: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
            std::sync::LazyLock::new(|| $crate::wordset::build_word_set(&[$($list),+]));
    };
}
