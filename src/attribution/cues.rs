//! The reporting-verb lexicon: every verb that can introduce what someone
//! said, wrote, thinks or found, in all its inflected forms.
//!
//! Verbs are listed once by their base form with any irregular past forms;
//! the regular forms (`-s`, `-ed`, `-ing`) are derived by English spelling
//! rules when the table is first used.

use crate::wordset::HashedWordMap;
use std::sync::LazyLock;

/// What sort of cue a verb is; it decides which sources are plausible.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CueClass {
    /// Saying and writing: "said", "told", "tweeted", "wrote".
    Speech,
    /// Believing, wanting, expecting: "thinks", "believes", "hopes".
    Belief,
    /// Evidence: "shows", "found", "suggests" (polls, studies, reports).
    Evidence,
    /// Verbs whose object names what was said about someone: "called", "accused".
    Evaluation,
}

/// A verb's role in the sentence, from its form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VerbForm {
    /// Base or present form: "say", "says".
    Present,
    /// Past or past participle: "said", "written".
    Past,
    /// Present participle: "saying", "adding".
    Participle,
}

/// (base, irregular past, irregular past participle, class)
const VERBS: &[(&str, &str, &str, CueClass)] = &[
    ("say", "said", "said", CueClass::Speech),
    ("tell", "told", "told", CueClass::Speech),
    ("write", "wrote", "written", CueClass::Speech),
    ("add", "", "", CueClass::Speech),
    ("note", "", "", CueClass::Speech),
    ("stress", "", "", CueClass::Speech),
    ("warn", "", "", CueClass::Speech),
    ("claim", "", "", CueClass::Speech),
    ("deny", "", "", CueClass::Speech),
    ("insist", "", "", CueClass::Speech),
    ("tweet", "", "", CueClass::Speech),
    ("post", "", "", CueClass::Speech),
    ("report", "", "", CueClass::Speech),
    ("announce", "", "", CueClass::Speech),
    ("argue", "", "", CueClass::Speech),
    ("explain", "", "", CueClass::Speech),
    ("acknowledge", "", "", CueClass::Speech),
    ("admit", "admitted", "admitted", CueClass::Speech),
    ("declare", "", "", CueClass::Speech),
    ("state", "", "", CueClass::Speech),
    ("assert", "", "", CueClass::Speech),
    ("contend", "", "", CueClass::Speech),
    ("maintain", "", "", CueClass::Speech),
    ("reply", "", "", CueClass::Speech),
    ("respond", "", "", CueClass::Speech),
    ("recall", "", "", CueClass::Speech),
    ("predict", "", "", CueClass::Speech),
    ("promise", "", "", CueClass::Speech),
    ("vow", "", "", CueClass::Speech),
    ("pledge", "", "", CueClass::Speech),
    ("urge", "", "", CueClass::Speech),
    ("confirm", "", "", CueClass::Speech),
    ("reveal", "", "", CueClass::Speech),
    ("estimate", "", "", CueClass::Speech),
    ("conclude", "", "", CueClass::Speech),
    ("observe", "", "", CueClass::Speech),
    ("remark", "", "", CueClass::Speech),
    ("comment", "", "", CueClass::Speech),
    ("complain", "", "", CueClass::Speech),
    ("concede", "", "", CueClass::Speech),
    ("caution", "", "", CueClass::Speech),
    ("emphasize", "", "", CueClass::Speech),
    ("chant", "", "", CueClass::Speech),
    ("cite", "", "", CueClass::Speech),
    ("proclaim", "", "", CueClass::Speech),
    ("interject", "", "", CueClass::Speech),
    ("echo", "", "", CueClass::Speech),
    ("quote", "", "", CueClass::Speech),
    ("muse", "", "", CueClass::Speech),
    ("plead", "", "", CueClass::Speech),
    ("mock", "", "", CueClass::Evaluation),
    ("denounce", "", "", CueClass::Evaluation),
    ("condemn", "", "", CueClass::Evaluation),
    ("rebuke", "", "", CueClass::Evaluation),
    ("bemoan", "", "", CueClass::Evaluation),
    ("opine", "", "", CueClass::Speech),
    ("elaborate", "", "", CueClass::Speech),
    ("clarify", "", "", CueClass::Speech),
    ("reaffirm", "", "", CueClass::Speech),
    ("retweet", "", "", CueClass::Speech),
    ("decry", "", "", CueClass::Evaluation),
    ("tout", "", "", CueClass::Evaluation),
    ("deride", "", "", CueClass::Evaluation),
    ("liken", "", "", CueClass::Evaluation),
    ("chide", "", "", CueClass::Evaluation),
    ("scold", "", "", CueClass::Evaluation),
    ("lambaste", "", "", CueClass::Evaluation),
    ("assail", "", "", CueClass::Evaluation),
    ("characterize", "", "", CueClass::Evaluation),
    ("laud", "", "", CueClass::Evaluation),
    ("exhort", "", "", CueClass::Evaluation),
    ("excoriate", "", "", CueClass::Evaluation),
    ("emphasise", "", "", CueClass::Speech),
    ("charge", "", "", CueClass::Speech),
    ("allege", "", "", CueClass::Speech),
    ("testify", "", "", CueClass::Speech),
    ("quip", "quipped", "quipped", CueClass::Speech),
    ("joke", "", "", CueClass::Speech),
    ("boast", "", "", CueClass::Speech),
    ("brag", "bragged", "bragged", CueClass::Speech),
    ("lament", "", "", CueClass::Speech),
    ("disclose", "", "", CueClass::Speech),
    ("mention", "", "", CueClass::Speech),
    ("continue", "", "", CueClass::Speech),
    ("counter", "", "", CueClass::Speech),
    ("retort", "", "", CueClass::Speech),
    ("ask", "", "", CueClass::Speech),
    ("answer", "", "", CueClass::Speech),
    ("explain", "", "", CueClass::Speech),
    ("suggest", "", "", CueClass::Speech),
    ("propose", "", "", CueClass::Speech),
    ("demand", "", "", CueClass::Speech),
    ("threaten", "", "", CueClass::Speech),
    ("agree", "", "", CueClass::Speech),
    ("shout", "", "", CueClass::Speech),
    ("yell", "", "", CueClass::Speech),
    ("scream", "", "", CueClass::Speech),
    ("whisper", "", "", CueClass::Speech),
    ("exclaim", "", "", CueClass::Speech),
    ("speculate", "", "", CueClass::Speech),
    ("recount", "", "", CueClass::Speech),
    ("repeat", "", "", CueClass::Speech),
    ("reiterate", "", "", CueClass::Speech),
    ("decline", "", "", CueClass::Speech),
    ("refuse", "", "", CueClass::Speech),
    ("hint", "", "", CueClass::Speech),
    ("imply", "", "", CueClass::Speech),
    ("acknowledge", "", "", CueClass::Speech),
    ("assure", "", "", CueClass::Speech),
    ("reassure", "", "", CueClass::Speech),
    ("inform", "", "", CueClass::Speech),
    ("advise", "", "", CueClass::Speech),
    ("instruct", "", "", CueClass::Speech),
    ("order", "", "", CueClass::Speech),
    ("learn", "", "", CueClass::Speech),
    // "…, BBC Sport understands.", "he is understood to have agreed …".
    ("understand", "understood", "understood", CueClass::Belief),
    ("read", "read", "read", CueClass::Speech),
    ("believe", "", "", CueClass::Belief),
    ("think", "thought", "thought", CueClass::Belief),
    ("feel", "felt", "felt", CueClass::Belief),
    ("hope", "", "", CueClass::Belief),
    ("fear", "", "", CueClass::Belief),
    ("expect", "", "", CueClass::Belief),
    ("know", "knew", "known", CueClass::Belief),
    ("doubt", "", "", CueClass::Belief),
    ("suspect", "", "", CueClass::Belief),
    ("worry", "", "", CueClass::Belief),
    ("want", "", "", CueClass::Belief),
    ("plan", "planned", "planned", CueClass::Belief),
    ("intend", "", "", CueClass::Belief),
    ("wonder", "", "", CueClass::Belief),
    ("assume", "", "", CueClass::Belief),
    ("agree", "", "", CueClass::Belief),
    ("insist", "", "", CueClass::Belief),
    ("show", "showed", "shown", CueClass::Evidence),
    ("find", "found", "found", CueClass::Evidence),
    ("indicate", "", "", CueClass::Evidence),
    ("reveal", "", "", CueClass::Evidence),
    ("suggest", "", "", CueClass::Evidence),
    ("call", "", "", CueClass::Evaluation),
    ("describe", "", "", CueClass::Evaluation),
    ("accuse", "", "", CueClass::Evaluation),
    ("criticize", "", "", CueClass::Evaluation),
    ("criticise", "", "", CueClass::Evaluation),
    ("praise", "", "", CueClass::Evaluation),
    ("blame", "", "", CueClass::Evaluation),
    ("endorse", "", "", CueClass::Evaluation),
    ("dismiss", "", "", CueClass::Evaluation),
    ("slam", "slammed", "slammed", CueClass::Evaluation),
    ("blast", "", "", CueClass::Evaluation),
    ("label", "labeled", "labeled", CueClass::Evaluation),
    ("dub", "dubbed", "dubbed", CueClass::Evaluation),
    ("express", "", "", CueClass::Speech),
    ("voice", "", "", CueClass::Speech),
    ("discuss", "", "", CueClass::Speech),
    ("highlight", "", "", CueClass::Speech),
    ("reject", "", "", CueClass::Evaluation),
    ("oppose", "", "", CueClass::Evaluation),
    ("rail", "", "", CueClass::Evaluation),
    ("seek", "sought", "sought", CueClass::Belief),
    ("convince", "", "", CueClass::Speech),
    ("forecast", "forecast", "forecast", CueClass::Belief),
    ("remember", "", "", CueClass::Belief),
    ("prefer", "preferred", "preferred", CueClass::Belief),
    ("outline", "", "", CueClass::Speech),
    ("signal", "signaled", "signaled", CueClass::Speech),
    ("marvel", "marveled", "marveled", CueClass::Speech),
    ("gush", "", "", CueClass::Speech),
    ("downplay", "", "", CueClass::Evaluation),
    ("hail", "", "", CueClass::Evaluation),
    ("congratulate", "", "", CueClass::Evaluation),
];

/// What the lexicon knows about one word form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CueVerb {
    /// The base form ("say").
    pub base: &'static str,
    /// The verb's class.
    pub class: CueClass,
    /// Which form this is.
    pub form: VerbForm,
}

impl CueVerb {
    /// Whether this form of the verb, written `word`, is finite with a
    /// subject before it: a past form ("said") or a third-person present
    /// one ("says"), not a base form ("say") that may be an infinitive.
    pub fn is_past_or_third_person(self, word: &str) -> bool {
        self.form == VerbForm::Past || (self.form == VerbForm::Present && word.ends_with('s'))
    }
}

fn is_vowel(character: char) -> bool {
    matches!(character, 'a' | 'e' | 'i' | 'o' | 'u')
}

fn third_person(base: &str) -> String {
    if base.ends_with('y')
        && !base.ends_with("ay")
        && !base.ends_with("ey")
        && !base.ends_with("oy")
    {
        format!("{}ies", &base[..base.len() - 1])
    } else if ["s", "sh", "ch", "x", "z", "o"]
        .iter()
        .any(|end| base.ends_with(end))
    {
        format!("{base}es")
    } else {
        format!("{base}s")
    }
}

fn regular_past(base: &str) -> String {
    if base.ends_with('e') {
        format!("{base}d")
    } else if base.ends_with('y') && !base.chars().rev().nth(1).is_some_and(is_vowel) {
        format!("{}ied", &base[..base.len() - 1])
    } else {
        format!("{base}ed")
    }
}

fn present_participle(base: &str, past: &str) -> String {
    // Doubled consonants in the past ("admitted") double in the participle too.
    if past.len() == base.len() + 3
        && past.ends_with("ed")
        && past.as_bytes()[base.len()] == *base.as_bytes().last().unwrap_or(&0)
    {
        return format!("{}{}ing", base, &base[base.len() - 1..]);
    }
    if let Some(stem) = base.strip_suffix("ie") {
        format!("{stem}ying")
    } else if base.ends_with('e') && !base.ends_with("ee") {
        format!("{}ing", &base[..base.len() - 1])
    } else {
        format!("{base}ing")
    }
}

/// Every form of every verb, looked up like the other word lists (by
/// [`word_hash`](crate::wordset::word_hash), eight bytes at a time): the
/// map gives a form's place in `verbs`, plus one.
struct CueForms {
    places: HashedWordMap<u16>,
    verbs: Vec<CueVerb>,
}

/// A verb's past and past participle: the lexicon's irregular forms, or
/// the regular past for those it leaves empty.
fn past_forms(base: &str, past: &str, participle: &str) -> (String, String) {
    let past = if past.is_empty() {
        regular_past(base)
    } else {
        past.to_string()
    };
    let participle = if participle.is_empty() {
        past.clone()
    } else {
        participle.to_string()
    };
    (past, participle)
}

static FORMS: LazyLock<CueForms> = LazyLock::new(|| {
    // The map's keys are static words: each derived form is kept for as
    // long as the program runs, like the table itself.
    let mut forms: Vec<(&'static str, CueVerb)> = Vec::new();
    let mut seen: std::collections::HashSet<&'static str> = std::collections::HashSet::new();
    for &(base, past, participle, class) in VERBS {
        let (past, participle) = past_forms(base, past, participle);
        let ing = present_participle(base, &past);
        let entries = [
            (base.to_string(), VerbForm::Present),
            (third_person(base), VerbForm::Present),
            (past, VerbForm::Past),
            (participle, VerbForm::Past),
            (ing, VerbForm::Participle),
        ];
        // A form shared by two entries keeps the first.
        for (form, verb_form) in entries {
            if seen.contains(form.as_str()) {
                continue;
            }
            let form: &'static str = String::leak(form);
            seen.insert(form);
            let verb = CueVerb {
                base,
                class,
                form: verb_form,
            };
            forms.push((form, verb));
        }
    }
    for &adjective in STANCE_ADJECTIVES {
        if seen.insert(adjective) {
            forms.push((
                adjective,
                CueVerb {
                    base: adjective,
                    class: CueClass::Belief,
                    form: VerbForm::Past,
                },
            ));
        }
    }
    let places = (1..).map(|place| u16::try_from(place).unwrap_or(u16::MAX));
    CueForms {
        places: HashedWordMap::from_pairs(forms.iter().map(|&(form, _)| form).zip(places)),
        verbs: forms.into_iter().map(|(_, verb)| verb).collect(),
    }
});

/// Adjectives of stance that report like a past participle after "be"
/// ("was eager to …", "remain wary of …"), entered as past forms, but whose
/// subject is their source, not a listener as a passive's is. Each gained
/// alone on PolNeAR train (eager +5 matches for +7 attributions, wary +4 for
/// +4, reluctant +3 for +6); "confident", "hopeful", "skeptical", "willing"
/// and "quick" did not.
pub const STANCE_ADJECTIVES: &[&str] = &["eager", "reluctant", "wary"];

/// Whether a cue's base is one of the [`STANCE_ADJECTIVES`].
pub fn is_stance_adjective(base: &str) -> bool {
    STANCE_ADJECTIVES.contains(&base)
}

/// Whether a lower-cased word may be a past or third-person form of a
/// verb of saying, by its last letter alone: every such form ends in "d",
/// "s", "e" or "n" ("said", "says", "wrote", "written"; a test checks the
/// lexicon). A byte compare that spares a lookup for most words.
pub fn may_be_finite_speech_form(word: &str) -> bool {
    matches!(word.as_bytes().last(), Some(b'd' | b's' | b'e' | b'n'))
}

/// Looks up a lower-cased word form.
pub fn cue_verb(word: &str) -> Option<CueVerb> {
    cue_verb_hashed(crate::wordset::word_hash(word), word)
}

/// [`cue_verb`] for a word whose [`word_hash`](crate::wordset::word_hash)
/// is known, as every token's is (`TextAnalysis::token_hashes`): the word
/// is not hashed again.
pub fn cue_verb_hashed(hash: u32, word: &str) -> Option<CueVerb> {
    let place = FORMS.places.get_hashed(hash, word)?;
    FORMS.verbs.get(usize::from(place).checked_sub(1)?).copied()
}

/// Words after which a present-tense form is a noun, not a verb: "the
/// post", "his comments", "in reports".
#[rustfmt::skip]
pub const NOUN_CONTEXT: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "in", "of", "on", "for", "with", "by", "from", "about", "new", "recent", "latest",
    "previous", "such", "any", "no", "every", "some", "many", "several", "two", "three", "first",
    "last", "public", "official", "initial", "'s", "’s",
    // "In a blog post, …", "a Facebook post": where a message was posted.
    "blog", "facebook", "instagram", "linkedin", "tiktok", "youtube",
    // "There was no immediate comment". ("further" is no help: "Podliska
    // further alleges".)
    "immediate",
];

/// Auxiliaries and adverbs that may stand between a source and its cue
/// ("has also said", "would later write"); PolNeAR counts them in the cue.
#[rustfmt::skip]
pub const CUE_MODIFIERS: &[&str] = &[
    "has", "have", "had", "will", "would", "'d", "’d", "did", "does", "do", "is", "was", "were",
    "are", "been", "be", "can", "could", "may", "might", "should", "must", "shall", "also", "later",
    "previously", "repeatedly", "recently", "then", "once", "still", "again", "further",
    "separately", "publicly", "privately", "reportedly", "initially", "originally", "often",
    "never", "not", "n't", "frequently", "quickly", "flatly", "simply", "only", "already", "just",
    "even", "earlier", "first", "famously", "openly", "long", "always", "explicitly",
    "specifically", "clearly", "bluntly", "angrily", "now", "ever", "'s", "\u{2019}s", "'ve",
    "\u{2019}ve", "'re", "\u{2019}re", "'ll", "\u{2019}ll", "'m", "\u{2019}m",
    // Negated auxiliaries the tokenizer keeps whole: "They can't blame …".
    "can't", "can\u{2019}t", "won't", "won\u{2019}t", "don't", "don\u{2019}t", "doesn't",
    "doesn\u{2019}t", "didn't", "didn\u{2019}t", "wouldn't", "wouldn\u{2019}t", "couldn't",
    "couldn\u{2019}t", "shouldn't", "shouldn\u{2019}t", "hasn't", "hasn\u{2019}t", "haven't",
    "haven\u{2019}t", "hadn't", "hadn\u{2019}t", "isn't", "isn\u{2019}t", "wasn't",
    "wasn\u{2019}t", "aren't", "aren\u{2019}t", "weren't", "weren\u{2019}t",
];

/// Words after a cue that begin an adjunct rather than the content:
/// "said in a statement on Monday that …".
#[rustfmt::skip]
pub const ADJUNCT_OPENERS: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "via", "through", "from", "to", "last",
    "earlier", "later", "yesterday", "today", "tonight", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday", "recently", "this", "when", "while", "repeatedly",
    "again", "once", "also", "privately", "publicly", "separately", "previously", "afterward",
    "afterwards", "then", "now", "told", "with", "without", "by", "of", "about", "amid", "for",
    "outside", "inside", "near", "following", "under", "shortly", "ahead", "as", "upon", "over",
    "just", "late", "early", "soon", "briefly", "flatly", "quietly", "simply", "bluntly", "sharply",
    "aboard", "alongside", "beside", "behind", "across", "around", "here",
];

/// Objects of "told" that are not names: "told reporters", "told him".
#[rustfmt::skip]
pub const TOLD_OBJECTS: &[&str] = &[
    "reporters", "him", "her", "them", "me", "us", "you", "supporters", "the", "a", "an",
    "journalists", "lawmakers", "voters", "listeners", "viewers", "crowds", "crowd", "members",
    "colleagues", "friends", "donors", "people", "audiences", "students", "delegates", "congress",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_finite_form_of_a_verb_of_saying_passes_the_last_letter_filter() {
        for &(base, past, participle, class) in VERBS {
            if class != CueClass::Speech {
                continue;
            }
            let (past, participle) = past_forms(base, past, participle);
            for form in [third_person(base), past, participle] {
                assert!(may_be_finite_speech_form(&form), "{form}");
            }
        }
    }
}
