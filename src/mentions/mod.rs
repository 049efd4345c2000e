//! Stage 2 of the pipeline: mentions of people, organisations and groups,
//! and their grouping into entities.
//!
//! A *mention* is a stretch of text that names a possible speaker: a name
//! with its titles ("Finance Minister Amina Okafor"), a common-noun phrase
//! ("the spokeswoman", "the ministry", "officials") or a pronoun ("she").
//! Names and common-noun phrases are grouped into *entities* here, by
//! rules a careful reader uses: a surname alone refers back to the full
//! name, an acronym to the spelled-out organisation, "the minister" to the
//! last person titled minister, an appositive ("Okafor, the finance
//! minister,") to the name it follows. Pronouns are left unresolved here;
//! the attribution stage resolves them, because who "he" is depends on who
//! has been speaking.

pub mod lexicon;

use crate::span::Span;
use crate::text::{
    is_headline, small_number_word_value, QuoteChar, TextAnalysis, Token, TokenKind,
};
use crate::word_set;
use crate::wordset::FnvHasher;
use crate::wordset::HashedWordMap;
use compact_str::CompactString;
use lexicon::*;
use serde::Serialize;
use smallvec::{smallvec, SmallVec};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;
use std::sync::LazyLock;

word_set!(FEMALE_NAMES = FEMALE_FIRST_NAMES);
word_set!(MALE_NAMES = MALE_FIRST_NAMES);

/// Bits of a word's entries in the lexicon lists that mention finding asks
/// about at every word.
mod class {
    pub const TITLE: u16 = 1;
    pub const ROLE: u16 = 1 << 1;
    pub const ORGANIZATION: u16 = 1 << 2;
    pub const GROUP: u16 = 1 << 3;
    pub const DETERMINER: u16 = 1 << 4;
    pub const NOT_NAME: u16 = 1 << 5;
    pub const CONNECTOR: u16 = 1 << 6;
    pub const SUFFIX: u16 = 1 << 7;
    pub const PRONOUN: u16 = 1 << 8;
    /// A nationality or a party's adjective ("Chinese", "Republican").
    pub const GROUP_ADJECTIVE: u16 = 1 << 9;
    /// A noun that can head a phrase naming a speaker.
    pub const SPEAKER_NOUN: u16 = ROLE | ORGANIZATION | GROUP;
}

/// Every word of those lists with the bits of the lists it is in.
static WORD_CLASSES: LazyLock<HashedWordMap<u16>> = LazyLock::new(|| {
    HashedWordMap::from_lists(&[
        (PERSON_TITLES, class::TITLE),
        (ROLE_NOUNS, class::ROLE),
        (ORGANIZATION_NOUNS, class::ORGANIZATION),
        (GROUP_NOUNS, class::GROUP),
        (DETERMINERS, class::DETERMINER),
        (NOT_NAME_WORDS, class::NOT_NAME),
        (NAME_CONNECTORS, class::CONNECTOR),
        (NAME_SUFFIXES, class::SUFFIX),
        (PRONOUNS, class::PRONOUN),
        (DEMONYMS, class::GROUP_ADJECTIVE),
        (PARTY_ADJECTIVES, class::GROUP_ADJECTIVE),
    ])
});

/// The class bits of a lower-case word.
fn word_class(word: &str) -> u16 {
    WORD_CLASSES.get(word).unwrap_or(0)
}

/// The class bits of every token (0 for anything but words): one look-up
/// per word, where the rules below ask up to a dozen questions about it.
fn token_classes(analysis: &TextAnalysis) -> Vec<u16> {
    let tokens = &analysis.tokens;
    tokens
        .iter()
        .zip(&analysis.token_hashes)
        .enumerate()
        .map(|(index, (token, &hash))| {
            if !token.is_word() {
                return 0;
            }
            let classes = WORD_CLASSES.get_hashed(hash, &token.lower).unwrap_or(0);
            if classes == 0 && is_parent_of_count(&token.lower) {
                return class::TITLE;
            }
            // (Only a capitalised pronoun is looked at again.)
            if classes & class::PRONOUN != 0
                && token.capitalized
                && is_acronym_not_pronoun(analysis, index)
            {
                0
            } else {
                classes
            }
        })
        .collect()
}

/// Whether `word` (lower case) is the token "'s" or "’s": a possessive, or
/// "is" or "has" contracted.
pub fn is_apostrophe_s(word: &str) -> bool {
    matches!(word, "'s" | "\u{2019}s")
}

/// Whether `word` (lower case) is a parent's epithet that British papers
/// put before a name like a title: "Mother-of-two Leanne Watt",
/// "father-of-three".
fn is_parent_of_count(word: &str) -> bool {
    // (Asked of every word without a class: a byte search for the first
    // hyphen, not a substring searcher, which costs more to set up than
    // the word is long.)
    let Some(hyphen) = word.bytes().position(|byte| byte == b'-') else {
        return false;
    };
    let (parent, rest) = word.split_at(hyphen);
    let Some(count) = rest.strip_prefix("-of-") else {
        return false;
    };
    matches!(
        parent,
        "mother" | "father" | "mum" | "dad" | "grandmother" | "grandfather"
    ) && small_number_word_value(count).is_some()
}

/// How many entities before the latest holder of a role
/// [`Mentions::entity_for_nominal`] looks at for one of the same rank (a
/// bounded look, so that grouping stays linear).
const RANKED_ROLE_LOOK_BACK: usize = 40;

/// The start of an age ("47-year-old") right before token `start`, which
/// opens an appositive ("The driver, 47-year-old Paul Evans,"); else `start`.
pub fn age_before(analysis: &TextAnalysis, start: usize) -> usize {
    match start.checked_sub(1) {
        Some(age) if analysis.tokens[age].lower.ends_with("-year-old") => age,
        _ => start,
    }
}

/// Whether token `index` is "WHO" (the World Health Organization) or "US"
/// (the United States) written in capitals outside a line of capitals
/// ("WHO warns of …", not "WHO WON"): an acronym, not a pronoun.
fn is_acronym_not_pronoun(analysis: &TextAnalysis, index: usize) -> bool {
    let tokens = &analysis.tokens;
    let text = tokens[index].span.slice(analysis.text);
    if !matches!(text, "WHO" | "US") {
        return false;
    }
    let in_capitals = |token: Option<&Token>| {
        token.is_some_and(|t| {
            let word = t.span.slice(analysis.text);
            t.is_word() && word.len() > 1 && !word.chars().any(char::is_lowercase)
        })
    };
    !in_capitals(tokens.get(index + 1)) && !in_capitals(index.checked_sub(1).map(|i| &tokens[i]))
}

/// What sort of thing a speaker is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    /// A person.
    Person,
    /// An organisation, institution or publication.
    Organization,
    /// A plural group of people ("officials", "Republicans").
    Group,
    /// A document or finding that reports something ("the poll", "a new
    /// study", "the statement"): a source that "it" may take up, but never
    /// "he" or "she".
    Document,
    /// Not known (a lone capitalised word).
    Unknown,
}

impl EntityKind {
    /// Every kind, in declaration order: a kind's number (`kind as u32`)
    /// is its index here.
    pub const ALL: [EntityKind; 5] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Group,
        EntityKind::Document,
        EntityKind::Unknown,
    ];
}

/// Grammatical gender, as far as the text tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Gender {
    /// Referred to as "he".
    Male,
    /// Referred to as "she".
    Female,
    /// Referred to as "it".
    Neuter,
    /// Not known.
    Unknown,
}

impl Gender {
    /// Combines two pieces of evidence; disagreement gives `Unknown`.
    pub fn merge(self, other: Gender) -> Gender {
        match (self, other) {
            (Gender::Unknown, known) | (known, Gender::Unknown) => known,
            (left, right) if left == right => left,
            _ => Gender::Unknown,
        }
    }

    /// Whether a pronoun of gender `self` may refer to an entity of gender `other`.
    pub fn agrees_with(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// How a mention refers to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name, with or without titles.
    Name,
    /// A common-noun phrase ("the spokeswoman") or a title alone ("the President").
    Nominal,
    /// A personal pronoun.
    Pronoun,
    /// A relative pronoun ("who", "which") standing for the phrase before it.
    Relative,
}

/// The words of a name: most names have three or fewer, stored inline.
pub type NameWords = SmallVec<[CompactString; 3]>;

/// Role nouns: most mentions carry one at most, stored inline.
pub type Roles = SmallVec<[CompactString; 1]>;

/// One mention of a possible speaker.
#[derive(Clone, Debug)]
pub struct Mention {
    /// The whole mention, titles included.
    pub span: Span,
    /// Token indices of the whole mention.
    pub tokens: Range<usize>,
    /// How it refers.
    pub kind: MentionKind,
    /// What it refers to, as far as the mention alone tells.
    pub entity_kind: EntityKind,
    /// Gender evidence carried by the mention itself.
    pub gender: Gender,
    /// Whether the mention is plural ("they", "officials").
    pub plural: bool,
    /// Lower-cased words of the bare name, without titles (names only).
    pub name_words: NameWords,
    /// The bare name as written, without titles (names only).
    pub bare_span: Span,
    /// Role nouns carried by titles or by the phrase head, lower case.
    pub roles: Roles,
    /// The entity this mention belongs to (pronouns: set by attribution).
    pub entity: Option<usize>,
}

impl Mention {
    /// The words after the mention that say whom it speaks for ("for the
    /// union" after "a spokesperson"), which its [`Mention::bare_span`]
    /// runs on to take in.
    pub fn qualifier(&self) -> Option<Span> {
        (self.bare_span.end() > self.span.end())
            .then(|| Span::new(self.span.end(), self.bare_span.end()))
    }
}

/// A group of mentions that refer to the same speaker.
#[derive(Clone, Debug)]
pub struct Entity {
    /// What it is.
    pub kind: EntityKind,
    /// Its gender, merged from all evidence.
    pub gender: Gender,
    /// Whether it is plural.
    pub plural: bool,
    /// The lower-cased words of its fullest name (empty for nominal-only entities).
    pub name_words: NameWords,
    /// The span of the mention that gives its display name.
    pub name_span: Span,
    /// The mention that gives it (index into [`Mentions::mentions`]).
    pub name_mention: usize,
    /// Role nouns known for it.
    pub roles: Roles,
    /// Its mentions, in text order (indices into [`Mentions::mentions`]).
    pub mentions: SmallVec<[usize; 2]>,
    /// How many of its mentions are names: of two people who share a
    /// surname, the one the text has named more often so far is the one a
    /// bare surname means ("Cruz" after "Ted Cruz", "Cruz" and "his father,
    /// Rafael Cruz, a pastor").
    pub name_mention_count: usize,
}

/// All mentions of a text and the entities they form.
#[derive(Clone, Debug, Default)]
pub struct Mentions {
    /// Mentions in text order; they never overlap.
    pub mentions: Vec<Mention>,
    /// Entities in order of first mention.
    pub entities: Vec<Entity>,
    /// For each token, the mention covering it.
    pub mention_at_token: Vec<Option<usize>>,
    /// For each mention, whether it stands in a headline ([`is_headline`]),
    /// where a name may take in the capitalised words around it ("Telling
    /// Supporters Carson …"): such a name gives an entity its display name
    /// only until the text names it in a sentence.
    in_headline: Vec<bool>,
    /// Look-up tables over the entities, so grouping stays linear in the text.
    index: EntityIndex,
}

/// Whether a name's last word follows "of" or "for" ("Bikers for Trump",
/// "Vladimir V. Putin of Russia"): the last word names something else
/// than the whole, so it is no surname of it.
fn last_word_after_connector(words: &[CompactString]) -> bool {
    words.len() >= 3 && matches!(words[words.len() - 2].as_str(), "of" | "for")
}

/// A hash map with the fast hasher of [`crate::wordset`] (keys are words
/// of the text, short, and many).
type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FnvHasher>>;

/// Entities by the keys the grouping rules ask about. Entries are never
/// removed: every candidate is re-checked against the entity as it is now.
#[derive(Clone, Debug, Default)]
struct EntityIndex {
    /// Entities by each word of their name.
    by_name_word: EntityLists,
    /// Entities by the initials of their name ("mod", "md" for "Ministry of Defence").
    by_initials: EntityLists,
    /// The latest entity known by each role noun.
    by_role: FastMap<CompactString, usize>,
    /// Entities without a name, by their normalised noun phrase.
    by_phrase: FastMap<CompactString, usize>,
    /// The latest company named as one ("Acme Corp.", "Northbridge Capital
    /// Group"), which "the company" or "the firm" refers to.
    latest_company: Option<usize>,
}

impl EntityIndex {
    /// Tables sized for a text with `mentions` mentions, so that they do not
    /// grow (and rehash) while the entities are formed.
    fn with_capacity(mentions: usize) -> EntityIndex {
        let keys = mentions / 2 + 16;
        EntityIndex {
            by_name_word: EntityLists::with_capacity(keys),
            by_initials: EntityLists::with_capacity(keys / 2),
            by_role: FastMap::with_capacity_and_hasher(keys / 4, Default::default()),
            by_phrase: FastMap::with_capacity_and_hasher(keys / 4, Default::default()),
            latest_company: None,
        }
    }

    fn add_name(&mut self, entity: usize, words: &[CompactString]) {
        for word in words {
            self.by_name_word.add(word, entity);
        }
        if words.len() >= 2 {
            for initials in initials_of(words) {
                self.by_initials.add(&initials, entity);
            }
        }
    }
}

/// Lists of entities by a word, kept as chains through one shared vector
/// (the newest entry first), so that a new key costs no allocation of its
/// own: a long text has thousands of name words.
#[derive(Clone, Debug, Default)]
struct EntityLists {
    /// The newest link of each key's chain.
    heads: FastMap<CompactString, usize>,
    /// (entity, the next older link or `usize::MAX`).
    links: Vec<(usize, usize)>,
}

impl EntityLists {
    fn with_capacity(keys: usize) -> EntityLists {
        EntityLists {
            heads: FastMap::with_capacity_and_hasher(keys, Default::default()),
            links: Vec::with_capacity(keys * 2),
        }
    }

    /// Adds `entity` under `key`, unless it is already the newest there.
    fn add(&mut self, key: &str, entity: usize) {
        let next_link = self.links.len();
        match self.heads.get_mut(key) {
            Some(head) => {
                if self.links[*head].0 != entity {
                    self.links.push((entity, *head));
                    *head = next_link;
                }
            }
            None => {
                self.links.push((entity, usize::MAX));
                self.heads.insert(CompactString::new(key), next_link);
            }
        }
    }

    /// The entities under `key`, newest first.
    fn get<'lists>(&'lists self, key: &str) -> impl Iterator<Item = usize> + 'lists {
        let mut link = self.heads.get(key).copied().unwrap_or(usize::MAX);
        std::iter::from_fn(move || {
            let &(entity, next) = self.links.get(link)?;
            link = next;
            Some(entity)
        })
    }
}

/// The first letters of a name's words, all of them or only those of its
/// content words ("mod" and "md" for "ministry of defence").
fn initial_letters(
    words: &[CompactString],
    content_words_only: bool,
) -> impl Iterator<Item = char> + '_ {
    words
        .iter()
        .filter(move |word| {
            !content_words_only
                || (word_class(word) & class::CONNECTOR == 0 && word.as_str() != "the")
        })
        .filter_map(|word| word.chars().next())
}

/// The initials of a name, with and without its function words (short
/// strings, stored inline).
fn initials_of(words: &[CompactString]) -> [CompactString; 2] {
    [false, true].map(|content_words_only| initial_letters(words, content_words_only).collect())
}

/// Whether a word is written as an acronym: "NAACP", "MoD", "NGOs", but not
/// "McCain" or "O’Neill" (at least half its letters capitals, and no
/// apostrophe).
fn is_acronym(word: &str) -> bool {
    let uppercase = word.chars().filter(|c| c.is_uppercase()).count();
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    (2..=8).contains(&letters)
        && uppercase >= 2
        && uppercase * 2 >= letters
        && !word.contains(['\'', '\u{2019}'])
        && word.chars().next().is_some_and(char::is_uppercase)
}

/// Whether a lower-case word is a particle that opens a surname: "de
/// Blasio", "van Hollen", "al Assad" written apart.
fn is_surname_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "del"
            | "della"
            | "di"
            | "da"
            | "du"
            | "van"
            | "von"
            | "der"
            | "le"
            | "la"
            | "al"
            | "el"
            | "bin"
    )
}

/// Whether `word` (lower case) is in either list of first names.
fn is_first_name(word: &str) -> bool {
    FEMALE_NAMES.contains(word) || MALE_NAMES.contains(word)
}

fn first_name_gender(word: &str) -> Gender {
    if FEMALE_NAMES.contains(word) && !MALE_NAMES.contains(word) {
        Gender::Female
    } else if MALE_NAMES.contains(word) && !FEMALE_NAMES.contains(word) {
        Gender::Male
    } else {
        Gender::Unknown
    }
}

/// The word before the auxiliary of a contraction ("we" of "we’ve", "they"
/// of "they're"), if `word` is one.
#[inline]
pub fn contraction_base(word: &str) -> Option<&str> {
    const ENDINGS: [&str; 12] = [
        "'ve",
        "\u{2019}ve",
        "'re",
        "\u{2019}re",
        "'d",
        "\u{2019}d",
        "'ll",
        "\u{2019}ll",
        "'m",
        "\u{2019}m",
        "'s",
        "\u{2019}s",
    ];
    // The apostrophe of every ending is the second or third byte from the
    // end (the typographic one ends in byte 0x99). This runs for nearly
    // every word of a text: scanning each whole word for either character
    // cost 4 % of the pipeline, two byte comparisons cost nothing.
    let bytes = word.as_bytes();
    let apostrophe_at = |back: usize| {
        bytes
            .len()
            .checked_sub(back)
            .is_some_and(|at| matches!(bytes[at], b'\'' | 0x99))
    };
    if !apostrophe_at(2) && !apostrophe_at(3) {
        return None;
    }
    ENDINGS
        .iter()
        .find_map(|ending| word.strip_suffix(ending))
        .filter(|base| !base.is_empty())
}

/// The pronoun of a pronoun contracted with its auxiliary ("she" of
/// "she’d", "who" of "who'd"), if `word` is one.
fn pronoun_of_contraction(word: &str) -> Option<&str> {
    contraction_base(word).filter(|base| word_class(base) & class::PRONOUN != 0)
}

/// Whether `word` (lower case) is a negated auxiliary the tokenizer keeps
/// whole: "didn’t", "can't".
pub fn is_negated_auxiliary(word: &str) -> bool {
    word.ends_with("n't") || word.ends_with("n\u{2019}t")
}

/// The role noun an abbreviated title stands for ("sen" → "senator"), so
/// that "the senator" finds "Sen. Bernie Sanders"; the word itself when it
/// is a role noun; `None` otherwise.
fn role_of_title(word: &str) -> Option<&str> {
    let full = match word {
        "sen" => "senator",
        "rep" => "representative",
        "gov" => "governor",
        "gen" => "general",
        "sec" => "secretary",
        "pres" => "president",
        "supt" => "superintendent",
        "lt" => "lieutenant",
        "capt" => "captain",
        "sgt" => "sergeant",
        "adm" => "admiral",
        "col" => "colonel",
        "maj" => "major",
        "prof" => "professor",
        other => other,
    };
    (word_class(full) & class::ROLE != 0).then_some(full)
}

/// Whether `word` (lower case) can head a common-noun phrase naming a speaker.
pub fn is_speaker_noun(word: &str) -> bool {
    word_class(word) & class::SPEAKER_NOUN != 0
}

/// Whether `word` (lower case) is one of the titles a person's name may
/// carry ("senator", "former", "president").
pub fn is_person_title(word: &str) -> bool {
    word_class(word) & class::TITLE != 0
}

/// Whether `word` (lower case) is a determiner or possessive that opens a noun phrase.
pub fn is_determiner(word: &str) -> bool {
    word_class(word) & class::DETERMINER != 0
}

impl Mentions {
    /// Finds every mention in `analysis` and groups names and noun phrases into entities.
    pub fn find(analysis: &TextAnalysis) -> Mentions {
        // News text has a mention every eight tokens or so; sizing the list
        // up front saves copying large mentions as it grows.
        let mut mentions = Vec::with_capacity(analysis.tokens.len() / 8 + 4);
        let classes = token_classes(analysis);
        for sentence in &analysis.sentences {
            find_in_sentence(analysis, &classes, sentence.tokens.clone(), &mut mentions);
        }
        let mention_count = mentions.len();
        let mut mention_at_token = vec![None; analysis.tokens.len()];
        for (index, mention) in mentions.iter().enumerate() {
            for token in mention.tokens.clone() {
                mention_at_token[token] = Some(index);
            }
        }
        let headline_sentences: Vec<bool> = analysis
            .sentences
            .iter()
            .map(|sentence| is_headline(&analysis.tokens[sentence.tokens.clone()]))
            .collect();
        let in_headline = mentions
            .iter()
            .map(|mention| headline_sentences[analysis.sentence_of_token[mention.tokens.start]])
            .collect();
        let mut result = Mentions {
            mentions,
            entities: Vec::new(),
            mention_at_token,
            in_headline,
            index: EntityIndex::with_capacity(mention_count),
        };
        result.group_into_entities(analysis);
        result
    }

    /// The mention that ends exactly at token `last` (inclusive), if any.
    pub fn ending_at(&self, last: usize) -> Option<usize> {
        let index = (*self.mention_at_token.get(last)?)?;
        (self.mentions[index].tokens.end == last + 1).then_some(index)
    }

    /// The mention that starts exactly at token `first`, if any.
    pub fn starting_at(&self, first: usize) -> Option<usize> {
        let index = (*self.mention_at_token.get(first)?)?;
        (self.mentions[index].tokens.start == first).then_some(index)
    }

    /// Adds a mention for a phrase that was found to be a speaker but that
    /// the mention rules did not recognise; returns its index.
    pub fn add_ad_hoc(&mut self, analysis: &TextAnalysis, tokens: Range<usize>) -> usize {
        let span = analysis.token_range_span(tokens.start, tokens.end - 1);
        let head_token = &analysis.tokens[tokens.end - 1];
        let head = head_token.lower.clone();
        // A share of a poll ("42%", "67 percent", "4 in 10") or a quantifier
        // ("some", "many") stands for many people: "they", never "she".
        let share_or_quantifier = head_token.kind == TokenKind::Number
            || head_token.is_punct('%')
            || head == "percent"
            || QUANTIFIERS.contains(&head.as_str())
            || small_number_word_value(&head).is_some_and(|value| value >= 2)
            // "Just shy of half, 49%, say", "two-thirds say": a share of people.
            || matches!(head.as_str(), "half" | "majority" | "minority" | "quarter" | "third")
            || head.ends_with("thirds")
            || head.ends_with("quarters")
            || head.ends_with("fifths");
        let plural = (head.ends_with('s') && !head.ends_with("ss")) || share_or_quantifier;
        let head_class = word_class(&head);
        let entity_kind = if is_document_head(&head) {
            EntityKind::Document
        } else if head_class & class::GROUP != 0 || plural {
            EntityKind::Group
        } else if head_class & class::ORGANIZATION != 0 {
            EntityKind::Organization
        } else {
            EntityKind::Unknown
        };
        let mut mention = Mention {
            span,
            tokens: tokens.clone(),
            kind: MentionKind::Nominal,
            entity_kind,
            gender: Gender::Unknown,
            plural,
            name_words: SmallVec::new(),
            // "42% of voters", "critics of the plan".
            bare_span: qualifier_after(analysis, tokens.end - 1, analysis.tokens.len())
                .map_or(span, |last| analysis.token_range_span(tokens.start, last)),
            roles: smallvec![head],
            entity: None,
        };
        // "Carson Tells Supporters …": in a headline whose words are all
        // capitalised, the mention rules find no name, and the source the
        // attribution stage finds there is a name all the same, the
        // speaker the text goes on to name ("Carson said …").
        let capitalised_name = entity_kind == EntityKind::Unknown
            && tokens.len() <= 3
            && tokens.clone().all(|t| {
                let token = &analysis.tokens[t];
                token.is_word() && token.capitalized && word_class(&token.lower) == 0
            });
        if capitalised_name {
            mention.kind = MentionKind::Name;
            mention.name_words = tokens
                .clone()
                .map(|t| analysis.tokens[t].lower.clone())
                .collect();
            mention.roles = Roles::new();
        }
        let index = self.mentions.len();
        self.mentions.push(mention);
        // (Ad hoc phrases are common nouns or names in headlines, which
        // never take a display name from a sentence's name.)
        self.in_headline.push(false);
        for token in tokens {
            if self.mention_at_token[token].is_none() {
                self.mention_at_token[token] = Some(index);
            }
        }
        if capitalised_name {
            let entity = self
                .entity_for_name(index)
                .unwrap_or_else(|| self.new_entity(analysis, index));
            self.attach(index, entity);
            return index;
        }
        // Phrases with the same words are the same speaker ("the poll" twice).
        let entity = match self.entity_with_same_words(analysis, index) {
            Some(entity) => entity,
            None => match self.entity_named_after_possessive(analysis, index) {
                // "Ukraine's air force said …", then "the air force said":
                // one speaker, named by the fuller phrase.
                Some(entity) => {
                    self.attach(index, entity);
                    let entity_data = &mut self.entities[entity];
                    entity_data.name_span = self.mentions[index].bare_span;
                    entity_data.name_mention = index;
                    return index;
                }
                None => self.new_entity(analysis, index),
            },
        };
        self.attach(index, entity);
        index
    }

    /// For an ad hoc mention with a possessor ("Ukraine's air force",
    /// "Britain's foreign ministry"), the entity known only by the phrase
    /// after the possessive or by its head alone ("the air force", "the
    /// ministry"). Ad hoc mentions are made during attribution, after the
    /// text's own mentions were grouped, which could not see them.
    fn entity_named_after_possessive(
        &self,
        analysis: &TextAnalysis,
        index: usize,
    ) -> Option<usize> {
        let tokens = self.mentions[index].tokens.clone();
        let possessive = tokens
            .clone()
            .rev()
            .skip(1)
            .find(|&t| is_apostrophe_s(&analysis.tokens[t].lower))?;
        let last = tokens.end - 1;
        let phrase_after = analysis
            .token_range_span(possessive + 1, last)
            .slice(analysis.text);
        let head = analysis.tokens[last].lower.as_str();
        [normalized_phrase(phrase_after), CompactString::new(head)]
            .iter()
            .find_map(|phrase| self.index.by_phrase.get(phrase).copied())
            .filter(|&entity| {
                // Not one named by another possessor ("Kasich's campaign",
                // then "Clinton's campaign"), and only one always met with
                // "the" or as a bare plural ("lawyers"): "a campaign" is
                // some other campaign.
                let entity = &self.entities[entity];
                let owned = analysis.tokens[self.mentions[entity.name_mention].tokens.clone()]
                    .iter()
                    .any(|token| is_apostrophe_s(&token.lower));
                let definite = entity.mentions.iter().all(|&mention| {
                    let mention = &self.mentions[mention];
                    mention.plural || analysis.tokens[mention.tokens.start].lower == "the"
                });
                entity.name_words.is_empty() && !entity.mentions.is_empty() && !owned && definite
            })
    }

    /// Adds the people named together over `tokens` ("Kaplan and Barrett")
    /// as one mention of a plural group, which "they" may take up.
    pub fn add_coordinated_names(
        &mut self,
        analysis: &TextAnalysis,
        tokens: Range<usize>,
    ) -> usize {
        let index = self.add_ad_hoc(analysis, tokens);
        let mention = &mut self.mentions[index];
        mention.plural = true;
        mention.entity_kind = EntityKind::Group;
        if let Some(entity) = mention.entity.and_then(|e| self.entities.get_mut(e)) {
            entity.plural = true;
            entity.kind = EntityKind::Group;
        }
        index
    }

    fn new_entity(&mut self, analysis: &TextAnalysis, mention_index: usize) -> usize {
        let mention = &self.mentions[mention_index];
        let entity = self.entities.len();
        if mention.name_words.is_empty() {
            let phrase = normalized_phrase(mention.bare_span.slice(analysis.text));
            self.index.by_phrase.insert(phrase, entity);
        } else {
            self.index.add_name(entity, &mention.name_words);
        }
        self.entities.push(Entity {
            kind: mention.entity_kind,
            gender: Gender::Unknown,
            plural: mention.plural,
            name_words: mention.name_words.clone(),
            name_span: mention.bare_span,
            name_mention: mention_index,
            roles: SmallVec::new(),
            mentions: SmallVec::new(),
            name_mention_count: 0,
        });
        self.entities.len() - 1
    }

    /// Puts a mention into an entity, merging what the mention tells.
    /// Moves mention `mention_index` from the entity it belongs to, if any,
    /// to entity `entity_index`.
    pub fn reattach(&mut self, mention_index: usize, entity_index: usize) {
        if let Some(old) = self.mentions[mention_index].entity {
            let entity = &mut self.entities[old];
            let before = entity.mentions.len();
            entity.mentions.retain(|m| *m != mention_index);
            if entity.mentions.len() < before
                && self.mentions[mention_index].kind == MentionKind::Name
            {
                entity.name_mention_count = entity.name_mention_count.saturating_sub(1);
            }
        }
        self.attach(mention_index, entity_index);
    }

    pub fn attach(&mut self, mention_index: usize, entity_index: usize) {
        // Whether the entity's name is a qualified phrase, and whether it is
        // a bare role ("the spokesperson": two words at most).
        // And whether it is a lone common noun capitalised as a name, as in
        // a headline ("Study links night shifts to …"), which the phrase
        // the text goes on to use ("a large study") names better.
        let (entity_named_with_qualifier, bare_role_name, named_by_capitalised_noun) = {
            let entity = &self.entities[entity_index];
            let naming = &self.mentions[entity.name_mention];
            // (An institution's own name, "CIA" or "Pentagon", stays.)
            let capitalised_noun = naming.kind == MentionKind::Name
                && entity.name_words.len() == 1
                && word_class(&entity.name_words[0]) & (class::ORGANIZATION | class::ROLE) != 0
                && !INSTITUTIONS_AMONG_ORGANIZATION_NOUNS.contains(&entity.name_words[0].as_str());
            (
                naming.qualifier().is_some(),
                naming.tokens.len() <= 2,
                capitalised_noun,
            )
        };
        let mention_in_headline = self.in_headline[mention_index];
        let named_in_headline = self.in_headline[self.entities[entity_index].name_mention];
        let mention = &mut self.mentions[mention_index];
        mention.entity = Some(entity_index);
        let entity = &mut self.entities[entity_index];
        if let Err(position) = entity.mentions.binary_search(&mention_index) {
            entity.mentions.insert(position, mention_index);
            if mention.kind == MentionKind::Name {
                entity.name_mention_count += 1;
            }
        }
        entity.gender = entity.gender.merge(mention.gender);
        for role in &mention.roles {
            if !entity.roles.contains(role) {
                entity.roles.push(role.clone());
            }
            self.index.by_role.insert(role.clone(), entity_index);
        }
        let names_a_company = mention.kind == MentionKind::Name
            && mention.name_words.len() >= 2
            && mention
                .name_words
                .last()
                .is_some_and(|last| COMPANY_NAME_ENDINGS.contains(&last.as_str()));
        if names_a_company {
            self.index.latest_company = Some(entity_index);
        }
        // A name in a sentence replaces one from a headline ("Marco Rubio",
        // or "Rubio" and then "Marco Rubio", replace "Bush Hits Marco
        // Rubio"), and a headline's never replaces one from a sentence,
        // whatever their lengths. (A surname alone replaces only a
        // headline's name of three words or more, which holds more than a
        // name: "Cecile Richards" in a headline stays.)
        let fuller = match (mention_in_headline, named_in_headline) {
            (false, true) => mention.name_words.len() >= 2 || entity.name_words.len() >= 3,
            (true, false) => false,
            _ => mention.name_words.len() > entity.name_words.len(),
        };
        if mention.kind == MentionKind::Name && fuller {
            entity.name_words = mention.name_words.clone();
            entity.name_span = mention.bare_span;
            entity.name_mention = mention_index;
            self.index.add_name(entity_index, &mention.name_words);
        }
        // An entity known only by a role takes the fullest phrase it is
        // given: "the spokesperson", then "the spokesperson for the union".
        // Only a bare "the spokesperson" gives way: "an Intel spokeswoman"
        // says more than a later "spokeswoman for …" that joins it by role.
        if mention.kind == MentionKind::Nominal
            && ((entity.name_words.is_empty()
                && mention.qualifier().is_some()
                && bare_role_name
                && !entity_named_with_qualifier)
                || named_by_capitalised_noun)
        {
            entity.name_span = mention.bare_span;
            entity.name_mention = mention_index;
        }
        if entity.kind == EntityKind::Unknown {
            entity.kind = mention.entity_kind;
        } else if mention.entity_kind == EntityKind::Person && entity.kind != EntityKind::Group {
            entity.kind = EntityKind::Person;
        }
    }

    fn group_into_entities(&mut self, analysis: &TextAnalysis) {
        for index in 0..self.mentions.len() {
            let kind = self.mentions[index].kind;
            if kind == MentionKind::Pronoun {
                continue;
            }
            if kind == MentionKind::Relative {
                // "Okafor, who ..." refers to the mention before the comma.
                let first = self.mentions[index].tokens.start;
                if first >= 2 && analysis.tokens[first - 1].is_punct(',') {
                    if let Some(antecedent) = self.ending_at(first - 2) {
                        // "Senator Ted Cruz of Texas, who …" is Cruz.
                        let antecedent = self.person_before_place(analysis, antecedent);
                        if let Some(entity) = self.mentions[antecedent].entity {
                            self.attach(index, entity);
                        }
                    }
                }
                continue;
            }
            // Already grouped: the name a headline's bare role looked ahead to.
            if self.mentions[index].entity.is_some() {
                continue;
            }
            if let Some(named) = self.named_later_in_the_same_role(analysis, index) {
                let entity = self
                    .entity_for_name(named)
                    .unwrap_or_else(|| self.new_entity(analysis, named));
                self.attach(index, entity);
                self.attach(named, entity);
                continue;
            }
            let entity = self
                .appositive_entity(analysis, index)
                .or_else(|| match kind {
                    MentionKind::Name => self.entity_for_name(index),
                    _ => self.entity_for_nominal(analysis, index),
                })
                .unwrap_or_else(|| self.new_entity(analysis, index));
            self.attach(index, entity);
        }
    }

    /// For a bare role that opens a headline ("Minister rejects calls to
    /// resign", then "Housing Minister Sarah Collins on Thursday rejected
    /// …"), or an indefinite one in the story's first paragraph ("A federal
    /// judge on Friday blocked …", then "Judge Maria Lopez wrote …"), the
    /// first person named later with that role, close after: the opening is
    /// about them, though it comes first. Only the opening looks ahead, and
    /// only for a role nobody before holds; anywhere else "the minister" is
    /// someone named before.
    fn named_later_in_the_same_role(&self, analysis: &TextAnalysis, index: usize) -> Option<usize> {
        /// How far after the mention the name may come, in tokens.
        const REACH: usize = 150;
        let mention = &self.mentions[index];
        if mention.kind != MentionKind::Nominal
            || mention.entity_kind != EntityKind::Person
            || mention.plural
        {
            return None;
        }
        let first_paragraph = analysis.paragraphs.first()?;
        let has_headline = analysis.paragraphs.len() > 1 && first_paragraph.sentences.len() == 1;
        let start = mention.tokens.start;
        let in_headline = has_headline && first_paragraph.tokens.contains(&start);
        let lead = &analysis.paragraphs[usize::from(has_headline)];
        let indefinite_in_lead = lead.tokens.contains(&start)
            && matches!(analysis.tokens[start].lower.as_str(), "a" | "an");
        let role = mention.roles.last()?;
        if !(in_headline || indefinite_in_lead) || self.index.by_role.contains_key(role) {
            return None;
        }
        let reach = start + REACH;
        self.mentions[index + 1..]
            .iter()
            .take_while(|later| later.tokens.start < reach)
            .position(|later| {
                later.kind == MentionKind::Name
                    && later.entity.is_none()
                    && later.roles.contains(role)
            })
            .map(|offset| index + 1 + offset)
    }

    /// The person named before "of", "from" or "at" and the mention
    /// `index` ("Senator Bernie Sanders of Vermont", "Luis Ortega of
    /// Brightline Capital"), whom an appositive or a verb after the place
    /// is about; else `index` itself.
    pub fn person_before_place(&self, analysis: &TextAnalysis, index: usize) -> usize {
        let tokens = &analysis.tokens;
        let person = || -> Option<usize> {
            let mut linker = self.mentions[index].tokens.start.checked_sub(1)?;
            // "of the Armenian Patriarchate".
            if tokens[linker].lower == "the" {
                linker = linker.checked_sub(1)?;
            }
            if !matches!(tokens[linker].lower.as_str(), "of" | "from" | "at") {
                return None;
            }
            let person = self.ending_at(linker.checked_sub(1)?)?;
            let mention = &self.mentions[person];
            (mention.kind == MentionKind::Name && mention.entity_kind == EntityKind::Person)
                .then_some(person)
        };
        person().unwrap_or(index)
    }

    /// The place or employer after a person's name mention `person`, past
    /// "of", "from" or "at" ("Senator Bernie Sanders | of | Vermont"): the
    /// mention [`Self::person_before_place`] leads back from.
    pub fn place_after_person(&self, analysis: &TextAnalysis, person: usize) -> Option<usize> {
        let place = self.mentions.get(person + 1)?;
        (self.person_before_place(analysis, person + 1) == person
            && place.tokens.start <= self.mentions[person].tokens.end + 2)
            .then_some(person + 1)
    }

    /// "Amina Okafor, the finance minister," and "the finance minister, Amina
    /// Okafor," both make one entity of the two adjacent mentions.
    fn appositive_entity(&self, analysis: &TextAnalysis, index: usize) -> Option<usize> {
        let mention = &self.mentions[index];
        // "The driver, 47-year-old Paul Evans,": an age may open the appositive.
        let first = age_before(analysis, mention.tokens.start);
        if first < 2 || !analysis.tokens[first - 1].is_punct(',') {
            return None;
        }
        let previous = self.person_before_place(analysis, self.ending_at(first - 2)?);
        let previous_mention = &self.mentions[previous];
        // An appositive is closed by punctuation or the end of the text
        // ("Investment, official says, …" is a subject and its verb), after
        // the place that may follow a name ("…, Dr Priya Natarajan of Yale
        // University.").
        let end = self
            .place_after_person(analysis, index)
            .map_or(mention.tokens.end, |place| self.mentions[place].tokens.end);
        let closed = analysis.tokens.get(end).is_none_or(|next| !next.is_word());
        let pairs_up = match (previous_mention.kind, mention.kind) {
            (MentionKind::Name, MentionKind::Nominal) => {
                mention.entity_kind != EntityKind::Group && closed
            }
            // "His union, Aslef, said": an organisation's name after a
            // phrase naming one.
            // (Only where the phrase opens its sentence and names no
            // document: in "In the book, Byrne …" the name is the subject.)
            (MentionKind::Nominal, MentionKind::Name) => {
                let opens_sentence = analysis.sentences
                    [analysis.sentence_of_token[previous_mention.tokens.start]]
                    .tokens
                    .start
                    == previous_mention.tokens.start;
                // ("In a letter to the prime minister, Carter wrote": a
                // name that goes on to its verb is the next clause's
                // subject, no appositive.)
                (previous_mention.entity_kind == EntityKind::Person && closed)
                    || (previous_mention.entity_kind == EntityKind::Organization
                        && matches!(
                            mention.entity_kind,
                            EntityKind::Organization | EntityKind::Unknown
                        )
                        && closed
                        && opens_sentence
                        && !previous_mention
                            .roles
                            .last()
                            .is_some_and(|head| is_document_head(head)))
            }
            _ => false,
        };
        if pairs_up {
            previous_mention.entity
        } else {
            None
        }
    }

    fn entity_for_name(&self, index: usize) -> Option<usize> {
        let mention = &self.mentions[index];
        let words = &mention.name_words;
        let last = words.last()?;
        // Every rule below needs the entity to share the last word, or to be
        // an acronym of the name (or the name an acronym of it).
        let by_last_word = self.index.by_name_word.get(last);
        let [all_initials, content_initials] = if words.len() == 1 {
            Default::default()
        } else {
            initials_of(words)
        };
        // A one-word name may be the initials of an entity ("MoD"); a longer
        // name's initials may be an entity's one word.
        let (lists, first_key, second_key) = if words.len() == 1 {
            (&self.index.by_initials, words[0].as_str(), None)
        } else {
            (
                &self.index.by_name_word,
                all_initials.as_str(),
                Some(content_initials.as_str()),
            )
        };
        let by_initials = lists
            .get(first_key)
            .chain(second_key.into_iter().flat_map(|key| lists.get(key)));
        by_last_word
            .chain(by_initials)
            .filter(|&entity_index| {
                let entity = &self.entities[entity_index];
                let entity_words = &entity.name_words;
                if entity_words.is_empty() {
                    return false;
                }
                let same = entity_words == words;
                // (Not a group: "Farmers in Lincolnshire say" opening a
                // sentence is no surname of "the National Farmers' Union".)
                // (Nor a last word after "of" or "for", which names another
                // thing: "Trump" is not "Bikers for Trump", "Russia" not
                // "Vladimir V. Putin of Russia".)
                let surname_of = words.len() == 1
                    && !matches!(entity.kind, EntityKind::Organization | EntityKind::Group)
                    && mention.entity_kind != EntityKind::Group
                    && entity_words.last() == Some(last)
                    && !last_word_after_connector(entity_words);
                let full_of = entity_words.len() == 1
                    && words.len() > 1
                    && !matches!(entity.kind, EntityKind::Organization | EntityKind::Group)
                    && mention.entity_kind != EntityKind::Group
                    && entity_words[0] == *last
                    && !last_word_after_connector(words);
                let middle_name = words.len() >= 2
                    && entity_words.len() >= 2
                    && entity_words.first() == words.first()
                    && entity_words.last() == words.last();
                // "De Blasio" and "Bill de Blasio", "Von der Leyen" and
                // "Ursula von der Leyen": a surname with one or two
                // particles, either way round.
                let particle_surname = |short: &[CompactString], long: &[CompactString]| {
                    (2..=3).contains(&short.len())
                        && long.len() > short.len()
                        && short[..short.len() - 1]
                            .iter()
                            .all(|word| is_surname_particle(word))
                        && long.ends_with(short)
                };
                let particle = entity.kind != EntityKind::Organization
                    && (particle_surname(words, entity_words)
                        || particle_surname(entity_words, words));
                let acronym = || {
                    (words.len() == 1 && is_acronym_of(&words[0], entity_words))
                        || (entity_words.len() == 1 && is_acronym_of(&entity_words[0], words))
                };
                // "Zentro" after "Zentro Technologies": a company's first
                // word alone, where the rest is only the ending of a
                // company's name.
                let company_short_name = words.len() == 1
                    && entity.kind == EntityKind::Organization
                    && entity_words.len() >= 2
                    && entity_words[0] == words[0]
                    && entity_words[1..]
                        .iter()
                        .all(|word| COMPANY_NAME_ENDINGS.contains(&word.as_str()));
                same || surname_of
                    || full_of
                    || middle_name
                    || particle
                    || company_short_name
                    || acronym()
            })
            // The latest such entity, but one whose gender agrees first:
            // "Mr. Bush" is George W. Bush, not Laura Bush named after him.
            // (A name's gender may be wrong: "Ms. Epstein" still goes to
            // the only Epstein, "Lee Epstein".)
            .max_by_key(|&entity_index| {
                let entity = &self.entities[entity_index];
                // (A surname alone means a person before a company named
                // after one: "Podesta said" is John Podesta, not the
                // Podesta Group.)
                let person_for_surname = words.len() > 1 || entity.kind != EntityKind::Organization;
                (
                    mention.gender.agrees_with(entity.gender),
                    person_for_surname,
                    entity.name_mention_count,
                    entity_index,
                )
            })
    }

    fn entity_for_nominal(&self, analysis: &TextAnalysis, index: usize) -> Option<usize> {
        let mention = &self.mentions[index];
        if mention.entity_kind == EntityKind::Group {
            return self.entity_with_same_words(analysis, index);
        }
        let head = mention.roles.last()?;
        // "Another mining company" is never the company before it.
        if analysis.tokens[mention.tokens.start].lower == "another" {
            return None;
        }
        // The most recent entity known by this role: "the minister" after
        // "Finance Minister Amina Okafor"; "the ministry" after "Ministry of Defence".
        // "The Texas senator" is not "the Vermont senator" before it.
        let fits = |entity: usize| {
            !self.modifiers_differ(analysis, index, entity)
                && !self.qualifiers_differ(analysis, index, entity)
                && !self.rank_differs(analysis, index, entity)
        };
        // "The deputy mayor" after "Deputy Mayor Tom Reid" and "the mayor":
        // where the latest holder of the role holds another office, an
        // earlier one of the last few entities with the role may fit.
        let by_role = self.index.by_role.get(head).copied().and_then(|latest| {
            if fits(latest) {
                return Some(latest);
            }
            (latest.saturating_sub(RANKED_ROLE_LOOK_BACK)..latest)
                .rev()
                .find(|&entity| self.entities[entity].roles.contains(head) && fits(entity))
        });
        // "The force said" after "Greater Manchester Police said": a
        // police force is named by the word "police" (which may have made
        // it a group: "Police in Manchester are appealing …").
        let police_force = head == "force";
        let name_word = if police_force {
            "police"
        } else {
            head.as_str()
        };
        let by_name = self
            .index
            .by_name_word
            .get(name_word)
            .filter(|&entity| {
                let kind = self.entities[entity].kind;
                kind == EntityKind::Organization || (police_force && kind == EntityKind::Group)
            })
            .max();
        // "The company said" after "Acme Corp. reported": only with "the",
        // as "a company" is another one.
        let by_company = self.index.latest_company.filter(|_| {
            COMPANY_HEADS.contains(&head.as_str())
                && analysis.tokens[mention.tokens.start].lower == "the"
                && mention.tokens.len() == 2
        });
        by_role
            .max(by_name)
            .max(by_company)
            .or_else(|| self.entity_with_same_words(analysis, index))
    }

    /// Whether the nominal mention `index` has a capitalised modifier
    /// ("the Texas senator") and one of the entity's first nominal mentions
    /// has another ("the Vermont senator").
    fn modifiers_differ(&self, analysis: &TextAnalysis, index: usize, entity: usize) -> bool {
        let capitalised_modifiers = |mention: &Mention| {
            let tokens = &analysis.tokens;
            mention
                .tokens
                .clone()
                .skip(1)
                .filter(move |&t| tokens[t].is_word() && tokens[t].capitalized)
                .map(move |t| tokens[t].lower.as_str())
        };
        let mention = &self.mentions[index];
        if capitalised_modifiers(mention).next().is_none() {
            return false;
        }
        self.first_nominal_mentions(entity).any(|other| {
            capitalised_modifiers(other).next().is_some()
                && !capitalised_modifiers(mention).eq(capitalised_modifiers(other))
        })
    }

    /// Whether the nominal mention `index` names another office than the
    /// entity's first eight mentions do: it holds a rank or a portfolio
    /// before its role ("the shadow chancellor", "the prime minister") that
    /// none of them holds, or it holds no rank where each of them that
    /// names the role holds one ("the president" after "Vice President Joe
    /// Biden", "the mayor" after "Deputy Mayor Tom Reid").
    fn rank_differs(&self, analysis: &TextAnalysis, index: usize, entity: usize) -> bool {
        let tokens = &analysis.tokens;
        let mention = &self.mentions[index];
        let is_rank = |word: &str| RANK_MODIFIERS.contains(&word);
        let is_office = |word: &str| is_rank(word) || PORTFOLIO_MODIFIERS.contains(&word);
        let others = || self.first_mentions(entity);
        if let Some(office) = mention
            .tokens
            .clone()
            .find(|&t| is_office(&tokens[t].lower))
        {
            let office = tokens[office].lower.as_str();
            return !others().any(|other| other.tokens.clone().any(|t| tokens[t].lower == office));
        }
        let Some(head) = mention.roles.last() else {
            return false;
        };
        // Where the entity's first two mentions name the role (where a
        // title is given, "Vice President Joe Biden"), whether a rank stands
        // before it each time. (Two, not eight: this runs for most nominal
        // mentions.)
        let (mut ranked, mut plain) = (false, false);
        for other in others().take(2) {
            for t in other.tokens.clone().filter(|&t| tokens[t].lower == *head) {
                if t > other.tokens.start && is_rank(&tokens[t - 1].lower) {
                    ranked = true;
                } else {
                    plain = true;
                }
            }
        }
        ranked && !plain
    }

    /// An entity's first eight mentions, which a new mention is compared
    /// with before it joins the entity (a bounded look, so grouping stays
    /// linear).
    fn first_mentions(&self, entity: usize) -> impl Iterator<Item = &Mention> {
        self.entities[entity]
            .mentions
            .iter()
            .take(8)
            .map(|&other| &self.mentions[other])
    }

    /// The nominal mentions among an entity's [`Self::first_mentions`],
    /// which [`Self::modifiers_differ`] and [`Self::qualifiers_differ`]
    /// compare a new mention with.
    fn first_nominal_mentions(&self, entity: usize) -> impl Iterator<Item = &Mention> {
        self.first_mentions(entity)
            .filter(|other| other.kind == MentionKind::Nominal)
    }

    /// Whether the nominal mention `index` says whom it speaks for ("a
    /// spokesperson for the ministry") and one of the entity's first nominal
    /// mentions says another ("a spokesperson for the union"): two people.
    fn qualifiers_differ(&self, analysis: &TextAnalysis, index: usize, entity: usize) -> bool {
        let qualifier_words =
            |qualifier: Span| crate::text::lower_case(qualifier.slice(analysis.text).trim());
        let Some(own) = self.mentions[index].qualifier().map(qualifier_words) else {
            return false;
        };
        self.first_nominal_mentions(entity)
            .filter_map(Mention::qualifier)
            .any(|other| qualifier_words(other) != own)
    }

    fn entity_with_same_words(&self, analysis: &TextAnalysis, index: usize) -> Option<usize> {
        let phrase = normalized_phrase(self.mentions[index].bare_span.slice(analysis.text));
        self.index
            .by_phrase
            .get(&phrase)
            .copied()
            .filter(|&entity| self.entities[entity].name_words.is_empty())
            // "Scientists warn …" opening a headline, then "…, scientists
            // said": a plural noun capitalised at a sentence's start is the
            // same group as the phrase in lower case.
            .or_else(|| {
                self.index.by_name_word.get(&phrase).find(|&entity| {
                    let entity = &self.entities[entity];
                    entity.kind == EntityKind::Group
                        && entity.name_words.len() == 1
                        && entity.name_words[0] == phrase
                })
            })
    }
}

/// Lower case without a leading article, so "The spokeswoman" and "the
/// spokeswoman" agree (short phrases are stored inline).
fn normalized_phrase(phrase: &str) -> CompactString {
    let lower = crate::text::lower_case(phrase);
    for article in ["the ", "a ", "an "] {
        if let Some(rest) = lower.strip_prefix(article) {
            return CompactString::new(rest);
        }
    }
    lower
}

/// Whether `acronym` (lower case) spells the initials of `words`, with or
/// without the function words: "mod" for "ministry of defence", "fbi" for
/// "federal bureau of investigation".
fn is_acronym_of(acronym: &str, words: &[CompactString]) -> bool {
    if words.len() < 2 || acronym.chars().count() < 2 {
        return false;
    }
    let letters = || acronym.chars().filter(|c| c.is_alphabetic());
    [false, true]
        .into_iter()
        .any(|content_words_only| initial_letters(words, content_words_only).eq(letters()))
}

fn find_in_sentence(
    analysis: &TextAnalysis,
    classes: &[u16],
    range: Range<usize>,
    mentions: &mut Vec<Mention>,
) {
    let tokens = &analysis.tokens;
    let mut index = range.start;
    while index < range.end {
        let token = &tokens[index];
        if token.kind != TokenKind::Word {
            index += 1;
            continue;
        }
        let word = token.lower.as_str();
        let next = index + 1;
        let possessive_follows = is_plural_possessive_mark(tokens, next);
        // "Patients’ groups said", "Republican lawmakers said": the
        // possessive or the adjective and the noun are one phrase, before
        // the capitalised word is taken for a name.
        if (token.capitalized && opens_group(analysis, classes, index)) || possessive_follows {
            if let Some(mention) = nominal_at(analysis, classes, index, range.clone()) {
                index = mention.tokens.end;
                mentions.push(mention);
                continue;
            }
        }
        // A title abbreviation such as "Sen." followed by a capitalised word starts a name.
        if let Some(mut mention) = name_at(analysis, classes, index, range.clone()) {
            // "the economist Jared Bernstein": the noun phrase found just
            // before ends in the role noun the name took; the two are one
            // mention, article included.
            // A title alone found just before ("Chief" in "Chief executive
            // Laura Kim") is inside the mention: it goes.
            let overlaps_previous = mentions.last().is_some_and(|previous: &Mention| {
                previous.kind == MentionKind::Nominal && previous.tokens.end > mention.tokens.start
            });
            if overlaps_previous {
                if let Some(previous) = mentions.pop() {
                    if previous.tokens.start < mention.tokens.start {
                        mention.tokens.start = previous.tokens.start;
                        mention.span = Span::new(previous.span.start(), mention.span.end());
                    }
                }
            }
            // Any other mention keeps its words: mentions never overlap
            // ("Florida-based Republican strategist Al Cardenas" leaves
            // "Republican" to the name before it).
            if let Some(previous) = mentions.last() {
                if previous.tokens.end > mention.tokens.start {
                    let free_start = tokens[previous.tokens.end].span.start();
                    if previous.tokens.end >= mention.tokens.end
                        || free_start > mention.bare_span.start()
                    {
                        // Never the case as the rules stand; should it
                        // become one, the earlier mention wins.
                        index = mention.tokens.end;
                        continue;
                    }
                    mention.tokens.start = previous.tokens.end;
                    mention.span = Span::new(free_start, mention.span.end());
                }
            }
            index = mention.tokens.end;
            mentions.push(mention);
            continue;
        }
        // "we’ve", "they’re", "who’d": a pronoun and its auxiliary in one
        // token are a mention of the pronoun.
        let pronoun_word = if classes[index] & class::PRONOUN != 0 {
            Some(word)
        } else {
            pronoun_of_contraction(word)
        };
        let pronoun = pronoun_word.and_then(pronoun_info);
        // "her" before a lower-case word is a possessive, which opens a noun
        // phrase below ("her aide").
        let possessive_her = word == "her"
            && next < range.end
            && tokens[next].is_word()
            && !tokens[next].capitalized;
        if let Some((gender, plural)) = pronoun.filter(|_| !possessive_her) {
            let is_relative = matches!(pronoun_word, Some("who" | "which"));
            if word != "i" || token.capitalized {
                mentions.push(Mention {
                    span: token.span,
                    tokens: index..next,
                    kind: if is_relative {
                        MentionKind::Relative
                    } else {
                        MentionKind::Pronoun
                    },
                    entity_kind: if plural {
                        EntityKind::Group
                    } else {
                        EntityKind::Unknown
                    },
                    gender,
                    plural,
                    name_words: SmallVec::new(),
                    bare_span: token.span,
                    roles: SmallVec::new(),
                    entity: None,
                });
            }
            index += 1;
            continue;
        }
        // Only a determiner, a group or role noun, or a possessive opens a
        // common-noun phrase: most words are spared the call.
        let may_open_phrase = classes[index]
            & (class::DETERMINER | class::GROUP | class::ROLE | class::GROUP_ADJECTIVE)
            != 0
            || possessive_follows;
        if let Some(mut mention) = may_open_phrase
            .then(|| nominal_at(analysis, classes, index, range.clone()))
            .flatten()
        {
            // "state officials said", "Health officials said": up to two
            // plain words before a bare plural group modify it.
            if mention.plural && mention.tokens.start == index && mention.tokens.len() == 1 {
                let floor = mentions
                    .last()
                    .map_or(range.start, |previous| previous.tokens.end.max(range.start));
                let mut start = index;
                while start > floor
                    && index - start < 2
                    && is_group_modifier(analysis, classes, start - 1, range.start)
                {
                    start -= 1;
                }
                if start < index {
                    let new_start = tokens[start].span.start();
                    mention.tokens.start = start;
                    mention.span = Span::new(new_start, mention.span.end());
                    mention.bare_span = Span::new(new_start, mention.bare_span.end());
                }
            }
            index = mention.tokens.end;
            mentions.push(mention);
            continue;
        }
        index += 1;
    }
}

/// Whether token `index` is a plain word that may modify a plural group
/// noun after it ("state", "health", "unnamed"): lower case (or capitalised
/// at the sentence's start), and no function word, pronoun, verb of
/// saying, adverb in -ly or participle in -ing.
fn is_group_modifier(
    analysis: &TextAnalysis,
    classes: &[u16],
    index: usize,
    sentence_start: usize,
) -> bool {
    let token = &analysis.tokens[index];
    let word = token.lower.as_str();
    token.kind == TokenKind::Word
        && (!token.capitalized || index == sentence_start)
        && classes[index]
            & (class::NOT_NAME | class::DETERMINER | class::PRONOUN | class::CONNECTOR)
            == 0
        && !crate::attribution::is_phrase_boundary_word(word)
        && word != "whose"
        && !word.ends_with("ly")
        && (!word.ends_with("ing") || INDUSTRY_GERUNDS.contains(&word))
        && !word.contains(['\'', '\u{2019}'])
        // ("state officials": "state" is a verb of saying too.)
        && (word == "state"
            || crate::attribution::cues::cue_verb_hashed(analysis.token_hashes[index], word)
                .is_none())
}

/// Whether token `index` is a group's adjective, capitalised, before a
/// plural group noun, directly or after one lower-case word ("Republican
/// lawmakers", "Chinese government officials").
fn opens_group(analysis: &TextAnalysis, classes: &[u16], index: usize) -> bool {
    let tokens = &analysis.tokens;
    let plural_group = |at: usize| {
        tokens.get(at).is_some_and(|t| {
            !t.capitalized && classes[at] & class::GROUP != 0 && t.lower.ends_with('s')
        })
    };
    classes[index] & class::GROUP_ADJECTIVE != 0
        && tokens[index].capitalized
        && (plural_group(index + 1)
            || (tokens
                .get(index + 1)
                .is_some_and(|t| t.is_word() && !t.capitalized)
                && plural_group(index + 2)))
}

/// Whether token `index` is the apostrophe of a plural possessive ("the
/// teachers’ union", "Patients' groups"): a single closing mark right after
/// a word in -s and before a lower-case word.
fn is_plural_possessive_mark(tokens: &[Token], index: usize) -> bool {
    index > 0
        && tokens.get(index).is_some_and(|token| {
            matches!(
                token.kind,
                TokenKind::Quote(QuoteChar::RightSingle | QuoteChar::StraightSingle)
            )
        })
        && !tokens[index].space_before
        && tokens[index - 1].is_word()
        && tokens[index - 1].lower.ends_with('s')
        && tokens
            .get(index + 1)
            .is_some_and(|next| next.is_word() && next.space_before && !next.capitalized)
}

/// A common-noun phrase: determiner, up to three modifiers, a speaker noun;
/// or a bare plural group noun ("officials said").
fn nominal_at(
    analysis: &TextAnalysis,
    classes: &[u16],
    start: usize,
    range: Range<usize>,
) -> Option<Mention> {
    let tokens = &analysis.tokens;
    let first = &tokens[start];
    let mut head = None;
    let has = |index: usize, bits: u16| classes[index] & bits != 0;
    // "Patients’ groups": a plural possessive opens a phrase as "their" does,
    // and so does a group's adjective ("Republican lawmakers", "Chinese
    // officials").
    if has(start, class::DETERMINER)
        || is_plural_possessive_mark(tokens, start + 1)
        || opens_group(analysis, classes, start)
    {
        // The dot that ends a dotted abbreviation ("a U.S. official"), which
        // the tokenizer leaves apart for the sentence splitter, and which
        // does not count against the window.
        let abbreviation_dot = |index: usize| {
            tokens[index].is_punct('.')
                && !tokens[index].space_before
                && index > 0
                && tokens[index - 1].capitalized
                && tokens[index - 1].lower.contains('.')
        };
        let dots = (start + 1..(start + 5).min(range.end))
            .filter(|&t| abbreviation_dot(t))
            .count();
        let window_end = (start + 5 + dots).min(range.end);
        // Capitalised modifiers let the phrase run one word longer ("a
        // former U.S. law enforcement official").
        let extended_window_end = (window_end + 1).min(range.end);
        // Whether capitalised words from `from` on lead to a speaker noun
        // inside the window.
        // "a Department of Health spokesperson": "of" (or "for", "and")
        // between capitalised words stays inside the name.
        let inside_name = |t: usize| {
            matches!(tokens[t].lower.as_str(), "of" | "for" | "and")
                && t > start
                && tokens[t - 1].capitalized
                && tokens.get(t + 1).is_some_and(|next| next.capitalized)
        };
        // Up to two lower-case words may stand between the capitalised ones
        // and the noun ("a former U.S. law enforcement official").
        let speaker_noun_after_capitals = |from: usize| {
            (from..extended_window_end)
                .find(|&t| {
                    (!tokens[t].capitalized || !tokens[t].is_word())
                        && !abbreviation_dot(t)
                        && !inside_name(t)
                })
                .is_some_and(|first_lower| {
                    (first_lower..(first_lower + 3).min(extended_window_end))
                        .take_while(|&t| {
                            tokens[t].is_word()
                                && !tokens[t].capitalized
                                && !has(t, class::DETERMINER)
                                && !is_apostrophe_s(&tokens[t].lower)
                        })
                        .any(|t| has(t, class::SPEAKER_NOUN))
                })
        };
        let mut candidates_end = window_end;
        for candidate in start + 1..extended_window_end {
            if candidate >= candidates_end {
                break;
            }
            let token = &tokens[candidate];
            // Capitalised words belong to names, found by `name_at`, unless
            // a speaker noun follows them: "a State Department official",
            // "the White House spokeswoman", "a Clinton aide".
            // A second determiner opens another phrase ("The town released
            // a statement" names no statement at "The").
            let name_modifier = token.capitalized && speaker_noun_after_capitals(candidate + 1);
            if name_modifier {
                candidates_end = extended_window_end;
            }
            // "Senior", "top" and "former" open a phrase of their own, but
            // after an article they are modifiers: "the former top aide".
            let adjective_determiner = matches!(token.lower.as_str(), "senior" | "top" | "former");
            // A preposition ends the phrase before its head: "his time as
            // governor" is not a governor. ("Of" stays: "a big chunk of
            // voters" is a group of voters.)
            let preposition = !token.capitalized
                && token.lower.len() <= 4
                && matches!(
                    token.lower.as_str(),
                    "as" | "in" | "on" | "at" | "for" | "with" | "to" | "from" | "by"
                );
            // "the study's lead author": a singular possessive after a noun
            // leads on to the head.
            let singular_possessive = head.is_some()
                && candidate == head.map_or(0, |h| h + 1)
                && is_apostrophe_s(&token.lower);
            if is_plural_possessive_mark(tokens, candidate) || singular_possessive {
                continue;
            }
            if (!token.is_word() && !token.is_punct('-') && !abbreviation_dot(candidate))
                || (token.capitalized && !name_modifier)
                || (has(candidate, class::DETERMINER) && !adjective_determiner)
                || (preposition && !inside_name(candidate))
            {
                break;
            }
            // "Patients’ groups", "the teachers’ unions": after a possessive,
            // organisations in the plural too.
            let organizations_after_possessive = is_plural_possessive_mark(tokens, candidate - 1)
                && token.lower.len() > 3
                && token.lower.ends_with('s')
                && word_class(&token.lower[..token.lower.len() - 1]) & class::ORGANIZATION != 0;
            if has(candidate, class::SPEAKER_NOUN) || organizations_after_possessive {
                head = Some(candidate);
                // Prefer the last noun of a compound ("the campaign
                // spokesman", "a senior Chinese official"), and the noun
                // after a possessive ("the teachers’ union").
                let following = candidate + 1;
                if is_plural_possessive_mark(tokens, following)
                    || tokens
                        .get(following)
                        .is_some_and(|next| is_apostrophe_s(&next.lower))
                {
                    continue;
                }
                if following < range.end
                    && tokens[following].is_word()
                    && (has(following, class::SPEAKER_NOUN)
                        || ((tokens[following].capitalized || inside_name(following))
                            && speaker_noun_after_capitals(following + 1)))
                {
                    continue;
                }
                break;
            }
        }
    } else if has(start, class::GROUP) && first.lower.ends_with('s') {
        head = Some(start);
    } else if has(start, class::ROLE)
        && !first.capitalized
        && start >= 1
        && tokens[start - 1].is_punct(',')
    {
        // "Haley Morris, spokeswoman for the campaign,"
        head = Some(start);
    }
    let head = head?;
    // "a news conference", "a press release": "news" and "press" modify an
    // event or a document there, no organisation.
    if matches!(tokens[head].lower.as_str(), "news" | "press")
        && tokens.get(head + 1).is_some_and(|next| {
            matches!(
                next.lower.as_str(),
                "conference"
                    | "conferences"
                    | "release"
                    | "releases"
                    | "briefing"
                    | "briefings"
                    | "cycle"
                    | "coverage"
                    | "story"
                    | "stories"
                    | "event"
                    | "availability"
                    | "gaggle"
            )
        })
    {
        return None;
    }
    let head_word = tokens[head].lower.clone();
    let plural = has(head, class::GROUP);
    // "a feedback loop that scientists say …", "that administration
    // officials said": before a plural, "that" and "this" are no
    // determiners; the phrase starts after them.
    let start = if plural && matches!(first.lower.as_str(), "that" | "this") {
        // ("That is why critics …": a verb after it opens no phrase.)
        let verb_inside = (start + 1..head).any(|t| {
            has(t, class::NOT_NAME)
                || crate::attribution::cues::cue_verb_hashed(
                    analysis.token_hashes[t],
                    &tokens[t].lower,
                )
                .is_some()
        });
        if verb_inside {
            return None;
        }
        start + 1
    } else {
        start
    };
    let entity_kind = if plural {
        EntityKind::Group
    } else if has(head, class::ROLE) {
        EntityKind::Person
    } else if has(head, class::ORGANIZATION) {
        if is_document_head(&head_word) {
            EntityKind::Document
        } else {
            EntityKind::Organization
        }
    } else {
        EntityKind::Unknown
    };
    let span = analysis.token_range_span(start, head);
    let mut gender = Gender::Unknown;
    for token in &tokens[start..=head] {
        gender = gender.merge(role_gender(&token.lower));
    }
    // The qualifier names the speaker ("a spokesperson for the union") but
    // stays outside the mention, so the names inside it ("Ministry of
    // Defence") remain mentions of their own.
    let qualified_span = match entity_kind {
        EntityKind::Person | EntityKind::Group => qualifier_after(analysis, head, range.end)
            .map_or(span, |last| analysis.token_range_span(start, last)),
        _ => span,
    };
    Some(Mention {
        span,
        tokens: start..head + 1,
        kind: MentionKind::Nominal,
        entity_kind,
        gender,
        plural,
        name_words: SmallVec::new(),
        bare_span: qualified_span,
        roles: smallvec![head_word],
        entity: None,
    })
}

/// The last token of a prepositional phrase that says whom a role noun at
/// `head` speaks for: "a spokesperson *for the union*", "officials *at the
/// Department of Health*", "critics *of the plan*". The phrase is a
/// preposition, an optional determiner and up to five words; it stops
/// before punctuation, a function word or a verb ("a spokesperson for the
/// union said"), so that a sentence's verb never becomes part of a name.
fn qualifier_after(analysis: &TextAnalysis, head: usize, end: usize) -> Option<usize> {
    const PREPOSITIONS: &[&str] = &["for", "of", "at", "with", "from"];
    const DETERMINERS_OF_QUALIFIER: &[&str] = &["the", "a", "an", "his", "her", "its", "their"];
    let tokens = &analysis.tokens;
    let preposition = head + 1;
    if preposition >= end || !PREPOSITIONS.contains(&tokens[preposition].lower.as_str()) {
        return None;
    }
    let mut index = preposition + 1;
    if index < end && DETERMINERS_OF_QUALIFIER.contains(&tokens[index].lower.as_str()) {
        index += 1;
    }
    let after_determiner = index > preposition + 1;
    let first_word = index;
    let mut last = None;
    while index < end && index < first_word + 6 {
        let token = &tokens[index];
        let word = token.lower.as_str();
        let between_capitals = matches!(word, "of" | "and" | "for")
            && last.is_some_and(|previous: usize| tokens[previous].capitalized)
            && tokens.get(index + 1).is_some_and(|next| next.capitalized);
        // "a spokesman for Mr. Clinton", "for Mayor Frank G. Jackson": the
        // dot of an abbreviated title or an initial inside the name.
        let abbreviation_dot = token.is_punct('.')
            && !token.space_before
            && last.is_some_and(|previous: usize| {
                previous + 1 == index
                    && tokens[previous].capitalized
                    && tokens[previous].lower.len() <= 3
            })
            && tokens.get(index + 1).is_some_and(|next| next.capitalized);
        if between_capitals || abbreviation_dot {
            index += 1;
            continue;
        }
        // "at the time", "for installing", "isn't": time, a gerund or a
        // contraction ends the phrase.
        let not_a_name_part = !token.capitalized
            && (word.ends_with("ing")
                || word.contains(['\'', '\u{2019}'])
                || QUALIFIER_STOP_WORDS.contains(&word));
        let is_verb_or_function_word = not_a_name_part
            || !token.capitalized
                && (WORD_CLASSES
                .get_hashed(analysis.token_hashes[index], word)
                .unwrap_or(0)
                & (class::NOT_NAME | class::DETERMINER | class::PRONOUN)
                != 0
                || word.ends_with("ed")
                // Right after a determiner a verb form is a noun ("critics
                // of the plan"); later it is the sentence's verb.
                || (!(after_determiner && index == first_word)
                    && crate::attribution::cues::cue_verb_hashed(
                        analysis.token_hashes[index],
                        word,
                    )
                    .is_some()));
        // "members of the 1922 Committee".
        let word_or_number = matches!(token.kind, TokenKind::Word | TokenKind::Number);
        if !word_or_number || is_verb_or_function_word {
            break;
        }
        last = Some(index);
        index += 1;
    }
    last
}

fn is_name_word(analysis: &TextAnalysis, index: usize) -> bool {
    let token = &analysis.tokens[index];
    token.kind == TokenKind::Word && token.capitalized
}

/// Nouns in -ing that name a trade and modify a group noun ("housing
/// advocates", "banking regulators"): no participles.
#[rustfmt::skip]
const INDUSTRY_GERUNDS: &[&str] = &[
    "housing", "nursing", "banking", "mining", "farming", "polling", "trucking", "shipping",
    "marketing", "lobbying", "fishing", "gaming", "publishing", "broadcasting", "teaching",
    "engineering", "manufacturing", "accounting", "advertising", "clothing", "printing",
    "building", "catering", "retailing",
];

/// Participles that often modify the noun opening a sentence ("Waiting
/// lists", "Rising prices"), and that no common name spells.
#[rustfmt::skip]
const PARTICIPLE_MODIFIERS: &[&str] = &[
    "waiting", "rising", "growing", "falling", "soaring", "mounting", "increasing", "declining",
    "shrinking", "existing", "remaining", "missing", "striking", "working", "ongoing", "upcoming",
    "outgoing", "incoming", "booming", "leading", "emerging", "lingering", "surging", "plunging",
    "tumbling", "worsening", "improving", "competing", "conflicting", "dwindling",
];

/// A run of capitalised words, with titles, connectors and initials.
fn name_at(
    analysis: &TextAnalysis,
    classes: &[u16],
    start: usize,
    range: Range<usize>,
) -> Option<Mention> {
    let tokens = &analysis.tokens;
    // "… von der Leyen told reporters", "da Silva said": one or two
    // lower-case particles open a surname written without its first name.
    // (This runs for every word: whether it is a particle in lower case is
    // asked first, of the word's classes.)
    let particle_opening = || {
        let first = &tokens[start];
        if !first.is_word()
            || first.capitalized
            || classes[start] & class::CONNECTOR == 0
            || !is_surname_particle(&first.lower)
        {
            return false;
        }
        let after = if tokens
            .get(start + 1)
            .is_some_and(|second| second.is_word() && is_surname_particle(&second.lower))
        {
            start + 2
        } else {
            start + 1
        };
        after < range.end
            && is_name_word(analysis, after)
            && (start == range.start || !is_name_word(analysis, start - 1))
    };
    if !is_name_word(analysis, start) && !particle_opening() {
        return None;
    }
    let first_word = tokens[start].lower.as_str();
    let has = |index: usize, bits: u16| classes[index] & bits != 0;
    // "Don't blame Bush.", "She’d argued …": a negated auxiliary or a
    // pronoun with its auxiliary opening a sentence is no name ("O'Neill"
    // is one: no pronoun stands before its apostrophe).
    let contraction =
        is_negated_auxiliary(first_word) || pronoun_of_contraction(first_word).is_some();
    // "“…,” Will wrote.", "May said": a capitalised modal inside a
    // sentence with a verb of saying in the past after it is a surname.
    let surname_like_modal = matches!(first_word, "will" | "may")
        && start > range.start
        && tokens.get(start + 1).is_some_and(|next| {
            matches!(
                next.lower.as_str(),
                "said" | "wrote" | "added" | "told" | "tweeted" | "noted" | "argued" | "says"
            )
        });
    if (has(start, class::NOT_NAME) && !surname_like_modal) || first_word == "i" || contraction {
        return None;
    }
    // "Remarking upon …", "Speaking to reporters, …": a participle opening
    // a clause, not a name ("King said" keeps its name: only a preposition
    // or an article after the word makes it a participle).
    // "Speaking at a town hall, …", "Holding signs …", "Looking back, …"
    // too: a preposition, an adverb particle or a determiner after it.
    let opens_participle_clause = first_word.len() > 5
        && first_word.ends_with("ing")
        && !matches!(
            first_word,
            "beijing" | "wyoming" | "sterling" | "browning" | "fleming"
        )
        && tokens.get(start + 1).is_some_and(|next| {
            matches!(
                next.lower.as_str(),
                "upon"
                    | "about"
                    | "to"
                    | "with"
                    | "the"
                    | "a"
                    | "an"
                    | "his"
                    | "her"
                    | "their"
                    | "its"
                    | "our"
                    | "my"
                    | "this"
                    | "that"
                    | "these"
                    | "those"
                    | "at"
                    | "in"
                    | "on"
                    | "for"
                    | "from"
                    | "before"
                    | "after"
                    | "during"
                    | "into"
                    | "through"
                    | "over"
                    | "back"
                    | "out"
                    | "up"
                    | "more"
                    | "signs"
            )
        });
    // "Waiting lists rose", "Rising prices hit …": a participle that
    // modifies the noun after it opens the sentence, not a name.
    let participle_modifier = start == range.start
        && first_word.ends_with("ing")
        && tokens
            .get(start + 1)
            .is_some_and(|next| next.is_word() && !next.capitalized)
        && PARTICIPLE_MODIFIERS.contains(&first_word);
    // "Housing advocates said": a capitalised word opening the sentence
    // before a lower-case group noun modifies the group (which is the
    // speaker), unless it is a first name ("Maria voters" is no phrase).
    let group_modifier = start == range.start
        && tokens.get(start + 1).is_some_and(|next| {
            next.is_word() && !next.capitalized && classes[start + 1] & class::GROUP != 0
        })
        && !is_first_name(first_word)
        && !is_acronym(tokens[start].span.slice(analysis.text));
    if opens_participle_clause || participle_modifier || group_modifier {
        return None;
    }
    // Collect the run, of 16 tokens at most: no name is longer, and a
    // rejected run is looked at again from its next word, so an unbounded
    // one ("State State State …", 300 KB of title words) was quadratic
    // within each window (130 KB/s).
    const LONGEST_NAME: usize = 16;
    let mut end = start + 1; // exclusive
    let mut cursor = start + 1;
    while cursor < range.end && cursor < start + LONGEST_NAME {
        let token = &tokens[cursor];
        // (A line break that only wraps the text stays inside the name:
        // "Oliver\nGrant".)
        if token.newlines_before > 0 && analysis.opens_paragraph(cursor) {
            break;
        }
        // A middle initial ("Jill A. Martin") stays in the name even where
        // the letter is also a word ("A", "I").
        let is_initial = token.span.len() == 1
            && cursor + 2 < range.end
            && tokens[cursor + 1].is_punct('.')
            && !tokens[cursor + 1].space_before
            && is_name_word(analysis, cursor + 2);
        // "Theresa May said": a month that is also a surname continues a name
        // unless a day number follows it ("on Tuesday May 3"). "Pfizer chief
        // executive Ian Read said": so does a verb that is also a surname,
        // before a lower-case word ("Read More" after a name is a link's
        // label), and so does "Watch" after a name's first words. Only
        // asked of words that are otherwise no names.
        let surname_after_all = || {
            let next = tokens.get(cursor + 1);
            match token.lower.as_str() {
                "may" | "march" | "june" | "august" => {
                    next.is_none_or(|next| next.kind != TokenKind::Number)
                }
                "read" | "see" => next.is_some_and(|next| next.is_word() && !next.capitalized),
                // "Human Rights Watch.", "Judicial Watch, a conservative
                // group": a watchdog's name ends in it.
                "watch" => next.is_none_or(|next| !(next.is_word() && next.capitalized)),
                _ => false,
            }
        };
        if is_name_word(analysis, cursor)
            && (is_initial || !has(cursor, class::NOT_NAME) || surname_after_all())
        {
            end = cursor + 1;
            cursor += 1;
            continue;
        }
        // "Sen." / "J." / "Jr." keep the run going.
        if token.is_punct('.')
            && !token.space_before
            && cursor + 1 < range.end
            && is_name_word(analysis, cursor + 1)
        {
            let previous = &tokens[cursor - 1];
            let abbreviation =
                has(cursor - 1, class::TITLE | class::SUFFIX) || previous.span.len() == 1;
            if abbreviation {
                cursor += 1;
                continue;
            }
        }
        // "Luis Ortega of Brightline Capital": after a first name and a
        // surname, "of" leads to where the person works. Names of
        // organisations and titles go on ("Bank of America", "Secretary of
        // State", "Massachusetts Institute of Technology").
        // ("Dr Smith of Imperial College London": a title written without
        // its full stop, then a surname, is a person's name too.)
        let title_and_surname = || {
            cursor == start + 2
                && has(start, class::TITLE)
                && !has(start, class::ORGANIZATION)
                // ("Former Secretary of State …": a modifier of a title.)
                && !matches!(tokens[start].lower.as_str(), "former" | "acting" | "late" | "then")
                && tokens[start].capitalized
                && !has(
                    cursor - 1,
                    class::ORGANIZATION | class::TITLE | class::ROLE | class::NOT_NAME,
                )
        };
        let of_after_a_persons_name = || {
            token.lower == "of"
                && cursor >= start + 2
                && tokens[cursor - 1].is_word()
                && tokens[cursor - 2].is_word()
                && (title_and_surname()
                    || ((is_first_name(&tokens[cursor - 2].lower)
                        || (has(start, class::TITLE) && cursor >= start + 3))
                        && !has(
                            cursor - 1,
                            class::ORGANIZATION | class::TITLE | class::ROLE | class::NOT_NAME,
                        )
                        && !has(cursor - 2, class::ORGANIZATION | class::TITLE | class::ROLE)))
        };
        // "National Snow and Ice Data Center", "Department of Health and
        // Human Services": "and" inside an organisation's name, which two
        // or more capitalised words after it end in an organisation noun
        // ("Trump and Clinton" stay two).
        let and_inside_organization = || {
            let words_after = (cursor + 1..range.end.min(cursor + 6))
                .take_while(|&t| is_name_word(analysis, t))
                .collect::<SmallVec<[usize; 5]>>();
            words_after.len() >= 2
                && words_after
                    .last()
                    .is_some_and(|&last| has(last, class::ORGANIZATION) && !has(last, class::ROLE))
        };
        // A possessive right after the name so far.
        let possessive_after_name = cursor == end && is_apostrophe_s(&token.lower);
        // "Sainsbury's said", "McDonald's says", "…, Sainsbury's, said": a
        // company named with a possessive, before a verb of saying or a
        // comma ("Clinton's proposed plan" keeps the possessive out, and
        // "Elkins’s said" is "Elkins has said": a name in -s takes no
        // possessive into its form).
        if possessive_after_name
            && !tokens[cursor - 1].lower.ends_with('s')
            && tokens.get(cursor + 1).is_some_and(|next| {
                next.is_punct(',') || matches!(next.lower.as_str(), "said" | "says")
            })
        {
            end = cursor + 1;
            break;
        }
        // "the King's Fund", "King's College London": a possessive inside
        // an organisation's name, before the noun that names its kind.
        if possessive_after_name
            && cursor + 1 < range.end
            && is_name_word(analysis, cursor + 1)
            && matches!(
                tokens[cursor + 1].lower.as_str(),
                "fund"
                    | "department"
                    | "office"
                    | "college"
                    | "hospital"
                    | "university"
                    | "foundation"
                    | "institute"
                    | "school"
                    | "trust"
                    | "society"
                    | "association"
                    | "union"
                    | "church"
                    | "bureau"
            )
        {
            cursor += 1;
            continue;
        }
        // "The National Farmers' Union", "the Writers’ Guild of America": a
        // plural possessive inside an organisation's name.
        if token.quote_char().is_some()
            && !token.space_before
            && tokens[cursor - 1].lower.ends_with('s')
            && cursor + 1 < range.end
            && is_name_word(analysis, cursor + 1)
            && (has(cursor + 1, class::ORGANIZATION)
                || matches!(tokens[cursor + 1].lower.as_str(), "affairs" | "alliance"))
        {
            cursor += 1;
            continue;
        }
        // "Ursula von der Leyen", "Rafael van der Vaart": two particles.
        if token.is_word()
            && is_surname_particle(&token.lower)
            && cursor + 2 < range.end
            && is_surname_particle(&tokens[cursor + 1].lower)
            && is_name_word(analysis, cursor + 2)
        {
            cursor += 2;
            continue;
        }
        if token.is_word()
            && !token.capitalized
            && has(cursor, class::CONNECTOR)
            && cursor + 1 < range.end
            && is_name_word(analysis, cursor + 1)
            && (token.lower != "and" || and_inside_organization())
            && !of_after_a_persons_name()
            // "Support for Mr. Trump": an honorific after the connector
            // opens a person's name, which no name runs on into.
            && !matches!(tokens[cursor + 1].lower.as_str(), "mr" | "mrs" | "ms" | "miss")
        {
            cursor += 1;
            continue;
        }
        if token.is_word()
            && token.lower == "the"
            && cursor + 1 < range.end
            && is_name_word(analysis, cursor + 1)
            && cursor >= 1
            && tokens[cursor - 1].lower == "of"
        {
            cursor += 1;
            continue;
        }
        break;
    }
    // A lower-case role noun just before the run is part of the mention:
    // "spokeswoman Haley Morris".
    let mut mention_start = start;
    let mut roles = Roles::new();
    if start > range.start {
        let previous = &tokens[start - 1];
        let is_title_word =
            |index: usize| tokens[index].is_word() && has(index, class::TITLE | class::ROLE);
        if previous.is_word() && !previous.capitalized && has(start - 1, class::ROLE) {
            mention_start = start - 1;
            roles.push(previous.lower.clone());
            // "Chief executive Laura Kim", "Labour leader Keir Starmer": a
            // capitalised title word before the role noun belongs to it.
            if start - 1 > range.start && tokens[start - 2].capitalized && is_title_word(start - 2)
            {
                mention_start = start - 2;
            }
        } else if previous.is_word()
            && !previous.capitalized
            && start >= range.start + 3
            && tokens[start - 2].lower == "of"
            && is_title_word(start - 3)
            && matches!(
                previous.lower.as_str(),
                "staff" | "state" | "defense" | "defence" | "justice" | "police" | "operations"
            )
        {
            // "chief of staff Ron Klain", "secretary of state John Kerry".
            mention_start = start - 3;
            roles.push(tokens[start - 3].lower.clone());
        }
    }
    // Split leading titles from the bare name.
    let mut bare_start = start;
    let mut gender = Gender::Unknown;
    if mention_start < start {
        gender = gender.merge(role_gender(&tokens[mention_start].lower));
    }
    while bare_start < end {
        let token = &tokens[bare_start];
        if token.is_punct('.') {
            bare_start += 1;
            continue;
        }
        let word = token.lower.as_str();
        // "Secretary of State John Kerry": "of" and the title after it
        // belong to the first title.
        if word == "of"
            && bare_start > start
            && bare_start + 2 < end
            && has(bare_start + 1, class::TITLE)
        {
            bare_start += 1;
            continue;
        }
        if has(bare_start, class::TITLE) && bare_start + 1 < end {
            gender = gender.merge(role_gender(word));
            if let Some(role) = role_of_title(word) {
                roles.retain(|known: &mut CompactString| known != role);
                roles.push(CompactString::new(role));
            }
            bare_start += 1;
            continue;
        }
        break;
    }
    // "Ms. White", "Dr. House": after an honorific, a title word is a surname.
    let honorific_first = matches!(
        tokens[start].lower.as_str(),
        "mr" | "mrs" | "ms" | "miss" | "dr" | "mx"
    ) && bare_start > start;
    // "State Department", "Foreign Ministry", "House Judiciary Committee",
    // "the White House": a run that ends in an organisation noun names an
    // organisation, and the title words in it ("state", "foreign", "white")
    // are its name, not a person's titles. Without this, every "…
    // Department" was one person called "Department".
    // (A single word such as "Senate" keeps its old reading: it is often a
    // modifier, as in "told a Senate panel".)
    let names_organization = !honorific_first
        && (start..end)
            .filter(|&index| tokens[index].is_word())
            .count()
            >= 2
        && (start..end)
            .rev()
            .find(|&index| tokens[index].is_word())
            .is_some_and(|last| has(last, class::ORGANIZATION) && !has(last, class::ROLE));
    if names_organization {
        bare_start = start;
        roles.clear();
        gender = Gender::Unknown;
    }
    // "Retired Army Col. Lawrence Wilkerson", "Apple CEO Tim Cook", "White
    // House Press Secretary Josh Earnest": capitalised modifiers may stand
    // before the titles, or between them; the bare name is what follows
    // them, a first name and a surname at least.
    if !names_organization {
        let title_at = (bare_start + 1..end)
            .find(|&index| tokens[index].is_word() && has(index, class::TITLE));
        if let Some(title_at) = title_at {
            let mut after = title_at;
            while after < end && (tokens[after].is_punct('.') || has(after, class::TITLE)) {
                after += 1;
            }
            let name_count = (after..end)
                .filter(|&index| tokens[index].is_word() && !has(index, class::SUFFIX))
                .count();
            if name_count >= 2 {
                for index in (title_at..after).filter(|&index| tokens[index].is_word()) {
                    let word = tokens[index].lower.as_str();
                    gender = gender.merge(role_gender(word));
                    if let Some(role) = role_of_title(word) {
                        roles.retain(|known: &mut CompactString| known != role);
                        roles.push(CompactString::new(role));
                    }
                }
                bare_start = after;
            }
        }
    }
    // ("The Turkish President", "French Prime Minister": a nationality
    // before titles that end in a role names nobody either; "Islamic
    // State" is a name.)
    let all_titles = !honorific_first
        && !names_organization
        && (start..end)
            .filter(|&index| tokens[index].is_word())
            .all(|index| {
                has(index, class::TITLE)
                    || (has(index, class::GROUP_ADJECTIVE) && has(end - 1, class::ROLE))
            })
        && (start..end).any(|index| tokens[index].is_word() && has(index, class::TITLE));
    // The bare name's words, without suffixes such as "Jr.".
    let name_tokens =
        || (bare_start..end).filter(|&index| tokens[index].is_word() && !has(index, class::SUFFIX));
    // "O’Neill" and "O'Neill" are one name: the typographic apostrophe is
    // compared as the straight one.
    let name_words: NameWords = name_tokens()
        .map(|index| {
            let lower = &tokens[index].lower;
            if lower.contains('\u{2019}') {
                CompactString::from(lower.replace('\u{2019}', "'"))
            } else {
                lower.clone()
            }
        })
        .collect();
    let span = analysis.token_range_span(mention_start, end - 1);
    if all_titles {
        // "President", "Prime Minister" alone act as a role noun phrase.
        let last = tokens[end - 1].lower.clone();
        let starts_with_the =
            mention_start > range.start && tokens[mention_start - 1].lower == "the";
        let first = if starts_with_the {
            mention_start - 1
        } else {
            mention_start
        };
        if !has(end - 1, class::ROLE) {
            return None;
        }
        let span = analysis.token_range_span(first, end - 1);
        return Some(Mention {
            span,
            tokens: first..end,
            kind: MentionKind::Nominal,
            entity_kind: EntityKind::Person,
            gender: gender.merge(role_gender(&last)),
            plural: false,
            name_words: SmallVec::new(),
            bare_span: span,
            roles: smallvec![last],
            entity: None,
        });
    }
    let bare_span = analysis.token_range_span(bare_start, end - 1);
    // "Zentro Technologies", "Brightline Capital": the ending of a
    // company's name makes an organisation too.
    let has_organization_word = name_tokens().any(|index| has(index, class::ORGANIZATION))
        || name_words
            .last()
            .is_some_and(|last| COMPANY_NAME_ENDINGS.contains(&last.as_str()));
    let single_acronym = name_words.len() == 1 && is_acronym(bare_span.slice(analysis.text));
    // "MPs", "Opposition MPs", "NGOs": a name ending in an acronym with a
    // plural "s" names a group.
    let plural_acronym = name_tokens().next_back().is_some_and(|last| {
        let word = tokens[last].span.slice(analysis.text);
        word.ends_with('s') && is_acronym(word)
    });
    let is_group = plural_acronym
        || (name_words.len() == 1 && name_tokens().all(|index| has(index, class::GROUP)));
    let has_title = bare_start > start || !roles.is_empty();
    // "Little Relief for Refugees", "Limited Tools to Fight Terrorism": a
    // person's name holds no preposition; a subheading in title case does.
    let has_preposition = (bare_start..end).any(|index| {
        let token = &tokens[index];
        !token.capitalized
            && matches!(
                token.lower.as_str(),
                "for" | "to" | "on" | "in" | "with" | "at" | "against" | "over" | "from" | "by"
            )
    });
    if let Some(first) = name_words.first() {
        if has_title || name_words.len() >= 2 {
            gender = gender.merge(first_name_gender(first));
        }
    }
    let entity_kind = if is_group {
        EntityKind::Group
    } else if has_title {
        EntityKind::Person
    } else if has_organization_word || single_acronym {
        EntityKind::Organization
    } else if name_words.len() >= 2 && name_words.len() <= 4 && !has_preposition {
        EntityKind::Person
    } else {
        EntityKind::Unknown
    };
    // "Officials at the Department of Health": a capitalised group noun
    // takes its qualifier into its name, as a lower-case one does.
    let bare_span = if is_group && name_words.len() == 1 {
        qualifier_after(analysis, end - 1, range.end).map_or(bare_span, |last| {
            analysis.token_range_span(bare_start, last)
        })
    } else {
        bare_span
    };
    Some(Mention {
        span,
        tokens: mention_start..end,
        kind: MentionKind::Name,
        entity_kind,
        gender,
        plural: is_group,
        name_words,
        bare_span,
        roles,
        entity: None,
    })
}

/// Heads of a noun phrase naming a document or finding ("the poll", "a new
/// study", "recent Hoosier polls"): entities of kind [`EntityKind::Document`].
fn is_document_head(word: &str) -> bool {
    matches!(
        word,
        "poll"
            | "polls"
            | "polling"
            | "survey"
            | "surveys"
            | "study"
            | "report"
            | "statement"
            | "data"
            | "analysis"
            | "research"
    )
}
