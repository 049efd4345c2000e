//! The hashes behind the learned models' features and the lexicon look-ups.
//! The embedded weights were trained with these exact functions, so their
//! values are pinned here: a change to either function must come with
//! retrained models (`whosaid train-attribution`, `whosaid train-claims`).

use whosaid::linear::{combined_feature, FeatureHash, BUCKETS};
use whosaid::text::TextAnalysis;
use whosaid::wordset::{word_hash, HashedWordMap};

#[test]
fn word_hash_values_are_pinned() {
    assert_eq!(word_hash(""), 4_158_815_210);
    assert_eq!(word_hash("said"), 1_492_495_905);
    assert_eq!(word_hash("spokeswoman"), 3_896_733_315);
    // Longer than one eight-byte chunk and longer than three.
    assert_eq!(word_hash("antidisestablishmentarianism"), 1_514_360_670);
    assert_eq!(
        combined_feature(FeatureHash::template("w"), word_hash("said"), 0),
        2_004
    );
}

#[test]
fn word_hash_separates_near_words() {
    let words = [
        "said",
        "says",
        "saying",
        "aid",
        "said ",
        "Said",
        "said’",
        "eight888",
        "eight8888",
    ];
    for (index, first) in words.iter().enumerate() {
        for second in &words[index + 1..] {
            assert_ne!(word_hash(first), word_hash(second), "{first} / {second}");
        }
    }
}

#[test]
fn word_hash_reads_every_byte_of_every_length() {
    // Changing any one byte of a word of any length changes its hash, and
    // no two lengths of the same letters collide.
    let letters = "abcdefghijklmnopqrstuvwxyz";
    let mut seen = std::collections::HashSet::new();
    for length in 0..=letters.len() {
        let word = &letters[..length];
        assert!(seen.insert(word_hash(word)), "{word}");
        for position in 0..length {
            let mut changed = word.as_bytes().to_vec();
            changed[position] = b'Z';
            let changed = String::from_utf8(changed).unwrap_or_default();
            assert_ne!(word_hash(word), word_hash(&changed), "{word} / {changed}");
        }
    }
}

#[test]
fn combined_features_fall_in_the_buckets_and_keep_their_parts_apart() {
    for template in ["w", "b", "bias"] {
        for (first, second) in [(0, 0), (1, 0), (0, 1), (u32::MAX, 7)] {
            assert!(combined_feature(FeatureHash::template(template), first, second) < BUCKETS);
        }
    }
    // The parts are ordered: a pair and its reverse are different features.
    let template = FeatureHash::template("b");
    assert_ne!(
        combined_feature(template, word_hash("not"), word_hash("true")),
        combined_feature(template, word_hash("true"), word_hash("not"))
    );
}

#[test]
fn hashed_word_map_finds_listed_words_only() {
    let map: HashedWordMap<u8> =
        HashedWordMap::from_lists(&[(&["said", "told", "added"], 1), (&["told", "wrote"], 2)]);
    assert_eq!(map.get("said"), Some(1));
    assert_eq!(
        map.get("told"),
        Some(3),
        "a word in two lists gets both bits"
    );
    assert_eq!(map.get("wrote"), Some(2));
    assert_eq!(map.get("say"), None);
    assert_eq!(map.get(""), None);
    assert_eq!(map.get_hashed(word_hash("added"), "added"), Some(1));
    // A hash that matches but a different word is not a hit.
    assert_eq!(map.get_hashed(word_hash("added"), "adder"), None);
}

#[test]
fn token_hashes_are_the_hashes_of_lower_case_tokens() {
    let analysis = TextAnalysis::new("Okafor SAID: “No.” 😀");
    assert_eq!(analysis.token_hashes.len(), analysis.tokens.len());
    for (token, &hash) in analysis.tokens.iter().zip(&analysis.token_hashes) {
        let text = if token.lower.is_empty() {
            token.span.slice(analysis.text)
        } else {
            token.lower.as_str()
        };
        assert_eq!(hash, word_hash(text), "{text}");
    }
    assert_eq!(analysis.token_hashes[1], word_hash("said"));
}

#[test]
fn the_pronoun_list_matches_what_pronoun_info_knows() {
    use whosaid::mentions::lexicon::{pronoun_info, PRONOUNS};
    for word in PRONOUNS {
        assert!(pronoun_info(word).is_some(), "{word}");
    }
    let known = [
        "he", "him", "she", "her", "they", "them", "it", "i", "me", "we", "us", "you",
    ];
    assert!(known.iter().all(|word| PRONOUNS.contains(word)));
    assert!(pronoun_info("the").is_none() && !PRONOUNS.contains(&"the"));
}
