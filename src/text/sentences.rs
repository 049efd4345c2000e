//! Sentence and paragraph segmentation over tokens.
//!
//! Paragraphs break at line breaks, except where a single line break falls
//! inside a sentence (hard-wrapped text). Sentences break after `.`, `!`, `?`
//! or `…` (with any closing quotation marks or brackets attached to them)
//! when the next token can start a sentence, except after abbreviations and
//! initials.

use super::{Paragraph, Sentence, Token, TokenKind};
use crate::span::Span;

/// Abbreviations after which a full stop does not end a sentence, whatever follows.
const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "st", "prof",
    "rev", "hon", "messrs", "mmes", "maj", "adm", "cmdr", "supt", "det", "insp", "fr", "pres",
    "vs", "v", "cf", "approx", "dept", "est",
];

/// Abbreviations of a word that comes before a number ("No. 1", "Vol. 3",
/// "Fig. 2"): only then is the full stop not a sentence end ("He said no.
/// But …").
const NUMBER_ABBREVIATIONS: &[&str] = &["no", "nos", "fig", "vol"];

/// Abbreviations that end a sentence only when a typical sentence opener follows.
const OTHER_ABBREVIATIONS: &[&str] = &[
    "inc", "co", "corp", "ltd", "jr", "sr", "u.s", "u.k", "u.n", "e.g", "i.e", "etc", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "a.m", "p.m", "d.c",
    "calif", "ariz", "fla", "ill", "mass", "mich", "minn", "penn", "tenn", "tex", "va", "wash",
    "wis", "conn", "del", "ga", "ind", "kan", "ky", "la", "md", "mo", "neb", "nev", "okla", "ore",
    "pa", "wyo", "ala", "ark", "colo",
];

/// Words that typically open a sentence, used after ambiguous abbreviations.
const SENTENCE_OPENERS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "we", "i", "but", "and", "in", "on", "this",
    "that", "there", "his", "her", "their", "its", "as", "if", "when", "after", "while", "some",
];

fn is_terminal(token: &Token) -> bool {
    matches!(
        token.kind,
        TokenKind::Punct('.')
            | TokenKind::Punct('!')
            | TokenKind::Punct('?')
            | TokenKind::Punct('…')
    )
}

fn is_closing_attachment(token: &Token) -> bool {
    if token.space_before || token.newlines_before > 0 {
        return false;
    }
    match token.kind {
        TokenKind::Quote(_) => true,
        TokenKind::Punct(character) => matches!(character, ')' | ']' | '}'),
        _ => false,
    }
}

/// Verbs of speaking that follow a quoted exclamation or question and its
/// speaker's name: "“All the way!” Dawson shouted". (Segmentation runs
/// before the attribution stage and does not reach into its reporting-verb
/// lexicon; these few past and third-person forms are all it needs.)
const SPEAKING_AFTER_QUOTATION: &[&str] = &[
    "said",
    "says",
    "shouted",
    "yelled",
    "asked",
    "asks",
    "cried",
    "exclaimed",
    "screamed",
    "chanted",
    "replied",
    "responded",
    "added",
    "told",
    "tweeted",
    "wrote",
    "joked",
    "recalled",
    "demanded",
    "wondered",
    "quipped",
    "declared",
];

/// Whether an exclamation or question mark at `terminal`, inside a
/// quotation that closes before `next`, is followed by its speaker's name
/// and a verb of speaking: "“All the way!” Dawson shouted, …" is one
/// sentence, as "“Why not?” she asked." is.
fn is_exclamation_and_its_speaker(tokens: &[Token], terminal: usize, next: usize) -> bool {
    let closes_quotation = tokens[terminal + 1..next]
        .iter()
        .any(|token| token.quote_char().is_some());
    closes_quotation
        && tokens[next..]
            .iter()
            .take(4)
            .find(|token| !(token.kind == TokenKind::Word && token.capitalized))
            .is_some_and(|token| {
                token.kind == TokenKind::Word
                    && SPEAKING_AFTER_QUOTATION.contains(&token.lower.as_str())
            })
}

fn can_start_sentence(token: &Token) -> bool {
    match token.kind {
        TokenKind::Word => token.capitalized,
        TokenKind::Number => true,
        TokenKind::Quote(_) => true,
        // Brackets, dashes, bullets, and symbols such as emoji can open a
        // sentence; punctuation that continues one cannot.
        TokenKind::Punct(character) => !matches!(
            character,
            ',' | '.' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '%' | '…' | '/' | '&' | '+' | '='
        ),
    }
}

/// How a text breaks its lines. Hard-wrapped text (from an email, a PDF or
/// a terminal) breaks them inside its paragraphs at a fixed width; other
/// text breaks a line only to end a paragraph or a heading.
struct LineBreaking {
    hard_wrapped: bool,
    /// The longest line, in bytes: about the wrapping width.
    longest_line: usize,
}

/// Whether a single line break between `previous` and `next` can only be
/// wrapping: the line ends in a word or a comma and the next begins in
/// lower case, so a sentence runs across it.
fn runs_across(previous: &Token, next: &Token) -> bool {
    matches!(previous.kind, TokenKind::Word | TokenKind::Punct(','))
        && next.kind == TokenKind::Word
        && !next.capitalized
}

/// Looks at every line break once: a text is hard-wrapped when at least
/// two of its single line breaks, and a third of them, run a sentence
/// across ([`runs_across`]).
fn line_breaking(tokens: &[Token]) -> LineBreaking {
    let mut single_breaks = 0usize;
    let mut sentence_runs_across = 0usize;
    let mut line_start = 0usize;
    let mut longest_line = 0usize;
    for index in 1..tokens.len() {
        let token = &tokens[index];
        if token.newlines_before == 0 {
            continue;
        }
        longest_line = longest_line.max(tokens[index - 1].span.end() - line_start);
        line_start = token.span.start();
        if token.newlines_before == 1 {
            single_breaks += 1;
            sentence_runs_across += usize::from(runs_across(&tokens[index - 1], token));
        }
    }
    LineBreaking {
        hard_wrapped: sentence_runs_across >= 2 && sentence_runs_across * 3 >= single_breaks,
        longest_line,
    }
}

/// Whether a line break before `tokens[index]` starts a new paragraph.
fn is_paragraph_break(tokens: &[Token], index: usize, breaking: &LineBreaking) -> bool {
    let token = &tokens[index];
    if token.newlines_before == 0 || index == 0 {
        return false;
    }
    if token.newlines_before >= 2 {
        return true;
    }
    let previous = &tokens[index - 1];
    if breaking.hard_wrapped {
        // In hard-wrapped text every line runs on, but a short one that
        // ends in punctuation (a sentence's end, a closing quotation mark),
        // which ends its paragraph. (The line's start is looked for from
        // its end: each line is walked once.)
        let ends_in_punctuation = !matches!(
            previous.kind,
            TokenKind::Word | TokenKind::Number | TokenKind::Punct(',')
        );
        if !ends_in_punctuation {
            return false;
        }
        let mut first = index - 1;
        while first > 0 && tokens[first].newlines_before == 0 {
            first -= 1;
        }
        let line = previous.span.end() - tokens[first].span.start();
        return line * 10 < breaking.longest_line * 7;
    }
    // A single line break inside running text is hard wrapping. So is one
    // before a number ("would create\n3,000 jobs"), and one before anything
    // after a comma or a word that never ends a line of its own ("the\nSouth
    // West"): a headline ends in neither.
    let previous_runs_on = matches!(previous.kind, TokenKind::Word | TokenKind::Punct(','));
    let previous_needs_more = previous.kind == TokenKind::Punct(',')
        || (previous.kind == TokenKind::Word
            && matches!(
                previous.lower.as_str(),
                "the"
                    | "a"
                    | "an"
                    | "of"
                    | "to"
                    | "in"
                    | "on"
                    | "at"
                    | "for"
                    | "by"
                    | "and"
                    | "with"
                    | "from"
                    | "that"
                    | "said"
                    | "says"
                    | "told"
            ));
    let next_runs_on = runs_across(previous, token)
        || token.kind == TokenKind::Number
        || (previous_needs_more && token.kind != TokenKind::Punct('-'));
    !(previous_runs_on && next_runs_on)
}

pub(super) fn segment(text: &str, tokens: &[Token]) -> (Vec<Sentence>, Vec<Paragraph>) {
    let mut sentences = Vec::new();
    let mut paragraphs = Vec::new();
    let mut sentence_start = 0;
    let mut paragraph_start_sentence = 0;
    let mut paragraph_start_token = 0;
    let close_sentence =
        |sentences: &mut Vec<Sentence>, start: usize, end: usize, paragraph: usize| {
            if start < end {
                sentences.push(Sentence {
                    tokens: start..end,
                    span: Span::new(tokens[start].span.start(), tokens[end - 1].span.end()),
                    paragraph,
                });
            }
        };
    let breaking = line_breaking(tokens);
    let mut index = 0;
    while index < tokens.len() {
        if index > 0
            && tokens[index].newlines_before > 0
            && is_paragraph_break(tokens, index, &breaking)
        {
            close_sentence(&mut sentences, sentence_start, index, paragraphs.len());
            paragraphs.push(Paragraph {
                sentences: paragraph_start_sentence..sentences.len(),
                tokens: paragraph_start_token..index,
            });
            paragraph_start_sentence = sentences.len();
            paragraph_start_token = index;
            sentence_start = index;
        }
        if index == paragraph_start_token {
            if let Some(end) = dateline_end(text, tokens, index) {
                close_sentence(&mut sentences, sentence_start, end, paragraphs.len());
                sentence_start = end;
                index = end;
                continue;
            }
        }
        if is_terminal(&tokens[index]) {
            let mut end = index + 1;
            while end < tokens.len()
                && (is_terminal(&tokens[end]) || is_closing_attachment(&tokens[end]))
            {
                end += 1;
            }
            // (A line break that is no paragraph's end, in hard-wrapped
            // text, may end a sentence as a space does.)
            if end < tokens.len()
                && (tokens[end].newlines_before == 0
                    || (breaking.hard_wrapped && !is_paragraph_break(tokens, end, &breaking)))
                && ends_sentence(text, tokens, index, end)
            {
                close_sentence(&mut sentences, sentence_start, end, paragraphs.len());
                sentence_start = end;
            }
            index = end;
            continue;
        }
        index += 1;
    }
    close_sentence(
        &mut sentences,
        sentence_start,
        tokens.len(),
        paragraphs.len(),
    );
    if paragraph_start_token < tokens.len() {
        paragraphs.push(Paragraph {
            sentences: paragraph_start_sentence..sentences.len(),
            tokens: paragraph_start_token..tokens.len(),
        });
    }
    (sentences, paragraphs)
}

/// The end (exclusive) of a dateline opening the paragraph at `start`, if
/// there is one: a place in capitals, perhaps a comma and more of the place
/// or a date, perhaps a news agency in brackets, then a dash ("LONDON
/// (Reuters) -", "WELLINGTON —", "KYIV, Ukraine (AP) —", "NEW YORK, Nov 29
/// -"). It is a sentence of its own, so that the first sentence of the
/// story starts after it: its subject, its content, its claims.
fn dateline_end(text: &str, tokens: &[Token], start: usize) -> Option<usize> {
    /// The longest dateline, in tokens.
    const LONGEST_DATELINE: usize = 14;
    let in_capitals = |token: &Token| {
        let written = token.span.slice(text);
        token.kind == TokenKind::Word
            && written.chars().count() >= 2
            && written
                .chars()
                .all(|c| c.is_uppercase() || c == '.' || c == '\'')
    };
    if !in_capitals(tokens.get(start)?) {
        return None;
    }
    let mut index = start + 1;
    while index < tokens.len().min(start + LONGEST_DATELINE) {
        let token = &tokens[index];
        if token.newlines_before > 0 {
            return None;
        }
        match token.kind {
            TokenKind::Punct('-' | '—' | '–') if token.space_before => {
                return (index + 1 < tokens.len()).then_some(index + 1);
            }
            TokenKind::Word if token.capitalized => {}
            TokenKind::Number => {}
            TokenKind::Punct(',' | '.' | '(' | ')') => {}
            _ => return None,
        }
        index += 1;
    }
    None
}

/// Whether the terminal punctuation at `terminal` (its attachments end
/// before `next`) ends the sentence.
fn ends_sentence(text: &str, tokens: &[Token], terminal: usize, next: usize) -> bool {
    let next_token = &tokens[next];
    if !can_start_sentence(next_token)
        || !tokens[terminal..next]
            .iter()
            .skip(1)
            .all(|t| !t.space_before)
    {
        return false;
    }
    if !next_token.space_before {
        // "end.The" without a space is rare and usually a URL or a typo;
        // a closing mark glued to the stop has already been consumed.
        return false;
    }
    if matches!(tokens[terminal].kind, TokenKind::Punct('!' | '?')) {
        return !is_exclamation_and_its_speaker(tokens, terminal, next);
    }
    if tokens[terminal].kind != TokenKind::Punct('.') || terminal == 0 {
        return true;
    }
    let previous = &tokens[terminal - 1];
    if previous.space_before
        && previous.kind != TokenKind::Word
        && previous.kind != TokenKind::Number
    {
        return true;
    }
    if tokens[terminal].space_before || previous.kind != TokenKind::Word {
        return true;
    }
    let word = previous.lower.as_str();
    let previous_text = previous.span.slice(text);
    if TITLE_ABBREVIATIONS.contains(&word) {
        return false;
    }
    if NUMBER_ABBREVIATIONS.contains(&word) {
        return next_token.kind != TokenKind::Number;
    }
    // "A.E. Dick Howard", "J.R.R. Tolkien": dotted initials are initials too.
    // ("U.S." and the like keep their own rule.)
    let dotted_initials = previous_text.len() >= 3
        && !OTHER_ABBREVIATIONS.contains(&word)
        && previous_text
            .split('.')
            .all(|part| part.len() == 1 && part.bytes().all(|byte| byte.is_ascii_uppercase()));
    let is_initial =
        (previous_text.chars().count() == 1 && previous.capitalized) || dotted_initials;
    if is_initial || OTHER_ABBREVIATIONS.contains(&word) {
        // "…in Santa Monica, Calif. “The reality is …”": a quote opening
        // after an abbreviation starts a sentence; a name does not.
        // "the U.S. “clearly” needed": not before a lower-case word.
        let quoted_word_is_lower = tokens
            .get(next + 1)
            .is_some_and(|word| word.kind == TokenKind::Word && !word.capitalized);
        // After an initial, a straight double mark opens a quote only when
        // a capitalised word is glued to it ("… on X. \"I will …").
        let straight_opening = next_token.kind
            == TokenKind::Quote(super::QuoteChar::StraightDouble)
            && tokens
                .get(next + 1)
                .is_some_and(|word| word.capitalized && !word.space_before);
        let opens_quote = (next_token.kind == TokenKind::Quote(super::QuoteChar::LeftDouble)
            || straight_opening
            || (next_token.quote_char().is_some() && !is_initial))
            && !quoted_word_is_lower;
        return opens_quote
            || (next_token.kind == TokenKind::Word
                && SENTENCE_OPENERS.contains(&next_token.lower.as_str()));
    }
    true
}
