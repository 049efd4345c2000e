//! Where the content of an attribution starts and stops: before a
//! content-first cue, after a source-first one (past its object, listener
//! and time adjuncts), across an interruption (`“A,” he said, “B.”`), and
//! where a plain clause ends: at a new clause, a new speaker and cue, or a
//! cut the learned boundary model makes where the rules do not say.

use super::*;

/// Nouns of reporting whose complement a "that" opens ("reports that …",
/// "claims that …"): inside an adjunct after a cue, such a "that" is not
/// the cue's.
const REPORT_NOUNS_BEFORE_THAT: &[&str] = &[
    "reports",
    "report",
    "claims",
    "claim",
    "allegations",
    "rumours",
    "rumors",
    "suggestions",
    "fears",
    "concerns",
    "news",
    "warnings",
    "speculation",
];

impl Attributor<'_, '_> {
    /// The content of a content-first attribution whose boundary (a comma or
    /// a closing quotation mark) is token `boundary`.
    pub(super) fn content_before(
        &self,
        boundary: usize,
        sentence_start: usize,
    ) -> Option<ContentParts> {
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
    pub(super) fn content_ending_at(
        &self,
        last: usize,
        closing: Option<usize>,
        sentence_start: usize,
    ) -> Option<ContentParts> {
        let tokens = &self.analysis.tokens;
        let mut clause_start = sentence_start;
        for index in (sentence_start..=last).rev() {
            // "… less attractive to financial firms: London was the capital
            // in 2015, according to one index": a colon outside quotation
            // marks opens the clause that is reported.
            // (Not after a verb of saying: "One message said: “…”,
            // according to a letter" reports the whole.)
            let colon = index < last
                && tokens[index].is_punct(':')
                && !self.in_quote(index)
                && (index == 0 || cue_verb(&tokens[index - 1].lower).is_none());
            if self.used[index] || self.source_used[index] || colon {
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
        // A bullet opening the line ("• No deal is on the table, says
        // MoD.") is no more content than a dash.
        while clause_start <= last
            && (matches!(
                tokens[clause_start].kind,
                TokenKind::Punct(',' | ';' | ':' | '—' | '–' | '-' | '•' | '·' | '▪' | '*' | '►')
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
    pub(super) fn content_first(
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
        // Also a mixed content that ends in a quotation: "But ‘‘the more
        // interesting issue,’’ he added, ‘‘is whether …’’".
        let content_ends_in_quote = content.len() == 1
            && self
                .quotes
                .closing_at(content[0].end.saturating_sub(1))
                .is_some();
        if !content_ends_in_quote {
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
            // "“A,” he said, adding, “B.”": a participle of speech before
            // the second quotation reports it on its own.
            let reported_by_participle =
                |reopening: usize| (after..reopening).any(|t| self.participle_cue_at(t));
            // "“A,” she said, but despite the tone, “B,” said Kunin.": a
            // quotation with an attribution of its own after it is no part
            // of this one.
            let attributed_after = |reopening: usize| {
                self.quotes.opening_at(reopening).is_some_and(|region| {
                    let close = self.quotes.regions[region].last_token();
                    let after_close = if self.is_punct(close + 1, ',') {
                        close + 2
                    } else {
                        close + 1
                    };
                    self.speaker_and_cue_at(after_close)
                        || (cue_verb(self.lower(after_close)).is_some_and(|verb| {
                            verb.class == CueClass::Speech && verb.form != VerbForm::Participle
                        }) && self.mentions.starting_at(after_close + 1).is_some())
                })
            };
            if let Some(reopening) =
                reopening.filter(|&r| !reported_by_participle(r) && !attributed_after(r))
            {
                next = reopening;
            }
        }
        // "“A,” he said, but “when it comes to …”": a conjunction before a
        // quotation that goes on in lower case joins the second half too.
        // "…,” Jordan said, and still “got to sit in …”": an adverb or two
        // may stand before the quotation.
        let quotation_after_adverbs = (next + 1..next + 4)
            .find(|&t| !self.is_adverb_before_verb(t) || self.quotes.opening_at(t).is_some());
        let conjunction = quotation_after_adverbs
            .filter(|&opening| {
                matches!(self.lower(next), "but" | "and")
                    && self.quotes.opening_at(opening).is_some()
                    && self
                        .analysis
                        .tokens
                        .get(opening + 1)
                        .is_some_and(|first| first.is_word() && !first.capitalized)
            })
            .map(|opening| (next, opening));
        if let Some((_, opening)) = conjunction {
            next = opening;
        }
        if let Some(region_index) = self.quotes.opening_at(next) {
            let region = &self.quotes.regions[region_index];
            let untaken = |from: usize| !(from..=region.last_token()).any(|t| self.used[t]);
            if region.parts[0].open == next {
                match conjunction.map(|(conjunction, _)| conjunction) {
                    Some(conjunction) if region.parts.len() == 1 && untaken(conjunction) => {
                        content.push(conjunction..region.last_token() + 1);
                    }
                    None if untaken(next) => content.extend(region.part_token_ranges()),
                    _ => {}
                }
            }
        }
        content
    }

    /// Whether the tokens from `from` to the sentence end are only closing
    /// punctuation ("." "!" "?" ";" "…"), or there are none.
    pub(super) fn only_terminal_punct(&self, from: usize, sentence_end: usize) -> bool {
        (from..sentence_end).all(|t| is_terminal_punct(self.analysis.tokens[t].kind))
    }

    /// The quotation opening at `open` when it is the whole rest of the
    /// sentence (only closing punctuation after it).
    pub(super) fn quotation_ending_sentence(
        &self,
        open: usize,
        sentence_end: usize,
    ) -> Option<usize> {
        let region = self.quotes.opening_at(open)?;
        let last = self.quotes.regions[region].last_token();
        self.only_terminal_punct(last + 1, sentence_end)
            .then_some(region)
    }

    /// The end of a date written with a capitalised month at `start` ("Dec. 6",
    /// "December 6, 2015", "March 2016"), or `start` itself when there is
    /// none. A month alone counts only when a number follows, so that "may"
    /// and "march" as verbs stay content.
    pub(super) fn date_end(&self, start: usize) -> usize {
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
    pub(super) fn skip_time_adjunct(&self, start: usize) -> usize {
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
    pub(super) fn content_after(
        &mut self,
        after_verb: usize,
        sentence_end: usize,
        verb: CueVerb,
    ) -> Option<ContentParts> {
        let tokens = &self.analysis.tokens;
        // "…, one of the people said, speaking on condition of anonymity
        // because …": the participle clause is on the speaker; what was
        // said comes before.
        if self.is_punct(after_verb, ',')
            && self.lower_is(after_verb + 1, "speaking")
            && matches!(
                self.lower(after_verb + 2),
                "on" | "anonymously" | "privately" | "under"
            )
        {
            return None;
        }
        // "…, scientists said on Monday, raising fears that …": a
        // participle clause after the verb and its adjuncts is about the
        // whole sentence, not what was said.
        let after_adjunct = self.skip_time_adjunct(after_verb);
        if self.is_punct(after_adjunct, ',') && self.opens_participle_clause(after_adjunct + 1) {
            return None;
        }
        // "was questioned for three hours on Tuesday by the committee": a
        // span of time after "for" is how long, not what, unless "that",
        // "about" or a quotation brings the content later on ("spoke for
        // an hour about the economy"); the bound keeps the look linear.
        if self.lower_is(after_verb, "for")
            && self.opens_time_span(after_verb + 1)
            && !(after_verb + 3..sentence_end.min(after_verb + 12)).any(|t| {
                matches!(self.lower(t), "that" | "about" | "whether")
                    || self.quotes.opening_at(t).is_some()
            })
        {
            return None;
        }
        // "Schmidt agreed but said …": a conjunction and a verb of saying
        // right after the verb open its next predicate, not what it reports.
        if matches!(self.lower(after_verb), "but" | "and" | "yet")
            && cue_verb(self.lower(after_verb + 1)).is_some_and(|next| {
                next.class == CueClass::Speech && next.form != VerbForm::Participle
            })
        {
            return None;
        }
        // "It was never answered, the documents suggest.": a source and
        // its verb after the comma, ending the sentence, report what came
        // before; nothing follows this cue.
        if self.is_punct(after_verb, ',') && self.trailing_report_at(after_verb + 1, sentence_end) {
            return None;
        }
        // "Officers were called to Great Western Street", "paramedics
        // were called to the scene": summoned to a place, nothing reported.
        if verb.base == "call"
            && after_verb >= 2
            && matches!(
                self.lower(after_verb - 2),
                "was" | "were" | "been" | "being" | "is" | "are"
            )
            && self.lower_is(after_verb, "to")
            && self
                .analysis
                .tokens
                .get(after_verb + 1)
                .is_some_and(|next| next.capitalized || is_determiner(&next.lower))
        {
            return None;
        }
        let mut start = self.skip_object(after_verb, sentence_end, verb);
        // "spoke to her at City Hall", "talked with reporters about the
        // strike": after a verb of talking, "to" or "with" names the
        // listener; what was talked about follows "about" ("spoke to the
        // newspaper on the condition of anonymity" reports nothing), and
        // without it nothing was reported.
        if start == after_verb
            && matches!(self.lower(start), "to" | "with")
            && after_verb > 0
            && matches!(
                self.lower(after_verb - 1),
                "spoke" | "speak" | "speaks" | "spoken" | "talked" | "talk" | "talks"
            )
        {
            let topic = (start + 1..sentence_end.min(start + 12))
                .take_while(|&t| tokens[t].is_word() || tokens[t].kind == TokenKind::Number)
                .find(|&t| self.lower_is(t, "about"))?;
            start = topic + 1;
        }
        // "scolded him: “…”", "gave the Texan a back-handed compliment:
        // “…”": a short object before a colon and a quotation is no content.
        // (Not a clause: "adds that American Muslims have two choices:
        // “…”" reports the clause with its quotation.)
        if start < sentence_end && tokens[start].is_word() && tokens[start].lower != "that" {
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
        // "called for changes that …": a particle of the verb opens no
        // adjunct, whatever "that" follows.
        let verb_particle = start == after_verb
            && after_verb > 0
            && is_particle_of(self.lower(after_verb - 1), self.lower(start));
        // "asked Trump about statements he had made, when …": what was
        // asked about is the content, not an adjunct before it.
        let asked_about = verb.base == "ask" && self.lower_is(start, "about");
        if start < sentence_end
            && !infinitive
            && !verb_particle
            && !asked_about
            && self.opens_adjunct(start)
        {
            let window_end = sentence_end.min(start + 12);
            for (index, token) in tokens.iter().enumerate().take(window_end).skip(start) {
                // ("spoke to the Gazette about the cases that stayed with
                // her": a "that" with a verb right after it opens a
                // relative clause in the adjunct, not the content.)
                let relative = index + 1 < sentence_end
                    && tokens[index + 1].is_word()
                    && !tokens[index + 1].capitalized
                    && looks_like_verb(self.analysis, index + 1);
                // ("were called at 3.15pm following reports that …": a
                // "that" after a noun of reporting opens that noun's
                // complement, not the cue's content.)
                // (Not a name's last word: "told ABC News that …".)
                if token.lower == "that"
                    && index > start
                    && !tokens[index - 1].capitalized
                    && REPORT_NOUNS_BEFORE_THAT.contains(&tokens[index - 1].lower.as_str())
                {
                    return None;
                }
                if token.lower == "that" && !relative {
                    that_at = Some(index);
                    break;
                }
                // "said in politics it takes time … but added, “…”": a
                // second reporting verb after "and" or "but" ends the
                // adjunct's window, so its comma is not taken for the
                // adjunct's.
                if matches!(token.lower.as_str(), "and" | "but")
                    && self.finite_speech_verb_at(index + 1)
                {
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
            // Nor does a time adjunct with no verb after it ("conceded
            // shortly after 10 p.m.").
            let time_adjunct_only = matches!(
                tokens[start].lower.as_str(),
                "shortly" | "soon" | "late" | "early" | "later" | "earlier" | "after" | "before"
            ) && !self.has_verb(start..sentence_end);
            let adjunct_to_end = that_at.is_none()
                && after_comma.is_none()
                && window_end == sentence_end
                && (matches!(tokens[start].lower.as_str(), "in" | "during") || time_adjunct_only)
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
        // "No talks are planned before Monday, says RMT.": content never
        // opens on a verb of saying; that verb reports the sentence itself.
        if start < sentence_end && matches!(tokens[start].lower.as_str(), "says" | "said") {
            return None;
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
        // "has demonized Wall Street and Mr. Trump has disparaged
        // immigrants": what a verb of evaluation takes is a noun phrase, and
        // "and" with a subject and its verb starts a clause of its own.
        // (Looked for within 25 tokens, which keeps a long sentence linear.)
        // (Not after a verb of the content's own: "what would happen if
        // … and they were to reply" is one clause; nor after a pronoun,
        // which "and" joins to a second subject: "the anger that he and Mr.
        // Trump channeled".)
        let sentence_end = if verb.class == CueClass::Evaluation && tokens[start].lower != "that" {
            (start + 1..sentence_end.min(start + 25))
                .take_while(|&t| !looks_like_verb(self.analysis, t))
                .find(|&t| {
                    tokens[t].lower == "and"
                        && !self.in_quote(t)
                        && !is_subject_pronoun(self.lower(t - 1))
                        && self.subject_and_verb_at(t + 1, sentence_end)
                })
                .map(|and| {
                    // (Without the comma or dash before "and".)
                    let mut end = and;
                    while end > start + 1
                        && matches!(
                            tokens[end - 1].kind,
                            TokenKind::Punct(',' | '-' | '—' | '–')
                        )
                    {
                        end -= 1;
                    }
                    end
                })
                .unwrap_or(sentence_end)
        } else {
            sentence_end
        };
        self.plain_content(start, sentence_end)
    }

    /// Whether a clause's subject and its verb start at `index`: a subject
    /// pronoun, a possessive and its noun, or a name, then a word that looks
    /// like a verb ("he said", "his campaign did not respond", "Mr. Trump
    /// has disparaged").
    fn subject_and_verb_at(&self, index: usize, sentence_end: usize) -> bool {
        let word = self.lower(index);
        let verb_at = if is_subject_pronoun(word) && word != "you" {
            Some(index + 1)
        } else if matches!(word, "his" | "her" | "their" | "its" | "our" | "my") {
            Some(index + 2)
        } else {
            self.mentions
                .starting_at(index)
                .filter(|&m| self.mentions.mentions[m].kind == MentionKind::Name)
                .map(|m| self.mentions.mentions[m].tokens.end)
        };
        // (Not a possessive's "s", nor a compound: "plant-based".)
        verb_at.is_some_and(|verb| {
            verb < sentence_end
                && is_plain_lower_word(&self.analysis.tokens[verb])
                && !self.is_possessive(verb)
                && !self.lower(verb).contains('-')
                && looks_like_verb(self.analysis, verb)
        })
    }

    /// After "out" completing the verb before `after_verb` ("“…,” Bozell
    /// points out.", "pointed out Bozell"), the token after it; else
    /// `after_verb`. ("out of" is a preposition and stays.)
    pub(super) fn past_particle_out(&self, after_verb: usize) -> usize {
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
    pub(super) fn skip_object(
        &self,
        after_verb: usize,
        sentence_end: usize,
        verb: CueVerb,
    ) -> usize {
        let tokens = &self.analysis.tokens;
        let mut start = self.past_particle_out(after_verb);
        // "Exit polls told a tale of two parties", "told the story of her
        // grandmother", "told a joke": what is told, not whom.
        let told_story = verb.base == "tell"
            && is_determiner(self.lower(start))
            && (start + 1..sentence_end.min(start + 5))
                .take_while(|&t| tokens[t].is_word())
                .any(|t| {
                    matches!(
                        tokens[t].lower.as_str(),
                        "tale"
                            | "tales"
                            | "story"
                            | "stories"
                            | "joke"
                            | "jokes"
                            | "anecdote"
                            | "version"
                            | "lie"
                            | "lies"
                    )
                });
        if told_story {
            return start;
        }
        if takes_listener(verb) && start < sentence_end {
            // "asked which quality …": a relative or interrogative pronoun
            // opens the content and is no listener; nor is a pronoun in the
            // subject case ("warned they would lose millions").
            let listener = self.mentions.starting_at(start).filter(|&m| {
                self.mentions.mentions[m].kind != MentionKind::Relative
                    && !matches!(self.lower(start), "they" | "he" | "she" | "we" | "i")
            });
            if let Some(mention) = listener {
                start = self.mentions.mentions[mention].tokens.end;
                start = self.listener_apposition_end(start);
                start = self.listener_comma_appositive_end(start, sentence_end);
                // "told NBC’s “Today”", "told CBS’s Face the Nation": the
                // programme after a possessive is part of the object; "CBS'
                // Face the Nation" writes the possessive as a bare apostrophe.
                let bare_apostrophe = start < sentence_end && self.is_plural_possessive_mark(start);
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
            } else if start + 1 < sentence_end
                && is_plain_lower_word(&tokens[start])
                && (tokens[start].lower.ends_with("ing") || tokens[start].lower.ends_with("ed"))
                && tokens[start + 1].lower.ends_with('s')
                && TOLD_OBJECT_WORDS.contains(tokens[start + 1].lower.as_str())
            {
                // "told waiting reporters she was …", "told cheering
                // supporters that …": a participle before the listeners.
                start += 2;
            } else if start + 2 < sentence_end
                && matches!(
                    tokens[start].lower.as_str(),
                    "his" | "their" | "its" | "our" | "my"
                )
                && (LISTENER_NOUN_WORDS.contains(tokens[start + 1].lower.as_str())
                    || TOLD_OBJECT_WORDS.contains(tokens[start + 1].lower.as_str())
                    || matches!(
                        tokens[start + 1].lower.as_str(),
                        "staff" | "aides" | "advisers" | "team" | "followers" | "fans"
                    ))
                && (self.lower_is(start + 2, "that")
                    || is_subject_pronoun(self.lower(start + 2))
                    || is_determiner(self.lower(start + 2)))
            {
                // "told his staff the plan was dead", "assures his audience
                // he will …": a possessive and a noun of listeners.
                start += 2;
            } else if TOLD_OBJECT_WORDS.contains(tokens[start].lower.as_str()) {
                let article = matches!(tokens[start].lower.as_str(), "the" | "a" | "an");
                start += 1;
                // "told the Courier": a name after the article ends the object
                // ("urged the Vermont senator to …" goes on to the request below).
                // ("told the MSNBC hosts of …": a name before a plain noun
                // modifies it, and the object goes on.)
                let modifies_noun = |end: usize| {
                    end < sentence_end
                        && !tokens[end].capitalized
                        && (LISTENER_NOUN_WORDS.contains(tokens[end].lower.as_str())
                            || (TOLD_OBJECT_WORDS.contains(tokens[end].lower.as_str())
                                && tokens[end].lower.ends_with('s')))
                };
                if let Some(mention) = self.mentions.starting_at(start) {
                    let end = self.mentions.mentions[mention].tokens.end;
                    if !(article && modifies_noun(end)) {
                        return if self.request_follows(after_verb, end, verb) {
                            after_verb
                        } else {
                            end
                        };
                    }
                    // "told a Planned Parenthood gathering in Washington she
                    // will …": a place after the listener, before the
                    // content's subject pronoun, belongs to the object.
                    let after_noun = end + 1;
                    if matches!(self.lower(after_noun), "in" | "at") {
                        if let Some(place) = self.mentions.starting_at(after_noun + 1) {
                            let place_end = self.mentions.mentions[place].tokens.end;
                            if matches!(self.lower(place_end), "he" | "she" | "they" | "we" | "i") {
                                return place_end;
                            }
                        }
                    }
                    start = end;
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
                            // "told a news conference they are …": the
                            // content's subject.
                            | "he"
                            | "she"
                            | "they"
                            | "we"
                            | "i"
                            | "it"
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
        if start == self.past_particle_out(after_verb) {
            start = self.listener_phrase_before_that(start, sentence_end, verb);
        }
        start
    }

    /// "told customers at a popular Manchester, New Hampshire, breakfast
    /// spot that …": a listener of plain nouns, names and prepositional
    /// phrases, with no verb of its own, that runs to the "that" opening
    /// the content; else `start`.
    fn listener_phrase_before_that(
        &self,
        start: usize,
        sentence_end: usize,
        verb: CueVerb,
    ) -> usize {
        if !matches!(verb.base, "tell" | "inform" | "assure" | "remind") {
            return start;
        }
        let tokens = &self.analysis.tokens;
        let noun_phrase_word = |t: usize| {
            let token = &tokens[t];
            token.is_punct(',')
                || (matches!(token.kind, TokenKind::Word | TokenKind::Number)
                    && !self.in_quote(t)
                    && !CLAUSE_RESUMING_VERBS.contains(&token.lower.as_str())
                    // A subject pronoun or a question word opens a clause.
                    && !matches!(
                        token.lower.as_str(),
                        "he" | "she"
                            | "they"
                            | "we"
                            | "i"
                            | "it"
                            | "you"
                            | "who"
                            | "which"
                            | "what"
                            | "why"
                            | "how"
                            | "whether"
                            | "if"
                            | "when"
                    )
                    && cue_verb_hashed(self.analysis.token_hashes[t], &token.lower).is_none())
        };
        let Some(first) = tokens.get(start) else {
            return start;
        };
        if !first.is_word() || first.lower == "that" || !noun_phrase_word(start) {
            return start;
        }
        // "told farmers the tax that …": a determiner after the listener
        // opens the content, unless a preposition governs it ("at a …").
        let determiner_opens_content = |t: usize| {
            is_determiner(self.lower(t))
                && !matches!(
                    self.lower(t - 1),
                    "at" | "in"
                        | "of"
                        | "from"
                        | "on"
                        | "near"
                        | "outside"
                        | "inside"
                        | "across"
                        | "for"
                        | "with"
                )
        };
        (start + 1..sentence_end.min(start + 16))
            .take_while(|&t| {
                self.lower(t) == "that" || (noun_phrase_word(t) && !determiner_opens_content(t))
            })
            .find(|&t| self.lower(t) == "that" && !self.is_punct(t - 1, ','))
            .unwrap_or(start)
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

    /// "asked Dr. Lena Fischer, an agricultural economist at Iowa State
    /// University, to explain why": an appositive set off by commas after
    /// the listener, before "to", "that" or a quotation, belongs to the
    /// listener. The token after its closing comma; else `start`.
    fn listener_comma_appositive_end(&self, start: usize, sentence_end: usize) -> usize {
        if !self.is_punct(start, ',') || !is_determiner(self.lower(start + 1)) {
            return start;
        }
        let Some(closing) = (start + 2..sentence_end.min(start + 16))
            .take_while(|&t| !self.in_quote(t))
            .find(|&t| self.is_punct(t, ','))
        else {
            return start;
        };
        let resumes = self.lower_is(closing + 1, "to")
            || self.lower_is(closing + 1, "that")
            || self.quotes.opening_at(closing + 1).is_some();
        if resumes && !self.has_verb(start + 1..closing) {
            closing + 1
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
    pub(super) fn plain_content(&self, start: usize, sentence_end: usize) -> Option<ContentParts> {
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
        // Whether the content is a participle's ("saying he …", "saying
        // that …").
        let participle_content = start
            .checked_sub(if tokens[start].lower == "that" { 2 } else { 1 })
            .is_some_and(|cue| {
                cue_verb(&tokens[cue].lower).is_some_and(|verb| verb.form == VerbForm::Participle)
            });
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
                && (self.participle_cue_at(next)
                    // "…, only saying that …": an adverb before the participle.
                    || (matches!(tokens[next].lower.as_str(), "only" | "also" | "even")
                        && self.participle_cue_at(next + 1))
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
            let is_dash = |t: usize| matches!(tokens[t].kind, TokenKind::Punct('—' | '–' | '―'));
            // A dash that closes one opened inside the content ("that – in
            // his professional life – he is …") is the pair's second half.
            // "… to “burning the Constitution” - a charge that …": a spaced
            // hyphen right after a closing quotation is such a dash too.
            let spaced_hyphen_after_quote =
                || self.is_spaced_hyphen(index) && self.quotes.closing_at(index - 1).is_some();
            let lone_dash = (is_dash(index) || (index > start && spaced_hyphen_after_quote()))
                && !self.in_quote(index)
                && !dash_open
                && index > start + 3
                && tokens[next].lower != "including"
                && !(next..sentence_end).any(is_dash);
            // "When Clinton noted that … ― as was true for … ― Trump
            // boasted, “…”": a name and its reporting verb right after the
            // dash that closes a pair start the sentence's main clause.
            let closing_dash_before_speaker = is_dash(index)
                && !self.in_quote(index)
                && dash_open
                && self.speaker_and_cue_at(next);
            // "… praised his sister – “a woman of rare courage,” he said –
            // and …": a quotation set off by a dash, with its own speaker
            // and cue after it, is no part of this content.
            let dash_before_attributed_quote = (is_dash(index) || self.is_spaced_hyphen(index))
                && index > start
                && !self.in_quote(index)
                && self.quotes.opening_at(next).is_some_and(|region| {
                    let close = self.quotes.regions[region].last_token();
                    close < sentence_end && self.speaker_and_cue_at(close + 1)
                });
            if is_dash(index) && !self.in_quote(index) {
                dash_open = !dash_open;
            }
            // "… that the candidate misspoke but noted that …": a second
            // reporting verb of the same subject starts its own content.
            // "… and repeatedly says, “…”": an adverb may stand before it.
            let verb_at = if next + 1 < sentence_end && self.is_adverb_before_verb(next) {
                next + 1
            } else {
                next
            };
            let coordinated_cue = matches!(tokens[index].lower.as_str(), "and" | "but")
                && !self.in_quote(index)
                && index > start
                && cue_verb(&tokens[verb_at].lower).is_some_and(|verb| {
                    // ("saying he has been a pioneer and calling him “a
                    // feminist”": after a participle's content, a second
                    // participle reports on its own.)
                    (verb.form == VerbForm::Participle
                        && participle_content
                        && !tokens[verb_at].capitalized
                        && matches!(verb.class, CueClass::Speech | CueClass::Evaluation))
                        || verb.form != VerbForm::Participle
                        // "says he’d sit Putin down and tell him …": a bare
                        // verb goes on the content's own modal, not the cue.
                        // ("… missed an opportunity and warn that …": a
                        // plural subject's bare verb before "that" is one.)
                        && (verb.is_past_or_third_person(&tokens[verb_at].lower)
                            || (verb.class == CueClass::Speech
                                && self.lower_is(verb_at + 1, "that")))
                        && (verb.class == CueClass::Speech
                            // "has promoted unproven therapies and
                            // downplayed the risk": after a content with no
                            // verb of its own (an object, not a clause
                            // opening with "that"), a past verb in -ed is
                            // the subject's next predicate.
                            || (verb.form == VerbForm::Past
                                && tokens[verb_at].lower.ends_with("ed")
                                && !so_far.verb
                                && tokens[start].lower != "that")
                            || quote_closed
                            // "… and called the critics “cowards.”": a verb
                            // with a quotation of its own right after it.
                            || (verb_at + 1..sentence_end.min(verb_at + 5))
                                .any(|t| self.quotes.opening_at(t).is_some()))
                });
            // "expressing optimism – Ryan saying he was “very encouraged”
            // and Trump calling it …": a name and a participle of speech
            // after a dash or "and" open an absolute clause of their own.
            let absolute_clause = ((tokens[index].lower == "and" && index > start + 2)
                || (is_dash(index) && index > start))
                && !self.in_quote(index)
                && self.mentions.starting_at(next).is_some_and(|m| {
                    let mention = &self.mentions.mentions[m];
                    mention.kind == MentionKind::Name && self.participle_cue_at(mention.tokens.end)
                });
            // "… a misdemeanor charge after prosecutors determined there was
            // not enough evidence": a reported clause of its own ends this one.
            let nested_report = !self.in_quote(index)
                && index > start + 2
                && matches!(
                    tokens[index].lower.as_str(),
                    "after" | "because" | "since" | "as" | "when" | "while" | "and" | "but"
                )
                // ("… impressed by Ayotte and liked the way she responded
                // …": a verb right after "and" goes on with the content's
                // subject, whatever it reports further on.)
                && !(matches!(tokens[index].lower.as_str(), "and" | "but")
                    && is_plain_lower_word(&tokens[next])
                    && looks_like_verb(self.analysis, next))
                && self.opens_reported_clause(next, sentence_end);
            // "… incurred boos upon saying, “…”": a participle of speech after
            // a preposition reports content of its own.
            // "… published the results by announcing that …": after "by",
            // only when the participle's own "that" or quotation follows,
            // and not inside a reported clause ("told them that they should
            // respond by suggesting that …" reports one thing).
            let by_participle_reports = || {
                tokens[index].lower == "by"
                    && tokens[start].lower != "that"
                    && (self.lower_is(next + 1, "that")
                        || self.quotes.opening_at(next + 1).is_some())
            };
            let prepositional_participle = !self.in_quote(index)
                && index > start
                && (matches!(
                    tokens[index].lower.as_str(),
                    "upon" | "after" | "before" | "while" | "when"
                ) || by_participle_reports())
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
            // "… fix the system and he, once again, pledged …": "and" with a
            // subject pronoun and its verb (an aside between them) starts a
            // clause of the writer's. (Not a pair of subjects: "she and they
            // can …".)
            // (Only after an infinitive or an object: a reported clause goes
            // on with its next one, "said the system is complex and he
            // feels he can win".)
            let pronoun_clause = matches!(tokens[index].lower.as_str(), "and" | "but")
                && (tokens[start].lower == "to" || !so_far.verb)
                && tokens[start].lower != "that"
                && !self.in_quote(index)
                && index > start + 1
                && matches!(self.lower(next), "he" | "she" | "they" | "we")
                && !is_subject_pronoun(self.lower(index - 1))
                && self.mentions.ending_at(index - 1).is_none_or(|m| {
                    self.mentions.mentions[m].kind == MentionKind::Nominal
                        && self.mentions.mentions[m].entity_kind == EntityKind::Unknown
                })
                && {
                    let verb_at = if self.is_punct(next + 1, ',') {
                        (next + 2..sentence_end.min(next + 6))
                            .find(|&t| self.is_punct(t, ','))
                            .map_or(sentence_end, |comma| comma + 1)
                    } else {
                        next + 1
                    };
                    verb_at < sentence_end
                        && is_plain_lower_word(&tokens[verb_at])
                        && (looks_like_verb(self.analysis, verb_at)
                            || cue_verb(self.lower(verb_at)).is_some())
                };
            if cuts
                || pronoun_clause
                || absolute_clause
                || closing_dash_before_speaker
                || dash_before_attributed_quote
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
    pub(super) fn quote_before_bare_attribution(
        &self,
        source_start: usize,
        sentence: Range<usize>,
        after_verb: usize,
    ) -> Option<ContentParts> {
        // The quote must stand in the same paragraph: a new paragraph
        // ("“Sad!” ¶ The governor’s office did not respond …") starts afresh.
        let new_paragraph = self.analysis.opens_paragraph(sentence.start);
        if source_start != sentence.start
            || new_paragraph
            || !self.is_trailing(after_verb, sentence.end)
        {
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

    /// Whether a relative clause opening at `start` ("who", "which", after
    /// a comma) closes on a comma before the verb of the clause it sits
    /// in: "said Walker, who charges $20,000 for a speech, has lost …".
    /// The content goes on through it (the relative clause may still have
    /// an attribution of its own, nested inside).
    fn relative_clause_inside_content(&self, start: usize, sentence_end: usize) -> bool {
        /// A relative clause set off inside a content is short, and the
        /// bound keeps a sentence of many commas linear.
        const LONGEST_RELATIVE_CLAUSE: usize = 20;
        // (Only a clause whose subject is the relative pronoun: in "which
        // the Tax Foundation estimates would cost …" the clause reports on
        // the content's own subject, and its verb ends the content.)
        let subject_relative = self.analysis.tokens.get(start + 1).is_some_and(|next| {
            is_plain_lower_word(next)
                && !is_determiner(&next.lower)
                && !is_subject_pronoun(&next.lower)
        });
        if !matches!(self.lower(start), "who" | "which") || !subject_relative {
            return false;
        }
        let Some(closing) = (start + 2..sentence_end.min(start + LONGEST_RELATIVE_CLAUSE))
            .find(|&t| self.is_punct(t, ',') || self.quotes.opening_at(t).is_some())
        else {
            return false;
        };
        let verb_after = closing + 1;
        self.is_punct(closing, ',')
            && verb_after < sentence_end
            && is_plain_lower_word(&self.analysis.tokens[verb_after])
            && looks_like_verb(self.analysis, verb_after)
            && !self.participle_cue_at(verb_after)
            && !self.finite_speech_verb_at(verb_after)
    }

    /// Whether the clause after a comma reports someone else's words: "…,
    /// compared with four in 10 who said they preferred …". The content
    /// before stops at the comma; that clause gets its own attribution.
    fn opens_reported_clause(&self, start: usize, sentence_end: usize) -> bool {
        let tokens = &self.analysis.tokens;
        if self.relative_clause_inside_content(start, sentence_end) {
            return false;
        }
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
    pub(super) fn starts_new_clause(&self, index: usize) -> bool {
        let word = self.lower(index);
        // "argues that, while the tax may …, workers won’t …": a clause set
        // off right after "that" interrupts the reported clause, which goes
        // on after it.
        if index >= 2 && self.is_punct(index - 1, ',') && self.lower(index - 2) == "that" {
            return false;
        }
        // "the fine, though large, was unlikely to …": a verbless aside
        // set off by commas interrupts the clause, which goes on after it.
        if matches!(word, "while" | "although" | "though") {
            let aside_comma = (index + 2..index + 5).find(|&t| self.is_punct(t, ','));
            if let Some(comma) = aside_comma {
                // (An adjective phrase, not a subject of its own: no
                // determiner, name or plural noun, as in "while her main
                // rival, Bernie Sanders, has …".)
                let tokens = &self.analysis.tokens;
                if (index + 1..comma).all(|t| is_plain_lower_word(&tokens[t]))
                    && !tokens[comma - 1].lower.ends_with('s')
                    && !self.has_verb(index + 1..comma)
                {
                    return false;
                }
            }
        }
        if matches!(
            word,
            "but" | "while" | "whereas" | "although" | "though" | "yet"
        ) {
            // "…, but that the DNC’s blocking … was …": a second "that"
            // clause of the same report goes on, and so does a quotation
            // ("… offers for the gun, but “the offers were …”").
            // "…, but is now “the worst thing …”": a second predicate of the
            // same subject goes on too.
            // "…, but also hungry for …" and "…, but did not warrant …" go
            // on with the same subject as well.
            return !(word == "but"
                && (self.lower(index + 1) == "that"
                    || self.quotes.opening_at(index + 1).is_some()
                    || CLAUSE_RESUMING_VERBS.contains(&self.lower(index + 1))
                    || matches!(
                        self.lower(index + 1),
                        "did" | "does" | "didn’t" | "doesn’t" | "didn't" | "doesn't"
                    )
                    // "… the process was fair, but required candidates to
                    // …": so does a past verb that reports nothing.
                    || self.analysis.tokens.get(index + 1).is_some_and(|next| {
                        is_plain_lower_word(next)
                            && next.lower.len() > 4
                            && next.lower.ends_with("ed")
                            && cue_verb(&next.lower).is_none()
                            // ("…, but appeared to betray her own concern
                            // that …" reports a content of its own.)
                            && !self.lower_is(index + 2, "to")
                    })
                    // "… not only documented …, but also drew …" reports
                    // a second content of its own.
                    || (self.lower(index + 1) == "also"
                        && cue_verb(self.lower(index + 2)).is_none())));
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
            return subject_pronoun || (named_subject && !self.ends_list_of_names(index));
        }
        false
    }

    /// Whether the "and" (or "or") at `index`, after a comma, joins the
    /// last item of a list of capitalised words ("with Chinese, Japanese,
    /// and South Korean officials", "Rubio, Bush, Fiorina and Kasich"):
    /// the item before the comma is one to three capitalised words, and so
    /// is the one before the comma that precedes it.
    fn ends_list_of_names(&self, index: usize) -> bool {
        let tokens = &self.analysis.tokens;
        // The start of the capitalised item ending right before `comma`.
        let item_start = |comma: usize| {
            let mut start = comma;
            while start > 0 && comma - start < 3 {
                let token = &tokens[start - 1];
                if !(token.is_word() && token.capitalized) {
                    break;
                }
                start -= 1;
            }
            (start < comma).then_some(start)
        };
        let Some(comma) = index.checked_sub(1).filter(|&c| self.is_punct(c, ',')) else {
            return false;
        };
        item_start(comma)
            .and_then(|start| start.checked_sub(1))
            .filter(|&previous| self.is_punct(previous, ','))
            .and_then(item_start)
            .is_some()
    }

    /// Whether a source and a reporting verb of the lexicon start at
    /// `index` and end the sentence (`sentence_end`): "the documents
    /// suggest.", "officials believe.".
    fn trailing_report_at(&self, index: usize, sentence_end: usize) -> bool {
        let subject = self.mention_at_or_after_the(index);
        subject.is_some_and(|m| {
            let mention = &self.mentions.mentions[m];
            let verb = mention.tokens.end;
            matches!(
                mention.kind,
                MentionKind::Name | MentionKind::Nominal | MentionKind::Pronoun
            ) && verb < sentence_end
                && cue_verb_hashed(self.analysis.token_hashes[verb], self.lower(verb))
                    .is_some_and(|cue| cue.form != VerbForm::Participle)
                && self.only_terminal_punct(verb + 1, sentence_end)
        })
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
}
