//! Speaker phrases: the source before a cue ("Sen. Lena Marsh (D-Ore.),
//! who has endorsed Okafor, said"), after it ("said Sen. Alvarez"), behind
//! an appositive or a relative clause, and the ad hoc phrases that are no
//! mention of their own ("a U.N. official").
//!
//! A phrase is returned as token positions; the mention (or the ad hoc
//! mention made for it) is what the attribution's source points to.

use super::*;
use crate::mentions::is_negated_auxiliary;

/// The most tokens a time adjunct between a subject and its verb has.
const LONGEST_ADJUNCT: usize = 4;

/// American states, by name and by their news abbreviations (lower case,
/// without the full stop), which follow a city in a place: "in Dayton,
/// Ohio,", "in Alexandria, Va.,".
#[rustfmt::skip]
const STATES: &[&str] = &[
    "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut",
    "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
    "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota",
    "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey",
    "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
    "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah",
    "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming",
    "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky",
    "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m",
    "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "vt", "va",
    "wash", "w.va", "wis", "wyo", "d.c",
];

/// Words in -ing that modify a noun as adjectives ("leading Republicans",
/// "the ruling party"), not participles taking an object.
#[rustfmt::skip]
const ADJECTIVE_PARTICIPLES: &[&str] = &[
    "leading", "ruling", "governing", "opposing", "competing", "remaining", "existing",
    "incoming", "outgoing", "founding", "ongoing", "emerging", "visiting", "rising", "sitting",
    "working", "striking", "presiding", "acting", "serving", "retiring", "following",
    "dissenting", "participating", "prevailing", "reigning", "fighting",
];

impl Attributor<'_, '_> {
    /// Whether the capitalised words from `start` to `end` (inclusive)
    /// spell a state ("Ohio", "Va", "New York", "N.Y"), compared word by
    /// word without building the phrase.
    fn is_state(&self, start: usize, end: usize) -> bool {
        let tokens = &self.analysis.tokens;
        if end >= tokens.len() || end < start || !self.capitalised_words(start, end) {
            return false;
        }
        STATES.iter().any(|state| {
            let mut words = state.split(' ');
            (start..=end).all(|t| words.next() == Some(tokens[t].lower.as_str()))
                && words.next().is_none()
        })
    }

    /// Whether the tokens from `start` to `end` (inclusive, in bounds) are
    /// all capitalised words.
    fn capitalised_words(&self, start: usize, end: usize) -> bool {
        let tokens = &self.analysis.tokens;
        (start..=end).all(|t| tokens[t].is_word() && tokens[t].capitalized)
    }

    /// The token after "Va.," or "New York," when a state of one or two
    /// words starts at `start` and a comma follows it.
    fn after_state_and_comma(&self, start: usize) -> Option<usize> {
        [start, start + 1].into_iter().find_map(|end| {
            if !self.is_state(start, end) {
                return None;
            }
            let after = self.past_suffix_dot(end + 1);
            self.is_punct(after, ',').then_some(after + 1)
        })
    }

    /// The preposition opening "in Dayton, Ohio" when the comma at `comma`
    /// closes such a place: a preposition, a capitalised city of up to
    /// three words, a comma and a state (its abbreviation's full stop
    /// included).
    fn place_with_state_ending_at(&self, comma: usize, sentence_start: usize) -> Option<usize> {
        let tokens = &self.analysis.tokens;
        let mut state_end = comma.checked_sub(1)?;
        if tokens[state_end].is_punct('.') && !tokens[state_end].space_before {
            state_end = state_end.checked_sub(1)?;
        }
        // A state of one or two words ("Ohio", "Va", "New York", "N.Y").
        let state_start = [state_end, state_end.saturating_sub(1)]
            .into_iter()
            .filter(|&start| start > sentence_start)
            .find(|&start| self.is_state(start, state_end))?;
        let city_comma = state_start.checked_sub(1)?;
        if !self.is_punct(city_comma, ',') {
            return None;
        }
        let city_end = city_comma.checked_sub(1)?;
        let city_start = (city_end.saturating_sub(2).max(sentence_start)..=city_end)
            .find(|&start| self.capitalised_words(start, city_end))?;
        let preposition = city_start.checked_sub(1).filter(|&p| p > sentence_start)?;
        // Only in a plain subject ("Officials in Dayton, Ohio,"): after an
        // earlier comma the place belongs to an appositive or an aside
        // ("Purner, 67, a retiree in Allentown, Pa.,", "Trump, speaking at
        // a rally in Wilmington, N.C.,"), which the rules below read.
        // A preposition inside a name ("Betsy Sharp of Burke County,
        // Georgia,") leaves the name whole.
        if (sentence_start..preposition).any(|t| self.is_punct(t, ','))
            || self.mentions.mention_at_token[preposition].is_some()
        {
            return None;
        }
        matches!(
            self.lower(preposition),
            "in" | "at" | "from" | "of" | "near" | "outside"
        )
        .then_some(preposition)
    }

    /// The start of the lower-case words, two at most, that stand right
    /// before token `end` after `sentence_start` and that `accepts`: plain
    /// words (no determiner, no capital) that end no phrase. `end` itself
    /// where there are none.
    fn lower_case_words_before(
        &self,
        end: usize,
        sentence_start: usize,
        accepts: impl Fn(usize) -> bool,
    ) -> usize {
        let mut start = end;
        while start > end.saturating_sub(2)
            && start > sentence_start + 1
            && is_plain_lower_word(&self.analysis.tokens[start - 1])
            && !PHRASE_BOUNDARY_WORDS.contains(self.lower(start - 1))
            && accepts(start - 1)
        {
            start -= 1;
        }
        start
    }

    /// A mention (or, with `allow_generic`, a plain noun phrase) ending just
    /// before `cue_start`.
    pub(super) fn phrase_before(
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
            let opening = (last.saturating_sub(10).max(sentence_start)..last)
                .rev()
                .find(|&t| tokens[t].is_punct(','));
            if let Some(opening) = opening {
                // "Okafor, on television, said": so may a short phrase that
                // opens with a preposition and has no verb of its own.
                let prepositional_aside = opening + 2 < last
                    && matches!(
                        self.lower(opening + 1),
                        "on" | "in" | "at" | "during" | "over" | "from" | "with" | "after"
                    )
                    && (opening + 1..last).all(|t| {
                        matches!(
                            tokens[t].kind,
                            TokenKind::Word | TokenKind::Number | TokenKind::Punct('-')
                        ) && !self.in_quote(t)
                            && cue_verb(self.lower(t)).is_none()
                            // ("…, on Wednesday to promote the rules, said":
                            // an infinitive is a clause's.)
                            && self.lower(t) != "to"
                    })
                    && !self.has_verb(opening + 1..last);
                let interjection = opening + 1 < last
                    && ((opening + 1..last).all(|t| INTERJECTION_WORDS.contains(&self.lower(t)))
                        || prepositional_aside);
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
        // "proponents of more controls here say": where plain phrases are
        // allowed, a plain noun may stand before the adverb too.
        let plain_noun = |t: usize| {
            let token = &tokens[t];
            allow_generic
                && is_plain_lower_word(token)
                && !self.used[t]
                && !PHRASE_BOUNDARY_WORDS.contains(token.lower.as_str())
                && !is_negated_auxiliary(&token.lower)
                && cue_verb_hashed(self.analysis.token_hashes[t], &token.lower).is_none()
        };
        if last > sentence_start && is_adverb(last) {
            if self.mentions.ending_at(last - 1).is_some() || plain_noun(last - 1) {
                last -= 1;
            } else if last > sentence_start + 1
                && is_adverb(last - 1)
                && self.mentions.ending_at(last - 2).is_some()
            {
                last -= 2;
            }
        }
        // "McConnell on Tuesday said", "Okafor in a statement said", "who in
        // 2010 said": a short adjunct of time or medium between the subject
        // and the verb.
        if let Some(subject_end) = self.subject_before_adjunct(last, sentence_start) {
            last = subject_end;
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
                if names_someone
                    && name_mention.tokens.start >= sentence_start
                    && !self.used[name_mention.tokens.start]
                {
                    return Some(name);
                }
                // "insiders in the next two states — Nevada and South
                // Carolina — said": a phrase whose mention names no one may
                // still head the subject, read as any other phrase.
                if !allow_generic {
                    return None;
                }
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
            let open = (sentence_start.max(last.saturating_sub(24))..last)
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
            // "Officials in Dayton, Ohio, said", "Lazar, in Alexandria, Va.,
            // said": a city and its state after a preposition are a place,
            // not a name and its appositive; the subject stands before it.
            if let Some(preposition) = self.place_with_state_ending_at(last, sentence_start) {
                return self.phrase_before(preposition, sentence_start, allow_generic);
            }
            // "The first exit poll, for the BBC, ITV and Sky, suggests": an
            // aside that opens with a preposition and holds no verb is no
            // subject; the phrase before it is. So is one that names one of
            // the subject's members ("Most presidents, including President
            // Obama, have …").
            if let Some(opening) = (sentence_start.max(last.saturating_sub(12)) + 1..last)
                .rev()
                .find(|&t| {
                    tokens[t].is_punct(',')
                        && matches!(
                            self.lower(t + 1),
                            "for" | "by" | "from" | "including" | "like" | "especially"
                        )
                })
            {
                let aside = opening + 1..last;
                let prepositional = aside.clone().all(|t| {
                    !self.used[t]
                        && !self.in_quote(t)
                        && (tokens[t].is_word()
                            || tokens[t].is_punct(',')
                            || tokens[t].is_punct('.'))
                }) && !self.has_verb(aside);
                if prepositional && opening > sentence_start {
                    return self.phrase_before(opening, sentence_start, allow_generic);
                }
            }
            // "Okafor, the finance minister, said": the name before the appositive.
            let mut appositive = self.mentions.ending_at(last.checked_sub(1)?)?;
            // "Col. Warren, a military spokesman in Baghdad, said": a place
            // or an employer after a preposition ends the appositive; its
            // head is the noun phrase before the preposition.
            for _ in 0..2 {
                let start = self.mentions.mentions[appositive].tokens.start;
                let Some(head) = start
                    .checked_sub(2)
                    .filter(|_| {
                        matches!(self.lower(start - 1), "in" | "at" | "of" | "for" | "from")
                    })
                    .filter(|&head_end| head_end > sentence_start && !self.used[head_end])
                    .and_then(|head_end| self.mentions.ending_at(head_end))
                else {
                    break;
                };
                appositive = head;
            }
            let mut appositive_start = age_before(
                self.analysis,
                self.mentions.mentions[appositive].tokens.start,
            );
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
            // The kind of entity the appositive names, if it is a name.
            let appositive_name_kind = {
                let mention = &self.mentions.mentions[appositive];
                (mention.kind == MentionKind::Name).then_some(mention.entity_kind)
            };
            let appositive_is_person = appositive_name_kind == Some(EntityKind::Person);
            // "The moderator, BBC presenter Joanne Price, asked": an
            // employer's name may stand before the role and the name.
            if appositive_start > sentence_start + 1
                && !tokens[appositive_start - 1].is_punct(',')
                && appositive_is_person
            {
                // Up to two lower-case role words ("presenter"), then the
                // employer's name, right after a comma.
                let start = self.lower_case_words_before(appositive_start, sentence_start, |t| {
                    !looks_like_verb(self.analysis, t)
                });
                let employer = (start < appositive_start)
                    .then(|| self.mentions.ending_at(start - 1))
                    .flatten()
                    .filter(|&m| self.mentions.mentions[m].kind == MentionKind::Name);
                if let Some(employer) = employer {
                    let employer_start = self.mentions.mentions[employer].tokens.start;
                    if employer_start > sentence_start + 1
                        && tokens[employer_start - 1].is_punct(',')
                    {
                        appositive_start = employer_start;
                    }
                }
            }
            // "Ribeiro’s coalition partner, the Liberal Party, said": an
            // article may open the appositive before the name.
            if appositive_start > sentence_start + 1
                && self.lower_is(appositive_start - 1, "the")
                && tokens[appositive_start - 2].is_punct(',')
            {
                appositive_start -= 1;
            }
            // "One of them, retired teacher Gwen Price, said": a lower-case
            // word or two may describe the person before the role and the
            // name, right after the comma.
            if appositive_start > sentence_start + 1
                && !tokens[appositive_start - 1].is_punct(',')
                && appositive_is_person
            {
                // ("most presidents, including President Obama, have …",
                // "officials, led by Gov. Chris Christie, are …": a phrase
                // that names one of a group is no appositive.)
                let start = self.lower_case_words_before(appositive_start, sentence_start, |t| {
                    let word = self.lower(t);
                    cue_verb(word).is_none()
                        && !word.ends_with("ing")
                        && !matches!(
                            word,
                            "by" | "like"
                                | "unlike"
                                | "as"
                                | "among"
                                | "with"
                                | "except"
                                | "especially"
                                | "notably"
                                | "particularly"
                                | "even"
                                | "and"
                                | "or"
                        )
                });
                if start < appositive_start && tokens[start - 1].is_punct(',') {
                    appositive_start = start;
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
            let Some(name) = self.mentions.ending_at(comma - 1) else {
                // "Ribeiro’s coalition partner, the Liberal Initiative, has
                // not said": so is an organisation's name after a
                // possessive and a noun.
                let after_possessive_noun = comma >= 3
                    && is_plain_lower_word(&tokens[comma - 1])
                    && (comma.saturating_sub(3)..comma - 1).any(|t| self.is_possessive(t));
                let appositive_is_organization =
                    appositive_name_kind == Some(EntityKind::Organization);
                return (appositive_is_person
                    || (appositive_is_organization && after_possessive_noun))
                    .then_some(appositive);
            };
            // "His union, Aslef, said": an organisation's name after a
            // phrase naming one.
            let (phrase, appositive_name) = (
                &self.mentions.mentions[name],
                &self.mentions.mentions[appositive],
            );
            if phrase.kind == MentionKind::Nominal
                && phrase.entity_kind == EntityKind::Organization
                && appositive_name.kind == MentionKind::Name
                && matches!(
                    appositive_name.entity_kind,
                    EntityKind::Organization | EntityKind::Unknown
                )
            {
                return Some(appositive);
            }
            // "A spokesman for Senator Ruiz, Tom Wells, said": a name after
            // a linker is whom the person before it works for; the
            // appositive names that person, the speaker.
            let phrase_start = self.mentions.mentions[name].tokens.start;
            if let Some(head) = self.person_before_linker(phrase_start, sentence_start) {
                return Some(if appositive_is_person {
                    appositive
                } else {
                    head
                });
            }
            // "Senator Bernie Sanders of Vermont, a Democratic rival, said".
            let name = self.mentions.person_before_place(self.analysis, name);
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
            if let Some(together) = self.people_named_together(mention, sentence_start) {
                return Some(together);
            }
            return Some(
                self.share_of_people(phrase_start, mention, sentence_start)
                    .or_else(|| self.person_before_linker(phrase_start, sentence_start))
                    .or_else(|| self.people_before_of(phrase_start, sentence_start))
                    .or_else(|| {
                        self.people_before_prepositional_phrases(phrase_start, sentence_start)
                    })
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
        // "The mother of three replied": a count after "of" belongs to the
        // noun before it, which is the source ("two of three said" is a share).
        if last >= sentence_start + 2
            && self.lower(last - 1) == "of"
            && is_count(last)
            && tokens[last - 2].is_word()
            && !is_count(last - 2)
            && self.lower(last - 2) != "out"
            && !self.used[last - 2]
        {
            return self.phrase_before(last - 1, sentence_start, allow_generic);
        }
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
        // A plain noun phrase: up to eight words back to a determiner or a boundary
        // ("A new Latino Decisions poll released Friday found").
        let mut first = last;
        let mut words = 0;
        let mut index = last as isize;
        // Survey figures speak too: "42% say", "67 percent say".
        let is_phrase_word = |token: &crate::text::Token| {
            token.is_word() || token.kind == TokenKind::Number || token.is_punct('%')
        };
        let mut possessive = false;
        while index >= sentence_start as isize && words < 8 {
            let token = &tokens[index as usize];
            // "her friend said": "her" before the phrase is a possessive
            // determiner, not the object pronoun it is elsewhere.
            let possessive_her = token.lower == "her" && words > 0;
            // "most said": a quantifier standing alone is the whole phrase.
            let lone_quantifier = words == 0 && QUANTIFIERS.contains(&token.lower.as_str());
            // "Don't blame Bush.": a negated auxiliary ends the phrase too.
            let negated = is_negated_auxiliary(&token.lower);
            if !is_phrase_word(token)
                || self.used[index as usize]
                || negated
                || (PHRASE_BOUNDARY_WORDS.contains(token.lower.as_str())
                    && !possessive_her
                    && !lone_quantifier)
            {
                break;
            }
            first = index as usize;
            words += 1;
            possessive |= is_apostrophe_s(&token.lower);
            if is_determiner(&token.lower) || possessive_her {
                break;
            }
            // "A Government Accountability Office report released last year
            // found": a name used as a modifier counts as one word.
            if let Some(name) = self
                .mentions
                .ending_at(index as usize)
                .map(|m| &self.mentions.mentions[m])
                .filter(|m| m.kind == MentionKind::Name && m.tokens.len() > 1)
            {
                if name.tokens.start >= sentence_start
                    && !(name.tokens.start..index as usize).any(|t| self.used[t])
                {
                    first = name.tokens.start;
                    index = name.tokens.start as isize;
                }
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
        // "the 43-year-old said": a number joined to words names a person.
        // (Not in a title-case headline: "Launches EPIC 4-Word Warning".)
        let hyphenated_number = tokens[last].kind == TokenKind::Number
            && head.contains('-')
            && head.chars().any(char::is_alphabetic)
            && !tokens[last]
                .span
                .slice(self.analysis.text)
                .chars()
                .any(char::is_uppercase);
        // "At least 21,000 said", "more than 300 signed": a count after a
        // comparison stands for that many people.
        let counted = tokens[last].kind == TokenKind::Number
            && last >= sentence_start + 2
            && matches!(
                (self.lower(last - 2), self.lower(last - 1)),
                ("at", "least") | ("more" | "fewer" | "less", "than")
            )
            && !self.used[last - 2]
            && !self.used[last - 1];
        if counted {
            let start = last - 2;
            return self
                .opens_plain_clause(start, sentence_start)
                .then(|| self.mentions.add_ad_hoc(self.analysis, start..last + 1));
        }
        if words == 0
            || adverb
            || (is_determiner(head) && !quantifier)
            || !(tokens[last].is_word() || tokens[last].is_punct('%') || hyphenated_number)
        {
            return None;
        }
        // "Reviewers who tested early units praised …": a phrase that opens
        // with the verb of a relative clause is no subject; the head
        // before the relative pronoun is.
        if first > sentence_start + 1
            && matches!(self.lower(first - 1), "who" | "that")
            && looks_like_verb(self.analysis, first)
        {
            return self.head_before_relative_pronoun(first - 1, sentence_start);
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
        // "Hillary Clinton’s campaign says": a possessive phrase may be longer,
        // and so may one opening the sentence ("New polls released Sunday
        // showed").
        let longest = if first == sentence_start { 5 } else { 3 };
        if !starts_clause
            || (words > longest && !is_determiner(&tokens[first].lower) && !possessive)
        {
            return None;
        }
        // "A spokesman for the rally said": the person before the linker.
        if let Some(head) = self
            .person_before_linker(first, sentence_start)
            .or_else(|| self.people_before_of(first, sentence_start))
            .or_else(|| self.people_before_prepositional_phrases(first, sentence_start))
        {
            return Some(head);
        }
        Some(self.mentions.add_ad_hoc(self.analysis, first..last + 1))
    }

    /// The first token of a dash ending at `token`: an em or en dash, or a
    /// double hyphen ("--").
    pub(super) fn dash_ending_at(&self, token: usize) -> Option<usize> {
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

    /// "one of the people said", "two of the officials said", "some of the
    /// protesters said": a number or quantifier before "of" and a group,
    /// opening its clause, is the source with the group.
    fn share_of_people(
        &mut self,
        phrase_start: usize,
        group: usize,
        sentence_start: usize,
    ) -> Option<usize> {
        if phrase_start < sentence_start + 2
            || self.lower(phrase_start - 1) != "of"
            || self.mentions.mentions[group].entity_kind != EntityKind::Group
            || self.mentions.mentions[group].kind == MentionKind::Pronoun
        {
            return None;
        }
        let share = phrase_start - 2;
        let word = self.lower(share);
        let is_share = (NUMBER_WORDS.contains(&word) && word != "a")
            || matches!(
                word,
                "some" | "many" | "most" | "none" | "both" | "each" | "all"
            );
        if !is_share || self.used[share] || !self.opens_plain_clause(share, sentence_start) {
            return None;
        }
        let end = self.mentions.mentions[group].tokens.end;
        Some(self.mentions.add_ad_hoc(self.analysis, share..end))
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

    /// Whether a phrase starting at `start` opens its clause: at the
    /// sentence's start, or after a mark or a word that ends a phrase
    /// ([`PHRASE_BOUNDARY_WORDS`]).
    fn opens_plain_clause(&self, start: usize, sentence_start: usize) -> bool {
        start == sentence_start
            || !self.analysis.tokens[start - 1].is_word()
            || PHRASE_BOUNDARY_WORDS.contains(self.lower(start - 1))
    }

    /// "Proponents of more controls on hate speech say", "Residents of the
    /// town near the dam said": people before up to three prepositional
    /// phrases that end at `phrase_start`, each of at most four words, are
    /// the source rather than the last phrase's noun. The people are a
    /// plural noun of people ([`is_people_plural`]) or a mention of a
    /// person or group.
    fn people_before_prepositional_phrases(
        &mut self,
        phrase_start: usize,
        sentence_start: usize,
    ) -> Option<usize> {
        let tokens = &self.analysis.tokens;
        let mut start = phrase_start;
        for _ in 0..3 {
            if start < sentence_start + 2 {
                return None;
            }
            let preposition = start - 1;
            let head = preposition - 1;
            let is_preposition = matches!(
                self.lower(preposition),
                "of" | "on" | "in" | "near" | "for" | "at" | "from" | "with" | "about" | "against"
            );
            if !is_preposition
                || self.used[preposition]
                || self.used[head]
                || !tokens[head].is_word()
            {
                return None;
            }
            let people_mention = self.mentions.ending_at(head).filter(|&m| {
                let mention = &self.mentions.mentions[m];
                matches!(mention.kind, MentionKind::Nominal | MentionKind::Name)
                    && matches!(mention.entity_kind, EntityKind::Person | EntityKind::Group)
            });
            if people_mention.is_some() || is_people_plural(self.lower(head)) {
                let mut first =
                    people_mention.map_or(head, |m| self.mentions.mentions[m].tokens.start);
                if first > sentence_start && is_determiner(self.lower(first - 1)) {
                    first -= 1;
                }
                // The people open their clause.
                if !self.opens_plain_clause(first, sentence_start)
                    || (first..=head).any(|t| self.used[t])
                {
                    return None;
                }
                return Some(match people_mention {
                    Some(mention) if first == self.mentions.mentions[mention].tokens.start => {
                        mention
                    }
                    _ => self.mentions.add_ad_hoc(self.analysis, first..head + 1),
                });
            }
            // Else the phrase before the preposition: up to four plain
            // words, back to a determiner.
            let mut first = head;
            while first > sentence_start && head - first < 3 {
                let before = first - 1;
                if is_determiner(self.lower(before)) {
                    first = before;
                    break;
                }
                // ("more controls": a comparative quantifier is part of it.)
                let quantifier = matches!(self.lower(before), "more" | "most" | "less" | "fewer");
                if !tokens[before].is_word()
                    || self.used[before]
                    || (PHRASE_BOUNDARY_WORDS.contains(self.lower(before)) && !quantifier)
                {
                    break;
                }
                first = before;
            }
            start = first;
        }
        None
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
    pub(super) fn past_suffix_dot(&self, end: usize) -> usize {
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
    pub(super) fn subject_before_long_appositive(
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
        // "In a statement, the Conservatives, who came third, said": a
        // prepositional phrase and its comma open the sentence before the
        // subject.
        if start < comma
            && matches!(
                self.lower(start),
                "in" | "on" | "at" | "after" | "during" | "before" | "from" | "with" | "under"
            )
        {
            // ("In Alexandria, Va., Lazar said": a place and its state hold
            // a comma of their own.)
            let place_with_state = (start + 1..comma.min(start + 16))
                .filter(|&t| self.is_punct(t, ','))
                .find(|&t| self.place_with_state_ending_at(t, sentence.start).is_some());
            if let Some(opening_comma) = place_with_state
                .or_else(|| (start + 1..comma.min(start + 10)).find(|&t| self.is_punct(t, ',')))
            {
                start = opening_comma + 1;
            }
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
        // ("Representative Mike Coffman of Colorado, a Republican, said":
        // or after where the person is from.)
        let subject_at = |at: usize| {
            self.mentions.starting_at(at).filter(|&m| {
                let last = self
                    .mentions
                    .place_after_person(self.analysis, m)
                    .unwrap_or(m);
                let end = self.past_suffix_dot(self.mentions.mentions[last].tokens.end);
                self.is_punct(end, ',') || self.is_punct(end, '(')
            })
        };
        // "Former House speaker Newt Gingrich, a Trump ally, said", "The
        // Nobel-winning Peruvian novelist Mario Vargas Llosa, …, told": up to
        // four modifier words before the name (looked for first, so that the
        // name's own comma is not taken for the end of an opening phrase).
        // ("In court in Alexandria, Va., Lazar, …, said": a city before its
        // state is a place, not the subject.)
        let is_city = |at: usize| {
            self.mentions.starting_at(at).is_some_and(|m| {
                let end = self.mentions.mentions[m].tokens.end;
                self.is_punct(end, ',') && self.after_state_and_comma(end + 1).is_some()
            })
        };
        let after_modifiers = |start: usize| {
            (1..=4).find(|&skip| {
                start + skip < comma
                    && (start..start + skip).all(|t| self.analysis.tokens[t].is_word())
                    && subject_at(start + skip).is_some()
                    && !is_city(start + skip)
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
            let of_at = (start + 2..phrase_end)
                .find(|&t| matches!(tokens[t].lower.as_str(), "of" | "for" | "at"));
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
            // "The chief executive of Aerolith, the firm that …, said": after
            // a noun naming a speaker, the linked phrase may be a name.
            let names_speaker = head_end > start + 1 && is_speaker_noun(self.lower(head_end - 1));
            let in_linked_phrase = |t: usize| {
                plain(t)
                    || tokens[t].kind == TokenKind::Number
                    || (names_speaker && tokens[t].is_word() && tokens[t].capitalized)
            };
            ((start + 1..head_end).all(plain) && (head_end + 1..phrase_end).all(in_linked_phrase))
                .then_some(phrase_end)
        };
        if subject_at(start).is_none() && article_phrase_end(start).is_none() {
            if let Some(skip) = after_modifiers(start) {
                start += skip;
            } else if let Some(opening_comma) =
                (start..comma.min(start + 16)).find(|&t| self.is_punct(t, ','))
            {
                // "In July, Sammy Aaron, vice chairman of G-III, told …", "In a
                // series of Twitter posts Sunday, Mr. Frum, …, wrote": an
                // opening phrase set off by a comma may come first.
                if self.mentions.starting_at(start).is_none()
                    || subject_at(opening_comma + 1).is_some()
                {
                    start = opening_comma + 1;
                    // "In Alexandria, Va., Lazar, …, said": the state after
                    // the city belongs to the opening phrase.
                    // ("Friday, Texas, leading a coalition, asked": after a
                    // day, the state is the subject.)
                    let city_before = self
                        .mentions
                        .ending_at(opening_comma - 1)
                        .is_some_and(|m| self.mentions.mentions[m].kind == MentionKind::Name);
                    if let Some(after_state) =
                        self.after_state_and_comma(start).filter(|_| city_before)
                    {
                        start = after_state;
                    }
                }
                if let Some(skip) = after_modifiers(start).filter(|_| subject_at(start).is_none()) {
                    start += skip;
                }
            }
        }
        // A mention at the start that an "of" (or "for", "at") phrase goes
        // on ("The employee | of nearly four years,", "A spokeswoman | for
        // Aerolith,") gives way to the whole phrase.
        let existing = self.mentions.starting_at(start).filter(|&m| {
            let end = self.mentions.mentions[m].tokens.end;
            !(matches!(self.lower(end), "of" | "for" | "at") && article_phrase_end(start).is_some())
        });
        let (subject_end, acceptable_kind) = match existing {
            Some(mention) => {
                let mention_data = &self.mentions.mentions[mention];
                let last = self
                    .mentions
                    .place_after_person(self.analysis, mention)
                    .unwrap_or(mention);
                (
                    self.mentions.mentions[last].tokens.end,
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
    /// (25 words, none used by another attribution), so a long sentence
    /// stays linear.
    pub(super) fn head_of_restrictive_relative(
        &mut self,
        source: usize,
        sentence_start: usize,
    ) -> Option<usize> {
        let source_start = self.mentions.mentions[source].tokens.start;
        let lowest = sentence_start.max(source_start.saturating_sub(25));
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
            .find(|&t| {
                matches!(
                    self.lower(t),
                    "who" | "who'd" | "who’d" | "who've" | "who’ve" | "who'll" | "who’ll"
                ) || self.that_opens_relative_clause(t)
            })?;
        // "the man who Trump said was …": "who" right before the phrase
        // is its object, and the phrase is the subject. (Not where the
        // phrase opens on a plain lower-case word: in "A company that runs
        // ferries said" it is the clause's verb and object.)
        let first = &self.analysis.tokens[source_start];
        let phrase_is_clause = first.is_word()
            && !first.capitalized
            && !is_determiner(&first.lower)
            && self.mentions.mentions[source].kind != MentionKind::Pronoun;
        if who <= sentence_start
            || (who + 1 == source_start && !phrase_is_clause)
            || self.used[who - 1]
        {
            return None;
        }
        self.head_before_relative_pronoun(who, sentence_start)
    }

    /// "The union representing workers at the plant called …", "Lawyers
    /// representing the family said …", "Economists polled by Reuters had
    /// expected …": a phrase right after an -ing participle (or a past one
    /// and "by") that modifies the sentence's subject is the participle's
    /// object (or agent), and the subject, a short phrase opening the
    /// sentence, is the source.
    pub(super) fn head_before_participle_modifier(
        &mut self,
        source: usize,
        sentence_start: usize,
    ) -> Option<usize> {
        let mut before_source = self.mentions.mentions[source].tokens.start.checked_sub(1)?;
        // ("obtained by the Guardian": the article may stand outside a
        // name's mention.)
        if before_source > sentence_start && self.lower(before_source) == "the" {
            before_source -= 1;
        }
        // "Economists polled by Reuters had expected …": a past participle
        // and its agent.
        let by_agent = self.lower(before_source) == "by";
        let participle = if by_agent {
            before_source.checked_sub(1)?
        } else {
            before_source
        };
        let token = &self.analysis.tokens[participle];
        let ending = if by_agent { "ed" } else { "ing" };
        let is_participle = token.is_word()
            && !token.capitalized
            && token.lower.len() > 5
            && token.lower.ends_with(ending)
            && !self.used[participle]
            && cue_verb_hashed(self.analysis.token_hashes[participle], &token.lower).is_none()
            && !ADJECTIVE_PARTICIPLES.contains(&token.lower.as_str());
        let subject_words = sentence_start..participle;
        if !is_participle
            || subject_words.is_empty()
            || subject_words.len() > 4
            || subject_words
                .clone()
                .any(|t| !self.analysis.tokens[t].is_word() || self.used[t] || self.in_quote(t))
        {
            return None;
        }
        let head = self
            .mentions
            .ending_at(participle - 1)
            .or_else(|| self.phrase_before(participle, sentence_start, true))?;
        let head_start = self.mentions.mentions[head].tokens.start;
        let opens_sentence = head_start == sentence_start
            || (head_start == sentence_start + 1 && is_determiner(self.lower(sentence_start)));
        // ("Several leading Republicans": a quantifier alone names no one.)
        let lone_quantifier =
            head_start + 1 == participle && QUANTIFIERS.contains(&self.lower(head_start));
        (opens_sentence && !lone_quantifier).then_some(head)
    }

    /// "An exit poll for the broadcasters suggests …", "A report by the
    /// inspector general found …": the phrase before the cue names who made
    /// a document after "for", "by", "from" or "in"; the document, with its
    /// maker, is the source. So are people named after "of": "Families of
    /// residents at the home have described …".
    pub(super) fn document_before_its_author(
        &mut self,
        source: usize,
        sentence_start: usize,
    ) -> Option<usize> {
        let source_mention = &self.mentions.mentions[source];
        let end = source_mention.tokens.end;
        let mut preposition = source_mention.tokens.start.checked_sub(1)?;
        // ("for the BBC": the article may stand outside a name's mention.)
        if preposition > sentence_start && self.lower(preposition) == "the" {
            preposition -= 1;
        }
        if preposition <= sentence_start {
            return None;
        }
        let document = self.mentions.ending_at(preposition - 1)?;
        let document_mention = &self.mentions.mentions[document];
        let start = document_mention.tokens.start;
        let fits = match self.lower(preposition) {
            "for" | "by" | "from" | "in" => document_mention.entity_kind == EntityKind::Document,
            // (A plural noun opening the sentence, "Families", may have been
            // read as a name.)
            "of" => matches!(
                document_mention.entity_kind,
                EntityKind::Document | EntityKind::Group
            ),
            _ => false,
        };
        if !fits || self.used[start..end].contains(&true) {
            return None;
        }
        Some(self.mentions.add_ad_hoc(self.analysis, start..end))
    }

    /// Whether the "that" at `token` opens a relative clause on the noun
    /// before it ("A ferry company that links the islands to the mainland
    /// has warned …"): a lower-case word follows that is neither a
    /// determiner nor a pronoun (those open a clause of the noun's content:
    /// "the fear that the bridge …"), and a noun with no preposition before
    /// it ends the phrase before.
    fn that_opens_relative_clause(&self, token: usize) -> bool {
        let tokens = &self.analysis.tokens;
        if self.lower(token) != "that" || token == 0 {
            return false;
        }
        let Some(next) = tokens.get(token + 1) else {
            return false;
        };
        let verb_like = next.is_word()
            && !next.capitalized
            && !is_determiner(&next.lower)
            && !matches!(
                next.lower.as_str(),
                "he" | "she" | "they" | "it" | "we" | "i" | "you" | "there" | "this" | "these"
            );
        let before = &tokens[token - 1];
        let noun_before = before.is_word()
            && !self.opens_adjunct(token - 1)
            && !matches!(
                before.lower.as_str(),
                "so" | "such" | "now" | "is" | "was" | "and"
            );
        verb_like
            && noun_before
            && (self.mentions.ending_at(token - 1).is_some() || is_speaker_noun(&before.lower))
    }

    /// "Kaplan and Barrett also agreed …": two people named as one subject,
    /// the person named by mention `second` and another before "and",
    /// speak together (not where a list or a preposition comes before
    /// them: "a meeting between Trump and Clinton").
    fn people_named_together(&mut self, second: usize, sentence_start: usize) -> Option<usize> {
        // (A surname alone is of no known kind.)
        let is_person_name = |mention: &crate::mentions::Mention| {
            mention.kind == MentionKind::Name
                && matches!(
                    mention.entity_kind,
                    EntityKind::Person | EntityKind::Unknown
                )
        };
        let second_mention = &self.mentions.mentions[second];
        let and = second_mention.tokens.start.checked_sub(1)?;
        if !is_person_name(second_mention) || self.lower(and) != "and" || and <= sentence_start {
            return None;
        }
        let first = self.mentions.ending_at(and - 1)?;
        let first_mention = &self.mentions.mentions[first];
        let start = first_mention.tokens.start;
        // The pair opens the sentence, or stands after an opening phrase's
        // comma ("On Tuesday, Kaplan and Barrett …", not the end of a list
        // "Bush, Trump and Clinton") or a conjunction.
        let opens_subject = start == sentence_start
            || (start > sentence_start
                && (matches!(self.lower(start - 1), "but" | "and" | "so" | "yet" | "both")
                    || (self.is_punct(start - 1, ',')
                        && start >= sentence_start + 2
                        && self.mentions.ending_at(start - 2).is_none())));
        if !is_person_name(first_mention)
            || !opens_subject
            || self.used[start..=and].contains(&true)
            || first_mention.entity == second_mention.entity
        {
            return None;
        }
        let end = second_mention.tokens.end;
        Some(
            self.mentions
                .add_coordinated_names(self.analysis, start..end),
        )
    }

    /// "Republicans who praised the deal warned …": where an attribution
    /// found inside a restrictive relative clause (its source the relative
    /// pronoun) ends right before the cue at `cue_start`, the cue is the
    /// main verb and its subject is the phrase before the pronoun. Only the
    /// last few attributions found are looked at.
    pub(super) fn head_of_reported_relative_clause(
        &mut self,
        cue_start: usize,
        sentence_start: usize,
    ) -> Option<usize> {
        let relative = self.found.iter().rev().take(4).find_map(|found| {
            let source = found.source?;
            let mention = &self.mentions.mentions[source];
            let pronoun = mention.tokens.start;
            (mention.kind == MentionKind::Relative
                && matches!(self.lower(pronoun), "who" | "that")
                && pronoun > sentence_start
                && found.content.last()?.end == cue_start)
                .then_some(source)
        })?;
        let who = self.mentions.mentions[relative].tokens.start;
        if self.used[who - 1] || !self.analysis.tokens[who - 1].is_word() {
            return None;
        }
        // "Another Muslim who worshiped here and who didn't want to be
        // named said": where no phrase stands right before the pronoun, the
        // pronoun stands for the subject (and resolves to its head).
        self.head_before_relative_pronoun(who, sentence_start)
            .or(Some(relative))
    }

    /// The phrase before the relative pronoun at `who`, the subject of the
    /// main verb after the relative clause.
    fn head_before_relative_pronoun(&mut self, who: usize, sentence_start: usize) -> Option<usize> {
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
    pub(super) fn subject_before_relative_clause(
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
            // "Senator Chris Murphy of Connecticut, who …, said".
            Some(mention) => self.mentions.person_before_place(self.analysis, mention),
            // "A Warren adviser, who spoke on condition of anonymity, said":
            // a noun phrase headed by a speaker noun, opening the sentence.
            None => {
                let tokens = &self.analysis.tokens;
                // "One ally, who asked not to be named, said": any plain
                // noun after a determiner or a number that opens the
                // sentence heads such a phrase too.
                let determined_noun = head > sentence_start
                    && head - sentence_start <= 3
                    && is_plain_lower_word(&tokens[head])
                    && self.determiner_or_number_at(sentence_start);
                if !tokens[head].is_word()
                    || !(is_speaker_noun(&tokens[head].lower) || determined_noun)
                {
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
    pub(super) fn phrase_after(
        &mut self,
        start: usize,
        sentence_end: usize,
        allow_generic: bool,
    ) -> Option<usize> {
        if start >= sentence_end {
            return None;
        }
        // "wrote film director Osman Abu Laban": up to two modifiers first,
        // which may be numbers ("said 9/11 widow Terry Strada").
        // "9/11" is three tokens but one modifier.
        let tokens = &self.analysis.tokens;
        let slashed_number = start + 2 < sentence_end
            && tokens[start].kind == TokenKind::Number
            && tokens[start + 1].is_punct('/')
            && !tokens[start + 1].space_before
            && tokens[start + 2].kind == TokenKind::Number
            && !tokens[start + 2].space_before;
        let first = if slashed_number { start + 2 } else { start };
        for skip in 0..3 {
            let at = first + skip;
            let modifier = |t: &crate::text::Token| t.is_word() || t.kind == TokenKind::Number;
            if at >= sentence_end || (skip > 0 && !modifier(&self.analysis.tokens[at - 1])) {
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
            // "says striking nurses’ leader": a plural's possessive mark.
            let plural_possessive = index > start
                && self.is_plural_possessive_mark(index)
                && tokens.get(index + 1).is_some_and(|next| next.is_word());
            if !(token.is_word() || token.kind == TokenKind::Number || plural_possessive)
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
    pub(super) fn quote_opens_after_adjuncts(&self, start: usize, sentence_end: usize) -> bool {
        for index in start..sentence_end.min(start + 8) {
            // A programme's title is part of the adjuncts ("said on MSNBC’s
            // “Morning Joe”"), not a quotation of what was said.
            if self.quotes.opening_at(index).is_some() {
                if index > start && self.is_quoted_title(index) {
                    continue;
                }
                return true;
            }
            // "said in his 2012 book, ''An American Son.''": a title after
            // the comma ends the adjuncts with no quotation.
            if self.is_punct(index, ',') || self.is_punct(index, ':') {
                return self.quotes.opening_at(index + 1).is_some()
                    && !(index > start && self.is_quoted_title(index + 1));
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
                // "Air Force 1st Lt. Tyler Livingston": an ordinal before a
                // rank is a modifier too.
                let ordinal = previous.kind == TokenKind::Number
                    && ["st", "nd", "rd", "th"]
                        .iter()
                        .any(|suffix| previous.lower.ends_with(suffix));
                if !(previous.is_word() || ordinal)
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

    /// The last token of a mention (or of a phrase's head) standing before
    /// a short adjunct that ends at `last`, if there is one: a time
    /// ("McConnell | on Tuesday", "Obama | earlier this month", "who | in
    /// 2010", "Okafor | late Friday") or the message it was said in
    /// ("Okafor | in a statement", "in a televised interview").
    fn subject_before_adjunct(&self, last: usize, sentence_start: usize) -> Option<usize> {
        let tokens = &self.analysis.tokens;
        let lower = |t: usize| tokens[t].lower.as_str();
        // ("less than two weeks ago" is one word longer than the others.)
        let longest = LONGEST_ADJUNCT + usize::from(lower(last) == "ago");
        let earliest = last.saturating_sub(longest - 1).max(sentence_start + 1);
        if let Some(start) = self
            .time_adjunct_starts(last, earliest)
            .find(|&start| self.stands_before_adjunct(start))
        {
            return Some(start - 1);
        }
        // "in a statement", "in a televised interview".
        let medium = (last.saturating_sub(3).max(sentence_start + 1)..last.saturating_sub(1)).find(
            |&start| {
                lower(start) == "in"
                    && is_determiner(lower(start + 1))
                    && (start + 2..last).all(|t| tokens[t].is_word() && !self.used[t])
                    && (MESSAGE_NOUNS.contains(&lower(last))
                        || matches!(lower(last), "interview" | "speech"))
            },
        );
        if let Some(start) = medium.filter(|&start| self.stands_before_adjunct(start)) {
            return Some(start - 1);
        }
        // "House members in competitive races voiced …", "Supporters at the
        // rally chanted …": a short prepositional phrase after the subject,
        // with no verb or clause word in it. The subject's head is what
        // speaks; a share ("one in five say") is no subject with an adjunct.
        let place = (earliest..last).rev().find(|&start| {
            matches!(lower(start), "in" | "at" | "on" | "during")
                && (start + 1..=last).all(|t| {
                    let token = &tokens[t];
                    token.is_word()
                        && !self.used[t]
                        && !PHRASE_BOUNDARY_WORDS.contains(token.lower.as_str())
                        && !matches!(token.lower.as_str(), "to" | "that" | "who" | "which")
                        && cue_verb(&token.lower).is_none()
                })
        })?;
        self.stands_before_adjunct(place).then_some(place - 1)
    }

    /// The tokens from `last` back to `earliest` at which a time adjunct
    /// ending at `last` may open ("on Tuesday", "late Friday", "this past
    /// week", "in 2010"), nearest first.
    fn time_adjunct_starts(
        &self,
        last: usize,
        earliest: usize,
    ) -> impl Iterator<Item = usize> + '_ {
        let tokens = &self.analysis.tokens;
        let lower = |t: usize| tokens[t].lower.as_str();
        let is_time_word = move |t: usize| {
            let token = &tokens[t];
            DAY_WORDS.contains(&lower(t))
                || (MONTH_WORDS.contains(&lower(t)) && token.capitalized)
                || (token.kind == TokenKind::Number && token.span.len() <= 4)
                // "less than two weeks ago", "a year ago".
                || (lower(t) == "ago" && t == last)
        };
        // The amount and unit of an "ago" ending the adjunct.
        let ago = lower(last) == "ago";
        let is_ago_part = move |t: usize| {
            ago && (small_number_word_value(lower(t)).is_some()
                || matches!(
                    lower(t),
                    "a" | "an"
                        | "few"
                        | "several"
                        | "less"
                        | "more"
                        | "than"
                        | "about"
                        | "nearly"
                        | "almost"
                        | "just"
                        | "minutes"
                        | "hours"
                        | "day"
                        | "days"
                        | "week"
                        | "weeks"
                        | "month"
                        | "months"
                        | "year"
                        | "years"
                        | "decade"
                        | "decades"
                ))
        };
        // Words that may stand in a time adjunct besides the time words.
        let is_time_filler = move |t: usize| {
            matches!(
                lower(t),
                "on" | "in"
                    | "at"
                    | "during"
                    | "earlier"
                    | "later"
                    | "late"
                    | "early"
                    | "last"
                    | "this"
                    | "next"
                    | "the"
                    // "Wells Fargo just this month announced"
                    | "just"
                    // "this past week"
                    | "past"
            ) || (tokens[t].is_punct('.') && !tokens[t].space_before)
        };
        let mut any_time_word = false;
        (earliest..=last)
            .rev()
            .take_while(move |&start| {
                !self.used[start]
                    && (is_time_word(start) || is_time_filler(start) || is_ago_part(start))
            })
            .filter(move |&start| {
                any_time_word |= is_time_word(start);
                // A time adjunct opens on a preposition or a time word, not
                // on "the" or a dot.
                !matches!(lower(start), "the" | "." | "than") && any_time_word
            })
    }

    /// "Reince Priebus, the GOP chairman, this past week announced": the
    /// start of a time adjunct between a comma and the cue at `cue_start`,
    /// where the subject phrase, ending at the comma, is read from.
    pub(super) fn time_adjunct_after_comma(
        &self,
        cue_start: usize,
        sentence_start: usize,
    ) -> Option<usize> {
        let last = cue_start.checked_sub(1)?;
        let earliest = last
            .saturating_sub(LONGEST_ADJUNCT - 1)
            .max(sentence_start + 2);
        if last < earliest {
            return None;
        }
        self.time_adjunct_starts(last, earliest)
            .find(|&start| self.is_punct(start - 1, ','))
    }

    /// Whether a mention, or a word that heads a phrase without being one
    /// ("The White House", "the company"), ends right before `start`, and
    /// the adjunct at `start` is no part of a mention ("Theresa May") and
    /// no share's denominator ("Six in 10", "one in five").
    fn stands_before_adjunct(&self, start: usize) -> bool {
        let before = &self.analysis.tokens[start - 1];
        let inside_a_mention = self.mentions.mention_at_token[start]
            .is_some_and(|m| self.mentions.mentions[m].tokens.start < start);
        let a_share = before.kind == TokenKind::Number
            || small_number_word_value(&before.lower).is_some()
            || QUANTIFIERS.contains(&before.lower.as_str());
        if inside_a_mention || a_share {
            return false;
        }
        // "the narrator in the ad said": a lower-case noun after a
        // determiner heads a phrase too, whether or not it names a speaker.
        let after_determiner = start >= 2
            && matches!(
                self.analysis.tokens[start].lower.as_str(),
                "in" | "at" | "on" | "during"
            )
            && is_determiner(&self.analysis.tokens[start - 2].lower)
            && !self.used[start - 2];
        self.mentions.ending_at(start - 1).is_some()
            || (before.is_word()
                && !self.used[start - 1]
                && (before.capitalized || is_speaker_noun(&before.lower) || after_determiner)
                && !PHRASE_BOUNDARY_WORDS.contains(before.lower.as_str()))
    }
}
