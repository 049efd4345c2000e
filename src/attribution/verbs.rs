//! Cue verbs and the clause around each: whether a word is a cue here
//! (the lexicon, then the learned cue model), where the cue phrase starts
//! ("has long said"), and the source-first, content-first, passive,
//! coordinated and participle shapes around it.
//!
//! The speaker phrases these shapes ask for are found by [`super::sources`],
//! the extent of what was said by [`super::content`].

use super::*;
use crate::mentions::contraction_base;

impl Attributor<'_, '_> {
    /// Finds, before any other cue verb, each speech verb that closes its
    /// sentence after a comma and its subject ("…, a Chinese official
    /// said.", "…, officials say, adding that …"): what stands before the
    /// comma is its content.
    ///
    /// What such a verb reports may hold attributions of its own
    /// ([`Self::push_outer`]).
    pub(super) fn trailing_speech_verbs(&mut self) {
        // The walk goes from comma to comma (a twentieth of the tokens), and
        // looks up only the few words after each: a lookup for every word
        // of the text cost a tenth of this stage.
        for comma in 1..self.analysis.tokens.len() {
            if !self.is_punct(comma, ',') || self.in_quote(comma) {
                continue;
            }
            // The verb: a word among the next few, after the subject
            // ("…, a senior Chinese official said").
            // "…, Sen. Lindsey Graham (R-S.C.) told …": an abbreviation's
            // full stop and a party label in brackets may stand in the subject.
            let is_speech_verb = |t: usize| {
                let token = &self.analysis.tokens[t];
                !token.capitalized
                    && may_be_finite_speech_form(&token.lower)
                    && self.finite_speech_verb_at(t)
            };
            // "…, said Mike Dunn, a local union leader.": the verb first,
            // its subject after it.
            if comma + 2 < self.analysis.tokens.len()
                && is_speech_verb(comma + 1)
                && !self.used[comma + 1]
            {
                self.trailing_inverted_speech_verb(comma);
                continue;
            }
            let mut verb = None;
            let mut in_brackets = false;
            for t in comma + 2..(comma + 12).min(self.analysis.tokens.len()) {
                let token = &self.analysis.tokens[t];
                let abbreviation_stop = token.is_punct('.') && !token.space_before;
                if token.is_punct('(') || token.is_punct(')') {
                    in_brackets = token.is_punct('(');
                    continue;
                }
                if in_brackets || abbreviation_stop {
                    continue;
                }
                if !token.is_word() {
                    break;
                }
                if is_speech_verb(t) {
                    verb = Some(t);
                    break;
                }
            }
            let Some(index) = verb else {
                continue;
            };
            if self.used[index] {
                continue;
            }
            let sentence = self.sentence_range(index);
            // Nothing but adjuncts may follow ("said on Monday", "said,
            // adding …").
            let mut next = index + 1;
            // "…, Graham told The Huffington Post on Thursday.": the listener
            // of "told", a name, comes first.
            if self.lower(index) == "told" && next < sentence.end {
                let name_start = if self.lower(next) == "the" {
                    next + 1
                } else {
                    next
                };
                if let Some(listener) = self
                    .mentions
                    .starting_at(name_start)
                    .filter(|&m| self.mentions.mentions[m].kind == MentionKind::Name)
                {
                    next = self.mentions.mentions[listener].tokens.end;
                }
            }
            let ends_clause = next >= sentence.end
                || self.is_punct(next, ',')
                || is_terminal_punct(self.analysis.tokens[next].kind)
                || (self.opens_adjunct(next) && self.adjunct_after_trailing_verb(next - 1));
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
                    && !is_subject_pronoun(self.lower(comma + 1)))
                || (first..subject_end).any(|t| self.lower(t).ends_with("ing"))
                || self.has_verb(first..subject_end)
                || !self.is_trailing(next, sentence.end)
            {
                continue;
            }
            let Some(attribution) = self.cued_at(index) else {
                continue;
            };
            // The subject is a name, a noun phrase or a pronoun, not a
            // participle ("…, echoing comments by …").
            // ("…, Sen. Lindsey Graham (R-S.C.) told": the name ends
            // before its party label.)
            let name_end = if subject_end > first && self.is_punct(subject_end - 1, ')') {
                self.opening_bracket(subject_end - 1, first)
                    .unwrap_or(subject_end)
            } else {
                subject_end
            };
            let source_after_comma = attribution.source.is_some_and(|source| {
                let mention = &self.mentions.mentions[source];
                (mention.tokens.start == first || mention.tokens.start == comma + 1)
                    && mention.tokens.end == name_end
                    && matches!(
                        mention.kind,
                        MentionKind::Name | MentionKind::Nominal | MentionKind::Pronoun
                    )
            });
            self.keep_as_outer(attribution, comma, source_after_comma);
        }
    }

    /// Keeps an attribution of [`Self::trailing_speech_verbs`] as an outer
    /// one ([`Self::push_outer`]) where its source is where it should be,
    /// and its content is free and ends at the comma before the verb.
    fn keep_as_outer(&mut self, attribution: Attribution, comma: usize, source_fits: bool) {
        let content_before_comma = attribution
            .content
            .last()
            .is_some_and(|part| part.end <= comma + 1);
        let free = !attribution
            .content
            .iter()
            .any(|range| self.used[range.clone()].contains(&true));
        if content_before_comma && source_fits && free {
            self.push_outer(attribution, comma);
        }
    }

    /// [`Self::trailing_speech_verbs`] where the verb stands right after the
    /// comma and its subject after it ("…, said Mike Dunn, a local union
    /// leader."): kept as an outer attribution when its content is what
    /// stands before the comma and its source the mention after the verb.
    fn trailing_inverted_speech_verb(&mut self, comma: usize) {
        let index = comma + 1;
        let sentence = self.sentence_range(index);
        if comma <= sentence.start {
            return;
        }
        let Some(attribution) = self.cued_at(index) else {
            return;
        };
        let source_after_verb = attribution.source.is_some_and(|source| {
            let mention = &self.mentions.mentions[source];
            mention.tokens.start > index
                && matches!(mention.kind, MentionKind::Name | MentionKind::Nominal)
        });
        self.keep_as_outer(attribution, comma, source_after_verb);
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
    pub(super) fn cued_at(&mut self, index: usize) -> Option<Attribution> {
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
        // "in Leyton, east London": a point of the compass is no verb,
        // whatever the model makes of the place after it.
        if matches!(
            word,
            "north"
                | "south"
                | "east"
                | "west"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
                | "central"
        ) {
            return None;
        }
        // "Film review: …", "Live update: …": a label of the article's kind
        // before a headline's colon.
        if self.is_punct(index + 1, ':') && super::constructions::HEADLINE_LABELS.contains(&word) {
            return None;
        }
        if let Some(retort) = self.retort_at(index) {
            return Some(retort);
        }
        let form = cue_verb_hashed(self.analysis.token_hashes[index], word);
        // "In a video posted on X, …", "in a statement released by the
        // club": a participle right after the object of a preposition
        // modifies it; the object is no subject of a verb.
        let past = match form {
            Some(verb) => verb.form == VerbForm::Past,
            None => word.ends_with("ed"),
        };
        if past && self.after_object_of_preposition(index) {
            return None;
        }
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
        // "“…,” panel Chairman Rep. Jason Chaffetz (R-Utah) said.": a word
        // outside the lexicon before a capitalised name that a verb of
        // saying follows modifies the name.
        let modifier_before_speaking_name = || {
            self.analysis
                .tokens
                .get(index + 1)
                .is_some_and(|next| next.capitalized)
                && self.mentions.starting_at(index + 1).is_some_and(|m| {
                    let mention = &self.mentions.mentions[m];
                    let mut after = mention.tokens.end;
                    // A party and state in brackets may follow the name.
                    if self.is_punct(after, '(') {
                        after = (after + 1..after + 6)
                            .find(|&t| self.is_punct(t, ')'))
                            .map_or(after, |close| close + 1);
                    }
                    mention.kind == MentionKind::Name && self.finite_speech_verb_at(after)
                })
        };
        match lexicon {
            // "had written in a memo that …": "written" right after "has",
            // "have" or "had" is the verb, whatever the model makes of the
            // word (mostly an adjective in the training articles: "a written
            // statement"). Other verbs keep the model's word: "has
            // maintained support" is no cue.
            Some(verb) => {
                let perfect = verb.base == "write"
                    && verb.form == VerbForm::Past
                    && index > 0
                    && matches!(self.lower(index - 1), "has" | "have" | "had" | "having");
                // "said" and "says" are always verbs of saying: the model's
                // word features, summed, can still sink one below the floor
                // ("Amina Okafor said rates would rise").
                let said = matches!(word, "said" | "says");
                (perfect
                    || said
                    || log_odds >= self.cue_floor_log_odds
                    || self.past_verb_after_definite_subject(index, verb))
                .then_some(verb)
            }
            None if log_odds < self.cue_threshold_log_odds
                || title_before_name()
                || modifier_before_speaking_name() =>
            {
                None
            }
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

    /// "The ministry called the attacks “a provocation”": a past form of a
    /// verb of evaluation right after a definite subject that opens its
    /// sentence ("the" and a noun, or a name) is the sentence's verb,
    /// whatever the model makes of the word (it learnt "a website called
    /// …" from indefinite phrases). A capitalised word after "called" or
    /// "named" still names something ("The website called Real News …").
    fn past_verb_after_definite_subject(&self, index: usize, verb: CueVerb) -> bool {
        if verb.form != VerbForm::Past || verb.class != CueClass::Evaluation {
            return false;
        }
        let Some(subject) = index
            .checked_sub(1)
            .and_then(|t| self.mentions.ending_at(t))
        else {
            return false;
        };
        let mention = &self.mentions.mentions[subject];
        let sentence_start = self.sentence_range(index).start;
        let definite = match mention.kind {
            MentionKind::Name => true,
            MentionKind::Nominal => self.lower_is(mention.tokens.start, "the"),
            _ => false,
        };
        let names_something = matches!(verb.base, "call" | "name" | "dub" | "label")
            && self
                .analysis
                .tokens
                .get(index + 1)
                .is_some_and(|next| next.capitalized);
        mention.tokens.start == sentence_start && definite && !names_something
    }

    /// Whether the word at `index` ends a phrase that opens the sentence
    /// with a preposition, a determiner and one to three words ("In a
    /// video …", "From the club's statement …"): what follows it modifies
    /// the phrase, and a comma and the main clause come later. (Inside a
    /// sentence such a phrase may end a subject: "An earlier report in a
    /// New Hampshire paper said …".)
    fn after_object_of_preposition(&self, index: usize) -> bool {
        let sentence = self.sentence_range(index);
        let sentence_start = sentence.start;
        index >= sentence_start + 3
            && index <= sentence_start + 5
            && matches!(
                self.lower(sentence_start),
                "in" | "on" | "at" | "with" | "from" | "under" | "through"
            )
            && is_determiner(self.lower(sentence_start + 1))
            // (No person or pronoun among the words: "At the moment Chris
            // Christie learned …", "In another study they wrote …".)
            && (sentence_start + 2..index).all(|t| {
                self.analysis.tokens[t].is_word()
                    && self.mentions.mention_at_token[t].is_none_or(|m| {
                        let mention = &self.mentions.mentions[m];
                        mention.kind != MentionKind::Pronoun
                            && mention.entity_kind != EntityKind::Person
                    })
            })
            && (index + 1..sentence.end.min(index + 12))
                .any(|t| self.is_punct(t, ','))
    }

    /// "Trump shot back", "fired back: “…”", "hits back, “…”": a verb of
    /// shooting or hitting with "back" answers in words when a comma, a
    /// colon, a quotation, "that" or the sentence end follows ("hit back at
    /// the rebels" does not). The cue is a verb of saying.
    fn retort_at(&self, index: usize) -> Option<CueVerb> {
        // ("back" first: this runs for every candidate word.)
        if !self.lower_is(index + 1, "back") {
            return None;
        }
        let form = match self.lower(index) {
            "shot" | "fired" | "hit" | "snapped" | "struck" => VerbForm::Past,
            "shoots" | "fires" | "hits" | "snaps" | "strikes" | "shoot" | "fire" | "snap" => {
                VerbForm::Present
            }
            "shooting" | "firing" | "hitting" | "snapping" | "striking" => VerbForm::Participle,
            _ => return None,
        };
        if self.analysis.tokens[index].capitalized {
            return None;
        }
        // ("hit back, saying …": the participle reports, with its own cue.)
        let participle_follows = self.is_punct(index + 2, ',')
            && self
                .analysis
                .tokens
                .get(index + 3)
                .is_some_and(|next| is_participle_cue(&next.lower));
        if participle_follows {
            return None;
        }
        let answers = self.analysis.tokens.get(index + 2).is_none_or(|after| {
            matches!(after.kind, TokenKind::Punct(',' | ':' | '.' | '!' | '?'))
                || after.quote_char().is_some()
                || after.lower == "that"
        });
        answers.then_some(CueVerb {
            base: "retort",
            class: CueClass::Speech,
            form,
        })
    }

    /// "…,” Scott's niece, Marcia Price, shouted": where a name's role
    /// written with its owner ("Scott's niece", "the mayor's chief of
    /// staff"), ending at token `last` and set off before it (at the
    /// sentence's start, after a comma or a closing quotation), starts;
    /// it belongs to the source phrase of the name after it.
    fn possessive_role_ending_at(&self, last: usize) -> Option<usize> {
        let sentence_start = self.sentence_range(last).start;
        let role_word = |t: usize| {
            is_plain_lower_word(&self.analysis.tokens[t])
                && !self.is_possessive(t)
                && !self.used[t]
                && !PHRASE_BOUNDARY_WORDS.contains(self.lower(t))
                && cue_verb(self.lower(t)).is_none()
        };
        // Up to three lower-case words after the possessive.
        let mut possessive = last;
        while possessive > sentence_start && last - possessive < 3 && role_word(possessive) {
            possessive -= 1;
        }
        if possessive == last || !self.is_possessive(possessive) || possessive == sentence_start {
            return None;
        }
        let owner = self.mentions.ending_at(possessive - 1)?;
        let owner_start = self.mentions.mentions[owner].tokens.start;
        let set_off = owner_start == sentence_start
            || self.is_punct(owner_start - 1, ',')
            || self.quotes.closing_at(owner_start - 1).is_some();
        (set_off && !self.used[owner_start]).then_some(owner_start)
    }

    /// Whether a cue-verb form is used as a verb here: not capitalised inside
    /// a sentence ("the Washington Post") and, for present forms that double
    /// as nouns, not after a determiner or preposition ("his comments").
    pub(super) fn is_verb_here(&self, index: usize, verb: CueVerb) -> bool {
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
        // "rail" and "rails" report only before "against" or "at": "a
        // national rail strike" is a noun ("railed" is always the verb).
        if verb.base == "rail"
            && verb.form == VerbForm::Present
            && !matches!(self.lower(index + 1), "against" | "at")
        {
            return false;
        }

        // "The most telling promise she has made": after a word of degree
        // and a word in -ing, a bare present form is a noun. ("a passing
        // promise that …" is a cue of PolNeAR's.)
        if verb.form == VerbForm::Present
            && !self.lower(index).ends_with('s')
            && index >= sentence_start + 2
            && self.lower(index - 1).ends_with("ing")
            && matches!(self.lower(index - 2), "most" | "more" | "very" | "less")
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
        // "the city's proposed police budget", "Trump's proposed ban": a
        // past participle between a possessive and a noun is an adjective
        // ("He's proposed a plan" keeps its verb: a determiner follows).
        if verb.form == VerbForm::Past && index > sentence_start && self.is_possessive(index - 1) {
            let before_noun = self.analysis.tokens.get(index + 1).is_some_and(|next| {
                is_plain_lower_word(next)
                    && !next.lower.ends_with("ly")
                    && !matches!(
                        next.lower.as_str(),
                        "that" | "to" | "it" | "them" | "him" | "her" | "what" | "how" | "why"
                    )
            });
            let owner_is_pronoun = index.checked_sub(2).is_some_and(|owner| {
                matches!(
                    self.lower(owner),
                    "he" | "she" | "it" | "that" | "there" | "who" | "what"
                )
            });
            if before_noun && !owner_is_pronoun {
                return false;
            }
        }
        // "could read at grade level", "reads every night": after "can" or
        // before a time or place, "read" is reading, not quoting a text
        // ("The sign read: “…”", "read a statement").
        if verb.base == "read" {
            let able = index > sentence_start
                && matches!(
                    self.lower(index - 1),
                    "can" | "could" | "cannot" | "can't" | "can’t" | "couldn't" | "couldn’t"
                );
            let reading = matches!(self.lower(index + 1), "every" | "at" | "aloud" | "well");
            if able || reading {
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
            // "32% of Republican claims": a capitalised modifier that is no
            // mention of its own counts as the name.
            let modifier_start = match self.mentions.ending_at(index - 1) {
                Some(mention) => Some(self.mentions.mentions[mention].tokens.start),
                None => (self.analysis.tokens[index - 1].is_word()
                    && self.analysis.tokens[index - 1].capitalized)
                    .then_some(index - 1),
            };
            if let Some(modifier_start) = modifier_start {
                if modifier_start > sentence_start
                    && matches!(
                        self.lower(modifier_start - 1),
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
            // "Later they rushed everyone inside and said …": so may an
            // adverb of time with no comma after it.
            let mut after_conjunction = sentence.start;
            if matches!(
                self.lower(after_conjunction),
                "but"
                    | "and"
                    | "yet"
                    | "so"
                    | "still"
                    | "later"
                    | "then"
                    | "earlier"
                    | "afterwards"
                    | "afterward"
                    | "eventually"
                    | "finally"
            ) {
                after_conjunction += 1;
            } else if let Some(time_word) = (sentence.start + 1
                ..sentence.end.min(sentence.start + 5))
                .take_while(|&t| self.analysis.tokens[t].is_word())
                .find(|&t| matches!(self.lower(t), "later" | "earlier" | "ago"))
            {
                // "A few minutes later they rushed everyone inside and said
                // …": a span of time before such a word.
                after_conjunction = time_word + 1;
            }
            let subject_start = if self.lower(after_conjunction) == "the" {
                after_conjunction + 1
            } else {
                after_conjunction
            };
            // "In an interview with the Journal, Trump doubled down … and
            // said …": or after a short opening phrase and its comma.
            // ("Asked whether Mr. Clinton would hold a cabinet position,
            // Mrs. Clinton shook her head and said …": up to 20 tokens.)
            let after_opening = (sentence.start..sentence.end.min(sentence.start + 20))
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
            // "Housing advocates welcomed it but said …": so is a group.
            let group =
                mention.kind == MentionKind::Nominal && mention.entity_kind == EntityKind::Group;
            let is_subject = (matches!(mention.kind, MentionKind::Name | MentionKind::Pronoun)
                || (mention.kind == MentionKind::Nominal
                    && matches!(
                        mention.entity_kind,
                        EntityKind::Person | EntityKind::Organization | EntityKind::Group
                    )))
                // "They reversed themselves and said …": a plural pronoun
                // is a subject too; a plural name may be a list.
                && (!mention.plural || mention.kind == MentionKind::Pronoun || group)
                && predicate_start < conjunction
                && self.analysis.tokens[predicate_start].is_word()
                && !self.analysis.tokens[predicate_start].capitalized
                && self.plain_predicate(predicate_start, conjunction, quotation_follows);
            if !is_subject {
                return None;
            }
            subject
        };
        let content = self.content_after(verb_index + 1, sentence.end, verb)?;
        // "Though she called … “outrageous” and called for …, Clinton
        // restricted …": a second verb of an opening clause reports nothing
        // past its comma either.
        let content = self.within_opening_clause(content, cue_start, verb_index, sentence)?;
        Some(Attribution::found(
            content,
            Some(conjunction + 1..verb_index + 1),
            Some(source),
            0.7,
            Pattern::SourceFirst,
        ))
    }

    /// Whether a relative pronoun ("who", "which") opens a clause after the
    /// comma at `comma`, right away or after short asides with no verb in
    /// them ("Donna Ruiz, 59, of Ashton, Md., who …"), before `bound`.
    fn relative_after_asides(&self, comma: usize, bound: usize) -> bool {
        /// Asides are short, and the bound keeps a long sentence linear.
        const LONGEST_ASIDES: usize = 12;
        for index in comma + 1..bound.min(comma + LONGEST_ASIDES) {
            if matches!(self.lower(index), "who" | "which" | "whose") {
                return self.is_punct(index - 1, ',');
            }
            let token = &self.analysis.tokens[index];
            let aside = (token.is_word()
                || token.kind == TokenKind::Number
                || token.is_punct(',')
                || token.is_punct('.'))
                && !self.in_quote(index)
                && !looks_like_verb(self.analysis, index);
            if !aside {
                return false;
            }
        }
        false
    }

    /// Whether the tokens from `start` to `conjunction` are a predicate of
    /// the sentence's subject that reports nothing itself, so that a
    /// reporting verb after the conjunction takes that subject: no token
    /// another attribution holds, no long quotation, and no comma other
    /// than the one before the conjunction, before another action ("they
    /// reversed themselves, rushed everyone inside and said …"), before a
    /// quotation after the verb, or around a relative clause ("…, which let
    /// him go in 2015, and said …").
    fn plain_predicate(&self, start: usize, conjunction: usize, quotation_follows: bool) -> bool {
        /// The longest quotation a predicate may hold ("exhorted Republicans
        /// to “vote your conscience” and said …").
        const LONGEST_QUOTED_PHRASE: usize = 10;
        /// A longer predicate lists more than one subject's actions, and
        /// the bound keeps a long sentence of conjoined cues linear.
        const LONGEST_PREDICATE: usize = 60;
        if conjunction > start + LONGEST_PREDICATE {
            return false;
        }
        let mut index = start;
        while index < conjunction {
            if self.used[index] {
                return false;
            }
            if let Some(region) = self.quotes.opening_at(index) {
                let last = self.quotes.regions[region].last_token();
                if last >= conjunction || last - index > LONGEST_QUOTED_PHRASE {
                    return false;
                }
                index = last + 1;
                continue;
            }
            if self.in_quote(index) {
                return false;
            }
            if self.is_punct(index, ',') && index + 1 != conjunction {
                let relative_clause_end =
                    matches!(self.lower(index + 1), "which" | "who" | "whose" | "where")
                        .then(|| (index + 2..conjunction).find(|&t| self.is_punct(t, ',')))
                        .flatten();
                if let Some(closing) = relative_clause_end {
                    index = closing + 1;
                    continue;
                }
                let before_another_action =
                    self.analysis.tokens.get(index + 1).is_some_and(|next| {
                        is_plain_lower_word(next) && next.lower.ends_with("ed")
                    });
                if !quotation_follows && !before_another_action {
                    return false;
                }
            }
            index += 1;
        }
        true
    }

    /// Whether the cue is passive ("was asked", "were told"): a form of
    /// "be" among its auxiliaries before a past participle.
    fn is_passive_cue(&self, cue_start: usize, verb_index: usize, verb: CueVerb) -> bool {
        // "’s" is "is" before what is expected or said to be ("he’s expected
        // to win", "it’s said to be"), and "has" otherwise ("he’s said that").
        let is_contracted = |t: usize| {
            matches!(self.lower(t), "'re" | "\u{2019}re")
                || (is_apostrophe_s(self.lower(t))
                    && (verb.base == "expect" || self.lower_is(verb_index + 1, "to")))
        };
        // "a man … accused of stabbing": active "accuse" has its object
        // before "of", so "accused of" is passive with or without "was".
        // ("who he accused of …" is active: its subject stands before it.)
        let accused_of = verb.base == "accuse"
            && self.lower_is(verb_index + 1, "of")
            && !(verb_index > 0
                && matches!(
                    self.lower(verb_index - 1),
                    "he" | "she" | "they" | "we" | "i" | "you" | "who"
                ));
        // "Minister quoted as saying …": so is "quoted as".
        let quoted_as = verb.base == "quote" && self.lower_is(verb_index + 1, "as");
        verb.form == VerbForm::Past
            && !is_stance_adjective(verb.base)
            && (accused_of
                || quoted_as
                || (cue_start..verb_index).any(|t| {
                    matches!(
                        self.lower(t),
                        "was" | "were" | "is" | "are" | "been" | "being" | "be"
                    ) || is_contracted(t)
                }))
    }

    /// Whether the quotation opening at `open` is a short title in title
    /// case ("“Fox and Friends”", "“Meet the Press”"): a name, not speech.
    pub(super) fn is_quoted_title(&self, open: usize) -> bool {
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
    pub(super) fn cue_start(&self, verb_index: usize, sentence_start: usize) -> usize {
        let mut start = verb_index;
        // "made it clear that …", "has made clear that …": the verb and
        // "it" belong to the cue, whose subject is the source.
        if matches!(self.lower(verb_index), "clear" | "plain") && verb_index > sentence_start + 1 {
            let it = usize::from(self.lower_is(verb_index - 1, "it"));
            let make = verb_index - 1 - it;
            if make > sentence_start
                && matches!(self.lower(make), "made" | "make" | "makes" | "making")
            {
                start = make;
            }
        }
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
        // "The minister renewed calls for calm", "prompted calls for
        // probes": after a verb in the past, a form in -s is its object, a
        // noun that PolNeAR marks as the cue with the verb; the subject
        // before the verb is the source.
        let token = &self.analysis.tokens[verb_index];
        if start == verb_index && verb_index > sentence_start && token.lower.ends_with('s') {
            let previous = &self.analysis.tokens[verb_index - 1];
            if previous.is_word()
                && !previous.capitalized
                && previous.lower.len() > 4
                && previous.lower.ends_with("ed")
                && !previous.lower.ends_with("eed")
                && !self.used[verb_index - 1]
            {
                start = verb_index - 1;
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
            // So does "both" or "all" there ("has both endorsed Mr. Trump
            // and criticized …", "have all said"), which is no subject.
            let adverb_after_modifier = start - 1 > sentence_start
                && (self.is_manner_adverb(start - 1)
                    || matches!(self.lower(start - 1), "both" | "all" | "either"))
                && MODIFIER_WORDS.contains(self.lower(start - 2));
            // (Not a word of a name: "Sainsbury's said".)
            if previous.is_word()
                && !previous.capitalized
                && (MODIFIER_WORDS.contains(previous.lower.as_str()) || adverb_after_modifier)
                && !self.used[start - 1]
                && self.mentions.mention_at_token[start - 1].is_none()
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
            && ((cue_start..verb_index).any(|t| {
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
            })
            // "They’re saying …": the form of "be" is in the subject's token.
            || (cue_start > sentence.start && {
                let subject = self.lower(cue_start - 1);
                contraction_base(subject).is_some_and(|base| {
                    matches!(
                        &subject[base.len()..],
                        "'re" | "\u{2019}re" | "'m" | "\u{2019}m" | "'s" | "\u{2019}s"
                    )
                })
            }));
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
        // "The man, accused of stabbing his neighbour, appeared …": a
        // reduced passive names no speaker and reports what follows it, up
        // to its comma.
        if passive
            && cue_start == verb_index
            && verb.base == "accuse"
            && verb_index > sentence.start
            && self.is_punct(verb_index - 1, ',')
        {
            let end = (verb_index + 1..sentence.end)
                .find(|&t| self.is_punct(t, ','))
                .unwrap_or(sentence.end);
            let content = self.plain_content(verb_index + 1, end)?;
            return Some(Attribution::found(
                content,
                Some(verb_index..verb_index + 1),
                None,
                0.8,
                Pattern::SourceFirst,
            ));
        }
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

        // "…,” Sanders said, going on to say that …": a participle that
        // carries the verb on opens a participle clause too.
        let carried_by_participle =
            cue_start < verb_index && self.lower(cue_start).ends_with("ing");
        if verb.form == VerbForm::Participle || carried_by_participle {
            let clause_start = if verb.form == VerbForm::Participle {
                verb_index
            } else {
                cue_start
            };
            return self.participle_clause(clause_start, verb_index, sentence, verb);
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
                // "Donna Ruiz, 59, of Ashton, Md., who watched …, said": an
                // age and a home town may stand before the relative pronoun.
                // ("The British Medical Association, which …": after an
                // article too; "The club's chairman, David Lowe, …": a
                // possessive and the noun it owns.)
                // ("Another neighbour, who …": a determiner or a number
                // and up to three plain words, before a comma, are such a
                // subject too.)
                let opening_phrase_end = || {
                    if !self.determiner_or_number_at(sentence.start) {
                        return None;
                    }
                    (sentence.start + 2..(sentence.start + 5).min(boundary))
                        .find(|&t| self.is_punct(t, ','))
                        .filter(|&comma| {
                            (sentence.start + 1..comma)
                                .all(|t| is_plain_lower_word(&self.analysis.tokens[t]))
                        })
                };
                let opening_subject_end = self
                    .mention_at_or_after_the(sentence.start)
                    .map(|m| {
                        let end = self.mentions.mentions[m].tokens.end;
                        if !self.is_possessive(end) {
                            return end;
                        }
                        let tokens = &self.analysis.tokens;
                        (end + 1..(end + 4).min(boundary))
                            .take_while(|&t| tokens[t].is_word() && !tokens[t].capitalized)
                            .last()
                            .map_or(end, |last| last + 1)
                    })
                    .filter(|&end| self.is_punct(end, ','))
                    .or_else(opening_phrase_end);
                let subject_with_relative = !after_closing_quote
                    && opening_subject_end.is_some_and(|end| {
                        self.is_punct(end, ',') && self.relative_after_asides(end, boundary)
                    });
                // "Jon Tester, chairman of the committee, said Trump …": a name
                // and an appositive with no verb in it are the subject, not
                // content that the cue reports.
                let subject_with_appositive = !after_closing_quote
                    && opening_subject_end.is_some_and(|end| {
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
                    && (followed_by_appositive
                        || (after_closing_quote && matches!(verb.base, "say" | "add" | "write"))
                        || self.is_trailing(source_end, sentence.end))
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
        // "Priebus, the GOP chairman, this past week announced": the
        // subject ends at the comma before the time adjunct.
        let subject_bound = self
            .time_adjunct_after_comma(cue_start, sentence.start)
            .unwrap_or(cue_start);
        let source = self
            .phrase_before(subject_bound, sentence.start, allow_generic)
            .or_else(|| self.head_of_reported_relative_clause(subject_bound, sentence.start))
            .or_else(|| self.subject_before_long_appositive(subject_bound, sentence.clone()))
            .or_else(|| self.subject_before_relative_clause(subject_bound, sentence.start))?;
        let source = if verb.class == CueClass::Speech && !passive {
            self.head_of_restrictive_relative(source, sentence.start)
                .unwrap_or(source)
        } else {
            source
        };
        let source = if passive {
            source
        } else {
            self.head_before_participle_modifier(source, sentence.start)
                .or_else(|| self.document_before_its_author(source, sentence.start))
                .unwrap_or(source)
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
            } else if let Some(owner_start) = self.possessive_role_ending_at(phrase_start - 2) {
                phrase_start = owner_start;
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
        // "‘We are running out of time’: aid agencies warn of famine": a
        // headline that opens with a quotation and names its speaker after
        // a colon. The quotation's closing mark stands for the comma.
        let quoted_headline = phrase_start >= sentence.start + 2
            && self.is_punct(phrase_start - 1, ':')
            && self
                .quotes
                .closing_at(phrase_start - 2)
                .is_some_and(|region| self.quotes.regions[region].first_token() == sentence.start);
        let boundary_before_source = phrase_start
            .checked_sub(if quoted_headline { 2 } else { 1 })
            .filter(|_| !appositive_source)
            .filter(|&b| b > sentence.start || self.quotes.closing_at(b).is_some())
            .filter(|&b| {
                b >= sentence.start
                    && (self.is_punct(b, ',') || self.quotes.closing_at(b).is_some())
            });
        // "Ed Rendell (D), a Clinton supporter, praised Sanders for …": a
        // plain clause set off before a verb that does not report speech
        // or evidence is its subject and an appositive, not its content
        // (on PolNeAR's training split, about one such reading in six was
        // right). A quotation before it stays the content ("“…,” he fumed"),
        // and so does a clause before a verb that ends the sentence ("The
        // plan will fail, Okafor believes.").
        let reports_before = |boundary: usize| {
            matches!(verb.class, CueClass::Speech | CueClass::Evidence)
                || self.quotes.closing_at(boundary).is_some()
                || self.only_terminal_punct(verb_index + 1, sentence.end)
        };
        if let Some(boundary) = boundary_before_source.filter(|&b| reports_before(b)) {
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
                    || quoted_headline
                    || (takes_object && no_clause_after())
                    || title_object
                    || matches!(
                        self.analysis.tokens[after_object].kind,
                        TokenKind::Punct(',' | '(' | '—' | '–' | '.' | ';' | '!' | '?')
                    )
                    // "… Mr. Elkins said - but …": a spaced hyphen as a dash
                    // ("… he said - and argued …" goes on to the subject's
                    // next predicate, which a quotation may continue).
                    || (self.is_spaced_hyphen(after_object)
                        && !self.lower_is(after_object + 1, "and"))
                    || (self.opens_adjunct(after_object) && self.lower(after_object) != "to")
                    // "“…,” Trump barked and a security guard escorted …": a
                    // clause joined to the cue is narration, not content.
                    || matches!(self.lower(after_object), "and" | "but" | "before" | "then")
                    // "“…,” she said several months after her release, and …"
                    || self.opens_time_span(after_object)
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
            // ("Not long after the tweet, Todd asked him about the
            // kerfuffle": what was asked about is no adjunct.)
            let asked_about = verb.base == "ask" && self.lower_is(after_object, "about");
            if (after_quote || (self.is_trailing(after_object, sentence.end) && !asked_about))
                && !(plain_clause_before && quote_opens_after)
                && !(plain_clause_before && passive)
            {
                // "Through a spokesman, he declined to comment.": an opening
                // adjunct with no verb is no content; what follows the cue
                // is. So is an opening subordinate clause that another cue
                // took ("After Trump tweeted the quote, Todd asked him about
                // …").
                let content = self.content_before(boundary, sentence.start);
                // ("Speaking at a rally in Leeds, Ruiz promised to …": so is
                // an opening participle of speaking with no verb after it.)
                let adjunct_only = |content: &[Range<usize>]| {
                    content.len() == 1
                        && self.quotes.opening_at(content[0].start).is_none()
                        && (self.opens_adjunct(content[0].start)
                            || (content[0].start == sentence.start
                                && matches!(
                                    self.lower(content[0].start),
                                    "speaking" | "talking" | "writing" | "appearing" | "addressing"
                                )))
                        && !self.has_verb(content[0].start + 1..content[0].end)
                };
                let opening = self.lower(sentence.start);
                let subordinate_opening =
                    (is_subordinator(opening) || opening == "as") && self.is_punct(boundary, ',');
                if content.is_none() && !subordinate_opening {
                    return None;
                }
                // ("When asked to confirm it, an official declined.": the
                // question has an attribution of its own.)
                let asked_opening = |content: &[Range<usize>]| {
                    content.first().is_some_and(|first| {
                        is_subordinator(self.lower(first.start))
                            && self.lower_is(first.start + 1, "asked")
                    })
                };
                if let Some(content) =
                    content.filter(|content| !adjunct_only(content) && !asked_opening(content))
                {
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
            // ("Engineers were working through the night, a spokeswoman
            // said, but some homes …": a clause joined by a conjunction
            // goes on with what was said.)
            let conjoined_clause = matches!(self.lower(continues), "but" | "and" | "yet");
            if self.is_punct(after_object, ',')
                && continues < sentence.end
                && self.lower(continues) != "that"
                && (!self.starts_new_clause(continues) || conjoined_clause)
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
            // "Ruiz was quoted by the Times as saying …": who was quoted
            // said it; the agent only printed it.
            // (Only with an agent named: "Minister quoted as saying …" in a
            // headline leaves the speaker to the text.)
            if verb.base == "quote" && agent.is_some() && self.lower_is(after_agent, "as") {
                (Some(source), after_agent)
            } else {
                (agent, after_agent)
            }
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
        // "Her death was confirmed by her nephew, Luc Moreau, who said …":
        // after a passive cue's agent and a comma, what was confirmed is
        // the subject, not the agent's appositive.
        // (Not "was asked by the host, …", whose subject is the listener;
        // and the agent names someone: "confirmed by now, …" has none.)
        let agent_set_off = passive
            && !verb.base.is_empty()
            && verb.base != "ask"
            && source.is_some_and(|agent| {
                let agent = &self.mentions.mentions[agent];
                agent.kind == MentionKind::Name
                    || matches!(
                        agent.entity_kind,
                        EntityKind::Person | EntityKind::Organization | EntityKind::Group
                    )
            })
            && content_start > verb_index + 1
            && self.is_punct(content_start, ',');
        if agent_set_off {
            let subject = self.passive_subject(cue_start, sentence.clone());
            // (A short phrase of its own: "Mr. Lewandowski's troubles
            // began, in part, when he was accused by …" has a clause there.)
            if let Some(subject) = subject.filter(|subject| {
                subject.len() <= 10
                    && !subject.clone().any(|t| {
                        self.used[t] || self.is_punct(t, ',') || is_subordinator(self.lower(t))
                    })
                    && !is_subject_pronoun(self.lower(subject.start))
            }) {
                return Some(Attribution::found(
                    smallvec![subject],
                    Some(cue),
                    source,
                    0.6,
                    Pattern::ContentFirst,
                ));
            }
            return None;
        }
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
                // "what he calls corruption in politics a major focus":
                // what a name is given to is a noun phrase, no clause.
                if self.lower(relative) == "what"
                    && matches!(verb.base, "call" | "describe" | "term" | "dub" | "label")
                    && content.len() == 1
                {
                    let object = content[0].clone();
                    let end = self.named_phrase_end(object.start, object.end);
                    content[0] = object.start..end;
                }
                content.insert(0, relative..relative + 1);
            }
        }
        let content = self.within_opening_clause(content, cue_start, verb_index, sentence)?;
        let content = self.within_relative_clause_on_subject(content, source, verb_index)?;
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

    /// The end of the noun phrase that starts at `start` (before `end`),
    /// the name that "what he calls …" gives: before punctuation (but a colon) outside
    /// quotation marks, a finite verb, a subordinator, or a determiner
    /// that opens a second phrase ("corruption in politics | a major
    /// focus"). A quotation inside it stays whole.
    fn named_phrase_end(&self, start: usize, end: usize) -> usize {
        let tokens = &self.analysis.tokens;
        // "what his aides describe as a coalescing of …".
        let start = if self.lower_is(start, "as") {
            start + 1
        } else {
            start
        };
        // ("responsible and respected party figures": a form in -ed
        // before a noun describes it.)
        let adjective_before_noun = |index: usize| {
            tokens[index].lower.ends_with("ed")
                && index + 1 < end
                && is_plain_lower_word(&tokens[index + 1])
                && !is_phrase_boundary_word(&tokens[index + 1].lower)
        };
        let stops = |index: usize| {
            if self.in_quote(index) || self.is_possessive(index) {
                return false;
            }
            let token = &tokens[index];
            let previous = self.lower(index - 1);
            let after_quotation = self.quotes.closing_at(index - 1).is_some();
            match token.kind {
                // ("what strategists dub a 3-2-1 strategy: Finish third …"
                // names it with its gloss.)
                TokenKind::Punct(':') => false,
                TokenKind::Punct(_) => self.quotes.closing_at(index).is_none(),
                TokenKind::Word => {
                    matches!(
                        token.lower.as_str(),
                        "that" | "which" | "who" | "because" | "as" | "after" | "since" | "if"
                    ) || (after_quotation && is_phrase_boundary_word(&token.lower))
                        || (is_determiner(&token.lower)
                            && !matches!(previous, "of" | "in" | "for" | "on" | "to" | "with"))
                        || (!token.capitalized
                            && looks_like_verb(self.analysis, index)
                            && !adjective_before_noun(index))
                }
                _ => false,
            }
        };
        (start + 1..end).find(|&index| stops(index)).unwrap_or(end)
    }

    /// "Republicans who praised the deal warned that …", "others who want
    /// to ban abortion said …", "Okafor, who has argued cases before the
    /// court, will lead …": a cue inside a relative clause on the
    /// sentence's subject reports nothing past the clause, which ends
    /// before the main verb. `content` comes back cut before it, or `None`
    /// where nothing is left. Only content within 30 tokens of the cue is
    /// searched, which keeps a long sentence linear.
    ///
    /// Without commas (a restrictive clause), the main verb is the first
    /// finite verb of saying with a plain word right before it (no subject
    /// of its own: in "who said the deal he signed was good", "he" is the
    /// subject of an embedded clause). Set off by a comma, the clause ends
    /// at a comma that an auxiliary or a finite verb of saying follows.
    fn within_relative_clause_on_subject(
        &self,
        content: ContentParts,
        source: Option<usize>,
        verb_index: usize,
    ) -> Option<ContentParts> {
        let Some(source) = source else {
            return Some(content);
        };
        let relative = &self.mentions.mentions[source];
        let pronoun = relative.tokens.start;
        if relative.kind != MentionKind::Relative
            || !matches!(self.lower(pronoun), "who" | "that")
            || pronoun == 0
            || self.used[pronoun - 1]
        {
            return Some(content);
        }
        let Some(last_part) = content.last() else {
            return Some(content);
        };
        let search_end = last_part.end.min(verb_index + 30);
        let finite_speech_verb = |t: usize| {
            let token = &self.analysis.tokens[t];
            token.is_word()
                && !token.capitalized
                && cue_verb_hashed(self.analysis.token_hashes[t], &token.lower).is_some_and(
                    |verb| {
                        verb.class == CueClass::Speech
                            && verb.form != VerbForm::Participle
                            && self.is_verb_here(t, verb)
                    },
                )
        };
        // Where the content ends: at the comma closing a set-off clause
        // (which stays outside), or right before the main verb.
        let content_end = if self.is_punct(pronoun - 1, ',') {
            // Only the first comma: a later one may close an aside inside
            // the content ("who suggested that Mr. Jäger, under fire for
            // …, would do better …").
            (verb_index + 2..search_end)
                .find(|&t| self.is_punct(t, ','))
                .filter(|&comma| {
                    !self.in_quote(comma)
                        && comma + 1 < self.analysis.tokens.len()
                        && (MAIN_CLAUSE_AUXILIARIES.contains(self.lower(comma + 1))
                            || finite_speech_verb(comma + 1))
                })
        } else if self.analysis.tokens[pronoun - 1].is_word() {
            // "those who wanted to attend the convention could be faced
            // with …": after an infinitive, which has no subject of its
            // own, an auxiliary is the main clause's too.
            let infinitive = content
                .first()
                .is_some_and(|part| self.lower_is(part.start, "to"));
            (verb_index + 2..search_end).find(|&t| {
                let before = &self.analysis.tokens[t - 1];
                !self.in_quote(t)
                    && before.is_word()
                    && !PHRASE_BOUNDARY_WORDS.contains(before.lower.as_str())
                    && !is_determiner(&before.lower)
                    && self.mentions.ending_at(t - 1).is_none_or(|m| {
                        self.mentions.mentions[m].kind == MentionKind::Nominal
                            && self.mentions.mentions[m].entity_kind != EntityKind::Person
                    })
                    && (finite_speech_verb(t)
                        || (infinitive && MAIN_CLAUSE_AUXILIARIES.contains(self.lower(t))))
            })
        } else {
            None
        };
        match content_end {
            Some(end) => cut_content_before(content, end),
            None => Some(content),
        }
    }

    /// "Before officials had weighed in with any explanation, Trump said
    /// …": a cue in an opening clause reports nothing past the clause's
    /// comma, which the main clause follows. `content` (what the cue at
    /// `cue_start` to `verb_index` was found to report) comes back cut at
    /// that comma, or `None` where it starts after it; a content opening
    /// with a quotation is reported whole ("When someone shouted, “Cruz,”
    /// the senator smiled.").
    ///
    /// The clause opens with a subordinator at the sentence start or after
    /// ", but" ("Following initial reports, but before city officials had
    /// weighed in …, Trump said …"), or with "With" opening the sentence
    /// ("With Democratic leaders increasingly worried about …, Obama is
    /// …"). The clause's start is looked for within 40 tokens and its end
    /// within 60, so that a long sentence of cues stays linear; further
    /// back there is no opening clause.
    fn within_opening_clause(
        &self,
        content: ContentParts,
        cue_start: usize,
        verb_index: usize,
        sentence: Range<usize>,
    ) -> Option<ContentParts> {
        let look_back = sentence.start.max(cue_start.saturating_sub(40));
        let comma_before = (look_back..cue_start)
            .rev()
            .find(|&t| self.is_punct(t, ','));
        let clause_found = comma_before.is_some() || look_back == sentence.start;
        let clause_start = comma_before.map_or(look_back, |comma| comma + 1);
        let clause_opener = if matches!(self.lower(clause_start), "but" | "and") {
            clause_start + 1
        } else {
            clause_start
        };
        let in_opening_clause = clause_found
            && cue_start > clause_opener
            && (is_subordinator(self.lower(clause_opener))
                || (clause_opener == sentence.start && self.lower(clause_opener) == "with"));
        let first_start = content.first().map(|first| first.start);
        let opens_with_quotation =
            first_start.is_some_and(|start| self.quotes.opening_at(start).is_some());
        if !in_opening_clause || opens_with_quotation {
            return Some(content);
        }
        // Content that starts after the clause's comma (one after more words
        // than the cue's own: "After the vote, he said, “…”" reports the
        // quotation) is the main clause's.
        let starts_after_comma = first_start.is_some_and(|start| {
            (verb_index + 3..start).any(|t| self.is_punct(t, ',') && !self.in_quote(t))
        });
        if starts_after_comma {
            return None;
        }
        // Content that starts inside the clause ends at its comma ("With
        // leaders worried about apathy, Obama is …"), though not at a comma
        // inside a list or an appositive ("the Islamic State, or ISIS, has
        // …", "Marco Rubio, Jeb Bush, …").
        let inside_list = |comma: usize| {
            matches!(self.lower(comma + 1), "or" | "and")
                || self
                    .mentions
                    .starting_at(comma + 1)
                    .is_some_and(|m| self.is_punct(self.mentions.mentions[m].tokens.end, ','))
        };
        let clause_end = (verb_index + 1..sentence.end.min(verb_index + 60))
            .find(|&t| self.is_punct(t, ',') && !self.in_quote(t) && !inside_list(t));
        match clause_end {
            Some(end) => cut_content_before(content, end),
            None => Some(content),
        }
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
    /// sentence's subject. The clause opens at `clause_start`, which is the
    /// verb at `verb_index` itself or a participle that carries it on
    /// ("going on to say").
    fn participle_clause(
        &mut self,
        clause_start: usize,
        verb_index: usize,
        sentence: Range<usize>,
        verb: CueVerb,
    ) -> Option<Attribution> {
        if clause_start == sentence.start
            && verb_index == clause_start
            && self.lower(verb_index).ends_with("ing")
        {
            return self.opening_participle_clause(verb_index, sentence, verb);
        }
        let mut before = clause_start
            .checked_sub(1)
            .filter(|&b| b > sentence.start)?;
        // "…, saying that … - and arguing that …": a second participle
        // joined by "and" after a mark.
        // "…, holding signs and chanting “…”": or after an -ing clause set
        // off by a comma up to sixteen tokens before ("saying he has been a
        // pioneer in promoting women and calling him …").
        let after_participle_clause = |and: usize| {
            (and.saturating_sub(16).max(sentence.start + 1)..and).any(|t| {
                (self.is_punct(t - 1, ',')
                    // ("by mentioning the need for a wall and adding, “…”")
                    || matches!(self.lower(t - 1), "by" | "while" | "after" | "before"))
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
            let survey_share = (clause_start.saturating_sub(4).max(sentence.start)..clause_start)
                .any(|t| {
                    self.analysis.tokens[t].kind == TokenKind::Number
                        || matches!(self.lower(t), "percent" | "%")
                });
            let source = if survey_share {
                self.phrase_before(clause_start, sentence.start, true)?
            } else {
                // "…, with Donald Trump tweeting that …": the subject of a
                // clause opened by "with".
                let subject = self.phrase_before(clause_start, sentence.start, true)?;
                // Up to two modifiers may stand between ("with union leaders").
                let subject_start = self.mentions.mentions[subject].tokens.start;
                let opened_by_with = (subject_start.saturating_sub(3).max(sentence.start)
                    ..subject_start)
                    .rev()
                    .take_while(|&t| self.analysis.tokens[t].is_word())
                    .any(|t| self.lower_is(t, "with"));
                // "footage of Hillary Clinton asking, “…”", "the video shows
                // Trump saying: “…”": a name after "of" or a verb of showing,
                // with a quotation right after the participle.
                let shown_speaking = verb.class == CueClass::Speech
                    && subject_start > sentence.start
                    && matches!(
                        self.lower(subject_start - 1),
                        "of" | "shows"
                            | "showed"
                            | "show"
                            | "features"
                            | "featured"
                            | "heard"
                            | "hear"
                            | "hears"
                            | "captured"
                            | "captures"
                    )
                    && self.mentions.mentions[subject].kind == MentionKind::Name
                    && (self.quotes.opening_at(verb_index + 1).is_some()
                        || (matches!(
                            self.analysis.tokens.get(verb_index + 1).map(|t| t.kind),
                            Some(TokenKind::Punct(',' | ':'))
                        ) && self.quotes.opening_at(verb_index + 2).is_some()));
                // "… expressing optimism – Ryan saying he was “very
                // encouraged”": a name set off by a dash opens an absolute
                // clause of its own.
                // "… and Trump calling it a “great meeting.”": so does one
                // after "and" where the content of such a clause stops.
                let set_off_by_dash = subject_start > sentence.start
                    && self.mentions.mentions[subject].kind == MentionKind::Name
                    && (matches!(
                        self.analysis.tokens[subject_start - 1].kind,
                        TokenKind::Punct('—' | '–' | '―')
                    ) || (self.lower_is(subject_start - 1, "and")
                        && self.found.last().is_some_and(|previous| {
                            previous.pattern == Pattern::Participle
                                && previous
                                    .content
                                    .last()
                                    .is_some_and(|part| part.end + 1 == subject_start)
                        })));
                if !opened_by_with && !shown_speaking && !set_off_by_dash {
                    return None;
                }
                subject
            };
            let content = self.content_after(verb_index + 1, sentence.end, verb)?;
            return Some(Attribution::found(
                content,
                Some(clause_start..verb_index + 1),
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
                .is_some_and(|c| c.end > sentence.start && c.end <= clause_start)
        });
        let (source, inherits_from) = match earlier_in_sentence {
            Some(previous) => (previous.source, Some(previous.content[0].start)),
            None => (
                self.sentence_subject(sentence.start, clause_start)
                    .map(|subject| self.possessive_head_of(subject, clause_start)),
                None,
            ),
        };
        if source.is_none() && inherits_from.is_none() {
            return None;
        }
        let content = self.content_after(verb_index + 1, sentence.end, verb)?;
        Some(Attribution {
            content,
            cue: Some(clause_start..verb_index + 1),
            source,
            entity: None,
            kind: QuoteKind::Indirect,
            confidence: 0.7,
            pattern: Pattern::Participle,
            inherits_from,
        })
    }

    /// "Noting that the vote was close, Okafor said …", "Bemoaning the
    /// “phony system,” Trump accused …": a participle opening the sentence
    /// reports what follows it up to the clause's comma, and the subject of
    /// the main clause after the comma is its source.
    fn opening_participle_clause(
        &mut self,
        verb_index: usize,
        sentence: Range<usize>,
        verb: CueVerb,
    ) -> Option<Attribution> {
        // The clause's comma, outside quotation marks or closing one, looked
        // for a bounded way so that a long sentence stays linear.
        let comma = (verb_index + 2..sentence.end.min(verb_index + 40))
            .find(|&t| (self.is_punct(t, ',') && !self.in_quote(t)) || self.closes_on_comma(t))?;
        let clause_end = if self.is_punct(comma, ',') {
            comma
        } else {
            comma + 1
        };
        let main_start = if self.is_punct(clause_end, ',') {
            clause_end + 1
        } else {
            clause_end
        };
        let subject = self.mentions.starting_at(main_start)?;
        let subject_mention = &self.mentions.mentions[subject];
        if !matches!(
            subject_mention.kind,
            MentionKind::Name | MentionKind::Nominal | MentionKind::Pronoun
        ) {
            return None;
        }
        // A word of the subject's predicate follows it ("Okafor said",
        // "the senator withdrew"): the main clause, not a list of names.
        let subject_end = subject_mention.tokens.end;
        let predicate_follows = self.analysis.tokens.get(subject_end).is_some_and(|next| {
            is_plain_lower_word(next)
                && !matches!(
                    next.lower.as_str(),
                    "and"
                        | "or"
                        | "but"
                        | "nor"
                        | "of"
                        | "in"
                        | "on"
                        | "at"
                        | "for"
                        | "with"
                        | "from"
                        | "to"
                        | "by"
                        | "who"
                        | "whom"
                        | "whose"
                        | "which"
                        | "that"
                )
        });
        if !predicate_follows {
            return None;
        }
        let content = self.content_after(verb_index + 1, clause_end, verb)?;
        // "Reading from a prepared text, …", "Speaking at a rally, …": a
        // participle with a place or a medium reports nothing. ("Writing
        // for the majority, …": nor when the content would start after
        // it, unless a "that" clause does.)
        let first = content.first()?.start;
        let after_verb = if self.lower_is(first, "that") {
            first
        } else {
            verb_index + 1
        };
        if [first, after_verb].into_iter().any(|at| {
            matches!(
                self.lower(at),
                "from"
                    | "at"
                    | "in"
                    | "on"
                    | "with"
                    | "by"
                    | "into"
                    | "through"
                    | "during"
                    | "before"
                    | "after"
                    | "for"
                    | "outside"
                    | "inside"
                    | "near"
            )
        }) {
            return None;
        }
        Some(Attribution::found(
            content,
            Some(verb_index..verb_index + 1),
            Some(subject),
            0.6,
            Pattern::Participle,
        ))
    }

    /// "Portugal’s prime minister … defended a plan, saying …": for a
    /// name that a possessive and one to three lower-case words ending in
    /// a noun of a speaker follow, a mention of the whole phrase, whose
    /// head speaks; else `mention` itself. The phrase ends before `limit`.
    fn possessive_head_of(&mut self, mention: usize, limit: usize) -> usize {
        let owner_start = self.mentions.mentions[mention].tokens.start;
        let possessive = self.mentions.mentions[mention].tokens.end;
        if possessive >= limit || !self.is_possessive(possessive) {
            return mention;
        }
        let head = (possessive + 1..limit.min(possessive + 4))
            .take_while(|&t| {
                is_plain_lower_word(&self.analysis.tokens[t])
                    && !self.used[t]
                    && !PHRASE_BOUNDARY_WORDS.contains(self.lower(t))
            })
            .filter(|&t| is_speaker_noun(self.lower(t)))
            .last();
        match head {
            Some(head) => self
                .mentions
                .add_ad_hoc(self.analysis, owner_start..head + 1),
            None => mention,
        }
    }

    /// The first name, noun phrase or pronoun of a sentence before `limit`,
    /// outside quotation marks: the sentence's likely subject.
    fn sentence_subject(&self, sentence_start: usize, limit: usize) -> Option<usize> {
        // "Speaking at a town hall in Salem, Trump …", "Hours later, the
        // campaign …": an opening participle clause or time phrase holds
        // no subject; it runs to its comma.
        let opening = self.lower(sentence_start);
        let opens_with_adjunct = (opening.len() > 5 && opening.ends_with("ing"))
            || matches!(
                opening,
                "later" | "earlier" | "shortly" | "afterward" | "afterwards"
            )
            || matches!(
                self.lower(sentence_start + 1),
                "later" | "earlier" | "after" | "ago"
            );
        // ("in Salem, New Hampshire, Trump …": a place's state set off by
        // commas is still the clause's.)
        let set_off_place = |comma: usize| {
            self.mentions.starting_at(comma + 1).is_some_and(|m| {
                let end = self.mentions.mentions[m].tokens.end;
                self.is_punct(end, ',')
            })
        };
        let sentence_start = if opens_with_adjunct {
            (sentence_start + 1..limit.min(sentence_start + 20))
                .find(|&t| self.is_punct(t, ',') && !self.in_quote(t) && !set_off_place(t))
                .map_or(sentence_start, |comma| comma + 1)
        } else {
            sentence_start
        };
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
            .map(|mention| self.person_after_employer(mention))
    }

    /// "World Athletics president Sebastian Coe", "Villa boss Unai Emery":
    /// for a name that an employer's role and a person's name follow at
    /// once, the person, who heads the phrase; else `mention` itself.
    pub(super) fn person_after_employer(&self, mention: usize) -> usize {
        let end = self.mentions.mentions[mention].tokens.end;
        self.mentions
            .starting_at(end)
            .filter(|&next| {
                let next_mention = &self.mentions.mentions[next];
                self.mentions.mentions[mention].kind == MentionKind::Name
                    && next_mention.kind == MentionKind::Name
                    && next_mention.entity_kind == EntityKind::Person
                    && !self.analysis.tokens[end].capitalized
                    && !next_mention.roles.is_empty()
            })
            .unwrap_or(mention)
    }

    /// Whether the participle at `participle` is one of a list ("by
    /// helping to build …, leading the efforts …, and training …"): a
    /// comma and "and" or "or" before another -ing word follow it before
    /// `end` (looked for over 40 tokens at most).
    fn in_list_of_gerunds(&self, participle: usize, end: usize) -> bool {
        (participle + 1..end.min(participle + 40)).any(|t| {
            self.is_punct(t, ',')
                && matches!(self.lower(t + 1), "and" | "or")
                && self.lower(t + 2).ends_with("ing")
        })
    }

    /// Whether the tokens from `start` to the sentence end add nothing but
    /// adjuncts ("in a statement on Monday") or a new participle clause, so
    /// that a cue there governs the content before it.
    pub(super) fn is_trailing(&self, start: usize, end: usize) -> bool {
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
            // "Staff were unhurt, police said, though one employee was
            // treated for shock": a clause the writer adds after the comma.
            if matches!(word, "who" | "whom" | "whose")
                || matches!(word, "though" | "although" | "whereas")
                || word == "according"
                || is_participle_cue(word)
                || (self.opens_participle_clause(next) && !self.in_list_of_gerunds(next, end))
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
        // clause like a full stop. So does a dash that closes an aside:
        // "… – “…,” he said – and argued …".
        if self.is_punct(index, ';')
            || self.is_punct(index, '—')
            || self.is_punct(index, '–')
            || self.is_spaced_hyphen(index)
        {
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
            // (The time adjunct may have taken its comma.)
            let gloss = if self.is_punct(after_time, ',') {
                after_time + 1
            } else if self.is_punct(after_time - 1, ',') {
                after_time
            } else {
                end
            };
            return self.glosses_to_the_end(gloss, end) || self.is_trailing(after_time, end);
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
        let time_span = self.opens_time_span(index);
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
                // "said on Wednesday, its lowest level …": a time adjunct.
                let after_a_day = later > index && DAY_WORDS.contains(&self.lower(later - 1));
                return (after_a_day && self.glosses_to_the_end(later + 1, end))
                    || self.is_trailing(later, end);
            }
        }
        true
    }

    /// "…, the ONS said on Wednesday, its lowest level in three years.":
    /// whether the words from `start` to the sentence's `end` are a short
    /// noun phrase with no verb and no relative clause, which glosses what
    /// was reported. (Asked only after a time adjunct of the cue: right
    /// after the cue's comma, "…, the polls tell us, a lot of anxiety" goes
    /// on with what was said, and so may a phrase after another adjunct.)
    fn glosses_to_the_end(&self, start: usize, end: usize) -> bool {
        start < end
            && end - start <= 10
            && matches!(
                self.lower(start),
                "its" | "his" | "her" | "their" | "the" | "a" | "an"
            )
            && !(start..end)
                .any(|t| matches!(self.lower(t), "that" | "which" | "who" | "whose" | "where"))
            && !self.has_verb(start..end)
    }

    /// Whether a span of time opens at `index`: "two days after the
    /// attack", "several months later", "the day before".
    pub(super) fn opens_time_span(&self, index: usize) -> bool {
        let is_number = self
            .analysis
            .tokens
            .get(index)
            .is_some_and(|token| token.kind == TokenKind::Number);
        (is_number || NUMBER_WORDS.contains(&self.lower(index)))
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
            || (self.lower(index) == "the"
                && (self.lower(index + 1) == "day" || DAY_WORDS.contains(&self.lower(index + 1)))
                && matches!(self.lower(index + 2), "after" | "before"))
    }
}

/// `content` cut before token `end`: the parts that start before it, the
/// last of them ending there at the latest; `None` where no part is left.
fn cut_content_before(mut content: ContentParts, end: usize) -> Option<ContentParts> {
    content.retain(|part| part.start < end);
    let last = content.last_mut()?;
    last.end = last.end.min(end);
    Some(content)
}
