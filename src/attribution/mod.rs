//! Stage 4 of the pipeline: who said what.
//!
//! Attribution starts from *cues*, the reporting verbs of [`cues`] and
//! "according to", found outside quotation marks. Around each cue it looks
//! for the three shapes news writing uses:
//!
//! - source first: `Okafor said (that) …`, `The ministry told reporters …`,
//!   `Okafor said: “…”`, `Cruz continued:` followed by a quoted paragraph;
//! - content first: `“…,” Okafor said.`, `…, the spokeswoman said in a
//!   statement.`, `“…,” said Sen. Alvarez.`, `No deal is on the table, says MoD.`;
//! - `according to X, …` and `…, according to X.`
//!
//! A content-first quote interrupted by its attribution (`“A,” he said,
//! “B.”`) becomes one attribution with two content parts, and a participle
//! cue after a comma (`…, adding that …`) inherits the speaker before it.
//! Quoted paragraphs with no cue of their own continue the last speaker.
//! Pronoun and relative-pronoun sources are resolved last, in text order,
//! preferring recent speakers whose gender agrees.
//!
//! # Where the rules live
//!
//! All the rules are methods of one private `Attributor`, which holds the
//! text's analyses and which tokens earlier attributions took. This module
//! keeps it, the shared word lists and token helpers, and the walk over the
//! text (`find_cued`) that decides which rule runs where. The rules
//! themselves are grouped by the question they answer:
//!
//! | module | question |
//! | --- | --- |
//! | `verbs` | Is this word a cue here, and which shape (source first, content first, passive, coordinated, participle) stands around it? |
//! | `constructions` | Does a fixed construction report something here ("according to", "as X put it", "Asked …,", a poll, a colon headline, a signed quotation)? |
//! | `sources` | Which phrase before or after the cue is the speaker? |
//! | `content` | Where does what was said start and stop? |
//! | `speakers` | Which speaker does a bare quoted paragraph continue, which entity is "he", and is the attribution direct, mixed or indirect? |
//!
//! The learned parts ([`cue_model`], [`boundary_model`]) only answer
//! questions the rules put to them, and [`train`] builds them; the
//! [`confidence`] of each attribution is the precision measured for its
//! kind of attribution.

pub mod boundary_model;
pub mod confidence;
mod constructions;
mod content;
pub mod cue_model;
pub mod cues;
mod sources;
mod speakers;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;
mod verbs;

use crate::error::Error;
use crate::linear::LinearModel;
use crate::mentions::lexicon::QUANTIFIERS;
use crate::mentions::{
    age_before, is_apostrophe_s, is_determiner, is_person_title, is_speaker_noun, EntityKind,
    Gender, MentionKind, Mentions,
};
use crate::order::sort_by_position;
use crate::quotes::Quotes;
use crate::text::{
    is_title_case_sentence, small_number_word_value, QuoteChar, TextAnalysis, Token, TokenKind,
};
use crate::word_set;
use crate::wordset::word_hash;
use boundary_model::{boundary_features, is_boundary_candidate, looks_like_verb, ContentSoFar};
use cue_model::{
    cue_log_odds, embedded_cue_model, is_cue_candidate, is_never_a_cue, lexicon_floor_log_odds,
};
use cues::{
    cue_verb, cue_verb_hashed, is_stance_adjective, may_be_finite_speech_form, CueClass, CueVerb,
    VerbForm, ADJUNCT_OPENERS, CUE_MODIFIERS, NOUN_CONTEXT, TOLD_OBJECTS,
};
use serde::Serialize;
use smallvec::{smallvec, SmallVec};
use std::collections::HashMap;
use std::ops::Range;

word_set!(MODIFIER_WORDS = CUE_MODIFIERS);
word_set!(ADJUNCT_WORDS = ADJUNCT_OPENERS);

/// Verbs that carry a clause on after an interruption: "…, according to
/// X, was a decision …".
const CLAUSE_RESUMING_VERBS: &[&str] = &[
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "can", "may",
    "might", "should", "remains", "remained",
];

/// Small numbers written as words, which open spans of time ("two days after").
const NUMBER_WORDS: &[&str] = &[
    "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several",
    "few",
];

/// Words that name a day or a part or span of time, alone after a reporting
/// verb ("said Monday", "said Monday night", "said last week").
#[rustfmt::skip]
const DAY_WORDS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "tonight", "week", "weekend", "month", "year", "night", "morning", "afternoon",
    "evening",
];

/// Month names and their abbreviations, which open a date after a reporting
/// verb ("said Dec. 6 on CNN", "said in March 2016").
#[rustfmt::skip]
const MONTH_WORDS: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
];

/// Nouns of a message whose writer reports what a participle after it says:
/// "issued a statement saying …", "posted a video calling …".
#[rustfmt::skip]
const MESSAGE_NOUNS: &[&str] = &[
    "statement", "statements", "release", "tweet", "tweets", "letter", "email", "memo", "post",
    "video", "ad", "advertisement", "op-ed", "editorial", "message", "note", "sign", "signs",
    "banner", "placard", "placards", "calls", "emails", "messages", "posts", "petition",
];

/// Verbs that carry a reporting verb on as an infinitive and belong to its
/// cue: "continued to insist", "hastened to add".
const CARRYING_VERBS: &[&str] = &[
    "continued",
    "continues",
    "continue",
    "proceeded",
    "hastened",
];

/// Verbs of aspect that make a following participle finite: "kept asking",
/// "began saying".
const ASPECT_VERBS: &[&str] = &[
    "kept", "keeps", "keep", "began", "begins", "begin", "started", "starts", "start", "stopped",
];

/// Plural nouns of people that head a source before "of" ("critics of the
/// plan say").
#[rustfmt::skip]
const PEOPLE_PLURALS: &[&str] = &[
    "supporters", "critics", "opponents", "proponents", "members", "residents", "leaders",
    "officials", "advocates", "backers", "allies", "aides", "advisers", "advisors", "friends",
    "voters", "fans", "employees", "workers", "experts", "representatives", "defenders",
    "detractors", "spokesmen", "spokeswomen", "lawyers", "attorneys", "organizers", "executives",
];

/// Whether `word` (lower case) is a plural noun of people: one of
/// [`PEOPLE_PLURALS`], or a long word with an ending that makes such nouns
/// ("shopkeepers", "activists", "physicians", "immigrants", "students").
fn is_people_plural(word: &str) -> bool {
    const ENDINGS: &[&str] = &["ers", "ors", "ists", "ians", "ants", "ents"];
    const THINGS: &[&str] = &[
        "numbers",
        "papers",
        "letters",
        "orders",
        "matters",
        "documents",
        "comments",
        "others",
        "centers",
    ];
    PEOPLE_PLURALS.contains(&word)
        || (word.len() >= 7
            && ENDINGS.iter().any(|ending| word.ends_with(ending))
            && !THINGS.contains(&word))
}

/// Heads of a phrase naming a poll, which reports what is found "in" it.
const POLL_WORDS: &[&str] = &["poll", "polls", "survey", "surveys", "polling"];

/// Nouns ending in -ly, which are not adverbs as heads of a source phrase.
#[rustfmt::skip]
const LY_NOUNS: &[&str] = &[
    "rally", "family", "assembly", "ally", "supply", "daily", "weekly", "monthly", "quarterly",
    "anomaly", "reply", "bully", "monopoly", "panoply",
];

/// Words that [`Attributor::find_cued`] hands to a pattern of their own
/// before the cue verbs.
#[derive(Clone, Copy, PartialEq, Eq)]
enum SpecialWord {
    /// "according (to)".
    According,
    /// "asked", opening a sentence or after "when".
    Asked,
    /// Forms of "seem" and "appear", which report how something looks
    /// ([`Attributor::appearance`]).
    Appearance,
    /// "supporting", "backing", "opposing" ([`Attributor::backing_name`]).
    Backing,
}

/// The [`SpecialWord`] that `word` (with its hash `hash`) is, if any. Every
/// word of a text is asked, so the hashes are compared first: for most
/// words that is a handful of integer comparisons and no string one.
fn special_word(hash: u32, word: &str) -> Option<SpecialWord> {
    const ACCORDING: u32 = word_hash("according");
    const ASKED: u32 = word_hash("asked");
    const SEEM: u32 = word_hash("seem");
    const SEEMS: u32 = word_hash("seems");
    const SEEMED: u32 = word_hash("seemed");
    const APPEAR: u32 = word_hash("appear");
    const APPEARS: u32 = word_hash("appears");
    const APPEARED: u32 = word_hash("appeared");
    const SUPPORTING: u32 = word_hash("supporting");
    const BACKING: u32 = word_hash("backing");
    const OPPOSING: u32 = word_hash("opposing");
    let (special, spelled) = match hash {
        ACCORDING => (SpecialWord::According, "according"),
        ASKED => (SpecialWord::Asked, "asked"),
        SEEM => (SpecialWord::Appearance, "seem"),
        SEEMS => (SpecialWord::Appearance, "seems"),
        SEEMED => (SpecialWord::Appearance, "seemed"),
        APPEAR => (SpecialWord::Appearance, "appear"),
        APPEARS => (SpecialWord::Appearance, "appears"),
        APPEARED => (SpecialWord::Appearance, "appeared"),
        SUPPORTING => (SpecialWord::Backing, "supporting"),
        BACKING => (SpecialWord::Backing, "backing"),
        OPPOSING => (SpecialWord::Backing, "opposing"),
        _ => return None,
    };
    (word == spelled).then_some(special)
}

/// Words of interjections set off by commas ("…, for example, said").
#[rustfmt::skip]
const INTERJECTION_WORDS: &[&str] = &[
    "for", "example", "instance", "however", "too", "though", "meanwhile", "in", "fact", "of",
    "course", "also", "then", "meantime", "nevertheless", "on", "the", "other", "hand", "turn",
    "particular", "addition", "contrast", "general", "still", "likewise", "similarly", "instead",
    "notably", "once", "again",
];

/// Adverbs that stand between a subject and its reporting verb.
#[rustfmt::skip]
const SUBJECT_VERB_ADVERBS: &[&str] = &[
    "however", "also", "later", "then", "still", "previously", "repeatedly", "recently", "once",
    "often", "privately", "publicly", "separately", "reportedly", "here", "there", "overall",
    "together", "collectively", "alone", "themselves", "himself", "herself", "too", "both",
];

/// A word, the word that must follow it (if any) and the pattern to try
/// there: one entry of [`Attributor::pre_pass_any`].
type PrePassEntry<'a, T> = (
    &'a str,
    Option<&'a str>,
    fn(&mut T, usize) -> Option<Attribution>,
);

/// Words that sort states, before which "states" is a noun.
#[rustfmt::skip]
const STATE_KINDS: &[&str] = &[
    "belt", "southern", "northern", "eastern", "western", "swing", "battleground", "voting",
    "border", "member", "coastal", "red", "blue", "purple", "other", "both", "several", "key",
    "early", "remaining", "gulf", "neighboring", "neighbouring", "united", "all", "most", "few",
    "primary", "caucus", "delegate-rich", "industrial", "rural", "small", "large", "big",
];

/// Words that name a kind of show, before which "show" is a noun (in lower
/// case: "ABC News shows …" reports a poll).
#[rustfmt::skip]
const SHOW_KINDS: &[&str] = &[
    "tv", "television", "talk", "radio", "morning", "reality", "news", "cooking",
    "comedy", "variety", "quiz", "chat", "cable", "hit", "road", "trade", "award", "awards",
];

/// Words that open a post-modifier of a source: "an official familiar with
/// the talks", "a person close to the campaign".
const SOURCE_POSTMODIFIERS: &[&str] = &[
    "familiar",
    "close",
    "involved",
    "briefed",
    "knowledgeable",
    "speaking",
    // "Mr. Manafort, citing “the unique magic of Trump,” said …"
    "citing",
    // "A company filing published on Friday showed …": a document's
    // publication.
    "published",
    "released",
    "conducted",
    "filed",
    "issued",
];

word_set!(TOLD_OBJECT_WORDS = TOLD_OBJECTS);

/// Nouns of an audience that a name may modify after "told the": "told the
/// MSNBC hosts of …", "told the CNN audience that …".
const LISTENER_NOUNS: &[&str] = &[
    "audience",
    "host",
    "hosts",
    "interviewer",
    "anchor",
    "anchors",
    "panel",
    "board",
    "gathering",
    "conference",
    "committee",
    "reporter",
    "correspondent",
    "editors",
    "readers",
];
word_set!(LISTENER_NOUN_WORDS = LISTENER_NOUNS);
word_set!(NOUN_CONTEXT_WORDS = NOUN_CONTEXT);

/// Words that label a line of a page before a colon ("BYLINE: …",
/// "Contributing: …"), never a speaker.
#[rustfmt::skip]
const LINE_LABELS: &[&str] = &[
    "byline", "contributing", "contributors", "twitter", "facebook", "follow", "update", "updated",
    "correction", "clarification", "related", "note", "answer", "question", "photo", "credit",
    "source", "sources", "watch", "read", "listen", "revealed", "exclusive", "breaking", "pledged",
    "superdelegates", "remember", "notice", "email", "video",
];
word_set!(LINE_LABEL_WORDS = LINE_LABELS);

/// Prepositions and adverbs that complete a reporting verb ("call for",
/// "point out", "talk about") rather than open its content.
const VERB_PARTICLES: &[&str] = &["for", "on", "about", "out", "up"];

/// Whether `word` right after the verb `verb_word` (lower case, in any
/// form) is a preposition the verb selects, which PolNeAR's annotators mark
/// as part of the cue: "warned of | the dangers", "critical of | Clinton",
/// "agreed with | the senator", "looked at | the data", "known as | the
/// deadliest sniper", "referring to | bruises that …". The verb is matched
/// by its stem, since many of these verbs are cues only by the learned
/// model and have no lexicon entry. ("accused of" is left out: the phrase
/// after it is what someone was accused of, and the annotators keep "of"
/// with it. "With" and "at" are particles only after the verbs listed,
/// since "said at a rally," and "spoke with reporters" open an adjunct or
/// name a listener.)
fn is_particle_of(verb_word: &str, word: &str) -> bool {
    let stem_is = |stems: &[&str]| stems.iter().any(|stem| verb_word.starts_with(stem));
    match word {
        "of" => !verb_word.starts_with("accus"),
        "with" => stem_is(&["agree", "disagree", "side", "concur", "identif"]),
        "at" => stem_is(&["look", "point", "aim", "marvel", "hint", "balk"]),
        "as" => matches!(verb_word, "known" | "seen" | "regarded" | "viewed"),
        "to" => stem_is(&["refer", "allud", "respond", "point", "repl"]),
        // "railed against the establishment".
        "against" => stem_is(&["rail"]),
        // "called for new taxes", "pushed for a recount".
        "for" => stem_is(&[
            "call", "push", "press", "plead", "lobbi", "lobby", "advocat",
        ]),
        _ => false,
    }
}

/// Words that open a main clause's predicate after a comma: "Okafor, who
/// has argued cases before the court, will lead the panel".
const MAIN_CLAUSE_AUXILIARY_LIST: &[&str] = &[
    "will", "would", "has", "have", "had", "is", "was", "are", "were", "can", "could", "should",
    "may", "might", "must", "did", "does",
];
word_set!(MAIN_CLAUSE_AUXILIARIES = MAIN_CLAUSE_AUXILIARY_LIST);

/// Words that end a plain noun phrase when walking back from a cue.
#[rustfmt::skip]
const PHRASE_BOUNDARIES: &[&str] = &[
    "that", "which", "who", "whom", "and", "but", "or", "nor", "if", "because", "when", "while",
    "as", "than", "so", "to", "of", "in", "on", "at", "for", "with", "by", "from", "about", "not",
    "also", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will",
    "would", "could", "should", "can", "may", "might", "must", "it", "there", "what", "how", "why",
    "where", "then", "now", "still", "even", "just", "only", "never", "did", "does", "do", "said",
    "says", "after", "before", "since", "until", "although", "though", "into", "over", "under",
    "against", "between", "through", "during", "without", "within", "upon", "like", "unlike",
    "whether", "however", "yet", "he", "she", "they", "we", "i", "you", "him", "her", "them", "us",
    "me", "its", "very", "too", "more", "most", "less", "here", "today", "yesterday", "tomorrow",
    "ago", "back", "out", "up", "down", "off",
];
word_set!(PHRASE_BOUNDARY_WORDS = PHRASE_BOUNDARIES);

/// Whether `word` (lower case) is one of the [`PHRASE_BOUNDARIES`].
pub(crate) fn is_phrase_boundary_word(word: &str) -> bool {
    PHRASE_BOUNDARY_WORDS.contains(word)
}

/// How a quote reports speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The speaker's words in quotation marks.
    Direct,
    /// Reported speech without quotation marks.
    Indirect,
    /// Reported speech with some of the speaker's words in quotation marks.
    Mixed,
}

impl QuoteKind {
    /// Every kind, in declaration order: a kind's number (`kind as u32`)
    /// is its index here.
    pub const ALL: [QuoteKind; 3] = [QuoteKind::Direct, QuoteKind::Indirect, QuoteKind::Mixed];
}

/// Which pattern found an attribution; it sets the confidence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pattern {
    /// `X said …`
    SourceFirst,
    /// `…, X said.` or `…, said X.`
    ContentFirst,
    /// `according to X`
    AccordingTo,
    /// `…, adding …` with the speaker of the clause before.
    Participle,
    /// A quoted paragraph continuing the previous speaker.
    Continuation,
    /// `X seems to …`, `X appeared paralyzed`: how something looks, with
    /// no speaker; the subject and what it seems are the content.
    Appearance,
}

/// The content parts of an attribution as token ranges. Most have one, which
/// is stored inline, sparing a heap allocation per attribution (with the
/// same for the output's content parts, a 10 MB text ran 7 % faster).
pub type ContentParts = SmallVec<[Range<usize>; 1]>;

/// One attribution: content, cue, source and the resolved speaker.
#[derive(Clone, Debug)]
pub struct Attribution {
    /// Token ranges of the content parts: ordered and disjoint.
    pub content: ContentParts,
    /// Token range of the cue.
    pub cue: Option<Range<usize>>,
    /// The mention naming the source at this quote.
    pub source: Option<usize>,
    /// The resolved speaker entity.
    pub entity: Option<usize>,
    /// Direct, indirect or mixed.
    pub kind: QuoteKind,
    /// How sure whosaid is that content and speaker are right, in [0, 1].
    pub confidence: f32,
    /// The pattern that found it.
    pub pattern: Pattern,
    /// For participles and continuations: the first content token of the
    /// attribution whose speaker this one inherits (a key that survives sorting).
    inherits_from: Option<usize>,
}

impl Attribution {
    /// An attribution as a pattern finds it: speaker and kind are settled later.
    fn found(
        content: ContentParts,
        cue: Option<Range<usize>>,
        source: Option<usize>,
        confidence: f32,
        pattern: Pattern,
    ) -> Attribution {
        Attribution {
            content,
            cue,
            source,
            entity: None,
            kind: QuoteKind::Indirect,
            confidence,
            pattern,
            inherits_from: None,
        }
    }
}

/// Finds every attribution in the text and resolves its speaker.
pub fn find_attributions(
    analysis: &TextAnalysis,
    quotes: &Quotes,
    mentions: &mut Mentions,
) -> Result<Vec<Attribution>, Error> {
    find_attributions_with(analysis, quotes, mentions, AttributionModels::embedded()?)
}

/// The learned models the attribution stage consults. Annotation uses the
/// embedded ones; training passes the models it has just trained, so that
/// `whosaid train-attribution` trains the cue detector, the boundary model
/// and the confidence table in one run, each on the ones before it, with
/// no rebuild in between.
#[derive(Clone, Copy)]
pub struct AttributionModels<'m> {
    /// The cue detector ([`cue_model`]).
    pub cue: &'m LinearModel,
    /// The content boundary model ([`boundary_model`]), or none for the
    /// rules alone (what the boundary model is trained against).
    pub boundary: Option<&'m LinearModel>,
}

impl AttributionModels<'static> {
    /// The models embedded in the library.
    pub fn embedded() -> Result<Self, Error> {
        Ok(AttributionModels {
            cue: embedded_cue_model()?,
            boundary: Some(boundary_model::embedded_boundary_model()?),
        })
    }
}

/// [`find_attributions`] with the learned models given.
pub fn find_attributions_with<'a>(
    analysis: &'a TextAnalysis,
    quotes: &'a Quotes,
    mentions: &'a mut Mentions,
    models: AttributionModels<'a>,
) -> Result<Vec<Attribution>, Error> {
    let cue_model = models.cue;
    let boundary_model = models.boundary;
    let mut attributor = Attributor {
        analysis,
        quotes,
        mentions,
        cue_model,
        cue_floor_log_odds: lexicon_floor_log_odds(),
        cue_threshold_log_odds: cue_model.threshold_log_odds(),
        boundary_model: boundary_model.map(|model| (model, model.threshold_log_odds())),
        used: vec![false; analysis.tokens.len()],
        source_used: vec![false; analysis.tokens.len()],
        title_case_sentences: analysis
            .sentences
            .iter()
            .map(|sentence| is_title_case_sentence(&analysis.tokens[sentence.tokens.clone()]))
            .collect(),
        trailing_commas: Vec::new(),
        outer_attributions: Vec::new(),
        interview: None,
        found: Vec::new(),
    };
    attributor.find_cued();
    attributor.find_continuations();
    sort_by_position(&mut attributor.found, |attribution| {
        attribution.content[0].start
    });
    attributor.resolve_speakers();
    attributor.classify();
    confidence::calibrate(
        &mut attributor.found,
        analysis,
        attributor.mentions,
        confidence::embedded_confidence_table()?,
    );
    Ok(attributor.found)
}

struct Attributor<'a, 'text> {
    analysis: &'a TextAnalysis<'text>,
    quotes: &'a Quotes,
    mentions: &'a mut Mentions,
    cue_model: &'a LinearModel,
    /// The cue model's floor for lexicon verbs and its threshold for other
    /// words, as log-odds (computed once: the model scores nearly every word).
    cue_floor_log_odds: f32,
    cue_threshold_log_odds: f32,
    /// Where content after its cue stops, when the rules do not say, with
    /// its threshold as log-odds (computed once).
    boundary_model: Option<(&'a LinearModel, f32)>,
    /// Tokens taken by an attribution's content or cue.
    used: Vec<bool>,
    /// Tokens of a mention that is some attribution's source; a source may
    /// serve several attributions ("Asked …, she said …, adding …").
    source_used: Vec<bool>,
    /// For each sentence, whether it is a headline in title case (decided
    /// once per sentence: asking per token would be quadratic in a long one).
    title_case_sentences: Vec<bool>,
    /// The commas before "…, officials said." ([`Self::trailing_speech_verbs`]),
    /// in text order: content inside such a sentence stops at its comma.
    trailing_commas: Vec<usize>,
    /// Attributions whose content may hold others ([`Self::push_outer`]):
    /// their content is marked used only after the other cues are found.
    outer_attributions: Vec<usize>,
    /// Where the first "Q:" of an interview printed as questions and
    /// answers is, and whom the interview is with, once looked for.
    interview: Option<Option<(usize, Option<usize>)>>,
    found: Vec<Attribution>,
}

/// Whether the verb names whom it was said to right after it: "told
/// reporters that …", "urged voters to …".
fn takes_listener(verb: CueVerb) -> bool {
    matches!(
        verb.base,
        "tell"
            | "inform"
            | "assure"
            | "reassure"
            | "advise"
            | "remind"
            | "warn"
            | "urge"
            | "ask"
            | "convince"
    )
}

/// Whether `word` (lower case) is a participle of a reporting verb
/// ("saying", "adding"), which opens a participle clause of its own.
fn is_participle_cue(word: &str) -> bool {
    cue_verb(word).is_some_and(|verb| verb.form == VerbForm::Participle)
}

/// Whether `word` (lower case) is a personal pronoun in the subject case,
/// which opens a clause of its own ("…, he said", "saying it was …").
fn is_subject_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "they" | "we" | "i" | "it" | "you")
}

/// Whether a token is a lower-case word that is no determiner: what may
/// follow a verb or a conjunction as the start of a predicate or object
/// ("to win", "and quickly hung up"), before each caller's own exceptions.
fn is_plain_lower_word(token: &Token) -> bool {
    token.is_word() && !token.capitalized && !is_determiner(&token.lower)
}

/// Whether `word` (lower case) opens a subordinate clause: "after",
/// "when", "because", … ("as" is left to the callers, since "as X said"
/// reports).
fn is_subordinator(word: &str) -> bool {
    matches!(
        word,
        "after"
            | "when"
            | "before"
            | "once"
            | "until"
            | "while"
            | "since"
            | "because"
            | "although"
            | "though"
            | "whenever"
            | "if"
            | "unless"
    )
}

fn is_terminal_punct(kind: TokenKind) -> bool {
    matches!(
        kind,
        TokenKind::Punct('.')
            | TokenKind::Punct('!')
            | TokenKind::Punct('?')
            | TokenKind::Punct(';')
            | TokenKind::Punct('…')
    )
}

impl Attributor<'_, '_> {
    /// Whether token `index` is a lower-case participle outside the cue
    /// lexicon that opens a clause ("raising fears that …", "prompting
    /// …"), not a preposition in -ing ("during", "including").
    fn opens_participle_clause(&self, index: usize) -> bool {
        let Some(token) = self.analysis.tokens.get(index) else {
            return false;
        };
        let word = token.lower.as_str();
        token.is_word()
            && !token.capitalized
            && word.len() > 5
            && word.ends_with("ing")
            && !matches!(
                word,
                "during"
                    | "including"
                    | "according"
                    | "regarding"
                    | "concerning"
                    | "following"
                    | "pending"
                    | "excluding"
                    | "notwithstanding"
                    | "nothing"
                    | "something"
                    | "anything"
                    | "everything"
            )
            && cue_verb(word).is_none()
            && !self.in_quote(index)
            // "…, he said, replacing Clinton would be …": a gerund that is
            // the subject of a finite verb opens content, not a clause.
            && !(index + 1..index + 5)
                .take_while(|&t| {
                    self.analysis.tokens.get(t).is_some_and(|token| token.is_word())
                        && !self.lower_is(t, "that")
                })
                .any(|t| MAIN_CLAUSE_AUXILIARIES.contains(self.lower(t)))
    }

    fn sentence_range(&self, token: usize) -> Range<usize> {
        self.analysis.sentences[self.analysis.sentence_of_token[token]]
            .tokens
            .clone()
    }

    /// The lower-cased token, or "" past either end of the text: rules look
    /// at neighbours freely, and a neighbour that does not exist matches nothing.
    fn lower(&self, token: usize) -> &str {
        self.analysis
            .tokens
            .get(token)
            .map_or("", |t| t.lower.as_str())
    }

    /// Whether the word at `token` is a participle of a reporting verb
    /// ([`is_participle_cue`]), looked up by the hash the text stage
    /// computed.
    fn participle_cue_at(&self, token: usize) -> bool {
        self.analysis.tokens.get(token).is_some_and(|word| {
            cue_verb_hashed(self.analysis.token_hashes[token], &word.lower)
                .is_some_and(|verb| verb.form == VerbForm::Participle)
        })
    }

    /// Whether the word at `token` is a form of a verb of saying ("said",
    /// "told", "saying"), looked up by the hash the text stage computed.
    fn speech_verb_at(&self, token: usize) -> bool {
        self.analysis.tokens.get(token).is_some_and(|word| {
            cue_verb_hashed(self.analysis.token_hashes[token], &word.lower)
                .is_some_and(|verb| verb.class == CueClass::Speech)
        })
    }

    /// Whether the word at `token` is a verb of saying in the past or the
    /// third person ("said", "tells"): one that ends "…, officials said."
    /// or follows a speaking name.
    fn finite_speech_verb_at(&self, token: usize) -> bool {
        self.analysis.tokens.get(token).is_some_and(|word| {
            cue_verb_hashed(self.analysis.token_hashes[token], &word.lower).is_some_and(|verb| {
                verb.class == CueClass::Speech && verb.is_past_or_third_person(&word.lower)
            })
        })
    }

    /// Whether the word at `token` opens an adjunct ([`ADJUNCT_WORDS`]).
    /// "This" and "last" do so only before a word of time ("said this
    /// week", "said last July") or a colon: in "told reporters this was the only
    /// chance" "this" is the content's subject.
    fn opens_adjunct(&self, token: usize) -> bool {
        let word = self.lower(token);
        if matches!(word, "this" | "last") {
            let next = self.lower(token + 1);
            // "said this: “…”" introduces what follows, like an adjunct.
            return DAY_WORDS.contains(&next)
                || MONTH_WORDS.contains(&next)
                || next == ":"
                || matches!(
                    next,
                    "weekend"
                        | "spring"
                        | "summer"
                        | "fall"
                        | "autumn"
                        | "winter"
                        | "time"
                        | "quarter"
                        | "decade"
                        | "season"
                        | "term"
                        | "session"
                        | "cycle"
                );
        }
        // "reported at least six planes …": a quantity, not a place.
        if word == "at" && matches!(self.lower(token + 1), "least" | "most") {
            return false;
        }
        ADJUNCT_WORDS.contains(word)
    }

    /// Whether the word at token `index` is a determiner or a number word
    /// ("another", "one"), which opens a plain noun phrase ("Another
    /// neighbour, who …, said", "One ally, who …, said").
    fn determiner_or_number_at(&self, index: usize) -> bool {
        let word = self.lower(index);
        is_determiner(word) || NUMBER_WORDS.contains(&word)
    }

    /// The mention starting at token `index`, or right after a "the" there
    /// ("…, the company said,": a mention may leave its article out).
    fn mention_at_or_after_the(&self, index: usize) -> Option<usize> {
        self.mentions.starting_at(index).or_else(|| {
            self.lower_is(index, "the")
                .then(|| self.mentions.starting_at(index + 1))
                .flatten()
        })
    }

    fn is_punct(&self, token: usize, character: char) -> bool {
        self.analysis
            .tokens
            .get(token)
            .is_some_and(|t| t.is_punct(character))
    }

    /// Where the bracket that the ")" at `close` closes opens, looked for
    /// back to `floor` at most (callers bound it, so a text full of
    /// brackets stays linear).
    fn opening_bracket(&self, close: usize, floor: usize) -> Option<usize> {
        (floor..close).rev().find(|&t| self.is_punct(t, '('))
    }

    /// Whether token `t` is an adverb that may stand between a subject and
    /// its reporting verb ("also", "later", "gingerly").
    fn is_adverb_before_verb(&self, t: usize) -> bool {
        self.is_manner_adverb(t)
            || self.analysis.tokens.get(t).is_some_and(|token| {
                token.is_word()
                    && SUBJECT_VERB_ADVERBS.contains(&token.lower.as_str())
                    // "there is added security": before "be", "there" is no
                    // place but the empty subject.
                    && !(token.lower == "there"
                        && matches!(self.lower(t + 1), "is" | "are" | "was" | "were" | "'s" | "’s"))
            })
    }

    /// Whether token `t` is a lower-case word in -ly that is no noun ("rally",
    /// "family"): a manner adverb ("gingerly", "sarcastically").
    fn is_manner_adverb(&self, t: usize) -> bool {
        self.analysis.tokens.get(t).is_some_and(|token| {
            token.is_word()
                && !token.capitalized
                && token.lower.ends_with("ly")
                && !LY_NOUNS.contains(&token.lower.as_str())
        })
    }

    /// Whether a word in `range` looks like a finite verb (see
    /// [`looks_like_verb`]); a possessive "'s" is none, and neither is a
    /// capitalised word, which is part of a name ("the United Nations").
    fn has_verb(&self, range: Range<usize>) -> bool {
        range.into_iter().any(|t| {
            self.analysis.tokens[t].is_word()
                && !self.analysis.tokens[t].capitalized
                && !self.is_possessive(t)
                && looks_like_verb(self.analysis, t)
        })
    }

    /// Whether token `t` is a hyphen with white space on both sides, which
    /// stands for a dash ("… “burning the Constitution” - a charge …").
    fn is_spaced_hyphen(&self, t: usize) -> bool {
        self.is_punct(t, '-')
            && self.analysis.tokens[t].space_before
            && self
                .analysis
                .tokens
                .get(t + 1)
                .is_some_and(|next| next.space_before)
    }

    /// Whether token `t` is the possessive "'s" or "’s".
    fn is_possessive(&self, t: usize) -> bool {
        is_apostrophe_s(self.lower(t))
    }

    /// Whether token `t` is a plural's possessive mark, a bare apostrophe
    /// right after a word in -s and in no quotation ("CBS' Face the
    /// Nation", "striking nurses’ leader").
    fn is_plural_possessive_mark(&self, t: usize) -> bool {
        let token = &self.analysis.tokens[t];
        t > 0
            && matches!(
                token.quote_char(),
                Some(QuoteChar::StraightSingle | QuoteChar::RightSingle)
            )
            && !token.space_before
            && self.lower(t - 1).ends_with('s')
            && self.quotes.region_at_token[t].is_none()
    }

    /// Whether a quotation closes at token `t` on a comma inside it
    /// ("“fantastic,”"), which ends a phrase like a comma after it would.
    fn closes_on_comma(&self, t: usize) -> bool {
        t > 0 && self.quotes.closing_at(t).is_some() && self.is_punct(t - 1, ',')
    }

    /// Whether quoted region `region` is a title ([`Self::is_quoted_title`]).
    fn is_title_region(&self, region: usize) -> bool {
        self.is_quoted_title(self.quotes.regions[region].first_token())
    }

    fn in_quote(&self, token: usize) -> bool {
        self.quotes.region_at_token[token].is_some()
    }

    fn find_cued(&mut self) {
        let token_count = self.analysis.tokens.len();
        // "According to X" first: the clause it governs often holds a verb
        // that looks like a cue ("HarperCollins declined to renew the offer,
        // according to …"), which would otherwise take the clause first.
        // "In the CBS poll, Trump’s lead …", "… 45 percent support in a new
        // Fox News poll": a poll that a clause is found in reports it. Also
        // before the verbs, which the poll's clause seldom holds as cues.
        // "as the prosecutor put it, …": before the verbs too, since what
        // it governs may hold one.
        // "Gorka made the point that …", "makes the case that …".
        self.pre_passes(&[
            &[("according", Some("to"), Self::according_to)],
            &[("in", None, Self::in_poll)],
            &[
                ("as", None, Self::as_source_put_it),
                ("made", Some("the"), Self::made_the_point),
                ("makes", Some("the"), Self::made_the_point),
                ("make", Some("the"), Self::made_the_point),
                ("making", Some("the"), Self::made_the_point),
            ],
        ]);
        // "Washington complained about the spending, officials said.": the
        // verb that closes its sentence reports all of it, so it goes before
        // the cues inside what it reports, which would otherwise take the
        // clause first and leave it without its speaker.
        self.trailing_speech_verbs();
        sort_by_position(&mut self.trailing_commas, |&comma| comma);
        let mut outer_content: Vec<Range<usize>> = self
            .outer_attributions
            .iter()
            .flat_map(|&outer| self.found[outer].content.iter().cloned())
            .collect();
        sort_by_position(&mut outer_content, |part| part.start);
        for index in 0..token_count {
            if self.used[index] || (self.in_quote(index) && !self.is_quoted_turn_label(index)) {
                continue;
            }
            // Inside what "…, officials said." reports, only a verb of
            // saying reports something of its own: PolNeAR seldom marks
            // the other cues there.
            let in_outer_content = {
                let after = outer_content.partition_point(|part| part.start <= index);
                after > 0 && outer_content[after - 1].end > index
            };
            if in_outer_content && !self.speech_verb_at(index) {
                continue;
            }
            let token = &self.analysis.tokens[index];
            let attribution = if token.is_punct(':') {
                self.colon_headline(index)
            } else if matches!(token.kind, TokenKind::Punct('―' | '—' | '–' | '-')) {
                self.quotation_signed_after_dash(index)
            } else if !token.is_word() {
                None
            } else {
                match special_word(self.analysis.token_hashes[index], &token.lower) {
                    Some(SpecialWord::According) if self.lower_is(index + 1, "to") => {
                        self.according_to(index)
                    }
                    Some(SpecialWord::Asked) if self.sentence_range(index).start == index => {
                        self.asked_clause(index)
                    }
                    // "Mr. Trump, asked about the deaths, had said …": set off
                    // after a name, the participle is passive too.
                    Some(SpecialWord::Asked)
                        if index >= 1
                            && (matches!(self.lower(index - 1), "when" | "after" | "if")
                                || (index > 1
                                    && self.is_punct(index - 1, ',')
                                    && self.mentions.ending_at(index - 2).is_some())) =>
                    {
                        self.asked_when(index).or_else(|| self.cued_at(index))
                    }
                    Some(SpecialWord::Appearance) => self.appearance(index),
                    Some(SpecialWord::Backing) => {
                        self.backing_name(index).or_else(|| self.cued_at(index))
                    }
                    _ => self.cued_at(index),
                }
            };
            // Content that another attribution already holds stays with it.
            let overlaps_used = |attribution: &Attribution| {
                attribution
                    .content
                    .iter()
                    .any(|range| self.used[range.clone()].contains(&true))
            };
            if let Some(attribution) = attribution.filter(|a| !overlaps_used(a)) {
                self.mark_used(&attribution);
                self.found.push(attribution);
            }
        }
        for index in std::mem::take(&mut self.outer_attributions) {
            let attribution = self.found[index].clone();
            self.mark_used(&attribution);
        }
    }

    /// Keeps an attribution whose content, before the comma at `comma`,
    /// may hold attributions of its own, which PolNeAR marks too
    /// ("Clinton had told police officials that …, the source added."):
    /// its cue and source are taken now, its content is left to the other
    /// cues, which stop at the comma, and is taken after them.
    fn push_outer(&mut self, attribution: Attribution, comma: usize) {
        self.trailing_commas.push(comma);
        self.push_holding_others(attribution);
    }

    /// Keeps an attribution whose content is left to the other cues first
    /// (see [`Self::push_outer`]), with no comma to stop them.
    fn push_holding_others(&mut self, mut attribution: Attribution) {
        let content = std::mem::take(&mut attribution.content);
        self.mark_used(&attribution);
        attribution.content = content;
        self.outer_attributions.push(self.found.len());
        self.found.push(attribution);
    }

    /// Whether `content` quotes someone with a verb of saying of its own
    /// ("According to a transcript, Grant told MPs: “…”"): a quotation and,
    /// outside it, the verb. Only the first 40 tokens of a part are looked
    /// at.
    fn quotes_with_verb_of_saying(&self, content: &[Range<usize>]) -> bool {
        let tokens = |part: &Range<usize>| part.clone().take(40);
        let quotation = content
            .iter()
            .any(|part| tokens(part).any(|t| self.quotes.opening_at(t).is_some()));
        quotation
            && content.iter().any(|part| {
                tokens(part).any(|t| {
                    !self.in_quote(t) && self.analysis.tokens[t].is_word() && self.speech_verb_at(t)
                })
            })
    }

    /// Runs the passes in order, before the cue verbs are looked at. A
    /// pass runs its `find` at every free token outside quotations whose
    /// text is an entry's word (and the next token's the entry's next word,
    /// if given); at each token the first entry whose word matches runs.
    ///
    /// One walk over the text finds every pass's tokens by their hashes
    /// (the text is compared only on a match); whether a token is free is
    /// asked when its pass runs, after the passes before it. (Three walks,
    /// one per pass, cost 2 to 3 % of the whole pipeline.)
    fn pre_passes(&mut self, passes: &[&[PrePassEntry<Self>]]) {
        let hashes: Vec<(usize, usize, u32)> = passes
            .iter()
            .enumerate()
            .flat_map(|(pass, entries)| {
                entries
                    .iter()
                    .enumerate()
                    .map(move |(entry, (word, _, _))| (pass, entry, word_hash(word)))
            })
            .collect();
        // One bit per word, chosen by its hash, rules nearly every token out
        // with a single test before the entries are searched.
        let mask = hashes
            .iter()
            .fold(0u64, |mask, &(_, _, hash)| mask | (1 << (hash & 63)));
        let mut found_at: Vec<Vec<(usize, usize)>> = vec![Vec::new(); passes.len()];
        for (index, &hash) in self.analysis.token_hashes.iter().enumerate() {
            if mask & (1 << (hash & 63)) == 0 {
                continue;
            }
            if let Some(&(pass, entry, _)) = hashes.iter().find(|&&(_, _, h)| h == hash) {
                found_at[pass].push((index, entry));
            }
        }
        for (entries, tokens) in passes.iter().zip(found_at) {
            for (index, entry) in tokens {
                let (word, next_word, find) = entries[entry];
                if self.used[index]
                    || self.in_quote(index)
                    || self.analysis.tokens[index].lower != word
                    || next_word.is_some_and(|next| !self.lower_is(index + 1, next))
                {
                    continue;
                }
                if let Some(attribution) = find(self, index) {
                    // "According to a transcript, Grant told MPs: “…”": the
                    // clause's own report is found too, inside this one.
                    if attribution.pattern == Pattern::AccordingTo
                        && self.quotes_with_verb_of_saying(&attribution.content)
                    {
                        self.push_holding_others(attribution);
                        continue;
                    }
                    self.mark_used(&attribution);
                    self.found.push(attribution);
                }
            }
        }
    }

    /// Whether the sentence holding `index` is a headline in title case,
    /// where capitalised verbs are still verbs ("Rubio Says …").
    fn is_title_case(&self, index: usize) -> bool {
        self.analysis
            .sentence_of_token
            .get(index)
            .and_then(|&sentence| self.title_case_sentences.get(sentence))
            .is_some_and(|&title_case| title_case)
    }

    fn lower_is(&self, token: usize, word: &str) -> bool {
        self.analysis
            .tokens
            .get(token)
            .is_some_and(|t| t.lower == word)
    }

    fn mark_used(&mut self, attribution: &Attribution) {
        for range in attribution.content.iter().chain(&attribution.cue) {
            self.used[range.clone()].fill(true);
        }
        if let Some(source) = attribution.source {
            for slot in &mut self.source_used[self.mentions.mentions[source].tokens.clone()] {
                *slot = true;
            }
        }
    }
}
