//! The last steps: quoted paragraphs with no cue of their own continue the
//! latest speaker; pronoun and relative-pronoun sources are resolved to an
//! entity, in text order, preferring recent speakers whose gender agrees;
//! and each attribution is classified as direct, mixed or indirect, which
//! sets its confidence.

use super::*;
use crate::mentions::contraction_base;
use crate::mentions::lexicon::DEMONYMS;

/// Salience bonuses of a pronoun's antecedent, on top of minus its distance
/// in sentences: the latest speaker, another recent speaker, a gender that
/// matches, a person.
const LATEST_SPEAKER_BONUS: f32 = 2.5;
const RECENT_SPEAKER_BONUS: f32 = 1.5;
const GENDER_MATCH_BONUS: f32 = 0.5;
const PERSON_BONUS: f32 = 0.5;
/// For "they" or "them", a plural antecedent ("Indiana politicians …
/// They") over an organisation, which "they" only sometimes stands for:
/// news writes "the company said it …". (The bonus is at most the gender
/// and person bonuses, which "they" never gets, so that
/// `MOST_SALIENCE_BONUS` still bounds every score.)
const PLURAL_BONUS: f32 = GENDER_MATCH_BONUS + PERSON_BONUS;
/// For "they" or "them", what a singular organisation loses: it stays an
/// antecedent where no plural one is near.
const ORGANIZATION_AS_THEY_PENALTY: f32 = 2.0;
/// For the mention opening the sentence before, when the pronoun opens its
/// own: "Whitmer was less sure. She said …" goes on about Whitmer, even
/// after another woman spoke ("Warren said …").
const CONTINUED_SUBJECT_BONUS: f32 = 2.5;
/// Words that open a phrase before the main clause's subject: prepositions
/// ("In a statement, she said …"), "when" and "speaking" ("Speaking to
/// reporters, he said …"). ("Asked" is looked for on its own.)
const OPENING_PREPOSITIONS: &[&str] = &[
    "in", "at", "on", "during", "after", "before", "when", "speaking",
];
/// The most any antecedent more than one sentence back can gain, which
/// bounds the search: once the best score so far beats this minus a
/// candidate's distance, no farther one wins. (The continued subject's
/// bonus only goes to the sentence just before.)
const MOST_SALIENCE_BONUS: f32 = LATEST_SPEAKER_BONUS + GENDER_MATCH_BONUS + PERSON_BONUS;

/// Nouns that refer back to someone named before, in place of a name:
/// nationals ("the Spaniard"; the adjectives of [`DEMONYMS`] serve too:
/// "the German"), an age or a standing ("the veteran"), a position on a
/// team ("the winger").
#[rustfmt::skip]
const EPITHETS: &[&str] = &[
    "spaniard", "catalan", "basque", "frenchman", "frenchwoman", "dutchman", "englishman",
    "englishwoman", "scot", "scotsman", "welshman", "irishman", "argentine", "argentinian",
    "portuguese", "belgian", "norwegian", "swede", "dane", "finn", "croat", "serb", "austrian",
    "colombian", "uruguayan", "chilean", "ghanaian", "senegalese", "moroccan", "turk", "texan",
    "veteran", "youngster", "teenager", "rookie", "newcomer", "winger", "striker", "midfielder",
    "defender", "forward", "goalkeeper", "playmaker",
];

/// Endings of adverbs that open sentences ("Clearly", "Obviously",
/// "Reportedly"), and of no common name.
const ADVERB_ENDINGS: &[&str] = &[
    "ally", "ously", "ently", "antly", "ively", "ately", "fully", "lessly", "ibly", "ably", "arly",
    "ctly", "rtly", "ndly", "edly", "ghtly",
];

impl Attributor<'_, '_> {
    /// Quoted paragraphs without a cue of their own continue the last speaker.
    pub(super) fn find_continuations(&mut self) {
        sort_by_position(&mut self.found, |attribution| attribution.content[0].start);
        let mut additions = Vec::new();
        for region in &self.quotes.regions {
            let first = region.first_token();
            let last = region.last_token();
            if (first..=last).any(|t| self.used[t]) || region.word_count(self.analysis) == 0 {
                continue;
            }
            let starts_paragraph = self.analysis.opens_paragraph(first);
            let sentence = self.sentence_range(first);
            let starts_sentence = sentence.start == first;
            let ends_sentence = self.sentence_range(last).end <= last + 2;
            // The latest earlier attribution, within two paragraphs.
            let starting_before = self.found.partition_point(|a| a.content[0].start < first);
            let previous = (starting_before.saturating_sub(20)..starting_before)
                .rev()
                .find(|&i| self.found[i].content.last().is_some_and(|c| c.end <= first));
            let Some(mut previous) = previous else {
                continue;
            };
            let behind_clauses = self.quote_behind_its_own_clauses(previous, first);
            if let Some(quoting) = behind_clauses {
                previous = quoting;
            }
            if !(starts_paragraph || starts_sentence) || !ends_sentence {
                // “A,” said Aida. Biden “kind of misspoke.”: a sentence that
                // quotes without a cue of its own, in the same paragraph.
                if let Some(part) = self.sentence_quoting_on(previous, first, last) {
                    self.used[part.clone()].fill(true);
                    self.found[previous].content.push(part);
                }
                continue;
            }
            let previous_token = self.found[previous].content.last().map_or(0, |c| c.end - 1);
            let previous_paragraph = self.analysis.paragraph_of_token(previous_token);
            let this_paragraph = self.analysis.paragraph_of_token(first);
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
            // “A,” said Hughes. Park disagreed. “B.”: another person, the
            // subject of the short sentence right before, says B.
            // "Asked whether …, the Spaniard was defiant. “B.”": the one
            // asked answers.
            if let Some(subject) = self
                .one_asked(previous, this_paragraph)
                .or_else(|| self.speaker_introduced_before(previous, first))
            {
                for part in &parts {
                    self.used[part.clone()].fill(true);
                }
                additions.push(Attribution {
                    content: parts,
                    cue: None,
                    source: Some(subject),
                    entity: None,
                    kind: QuoteKind::Direct,
                    confidence: 0.5,
                    pattern: Pattern::Continuation,
                    inherits_from: None,
                });
                continue;
            }
            // In the same paragraph, right after a quote and its attribution
            // (“A,” she said. “B.”), the quote goes on: one more part.
            let previous_ends_in_quote = self.ends_in_quotation(&self.found[previous]);
            // (Past the clauses that the quote stood behind, a phrase they
            // hold at arm's length does not count.)
            let longest_phrase = if behind_clauses.is_some() { 3 } else { 0 };
            let nothing_quoted_between =
                self.only_titles_or_short_phrases_quoted(previous_token + 1, first, longest_phrase);
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

    /// For `found[previous]`, a question reported by "Asked …," with no
    /// asker named, in paragraph `paragraph`: the mention right after the
    /// question's comma, the subject who was asked.
    fn one_asked(&self, previous: usize, paragraph: usize) -> Option<usize> {
        let attribution = &self.found[previous];
        let cue = attribution.cue.as_ref()?;
        if attribution.source.is_some()
            || cue.len() != 1
            || self.lower(cue.start) != "asked"
            || self.analysis.paragraph_of_token(cue.start) != paragraph
        {
            return None;
        }
        let comma = attribution.content.last()?.end;
        if !self.is_punct(comma, ',') {
            return None;
        }
        let subject = self.mention_at_or_after_the(comma + 1)?;
        matches!(
            self.mentions.mentions[subject].kind,
            MentionKind::Name | MentionKind::Nominal | MentionKind::Pronoun
        )
        .then_some(subject)
    }

    /// The person who opens the short sentence right before the quotation
    /// at token `first` ("Park disagreed.", "Her neighbour, Daniel Park, was
    /// more hopeful."), when that sentence follows `found[previous]`,
    /// quotes nothing, holds no attribution, and its subject is a person
    /// other than `found[previous]`'s speaker, or "he" or "she": a reader
    /// takes the quotation that follows as that person's words, not as more
    /// of the speaker before (PolNeAR's annotators mark a quote of its own
    /// after "He then had a question for the crowd." too).
    fn speaker_introduced_before(&self, previous: usize, first: usize) -> Option<usize> {
        /// The longest such sentence: a longer one is narrative.
        const LONGEST_SENTENCE: usize = 16;
        let attribution = &self.found[previous];
        let previous_end = attribution.content.last()?.end;
        let sentence_index = self.analysis.sentence_of_token[first].checked_sub(1)?;
        let sentence = self.analysis.sentences[sentence_index].tokens.clone();
        let tokens = &self.analysis.tokens;
        let clear = sentence.start >= previous_end
            && sentence.end == first
            && sentence.len() <= LONGEST_SENTENCE
            && tokens[sentence.end - 1].is_punct('.')
            && !sentence.clone().any(|t| self.used[t] || self.in_quote(t));
        if !clear {
            return None;
        }
        let mut subject = self.mentions.starting_at(sentence.start)?;
        let mut after = self.mentions.mentions[subject].tokens.end;
        // "Her neighbour, Daniel Park, …": the name in apposition.
        if self.is_punct(after, ',') {
            let appositive = self
                .mentions
                .starting_at(after + 1)
                .filter(|&m| self.mentions.mentions[m].kind == MentionKind::Name)?;
            after = self.mentions.mentions[appositive].tokens.end;
            if !self.is_punct(after, ',') {
                return None;
            }
            subject = appositive;
            after += 1;
        }
        let mention = &self.mentions.mentions[subject];
        let is_person = matches!(mention.kind, MentionKind::Name | MentionKind::Nominal)
            && mention.entity_kind == EntityKind::Person;
        let verb_follows = tokens
            .get(after)
            .is_some_and(|token| token.is_word() && !token.capitalized);
        let other_speaker = attribution
            .source
            .and_then(|source| self.mentions.mentions[source].entity)
            .zip(mention.entity)
            .is_some_and(|(before, now)| before != now);
        // "“A,” Trump added. He then had a question for the crowd. ¶ “B?”":
        // the same speaker, named again as the subject of a sentence of the
        // writer's, starts a quote of their own.
        let pronoun_again = mention.kind == MentionKind::Pronoun
            && matches!(self.lower(mention.tokens.start), "he" | "she");
        ((is_person && other_speaker) || pronoun_again)
            .then_some(subject)
            .filter(|_| verb_follows)
    }

    /// “A,” said Aida, who wrote a book. Biden “kind of misspoke.”, “A,”
    /// said Kirk. ‘‘B’’ or to control the arsenal.: right after a quote and
    /// its attribution (`found[previous]`), in the same paragraph, a
    /// sentence with no cue of its own that quotes (from token `first` to
    /// `last`) goes on with what the speaker said. The part is the whole
    /// sentence, or the quotation alone when a dash follows it (the writer's
    /// gloss). `None` when the sentence holds an attribution, another
    /// quotation before this one, is mostly the writer's own words, or is
    /// far longer than such a sentence.
    fn sentence_quoting_on(
        &self,
        previous: usize,
        first: usize,
        last: usize,
    ) -> Option<Range<usize>> {
        /// The longest sentence taken whole; a longer one is the writer's.
        const LONGEST_SENTENCE: usize = 80;
        /// How far the sentence may start after the quote it continues:
        /// past the attribution's own words, no further (the bound keeps a
        /// long paragraph of quotes linear).
        const LONGEST_GAP: usize = 60;
        let attribution = &self.found[previous];
        if attribution.pattern != Pattern::ContentFirst || !self.ends_in_quotation(attribution) {
            return None;
        }
        let previous_end = attribution.content.last()?.end;
        let start = self.sentence_range(first).start;
        let end = self.sentence_range(last).end;
        let tokens = &self.analysis.tokens;
        let clear = self.analysis.paragraph_of_token(previous_end - 1)
            == self.analysis.paragraph_of_token(first)
            && start >= previous_end
            && start - previous_end <= LONGEST_GAP
            && end - start <= LONGEST_SENTENCE
            && self.only_titles_quoted(previous_end, start)
            && self.only_titles_quoted(start, first)
            && !(start..end).any(|t| self.used[t]);
        if !clear {
            return None;
        }
        // Mostly quoted: a title or a scare-quoted word in the writer's own
        // sentence ("helped revive ‘‘Twin Peaks,’’ the cult series") is no
        // more of what the speaker said.
        let words = (start..end).filter(|&t| tokens[t].is_word()).count();
        let quoted_words = (start..end)
            .filter(|&t| tokens[t].is_word() && self.in_quote(t))
            .count();
        if quoted_words * 2 < words {
            return None;
        }
        let dash_follows = tokens
            .get(last + 1)
            .is_some_and(|next| matches!(next.kind, TokenKind::Punct('-' | '—' | '–')));
        let mut part_end = if dash_follows { last + 1 } else { end };
        while part_end > first + 1
            && is_terminal_punct(tokens[part_end - 1].kind)
            && !self.in_quote(part_end - 1)
        {
            part_end -= 1;
        }
        Some(start..part_end)
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
        self.only_titles_or_short_phrases_quoted(from, to, 0)
    }

    /// Whether no token from `from` up to `to` is quoted, except in quoted
    /// titles and in quotations of at most `longest_phrase` words (a
    /// phrase held at arm's length: "prices had ‘cratered’").
    fn only_titles_or_short_phrases_quoted(
        &self,
        from: usize,
        to: usize,
        longest_phrase: usize,
    ) -> bool {
        let mut token = from;
        while token < to {
            let short_phrase = || {
                longest_phrase > 0
                    && self.quotes.opening_at(token).is_some_and(|region| {
                        let region = &self.quotes.regions[region];
                        region.parts.len() == 1
                            && region.word_count(self.analysis) <= longest_phrase
                    })
            };
            if self.is_quoted_title(token) || short_phrase() {
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
        // (A word or two the clauses hold at arm's length is no quote the
        // quotation could continue: "said Mr. Ekovich, who noted that prices
        // had ''cratered''. ''B.''")
        // (Only behind a whole quotation: "called the behaviour
        // “outrageous”, she added …" quotes a phrase, which a new quotation
        // does not continue.)
        let whole_quotation = self.found[quoting]
            .content
            .first()
            .is_some_and(|part| self.quotes.opening_at(part.start).is_some());
        let nothing_quoted_between = self.only_titles_quoted(quote_end, first)
            || (whole_quotation && self.only_titles_or_short_phrases_quoted(quote_end, first, 3));
        (clauses_inside && nothing_quoted_between).then_some(quoting)
    }

    /// Gives every attribution its entity: sources with a grouped mention
    /// use that entity; pronouns and relatives are resolved to the most
    /// salient earlier entity that agrees with them; participles and
    /// continuations take the speaker they continue.
    pub(super) fn resolve_speakers(&mut self) {
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
        sort_by_position(&mut antecedents, |&m| {
            self.mentions.mentions[m].tokens.start
        });
        let by_first_token: HashMap<usize, usize> = self
            .found
            .iter()
            .enumerate()
            .map(|(index, a)| (a.content[0].start, index))
            .collect();
        for index in 0..self.found.len() {
            let entity = if let Some(source) = self.found[index].source {
                match self.mentions.mentions[source].entity {
                    Some(entity) if self.is_epithet(source, entity) => {
                        match self.resolve_pronoun(source, index, &antecedents, true) {
                            Some(resolved) => {
                                self.mentions.reattach(source, resolved);
                                Some(resolved)
                            }
                            None => Some(entity),
                        }
                    }
                    Some(entity) => Some(entity),
                    None => {
                        let resolved = self.resolve_pronoun(source, index, &antecedents, false);
                        if let Some(entity) = resolved {
                            self.mentions.attach(source, entity);
                        }
                        resolved
                    }
                }
            } else if let Some(entity) = self.found[index].entity {
                // Set when found: an interview's answer.
                Some(entity)
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

    /// Whether mention `index`, all that its `entity` has, is an epithet
    /// that sports and profile writing use for someone named before: "the
    /// Spaniard", "the 42-year-old", "the winger" ("The Spaniard praised
    /// his players" after "Mikel Arteta said …").
    fn is_epithet(&self, index: usize, entity: usize) -> bool {
        let mention = &self.mentions.mentions[index];
        if self.mentions.entities[entity].mentions.len() != 1 {
            return false;
        }
        let tokens = mention.tokens.clone();
        let head = if self.lower(tokens.start) == "the" {
            tokens.start + 1..tokens.end
        } else if tokens.start > 0 && self.lower(tokens.start - 1) == "the" {
            tokens
        } else {
            return false;
        };
        if head.len() != 1 {
            return false;
        }
        let word = self.lower(head.start);
        word.ends_with("-year-old") || EPITHETS.contains(&word) || DEMONYMS.contains(&word)
    }

    fn latest_speaker_before(&self, index: usize) -> Option<usize> {
        self.found[..index]
            .iter()
            .rev()
            .take(20)
            .find_map(|a| a.entity)
    }

    /// "Rep. Dana Whitfield, a Democrat who …": the person named before
    /// the comma of an appositive that mention `index` opens (with or
    /// without its article), for a relative pronoun on the appositive.
    fn person_before_appositive(&self, index: usize) -> Option<usize> {
        let start = self.mentions.mentions[index].tokens.start;
        let phrase_start = if start > 0 && matches!(self.lower(start - 1), "a" | "an" | "the") {
            start - 1
        } else {
            start
        };
        let comma = phrase_start
            .checked_sub(1)
            .filter(|&c| self.is_punct(c, ','))?;
        let person = self.mentions.ending_at(comma.checked_sub(1)?)?;
        let person_mention = &self.mentions.mentions[person];
        (person_mention.kind == MentionKind::Name
            && person_mention.entity_kind == EntityKind::Person)
            .then_some(person)
    }

    /// The entity that pronoun (or relative, or epithet) mention
    /// `mention_index`, the source of `found[attribution_index]`, refers
    /// to. An epithet ([`Self::is_epithet`]) is resolved as "he" or "she"
    /// is, its gender unknown.
    fn resolve_pronoun(
        &self,
        mention_index: usize,
        attribution_index: usize,
        antecedents: &[usize],
        epithet: bool,
    ) -> Option<usize> {
        let mention = &self.mentions.mentions[mention_index];
        // "she’d" is "she".
        let written = self.analysis.tokens[mention.tokens.start].lower.as_str();
        let pronoun = if epithet {
            "he or she"
        } else {
            contraction_base(written).unwrap_or(written)
        };
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
                    if let Some(opening) = self.opening_bracket(index, floor) {
                        index = opening;
                        continue;
                    }
                }
                if let Some(candidate) = self.mentions.mention_at_token[index] {
                    // "Gov. John Kasich of Ohio, a Republican who …".
                    let candidate = self.mentions.person_before_place(self.analysis, candidate);
                    let candidate = self
                        .person_before_appositive(candidate)
                        .unwrap_or(candidate);
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
        // A pronoun that opens a sentence after a full stop is its subject;
        // one after a closing quotation mark ("“…,” she wrote.") only
        // names the quote's speaker.
        let sentence_start = self.sentence_range(position).start;
        let pronoun_opens_sentence = sentence_start == position
            && position.checked_sub(1).is_some_and(|previous| {
                self.analysis.tokens[previous].kind == TokenKind::Punct('.')
            });
        // "Ward is not convinced. “…,” he said.": after a quotation that
        // opens its sentence, the pronoun goes on with the subject before
        // as one opening the sentence would.
        // (The quotation may hold sentences of its own: the subject is the
        // one before the sentence it opens.)
        let opening_quotation_sentence = position
            .checked_sub(1)
            .and_then(|before| self.quotes.closing_at(before))
            .map(|region| self.quotes.regions[region].first_token())
            .filter(|&first| self.sentence_range(first).start == first)
            .map(|first| self.analysis.sentence_of_token[first]);
        let pronoun_after_opening_quotation = opening_quotation_sentence.is_some();
        let subject_sentence = opening_quotation_sentence.unwrap_or(this_sentence);
        // "Santos had been linked with Arsenal. Asked about the interest, he
        // said …": after an opening participle or prepositional phrase, the
        // pronoun is still the sentence's subject. (Not after one that names
        // someone: "While President Obama has cautioned …, he has …".)
        let pronoun_opens_main_clause = position > sentence_start + 1
            && self.is_punct(position - 1, ',')
            && {
                let opening = self.lower(sentence_start);
                opening == "asked" || OPENING_PREPOSITIONS.contains(&opening)
            }
            && (sentence_start..position - 1)
                .all(|t| !self.is_punct(t, ',') && self.mentions.mention_at_token[t].is_none());
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
        let own_content = &self.found[attribution_index].content;
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
            let most_bonus = if distance <= 1.0 || candidate_sentence + 1 >= subject_sentence {
                MOST_SALIENCE_BONUS + CONTINUED_SUBJECT_BONUS
            } else {
                MOST_SALIENCE_BONUS
            };
            if best.is_some_and(|(best_score, _)| most_bonus - distance <= best_score) {
                break;
            }
            let entity = &self.mentions.entities[entity_index];
            // A lone capitalised word of no known kind may be no name at all.
            let lone_word = (entity.kind == EntityKind::Unknown && entity.name_words.len() == 1)
                .then(|| entity.name_words[0].as_str());
            // "Sales were great, he said.": inside what the pronoun reports it
            // most often is none. (A full name there is often the speaker's
            // own, in the writer's paraphrase: "Ms. Nwanguma was shocked, she
            // said.")
            if lone_word.is_some()
                && own_content
                    .iter()
                    .any(|part| part.contains(&candidate.tokens.start))
            {
                continue;
            }
            let pronoun_gender = mention.gender;
            // "Clearly it is vital, he said.": one with an adverb's ending
            // that only ever opens a sentence is the adverb, which no "he" or
            // "she" can mean ("Kelly", "Reilly" and "Connolly" end otherwise);
            // "Several analysts agreed.": nor a quantifier taken for a name.
            // (A word seldom written: one repeated all over the text is not
            // looked at mention by mention for every pronoun.)
            let sentence_opening_adverb = lone_word.is_some_and(|word| {
                ADVERB_ENDINGS.iter().any(|ending| word.ends_with(ending))
                    || QUANTIFIERS.contains(&word)
            }) && entity.mentions.len() <= 4
                && entity.mentions.iter().all(|&m| {
                    let start = self.mentions.mentions[m].tokens.start;
                    self.sentence_range(start).start == start
                });
            // "… sanctions against Russian institutions, he said": nor a
            // nationality, wherever it stands.
            let nationality = lone_word.is_some_and(|word| DEMONYMS.contains(&word));
            let agrees = match pronoun {
                // (An epithet refers back to someone known to be a person:
                // "the Slovenia-born former model" is no name of one.)
                "he or she" => entity.kind == EntityKind::Person && !entity.plural,
                "he" | "him" | "she" | "her" => {
                    !entity.plural
                        && matches!(entity.kind, EntityKind::Person | EntityKind::Unknown)
                        && !sentence_opening_adverb
                        && !nationality
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
            if matches!(pronoun, "they" | "them") {
                if entity.plural {
                    score += PLURAL_BONUS;
                } else if entity.kind == EntityKind::Organization {
                    score -= ORGANIZATION_AS_THEY_PENALTY;
                }
            }
            // (Only a person: a capitalised word opening the sentence before,
            // "Emails …", "Top advisers …", is often no name at all.)
            // (After a quotation, only a name that is the whole subject:
            // "Obama consultant Cornell Belcher …" is not about Obama.)
            let whole_name_subject = || {
                candidate.kind == MentionKind::Name
                    && self
                        .analysis
                        .tokens
                        .get(candidate.tokens.end)
                        .is_some_and(|next| !is_speaker_noun(&next.lower))
            };
            let organization_as_it = pronoun == "it" && entity.kind == EntityKind::Organization;
            let continues_subject = (pronoun_opens_sentence
                || pronoun_opens_main_clause
                || (pronoun_after_opening_quotation && (whole_name_subject() || organization_as_it)))
                // ("The governor’s office issued a statement. “…,” it
                // said.": an organisation goes on being the subject of "it".)
                && (entity.kind == EntityKind::Person || organization_as_it)
                && candidate_sentence + 1 == subject_sentence
                && {
                    // (An article may open the sentence before the mention.)
                    let opening = self.sentence_range(candidate.tokens.start).start;
                    opening == candidate.tokens.start
                        || (opening + 1 == candidate.tokens.start && self.lower_is(opening, "the"))
                };
            if continues_subject {
                // Half as much when the text does not tell the subject's
                // gender: "Schlafly had backed Trump. He acknowledged …".
                score += if entity.gender == Gender::Unknown {
                    CONTINUED_SUBJECT_BONUS / 2.0
                } else {
                    CONTINUED_SUBJECT_BONUS
                };
            }
            if best.is_none_or(|(best_score, _)| score > best_score) {
                best = Some((score, entity_index));
            }
        }
        best.map(|(_, entity)| entity)
    }

    /// Direct when the content is exactly quoted text, mixed when it holds
    /// some, indirect otherwise; confidence follows.
    pub(super) fn classify(&mut self) {
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
            // A quoted transcript turn ("“WALLACE: …") lies wholly inside
            // the quotation that opened before its label.
            let all_inside_quotes = !parts.is_empty()
                && parts.iter().all(|part| {
                    part.clone()
                        .all(|t| self.quotes.region_at_token[t].is_some())
                });
            attribution.kind = if all_quoted || all_inside_quotes {
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
