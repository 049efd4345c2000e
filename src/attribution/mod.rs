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

pub mod boundary_model;
pub mod cue_model;
pub mod cues;
#[cfg(not(target_arch = "wasm32"))]
pub mod train;

use crate::error::Error;
use crate::linear::LinearModel;
use crate::mentions::lexicon::QUANTIFIERS;
use crate::mentions::{is_determiner, is_speaker_noun, EntityKind, Gender, MentionKind, Mentions};
use crate::quotes::Quotes;
use crate::text::{small_number_word_value, QuoteChar, TextAnalysis, Token, TokenKind};
use crate::word_set;
use crate::wordset::word_hash;
use boundary_model::{boundary_features, is_boundary_candidate, looks_like_verb, ContentSoFar};
use cue_model::{
    cue_log_odds, embedded_cue_model, is_cue_candidate, is_never_a_cue, lexicon_floor_log_odds,
};
use cues::{
    cue_verb, cue_verb_hashed, may_be_finite_speech_form, CueClass, CueVerb, VerbForm,
    ADJUNCT_OPENERS, CUE_MODIFIERS, NOUN_CONTEXT, TOLD_OBJECTS,
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
    "today", "tonight", "week", "month", "year", "night", "morning", "afternoon", "evening",
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
    "notably",
];

/// Adverbs that stand between a subject and its reporting verb.
#[rustfmt::skip]
const SUBJECT_VERB_ADVERBS: &[&str] = &[
    "however", "also", "later", "then", "still", "previously", "repeatedly", "recently", "once",
    "often", "privately", "publicly", "separately", "reportedly", "here", "overall", "together",
    "collectively", "alone", "themselves", "himself", "herself", "too",
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
];

word_set!(TOLD_OBJECT_WORDS = TOLD_OBJECTS);
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
        _ => false,
    }
}

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
    find_attributions_with(
        analysis,
        quotes,
        mentions,
        Some(boundary_model::embedded_boundary_model()?),
    )
}

/// [`find_attributions`] with the content boundary model given, or none
/// for the rules alone (what the boundary model is trained against).
pub fn find_attributions_with<'a>(
    analysis: &'a TextAnalysis,
    quotes: &'a Quotes,
    mentions: &'a mut Mentions,
    boundary_model: Option<&'a LinearModel>,
) -> Result<Vec<Attribution>, Error> {
    let cue_model = embedded_cue_model()?;
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
        found: Vec::new(),
    };
    attributor.find_cued();
    attributor.find_continuations();
    attributor
        .found
        .sort_by_key(|attribution| attribution.content[0].start);
    attributor.resolve_speakers();
    attributor.classify();
    Ok(attributor.found)
}

struct Attributor<'a, 'text> {
    analysis: &'a TextAnalysis<'text>,
    quotes: &'a Quotes,
    mentions: &'a mut Mentions,
    cue_model: &'static LinearModel,
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
    found: Vec<Attribution>,
}

/// Whether a sentence is a headline in title case: of its words longer than
/// three letters, at least three, and four in five capitalised.
fn is_title_case_sentence(tokens: &[Token]) -> bool {
    let (words, capitalized) = tokens
        .iter()
        .filter(|t| t.is_word() && t.span.len() > 3)
        .fold((0usize, 0usize), |(words, capitalized), token| {
            (words + 1, capitalized + usize::from(token.capitalized))
        });
    words >= 3 && capitalized * 10 >= words * 8
}

/// Salience bonuses of a pronoun's antecedent, on top of minus its distance
/// in sentences: the latest speaker, another recent speaker, a gender that
/// matches, a person.
const LATEST_SPEAKER_BONUS: f32 = 2.5;
const RECENT_SPEAKER_BONUS: f32 = 1.5;
const GENDER_MATCH_BONUS: f32 = 0.5;
const PERSON_BONUS: f32 = 0.5;
/// The most any antecedent can gain, which bounds the search: once the best
/// score so far beats this minus a candidate's distance, no farther one wins.
const MOST_SALIENCE_BONUS: f32 = LATEST_SPEAKER_BONUS + GENDER_MATCH_BONUS + PERSON_BONUS;

/// Whether the verb names whom it was said to right after it: "told
/// reporters that …", "urged voters to …".
fn takes_listener(verb: CueVerb) -> bool {
    matches!(
        verb.base,
        "tell" | "inform" | "assure" | "reassure" | "advise" | "remind" | "warn" | "urge" | "ask"
    )
}

/// Whether `word` (lower case) is a participle of a reporting verb
/// ("saying", "adding"), which opens a participle clause of its own.
fn is_participle_cue(word: &str) -> bool {
    cue_verb(word).is_some_and(|verb| verb.form == VerbForm::Participle)
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

    fn is_punct(&self, token: usize, character: char) -> bool {
        self.analysis
            .tokens
            .get(token)
            .is_some_and(|t| t.is_punct(character))
    }

    /// Whether token `t` is an adverb that may stand between a subject and
    /// its reporting verb ("also", "later", "gingerly").
    fn is_adverb_before_verb(&self, t: usize) -> bool {
        self.is_manner_adverb(t)
            || self.analysis.tokens.get(t).is_some_and(|token| {
                token.is_word() && SUBJECT_VERB_ADVERBS.contains(&token.lower.as_str())
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

    /// Whether token `t` is the possessive "'s" or "’s".
    fn is_possessive(&self, t: usize) -> bool {
        matches!(self.lower(t), "'s" | "\u{2019}s")
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
        self.pre_pass("according", Some("to"), Self::according_to);
        // "In the CBS poll, Trump’s lead …", "… 45 percent support in a new
        // Fox News poll": a poll that a clause is found in reports it. Also
        // before the verbs, which the poll's clause seldom holds as cues.
        self.pre_pass("in", None, Self::in_poll);
        // "as the prosecutor put it, …": before the verbs too, since what
        // it governs may hold one.
        // "Gorka made the point that …", "makes the case that …".
        self.pre_pass_any(&[
            ("as", None, Self::as_source_put_it),
            ("made", Some("the"), Self::made_the_point),
            ("makes", Some("the"), Self::made_the_point),
            ("make", Some("the"), Self::made_the_point),
            ("making", Some("the"), Self::made_the_point),
        ]);
        // "Washington complained about the spending, officials said.": the
        // verb that closes its sentence reports all of it, so it goes before
        // the cues inside what it reports, which would otherwise take the
        // clause first and leave it without its speaker.
        self.trailing_speech_verbs();
        self.trailing_commas.sort_unstable();
        let mut outer_content: Vec<Range<usize>> = self
            .outer_attributions
            .iter()
            .flat_map(|&outer| self.found[outer].content.iter().cloned())
            .collect();
        outer_content.sort_unstable_by_key(|part| part.start);
        for index in 0..token_count {
            if self.used[index] || self.in_quote(index) {
                continue;
            }
            // Inside what "…, officials said." reports, only a verb of
            // saying reports something of its own: PolNeAR seldom marks
            // the other cues there.
            let in_outer_content = {
                let after = outer_content.partition_point(|part| part.start <= index);
                after > 0 && outer_content[after - 1].end > index
            };
            if in_outer_content
                && !cue_verb_hashed(
                    self.analysis.token_hashes[index],
                    &self.analysis.tokens[index].lower,
                )
                .is_some_and(|verb| verb.class == CueClass::Speech)
            {
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
                    Some(SpecialWord::Asked)
                        if index > 0
                            && matches!(self.lower(index - 1), "when" | "after" | "if") =>
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
    fn push_outer(&mut self, mut attribution: Attribution, comma: usize) {
        let content = std::mem::take(&mut attribution.content);
        self.mark_used(&attribution);
        attribution.content = content;
        self.trailing_commas.push(comma);
        self.outer_attributions.push(self.found.len());
        self.found.push(attribution);
    }

    /// Runs `find` at every free token outside quotations whose text is
    /// `word` (and the next token's `next_word`, if given), before the cue
    /// verbs are looked at.
    fn pre_pass(
        &mut self,
        word: &str,
        next_word: Option<&str>,
        find: fn(&mut Self, usize) -> Option<Attribution>,
    ) {
        self.pre_pass_any(&[(word, next_word, find)]);
    }

    /// [`Self::pre_pass`] for several words in one walk over the text: at
    /// each free token, the first entry whose words match runs. Each token's
    /// hash is compared first (one integer per token and entry) and its text
    /// only on a match.
    fn pre_pass_any(&mut self, entries: &[PrePassEntry<Self>]) {
        let hashes: Vec<u32> = entries.iter().map(|(word, _, _)| word_hash(word)).collect();
        for index in 0..self.analysis.tokens.len() {
            let hash = self.analysis.token_hashes[index];
            let Some(entry) = hashes.iter().position(|&h| h == hash) else {
                continue;
            };
            let (word, next_word, find) = entries[entry];
            if self.used[index]
                || self.in_quote(index)
                || self.analysis.tokens[index].lower != word
                || next_word.is_some_and(|next| !self.lower_is(index + 1, next))
            {
                continue;
            }
            if let Some(attribution) = find(self, index) {
                self.mark_used(&attribution);
                self.found.push(attribution);
            }
        }
    }

    /// Finds, before any other cue verb, each speech verb that closes its
    /// sentence after a comma and its subject ("…, a Chinese official
    /// said.", "…, officials say, adding that …"): what stands before the
    /// comma is its content.
    ///
    /// What such a verb reports may hold attributions of its own
    /// ([`Self::push_outer`]).
    fn trailing_speech_verbs(&mut self) {
        // The walk goes from comma to comma (a twentieth of the tokens), and
        // looks up only the few words after each: a lookup for every word
        // of the text cost a tenth of this stage.
        for comma in 1..self.analysis.tokens.len() {
            if !self.is_punct(comma, ',') || self.in_quote(comma) {
                continue;
            }
            // The verb: a word among the next few, after the subject
            // ("…, a senior Chinese official said").
            let verb = (comma + 2..(comma + 8).min(self.analysis.tokens.len()))
                .take_while(|&t| self.analysis.tokens[t].is_word())
                .find(|&t| {
                    let token = &self.analysis.tokens[t];
                    !token.capitalized
                        && may_be_finite_speech_form(&token.lower)
                        && cue_verb_hashed(self.analysis.token_hashes[t], &token.lower).is_some_and(
                            |verb| {
                                verb.class == CueClass::Speech
                                    && verb.is_past_or_third_person(&token.lower)
                            },
                        )
                });
            let Some(index) = verb else {
                continue;
            };
            if self.used[index] {
                continue;
            }
            let sentence = self.sentence_range(index);
            // Nothing but adjuncts may follow ("said on Monday", "said,
            // adding …").
            let next = index + 1;
            let ends_clause = next >= sentence.end
                || self.is_punct(next, ',')
                || is_terminal_punct(self.analysis.tokens[next].kind)
                || (self.opens_adjunct(next) && self.adjunct_after_trailing_verb(index));
            // The subject: the words from the comma (after an article) to
            // the verb (before adverbs: "…, the source also said"), with no
            // verb among them and not opening a clause of their own ("…, and
            // some speculated", "…, who declined", "…, Clinton restricted
            // comments about …", "…, echoing comments by …").
            let first = if is_determiner(self.lower(comma + 1)) {
                comma + 2
            } else {
                comma + 1
            };
            let mut subject_end = index;
            while subject_end > first && self.is_adverb_before_verb(subject_end - 1) {
                subject_end -= 1;
            }
            if comma <= sentence.start
                || first >= subject_end
                || !ends_clause
                || (PHRASE_BOUNDARY_WORDS.contains(self.lower(comma + 1))
                    && !matches!(
                        self.lower(comma + 1),
                        "he" | "she" | "they" | "we" | "i" | "you" | "it"
                    ))
                || (first..subject_end).any(|t| self.lower(t).ends_with("ing"))
                || self.has_verb(first..subject_end)
                || !self.is_trailing(next, sentence.end)
            {
                continue;
            }
            let Some(attribution) = self.cued_at(index) else {
                continue;
            };
            let content_before_subject = attribution
                .content
                .last()
                .is_some_and(|part| part.end <= comma + 1);
            // The subject is a name, a noun phrase or a pronoun, not a
            // participle ("…, echoing comments by …").
            let source_after_comma = attribution.source.is_some_and(|source| {
                let mention = &self.mentions.mentions[source];
                (mention.tokens.start == first || mention.tokens.start == comma + 1)
                    && mention.tokens.end == subject_end
                    && matches!(
                        mention.kind,
                        MentionKind::Name | MentionKind::Nominal | MentionKind::Pronoun
                    )
            });
            if content_before_subject
                && source_after_comma
                && !attribution
                    .content
                    .iter()
                    .any(|range| self.used[range.clone()].contains(&true))
            {
                self.push_outer(attribution, comma);
            }
        }
    }

    /// Whether the adjunct word after the verb at `verb_index` opens an
    /// adjunct rather than the verb's complement: "said on Monday" and "told
    /// CNN", but not "insisted on getting …", "agreed to allow …" or
    /// "referred to …".
    fn adjunct_after_trailing_verb(&self, verb_index: usize) -> bool {
        let next = verb_index + 1;
        let word = self.lower(next);
        if is_particle_of(self.lower(verb_index), word) {
            return false;
        }
        let after = self.lower(next + 1);
        let after_is_name = self
            .analysis
            .tokens
            .get(next + 1)
            .is_some_and(|token| token.capitalized);
        match word {
            "on" => {
                after_is_name
                    || DAY_WORDS.contains(&after)
                    || MONTH_WORDS.contains(&after)
                    || matches!(after, "condition" | "twitter" | "facebook" | "television")
            }
            "to" => after_is_name || is_determiner(after) || after == "reporters",
            _ => true,
        }
    }

    /// The attribution around the cue verb at `index`, if there is one.
    fn cued_at(&mut self, index: usize) -> Option<Attribution> {
        let verb = self.cue_at(index)?;
        if self.ends_opening_subordinate_clause(index) {
            return None;
        }
        self.around_verb(index, verb)
            .or_else(|| self.coordinated_verb(index, verb))
    }

    /// Whether the verb at `index` ends a subordinate clause that opens its
    /// sentence, right before the comma: in "After the interview concluded,
    /// Maher stated that …" the main clause is not what "concluded" reports.
    fn ends_opening_subordinate_clause(&self, index: usize) -> bool {
        let sentence_start = self.sentence_range(index).start;
        // ("When someone shouted, “Cruz,” …" reports the quotation.)
        self.is_punct(index + 1, ',')
            && self.quotes.opening_at(index + 2).is_none()
            && is_subordinator(self.lower(sentence_start))
            && index > sentence_start + 1
            && index < sentence_start + 12
            && (sentence_start + 1..index).all(|t| self.analysis.tokens[t].is_word())
    }

    /// The cue verb at `index`, if the lexicon and the learned cue model agree
    /// that there is one (see [`cue_model`]).
    fn cue_at(&self, index: usize) -> Option<CueVerb> {
        // "continued to insist": the reporting verb after "to" is the cue
        // (see `cue_start`).
        if is_never_a_cue(self.analysis, index)
            || (self.lower_is(index + 1, "to")
                && CARRYING_VERBS.contains(&self.lower(index))
                && cue_verb(self.lower(index + 2)).is_some())
        {
            return None;
        }
        let word = self.lower(index);
        let form = cue_verb_hashed(self.analysis.token_hashes[index], word);
        let lexicon = form.filter(|&verb| self.is_verb_here(index, verb));
        // A lexicon form that is no verb here ("his comments", "a firm
        // called Mannatech") is not handed to the model either.
        if form.is_some() && lexicon.is_none() {
            return None;
        }
        if !is_cue_candidate(self.analysis, self.quotes, index) {
            return lexicon;
        }
        let log_odds = cue_log_odds(
            self.cue_model,
            self.analysis,
            self.mentions,
            self.quotes,
            index,
            form,
        );
        // "CrowdStrike co-founder Dmitri Alperovitch told …": a noun of a
        // person's role right before a name is the name's title, whatever
        // the model makes of it.
        let title_before_name = || {
            let head = word.rsplit('-').next().unwrap_or(word);
            is_speaker_noun(head)
                && self
                    .analysis
                    .tokens
                    .get(index + 1)
                    .is_some_and(|next| next.capitalized)
                && [index, index + 1].iter().any(|&at| {
                    self.mentions
                        .starting_at(at)
                        .is_some_and(|m| self.mentions.mentions[m].kind == MentionKind::Name)
                })
        };
        match lexicon {
            Some(verb) => (log_odds >= self.cue_floor_log_odds).then_some(verb),
            None if log_odds < self.cue_threshold_log_odds || title_before_name() => None,
            None => Some(CueVerb {
                base: "",
                class: CueClass::Evaluation,
                form: if word.ends_with("ing") {
                    VerbForm::Participle
                } else if word.ends_with("ed") {
                    VerbForm::Past
                } else {
                    VerbForm::Present
                },
            }),
        }
    }

    /// Whether a cue-verb form is used as a verb here: not capitalised inside
    /// a sentence ("the Washington Post") and, for present forms that double
    /// as nouns, not after a determiner or preposition ("his comments").
    fn is_verb_here(&self, index: usize, verb: CueVerb) -> bool {
        let sentence = self.sentence_range(index);
        let sentence_start = sentence.start;
        let token = &self.analysis.tokens[index];
        if token.capitalized
            && index > sentence_start
            && self.quotes.opening_at(index - 1).is_none()
            && !self.is_title_case(index)
        {
            return false;
        }
        if verb.form == VerbForm::Present && index > sentence_start {
            let previous = &self.analysis.tokens[index - 1];
            // "some say" is a verb after a quantifier; "some reports" a noun.
            let after_quantifier =
                QUANTIFIERS.contains(&previous.lower.as_str()) && !token.lower.ends_with('s');
            // "13 states", "the states": a number or a determiner before it
            // makes a noun.
            // "Six in 10 say", "nine out of 10 say": after a poll's share the
            // number is the subject.
            let after_share = previous.kind == TokenKind::Number
                && index >= sentence_start + 3
                && (self.lower(index - 2) == "in"
                    || (self.lower(index - 2) == "of" && self.lower(index - 3) == "out"));
            // "says" is never a noun ("Investment, official says, helped …").
            let never_a_noun = token.lower == "says";
            if (NOUN_CONTEXT_WORDS.contains(previous.lower.as_str())
                && !after_quantifier
                && !never_a_noun)
                || (previous.kind == TokenKind::Number && !after_share)
            {
                return false;
            }
        }
        // "Minnesota state delegate Mary Susan", "state law": "state" before
        // a lower-case word other than what a verb takes ("state that",
        // "state the facts", "state it clearly") is a noun modifier.
        if token.lower == "state" {
            let next = self.analysis.tokens.get(index + 1);
            let modifies_noun = next.is_some_and(|next| {
                is_plain_lower_word(next)
                    && !next.lower.ends_with("ly")
                    && !matches!(
                        next.lower.as_str(),
                        "that"
                            | "it"
                            | "what"
                            | "how"
                            | "why"
                            | "whether"
                            | "their"
                            | "his"
                            | "her"
                            | "its"
                            | "our"
                            | "my"
                            | "your"
                            | "them"
                            | "him"
                    )
            });
            if modifies_noun {
                return false;
            }
        }
        // "In a series of Twitter posts Sunday": a plural noun after a name
        // inside a prepositional phrase. (Only forms that are mostly nouns:
        // "a poll of Iowa voters shows …" keeps its verb.)
        if verb.form == VerbForm::Present
            && matches!(
                token.lower.as_str(),
                "posts" | "tweets" | "comments" | "remarks" | "statements" | "claims" | "reports"
            )
            && index > sentence_start
        {
            if let Some(mention) = self.mentions.ending_at(index - 1) {
                let mention_start = self.mentions.mentions[mention].tokens.start;
                if mention_start > sentence_start
                    && matches!(
                        self.lower(mention_start - 1),
                        "of" | "in" | "on" | "from" | "with" | "by" | "about"
                    )
                {
                    return false;
                }
            }
        }
        // "he found himself in …", "who helped found the group": finding
        // oneself somewhere and founding are no findings.
        if verb.base == "find"
            && (matches!(
                self.lower(index + 1),
                "himself" | "herself" | "itself" | "themselves" | "myself" | "ourselves"
            ) || (index > sentence_start && self.lower(index - 1) == "helped"))
        {
            return false;
        }
        // "Costa reported from Washington.": a byline, with nothing reported.
        // A place is a few words; the bound keeps a long title-case sentence
        // of "Reported From …" linear.
        if verb.base == "report" && self.lower_is(index + 1, "from") && sentence.end <= index + 12 {
            let place_only = (index + 2..sentence.end).all(|t| {
                let token = &self.analysis.tokens[t];
                token.capitalized
                    || matches!(token.kind, TokenKind::Punct(',' | '.' | ';'))
                    || matches!(token.lower.as_str(), "and" | "d.c")
            });
            if place_only {
                return false;
            }
        }
        // "Rust Belt states that …", "the other early voting states": the
        // noun after a word that sorts states.
        if token.lower == "states"
            && index > sentence_start
            && STATE_KINDS.contains(&self.lower(index - 1))
        {
            return false;
        }
        // "a TV show", "his talk show": "show" after the kind of show is a noun.
        if verb.base == "show"
            && verb.form == VerbForm::Present
            && index > sentence_start
            && !self.analysis.tokens[index - 1].capitalized
            && SHOW_KINDS.contains(&self.lower(index - 1))
        {
            return false;
        }
        // "a company called Mannatech", "an event called “Anti-Prom”": after
        // a common noun and before a name, "called" names; "called off" is
        // no report either.
        if verb.base == "call" && verb.form == VerbForm::Past && index > sentence_start {
            let previous = &self.analysis.tokens[index - 1];
            let next = self.analysis.tokens.get(index + 1);
            let after_common_noun = previous.is_word()
                && !previous.capitalized
                && self.mentions.ending_at(index - 1).is_none_or(|m| {
                    let mention = &self.mentions.mentions[m];
                    mention.kind == MentionKind::Nominal
                        && mention.entity_kind != EntityKind::Person
                })
                && !matches!(
                    previous.lower.as_str(),
                    "he" | "she" | "they" | "we" | "i" | "who" | "also" | "has" | "have" | "had"
                );
            // "a move called the Boneless", "a campaign called #1000Books".
            // "called AP’s report a …" names the report's owner, not the thing.
            let possessed = self.is_possessive(index + 2);
            let before_name = next.is_some_and(|next| {
                (next.is_word() && next.capitalized && !possessed)
                    || next.quote_char().is_some()
                    || next.is_punct('#')
                    || (next.lower == "the"
                        && self
                            .analysis
                            .tokens
                            .get(index + 2)
                            .is_some_and(|after| after.is_word() && after.capitalized))
            });
            if (after_common_noun && before_name) || self.lower(index + 1) == "off" {
                return false;
            }
        }
        true
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

    /// "Palmieri acknowledged that the candidate misspoke but noted that …":
    /// a reporting verb joined by "and" or "but" to the content of the
    /// attribution just found shares its source and reports content of its
    /// own; joined to a clause that reports nothing ("Carson took the stage
    /// and called …"), it takes the sentence's subject.
    fn coordinated_verb(&mut self, verb_index: usize, verb: CueVerb) -> Option<Attribution> {
        // "… but went on to say, “…”": the cue may be longer than its verb;
        // "… and later said, “…”": an adverb may stand after the conjunction.
        let sentence = self.sentence_range(verb_index);
        let cue_start = self.cue_start(verb_index, sentence.start);
        let adverb_before = cue_start > 1 && self.is_adverb_before_verb(cue_start - 1);
        let conjunction = cue_start.checked_sub(if adverb_before { 2 } else { 1 })?;
        if !matches!(self.lower(conjunction), "and" | "but") || verb.form == VerbForm::Participle {
            return None;
        }
        // "… looked into the camera, furrowed his brow and said, “…”": with a
        // quotation right after the verb, a list of the subject's actions
        // may stand between subject and conjunction.
        let quotation_follows = (self.is_punct(verb_index + 1, ',')
            || self.is_punct(verb_index + 1, ':'))
            && self.quotes.opening_at(verb_index + 2).is_some();
        let previous = self.found.last();
        // The content ends at the conjunction, or at a comma before it.
        let comma_before = conjunction > 0 && self.is_punct(conjunction - 1, ',');
        let continues_previous = previous
            .and_then(|previous| previous.content.last())
            .is_some_and(|part| {
                part.end == conjunction || (comma_before && part.end + 1 == conjunction)
            });
        // "Trump mocked her, denounced her record and said …": the latest
        // attribution in this sentence, whose source came before its cue,
        // gives the subject of a list of its source's actions.
        let subject_of_previous = previous.and_then(|previous| {
            let cue = previous.cue.as_ref()?;
            let source = previous.source?;
            let subject = &self.mentions.mentions[source].tokens;
            (subject.start >= sentence.start
                && subject.end <= cue.start
                && cue.end <= conjunction
                // (A quotation the attribution's own content holds is one of
                // those actions: "called her “terrible,” denounced …".)
                && (cue.end..conjunction).all(|t| {
                    self.quotes.opening_at(t).is_none()
                        || previous.content.iter().any(|part| part.contains(&t))
                }))
            .then_some(source)
        });
        let source = if continues_previous {
            previous?.source?
        } else if let Some(subject) = subject_of_previous {
            subject
        } else {
            // "Carson took the stage … and called the system “rotten”": the
            // sentence's subject, a name or pronoun opening it.
            // "The Arizona Republican survived … and says …": an article may
            // open the sentence before the name.
            // "But the court overruled and said …": a conjunction may open
            // the sentence before it.
            let mut after_conjunction = sentence.start;
            if matches!(
                self.lower(after_conjunction),
                "but" | "and" | "yet" | "so" | "still"
            ) {
                after_conjunction += 1;
            }
            let subject_start = if self.lower(after_conjunction) == "the" {
                after_conjunction + 1
            } else {
                after_conjunction
            };
            // "In an interview with the Journal, Trump doubled down … and
            // said …": or after a short opening phrase and its comma.
            let after_opening = (sentence.start..sentence.end.min(sentence.start + 10))
                .find(|&t| self.is_punct(t, ','))
                .map(|comma| comma + 1);
            let subject = self
                .mentions
                .starting_at(sentence.start)
                .or_else(|| self.mentions.starting_at(after_conjunction))
                .or_else(|| self.mentions.starting_at(subject_start))
                .or_else(|| after_opening.and_then(|start| self.mentions.starting_at(start)))?;
            let mention = &self.mentions.mentions[subject];
            // "Gary Emineth, a former state party chairman, became a delegate
            // and said …": an appositive set off by commas after a name.
            let mut predicate_start = mention.tokens.end;
            if mention.kind == MentionKind::Name && self.is_punct(predicate_start, ',') {
                if let Some(closing) = (predicate_start + 2..conjunction.min(predicate_start + 10))
                    .find(|&t| self.is_punct(t, ','))
                {
                    let appositive_without_verb = (predicate_start + 1..closing).all(|t| {
                        self.analysis.tokens[t].is_word()
                            && !cue_verb(self.lower(t)).is_some_and(|v| v.form == VerbForm::Past)
                            && !matches!(self.lower(t), "who" | "which" | "that")
                    });
                    if appositive_without_verb {
                        predicate_start = closing + 1;
                    }
                }
            }
            // "The actor held an audition and asked …", "the appeals court
            // overruled and said …": a person or an organisation named by a
            // noun phrase is a subject too.
            let is_subject = (matches!(mention.kind, MentionKind::Name | MentionKind::Pronoun)
                || (mention.kind == MentionKind::Nominal
                    && matches!(
                        mention.entity_kind,
                        EntityKind::Person | EntityKind::Organization
                    )))
                // "They reversed themselves and said …": a plural pronoun
                // is a subject too; a plural name or noun may be a list.
                && (!mention.plural || mention.kind == MentionKind::Pronoun)
                && predicate_start < conjunction
                && self.analysis.tokens[predicate_start].is_word()
                && !self.analysis.tokens[predicate_start].capitalized
                && !(predicate_start..conjunction).any(|t| {
                    // "they reversed themselves, rushed everyone inside and
                    // said …": a comma before another past-tense verb
                    // goes on listing the subject's actions.
                    let before_another_action =
                        self.analysis.tokens.get(t + 1).is_some_and(|next| {
                            is_plain_lower_word(next) && next.lower.ends_with("ed")
                        });
                    self.used[t]
                        || self.in_quote(t)
                        || (self.is_punct(t, ',')
                            && t + 1 != conjunction
                            && !quotation_follows
                            && !before_another_action)
                });
            if !is_subject {
                return None;
            }
            subject
        };
        let content = self.content_after(verb_index + 1, sentence.end, verb)?;
        Some(Attribution::found(
            content,
            Some(conjunction + 1..verb_index + 1),
            Some(source),
            0.7,
            Pattern::SourceFirst,
        ))
    }

    /// Whether the cue is passive ("was asked", "were told"): a form of
    /// "be" among its auxiliaries before a past participle.
    fn is_passive_cue(&self, cue_start: usize, verb_index: usize, verb: CueVerb) -> bool {
        // "’s" is "is" before what is expected or said to be ("he’s expected
        // to win", "it’s said to be"), and "has" otherwise ("he’s said that").
        let is_contracted = |t: usize| {
            matches!(self.lower(t), "'re" | "\u{2019}re")
                || (matches!(self.lower(t), "'s" | "\u{2019}s")
                    && (verb.base == "expect" || self.lower_is(verb_index + 1, "to")))
        };
        verb.form == VerbForm::Past
            && (cue_start..verb_index).any(|t| {
                matches!(
                    self.lower(t),
                    "was" | "were" | "is" | "are" | "been" | "being" | "be"
                ) || is_contracted(t)
            })
    }

    /// Whether the quotation opening at `open` is a short title in title
    /// case ("“Fox and Friends”", "“Meet the Press”"): a name, not speech.
    fn is_quoted_title(&self, open: usize) -> bool {
        let Some(region_index) = self.quotes.opening_at(open) else {
            return false;
        };
        let region = &self.quotes.regions[region_index];
        let words: Vec<&Token> = self.analysis.tokens[region.first_token()..=region.last_token()]
            .iter()
            .filter(|token| token.is_word())
            .collect();
        region.parts.len() == 1
            && (1..=6).contains(&words.len())
            && words
                .iter()
                .all(|token| token.capitalized || token.span.len() <= 3)
    }

    /// The start of the cue once auxiliaries and adverbs before the verb are included.
    fn cue_start(&self, verb_index: usize, sentence_start: usize) -> usize {
        let mut start = verb_index;
        // "went on to say", "continued to insist": a verb that carries an
        // infinitive on belongs to the cue.
        if verb_index > sentence_start + 2 && self.lower(verb_index - 1) == "to" {
            let before_to = verb_index - 2;
            if self.lower(before_to) == "on"
                && matches!(
                    self.lower(before_to - 1),
                    "went" | "go" | "goes" | "going" | "gone"
                )
            {
                start = before_to - 1;
            } else if CARRYING_VERBS.contains(&self.lower(before_to)) {
                start = before_to;
            }
        }
        // "kept asking her why …", "began saying that …": a verb of aspect
        // before a participle belongs to the cue and makes it finite.
        if start == verb_index
            && verb_index > sentence_start
            && self.lower(verb_index).ends_with("ing")
            && ASPECT_VERBS.contains(&self.lower(verb_index - 1))
        {
            start = verb_index - 1;
        }
        while start > sentence_start {
            let previous = &self.analysis.tokens[start - 1];
            // "has traditionally argued": a manner adverb after an
            // auxiliary or another modifier belongs to the cue too.
            let adverb_after_modifier = start - 1 > sentence_start
                && self.is_manner_adverb(start - 1)
                && MODIFIER_WORDS.contains(self.lower(start - 2));
            if previous.is_word()
                && !previous.capitalized
                && (MODIFIER_WORDS.contains(previous.lower.as_str()) || adverb_after_modifier)
                && !self.used[start - 1]
            {
                start -= 1;
            } else {
                break;
            }
        }
        start
    }

    fn around_verb(&mut self, verb_index: usize, verb: CueVerb) -> Option<Attribution> {
        let sentence = self.sentence_range(verb_index);
        let cue_start = self.cue_start(verb_index, sentence.start);
        // "Trump is insisting that …": a form of "be" before the participle
        // makes a finite verb of it, with the subject as its source.
        let progressive = verb.form == VerbForm::Participle
            && (cue_start..verb_index).any(|t| {
                matches!(
                    self.lower(t),
                    "is" | "are"
                        | "was"
                        | "were"
                        | "am"
                        | "been"
                        | "'s"
                        | "\u{2019}s"
                        | "'re"
                        | "\u{2019}re"
                        | "'m"
                        | "\u{2019}m"
                ) || ASPECT_VERBS.contains(&self.lower(t))
            });
        let verb = if progressive {
            CueVerb {
                form: VerbForm::Present,
                ..verb
            }
        } else {
            verb
        };
        let cue = cue_start..verb_index + 1;
        let passive = self.is_passive_cue(cue_start, verb_index, verb);
        let before_cue = cue_start.checked_sub(1).filter(|&b| b >= sentence.start);
        // "Hemsley, the co-author of “Going Viral,” said …": a quoted title
        // closing before the cue is no quotation that the cue reports.
        // Only a title in the strict sense: two words or more, at least half
        // of them capitalised ("“Meh,” she said" and "“I'm a big fan of
        // Paul,” he said" are speech).
        let closes_quoted_title = |b: usize| {
            self.quotes.closing_at(b).is_some_and(|region| {
                let region = &self.quotes.regions[region];
                let words = (region.first_token()..=region.last_token())
                    .filter(|&t| self.analysis.tokens[t].is_word());
                let (count, capitalised) = words.fold((0, 0), |(count, capitalised), t| {
                    (
                        count + 1,
                        capitalised + usize::from(self.analysis.tokens[t].capitalized),
                    )
                });
                count >= 2 && capitalised * 2 >= count && self.is_quoted_title(region.first_token())
            })
        };
        // A quotation that an earlier cue took ("Okafor, citing “…,” said
        // …") is no content of this one.
        let boundary_before_cue = before_cue.filter(|&b| {
            (self.is_punct(b, ',') || self.quotes.closing_at(b).is_some())
                && !closes_quoted_title(b)
                && !self.used[b]
        });

        if verb.form == VerbForm::Participle {
            return self.participle_clause(verb_index, sentence, verb);
        }

        // "…,” said Sen. Alvarez." / "…, says MoD." ("…, told lawmakers" is
        // never inverted: after "told" comes the listener.)
        if let Some(boundary) = boundary_before_cue.filter(|_| verb.base != "tell") {
            let after_closing_quote = self.quotes.closing_at(boundary).is_some();
            let source_start = self.past_particle_out(verb_index + 1);
            // "…, said a handful of Democrats.", "…, said one person with
            // knowledge of the talks.": after a plain clause and a verb of
            // saying, a noun phrase that opens with a determiner or a number
            // may be the source too (it must still end the sentence, checked
            // below). After other verbs it is their object ("…, has made a
            // variety of changes"), and before the comma there must be a
            // clause, not a subject and its appositive ("The company's chief
            // executive, John Ferriola, said the …").
            let determined_phrase = source_start < sentence.end
                && matches!(verb.base, "say" | "add" | "write" | "note" | "estimate")
                // (The clause is looked at up to 40 tokens back, so that a
                // long sentence of cues stays linear.)
                && self.has_verb(sentence.start.max(boundary.saturating_sub(40))..boundary)
                && (NUMBER_WORDS.contains(&self.lower(source_start))
                    || matches!(
                        self.lower(source_start),
                        "a" | "an" | "the" | "some" | "many" | "several" | "dozens" | "hundreds"
                    ));
            let source = self
                .phrase_after(
                    source_start,
                    sentence.end,
                    after_closing_quote || determined_phrase,
                )
                .filter(|&source| {
                    // Such a phrase holds no verb: "said the GOP must be a
                    // party of ideas" is source-first. (Only such a phrase:
                    // the names found before this rule stay sources.)
                    after_closing_quote
                        || !determined_phrase
                        || !self.has_verb(self.mentions.mentions[source].tokens.clone())
                });
            if let Some(source) = source {
                let source_end = self.past_suffix_dot(self.mentions.mentions[source].tokens.end);
                // "Dever, who was on the slate, told POLITICO, “…”": after a
                // plain clause, a quotation opening after the object is the content.
                let quote_follows = !after_closing_quote
                    && self.quote_opens_after_adjuncts(source_end, sentence.end);
                // "Sanders, who has sent pleas on his behalf, said he …": a
                // name and a relative clause before the comma are the subject.
                let subject_with_relative = !after_closing_quote
                    && self.mentions.starting_at(sentence.start).is_some_and(|m| {
                        let end = self.mentions.mentions[m].tokens.end;
                        self.is_punct(end, ',') && matches!(self.lower(end + 1), "who" | "which")
                    });
                // "Jon Tester, chairman of the committee, said Trump …": a name
                // and an appositive with no verb in it are the subject, not
                // content that the cue reports.
                let subject_with_appositive = !after_closing_quote
                    && self.mentions.starting_at(sentence.start).is_some_and(|m| {
                        let end = self.mentions.mentions[m].tokens.end;
                        // An appositive is short: the bound keeps a long
                        // sentence of cues linear.
                        end < boundary
                            && boundary - end <= 30
                            && self.is_punct(end, ',')
                            && !(end + 1..boundary).any(|t| self.in_quote(t))
                            && !self.has_verb(end + 1..boundary)
                    });
                // "Texas, leading a coalition, asked a judge to block …": after
                // a verb that takes an object, a clause of its own follows it.
                let object_clause_follows = takes_listener(verb)
                    && matches!(
                        self.lower(source_end),
                        "to" | "whether" | "if" | "that" | "why" | "what" | "how"
                    );
                // After "…,” said X" anything may follow: an appositive
                // ("said X, the chief executive of Y") or adjuncts.
                // A quoted title closing on its comma ("the authors of the
                // “Growth Project,” giving …") ends the phrase like one.
                let followed_by_appositive = self.is_punct(source_end, ',')
                    || self.is_punct(source_end, '(')
                    || (source_end >= 1 && self.closes_on_comma(source_end - 1));
                if !quote_follows
                    && !object_clause_follows
                    && !subject_with_relative
                    && !subject_with_appositive
                    && (followed_by_appositive || self.is_trailing(source_end, sentence.end))
                {
                    let content = self.content_before(boundary, sentence.start)?;
                    return Some(self.content_first(content, source_end, cue, source));
                }
            }
        }

        // "Said Comey, “The thought …”": the verb opens the sentence and the
        // speaker follows it.
        // "But, said Solovey, “…”" too, after a one-word opening.
        let opens_sentence = cue_start == sentence.start
            || (boundary_before_cue == Some(sentence.start + 1)
                && self.is_punct(sentence.start + 1, ','));
        if opens_sentence {
            if let Some(source) = self.phrase_after(verb_index + 1, sentence.end, false) {
                let mut source_end = self.mentions.mentions[source].tokens.end;
                // "Said Dorothy Poynter, who grew up with Ali, “…”": a
                // relative clause on the speaker runs to the next comma.
                if self.is_punct(source_end, ',') && self.lower_is(source_end + 1, "who") {
                    if let Some(comma) = (source_end + 2..sentence.end.min(source_end + 30))
                        .take_while(|&t| !self.in_quote(t))
                        .find(|&t| self.is_punct(t, ','))
                    {
                        source_end = comma;
                    }
                }
                if (self.is_punct(source_end, ',') || self.is_punct(source_end, ':'))
                    && self.quotes.opening_at(source_end + 1).is_some()
                {
                    if let Some(content) = self.plain_content(source_end + 1, sentence.end) {
                        return Some(Attribution::found(
                            content,
                            Some(cue),
                            Some(source),
                            0.8,
                            Pattern::SourceFirst,
                        ));
                    }
                }
            }
        }

        // Any lexicon verb may take a plain noun phrase as its source ("many
        // voters think", "the group endorsed"); a cue found only by the model
        // needs a recognised mention, which keeps its precision up. (The
        // verb is finite here: participles went to `participle_clause`.)
        let allow_generic = !verb.base.is_empty();
        let source = self
            .phrase_before(cue_start, sentence.start, allow_generic)
            .or_else(|| self.subject_before_long_appositive(cue_start, sentence.clone()))
            .or_else(|| self.subject_before_relative_clause(cue_start, sentence.start))?;
        let source = if verb.class == CueClass::Speech && !passive {
            self.head_of_restrictive_relative(source, sentence.start)
                .unwrap_or(source)
        } else {
            source
        };
        let source_start = self.mentions.mentions[source].tokens.start;
        // "…, the news site RTL Info reported": modifiers before the name
        // belong to the source phrase, so the boundary lies before them.
        let mut phrase_start = source_start;
        while phrase_start > sentence.start + 1
            && source_start - phrase_start < 3
            && self.analysis.tokens[phrase_start - 1].is_word()
            && !self.analysis.tokens[phrase_start - 1].capitalized
            && !PHRASE_BOUNDARY_WORDS.contains(self.lower(phrase_start - 1))
            && !self.used[phrase_start - 1]
        {
            phrase_start -= 1;
        }
        // "…,” Snyder spokesman Dave Murray told …": a name used as a
        // modifier before a titled name belongs to the source phrase too.
        let source_mention = &self.mentions.mentions[source];
        // "…, Israeli officials said", "Clinton aides say": a name before a
        // plain noun phrase modifies it.
        if source_mention.kind == MentionKind::Nominal
            && phrase_start == source_mention.tokens.start
            && phrase_start > sentence.start
        {
            if let Some(modifier) = self.mentions.ending_at(phrase_start - 1) {
                if self.mentions.mentions[modifier].kind == MentionKind::Name
                    && !self.used[phrase_start - 1]
                {
                    phrase_start = self.mentions.mentions[modifier].tokens.start;
                }
            }
        }
        let source_mention = &self.mentions.mentions[source];
        if source_mention.kind == MentionKind::Name
            && !source_mention.roles.is_empty()
            && phrase_start > sentence.start
        {
            if let Some(modifier) = self.mentions.ending_at(phrase_start - 1) {
                if self.mentions.mentions[modifier].kind == MentionKind::Name {
                    phrase_start = self.mentions.mentions[modifier].tokens.start;
                }
            } else {
                // Capitalised words the mention rules left out ("White House
                // press secretary Josh Earnest").
                let mut words = 0;
                while phrase_start > sentence.start
                    && words < 4
                    && self.analysis.tokens[phrase_start - 1].is_word()
                    && self.analysis.tokens[phrase_start - 1].capitalized
                    && !self.used[phrase_start - 1]
                    && !self.in_quote(phrase_start - 1)
                {
                    phrase_start -= 1;
                    words += 1;
                }
            }
        }
        // "…,” CrowdStrike co-founder Dmitri Alperovitch said": a name
        // before the lower-case role that the phrase took in modifies it.
        if self.mentions.mentions[source].kind == MentionKind::Name
            && phrase_start < source_start
            && phrase_start > sentence.start
            && !self.used[phrase_start - 1]
        {
            if let Some(modifier) = self.mentions.ending_at(phrase_start - 1) {
                if self.mentions.mentions[modifier].kind == MentionKind::Name {
                    phrase_start = self.mentions.mentions[modifier].tokens.start;
                }
            }
        }
        // "…,” former Florida governor Jeb Bush said": lower-case modifiers
        // may stand before a name used as a modifier too.
        if phrase_start < source_start {
            let mut words = 0;
            while phrase_start > sentence.start + 1
                && words < 2
                && self.analysis.tokens[phrase_start - 1].is_word()
                && !self.analysis.tokens[phrase_start - 1].capitalized
                && !PHRASE_BOUNDARY_WORDS.contains(self.lower(phrase_start - 1))
                && cue_verb(self.lower(phrase_start - 1)).is_none()
                && !self.used[phrase_start - 1]
            {
                phrase_start -= 1;
                words += 1;
            }
        }
        // "…,” Twitter’s Adam Sharp said", "the bureau's director": a
        // possessor before the source belongs to its phrase.
        let possessive_end = if self.is_possessive(phrase_start) {
            Some(phrase_start)
        } else {
            (phrase_start > sentence.start && self.is_possessive(phrase_start - 1))
                .then(|| phrase_start - 1)
        };
        if let Some(possessive_end) = possessive_end.filter(|&p| p > sentence.start) {
            if let Some(owner) = self.mentions.ending_at(possessive_end - 1) {
                phrase_start = self.mentions.mentions[owner].tokens.start;
            } else if self.analysis.tokens[possessive_end - 1].is_word()
                && !self.in_quote(possessive_end - 1)
                && !self.used[possessive_end - 1]
            {
                // "the bureau's director": a common noun after its article.
                phrase_start = possessive_end - 1;
            }
        }
        if phrase_start > sentence.start && self.lower(phrase_start - 1) == "the" {
            phrase_start -= 1;
        }
        // "…, a spokeswoman, Anna White, said": the role set off before the
        // name belongs to the source phrase. (Only a role set off by commas
        // itself, before a name: in "Okafor met a woman, the official said"
        // the woman is the content's.)
        if phrase_start > sentence.start + 1
            && self.is_punct(phrase_start - 1, ',')
            && self.mentions.mentions[source].kind == MentionKind::Name
        {
            if let Some(role) = self.mentions.ending_at(phrase_start - 2) {
                let role_mention = &self.mentions.mentions[role];
                if role_mention.kind == MentionKind::Nominal
                    && role_mention.entity_kind == EntityKind::Person
                {
                    let mut role_start = role_mention.tokens.start;
                    // "…, his top aide, Tad Devine, said": the role's
                    // determiner opens the phrase.
                    if role_start > sentence.start
                        && matches!(
                            self.lower(role_start - 1),
                            "the" | "a" | "an" | "his" | "her" | "their" | "its" | "our" | "my"
                        )
                    {
                        role_start -= 1;
                    }
                    let set_off = role_start == sentence.start
                        || self.is_punct(role_start - 1, ',')
                        || self.quotes.closing_at(role_start - 1).is_some();
                    if set_off {
                        phrase_start = role_start;
                    }
                }
            }
        }
        // "…, Smith and Jones told POLITICO.", "…, teachers and union
        // officials said.": a conjunct before "and" belongs to the source
        // phrase when a comma or a closing quotation sets the two off.
        if phrase_start > sentence.start + 2 && self.lower_is(phrase_start - 1, "and") {
            let conjunct_end = phrase_start - 1;
            let conjunct_start = match self.mentions.ending_at(conjunct_end - 1) {
                Some(conjunct) => self.mentions.mentions[conjunct].tokens.start,
                None => {
                    let word = &self.analysis.tokens[conjunct_end - 1];
                    let plain_noun = is_plain_lower_word(word)
                        && word.lower.ends_with('s')
                        && cue_verb(&word.lower).is_none()
                        && !PHRASE_BOUNDARY_WORDS.contains(word.lower.as_str());
                    if plain_noun {
                        conjunct_end - 1
                    } else {
                        conjunct_end
                    }
                }
            };
            let set_off = conjunct_start < conjunct_end
                && conjunct_start > sentence.start
                && (self.is_punct(conjunct_start - 1, ',')
                    || self.quotes.closing_at(conjunct_start - 1).is_some())
                && !(conjunct_start..conjunct_end).any(|t| self.used[t] || self.in_quote(t));
            if set_off {
                phrase_start = conjunct_start;
            }
        }
        // "Her deputy, Tunde Bakare, disagreed": a name set off by commas
        // before the cue is an appositive of the subject before it, which is
        // no content.
        let source_end = self.mentions.mentions[source].tokens.end;
        let appositive_source = source_end < cue_start
            && self.is_punct(source_end, ',')
            && phrase_start > sentence.start
            && self.is_punct(phrase_start - 1, ',')
            && phrase_start - 1 - sentence.start <= 4
            && (sentence.start..phrase_start - 1).all(|t| {
                self.analysis.tokens[t].is_word()
                    && !self.in_quote(t)
                    && cue_verb(self.lower(t)).is_none()
            });
        let boundary_before_source = phrase_start
            .checked_sub(1)
            .filter(|_| !appositive_source)
            .filter(|&b| b > sentence.start || self.quotes.closing_at(b).is_some())
            .filter(|&b| {
                b >= sentence.start
                    && (self.is_punct(b, ',') || self.quotes.closing_at(b).is_some())
            });
        if let Some(boundary) = boundary_before_source {
            let after_object = self.skip_object(verb_index + 1, sentence.end, verb);
            // A quotation closed right before the source ("“…,” she said …")
            // is the content unless a clause of its own follows the cue.
            let takes_object = matches!(verb.base, "tell" | "ask" | "remind" | "assure" | "inform");
            // Looked at only for verbs that take an object, and within 60
            // tokens, so that a long sentence of cues stays linear.
            // A quoted title ("told the hosts of “Morning Joe.”") opens no clause.
            let no_clause_after = || {
                (verb_index + 1..sentence.end.min(verb_index + 60)).all(|t| {
                    self.lower(t) != "that"
                        && (self.quotes.opening_at(t).is_none() || self.is_quoted_title(t))
                })
            };
            // A quoted title right after the verb is its object ("told “Fox
            // and Friends” after …"), not a clause.
            let title_object = takes_object && self.is_quoted_title(after_object);
            let after_quote = self.quotes.closing_at(boundary).is_some()
                && (after_object >= sentence.end
                    || (takes_object && no_clause_after())
                    || title_object
                    || matches!(
                        self.analysis.tokens[after_object].kind,
                        TokenKind::Punct(',' | '(' | '—' | '.' | ';' | '!' | '?')
                    )
                    || (self.opens_adjunct(after_object) && self.lower(after_object) != "to")
                    // "“…,” he said introducing Clinton as …": a participle
                    // clause of the speaker's.
                    || (self.lower(after_object).ends_with("ing")
                        && self.analysis.tokens[after_object].is_word()
                        && !self.analysis.tokens[after_object].capitalized));
            // "Instead of calling himself conservative, Mr. Trump said, “I'm
            // …”": after a plain clause, a quotation opening right after the
            // cue is the content, not the continuation of an interrupted one.
            let quote_opens_after = self.quote_opens_after_adjuncts(after_object, sentence.end);
            // "Remarking upon Clinton's “genuine empathy,” Starr said, “…”": a
            // participle clause opening the sentence is an adjunct too, even
            // with a quoted phrase at its end.
            let opening_participle =
                self.lower(sentence.start).len() > 5 && self.lower(sentence.start).ends_with("ing");
            let plain_clause_before =
                self.quotes.closing_at(boundary).is_none() || opening_participle;
            // "Later, Reyes was asked by a reporter whether …": a passive cue
            // after a plain opening phrase reports what follows it.
            if (after_quote || self.is_trailing(after_object, sentence.end))
                && !(plain_clause_before && quote_opens_after)
                && !(plain_clause_before && passive)
            {
                // "Through a spokesman, he declined to comment.": an opening
                // adjunct with no verb is no content; what follows the cue
                // is. So is an opening subordinate clause that another cue
                // took ("After Trump tweeted the quote, Todd asked him about
                // …").
                let content = self.content_before(boundary, sentence.start);
                let adjunct_only = |content: &[Range<usize>]| {
                    content.len() == 1
                        && self.quotes.opening_at(content[0].start).is_none()
                        && self.opens_adjunct(content[0].start)
                        && !self.has_verb(content[0].clone())
                };
                let opening = self.lower(sentence.start);
                let subordinate_opening =
                    (is_subordinator(opening) || opening == "as") && self.is_punct(boundary, ',');
                if content.is_none() && !subordinate_opening {
                    return None;
                }
                if let Some(content) = content.filter(|content| !adjunct_only(content)) {
                    return Some(self.content_first(content, verb_index + 1, cue, source));
                }
            }
            // "But the years that followed, he said, brought a shift": the
            // attribution interrupts the reported clause; both halves are content.
            // A quotation that goes on in lower case continues the clause
            // too ("The streets were deserted, he added, “but people need
            // …”"); one opening a new sentence does not.
            let continues = after_object + 1;
            let quotation_continues = self.quotes.opening_at(continues).is_some_and(|_| {
                self.analysis
                    .tokens
                    .get(continues + 1)
                    .is_some_and(|first| first.is_word() && !first.capitalized)
            });
            if self.is_punct(after_object, ',')
                && continues < sentence.end
                && self.lower(continues) != "that"
                && !self.starts_new_clause(continues)
                && (self.quotes.opening_at(continues).is_none() || quotation_continues)
            {
                if let Some(mut content) = self.content_before(boundary, sentence.start) {
                    if let Some(rest) = self.plain_content(continues, sentence.end) {
                        content.extend(rest);
                        return Some(Attribution::found(
                            content,
                            Some(cue),
                            Some(source),
                            0.8,
                            Pattern::ContentFirst,
                        ));
                    }
                }
            }
        }
        // A thing does not believe ("the sale expects"), but it may be what
        // is expected ("the sale is expected to …").
        if self.mentions.mentions[source].kind == MentionKind::Nominal
            && matches!(
                self.mentions.mentions[source].entity_kind,
                EntityKind::Unknown | EntityKind::Document
            )
            && verb.class == CueClass::Belief
            && !passive
        {
            return None;
        }
        // "The mayor was asked whether …", "he was told that …": the subject of
        // a passive cue is whom it was said to; the speaker is the agent after
        // "by", or unknown, and the content follows the agent.
        let (source, content_start) = if passive {
            let agent = self
                .lower_is(verb_index + 1, "by")
                .then(|| self.phrase_after(verb_index + 2, sentence.end, true))
                .flatten();
            let after_agent = agent.map_or(verb_index + 1, |agent| {
                self.mentions.mentions[agent].tokens.end
            });
            (agent, after_agent)
        } else {
            (Some(source), verb_index + 1)
        };
        // "“… NOW!” Trump said on Twitter.": a quotation closing on "!" or
        // "?" ends a sentence of its own before a capitalised name, and the
        // one made of the source, a verb of speech and adjuncts reports it
        // (what follows the cue is no content of its own).
        // Nested marks may close together ("?’”"). "Told" may have its
        // listener after it ("Renteria told reporters.").
        let mut mark = sentence.start;
        while mark > 0 && self.quotes.closing_at(mark - 1).is_some() {
            mark -= 1;
        }
        let exclaimed_before = mark < sentence.start
            && mark > 0
            && (self.is_punct(mark - 1, '!') || self.is_punct(mark - 1, '?'));
        let exclaimed_quote = (!passive && exclaimed_before && verb.class == CueClass::Speech)
            .then(|| {
                let after_object = self.skip_object(verb_index + 1, sentence.end, verb);
                self.quote_before_bare_attribution(source_start, sentence.clone(), after_object)
            })
            .flatten();
        let mut content = match exclaimed_quote {
            Some(content) => content,
            None => match self.content_after(content_start, sentence.end, verb) {
                Some(content) => content,
                None => {
                    let after_object = self.skip_object(verb_index + 1, sentence.end, verb);
                    self.quote_before_bare_attribution(
                        source_start,
                        sentence.clone(),
                        after_object,
                    )?
                }
            },
        };
        // "The sale is expected to expand …": what is expected is the subject
        // doing what follows, so the subject is part of the content.
        if passive && verb.base == "expect" && self.lower_is(content_start, "to") {
            if let Some(subject) = self.passive_subject(cue_start, sentence.clone()) {
                content.insert(0, subject);
            }
        }
        // "emails, which she said represented all her work": the relative
        // pronoun before the source is the reported clause's subject, so it
        // opens the content.
        let relative = phrase_start
            .checked_sub(1)
            .filter(|&r| r >= sentence.start && !self.used[r])
            .filter(|&r| matches!(self.lower(r), "which" | "what" | "who" | "whom"));
        if let Some(relative) = relative {
            if !passive
                && content
                    .first()
                    .is_some_and(|first| first.start > verb_index)
                && !self.lower_is(content_start, "that")
            {
                content.insert(0, relative..relative + 1);
            }
        }
        Some(Attribution::found(
            content,
            Some(cue),
            source,
            if verb.class == CueClass::Speech {
                0.8
            } else {
                0.6
            },
            Pattern::SourceFirst,
        ))
    }

    /// The subject clause before a passive cue starting at `cue_start`: back
    /// to the sentence start, a relative pronoun, or the comma after a short
    /// opening phrase ("In May, the board is expected to …").
    fn passive_subject(&self, cue_start: usize, sentence: Range<usize>) -> Option<Range<usize>> {
        // A subject is short; looking back a bounded way keeps a long
        // sentence with many such cues linear.
        let mut start = sentence.start.max(cue_start.saturating_sub(40));
        for index in (start..cue_start).rev() {
            if matches!(self.lower(index), "which" | "that" | "who") || self.used[index] {
                start = index + 1;
                break;
            }
        }
        if let Some(comma) = (start..cue_start.min(start + 5)).find(|&t| self.is_punct(t, ',')) {
            if self.mentions.starting_at(start).is_none() {
                start = comma + 1;
            }
        }
        (start < cue_start && (start..cue_start).all(|t| !self.in_quote(t)))
            .then_some(start..cue_start)
    }

    /// Whether `noun` is a message noun that is the object of a verb
    /// ("issued a statement | saying …"), not a preposition's ("In a
    /// statement | defending Lewandowski, the campaign said …", where the
    /// participle describes the statement).
    fn published_message_before(&self, noun: usize, sentence_start: usize) -> bool {
        // "released a statement Wednesday saying …": a day may stand between.
        let noun = if DAY_WORDS.contains(&self.lower(noun)) && noun > sentence_start {
            noun - 1
        } else {
            noun
        };
        if !MESSAGE_NOUNS.contains(&self.lower(noun)) {
            return false;
        }
        let mut phrase_start = noun;
        while phrase_start > sentence_start
            && phrase_start + 4 > noun
            && self.analysis.tokens[phrase_start - 1].is_word()
            && !self.analysis.tokens[phrase_start - 1].capitalized
            && (is_determiner(self.lower(phrase_start - 1))
                || matches!(
                    self.lower(phrase_start - 1),
                    "new" | "brief" | "short" | "joint" | "written"
                ))
        {
            phrase_start -= 1;
        }
        phrase_start > sentence_start
            && self.analysis.tokens[phrase_start - 1].is_word()
            && !ADJUNCT_WORDS.contains(self.lower(phrase_start - 1))
    }

    /// "…, adding that …", "— saying …", "while noting …": a participle
    /// clause reports what the subject of its sentence said. Its source is
    /// the source of an attribution earlier in the same sentence, else the
    /// sentence's subject.
    fn participle_clause(
        &mut self,
        verb_index: usize,
        sentence: Range<usize>,
        verb: CueVerb,
    ) -> Option<Attribution> {
        let mut before = verb_index.checked_sub(1).filter(|&b| b > sentence.start)?;
        // "…, saying that … - and arguing that …": a second participle
        // joined by "and" after a mark.
        // "…, holding signs and chanting “…”": or after an -ing clause set
        // off by a comma a few words before.
        let after_participle_clause = |and: usize| {
            (and.saturating_sub(8).max(sentence.start + 1)..and).any(|t| {
                self.is_punct(t - 1, ',')
                    && self.analysis.tokens[t].is_word()
                    && self.lower(t).len() > 4
                    && self.lower(t).ends_with("ing")
            })
        };
        // (Asked before the step back below over a mark, which may be a
        // quotation closing inside the clause: "calling it “disqualifying”
        // and asserting …".)
        // "saying she's experienced “on paper” but suggesting …" too.
        let joins_participle_clause =
            matches!(self.lower(before), "and" | "but") && after_participle_clause(before);
        if self.lower_is(before, "and")
            && before > sentence.start + 1
            && (matches!(
                self.analysis.tokens[before - 1].kind,
                TokenKind::Punct(',' | '—' | '–' | '-' | ';')
            ) || self.quotes.closing_at(before - 1).is_some())
        {
            before -= 1;
        }
        let introduced = joins_participle_clause || matches!(
            self.analysis.tokens[before].kind,
            TokenKind::Punct(',' | '—' | '–' | '-' | ';')
        ) || matches!(
            self.lower(before),
            "while" | "by" | "before" | "after" | "when" | "also" | "upon" | "only" | "even" | "in"
        ) || self.published_message_before(before, sentence.start)
            // "… as “fantastic,” telling reporters …": the comma sits inside
            // the quotation that closes before the participle.
            || self.closes_on_comma(before);
        if !introduced {
            // "… with 22 percent saying they would not vote": a survey share
            // right before the participle reports what follows it.
            let survey_share =
                (verb_index.saturating_sub(4).max(sentence.start)..verb_index).any(|t| {
                    self.analysis.tokens[t].kind == TokenKind::Number
                        || matches!(self.lower(t), "percent" | "%")
                });
            let source = if survey_share {
                self.phrase_before(verb_index, sentence.start, true)?
            } else {
                // "…, with Donald Trump tweeting that …": the subject of a
                // clause opened by "with".
                let subject = self.phrase_before(verb_index, sentence.start, true)?;
                // Up to two modifiers may stand between ("with union leaders").
                let subject_start = self.mentions.mentions[subject].tokens.start;
                let opened_by_with = (subject_start.saturating_sub(3).max(sentence.start)
                    ..subject_start)
                    .rev()
                    .take_while(|&t| self.analysis.tokens[t].is_word())
                    .any(|t| self.lower_is(t, "with"));
                if !opened_by_with {
                    return None;
                }
                subject
            };
            let content = self.content_after(verb_index + 1, sentence.end, verb)?;
            return Some(Attribution::found(
                content,
                Some(verb_index..verb_index + 1),
                Some(source),
                0.6,
                Pattern::Participle,
            ));
        }
        // Only recent attributions can lie in this sentence; a bounded look
        // back keeps a text with no earlier match from being scanned whole.
        let earlier_in_sentence = self.found.iter().rev().take(20).find(|a| {
            a.content
                .last()
                .is_some_and(|c| c.end > sentence.start && c.end <= verb_index)
        });
        let (source, inherits_from) = match earlier_in_sentence {
            Some(previous) => (previous.source, Some(previous.content[0].start)),
            None => (self.sentence_subject(sentence.start, verb_index), None),
        };
        if source.is_none() && inherits_from.is_none() {
            return None;
        }
        let content = self.content_after(verb_index + 1, sentence.end, verb)?;
        Some(Attribution {
            content,
            cue: Some(verb_index..verb_index + 1),
            source,
            entity: None,
            kind: QuoteKind::Indirect,
            confidence: 0.7,
            pattern: Pattern::Participle,
            inherits_from,
        })
    }

    /// The first name, noun phrase or pronoun of a sentence before `limit`,
    /// outside quotation marks: the sentence's likely subject.
    fn sentence_subject(&self, sentence_start: usize, limit: usize) -> Option<usize> {
        (sentence_start..limit.min(sentence_start + 12))
            .filter(|&t| !self.in_quote(t))
            .find_map(|t| {
                let mention = self.mentions.starting_at(t)?;
                let kind = self.mentions.mentions[mention].kind;
                matches!(
                    kind,
                    MentionKind::Name | MentionKind::Nominal | MentionKind::Pronoun
                )
                .then_some(mention)
            })
    }

    /// "“Donald Trump scares me. …” ― Krystal Correa": a quotation signed
    /// with a dash and a name that ends the line, as in reader testimonials,
    /// epigraphs and embedded posts ("— Donald J. Trump (@realDonaldTrump)
    /// September 27, 2016"). The dash is the cue; "--" is a dash too.
    fn quotation_signed_after_dash(&mut self, dash: usize) -> Option<Attribution> {
        let tokens = &self.analysis.tokens;
        let region = self.quotes.closing_at(dash.checked_sub(1)?)?;
        let name_start = if tokens[dash].is_punct('-') {
            // Only a double hyphen stands for a dash.
            if !self.is_punct(dash + 1, '-') || tokens[dash + 1].space_before {
                return None;
            }
            dash + 2
        } else {
            dash + 1
        };
        let source = self.mentions.starting_at(name_start)?;
        let mention = &self.mentions.mentions[source];
        if mention.kind != MentionKind::Name {
            return None;
        }
        // The name ends the line: nothing, a full stop or a comma and the
        // line's end, or a bracketed handle, may follow it.
        let mut after = mention.tokens.end;
        let line_ends_at = |t: usize| tokens.get(t).is_none_or(|token| token.newlines_before > 0);
        if self.is_punct(after, '.') || self.is_punct(after, ',') {
            after += 1;
        }
        let signed = line_ends_at(after)
            || (self.is_punct(mention.tokens.end, '(') && !line_ends_at(mention.tokens.end + 1));
        if !signed {
            return None;
        }
        // (A quotation another attribution holds already is dropped by
        // `find_cued`, as every pattern's content is.)
        Some(Attribution::found(
            self.quotes.regions[region].part_token_ranges().collect(),
            Some(dash..name_start),
            Some(source),
            0.8,
            Pattern::ContentFirst,
        ))
    }

    /// Headlines and transcripts: "Issa: Clinton’s ‘Honesty Is In Question.’"
    /// A short name or noun phrase opening a sentence, then a colon.
    fn colon_headline(&mut self, colon: usize) -> Option<Attribution> {
        let sentence = self.sentence_range(colon);
        if colon == sentence.start || colon + 1 >= sentence.end {
            return None;
        }
        // "Rep. Trey Gowdy (R-S.C.): …": a party label between the name and
        // the colon.
        let mut name_end = colon;
        if self.is_punct(colon - 1, ')') {
            let open = (sentence.start.max(colon.saturating_sub(8))..colon - 1)
                .rev()
                .find(|&t| self.is_punct(t, '('))?;
            name_end = open;
        }
        // "Former AG Mukasey at RNC: …", "CNN President On Trump: …": the
        // speaker, then a place or topic after a preposition.
        if let Some(place) = self.mentions.ending_at(name_end.checked_sub(1)?) {
            let preposition = self.mentions.mentions[place].tokens.start.wrapping_sub(1);
            if preposition > sentence.start
                && preposition < name_end
                && matches!(self.lower(preposition), "at" | "on" | "in" | "to")
                && self.mentions.ending_at(preposition - 1).is_some()
            {
                name_end = preposition;
            }
        }
        let Some(source) = self.mentions.ending_at(name_end.checked_sub(1)?) else {
            return self.verb_phrase_before_colon(colon, sentence);
        };
        let mention = &self.mentions.mentions[source];
        let start = colon + 1;
        // A quotation that is the whole rest of the sentence is the content
        // with all its parts; one followed by more words ("‘It Is Not A
        // Radical Idea’ To Ask …") is part of a plain content.
        let whole_quote = self.quotation_ending_sentence(start, sentence.end);
        // "Republican pollster Daron Shaw: …": up to two modifier words may
        // come before the name. Anywhere in the sentence, a person's name
        // may introduce a quotation that ends it ("… doesn’t surprise
        // pollster Daron Shaw: “…”").
        let modifiers_only = (sentence.start..mention.tokens.start)
            .all(|t| self.analysis.tokens[t].is_word())
            && mention.tokens.start <= sentence.start + 2;
        let person_before_quote = whole_quote.is_some()
            && mention.kind == MentionKind::Name
            && mention.entity_kind == EntityKind::Person;
        if !(modifiers_only || person_before_quote)
            || !matches!(mention.kind, MentionKind::Name | MentionKind::Nominal)
        {
            return None;
        }
        // "BYLINE:", "Contributing:", "Twitter:": a lone capitalised word that
        // names nobody known in the text, or a word that labels a line, is
        // not a speaker.
        let lone_word = mention.tokens.len() == 1;
        let lone_unknown_word = lone_word
            && mention.entity.is_none_or(|entity| {
                matches!(
                    self.mentions.entities[entity].kind,
                    EntityKind::Unknown | EntityKind::Document
                )
            });
        if lone_unknown_word || (lone_word && LINE_LABEL_WORDS.contains(self.lower(colon - 1))) {
            return None;
        }
        let content = match whole_quote {
            Some(region) => self.quotes.regions[region].part_token_ranges().collect(),
            None => {
                let content = self.plain_content(start, sentence.end)?;
                // "Clinton: 547.": a tally, not a statement. "Christie: A
                // closing surge.", "Cruz: Just hang on.": a subheading of
                // four words or fewer says nothing the person said.
                let words = content
                    .iter()
                    .flat_map(|part| part.clone())
                    .filter(|&t| self.analysis.tokens[t].is_word())
                    .count();
                // A transcript's speaker label in capitals ("KATE BOULDUAN:
                // Why not debate?") introduces a turn of any length.
                let transcript_label = mention.tokens.clone().all(|t| {
                    let word = self.analysis.tokens[t].span.slice(self.analysis.text);
                    !self.analysis.tokens[t].is_word()
                        || (word.len() >= 2 && !word.chars().any(char::is_lowercase))
                });
                if words <= 4 && !(transcript_label && words > 0) {
                    return None;
                }
                content
            }
        };
        Some(Attribution::found(
            content,
            Some(colon..colon + 1),
            Some(source),
            0.6,
            Pattern::SourceFirst,
        ))
    }

    /// "In a Fox interview, Trump went even further: “…”": a subject and a
    /// short predicate that is no reporting verb of the lexicon, then a
    /// colon and a quotation that ends the sentence. The predicate (up to
    /// four lower-case words, the first a verb in the past or -s form) is
    /// the cue.
    fn verb_phrase_before_colon(
        &mut self,
        colon: usize,
        sentence: Range<usize>,
    ) -> Option<Attribution> {
        let region = self.quotation_ending_sentence(colon + 1, sentence.end)?;
        let tokens = &self.analysis.tokens;
        let mut cue_start = colon;
        while cue_start > sentence.start
            && colon - cue_start < 4
            && tokens[cue_start - 1].is_word()
            && !tokens[cue_start - 1].capitalized
            && !self.used[cue_start - 1]
            && self.mentions.ending_at(cue_start - 1).is_none()
        {
            cue_start -= 1;
        }
        let verb = self.lower(cue_start);
        let looks_finite = (verb.len() > 3 && (verb.ends_with("ed") || verb.ends_with('s')))
            || matches!(
                verb,
                "went" | "was" | "put" | "had" | "made" | "gave" | "took"
            );
        if cue_start == colon || !looks_finite || is_determiner(verb) {
            return None;
        }
        let source = self.mentions.ending_at(cue_start.checked_sub(1)?)?;
        let mention = &self.mentions.mentions[source];
        // The subject opens the sentence, or its clause after an opening
        // adjunct set off by a comma.
        let opens_clause =
            mention.tokens.start == sentence.start || self.is_punct(mention.tokens.start - 1, ',');
        let speaks = matches!(
            mention.kind,
            MentionKind::Name | MentionKind::Nominal | MentionKind::Pronoun
        ) && mention.entity_kind != EntityKind::Document;
        if !opens_clause || !speaks || self.source_used[mention.tokens.start] {
            return None;
        }
        let content = self.quotes.regions[region].part_token_ranges().collect();
        Some(Attribution::found(
            content,
            Some(cue_start..colon),
            Some(source),
            0.6,
            Pattern::SourceFirst,
        ))
    }

    /// "Asked whether the plan would pass, the minister said …": the
    /// question is reported too, with the answering subject as its source.
    fn asked_clause(&mut self, asked: usize) -> Option<Attribution> {
        let sentence = self.sentence_range(asked);
        let comma =
            (asked + 1..sentence.end).find(|&t| self.is_punct(t, ',') && !self.in_quote(t))?;
        let (agent, content_start) = self.asker_and_question_start(asked, comma);
        let content = self.plain_content(content_start, comma)?;
        let source = agent.or_else(|| self.mentions.starting_at(comma + 1));
        Some(Attribution::found(
            content,
            Some(asked..asked + 1),
            source,
            0.6,
            Pattern::SourceFirst,
        ))
    }

    /// "Asked by host John Dickerson whether …": the agent after "by" is who
    /// asked (if named before `end`), and the question follows it; the
    /// agent and where the question starts.
    fn asker_and_question_start(&mut self, asked: usize, end: usize) -> (Option<usize>, usize) {
        let agent = self
            .lower_is(asked + 1, "by")
            .then(|| self.phrase_after(asked + 2, end, false))
            .flatten();
        let question_start =
            agent.map_or(asked + 1, |agent| self.mentions.mentions[agent].tokens.end);
        (agent, question_start)
    }

    /// "“…,” she said when asked whether she wanted Cruz to campaign",
    /// "When asked by Ingraham about the workers, Cruz said": the question
    /// is the content of an attribution whose source is the asker after
    /// "by", or unknown (not the one asked, who answers).
    fn asked_when(&mut self, asked: usize) -> Option<Attribution> {
        let sentence = self.sentence_range(asked);
        let (agent, content_start) = self.asker_and_question_start(asked, sentence.end);
        if !matches!(
            self.lower(content_start),
            "whether"
                | "if"
                | "who"
                | "whom"
                | "what"
                | "which"
                | "how"
                | "why"
                | "where"
                | "about"
        ) {
            return None;
        }
        // Opening the sentence, the clause ends at its comma.
        let end = if asked - 1 == sentence.start {
            (content_start..sentence.end)
                .find(|&t| self.is_punct(t, ',') && !self.in_quote(t))
                .unwrap_or(sentence.end)
        } else {
            sentence.end
        };
        let content = self.plain_content(content_start, end)?;
        Some(Attribution::found(
            content,
            Some(asked..asked + 1),
            agent,
            0.6,
            Pattern::SourceFirst,
        ))
    }

    /// "In the CBS poll, CLAUSE." and "CLAUSE in a new Fox News poll
    /// (released Thursday).": the poll is the source, "in" the cue and the
    /// clause the content, when the clause holds no reporting verb of its
    /// own (otherwise the poll is only where a report was found).
    fn in_poll(&mut self, in_index: usize) -> Option<Attribution> {
        let sentence = self.sentence_range(in_index);
        let tokens = &self.analysis.tokens;
        // The poll phrase: up to ten words after "in", ending at its head.
        let phrase_end = (in_index + 1..sentence.end.min(in_index + 11))
            .take_while(|&t| {
                tokens[t].is_word()
                    || tokens[t].kind == TokenKind::Number
                    || matches!(
                        tokens[t].kind,
                        TokenKind::Punct('-' | '/' | '\'' | '’' | '.')
                    )
            })
            .find(|&t| POLL_WORDS.contains(&tokens[t].lower.as_str()))?;
        // "… poll released Sunday", "… poll conducted March 11-13": the
        // phrase's own tail.
        let mut after_phrase = phrase_end + 1;
        if matches!(
            self.lower(after_phrase),
            "released" | "conducted" | "published" | "taken"
        ) {
            after_phrase = (after_phrase + 1..sentence.end.min(after_phrase + 6))
                .find(|&t| {
                    !tokens[t].is_word()
                        && tokens[t].kind != TokenKind::Number
                        && !tokens[t].is_punct('-')
                })
                .unwrap_or(after_phrase + 1);
        }
        let reports_itself = |mut range: Range<usize>| {
            range.any(|t| {
                self.in_quote(t)
                    || cue_verb(self.lower(t)).is_some_and(|verb| self.is_verb_here(t, verb))
            })
        };
        let content = if in_index == sentence.start {
            // Fronted: the clause after the comma.
            if !self.is_punct(after_phrase, ',') {
                return None;
            }
            let content = self.plain_content(after_phrase + 1, sentence.end)?;
            let span = content.first()?.start..content.last()?.end;
            if reports_itself(span) {
                return None;
            }
            content
        } else {
            // Trailing: the clause before "in", when the poll ends the
            // sentence, after its dates ("… poll Jan. 17-23.") and before a
            // gloss of the writer's ("…, his worst showing yet.").
            let after_phrase = self.date_end(after_phrase);
            let gloss_follows = self.is_punct(after_phrase, ',')
                && is_determiner(self.lower(after_phrase + 1))
                && !(after_phrase + 1..sentence.end).any(|t| self.in_quote(t));
            if !(self.only_terminal_punct(after_phrase, sentence.end) || gloss_follows)
                || in_index <= sentence.start + 2
            {
                return None;
            }
            let content = self.content_ending_at(in_index - 1, None, sentence.start)?;
            // Only a poll's finding: a figure, a lead or support.
            let span = content.first()?.start..content.last()?.end;
            let a_finding = span.clone().any(|t| {
                tokens[t].kind == TokenKind::Number
                    || matches!(
                        tokens[t].lower.as_str(),
                        "lead" | "leads" | "ahead" | "percent" | "%" | "support" | "points"
                    )
            });
            if !a_finding || reports_itself(span) {
                return None;
            }
            content
        };
        let source = self
            .mentions
            .add_ad_hoc(self.analysis, in_index + 1..phrase_end + 1);
        Some(Attribution::found(
            content,
            Some(in_index..in_index + 1),
            Some(source),
            0.6,
            Pattern::AccordingTo,
        ))
    }

    fn according_to(&mut self, according: usize) -> Option<Attribution> {
        let sentence = self.sentence_range(according);
        let source = self.phrase_after(according + 2, sentence.end, true)?;
        let source_end = self.mentions.mentions[source].tokens.end;
        let cue = Some(according..according + 2);
        // "But according to reports, …", "Yet, according to Smith, …": a
        // conjunction opening the sentence leaves the phrase at its start.
        let after_opening_conjunction = matches!(
            self.lower(sentence.start),
            "but" | "and" | "yet" | "so" | "still" | "however"
        ) && (according == sentence.start + 1
            || (according == sentence.start + 2 && self.is_punct(sentence.start + 1, ',')));
        let at_clause_start = according == sentence.start
            || after_opening_conjunction
            || self.quotes.opening_at(according - 1).is_some()
            || matches!(
                self.analysis.tokens[according - 1].kind,
                TokenKind::Punct('(' | '—' | '-' | ':')
            );
        let content = if at_clause_start {
            let mut start = source_end;
            // "According to the officer in charge of the base that night,
            // the scene …": a post-modifier of the source runs to the comma
            // when no verb stands before it.
            if !self.is_punct(start, ',') {
                if let Some(comma) = (start..sentence.end.min(start + 15))
                    .take_while(|&t| {
                        !self.in_quote(t)
                            && !CLAUSE_RESUMING_VERBS.contains(&self.lower(t))
                            && cue_verb(self.lower(t))
                                .is_none_or(|verb| verb.form == VerbForm::Present)
                    })
                    .find(|&t| self.is_punct(t, ','))
                {
                    start = comma;
                }
            }
            while start < sentence.end && self.is_punct(start, ',') {
                start += 1;
            }
            self.plain_content(start, sentence.end)?
        } else {
            let boundary = according.checked_sub(1).filter(|&b| b > sentence.start)?;
            // "… 271 pledged delegates according to a count by The
            // Associated Press.": with no comma, the phrase must end the
            // sentence.
            // Or a new clause after a comma: "…, but the race goes on."
            let ends_clause = self.only_terminal_punct(source_end, sentence.end)
                || (self.is_punct(source_end, ',')
                    && matches!(
                        self.lower(source_end + 1),
                        "but" | "and" | "while" | "though" | "although" | "whereas"
                    ));
            let unmarked = self.analysis.tokens[boundary].is_word() && ends_clause;
            let mut content = if unmarked {
                self.content_ending_at(boundary, None, sentence.start)?
            } else {
                self.content_before(boundary, sentence.start)?
            };
            // "At the heart of the trouble, according to Dennis Ross, an
            // envoy, was a decision …": the clause goes on after the source
            // (and its appositive); both halves are content.
            if let Some(rest) = self.clause_resumed_after(source_end, sentence.end) {
                content.extend(rest);
            } else if self.is_punct(source_end, ',') {
                // "Over the long term, according to the budget office, the
                // rise in deficits is …": after an opening adjunct, the
                // clause that follows the source is what it reports.
                let before = content.first().cloned().unwrap_or(0..0);
                // "But the next day, according to Roffman, Trump made …": a
                // short phrase with no verb is an adjunct too.
                let opening_adjunct = before.start < before.end
                    && (ADJUNCT_WORDS.contains(self.lower(before.start))
                        || before.end - before.start <= 3
                        || (before.end - before.start <= 6 && !self.has_verb(before.clone())));
                if opening_adjunct {
                    if let Some(rest) = self.plain_content(source_end + 1, sentence.end) {
                        content.extend(rest);
                    }
                }
            }
            content
        };
        Some(Attribution::found(
            content,
            cue,
            Some(source),
            0.85,
            Pattern::AccordingTo,
        ))
    }

    /// "Gorka also made the point that …", "she makes the case that …": a
    /// claim reported through the noun, its subject the source.
    fn made_the_point(&mut self, made: usize) -> Option<Attribution> {
        let sentence = self.sentence_range(made);
        if !matches!(
            self.lower(made + 2),
            "point" | "case" | "argument" | "claim" | "observation"
        ) || !self.lower_is(made + 3, "that")
        {
            return None;
        }
        let cue = made..made + 3;
        let cue_start = self.cue_start(made, sentence.start);
        let source = self.phrase_before(cue_start, sentence.start, true)?;
        let content = self.plain_content(made + 3, sentence.end)?;
        Some(Attribution::found(
            content,
            Some(cue),
            Some(source),
            0.7,
            Pattern::SourceFirst,
        ))
    }

    /// "As the prosecutor put it, “…”", "…, as Smith puts it.": the source
    /// between "as" and "put it", reporting the rest of the sentence after
    /// the phrase or, when the phrase ends it, the clause before.
    fn as_source_put_it(&mut self, as_index: usize) -> Option<Attribution> {
        if let Some(attribution) = self.as_reported_by(as_index) {
            return Some(attribution);
        }
        let sentence = self.sentence_range(as_index);
        let source = self.phrase_after(as_index + 1, sentence.end, false)?;
        let mut source_end = self.past_suffix_dot(self.mentions.mentions[source].tokens.end);
        // "As John Cornyn, the No. 2 Senate Republican, put it": an
        // appositive set off by commas, within a dozen tokens.
        if self.is_punct(source_end, ',') {
            if let Some(closing) =
                (source_end + 1..sentence.end.min(source_end + 13)).find(|&t| self.is_punct(t, ','))
            {
                if matches!(self.lower(closing + 1), "put" | "puts")
                    && (source_end + 1..closing).all(|t| !self.in_quote(t))
                {
                    source_end = closing + 1;
                }
            }
        }
        if !matches!(self.lower(source_end), "put" | "puts") || !self.lower_is(source_end + 1, "it")
        {
            return None;
        }
        let cue = source_end..source_end + 2;
        let content = self.as_phrase_content(as_index, cue.end, sentence)?;
        Some(Attribution::found(
            content,
            Some(cue),
            Some(source),
            0.8,
            Pattern::AccordingTo,
        ))
    }

    /// What a phrase from "as" at `as_index` to `after` ("as X put it", "as
    /// reported by X") reports: the rest of the sentence after its comma (or
    /// colon: "As X put it: “…”") when it opens a clause, or the clause
    /// before it when it ends the sentence.
    fn as_phrase_content(
        &self,
        as_index: usize,
        after: usize,
        sentence: Range<usize>,
    ) -> Option<ContentParts> {
        let at_clause_start = as_index == sentence.start
            || self.is_punct(as_index - 1, ',')
            || self.quotes.opening_at(as_index - 1).is_some();
        if at_clause_start && (self.is_punct(after, ',') || self.is_punct(after, ':')) {
            self.plain_content(after + 1, sentence.end)
        } else if as_index > sentence.start
            && self.is_punct(as_index - 1, ',')
            && self.only_terminal_punct(after, sentence.end)
        {
            self.content_before(as_index - 1, sentence.start)
        } else {
            None
        }
    }

    /// "As reported by Western Journalism, investigators found …", "…, as
    /// first reported by the Post.": the passive of a verb of reporting,
    /// its source after "by".
    fn as_reported_by(&mut self, as_index: usize) -> Option<Attribution> {
        let sentence = self.sentence_range(as_index);
        let mut verb = as_index + 1;
        if matches!(
            self.lower(verb),
            "first" | "previously" | "originally" | "earlier" | "widely"
        ) {
            verb += 1;
        }
        if !matches!(
            self.lower(verb),
            "reported" | "noted" | "revealed" | "stated" | "described" | "detailed"
        ) || !self.lower_is(verb + 1, "by")
        {
            return None;
        }
        let source = self.phrase_after(verb + 2, sentence.end, true)?;
        let source_end = self.past_suffix_dot(self.mentions.mentions[source].tokens.end);
        let content = self.as_phrase_content(as_index, source_end, sentence)?;
        Some(Attribution::found(
            content,
            Some(as_index..verb + 2),
            Some(source),
            0.8,
            Pattern::AccordingTo,
        ))
    }

    /// The rest of a clause interrupted by "according to X" at `source_end`:
    /// after a comma (and an appositive closed by another comma within a
    /// dozen tokens), a verb of being or an auxiliary carries the clause on.
    fn clause_resumed_after(&self, source_end: usize, sentence_end: usize) -> Option<ContentParts> {
        // "according to members who spoke with reporters, was …": a
        // relative clause may follow the source before the comma.
        let relative = matches!(self.lower(source_end), "who" | "which" | "that");
        // "according to an interview with The New York Times at the time,
        // was …": a long source phrase may run on past the words taken for
        // it, up to its comma.
        let runs_on = !relative
            && self
                .analysis
                .tokens
                .get(source_end)
                .is_some_and(Token::is_word);
        if !self.is_punct(source_end, ',') && !relative && !runs_on {
            return None;
        }
        // A verb of being or an auxiliary, or a lower-case present-tense
        // verb ending in -s or a plural verb the subject agrees with
        // ("Other major cleavages, according to the poll, include …").
        let resumes = |at: usize| {
            at < sentence_end
                && (CLAUSE_RESUMING_VERBS.contains(&self.lower(at))
                    || cue_verb(self.lower(at)).is_none()
                        && self.analysis.tokens[at].is_word()
                        && !self.analysis.tokens[at].capitalized
                        && !is_determiner(self.lower(at))
                        && !ADJUNCT_WORDS.contains(self.lower(at))
                        && !matches!(
                            self.lower(at),
                            "and" | "but" | "or" | "who" | "which" | "that"
                        ))
        };
        let verb = if !relative && !runs_on && resumes(source_end + 1) {
            source_end + 1
        } else {
            let closing = (source_end + 1..sentence_end.min(source_end + 14))
                .find(|&t| self.is_punct(t, ',') || self.in_quote(t))
                .filter(|&t| self.is_punct(t, ','))?;
            (closing + 1..closing + 2).find(|&t| resumes(t))?
        };
        self.plain_content(verb, sentence_end)
    }

    /// Whether the tokens from `start` to the sentence end add nothing but
    /// adjuncts ("in a statement on Monday") or a new participle clause, so
    /// that a cue there governs the content before it.
    fn is_trailing(&self, start: usize, end: usize) -> bool {
        let tokens = &self.analysis.tokens;
        let mut index = start;
        if index < end && self.is_punct(index, ',') {
            let next = index + 1;
            if next >= end {
                return true;
            }
            let word = self.lower(next);
            if self.quotes.opening_at(next).is_some() {
                return true;
            }
            if matches!(word, "who" | "whom" | "whose")
                || word == "according"
                || is_participle_cue(word)
            {
                return true;
            }
            // "…,” said a strategist for one campaign, speaking on condition
            // of anonymity": a participle clause on the source.
            if SOURCE_POSTMODIFIERS.contains(&word) {
                return true;
            }
            if let Some(mention) = self.mentions.starting_at(next) {
                // An appositive: "…, said Okafor, the finance minister."
                let after = self.mentions.mentions[mention].tokens.end;
                return after >= end
                    || is_terminal_punct(tokens[after].kind)
                    || self.is_punct(after, ',');
            }
            // "…, she said, in an implicit caution to her backers."
            return self.opens_adjunct(next) && word != "told" && self.is_trailing(next, end);
        }
        // "…, political analysts say; in 2012, …": a semicolon ends the
        // clause like a full stop.
        if self.is_punct(index, ';') {
            return true;
        }
        // A closing bracket ends a sentence set in brackets: "(“…,” said
        // one activist.)".
        while index < end
            && (is_terminal_punct(tokens[index].kind)
                || tokens[index].quote_char().is_some()
                || tokens[index].is_punct(')'))
        {
            index += 1;
        }
        if index >= end {
            return true;
        }
        // "“…,” Eastland said matter-of-factly as …": a manner adverb.
        if self.is_manner_adverb(index) {
            return self.is_trailing(index + 1, end);
        }
        // "“…,” Rubio said Dec. 6 on CNN": a date or time word opens an
        // adjunct that may go on.
        let after_time = self.skip_time_adjunct(index);
        if after_time > index {
            return self.is_trailing(after_time, end);
        }
        let word = tokens[index].lower.as_str();
        // "“…,” she said and quickly hung up": a second predicate of the
        // source, not a clause of its own (no subject after "and"); "said
        // the man who built …": a relative clause on the source.
        if matches!(word, "and" | "but")
            && tokens.get(index + 1).is_some_and(|next| {
                is_plain_lower_word(next)
                    && !matches!(
                        next.lower.as_str(),
                        "he" | "she" | "they" | "we" | "i" | "it" | "that" | "then"
                    )
            })
        {
            return true;
        }
        if matches!(word, "who" | "whose") {
            return true;
        }
        // "he said two days after the attack": a span of time opens an adjunct too.
        let time_span = (tokens[index].kind == TokenKind::Number || NUMBER_WORDS.contains(&word))
            && matches!(
                self.lower(index + 1),
                "days"
                    | "weeks"
                    | "months"
                    | "years"
                    | "hours"
                    | "minutes"
                    | "day"
                    | "week"
                    | "month"
                    | "year"
                    | "hour"
            )
            // "Romney tweeted the day after a man …": the day before or after.
            || (word == "the"
                && (self.lower(index + 1) == "day" || DAY_WORDS.contains(&self.lower(index + 1)))
                && matches!(self.lower(index + 2), "after" | "before"));
        // "said one Democrat familiar with the discussion": a post-modifier
        // of the source trails like an adjunct.
        if !self.opens_adjunct(index) && !SOURCE_POSTMODIFIERS.contains(&word) && !time_span {
            return false;
        }
        // An adjunct runs to the end or to a participle clause, with no "that".
        for (later, token) in tokens.iter().enumerate().take(end).skip(index) {
            // "on MSNBC’s “Morning Joe”": a quoted title stays in the adjunct.
            let opens_quote = self.quotes.opening_at(later).is_some();
            if token.lower == "that" || (opens_quote && !self.is_quoted_title(later)) {
                return false;
            }
            if token.is_punct(',') || token.is_punct(':') {
                return self.is_trailing(later, end);
            }
        }
        true
    }

    /// A mention (or, with `allow_generic`, a plain noun phrase) ending just
    /// before `cue_start`.
    fn phrase_before(
        &mut self,
        cue_start: usize,
        sentence_start: usize,
        allow_generic: bool,
    ) -> Option<usize> {
        let mut last = cue_start.checked_sub(1).filter(|&l| l >= sentence_start)?;
        let tokens = &self.analysis.tokens;
        // "Joseph R. Biden Jr. said": the abbreviation's full stop ends the name.
        if tokens[last].is_punct('.')
            && !tokens[last].space_before
            && last > sentence_start
            && self.mentions.ending_at(last - 1).is_some()
        {
            last -= 1;
        }
        // "Will Rogers, for example, said": an interjection set off by
        // commas between the subject and the verb.
        if tokens[last].is_punct(',') && last > sentence_start {
            let opening = (last.saturating_sub(5).max(sentence_start)..last)
                .rev()
                .find(|&t| tokens[t].is_punct(','));
            if let Some(opening) = opening {
                let interjection = opening + 1 < last
                    && (opening + 1..last).all(|t| INTERJECTION_WORDS.contains(&self.lower(t)));
                // "Proponents of the new bill, however, say": a plain phrase
                // may stand before it where plain phrases are allowed.
                if interjection
                    && opening > sentence_start
                    && (self.mentions.ending_at(opening - 1).is_some() || allow_generic)
                {
                    last = opening - 1;
                }
            }
        }
        // "Carter however said", "Okafor also said", "Cruz gingerly said": an
        // adverb between the subject and the verb, or two ("then loudly asked").
        let is_adverb = |t: usize| !self.used[t] && self.is_adverb_before_verb(t);
        if last > sentence_start && is_adverb(last) {
            if self.mentions.ending_at(last - 1).is_some() {
                last -= 1;
            } else if last > sentence_start + 1
                && is_adverb(last - 1)
                && self.mentions.ending_at(last - 2).is_some()
            {
                last -= 2;
            }
        }
        // "water bottles that said, “…”", "a report which found …": the
        // phrase before a relative pronoun that is the verb's subject.
        if allow_generic
            && last > sentence_start
            && matches!(tokens[last].lower.as_str(), "that" | "which")
            && tokens[last - 1].is_word()
            && !PHRASE_BOUNDARY_WORDS.contains(tokens[last - 1].lower.as_str())
            && cue_verb(&tokens[last - 1].lower).is_none()
        {
            return self.phrase_before(last, sentence_start, allow_generic);
        }
        // "Jason Sims — a teacher from Mount Pleasant — says": the name
        // before an aside set off by dashes. "A former candidate -- John
        // McCain, who … -- said": a double hyphen is a dash too, and a
        // titled phrase may stand before it.
        if let Some(closing_dash) = self.dash_ending_at(last).filter(|&d| d > sentence_start) {
            let open = (sentence_start.max(closing_dash.saturating_sub(20))..closing_dash)
                .rev()
                .find_map(|t| self.dash_ending_at(t))?;
            // The person the aside names ("— John McCain, who …") speaks.
            let aside_start = if self.is_punct(open, '-') {
                open + 2
            } else {
                open + 1
            };
            // Only a name standing alone, before a comma or the closing dash
            // ("— Mira Holm's neighbour —" is about someone else).
            let named_in_aside = self.mentions.starting_at(aside_start).filter(|&m| {
                let mention = &self.mentions.mentions[m];
                let end = mention.tokens.end;
                mention.kind == MentionKind::Name
                    && mention.entity_kind == EntityKind::Person
                    && (self.is_punct(end, ',')
                        || self.dash_ending_at(end + 1).is_some()
                        || self.dash_ending_at(end).is_some())
            });
            if named_in_aside.is_some() {
                return named_in_aside;
            }
            let before_dash = open.checked_sub(1).filter(|&b| b >= sentence_start)?;
            if let Some(name) = self.mentions.ending_at(before_dash) {
                let name_mention = &self.mentions.mentions[name];
                let names_someone = name_mention.kind == MentionKind::Name
                    || (name_mention.kind == MentionKind::Nominal
                        && name_mention.entity_kind == EntityKind::Person);
                return (names_someone
                    && name_mention.tokens.start >= sentence_start
                    && !self.used[name_mention.tokens.start])
                    .then_some(name);
            }
            // Else a plain phrase before the aside.
            return self.phrase_before(open, sentence_start, allow_generic);
        }
        // "Gov. John Kasich (R-OH), said": a stray comma after the party label.
        if tokens[last].is_punct(',') && last > sentence_start && tokens[last - 1].is_punct(')') {
            last -= 1;
        }
        if tokens[last].is_punct(')') {
            // "Rep. Paul Ryan (R-WI) said": look before the parenthesis,
            // which opens a few tokens back (a bounded look keeps a long
            // sentence linear).
            let open = (sentence_start.max(last.saturating_sub(12))..last)
                .rev()
                .find(|&t| tokens[t].is_punct('('))?;
            last = open.checked_sub(1).filter(|&l| l >= sentence_start)?;
        }
        // "Just shy of half, 49%, say", "about two-thirds, 67 percent, say": a
        // short aside that names nobody between commas, after a plain phrase.
        if allow_generic
            && tokens[last].is_punct(',')
            && last > sentence_start
            && self.mentions.ending_at(last - 1).is_none()
        {
            let opening = (sentence_start.max(last.saturating_sub(5))..last)
                .rev()
                .find(|&t| tokens[t].is_punct(','))
                .filter(|&t| t > sentence_start);
            if let Some(opening) = opening {
                let aside_is_share = (opening + 1..last).any(|t| {
                    tokens[t].kind == TokenKind::Number || matches!(self.lower(t), "%" | "percent")
                });
                if aside_is_share {
                    return self.phrase_before(opening, sentence_start, allow_generic);
                }
            }
        }
        if tokens[last].is_punct(',') {
            // "Okafor, the finance minister, said": the name before the appositive.
            let appositive = self.mentions.ending_at(last.checked_sub(1)?)?;
            let mut appositive_start = self.mentions.mentions[appositive].tokens.start;
            // "Clay's biographers, David and Jeanne Heidler, wrote": two
            // names joined by "and" make one appositive.
            if appositive_start > sentence_start + 2 && self.lower_is(appositive_start - 1, "and") {
                let before_and = appositive_start - 2;
                // A whole name ("Dana Ruiz and …") or a first name alone
                // ("David and Jeanne Heidler").
                let first_name_start = match self.mentions.ending_at(before_and) {
                    Some(first) => Some(self.mentions.mentions[first].tokens.start),
                    None => (tokens[before_and].is_word() && tokens[before_and].capitalized)
                        .then_some(before_and),
                };
                if let Some(first_name_start) = first_name_start
                    .filter(|&start| start > sentence_start && self.is_punct(start - 1, ','))
                {
                    appositive_start = first_name_start;
                }
            }
            let comma = appositive_start
                .checked_sub(1)
                .filter(|&c| c > sentence_start)?;
            if !tokens[comma].is_punct(',') {
                return None;
            }
            // "The author of the book, Mitchell Zuckoff, said": a person's
            // name set off by commas after a plain phrase is the speaker.
            let appositive_is_person = self.mentions.mentions[appositive].kind == MentionKind::Name
                && self.mentions.mentions[appositive].entity_kind == EntityKind::Person;
            let Some(name) = self.mentions.ending_at(comma - 1) else {
                return appositive_is_person.then_some(appositive);
            };
            if self.mentions.mentions[name].kind == MentionKind::Name {
                return Some(name);
            }
            return appositive_is_person.then_some(appositive);
        }
        // "a source close to him said", "an official familiar with the talks
        // said": the noun phrase before such a post-modifier is the source.
        let postmodifier = (sentence_start.max(last.saturating_sub(6)) + 1..last).find(|&t| {
            SOURCE_POSTMODIFIERS.contains(&self.lower(t))
                && matches!(self.lower(t + 1), "to" | "with" | "in" | "on")
        });
        if let Some(postmodifier) = postmodifier {
            let plain_words = (postmodifier..=last)
                .all(|t| tokens[t].is_word() && !self.used[t] && !self.in_quote(t));
            if plain_words {
                if let Some(source) =
                    self.phrase_before(postmodifier, sentence_start, allow_generic)
                {
                    return Some(source);
                }
            }
        }
        if let Some(mention) = self.mentions.ending_at(last) {
            if self.used[last] {
                return None;
            }
            // "A spokeswoman for the Ministry of Defence said": the speaker is the spokeswoman.
            let start = self.mentions.mentions[mention].tokens.start;
            let mut phrase_start = start;
            // "A spokesman for committee Democrats said": one or two
            // lower-case modifiers may stand between the linker and the name.
            let modifier = |t: usize| {
                tokens[t].is_word()
                    && !tokens[t].capitalized
                    && !self.used[t]
                    && !PHRASE_BOUNDARY_WORDS.contains(tokens[t].lower.as_str())
            };
            if let Some(count) = (1..=2).find(|&count| {
                start > sentence_start + count + 1
                    && (start - count..start).all(modifier)
                    && matches!(self.lower(start - count - 1), "for" | "of" | "at" | "to")
            }) {
                phrase_start = start - count;
            }
            if phrase_start > sentence_start + 1 && tokens[phrase_start - 1].lower == "the" {
                phrase_start -= 1;
            }
            return Some(
                self.person_before_linker(phrase_start, sentence_start)
                    .or_else(|| self.people_before_of(phrase_start, sentence_start))
                    .unwrap_or(mention),
            );
        }
        if !allow_generic || self.used[last] || self.in_quote(last) {
            return None;
        }
        // "more than 4 in 10 said", "two in three said": a poll's share as
        // the source.
        let is_count = |index: usize| {
            tokens[index].kind == TokenKind::Number
                || small_number_word_value(&tokens[index].lower).is_some()
        };
        // "nearly nine out of 10 say" too.
        let share_start = if last >= sentence_start + 2 && self.lower(last - 1) == "in" {
            Some(last - 2)
        } else if last >= sentence_start + 3
            && self.lower(last - 1) == "of"
            && self.lower(last - 2) == "out"
        {
            Some(last - 3)
        } else {
            None
        };
        if let Some(share_start) =
            share_start.filter(|&start| is_count(last) && is_count(start) && !self.used[start])
        {
            let mut first = share_start;
            while first > sentence_start
                && first + 4 > last
                && matches!(
                    self.lower(first - 1),
                    "more" | "less" | "fewer" | "than" | "about" | "nearly" | "almost" | "roughly"
                )
                && !self.used[first - 1]
            {
                first -= 1;
            }
            return Some(self.mentions.add_ad_hoc(self.analysis, first..last + 1));
        }
        // A plain noun phrase: up to five words back to a determiner or a boundary.
        let mut first = last;
        let mut words = 0;
        let mut index = last as isize;
        // Survey figures speak too: "42% say", "67 percent say".
        let is_phrase_word = |token: &crate::text::Token| {
            token.is_word() || token.kind == TokenKind::Number || token.is_punct('%')
        };
        let mut possessive = false;
        while index >= sentence_start as isize && words < 6 {
            let token = &tokens[index as usize];
            // "her friend said": "her" before the phrase is a possessive
            // determiner, not the object pronoun it is elsewhere.
            let possessive_her = token.lower == "her" && words > 0;
            // "most said": a quantifier standing alone is the whole phrase.
            let lone_quantifier = words == 0 && QUANTIFIERS.contains(&token.lower.as_str());
            if !is_phrase_word(token)
                || self.used[index as usize]
                || (PHRASE_BOUNDARY_WORDS.contains(token.lower.as_str())
                    && !possessive_her
                    && !lone_quantifier)
            {
                break;
            }
            first = index as usize;
            words += 1;
            possessive |= matches!(token.lower.as_str(), "'s" | "’s");
            if is_determiner(&token.lower) || possessive_her {
                break;
            }
            index -= 1;
        }
        let head = &tokens[last].lower;
        // "Some say", "many say": a quantifier alone is a group of speakers;
        // "yet another said" is one more of them.
        let quantifier = QUANTIFIERS.contains(&head.as_str()) || head == "another";
        // A head in -ly is an adverb ("… quickly said"), unless it is one of
        // the nouns that end so ("the rally said", "the family said").
        let adverb = head.ends_with("ly") && !LY_NOUNS.contains(&head.as_str());
        if words == 0
            || adverb
            || (is_determiner(head) && !quantifier)
            || !(tokens[last].is_word() || tokens[last].is_punct('%'))
        {
            return None;
        }
        // "to write notes to …": one word after the infinitive "to" is a verb.
        if words == 1 && first > sentence_start && self.lower(first - 1) == "to" {
            return None;
        }
        let starts_clause = first == sentence_start
            || is_determiner(&tokens[first].lower)
            || tokens[first].lower == "her"
            || !is_phrase_word(&tokens[first - 1])
            || PHRASE_BOUNDARY_WORDS.contains(tokens[first - 1].lower.as_str());
        // "Hillary Clinton’s campaign says": a possessive phrase may be longer.
        if !starts_clause || (words > 3 && !is_determiner(&tokens[first].lower) && !possessive) {
            return None;
        }
        // "A spokesman for the rally said": the person before the linker.
        if let Some(head) = self
            .person_before_linker(first, sentence_start)
            .or_else(|| self.people_before_of(first, sentence_start))
        {
            return Some(head);
        }
        Some(self.mentions.add_ad_hoc(self.analysis, first..last + 1))
    }

    /// The first token of a dash ending at `token`: an em or en dash, or a
    /// double hyphen ("--").
    fn dash_ending_at(&self, token: usize) -> Option<usize> {
        let tokens = &self.analysis.tokens;
        match tokens.get(token)?.kind {
            TokenKind::Punct('—' | '–') => Some(token),
            TokenKind::Punct('-')
                if token > 0 && tokens[token - 1].is_punct('-') && !tokens[token].space_before =>
            {
                Some(token - 1)
            }
            // "A representative - a 12-employee business - noted": a hyphen
            // standing alone between spaces is a dash too.
            TokenKind::Punct('-')
                if tokens[token].space_before
                    && tokens.get(token + 1).is_some_and(|next| next.space_before) =>
            {
                Some(token)
            }
            _ => None,
        }
    }

    /// "Critics of the plan say", "Supporters of the bill, however, say": a
    /// plural noun of people before "of", opening the sentence or after a
    /// determiner, is the source rather than the phrase after "of" (which
    /// the mention rules do not see as a mention of its own).
    fn people_before_of(&mut self, phrase_start: usize, sentence_start: usize) -> Option<usize> {
        if phrase_start < sentence_start + 2 || self.lower(phrase_start - 1) != "of" {
            return None;
        }
        let head = phrase_start - 2;
        if !PEOPLE_PLURALS.contains(&self.lower(head)) || self.used[head] {
            return None;
        }
        let first = if head > sentence_start && is_determiner(self.lower(head - 1)) {
            head - 1
        } else if head == sentence_start {
            head
        } else {
            return None;
        };
        Some(self.mentions.add_ad_hoc(self.analysis, first..head + 1))
    }

    /// "A spokeswoman for the Ministry of Defence said": the person named by
    /// a noun phrase that ends right before a linker ("for", "of", "at",
    /// "to") that itself stands right before `phrase_start`.
    fn person_before_linker(&self, phrase_start: usize, sentence_start: usize) -> Option<usize> {
        if phrase_start <= sentence_start + 1
            || !matches!(self.lower(phrase_start - 1), "for" | "of" | "at" | "to")
        {
            return None;
        }
        let head = self.mentions.ending_at(phrase_start - 2)?;
        let head_mention = &self.mentions.mentions[head];
        // "Critics of the plan say": a group of people, too.
        let nominal = head_mention.kind == MentionKind::Nominal
            && matches!(
                head_mention.entity_kind,
                EntityKind::Person | EntityKind::Group
            );
        // "Jeffrey Lewis of the Martin Center wrote", "Bernie Sanders of
        // Vermont said", "a fellow at Brookings": a person's name with where
        // they work or come from.
        let named_person = head_mention.kind == MentionKind::Name
            && head_mention.entity_kind == EntityKind::Person
            && matches!(self.lower(phrase_start - 1), "of" | "at" | "from");
        (nominal || named_person).then_some(head)
    }

    /// The token after a name ending at `end`, past the full stop of a
    /// suffix before a comma ("James B. Comey Jr., the director …").
    fn past_suffix_dot(&self, end: usize) -> usize {
        let attached_dot = self
            .analysis
            .tokens
            .get(end)
            .is_some_and(|token| token.is_punct('.') && !token.space_before);
        // "Robert P. Casey Jr. (D-Pa.), a Clinton backer": or before a
        // party label in brackets.
        if attached_dot && (self.is_punct(end + 1, ',') || self.is_punct(end + 1, '(')) {
            end + 1
        } else {
            end
        }
    }

    /// "Hogan Gidley, a former director of the party, whose roots are in
    /// the South, said …": when a reporting verb follows a comma and no phrase
    /// ends right before it, the subject is the first name or noun phrase of
    /// the clause, provided a comma follows it (the appositive's start).
    fn subject_before_long_appositive(
        &mut self,
        cue_start: usize,
        sentence: Range<usize>,
    ) -> Option<usize> {
        // "Joe Scarborough, host of MSNBC’s “Morning Joe,” suggested": the
        // comma may close a quoted title.
        let comma = cue_start.checked_sub(1).filter(|&c| {
            c > sentence.start
                && (self.is_punct(c, ',') || self.is_punct(c, ')') || self.closes_on_comma(c))
        })?;
        // The clause starts after a quote closing it off, or at the sentence
        // start. The subject must end within 40 tokens of the comma (checked
        // below), so a quote further back than 60 cannot matter: the look
        // back stops there and a long sentence stays linear.
        let mut start = sentence.start;
        for index in (sentence.start.max(comma.saturating_sub(60))..comma).rev() {
            // A quoted title inside the appositive ("wearing “Ted Cruz”
            // pins") closes no clause.
            let closes_clause = self
                .quotes
                .closing_at(index)
                .is_some_and(|region| !self.is_title_region(region));
            // "It wasn’t an accident — Brendan Buck, a spokesman for Ryan,
            // told …": a dash or a colon outside quotation marks opens a
            // clause too.
            let opens_clause = matches!(
                self.analysis.tokens[index].kind,
                TokenKind::Punct('—' | '–' | ':' | ';')
            ) && !self.in_quote(index);
            if closes_clause || opens_clause {
                start = index + 1;
                break;
            }
        }
        while start < comma && (self.is_punct(start, ',') || self.in_quote(start)) {
            start += 1;
        }
        // "But Tom Fitton, the president of …, said": a conjunction opens
        // the sentence before its subject.
        if start < comma && matches!(self.lower(start), "but" | "and" | "yet" | "so" | "still") {
            start += 1;
        }
        // "the economist Jared Bernstein, a former adviser, wrote": an
        // article before a titled name.
        if start + 1 < comma
            && matches!(self.lower(start), "the" | "a" | "an")
            && self.mentions.starting_at(start).is_none()
            && self.mentions.starting_at(start + 1).is_some()
        {
            start += 1;
        }
        // A subject is a mention with a comma (or parenthesis) after it.
        let subject_at = |at: usize| {
            self.mentions.starting_at(at).filter(|&m| {
                let end = self.past_suffix_dot(self.mentions.mentions[m].tokens.end);
                self.is_punct(end, ',') || self.is_punct(end, '(')
            })
        };
        // "Former House speaker Newt Gingrich, a Trump ally, said", "The
        // Nobel-winning Peruvian novelist Mario Vargas Llosa, …, told": up to
        // four modifier words before the name (looked for first, so that the
        // name's own comma is not taken for the end of an opening phrase).
        let after_modifiers = |start: usize| {
            (1..=4).find(|&skip| {
                start + skip < comma
                    && (start..start + skip).all(|t| self.analysis.tokens[t].is_word())
                    && subject_at(start + skip).is_some()
            })
        };
        // "The employee, a registered Republican, said": a short common-noun
        // phrase after an article, which is no mention of its own. It may
        // hold one "of" after its head ("The employee of nearly four years,
        // a registered Republican, said").
        let article_phrase_end = |start: usize| {
            if !matches!(self.lower(start), "the" | "a" | "an") {
                return None;
            }
            let tokens = &self.analysis.tokens;
            let phrase_end = (start + 2..comma.min(start + 8)).find(|&t| self.is_punct(t, ','))?;
            let of_at = (start + 2..phrase_end).find(|&t| tokens[t].lower == "of");
            let head_end = of_at.unwrap_or(phrase_end);
            if of_at.is_none() && phrase_end > start + 4 {
                return None;
            }
            let plain = |t: usize| {
                tokens[t].is_word()
                    && !tokens[t].capitalized
                    && cue_verb(&tokens[t].lower).is_none()
                    && !PHRASE_BOUNDARY_WORDS.contains(tokens[t].lower.as_str())
            };
            ((start + 1..head_end).all(plain)
                && (head_end + 1..phrase_end)
                    .all(|t| plain(t) || tokens[t].kind == TokenKind::Number))
            .then_some(phrase_end)
        };
        if subject_at(start).is_none() && article_phrase_end(start).is_none() {
            if let Some(skip) = after_modifiers(start) {
                start += skip;
            } else if let Some(opening_comma) =
                (start..comma.min(start + 6)).find(|&t| self.is_punct(t, ','))
            {
                // "In July, Sammy Aaron, vice chairman of G-III, told …": a
                // short opening phrase set off by a comma may come first.
                if self.mentions.starting_at(start).is_none()
                    || subject_at(opening_comma + 1).is_some()
                {
                    start = opening_comma + 1;
                }
                if let Some(skip) = after_modifiers(start).filter(|_| subject_at(start).is_none()) {
                    start += skip;
                }
            }
        }
        // A mention at the start that an "of" phrase goes on ("The employee
        // | of nearly four years,") gives way to the whole phrase.
        let existing = self.mentions.starting_at(start).filter(|&m| {
            let end = self.mentions.mentions[m].tokens.end;
            !(self.lower_is(end, "of") && article_phrase_end(start).is_some())
        });
        let (subject_end, acceptable_kind) = match existing {
            Some(mention) => {
                let mention_data = &self.mentions.mentions[mention];
                (
                    mention_data.tokens.end,
                    matches!(mention_data.kind, MentionKind::Name | MentionKind::Nominal),
                )
            }
            None => (article_phrase_end(start)?, true),
        };
        let after = self.past_suffix_dot(subject_end);
        let acceptable = acceptable_kind
            && (self.is_punct(after, ',') || self.is_punct(after, '('))
            && !self.used[start];
        // No other cue may stand between the subject and this cue.
        // A cue already attributed there is part of the appositive ("Graham,
        // who says …, tweeted …").
        // Capitalised words are names here, not verbs ("the Free State Project").
        // A participle in the appositive ("in the wake of a poll showing …")
        // has no subject of its own and cannot be the sentence's verb.
        // The verbs of a relative clause ("who now wants …", "who has met
        // Trump and been mentioned as …") belong to the appositive too.
        let relative_pronoun = (after..comma.min(after + 41))
            .find(|&r| matches!(self.lower(r), "who" | "which" | "that"));
        let clear = comma - after <= 40
            && (after..comma).all(|t| {
                let in_relative_clause = relative_pronoun.is_some_and(|r| r < t);
                // A plural present form ("former state legislator") has no
                // subject in an appositive and is a noun there.
                let verb_here = !in_relative_clause
                    && cue_verb(self.lower(t)).is_some_and(|v| {
                        v.form != VerbForm::Participle
                            && (v.form != VerbForm::Present || self.lower(t).ends_with('s'))
                            && self.is_verb_here(t, v)
                    });
                // A quoted title may stand in the appositive ("wearing “Ted
                // Cruz” pins"); a quotation may not.
                let in_quotation = self.quotes.region_at_token[t]
                    .is_some_and(|region| !self.is_title_region(region));
                (!verb_here || self.used[t]) && !in_quotation
            });
        if !(acceptable && clear) {
            return None;
        }
        Some(
            existing.unwrap_or_else(|| self.mentions.add_ad_hoc(self.analysis, start..subject_end)),
        )
    }

    /// "Some voters who have listened to his speeches said …": a phrase
    /// found before the cue that ends a relative clause with no commas is
    /// not the subject; the phrase before "who" is. The look back is bounded
    /// (15 words, none used by another attribution), so a long sentence
    /// stays linear.
    fn head_of_restrictive_relative(
        &mut self,
        source: usize,
        sentence_start: usize,
    ) -> Option<usize> {
        let source_start = self.mentions.mentions[source].tokens.start;
        let lowest = sentence_start.max(source_start.saturating_sub(15));
        if self.mentions.mentions[source].kind == MentionKind::Relative {
            return None;
        }
        let who = (lowest..source_start)
            .rev()
            .take_while(|&t| {
                let token = &self.analysis.tokens[t];
                // "Mr." is a word and its full stop.
                (token.is_word() || (token.is_punct('.') && !token.space_before))
                    && !self.used[t]
                    && !self.in_quote(t)
                    && cue_verb_hashed(self.analysis.token_hashes[t], self.lower(t)).is_none()
            })
            .find(|&t| self.lower(t) == "who")?;
        // "the man who Trump said was …": "who" right before the phrase
        // is its object, and the phrase is the subject.
        if who <= sentence_start || who + 1 == source_start || self.used[who - 1] {
            return None;
        }
        let head = self
            .mentions
            .ending_at(who - 1)
            .or_else(|| self.phrase_before(who, sentence_start, true))?;
        // "Democrats in Iowa who watched …": a place or group after a
        // preposition belongs to the head before it.
        let head_start = self.mentions.mentions[head].tokens.start;
        if head_start >= sentence_start + 2
            && matches!(self.lower(head_start - 1), "in" | "from" | "of" | "at")
            && !self.used[head_start - 2]
        {
            if let Some(before) = self.mentions.ending_at(head_start - 2) {
                let start = self.mentions.mentions[before].tokens.start;
                return Some(self.mentions.add_ad_hoc(self.analysis, start..who));
            }
        }
        Some(head)
    }

    /// "… that Michael Bloomberg, who has long mulled a run, said …": the
    /// name before a relative clause set off by commas right before the cue,
    /// wherever the clause stands in the sentence. Only the nearest relative
    /// pronoun within 40 tokens counts, which keeps the look back bounded.
    fn subject_before_relative_clause(
        &mut self,
        cue_start: usize,
        sentence_start: usize,
    ) -> Option<usize> {
        // "Norah O’Donnell, who was off-screen, then loudly asked": up to two
        // adverbs may stand after the clause.
        let mut after_clause = cue_start;
        while after_clause > sentence_start + 1
            && cue_start - after_clause < 2
            && !self.analysis.tokens[after_clause - 1].capitalized
            && self.is_adverb_before_verb(after_clause - 1)
        {
            after_clause -= 1;
        }
        // The clause's comma may stand inside a quotation closing it
        // ("Humphrey, who calls Trump a “sociopath,” said").
        let comma = after_clause.checked_sub(1).filter(|&c| {
            c > sentence_start && (self.is_punct(c, ',') || self.closes_on_comma(c))
        })?;
        let pronoun = (sentence_start.max(comma.saturating_sub(40))..comma)
            .rev()
            // An attribution inside the clause may have taken its words.
            .take_while(|&t| self.quotes.closing_at(t).is_none() || t + 1 == comma)
            .find(|&t| {
                matches!(self.lower(t), "who" | "whose" | "which")
                    // "An Israeli official, speaking on condition of
                    // anonymity, said": a post-modifier set off by commas.
                    || (SOURCE_POSTMODIFIERS.contains(&self.lower(t))
                        && t > sentence_start
                        && self.is_punct(t - 1, ','))
            })?;
        let pronoun_comma = pronoun.checked_sub(1).filter(|&c| c > sentence_start)?;
        if !self.is_punct(pronoun_comma, ',') {
            return None;
        }
        let head = pronoun_comma - 1;
        let mention = match self.mentions.ending_at(head) {
            Some(mention) => mention,
            // "A Warren adviser, who spoke on condition of anonymity, said":
            // a noun phrase headed by a speaker noun, opening the sentence.
            None => {
                let tokens = &self.analysis.tokens;
                if !tokens[head].is_word() || !is_speaker_noun(&tokens[head].lower) {
                    return None;
                }
                let mut phrase_start = head;
                while phrase_start > sentence_start
                    && head - phrase_start < 4
                    && tokens[phrase_start - 1].is_word()
                    && !self.used[phrase_start - 1]
                    && (is_determiner(&tokens[phrase_start - 1].lower)
                        || !PHRASE_BOUNDARY_WORDS.contains(tokens[phrase_start - 1].lower.as_str()))
                {
                    phrase_start -= 1;
                    // "Mrs. Clinton's presidential campaign, which …": a name
                    // before the possessive is part of the phrase, however
                    // many words it has.
                    if self.is_possessive(phrase_start) {
                        if let Some(owner) = phrase_start
                            .checked_sub(1)
                            .and_then(|last| self.mentions.ending_at(last))
                        {
                            phrase_start = self.mentions.mentions[owner].tokens.start;
                            break;
                        }
                    }
                }
                if phrase_start != sentence_start {
                    return None;
                }
                self.mentions
                    .add_ad_hoc(self.analysis, phrase_start..head + 1)
            }
        };
        let mention_data = &self.mentions.mentions[mention];
        let acceptable = matches!(mention_data.kind, MentionKind::Name | MentionKind::Nominal)
            && !self.used[mention_data.tokens.start];
        acceptable.then_some(mention)
    }

    /// A mention (or, with `allow_generic`, a plain phrase) starting at `start`.
    fn phrase_after(
        &mut self,
        start: usize,
        sentence_end: usize,
        allow_generic: bool,
    ) -> Option<usize> {
        if start >= sentence_end {
            return None;
        }
        // "wrote film director Osman Abu Laban": up to two modifiers first.
        for skip in 0..3 {
            let at = start + skip;
            if at >= sentence_end || (skip > 0 && !self.analysis.tokens[at - 1].is_word()) {
                break;
            }
            // A capitalised modifier that names no one may be skipped
            // ("said Democratic strategist Hank Sheinkopf").
            if skip > 0
                && ((self.analysis.tokens[at - 1].capitalized
                    && self.mentions.starting_at(at - 1).is_some())
                    || PHRASE_BOUNDARY_WORDS.contains(self.lower(at - 1)))
            {
                break;
            }
            if let Some(mention) = self.mentions.starting_at(at) {
                let kind = self.mentions.mentions[mention].kind;
                // "said a former spokesman": an article before a noun
                // phrase whose mention starts after it.
                let after_article = skip == 1 && matches!(self.lower(start), "a" | "an" | "the");
                if kind != MentionKind::Relative
                    && (skip == 0 || kind == MentionKind::Name || after_article)
                {
                    let person = self.titled_name_after(mention, sentence_end);
                    // "said the New York businessman, who …": a name used as
                    // a modifier of a common noun; the source is the phrase.
                    // "said the printed Cruz slate card": up to two nouns.
                    let end = self.mentions.mentions[person].tokens.end;
                    let is_noun = |index: usize| {
                        self.analysis.tokens.get(index).is_some_and(|head| {
                            head.is_word()
                                && !head.capitalized
                                && !PHRASE_BOUNDARY_WORDS.contains(head.lower.as_str())
                                && !ADJUNCT_WORDS.contains(head.lower.as_str())
                                && cue_verb(&head.lower).is_none()
                        })
                    };
                    // "said the bureau's director, James Comey": the noun a
                    // possessor owns is the phrase's head when it names a speaker.
                    if person == mention && self.is_possessive(end) {
                        let mut head_end = end + 1;
                        while head_end < sentence_end && head_end < end + 4 && is_noun(head_end) {
                            head_end += 1;
                        }
                        if head_end > end + 1 && is_speaker_noun(self.lower(head_end - 1)) {
                            return Some(self.mentions.add_ad_hoc(self.analysis, start..head_end));
                        }
                    }
                    let mut head_end = end;
                    while head_end < sentence_end && head_end < end + 2 && is_noun(head_end) {
                        head_end += 1;
                    }
                    let head_noun = person == mention
                        && kind == MentionKind::Name
                        && head_end > end
                        && (head_end >= sentence_end
                            || self.is_punct(head_end, ',')
                            || is_terminal_punct(self.analysis.tokens[head_end].kind)
                            || matches!(self.lower(head_end), "who" | "whose")
                            // "tweeted a German user from Hanover"
                            || ADJUNCT_WORDS.contains(self.lower(head_end)));
                    if head_noun && allow_generic {
                        return Some(self.mentions.add_ad_hoc(self.analysis, start..head_end));
                    }
                    return Some(person);
                }
            }
        }
        if !allow_generic {
            return None;
        }
        let tokens = &self.analysis.tokens;
        // "the so-called “reform” package passed on Tuesday": a phrase
        // opening with a verb is a predicate, not a speaker.
        if tokens[start].is_word()
            && !tokens[start].capitalized
            && looks_like_verb(self.analysis, start)
        {
            return None;
        }
        let mut last = None;
        let mut index = start;
        while index < sentence_end.min(start + 8) {
            let token = &tokens[index];
            // "wrote the authors of the “Growth and Opportunity Project,”": a
            // quoted title is part of the phrase.
            if let Some(region) = self
                .quotes
                .opening_at(index)
                .filter(|_| index > start && self.is_quoted_title(index))
            {
                let closing = self.quotes.regions[region].last_token();
                if closing >= sentence_end {
                    break;
                }
                last = Some(closing);
                index = closing + 1;
                continue;
            }
            if !(token.is_word() || token.kind == TokenKind::Number)
                || (index > start && matches!(token.lower.as_str(), "that" | "who" | "which"))
            {
                break;
            }
            last = Some(index);
            index += 1;
        }
        let last = last?;
        Some(self.mentions.add_ad_hoc(self.analysis, start..last + 1))
    }

    /// Whether a quotation opens at `start`, or after a comma or colon that
    /// ends a short run of adjuncts there ("said Thursday on Twitter, “…”").
    fn quote_opens_after_adjuncts(&self, start: usize, sentence_end: usize) -> bool {
        for index in start..sentence_end.min(start + 8) {
            // A programme's title is part of the adjuncts ("said on MSNBC’s
            // “Morning Joe”"), not a quotation of what was said.
            if self.quotes.opening_at(index).is_some() {
                if index > start && self.is_quoted_title(index) {
                    continue;
                }
                return true;
            }
            if self.is_punct(index, ',') || self.is_punct(index, ':') {
                return self.quotes.opening_at(index + 1).is_some();
            }
            if self.in_quote(index) || self.lower(index) == "that" {
                return false;
            }
        }
        false
    }

    /// "said Latino Decisions researcher Sylvia Manzano", "Clinton campaign
    /// manager Robby Mook": a name used as a modifier, then up to two
    /// lower-case words and a person's name with a role noun. The speaker is
    /// the person, not the organisation before the role.
    fn titled_name_after(&self, mention: usize, sentence_end: usize) -> usize {
        let end = self.mentions.mentions[mention].tokens.end;
        if self.mentions.mentions[mention].kind != MentionKind::Name {
            return mention;
        }
        // "Florida’s Rick Wilson": a possessive is a gap of its own.
        let possessive = self.is_possessive(end);
        for gap in 0..3 {
            let at = end + gap + usize::from(possessive);
            if at >= sentence_end {
                break;
            }
            if gap > 0 {
                let previous = &self.analysis.tokens[at - 1];
                if !previous.is_word()
                    || previous.capitalized
                    || PHRASE_BOUNDARY_WORDS.contains(previous.lower.as_str())
                {
                    break;
                }
            }
            if let Some(person) = self.mentions.starting_at(at) {
                let person_mention = &self.mentions.mentions[person];
                // A role noun in the name, or a full name after a
                // lower-case modifier ("Cruz constituent Dan Golvach").
                let titled = person_mention.kind == MentionKind::Name
                    && person_mention.entity_kind == EntityKind::Person
                    && (!person_mention.roles.is_empty()
                        || ((gap > 0 || possessive) && person_mention.name_words.len() >= 2));
                return if titled { person } else { mention };
            }
        }
        mention
    }

    /// The content of a content-first attribution whose boundary (a comma or
    /// a closing quotation mark) is token `boundary`.
    fn content_before(&self, boundary: usize, sentence_start: usize) -> Option<ContentParts> {
        let tokens = &self.analysis.tokens;
        let (last, closing) = if let Some(region) = self.quotes.closing_at(boundary) {
            (boundary, Some(region))
        } else if boundary > 0 && tokens[boundary].is_punct(',') {
            (boundary - 1, self.quotes.closing_at(boundary - 1))
        } else {
            return None;
        };
        self.content_ending_at(last, closing, sentence_start)
    }

    /// The content of a content-first attribution whose last token is
    /// `last`, from the start of its clause; `closing` is the quotation
    /// closing at `last`, if any.
    fn content_ending_at(
        &self,
        last: usize,
        closing: Option<usize>,
        sentence_start: usize,
    ) -> Option<ContentParts> {
        let tokens = &self.analysis.tokens;
        let mut clause_start = sentence_start;
        for index in (sentence_start..=last).rev() {
            if self.used[index] || self.source_used[index] {
                clause_start = index + 1;
                break;
            }
        }
        // Symbols or dashes before a quote ("😀 “Still rising,” she added")
        // do not make it a mixed quote.
        let mut first_content = clause_start;
        while first_content <= last && matches!(tokens[first_content].kind, TokenKind::Punct(_)) {
            first_content += 1;
        }
        if let Some(region_index) = closing {
            let region = &self.quotes.regions[region_index];
            // "Neither man was impressed — “Born with a silver spoon,” Mr.
            // Elkins said — but …": a quotation set off by a dash stands alone.
            // Not after a dash that closes an aside inside a quotation
            // ("“I don't think” -- that … -- “is going to last,”").
            let dash_at = region.first_token().wrapping_sub(1);
            let after_dash = region.first_token() > sentence_start + 1
                && matches!(tokens[dash_at].kind, TokenKind::Punct('—' | '–' | '-'))
                && tokens[dash_at - 1].quote_char().is_none()
                && !(sentence_start..dash_at).any(|t| self.quotes.closing_at(t).is_some());
            if region.first_token() <= first_content
                || region.first_token() == sentence_start
                || after_dash
            {
                if region
                    .parts
                    .iter()
                    .any(|part| (part.open..=part.last).any(|t| self.used[t]))
                {
                    return None;
                }
                return Some(region.part_token_ranges().collect());
            }
        }
        // After an earlier attribution in the sentence, the joining
        // punctuation and conjunction belong to neither; at the sentence
        // start a "But" belongs to the content.
        let after_earlier = clause_start > sentence_start;
        while clause_start <= last
            && (matches!(
                tokens[clause_start].kind,
                TokenKind::Punct(',' | ';' | ':' | '—' | '-')
            ) || (after_earlier
                && matches!(tokens[clause_start].lower.as_str(), "and" | "but")))
        {
            clause_start += 1;
        }
        if clause_start > last {
            return None;
        }
        let part = clause_start..last + 1;
        Some(smallvec![part])
    }

    /// A content-first attribution ("“…,” she said", "…, said Okafor"): the
    /// content before the cue, with the second half of a quotation that the
    /// attribution interrupts (its words go on at `after`).
    fn content_first(
        &self,
        content: ContentParts,
        after: usize,
        cue: Range<usize>,
        source: usize,
    ) -> Attribution {
        Attribution::found(
            self.with_interruption(content, after),
            Some(cue),
            Some(source),
            0.9,
            Pattern::ContentFirst,
        )
    }

    /// After a content-first direct quote and its attribution ending before
    /// `after`, a second quote opening right away is the quote's continuation:
    /// `“A,” he said, “B.”`
    fn with_interruption(&self, mut content: ContentParts, after: usize) -> ContentParts {
        let content_is_quote =
            content.len() == 1 && self.quotes.opening_at(content[0].start).is_some();
        if !content_is_quote {
            return content;
        }
        // “A,” she told “Meet the Press”: a title, not the quote's second half.
        if self.is_quoted_title(after) {
            return content;
        }
        let mut next = after;
        if self.is_punct(next, ',') || self.is_punct(next, ':') {
            next += 1;
        }
        // An appositive may stand between: "“The risk,” said Edward Leamer,
        // an economist at UCLA, “is that …”". Find the comma that reopens
        // the quote, within the sentence.
        if self.quotes.opening_at(next).is_none() {
            let sentence_end = self
                .sentence_range(after.min(self.analysis.tokens.len().saturating_sub(1)))
                .end;
            let reopening = (after..sentence_end.min(after + 30))
                .take_while(|&t| !self.in_quote(t) || self.quotes.opening_at(t).is_some())
                .find(|&t| {
                    self.quotes.opening_at(t).is_some() && t > 0 && self.is_punct(t - 1, ',')
                });
            if let Some(reopening) = reopening {
                next = reopening;
            }
        }
        if let Some(region_index) = self.quotes.opening_at(next) {
            let region = &self.quotes.regions[region_index];
            if region.parts[0].open == next && !(next..=region.last_token()).any(|t| self.used[t]) {
                content.extend(region.part_token_ranges());
            }
        }
        content
    }

    /// Whether the tokens from `from` to the sentence end are only closing
    /// punctuation ("." "!" "?" ";" "…"), or there are none.
    fn only_terminal_punct(&self, from: usize, sentence_end: usize) -> bool {
        (from..sentence_end).all(|t| is_terminal_punct(self.analysis.tokens[t].kind))
    }

    /// The quotation opening at `open` when it is the whole rest of the
    /// sentence (only closing punctuation after it).
    fn quotation_ending_sentence(&self, open: usize, sentence_end: usize) -> Option<usize> {
        let region = self.quotes.opening_at(open)?;
        let last = self.quotes.regions[region].last_token();
        self.only_terminal_punct(last + 1, sentence_end)
            .then_some(region)
    }

    /// The end of a date written with a capitalised month at `start` ("Dec. 6",
    /// "December 6, 2015", "March 2016"), or `start` itself when there is
    /// none. A month alone counts only when a number follows, so that "may"
    /// and "march" as verbs stay content.
    fn date_end(&self, start: usize) -> usize {
        let tokens = &self.analysis.tokens;
        let is_month = tokens
            .get(start)
            .is_some_and(|token| token.capitalized && MONTH_WORDS.contains(&token.lower.as_str()));
        if !is_month {
            return start;
        }
        let mut end = start + 1;
        if self.is_punct(end, '.') {
            end += 1;
        }
        let is_number = |index: usize| {
            tokens.get(index).is_some_and(|token| {
                token.lower.bytes().all(|byte| byte.is_ascii_digit()) && !token.lower.is_empty()
            })
        };
        if !is_number(end) {
            return start;
        }
        end += 1;
        if self.is_punct(end, ',') && is_number(end + 1) && self.lower(end + 1).len() == 4 {
            end += 2;
        }
        end
    }

    /// The first token after a time adjunct at `start` ("Monday", "last
    /// week", "Monday night", "Dec. 6", "March 3, 2016") and the comma
    /// after it, or `start` itself when there is none or when a verb follows
    /// the time words, which are then the content's subject.
    fn skip_time_adjunct(&self, start: usize) -> usize {
        let mut after_time = start;
        if matches!(self.lower(after_time), "last" | "this" | "next")
            && DAY_WORDS.contains(&self.lower(after_time + 1))
        {
            after_time += 1;
        }
        let date_end = self.date_end(after_time);
        if date_end == after_time && !DAY_WORDS.contains(&self.lower(after_time)) {
            return start;
        }
        after_time = date_end.max(after_time + 1);
        if DAY_WORDS.contains(&self.lower(after_time)) {
            after_time += 1;
        }
        // "said Monday's decision will …": a possessive makes the time word
        // part of the content's subject.
        if CLAUSE_RESUMING_VERBS.contains(&self.lower(after_time)) || self.is_possessive(after_time)
        {
            return start;
        }
        // With nothing after it ("said Monday night."), the content is empty
        // and the caller finds none; a comma after it ("said on Monday, “…”")
        // goes too.
        if self.is_punct(after_time, ',') {
            after_time + 1
        } else {
            after_time
        }
    }

    /// The content of a source-first attribution, starting after the cue verb.
    fn content_after(
        &mut self,
        after_verb: usize,
        sentence_end: usize,
        verb: CueVerb,
    ) -> Option<ContentParts> {
        let tokens = &self.analysis.tokens;
        let mut start = self.skip_object(after_verb, sentence_end, verb);
        // "scolded him: “…”", "gave the Texan a back-handed compliment:
        // “…”": a short object before a colon and a quotation is no content.
        if start < sentence_end && tokens[start].is_word() {
            let colon = (start + 1..sentence_end.min(start + 7))
                .take_while(|&t| tokens[t].is_word() || tokens[t].is_punct(':'))
                .find(|&t| tokens[t].is_punct(':'));
            if let Some(colon) = colon.filter(|&c| self.quotes.opening_at(c + 1).is_some()) {
                start = colon + 1;
            }
        }
        // "said Monday the plan was dead", "said Dec. 6 on CNN": a bare time
        // word or date before the content is an adjunct, not the content's
        // start, unless a verb follows it ("said Monday was a good day").
        start = self.skip_time_adjunct(start);
        // "said — on Twitter, as it happens — that …": an aside set off by
        // dashes before "that" or a quotation is skipped.
        if self.dash_ending_at(start).is_some() {
            let closing = (start + 1..sentence_end.min(start + 16))
                .find(|&t| self.dash_ending_at(t).is_some() && !self.in_quote(t));
            if let Some(closing) = closing {
                if self.lower_is(closing + 1, "that")
                    || self.quotes.opening_at(closing + 1).is_some()
                {
                    start = closing + 1;
                }
            }
        }
        // An adjunct before the content ("said on Monday that …", "said in a
        // statement, …") is skipped up to the "that" or the comma that ends it.
        let mut that_at = None;
        let mut after_comma = None;
        // "is expected to win, Jones said": "to" before a bare verb opens an
        // infinitive, which is the content, not an adjunct.
        let infinitive = start < sentence_end
            && tokens[start].lower == "to"
            && tokens.get(start + 1).is_some_and(|next| {
                is_plain_lower_word(next)
                    && !matches!(
                        next.lower.as_str(),
                        "me" | "him" | "us" | "them" | "you" | "reporters"
                    )
            });
        if start < sentence_end && !infinitive && self.opens_adjunct(start) {
            let window_end = sentence_end.min(start + 12);
            for (index, token) in tokens.iter().enumerate().take(window_end).skip(start) {
                if token.lower == "that" {
                    that_at = Some(index);
                    break;
                }
                if token.is_punct(',') || token.is_punct(':') {
                    after_comma = Some(index + 1);
                    break;
                }
                // "said in a statement “I have been warning …”": a quotation
                // after the adjunct is the content (a quoted title inside
                // the adjunct, "on “Meet the Press”", is not).
                if index > start + 1
                    && matches!(tokens[start].lower.as_str(), "in" | "on" | "at" | "during")
                    && self
                        .quotation_ending_sentence(index, sentence_end)
                        .is_some()
                    && !self.is_quoted_title(index)
                {
                    after_comma = Some(index);
                    break;
                }
                if token.quote_char().is_some() || is_terminal_punct(token.kind) {
                    break;
                }
            }
            // "said in a statement provided to POLITICO.": an adjunct that runs
            // to the end of the sentence leaves no content after the cue. (Not
            // "on" or "at", which are particles as often: "focused on
            // childhood obesity", "took aim at Trump".)
            let adjunct_to_end = that_at.is_none()
                && after_comma.is_none()
                && window_end == sentence_end
                && matches!(tokens[start].lower.as_str(), "in" | "during")
                && (start..sentence_end).all(|t| !self.in_quote(t));
            if adjunct_to_end {
                // "said in politics it takes time …", "said in a statement
                // Thursday they pulled out": a subject pronoun and a word
                // after it open the content after all.
                let subject = (start + 2..sentence_end.saturating_sub(1)).find(|&t| {
                    matches!(
                        self.lower(t),
                        "it" | "he" | "she" | "they" | "we" | "i" | "there"
                    ) && is_plain_lower_word(&tokens[t + 1])
                });
                start = subject?;
            }
        }
        // "said, per a translator, that …", "now says, however, that …": an
        // interjection set off by commas before "that" or a quotation.
        if that_at.is_none() && after_comma.is_none() && self.is_punct(start, ',') {
            let closing = (start + 1..sentence_end.min(start + 7)).find(|&t| self.is_punct(t, ','));
            if let Some(closing) = closing {
                let interjection = (start + 1..closing)
                    .all(|t| tokens[t].is_word() && !self.in_quote(t) && tokens[t].lower != "that");
                if interjection && closing > start + 1 && self.lower_is(closing + 1, "that") {
                    that_at = Some(closing + 1);
                }
            }
        }
        // "said sarcastically “…”", "said flatly that …": a manner adverb
        // after the verb belongs to neither.
        if start < sentence_end
            && self.is_manner_adverb(start)
            && (self.quotes.opening_at(start + 1).is_some()
                || self.lower_is(start + 1, "that")
                || self.is_punct(start + 1, ','))
        {
            start += 1;
        }
        // A particle right after the verb belongs to the cue, not to what is
        // reported ("called for | regime change, …", "pointed out | …"),
        // unless a "that" shows it opened an adjunct.
        // "referred to the case", "pointed to Clinton": "to" before a noun
        // phrase is a particle too (before a verb it opens the content).
        let to_before_noun_phrase = self.lower(start) == "to"
            && start + 1 < sentence_end
            && (is_determiner(&tokens[start + 1].lower) || tokens[start + 1].capitalized);
        let particle = start == after_verb
            && start + 1 < sentence_end
            && (VERB_PARTICLES.contains(&tokens[start].lower.as_str())
                || to_before_noun_phrase
                || is_particle_of(self.lower(after_verb - 1), &tokens[start].lower))
            && tokens[start + 1].is_word();
        // "says of Clinton, “If she gets the chance …”": "of" and what follows
        // up to a comma before a quotation are an adjunct; the quotation is
        // the content.
        let comma_after_of_adjunct = if particle && tokens[start].lower == "of" {
            (start + 1..sentence_end.min(start + 8))
                .find(|&t| tokens[t].is_punct(',') || !tokens[t].is_word())
                .filter(|&t| tokens[t].is_punct(','))
                .filter(|&comma| {
                    self.quotation_ending_sentence(comma + 1, sentence_end)
                        .is_some()
                })
        } else {
            None
        };
        // "continued to portray immigrants as …": with a verb the lexicon does
        // not know after "to", "continued to portray" is the cue and what
        // follows the content.
        if start == after_verb
            && CARRYING_VERBS.contains(&self.lower(after_verb - 1))
            && self.lower_is(start, "to")
            && tokens.get(start + 1).is_some_and(is_plain_lower_word)
            && start + 2 < sentence_end
            && tokens[start + 2].is_word()
        {
            start += 2;
        }
        if let Some(comma) = comma_after_of_adjunct {
            after_comma = Some(comma + 1);
        }
        if let Some(that) = that_at {
            start = that;
        } else if particle && comma_after_of_adjunct.is_none() {
            start += 1;
        } else if let Some(after_comma) = after_comma {
            start = after_comma;
        }
        // "But the drinking continued, and four years later …": a clause
        // joined after a comma is no content of the verb before it ("…, and
        // that …" is a second content clause of it, though).
        if start == after_verb
            && self.is_punct(start, ',')
            && matches!(self.lower(start + 1), "and" | "but" | "or" | "yet")
            && self.lower(start + 2) != "that"
        {
            return None;
        }
        while start < sentence_end
            && matches!(tokens[start].kind, TokenKind::Punct(',' | ':' | '—' | '-'))
        {
            start += 1;
        }
        // After a particle ("said on Friday he met …") the time words come
        // only now.
        if that_at.is_none() {
            start = self.skip_time_adjunct(start);
        }
        let at_end = (start..sentence_end)
            .all(|t| is_terminal_punct(tokens[t].kind) || tokens[t].is_punct(':'));
        if at_end {
            // "Cruz continued:" followed by a quoted paragraph.
            let ends_with_colon = sentence_end > 0 && tokens[sentence_end - 1].is_punct(':');
            let region_index = self.quotes.opening_at(sentence_end)?;
            if !ends_with_colon && tokens[sentence_end].newlines_before == 0 {
                return None;
            }
            if !ends_with_colon {
                return None;
            }
            let region = &self.quotes.regions[region_index];
            return Some(region.part_token_ranges().collect());
        }
        if let Some(region_index) = self.quotes.opening_at(start) {
            let region = &self.quotes.regions[region_index];
            let last_content = self.last_content_token(start, sentence_end);
            if region.last_token() >= last_content {
                return Some(region.part_token_ranges().collect());
            }
        }
        self.plain_content(start, sentence_end)
    }

    /// After "out" completing the verb before `after_verb` ("“…,” Bozell
    /// points out.", "pointed out Bozell"), the token after it; else
    /// `after_verb`. ("out of" is a preposition and stays.)
    fn past_particle_out(&self, after_verb: usize) -> usize {
        // "shot back, “…”", "“…,” she fired back.": "back" before a
        // comma, a colon, a quotation, "that" or the sentence end.
        let back = self.lower_is(after_verb, "back")
            && self.analysis.tokens.get(after_verb + 1).is_none_or(|next| {
                matches!(next.kind, TokenKind::Punct(',' | ':' | '.' | '!' | '?'))
                    || next.quote_char().is_some()
                    || next.lower == "that"
            });
        if (self.lower_is(after_verb, "out") && !self.lower_is(after_verb + 1, "of")) || back {
            after_verb + 1
        } else {
            after_verb
        }
    }

    /// Skips the listener after verbs that take one: "told reporters (on
    /// Monday) that …", "told CNN that …".
    fn skip_object(&self, after_verb: usize, sentence_end: usize, verb: CueVerb) -> usize {
        let tokens = &self.analysis.tokens;
        let mut start = self.past_particle_out(after_verb);
        if takes_listener(verb) && start < sentence_end {
            // "asked which quality …": a relative or interrogative pronoun
            // opens the content and is no listener.
            let listener = self
                .mentions
                .starting_at(start)
                .filter(|&m| self.mentions.mentions[m].kind != MentionKind::Relative);
            if let Some(mention) = listener {
                start = self.mentions.mentions[mention].tokens.end;
                start = self.listener_apposition_end(start);
                // "told NBC’s “Today”", "told CBS’s Face the Nation": the
                // programme after a possessive is part of the object; "CBS'
                // Face the Nation" writes the possessive as a bare apostrophe.
                let bare_apostrophe = start < sentence_end
                    && matches!(
                        tokens[start].quote_char(),
                        Some(QuoteChar::StraightSingle | QuoteChar::RightSingle)
                    )
                    && !tokens[start].space_before
                    && self.lower(start - 1).ends_with('s')
                    && self.quotes.region_at_token[start].is_none();
                if self.is_possessive(start) || bare_apostrophe {
                    start += 1;
                    if let Some(region) = self.quotes.opening_at(start) {
                        if self.is_quoted_title(start) {
                            start = self.quotes.regions[region].last_token() + 1;
                        }
                    } else {
                        let title_word = |t: usize| {
                            tokens[t].is_word()
                                && (tokens[t].capitalized
                                    || (matches!(tokens[t].lower.as_str(), "the" | "of" | "and")
                                        && tokens.get(t + 1).is_some_and(|n| n.capitalized)))
                        };
                        while start < sentence_end && title_word(start) {
                            start += 1;
                        }
                    }
                }
            } else if TOLD_OBJECT_WORDS.contains(tokens[start].lower.as_str()) {
                let article = matches!(tokens[start].lower.as_str(), "the" | "a" | "an");
                start += 1;
                // "told the Courier": a name after the article ends the object
                // ("urged the Vermont senator to …" goes on to the request below).
                if let Some(mention) = self.mentions.starting_at(start) {
                    let end = self.mentions.mentions[mention].tokens.end;
                    return if self.request_follows(after_verb, end, verb) {
                        after_verb
                    } else {
                        end
                    };
                }
                // "told a Senate panel": a capitalised modifier that is no
                // name of its own may stand before the noun. Only after an
                // article: "told reporters this was …" has its whole object.
                while article
                    && start < sentence_end
                    && start < after_verb + 4
                    && tokens[start].is_word()
                    && (!tokens[start].capitalized
                        || tokens
                            .get(start + 1)
                            .is_some_and(|next| next.is_word() && !next.capitalized))
                    && !matches!(
                        tokens[start].lower.as_str(),
                        "that"
                            | "why"
                            | "how"
                            | "what"
                            | "whether"
                            | "if"
                            | "when"
                            | "where"
                            | "who"
                    )
                    && !ADJUNCT_WORDS.contains(tokens[start].lower.as_str())
                {
                    start += 1;
                }
                start = self.listener_apposition_end(start);
            }
        }
        // "told the mayors who gathered in Indianapolis, “…”", "told voters
        // who came to the rally that …": a relative clause on the listener
        // runs to its comma, or to the "that" opening the content.
        // ("asked the conservative who he thought would win" asks a question.)
        if takes_listener(verb)
            && verb.base != "ask"
            && start > after_verb
            && self.lower_is(start, "who")
        {
            if let Some(end) = (start + 1..sentence_end.min(start + 20))
                .take_while(|&t| !self.in_quote(t))
                .find(|&t| self.is_punct(t, ',') || self.lower(t) == "that")
            {
                start = if self.is_punct(end, ',') {
                    end + 1
                } else {
                    end
                };
            }
        }
        if self.request_follows(after_verb, start, verb) {
            return after_verb;
        }
        start
    }

    /// "asked the congregation to stand", "urged voters to turn out",
    /// "urged the Vermont senator to apologize", "warned Democrats not to
    /// act": whether a request's infinitive follows its addressee, which
    /// ends at or just before `object_end` (one head noun may follow a name
    /// used as a modifier): the request reports the addressee with what is
    /// asked of them.
    fn request_follows(&self, after_verb: usize, object_end: usize, verb: CueVerb) -> bool {
        if !matches!(verb.base, "ask" | "urge" | "warn") || object_end <= after_verb {
            return false;
        }
        let to = if self.lower_is(object_end, "not") {
            object_end + 1
        } else {
            object_end
        };
        let to = if self.lower_is(to, "to") {
            to
        } else if self
            .analysis
            .tokens
            .get(object_end)
            .is_some_and(is_plain_lower_word)
            && self.lower_is(object_end + 1, "to")
        {
            object_end + 1
        } else {
            return false;
        };
        self.analysis
            .tokens
            .get(to + 1)
            .is_some_and(is_plain_lower_word)
    }

    /// Where a name in apposition to a listener ends, if one starts at
    /// `start` ("told CNN host Chris Cuomo she …", "reassured his
    /// counterpart Vladimir Putin that …", "told the local newspaper The
    /// Perry Chief that …"); else `start`. A plain name counts only before
    /// "that": in "told CNN Trump would win" the name opens the content.
    fn listener_apposition_end(&self, start: usize) -> usize {
        let tokens = &self.analysis.tokens;
        let name_start = if self.lower_is(start, "the")
            && tokens.get(start).is_some_and(|token| token.capitalized)
        {
            start + 1
        } else {
            start
        };
        let Some(name) = self
            .mentions
            .starting_at(name_start)
            .map(|m| &self.mentions.mentions[m])
            .filter(|m| m.kind == MentionKind::Name)
        else {
            return start;
        };
        let titled = !tokens[name_start].capitalized;
        if titled || self.lower_is(name.tokens.end, "that") {
            name.tokens.end
        } else {
            start
        }
    }

    /// The last token of running content, leaving out a final full stop
    /// that stands outside any quotation mark.
    fn last_content_token(&self, start: usize, sentence_end: usize) -> usize {
        let tokens = &self.analysis.tokens;
        let mut last = sentence_end - 1;
        while last > start && is_terminal_punct(tokens[last].kind) {
            last -= 1;
        }
        last
    }

    /// Content from `start` to the end of the sentence, cut before a
    /// participle clause and extended to the end of a quote it opens.
    fn plain_content(&self, start: usize, sentence_end: usize) -> Option<ContentParts> {
        // Content inside what "…, officials said." reports stops at its comma.
        let later_comma = self
            .trailing_commas
            .partition_point(|&comma| comma <= start);
        let sentence_end = match self.trailing_commas.get(later_comma) {
            Some(&comma) if comma < sentence_end => comma,
            _ => sentence_end,
        };
        if start >= sentence_end {
            return None;
        }
        let tokens = &self.analysis.tokens;
        let mut last = self.last_content_token(start, sentence_end);
        // What the content held before `index`, kept as the loop goes so
        // that no check rescans the content (a long sentence must stay
        // linear); the boundary model sees it too, as it was trained to.
        let mut so_far = ContentSoFar::default();
        let mut dash_open = false;
        let rule_last = last;
        for index in start..last {
            let next = index + 1;
            // Whether a quotation has closed from `start` up to `index`.
            let quote_closed = so_far.quote_closed || self.quotes.closing_at(index).is_some();
            // "… “should be wrapped up by Cleveland,” referring to …": a
            // quotation that closes on a comma ends like the comma itself.
            let closes_on_comma = index > start && self.closes_on_comma(index);
            let cuts = (((tokens[index].is_punct(',') || tokens[index].is_punct(';'))
                && !self.in_quote(index))
                || closes_on_comma)
                && (is_participle_cue(&tokens[next].lower)
                    // "…, only saying that …": an adverb before the participle.
                    || (matches!(tokens[next].lower.as_str(), "only" | "also" | "even")
                        && tokens
                            .get(next + 1)
                            .is_some_and(|after| is_participle_cue(&after.lower)))
                    || (closes_on_comma
                        && tokens[next].is_word()
                        && (tokens[next].lower.ends_with("ing")
                            || cue_verb(&tokens[next].lower)
                                .is_some_and(|verb| verb.form == VerbForm::Past))
                        && !tokens[next].capitalized)
                    || (tokens[next].lower == "according" && self.lower_is(next + 1, "to"))
                    || self.starts_new_clause(next)
                    || self.opens_reported_clause(next, sentence_end)
                    || self.speaker_and_cue_at(next));
            // A lone dash late in the sentence opens a gloss by the writer
            // ("… an “anchor baby” — a play on words …"); a pair of dashes
            // is a parenthesis inside the content and stays.
            // "— including …" elaborates the content instead of glossing it.
            let is_dash = |t: usize| matches!(tokens[t].kind, TokenKind::Punct('—' | '–'));
            // A dash that closes one opened inside the content ("that – in
            // his professional life – he is …") is the pair's second half.
            let lone_dash = is_dash(index)
                && !self.in_quote(index)
                && !dash_open
                && index > start + 3
                && tokens[next].lower != "including"
                && !(next..sentence_end).any(is_dash);
            if is_dash(index) && !self.in_quote(index) {
                dash_open = !dash_open;
            }
            // "… that the candidate misspoke but noted that …": a second
            // reporting verb of the same subject starts its own content.
            let coordinated_cue = matches!(tokens[index].lower.as_str(), "and" | "but")
                && !self.in_quote(index)
                && index > start + 2
                && cue_verb(&tokens[next].lower).is_some_and(|verb| {
                    verb.form != VerbForm::Participle
                        // "says he’d sit Putin down and tell him …": a bare
                        // verb goes on the content's own modal, not the cue.
                        && verb.is_past_or_third_person(&tokens[next].lower)
                        && (verb.class == CueClass::Speech
                            || quote_closed
                            // "… and called the critics “cowards.”": a verb
                            // with a quotation of its own right after it.
                            || (next + 1..sentence_end.min(next + 5))
                                .any(|t| self.quotes.opening_at(t).is_some()))
                });
            // "… a misdemeanor charge after prosecutors determined there was
            // not enough evidence": a reported clause of its own ends this one.
            let nested_report = !self.in_quote(index)
                && index > start + 2
                && matches!(
                    tokens[index].lower.as_str(),
                    "after" | "because" | "since" | "as" | "when" | "while" | "and" | "but"
                )
                && self.opens_reported_clause(next, sentence_end);
            // "… incurred boos upon saying, “…”": a participle of speech after
            // a preposition reports content of its own.
            let prepositional_participle = !self.in_quote(index)
                && index > start
                && matches!(
                    tokens[index].lower.as_str(),
                    "upon" | "after" | "before" | "while" | "when"
                )
                && cue_verb(&tokens[next].lower).is_some_and(|verb| {
                    verb.form == VerbForm::Participle && verb.class == CueClass::Speech
                });
            let comma = tokens[index].is_punct(',') && !self.in_quote(index);
            // "Graham, who says …, tweeted that …": the sentence's own verb
            // after the comma closes a relative clause's content; "she, too,
            // wants …" (a pronoun and an interjection) goes on.
            let pronoun_and_interjection = || {
                index < start + 4
                    && matches!(
                        tokens[start].lower.as_str(),
                        "he" | "she" | "they" | "it" | "we" | "i"
                    )
                    && (start + 1..index).all(|t| {
                        tokens[t].is_punct(',')
                            || INTERJECTION_WORDS.contains(&tokens[t].lower.as_str())
                    })
            };
            let main_verb = comma
                && cue_verb(&tokens[next].lower)
                    .is_some_and(|verb| matches!(verb.form, VerbForm::Past | VerbForm::Present))
                && !tokens[next].capitalized
                && !pronoun_and_interjection();
            // "…, a move that could trigger …": the writer's gloss.
            // After a quoted phrase, "…, a swipe at …" and "…, the highest
            // for any candidate" gloss it too.
            // ("…, a “nasty guy,” an “anchor baby,” …" is a list of quoted
            // epithets, no gloss.)
            let gloss = (comma || closes_on_comma)
                && self.quotes.opening_at(next + 1).is_none()
                && ((matches!(tokens[next].lower.as_str(), "a" | "an")
                    && ((next + 1..sentence_end.min(next + 5))
                        .any(|t| matches!(tokens[t].lower.as_str(), "that" | "which" | "who"))
                        || quote_closed))
                    || (tokens[next].lower == "the"
                        && self.lower(next + 1).ends_with("est")
                        && quote_closed));
            // "… called the merger “a terrible deal” and ranked Fiorina …":
            // after a quoted phrase, "and" with a verb of its own starts the
            // subject's next predicate.
            let next_predicate = tokens[index].lower == "and"
                && !self.in_quote(index)
                && index > start + 2
                && tokens[next].is_word()
                && !tokens[next].capitalized
                && (tokens[next].lower.ends_with("ed") || tokens[next].lower.ends_with("ing"))
                && (next + 1 < sentence_end)
                && (is_determiner(self.lower(next + 1))
                    || self.lower(next + 1) == "that"
                    || tokens[next + 1].capitalized)
                && quote_closed;
            if cuts
                || lone_dash
                || prepositional_participle
                || coordinated_cue
                || nested_report
                || main_verb
                || gloss
                || next_predicate
            {
                last = index.checked_sub(1)?;
                break;
            }
            // "… blasted Clinton as a “disgrace” Wednesday on …": a time
            // word right after a closing quotation opens an adjunct of the
            // cue's.
            if tokens[next].capitalized
                && index > start
                && self.quotes.closing_at(index).is_some()
                && self.skip_time_adjunct(next) > next
            {
                last = index;
                break;
            }
            if self.learned_cut(start, rule_last, index, so_far) {
                last = index - 1;
                break;
            }
            so_far.pass(self.analysis, self.quotes, index);
        }
        // Marks left at the end by any cut are no part of the content: the
        // comma before a coordinated cue ("…, and noted …"), the one before
        // a learned cut ("…, which"), a dash before a coordinated clause
        // ("… voter mistrust - and arguing …").
        while last > start
            && last < rule_last
            && matches!(
                tokens[last].kind,
                TokenKind::Punct(',' | ';' | '—' | '–' | '-' | ':')
            )
            && !self.in_quote(last)
        {
            last -= 1;
        }
        if last < start
            || (start..=last)
                .all(|t| !matches!(tokens[t].kind, TokenKind::Word | TokenKind::Number))
        {
            return None;
        }
        // A quote opened inside the content may run past the sentence end.
        if let Some(region_index) = self.quotes.region_at_token[last] {
            let region = &self.quotes.regions[region_index];
            if region.first_token() >= start && region.parts.len() == 1 {
                last = last.max(region.last_token());
            }
        }
        let part = start..last + 1;
        Some(smallvec![part])
    }

    /// Whether the boundary model cuts the content that starts at `start`
    /// (and that the rules let run to `last`) before token `index`.
    fn learned_cut(&self, start: usize, last: usize, index: usize, so_far: ContentSoFar) -> bool {
        let Some((model, log_odds)) = self.boundary_model else {
            return false;
        };
        is_boundary_candidate(self.analysis, self.quotes, start, index)
            && model.weight_sum(&boundary_features(
                self.analysis,
                start,
                last,
                index,
                so_far,
            )) >= log_odds
    }

    /// “…missing.” Trump said. — the quote ended its own sentence, and a
    /// sentence of nothing but source and cue follows: the quote is its content.
    fn quote_before_bare_attribution(
        &self,
        source_start: usize,
        sentence: Range<usize>,
        after_verb: usize,
    ) -> Option<ContentParts> {
        if source_start != sentence.start || !self.is_trailing(after_verb, sentence.end) {
            return None;
        }
        let region_index = self.quotes.closing_at(sentence.start.checked_sub(1)?)?;
        let region = &self.quotes.regions[region_index];
        if region
            .parts
            .iter()
            .any(|part| (part.open..=part.last).any(|t| self.used[t]))
        {
            return None;
        }
        Some(region.part_token_ranges().collect())
    }

    /// Whether the clause after a comma reports someone else's words: "…,
    /// compared with four in 10 who said they preferred …". The content
    /// before stops at the comma; that clause gets its own attribution.
    fn opens_reported_clause(&self, start: usize, sentence_end: usize) -> bool {
        let tokens = &self.analysis.tokens;
        let window = sentence_end.min(start + 10);
        for (index, token) in tokens.iter().enumerate().take(window).skip(start) {
            if matches!(token.kind, TokenKind::Punct(',' | ';' | '.' | '—')) || self.in_quote(index)
            {
                return false;
            }
            let is_reporting = cue_verb(&token.lower).is_some_and(|verb| {
                verb.form != VerbForm::Participle && verb.class == CueClass::Speech
            });
            if is_reporting && index > start {
                let previous = self.lower(index - 1);
                // "… and more than 4 in 10 said …": a survey figure is a subject too.
                let has_subject = matches!(
                    previous,
                    "who" | "which" | "he" | "she" | "they" | "we" | "percent" | "%"
                ) || small_number_word_value(previous)
                    .is_some_and(|value| value >= 2)
                    || self.mentions.ending_at(index - 1).is_some()
                    || tokens[index - 1].kind == TokenKind::Number;
                return has_subject;
            }
        }
        false
    }

    /// Whether a coordinated clause with a subject of its own starts at
    /// `index` (after a comma): "…, but for Republicans it is …", "…, and
    /// he railed against …". Reported content stops there.
    fn starts_new_clause(&self, index: usize) -> bool {
        let word = self.lower(index);
        if matches!(
            word,
            "but" | "while" | "whereas" | "although" | "though" | "yet"
        ) {
            // "…, but that the DNC’s blocking … was …": a second "that"
            // clause of the same report goes on, and so does a quotation
            // ("… offers for the gun, but “the offers were …”").
            // "…, but is now “the worst thing …”": a second predicate of the
            // same subject goes on too.
            return !(word == "but"
                && (self.lower(index + 1) == "that"
                    || self.quotes.opening_at(index + 1).is_some()
                    || CLAUSE_RESUMING_VERBS.contains(&self.lower(index + 1))));
        }
        if matches!(word, "and" | "or" | "so") {
            let next = index + 1;
            let subject_pronoun =
                matches!(self.lower(next), "he" | "she" | "they" | "we" | "i" | "it");
            let named_subject = self.mentions.starting_at(next).is_some_and(|m| {
                let mention = &self.mentions.mentions[m];
                mention.kind == MentionKind::Name
                    && self
                        .analysis
                        .tokens
                        .get(mention.tokens.end)
                        .is_some_and(|t| t.is_word() && !t.capitalized)
            });
            return subject_pronoun || named_subject;
        }
        false
    }

    /// "…, D’Souza replied, “…”": whether a name or a pronoun starting at
    /// `index` is followed by a finite reporting verb, which opens a report
    /// of its own.
    fn speaker_and_cue_at(&self, index: usize) -> bool {
        // "…, the White House said": an article may open the name.
        let index = if self.lower_is(index, "the")
            && self
                .analysis
                .tokens
                .get(index + 1)
                .is_some_and(|next| next.capitalized)
        {
            index + 1
        } else {
            index
        };
        self.mentions.starting_at(index).is_some_and(|m| {
            let mention = &self.mentions.mentions[m];
            let end = mention.tokens.end;
            matches!(mention.kind, MentionKind::Name | MentionKind::Pronoun)
                && end < self.analysis.tokens.len()
                && cue_verb_hashed(self.analysis.token_hashes[end], self.lower(end))
                    .is_some_and(|verb| verb.is_past_or_third_person(self.lower(end)))
        })
    }

    /// Quoted paragraphs without a cue of their own continue the last speaker.
    fn find_continuations(&mut self) {
        self.found
            .sort_by_key(|attribution| attribution.content[0].start);
        let mut additions = Vec::new();
        for region in &self.quotes.regions {
            let first = region.first_token();
            let last = region.last_token();
            if (first..=last).any(|t| self.used[t]) || region.word_count(self.analysis) == 0 {
                continue;
            }
            let paragraph = &self.analysis.paragraphs
                [self.analysis.sentences[self.analysis.sentence_of_token[first]].paragraph];
            let starts_paragraph = paragraph.tokens.start == first;
            let sentence = self.sentence_range(first);
            let starts_sentence = sentence.start == first;
            let ends_sentence = self.sentence_range(last).end <= last + 2;
            if !(starts_paragraph || starts_sentence) || !ends_sentence {
                continue;
            }
            // The latest earlier attribution, within two paragraphs.
            let starting_before = self.found.partition_point(|a| a.content[0].start < first);
            let previous = (starting_before.saturating_sub(20)..starting_before)
                .rev()
                .find(|&i| self.found[i].content.last().is_some_and(|c| c.end <= first));
            let Some(mut previous) = previous else {
                continue;
            };
            if let Some(quoting) = self.quote_behind_its_own_clauses(previous, first) {
                previous = quoting;
            }
            let previous_token = self.found[previous].content.last().map_or(0, |c| c.end - 1);
            let previous_paragraph =
                self.analysis.sentences[self.analysis.sentence_of_token[previous_token]].paragraph;
            let this_paragraph =
                self.analysis.sentences[self.analysis.sentence_of_token[first]].paragraph;
            // A short quote continues only the speaker of its own paragraph;
            // a longer one may continue a speaker up to two paragraphs back.
            let reach = if region.word_count(self.analysis) < 4 {
                0
            } else {
                2
            };
            if this_paragraph > previous_paragraph + reach {
                continue;
            }
            let parts: ContentParts = region.part_token_ranges().collect();
            // In the same paragraph, right after a quote and its attribution
            // (“A,” she said. “B.”), the quote goes on: one more part.
            let previous_ends_in_quote = self.ends_in_quotation(&self.found[previous]);
            let nothing_quoted_between = self.only_titles_quoted(previous_token + 1, first);
            if ((this_paragraph <= previous_paragraph + 1 && previous_ends_in_quote)
                || this_paragraph == previous_paragraph)
                && nothing_quoted_between
            {
                for part in &parts {
                    for slot in &mut self.used[part.clone()] {
                        *slot = true;
                    }
                }
                self.found[previous].content.extend(parts);
                continue;
            }
            additions.push(Attribution {
                content: parts,
                cue: None,
                source: None,
                entity: None,
                kind: QuoteKind::Direct,
                confidence: 0.5,
                pattern: Pattern::Continuation,
                inherits_from: Some(self.found[previous].content[0].start),
            });
        }
        self.found.extend(additions);
    }

    /// "Christie appeared to end his bid …", "the Trump team appeared
    /// paralyzed", "it seems some convincing was needed": PolNeAR's
    /// annotators mark how something seems as an attribution without a
    /// source, whose content is the subject and what it seems (only what
    /// follows when the subject is "it").
    fn appearance(&mut self, verb_index: usize) -> Option<Attribution> {
        let sentence = self.sentence_range(verb_index);
        let cue_start = self.cue_start(verb_index, sentence.start);
        if cue_start <= sentence.start {
            return None;
        }
        let complement = verb_index + 1;
        let next = self.analysis.tokens.get(complement)?;
        let subject_is_it = self.lower(cue_start - 1) == "it";
        // "appeared on CNN", "appears in court", "appeared as a guest",
        // "appeared before the committee": a place or role, not a look.
        let looks = is_plain_lower_word(next)
            && !PHRASE_BOUNDARY_WORDS.contains(next.lower.as_str())
            && !ADJUNCT_WORDS.contains(next.lower.as_str());
        let infinitive = next.lower == "to"
            && self
                .analysis
                .tokens
                .get(complement + 1)
                .is_some_and(is_plain_lower_word);
        // "it seems (that) the plan …": a clause of its own.
        let clause = next.lower == "that" || (subject_is_it && next.is_word());
        if !(looks || infinitive || clause) {
            return None;
        }
        if subject_is_it {
            return Some(Attribution::found(
                self.plain_content(complement, sentence.end)?,
                Some(cue_start..verb_index + 1),
                None,
                0.6,
                Pattern::Appearance,
            ));
        }
        // The subject is the whole noun phrase before the cue ("a broader
        // swath of Republican voters"), back to the clause's start or a
        // function word other than "of": up to twelve words. (It is found
        // before the complement, whose cut may read far ahead: reading it
        // for every "seems" of a sentence that has no subject for them
        // would be quadratic.)
        let subject = self.phrase_before(cue_start, sentence.start, true)?;
        let mut subject_start = self.mentions.mentions[subject].tokens.start;
        if self.mentions.mentions[subject].tokens.end != cue_start || subject_start < sentence.start
        {
            return None;
        }
        while subject_start > sentence.start && cue_start - subject_start < 12 && {
            let token = &self.analysis.tokens[subject_start - 1];
            (token.is_word()
                || token.kind == TokenKind::Number
                || self.is_possessive(subject_start - 1))
                && !self.used[subject_start - 1]
                && !self.in_quote(subject_start - 1)
                && (token.lower == "of" || !PHRASE_BOUNDARY_WORDS.contains(token.lower.as_str()))
                && cue_verb(&token.lower).is_none()
        } {
            subject_start -= 1;
        }
        let complement_content = self.plain_content(complement, sentence.end)?;
        let content = std::iter::once(subject_start..cue_start)
            .chain(complement_content)
            .collect();
        Some(Attribution::found(
            content,
            Some(cue_start..verb_index + 1),
            None,
            0.6,
            Pattern::Appearance,
        ))
    }

    /// "a super PAC backing former Florida governor Jeb Bush", "placards
    /// supporting Sanders": a noun phrase and the named candidate it backs
    /// or opposes, which PolNeAR marks as an attribution of a stance. Only
    /// before a name, whose mention gives the content's end.
    fn backing_name(&mut self, verb_index: usize) -> Option<Attribution> {
        let sentence = self.sentence_range(verb_index);
        if verb_index <= sentence.start {
            return None;
        }
        let previous = &self.analysis.tokens[verb_index - 1];
        let after_noun = previous.is_word()
            && !PHRASE_BOUNDARY_WORDS.contains(previous.lower.as_str())
            && !is_determiner(&previous.lower)
            && cue_verb(&previous.lower).is_none()
            && !previous.lower.ends_with("ly");
        if !after_noun {
            return None;
        }
        let named = self.phrase_after(verb_index + 1, sentence.end, false)?;
        let mention = &self.mentions.mentions[named];
        if mention.kind != MentionKind::Name || mention.tokens.start > verb_index + 4 {
            return None;
        }
        let content_end = mention.tokens.end;
        // The noun phrase before: back to its determiner, over at most four
        // words that are no verbs ("Many carried placards" is a clause).
        let mut source_start = verb_index;
        while source_start > sentence.start && verb_index - source_start < 4 {
            let token = &self.analysis.tokens[source_start - 1];
            if is_determiner(&token.lower) {
                source_start -= 1;
                break;
            }
            let noun_like = token.is_word()
                && !PHRASE_BOUNDARY_WORDS.contains(token.lower.as_str())
                && cue_verb(&token.lower).is_none()
                && (token.capitalized || !token.lower.ends_with("ed"))
                && !self.used[source_start - 1];
            if !noun_like {
                break;
            }
            source_start -= 1;
        }
        if source_start == verb_index {
            return None;
        }
        let source = self
            .mentions
            .add_ad_hoc(self.analysis, source_start..verb_index);
        Some(Attribution::found(
            std::iter::once(verb_index + 1..content_end).collect(),
            Some(verb_index..verb_index + 1),
            Some(source),
            0.6,
            Pattern::SourceFirst,
        ))
    }

    /// Whether the last part of `attribution`'s content ends with a
    /// closing quotation mark.
    fn ends_in_quotation(&self, attribution: &Attribution) -> bool {
        attribution
            .content
            .last()
            .is_some_and(|part| self.quotes.closing_at(part.end - 1).is_some())
    }

    /// Whether no token from `from` up to `to` is quoted, except in quoted
    /// titles (“A,” he told ‘Inside Edition’. “B.”).
    fn only_titles_quoted(&self, from: usize, to: usize) -> bool {
        let mut token = from;
        while token < to {
            if self.is_quoted_title(token) {
                let Some(region) = self.quotes.opening_at(token) else {
                    return false;
                };
                token = self.quotes.regions[region].last_token() + 1;
                continue;
            }
            if self.in_quote(token) {
                return false;
            }
            token += 1;
        }
        true
    }

    /// “A,” said Jones, who writes about the census. “B.”: the attribution
    /// just before the quote at `first` (index `latest` in `found`) came
    /// from inside the sentence that attributed an earlier quote, here the
    /// relative clause on its speaker. That earlier attribution, whose
    /// content ends in a quotation, is the one the quote continues: its
    /// index, when every attribution after it up to `latest` starts inside
    /// the sentence where it ends, and nothing is quoted between it and
    /// `first`.
    fn quote_behind_its_own_clauses(&self, latest: usize, first: usize) -> Option<usize> {
        if self.ends_in_quotation(&self.found[latest]) {
            return None;
        }
        let quoting = (latest.saturating_sub(3)..latest)
            .rev()
            .find(|&i| self.ends_in_quotation(&self.found[i]))?;
        let quote_end = self.found[quoting].content.last()?.end;
        let sentence_end = self.sentence_range(quote_end - 1).end;
        let clauses_inside = (quoting + 1..=latest).all(|i| {
            let attribution = &self.found[i];
            attribution.content[0].start >= quote_end
                && attribution
                    .content
                    .last()
                    .is_some_and(|part| part.end <= sentence_end + 1)
        });
        let nothing_quoted_between = self.only_titles_quoted(quote_end, first);
        (clauses_inside && nothing_quoted_between).then_some(quoting)
    }

    /// Gives every attribution its entity: sources with a grouped mention
    /// use that entity; pronouns and relatives are resolved to the most
    /// salient earlier entity that agrees with them; participles and
    /// continuations take the speaker they continue.
    fn resolve_speakers(&mut self) {
        // Candidate antecedents in text order, and attributions by their
        // first content token, so each lookup below is local, not a scan.
        let mut antecedents: Vec<usize> = (0..self.mentions.mentions.len())
            .filter(|&m| {
                !matches!(
                    self.mentions.mentions[m].kind,
                    MentionKind::Pronoun | MentionKind::Relative
                )
            })
            .collect();
        antecedents.sort_by_key(|&m| self.mentions.mentions[m].tokens.start);
        let by_first_token: HashMap<usize, usize> = self
            .found
            .iter()
            .enumerate()
            .map(|(index, a)| (a.content[0].start, index))
            .collect();
        for index in 0..self.found.len() {
            let entity = if let Some(source) = self.found[index].source {
                match self.mentions.mentions[source].entity {
                    Some(entity) => Some(entity),
                    None => {
                        let resolved = self.resolve_pronoun(source, index, &antecedents);
                        if let Some(entity) = resolved {
                            self.mentions.attach(source, entity);
                        }
                        resolved
                    }
                }
            } else {
                self.found[index]
                    .inherits_from
                    .and_then(|key| by_first_token.get(&key))
                    .filter(|&&from| from < index)
                    .and_then(|&from| self.found[from].entity)
                    // A quotation with no cue continues the latest speaker;
                    // a cue with no source ("he’s expected to", "was told")
                    // has a speaker the text does not name.
                    .or_else(|| {
                        self.found[index]
                            .cue
                            .is_none()
                            .then(|| self.latest_speaker_before(index))
                            .flatten()
                    })
            };
            let attribution = &mut self.found[index];
            attribution.entity = entity;
            if entity.is_none() {
                attribution.confidence *= 0.6;
            }
        }
    }

    fn latest_speaker_before(&self, index: usize) -> Option<usize> {
        self.found[..index]
            .iter()
            .rev()
            .take(20)
            .find_map(|a| a.entity)
    }

    fn resolve_pronoun(
        &self,
        mention_index: usize,
        attribution_index: usize,
        antecedents: &[usize],
    ) -> Option<usize> {
        let mention = &self.mentions.mentions[mention_index];
        let pronoun = self.analysis.tokens[mention.tokens.start].lower.as_str();
        let position = mention.tokens.start;
        if mention.kind == MentionKind::Relative {
            // "Okafor, who …": the nearest mention before the relative, a
            // few tokens back at most (a long sentence stays linear).
            let floor = position.saturating_sub(30);
            let mut index = position;
            while index > floor {
                index -= 1;
                // "Sen. Claire McCaskill (D-Mo.), who …": the relative is on
                // the name before a parenthesis, not on what it holds.
                if self.is_punct(index, ')') {
                    if let Some(opening) = (floor..index).rev().find(|&t| self.is_punct(t, '(')) {
                        index = opening;
                        continue;
                    }
                }
                if let Some(candidate) = self.mentions.mention_at_token[index] {
                    if let Some(entity) = self.mentions.mentions[candidate].entity {
                        return Some(entity);
                    }
                }
                if self.analysis.sentence_of_token[index]
                    != self.analysis.sentence_of_token[position]
                {
                    break;
                }
            }
            return None;
        }
        if matches!(pronoun, "i" | "me" | "you" | "we" | "us") {
            return None;
        }
        let this_sentence = self.analysis.sentence_of_token[position];
        let this_paragraph = self.analysis.sentences[this_sentence].paragraph;
        let recent_speakers: Vec<usize> = self.found[..attribution_index]
            .iter()
            .rev()
            .take(20)
            .filter(|a| {
                a.content.last().is_some_and(|c| {
                    self.analysis.sentence_of_token[c.end - 1] + 3 >= this_sentence
                })
            })
            .filter_map(|a| a.entity)
            .collect();
        let mut best: Option<(f32, usize)> = None;
        let before =
            antecedents.partition_point(|&m| self.mentions.mentions[m].tokens.start < position);
        // Candidates come nearest first. A candidate's score is at most
        // `MOST_SALIENCE_BONUS` above minus its distance, so once the best so
        // far is out of reach the rest cannot win; and at most 400 are looked
        // at, so that one long paragraph full of names stays linear.
        for &candidate_index in antecedents[..before].iter().rev().take(400) {
            let candidate = &self.mentions.mentions[candidate_index];
            if self.in_quote(candidate.tokens.start) {
                continue;
            }
            let Some(entity_index) = candidate.entity else {
                continue;
            };
            let candidate_sentence = self.analysis.sentence_of_token[candidate.tokens.start];
            let paragraph = self.analysis.sentences[candidate_sentence].paragraph;
            if paragraph + 3 < this_paragraph {
                break;
            }
            let distance = (this_sentence - candidate_sentence.min(this_sentence)) as f32;
            if best.is_some_and(|(best_score, _)| MOST_SALIENCE_BONUS - distance <= best_score) {
                break;
            }
            let entity = &self.mentions.entities[entity_index];
            let pronoun_gender = mention.gender;
            let agrees = match pronoun {
                "he" | "him" | "she" | "her" => {
                    !entity.plural
                        && matches!(entity.kind, EntityKind::Person | EntityKind::Unknown)
                        && pronoun_gender.agrees_with(entity.gender)
                }
                "they" | "them" => {
                    entity.plural
                        || matches!(entity.kind, EntityKind::Group | EntityKind::Organization)
                }
                "it" => {
                    matches!(
                        entity.kind,
                        EntityKind::Organization | EntityKind::Document | EntityKind::Unknown
                    ) && !entity.plural
                }
                _ => false,
            };
            if !agrees {
                continue;
            }
            let mut score = -distance;
            if recent_speakers.first() == Some(&entity_index) {
                score += LATEST_SPEAKER_BONUS;
            } else if recent_speakers.contains(&entity_index) {
                score += RECENT_SPEAKER_BONUS;
            }
            if entity.gender != Gender::Unknown && entity.gender == pronoun_gender {
                score += GENDER_MATCH_BONUS;
            }
            if entity.kind == EntityKind::Person {
                score += PERSON_BONUS;
            }
            if best.is_none_or(|(best_score, _)| score > best_score) {
                best = Some((score, entity_index));
            }
        }
        best.map(|(_, entity)| entity)
    }

    /// Direct when the content is exactly quoted text, mixed when it holds
    /// some, indirect otherwise; confidence follows.
    fn classify(&mut self) {
        for attribution in &mut self.found {
            let parts = &attribution.content;
            let all_quoted = parts.iter().all(|part| {
                self.quotes.opening_at(part.start).is_some_and(|region| {
                    self.quotes.regions[region]
                        .parts
                        .iter()
                        .any(|p| p.open == part.start && p.last + 1 == part.end)
                })
            });
            let any_quoted = parts.iter().any(|part| {
                part.clone()
                    .any(|t| self.quotes.region_at_token[t].is_some())
            });
            attribution.kind = if all_quoted {
                QuoteKind::Direct
            } else if any_quoted {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            };
            if attribution.kind != QuoteKind::Indirect
                && attribution.pattern != Pattern::Continuation
            {
                attribution.confidence = (attribution.confidence + 0.05).min(0.97);
            }
        }
    }
}
