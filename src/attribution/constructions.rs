//! Reporting constructions that are not a subject and a verb: "according
//! to X", "as X put it", "X made the point that", "Asked …, she said",
//! a poll that a clause is found "in", a colon headline ("MoD: no deal
//! yet"), a quotation signed after a dash, and a name after "appeared on"
//! or "backed by".
//!
//! Each is tried at its own trigger word, some before the cue verbs are
//! (see [`Attributor::find_cued`]), because what they govern often holds a
//! verb that would otherwise take the clause first.

use super::*;

/// Labels of an article's kind that open a headline before a colon ("Q&A:
/// …", "Analysis: …"), which name no speaker.
#[rustfmt::skip]
pub(super) const HEADLINE_LABELS: &[&str] = &[
    "q&a", "analysis", "explainer", "opinion", "review", "live", "watch", "video", "update",
    "breaking", "exclusive", "editorial", "factbox", "fact check", "timeline", "interview",
    "podcast", "in pictures", "photos", "obituary", "letters", "the latest",
    "wow", "look", "revealed", "bombshell", "boom", "busted", "just in", "just leaked",
];

impl Attributor<'_, '_> {
    /// "“Donald Trump scares me. …” ― Krystal Correa": a quotation signed
    /// with a dash and a name that ends the line, as in reader testimonials,
    /// epigraphs and embedded posts ("— Donald J. Trump (@realDonaldTrump)
    /// September 27, 2016"). The dash is the cue; "--" is a dash too.
    pub(super) fn quotation_signed_after_dash(&mut self, dash: usize) -> Option<Attribution> {
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

    /// Whether the colon at `colon` ends the speaker label of a transcript
    /// turn quoted paragraph by paragraph ("“WALLACE: But, Governor …"):
    /// an opening quotation mark starts the paragraph, then one to three
    /// words in capitals, then the colon. Such a colon lies inside the
    /// quotation that the turns make up, where other cues are not read.
    pub(super) fn is_quoted_turn_label(&self, colon: usize) -> bool {
        let tokens = &self.analysis.tokens;
        if !tokens[colon].is_punct(':') || colon < 2 {
            return false;
        }
        let Some(mark) = (colon.saturating_sub(4)..colon - 1)
            .find(|&t| self.quotes.opening_at(t).is_some() || tokens[t].quote_char().is_some())
        else {
            return false;
        };
        self.analysis.opens_paragraph(mark)
            && (mark + 1..colon).all(|t| {
                let word = tokens[t].span.slice(self.analysis.text);
                tokens[t].is_word() && word.len() >= 2 && !word.chars().any(char::is_lowercase)
            })
    }

    /// Headlines and transcripts: "Issa: Clinton’s ‘Honesty Is In Question.’"
    /// A short name or noun phrase opening a sentence, then a colon.
    pub(super) fn colon_headline(&mut self, colon: usize) -> Option<Attribution> {
        let sentence = self.sentence_range(colon);
        if colon == sentence.start || colon + 1 >= sentence.end {
            return None;
        }
        if colon == sentence.start + 1 && self.is_turn_label(sentence.start, "A") {
            return self.interview_answer(colon);
        }
        // "Q&A: Why are egg prices so high?", "Analysis: …": a label of the
        // article's kind is no speaker.
        let label = self.analysis.tokens[sentence.start]
            .span
            .cover(self.analysis.tokens[colon - 1].span)
            .slice(self.analysis.text)
            .to_lowercase();
        if HEADLINE_LABELS.contains(&label.as_str()) {
            return None;
        }
        // "Rep. Trey Gowdy (R-S.C.): …": a party label between the name and
        // the colon.
        let mut name_end = colon;
        if self.is_punct(colon - 1, ')') {
            let open =
                self.opening_bracket(colon - 1, sentence.start.max(colon.saturating_sub(8)))?;
            name_end = open;
        }
        // "Former AG Mukasey at RNC: …", "CNN President On Trump: …": the
        // speaker, then a place or topic after a preposition.
        // The speaker must be known for one: a title, a gender, or an
        // organisation ("Limited Tools to Fight Terrorism:" is a subheading).
        let known_speaker = |mention: usize| {
            let mention = &self.mentions.mentions[mention];
            let entity = mention.entity.map(|entity| &self.mentions.entities[entity]);
            !mention.roles.is_empty()
                || mention
                    .tokens
                    .clone()
                    .any(|t| is_person_title(self.lower(t)))
                || entity.is_some_and(|entity| {
                    entity.gender != Gender::Unknown
                        || !entity.roles.is_empty()
                        || matches!(entity.kind, EntityKind::Organization | EntityKind::Group)
                })
        };
        if let Some(place) = self.mentions.ending_at(name_end.checked_sub(1)?) {
            let preposition = self.mentions.mentions[place].tokens.start.wrapping_sub(1);
            if preposition > sentence.start
                && preposition < name_end
                && matches!(self.lower(preposition), "at" | "on" | "in" | "to")
                && self
                    .mentions
                    .ending_at(preposition - 1)
                    .is_some_and(known_speaker)
            {
                name_end = preposition;
            }
        }
        let Some(source) = self.mentions.ending_at(name_end.checked_sub(1)?) else {
            return self.verb_phrase_before_colon(colon, sentence);
        };
        let mention = &self.mentions.mentions[source];
        // "Storm Idris: thousands without power": a named storm says nothing.
        if matches!(
            self.lower(mention.tokens.start),
            "storm" | "hurricane" | "typhoon" | "cyclone" | "tropical"
        ) {
            return None;
        }
        let start = colon + 1;
        // A quotation that is the whole rest of the sentence is the content
        // with all its parts; one followed by more words ("‘It Is Not A
        // Radical Idea’ To Ask …") is part of a plain content.
        let whole_quote = self.quotation_ending_sentence(start, sentence.end);
        // "Republican pollster Daron Shaw: …": up to two modifier words may
        // come before the name. Anywhere in the sentence, a person's name
        // may introduce a quotation that ends it ("… doesn’t surprise
        // pollster Daron Shaw: “…”").
        // A transcript may open each turn with a quotation mark it never
        // closes ("“WALLACE: …").
        let opening_mark = self.quotes.opening_at(sentence.start).is_some()
            && mention.tokens.start == sentence.start + 1;
        let modifiers_only = ((sentence.start..mention.tokens.start)
            .all(|t| self.analysis.tokens[t].is_word())
            && mention.tokens.start <= sentence.start + 2)
            || opening_mark;
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
        // A quoted transcript's label needs no known name: its form says
        // what it is.
        let quoted_turn = opening_mark && self.is_quoted_turn_label(colon);
        // "Milbank: Republicans ‘Waving The Flag …’", "Poll: 3 races are
        // tight": the article's own headline names its source by one word
        // that the text may never repeat.
        let headline_source = self.analysis.paragraph_of_token(colon) == 0;
        if (lone_unknown_word && !quoted_turn && !headline_source)
            || (lone_word && LINE_LABEL_WORDS.contains(self.lower(colon - 1)))
        {
            return None;
        }
        // "Little Relief for Refugees: …", "Veto Power Impedes Peace
        // Efforts: …": a subheading of three words or more that names
        // neither a person nor an organisation labels a section.
        let words = mention
            .tokens
            .clone()
            .filter(|&t| self.analysis.tokens[t].is_word())
            .count();
        if words >= 3
            && mention.kind == MentionKind::Name
            && mention.entity_kind == EntityKind::Unknown
        {
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
                // "Clinton: I support D.C. statehood", "Aides: Trump
                // wants a reset": a short clause with its subject and verb
                // is a statement all the same.
                let first = content.first().map_or(start, |part| part.start);
                let short_clause = words >= 3 && {
                    // (After a subject pronoun any plain word is the verb.)
                    let pronoun = matches!(self.lower(first), "i" | "we" | "he" | "she" | "they");
                    let verb_at = if pronoun {
                        Some(first + 1)
                    } else {
                        self.mentions
                            .starting_at(first)
                            .map(|m| self.mentions.mentions[m].tokens.end)
                    };
                    verb_at.is_some_and(|verb| {
                        verb < sentence.end
                            && is_plain_lower_word(&self.analysis.tokens[verb])
                            && (pronoun || looks_like_verb(self.analysis, verb))
                    })
                };
                if words <= 4 && !(transcript_label && words > 0) && !short_clause {
                    return None;
                }
                // A turn that opens its paragraph runs to the paragraph's
                // end, over all its sentences.
                match content.last() {
                    Some(last)
                        if transcript_label && self.analysis.opens_paragraph(sentence.start) =>
                    {
                        let tokens = &self.analysis.tokens;
                        // Without the full stop that ends the paragraph.
                        let mut end = self.analysis.paragraphs
                            [self.analysis.paragraph_of_token(sentence.start)]
                        .tokens
                        .end;
                        while end > last.end && is_terminal_punct(tokens[end - 1].kind) {
                            end -= 1;
                        }
                        let first = content.first().map_or(start, |part| part.start);
                        smallvec![first..end.max(last.end)]
                    }
                    _ => content,
                }
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

    /// Whether token `label` is the one letter `letter` ("Q" or "A") that
    /// opens its paragraph before a colon, as the turns of an interview
    /// printed as questions and answers do.
    fn is_turn_label(&self, label: usize, letter: &str) -> bool {
        self.analysis.tokens[label].span.slice(self.analysis.text) == letter
            && self.is_punct(label + 1, ':')
            && self.analysis.opens_paragraph(label)
    }

    /// "Q: Why are rents rising? ¶ A: Because we stopped building.": an
    /// answer, after a question printed the same way, is the interviewee's,
    /// to the end of its paragraph. The colon is the cue; no mention names
    /// the speaker at the answer, so [`Self::interviewee`] is its entity.
    /// The answer is kept here, holding the others found inside it, and
    /// nothing is returned.
    fn interview_answer(&mut self, colon: usize) -> Option<Attribution> {
        let (first_question, interviewee) = self.interview()?;
        if first_question > colon {
            return None;
        }
        let paragraph = &self.analysis.paragraphs[self.analysis.paragraph_of_token(colon)];
        let tokens = &self.analysis.tokens;
        let mut end = paragraph.tokens.end;
        while end > colon + 1 && is_terminal_punct(tokens[end - 1].kind) {
            end -= 1;
        }
        if !(colon + 1..end).any(|t| tokens[t].is_word()) {
            return None;
        }
        let mut attribution = Attribution::found(
            smallvec![colon + 1..end],
            Some(colon..colon + 1),
            None,
            0.6,
            Pattern::SourceFirst,
        );
        attribution.entity = interviewee;
        // What the answer itself reports ("I think …", "my own folks say
        // …") is found too, as PolNeAR marks it.
        self.push_holding_others(attribution);
        None
    }

    /// The text's interview, if it has one: the first token of its first
    /// paragraph that opens with "Q:", and whom the interview is with.
    /// Looked for once, at the first answer: a transcript may have
    /// thousands of answers.
    fn interview(&mut self) -> Option<(usize, Option<usize>)> {
        if let Some(known) = self.interview {
            return known;
        }
        let found = self
            .analysis
            .paragraphs
            .iter()
            .map(|paragraph| paragraph.tokens.start)
            .find(|&start| start + 1 < self.analysis.tokens.len() && self.is_turn_label(start, "Q"))
            .map(|first_question| (first_question, self.interviewee(first_question)));
        self.interview = Some(found);
        found
    }

    /// Whom an interview printed as questions and answers is with: the
    /// person named most often before its first question (in the headline
    /// and the introduction), the first named among equals.
    fn interviewee(&self, first_question: usize) -> Option<usize> {
        let mut counts: HashMap<usize, (usize, usize)> = HashMap::new();
        for (index, mention) in self.mentions.mentions.iter().enumerate() {
            if mention.tokens.start >= first_question || mention.kind != MentionKind::Name {
                continue;
            }
            let Some(entity) = mention.entity else {
                continue;
            };
            if self.mentions.entities[entity].kind != EntityKind::Person {
                continue;
            }
            counts.entry(entity).or_insert((0, index)).0 += 1;
        }
        counts
            .into_iter()
            .max_by_key(|&(_, (count, first))| (count, std::cmp::Reverse(first)))
            .map(|(entity, _)| entity)
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
            // "put it bluntly:": "it" is a mention, but no subject.
            && (self.mentions.ending_at(cue_start - 1).is_none() || self.lower(cue_start - 1) == "it")
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
        // "Smith, 45, put it bluntly:": an age between commas after the subject.
        let mut subject_end = cue_start.checked_sub(1)?;
        if subject_end >= 3
            && self.is_punct(subject_end, ',')
            && tokens[subject_end - 1].kind == TokenKind::Number
            && self.is_punct(subject_end - 2, ',')
        {
            subject_end -= 3;
        }
        // "Her neighbour, Daniel Park, was more hopeful:", "Park, a
        // neighbour, was more hopeful:": a subject and its appositive.
        let source = match self.mentions.ending_at(subject_end) {
            Some(source) => source,
            None if self.is_punct(subject_end, ',') => {
                self.phrase_before(subject_end + 1, sentence.start, false)?
            }
            None => return None,
        };
        let mention = &self.mentions.mentions[source];
        // The subject opens the sentence, or its clause after an opening
        // adjunct set off by a comma.
        // (A mention that starts before the sentence, in the paragraph
        // before it, opens nothing here.)
        let opens_clause = mention.tokens.start == sentence.start
            || (mention.tokens.start > sentence.start
                && self.is_punct(mention.tokens.start - 1, ','));
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
    /// question is reported too. Its source is whoever asked, when "by"
    /// names them ("Asked by Stephanopoulos whether …"), and otherwise
    /// unknown: the minister answers the question but did not ask it (and
    /// PolNeAR's annotators leave such a question without a source 29 times
    /// in 34 on train).
    pub(super) fn asked_clause(&mut self, asked: usize) -> Option<Attribution> {
        let sentence = self.sentence_range(asked);
        let comma =
            (asked + 1..sentence.end).find(|&t| self.is_punct(t, ',') && !self.in_quote(t))?;
        let (agent, content_start) = self.asker_and_question_start(asked, comma);
        let content = self.plain_content(content_start, comma)?;
        Some(Attribution::found(
            content,
            Some(asked..asked + 1),
            agent,
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
    pub(super) fn asked_when(&mut self, asked: usize) -> Option<Attribution> {
        let sentence = self.sentence_range(asked);
        let (agent, mut content_start) = self.asker_and_question_start(asked, sentence.end);
        // "When asked at the business conference about the merger, …": a
        // place or time before what was asked about is skipped.
        if matches!(self.lower(content_start), "at" | "on" | "in" | "during") {
            if let Some(about) = (content_start + 2..sentence.end.min(content_start + 8))
                .take_while(|&t| self.analysis.tokens[t].is_word())
                .find(|&t| matches!(self.lower(t), "about" | "whether"))
            {
                content_start = about;
            }
        }
        // "When asked to confirm his part in the talks, …": a request.
        let infinitive = self.lower_is(content_start, "to")
            && self
                .analysis
                .tokens
                .get(content_start + 1)
                .is_some_and(is_plain_lower_word);
        if !infinitive
            && !matches!(
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
            )
        {
            return None;
        }
        // Opening the sentence or set off by commas, the clause ends at its
        // comma.
        let end = if asked - 1 == sentence.start || self.is_punct(asked - 1, ',') {
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
    pub(super) fn in_poll(&mut self, in_index: usize) -> Option<Attribution> {
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
            // "… is ahead in public opinion polls in Florida; …", "…
            // continues to lead in polls despite …", "… came in second in
            // January polls, although …": a clause of its own, or an
            // adjunct the poll does not report, may follow it too.
            let clause_follows = self.is_punct(after_phrase, ';')
                || (self.is_punct(after_phrase, ',')
                    && matches!(
                        self.lower(after_phrase + 1),
                        "although" | "though" | "but" | "while" | "whereas"
                    ));
            let adjunct_follows = matches!(self.lower(after_phrase), "despite" | "ahead")
                // A place: "in Florida, Illinois and North Carolina".
                || (self.lower(after_phrase) == "in"
                    && tokens
                        .get(after_phrase + 1)
                        .is_some_and(|place| place.is_word() && place.capitalized));
            if !(self.only_terminal_punct(after_phrase, sentence.end)
                || gloss_follows
                || clause_follows
                || adjunct_follows)
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
                        "lead"
                            | "leads"
                            | "ahead"
                            | "percent"
                            | "%"
                            | "support"
                            | "points"
                            | "trails"
                            | "trailed"
                            | "behind"
                            | "second"
                            | "third"
                            | "fourth"
                    )
            });
            // "While he is running third in most polls, a strong showing
            // …": a subordinate clause is no finding of its own.
            let subordinate = is_subordinator(self.lower(span.start));
            if !a_finding || subordinate || reports_itself(span) {
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

    pub(super) fn according_to(&mut self, according: usize) -> Option<Attribution> {
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
            // "According to three people familiar with the matter, who
            // requested anonymity …, the president was furious": a relative
            // clause on the source, set off by commas, is no content.
            if matches!(self.lower(start), "who" | "whom" | "whose") {
                if let Some(comma) = (start + 1..sentence.end.min(start + 25))
                    .take_while(|&t| !self.in_quote(t))
                    .find(|&t| self.is_punct(t, ','))
                {
                    start = comma + 1;
                }
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
            // "Revenue rose 48%, the company said, beating the estimate of
            // $11.9 billion, according to LSEG data.": the company's own
            // report, set off by commas, is the company's; what "according
            // to" reports starts after it.
            if let [part] = content.as_slice() {
                if let Some(after) = self.after_reporting_aside(part.clone()) {
                    content = smallvec![after..part.end];
                }
            }
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

    /// Where the content in `part` goes on after a reporting aside set off
    /// by commas (", the company said,"): a name or pronoun, a verb of
    /// saying and the comma after them, within the part's first 80 tokens.
    fn after_reporting_aside(&self, part: Range<usize>) -> Option<usize> {
        let last = part.end.min(part.start + 80);
        (part.start + 1..last).find_map(|comma| {
            if !self.is_punct(comma, ',') || self.in_quote(comma) {
                return None;
            }
            let mention = self.mention_at_or_after_the(comma + 1)?;
            let verb = self.mentions.mentions[mention].tokens.end;
            let closing = verb + 1;
            (closing + 1 < part.end && self.speech_verb_at(verb) && self.is_punct(closing, ','))
                .then_some(closing + 1)
        })
    }

    /// "Gorka also made the point that …", "she makes the case that …": a
    /// claim reported through the noun, its subject the source.
    pub(super) fn made_the_point(&mut self, made: usize) -> Option<Attribution> {
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
    pub(super) fn as_source_put_it(&mut self, as_index: usize) -> Option<Attribution> {
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
        // "…, as the memo put it in a lengthy expose, “…”": a short adjunct
        // after the cue, up to its comma.
        let mut after = after;
        if after < sentence.end && self.opens_adjunct(after) {
            if let Some(comma) = (after + 1..sentence.end.min(after + 8))
                .take_while(|&t| self.analysis.tokens[t].is_word() || self.is_punct(t, ','))
                .find(|&t| self.is_punct(t, ','))
            {
                after = comma;
            }
        }
        // "… a “lawful source of income,” as a memo put it.": the comma may
        // close the quotation before "as".
        let after_comma = as_index > sentence.start
            && (self.is_punct(as_index - 1, ',') || self.closes_on_comma(as_index - 1));
        let at_clause_start = as_index == sentence.start
            || after_comma
            || self.quotes.opening_at(as_index - 1).is_some();
        if at_clause_start && (self.is_punct(after, ',') || self.is_punct(after, ':')) {
            self.plain_content(after + 1, sentence.end)
        } else if after_comma && self.only_terminal_punct(after, sentence.end) {
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

    /// "Christie appeared to end his bid …", "the Trump team appeared
    /// paralyzed", "it seems some convincing was needed": PolNeAR's
    /// annotators mark how something seems as an attribution without a
    /// source, whose content is the subject and what it seems (only what
    /// follows when the subject is "it").
    pub(super) fn appearance(&mut self, verb_index: usize) -> Option<Attribution> {
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
        // "seemed so stark", "appear more attractive", "seems not to
        // have": a word of degree or "not" before what it seems.
        let degree = matches!(
            next.lower.as_str(),
            "so" | "more" | "most" | "less" | "very" | "too" | "not" | "quite" | "rather"
        ) && self
            .analysis
            .tokens
            .get(complement + 1)
            .is_some_and(is_plain_lower_word);
        let looks = degree
            || (is_plain_lower_word(next)
                && !PHRASE_BOUNDARY_WORDS.contains(next.lower.as_str())
                && !ADJUNCT_WORDS.contains(next.lower.as_str()));
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
        // "Donald Trump on Tuesday seemed to …": a day between the subject
        // and the cue is no part of either.
        // ("neither contest this year appears …": a time word without
        // "on" may be the subject's own.)
        let subject_end = if cue_start > sentence.start + 2
            && self.lower_is(cue_start - 2, "on")
            && DAY_WORDS.contains(&self.lower(cue_start - 1))
        {
            cue_start - 2
        } else {
            cue_start
        };
        // "no one, including Clinton, seems …", "Democrats, too, appeared
        // …", "the government, headed by Justin Trudeau, seems …": an aside
        // set off by commas between the subject and the cue.
        let subject_end = self
            .aside_before(subject_end, sentence.start)
            .unwrap_or(subject_end);
        let subject = self.phrase_before(subject_end, sentence.start, true)?;
        let mut subject_start = self.mentions.mentions[subject].tokens.start;
        if self.mentions.mentions[subject].tokens.end != subject_end
            || subject_start < sentence.start
        {
            return None;
        }
        while subject_start > sentence.start && subject_end - subject_start < 12 && {
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
        let content = std::iter::once(subject_start..subject_end)
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

    /// The comma that opens an aside ending with the comma right before
    /// `end` ("including Clinton", "too", "headed by Justin Trudeau", "who
    /// …"), at most eight tokens back and not before `sentence_start`.
    fn aside_before(&self, end: usize, sentence_start: usize) -> Option<usize> {
        /// An aside between a subject and its verb is short.
        const LONGEST_ASIDE: usize = 8;
        let closing = end.checked_sub(1).filter(|&t| self.is_punct(t, ','))?;
        let opening = (closing
            .saturating_sub(LONGEST_ASIDE)
            .max(sentence_start + 1)..closing)
            .rev()
            .find(|&t| self.is_punct(t, ',') || self.in_quote(t))
            .filter(|&t| self.is_punct(t, ','))?;
        let first = &self.analysis.tokens[opening + 1];
        let opens_aside = matches!(
            first.lower.as_str(),
            "including" | "too" | "however" | "meanwhile" | "who" | "which"
        ) || (is_plain_lower_word(first) && first.lower.ends_with("ed"));
        opens_aside.then_some(opening)
    }

    /// "a super PAC backing former Florida governor Jeb Bush", "placards
    /// supporting Sanders": a noun phrase and the named candidate it backs
    /// or opposes, which PolNeAR marks as an attribution of a stance. Only
    /// before a name, whose mention gives the content's end.
    pub(super) fn backing_name(&mut self, verb_index: usize) -> Option<Attribution> {
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
}
