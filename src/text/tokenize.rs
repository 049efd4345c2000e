//! A tokenizer for English news text that keeps byte offsets.
//!
//! It is deliberately simple and allocation-light: words (with inner
//! apostrophes, hyphens, abbreviation dots, and ampersands between capitals
//! as in "P&G"), numbers, single punctuation characters and quotation
//! marks, which are kept apart because the quote stage needs every one of
//! them.

use crate::span::Span;
use compact_str::CompactString;

/// The quotation-mark characters whosaid understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum QuoteChar {
    /// `"`: opens or closes, decided by context.
    StraightDouble,
    /// `“`: opens (and closes a German `„`).
    LeftDouble,
    /// `”`: closes (Swedish and Finnish also open with it).
    RightDouble,
    /// `„`: opens a German or Polish quote.
    LowDouble,
    /// `'`: an apostrophe or a single quote, decided by context.
    StraightSingle,
    /// `‘`: opens a single quote.
    LeftSingle,
    /// `’`: closes a single quote or is an apostrophe.
    RightSingle,
    /// `‚`: opens a German single quote.
    LowSingle,
    /// `«`
    LeftGuillemet,
    /// `»`
    RightGuillemet,
    /// `‹`
    LeftSingleGuillemet,
    /// `›`
    RightSingleGuillemet,
}

impl QuoteChar {
    /// Maps a character to its quotation mark, if it is one.
    pub fn from_char(character: char) -> Option<QuoteChar> {
        Some(match character {
            '"' | '\u{FF02}' => QuoteChar::StraightDouble,
            '\u{201C}' | '\u{201F}' => QuoteChar::LeftDouble,
            '\u{201D}' => QuoteChar::RightDouble,
            '\u{201E}' => QuoteChar::LowDouble,
            '\'' => QuoteChar::StraightSingle,
            '\u{2018}' | '\u{201B}' => QuoteChar::LeftSingle,
            '\u{2019}' => QuoteChar::RightSingle,
            '\u{201A}' => QuoteChar::LowSingle,
            '\u{00AB}' => QuoteChar::LeftGuillemet,
            '\u{00BB}' => QuoteChar::RightGuillemet,
            '\u{2039}' => QuoteChar::LeftSingleGuillemet,
            '\u{203A}' => QuoteChar::RightSingleGuillemet,
            _ => return None,
        })
    }

    /// Whether the mark is a double (or guillemet) mark rather than a single one.
    pub fn is_double(self) -> bool {
        matches!(
            self,
            QuoteChar::StraightDouble
                | QuoteChar::LeftDouble
                | QuoteChar::RightDouble
                | QuoteChar::LowDouble
                | QuoteChar::LeftGuillemet
                | QuoteChar::RightGuillemet
        )
    }
}

/// What kind of token a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters, possibly with inner apostrophes, hyphens, dots and digits.
    Word,
    /// Digits, possibly with inner `,` and `.`.
    Number,
    /// A quotation mark.
    Quote(QuoteChar),
    /// Any other single non-space character.
    Punct(char),
}

/// One token with its byte span and the facts later stages ask most often.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Where the token is, in bytes.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
    /// The token lower-cased (empty for punctuation and quote marks); short
    /// tokens are stored inline, without a heap allocation.
    pub lower: CompactString,
    /// Whether the first character is upper-case.
    pub capitalized: bool,
    /// Whether white space separates this token from the previous one.
    pub space_before: bool,
    /// How many line breaks separate this token from the previous one.
    pub newlines_before: u32,
}

impl Token {
    /// The token as the word lists and learned models see it: its lower-case
    /// form, or for marks and punctuation (which have none) its text.
    pub fn word<'token>(&'token self, text: &'token str) -> &'token str {
        if self.lower.is_empty() {
            self.span.slice(text)
        } else {
            self.lower.as_str()
        }
    }

    /// Whether the token is the punctuation character `character`.
    pub fn is_punct(&self, character: char) -> bool {
        matches!(self.kind, TokenKind::Punct(punct) if punct == character)
    }

    /// Whether the token is a word (not a number, mark or punctuation).
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word)
    }

    /// The quotation mark, if the token is one.
    pub fn quote_char(&self) -> Option<QuoteChar> {
        match self.kind {
            TokenKind::Quote(mark) => Some(mark),
            _ => None,
        }
    }
}

fn is_apostrophe(character: char) -> bool {
    character == '\'' || character == '\u{2019}'
}

/// Splits `text` into tokens.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 5 + 1);
    let mut state = LineState::default();
    // One line at a time: the characters of a line are decoded once into a
    // buffer that is reused, so memory follows the longest line, not the text.
    // Offsets are kept from the line's start in 32 bits: half the memory of
    // full offsets, written and read back once per character.
    let mut characters: Vec<(u32, char)> = Vec::new();
    let mut long_line_characters: Vec<(usize, char)> = Vec::new();
    // The line with its ASCII letters lower-cased, in one pass that the
    // compiler vectorizes: an ASCII token's lower-case form is then a plain
    // copy of its bytes here. (Lower-casing each token's copy in place,
    // byte by byte, made the processor wait to read back what it had just
    // written; the tokenizer took 7 % longer.)
    let mut lowered = String::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        lowered.clear();
        lowered.push_str(line);
        lowered.make_ascii_lowercase();
        let lowered = LoweredLine {
            start: line_start,
            text: &lowered,
        };
        if line.is_ascii() {
            // Most lines of English news: a byte is a character, no decoding.
            let ascii = AsciiLine {
                start: line_start,
                bytes: line.as_bytes(),
            };
            tokenize_line(text, &ascii, &lowered, line_end, &mut tokens, &mut state);
        } else if u32::try_from(line.len()).is_ok() {
            characters.clear();
            characters.extend(line.char_indices().map(|(at, character)| {
                // The line is shorter than 4 GiB, so the offset fits.
                (at as u32, character)
            }));
            let decoded = DecodedLine {
                start: line_start,
                characters: &characters,
            };
            tokenize_line(text, &decoded, &lowered, line_end, &mut tokens, &mut state);
        } else {
            long_line_characters.clear();
            long_line_characters.extend(
                line.char_indices()
                    .map(|(at, character)| (line_start + at, character)),
            );
            tokenize_line(
                text,
                long_line_characters.as_slice(),
                &lowered,
                line_end,
                &mut tokens,
                &mut state,
            );
        }
        line_start = line_end;
    }
    tokens
}

/// The characters of one line with their byte offsets in the text.
trait LineCharacters {
    /// Whether every character of the line is ASCII, which lets a token's
    /// facts be read from its first byte and its lower-case form be copied.
    const ALL_ASCII: bool;
    /// Character `index` and where it starts, if the line has one there.
    fn at(&self, index: usize) -> Option<(usize, char)>;
    /// Character `index` itself ('\0' past the end, which nothing matches).
    fn character(&self, index: usize) -> char {
        self.at(index).map_or('\0', |(_, character)| character)
    }
}

/// A line decoded once into (offset, character) pairs.
impl LineCharacters for [(usize, char)] {
    const ALL_ASCII: bool = false;
    fn at(&self, index: usize) -> Option<(usize, char)> {
        self.get(index).copied()
    }
}

/// A line decoded once into characters and their offsets from the line's
/// start.
struct DecodedLine<'line> {
    start: usize,
    characters: &'line [(u32, char)],
}

impl LineCharacters for DecodedLine<'_> {
    const ALL_ASCII: bool = false;
    fn at(&self, index: usize) -> Option<(usize, char)> {
        self.characters
            .get(index)
            .map(|&(at, character)| (self.start + at as usize, character))
    }
}

/// An ASCII line read in place.
struct AsciiLine<'line> {
    start: usize,
    bytes: &'line [u8],
}

impl LineCharacters for AsciiLine<'_> {
    const ALL_ASCII: bool = true;
    fn at(&self, index: usize) -> Option<(usize, char)> {
        self.bytes
            .get(index)
            .map(|&byte| (self.start + index, char::from(byte)))
    }
}

/// A line of the text with its ASCII letters lower-cased (every other byte
/// as it was), and where the line starts in the text.
struct LoweredLine<'line> {
    start: usize,
    text: &'line str,
}

impl LoweredLine<'_> {
    /// The lowered bytes of `span`, a span of the line's text on character
    /// boundaries (the empty string otherwise, which no caller passes).
    fn slice(&self, span: Span) -> &str {
        self.text
            .get(span.start() - self.start..span.end() - self.start)
            .unwrap_or_default()
    }
}

/// What carries over from one line to the next.
#[derive(Default)]
struct LineState {
    space_before: bool,
    newlines_before: u32,
}

fn tokenize_line<Line: LineCharacters + ?Sized>(
    text: &str,
    characters: &Line,
    lowered: &LoweredLine,
    line_end: usize,
    tokens: &mut Vec<Token>,
    state: &mut LineState,
) {
    let LineState {
        space_before,
        newlines_before,
    } = state;
    let mut index = 0;
    while let Some((start, character)) = characters.at(index) {
        if character == ' '
            || (!character.is_ascii_graphic()
                && (character.is_whitespace() || character.is_control() || is_invisible(character)))
        {
            *space_before = true;
            if character == '\n' || character == '\u{2029}' {
                *newlines_before = newlines_before.saturating_add(1);
            }
            index += 1;
            continue;
        }
        let next_char = |at: usize| characters.at(at).map(|(_, c)| c);
        let end_index;
        let kind;
        if is_alphanumeric(character) {
            let mut cursor = index + 1;
            while let Some(current) = next_char(cursor) {
                if current.is_ascii_alphanumeric()
                    || (!current.is_ascii()
                        && (is_alphanumeric(current)
                            || is_combining_mark(current)
                            || is_mojibake_continuation(characters.character(cursor - 1), current)))
                {
                    cursor += 1;
                    continue;
                }
                let inner = is_apostrophe(current)
                    || current == '-'
                    || current == '.'
                    || current == ','
                    || current == '\u{2010}'
                    || current == '\u{2011}'
                    || current == '&';
                if inner && next_char(cursor + 1).is_some_and(is_alphanumeric) {
                    // A comma only joins digits (1,000); a dot joins digits or
                    // single letters (U.S., 3.5); an ampersand joins capitals
                    // (P&G, AT&T); apostrophes and hyphens join letters.
                    let previous = characters.character(cursor - 1);
                    let following = characters.character(cursor + 1);
                    let keep = match current {
                        ',' => previous.is_ascii_digit() && following.is_ascii_digit(),
                        '&' => previous.is_ascii_uppercase() && following.is_ascii_uppercase(),
                        '.' => {
                            (previous.is_ascii_digit() && following.is_ascii_digit())
                                || (previous.is_alphabetic()
                                    && following.is_alphabetic()
                                    && (cursor < 2
                                        || !is_alphanumeric(characters.character(cursor - 2))
                                        || characters.character(cursor - 2) == '.'))
                        }
                        _ => true,
                    };
                    if !keep {
                        break;
                    }
                    cursor += 2;
                } else {
                    break;
                }
            }
            end_index = cursor;
            kind = if character.is_ascii_digit() {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
        } else if is_apostrophe(character)
            && next_char(index + 1).is_some_and(|c| c.is_ascii_digit())
            && next_char(index + 2).is_some_and(|c| c.is_ascii_digit())
            && next_char(index + 3).is_some_and(|c| c == 's')
            && !next_char(index + 4).is_some_and(is_alphanumeric)
        {
            // ’90s: an elided century, not a quotation mark.
            end_index = index + 4;
            kind = TokenKind::Word;
        } else if character == '\''
            && next_char(index + 1) == Some('\'')
            && next_char(index + 2) == Some('\'')
            && index > 0
            && !characters.character(index - 1).is_whitespace()
        {
            // "''… the word 'old-school,'''": three apostrophes after a word
            // close a single quotation inside a double one, so the single
            // mark comes first.
            end_index = index + 1;
            kind = TokenKind::Quote(QuoteChar::StraightSingle);
        } else if (character == '\'' && next_char(index + 1) == Some('\''))
            || (character == '`' && next_char(index + 1) == Some('`'))
        {
            // Two apostrophes (or backticks) stand for a double quotation
            // mark in wire copy and in transcribed text: ''Like this.''
            end_index = index + 2;
            kind = TokenKind::Quote(QuoteChar::StraightDouble);
        } else if let Some(mark) = QuoteChar::from_char(character) {
            end_index = index + 1;
            kind = TokenKind::Quote(mark);
        } else {
            end_index = index + 1;
            kind = TokenKind::Punct(character);
        }
        let end = characters.at(end_index).map_or(line_end, |(at, _)| at);
        let mut push = |span: Span, kind: TokenKind, space: bool, newlines: u32| {
            let token_text = span.slice(text);
            let is_textual = matches!(kind, TokenKind::Word | TokenKind::Number);
            tokens.push(Token {
                span,
                kind,
                lower: if !is_textual {
                    CompactString::default()
                } else if Line::ALL_ASCII || token_text.is_ascii() {
                    // Short words are stored inline, never on the heap.
                    CompactString::new(lowered.slice(span))
                } else {
                    lower_case(token_text)
                },
                capitalized: if Line::ALL_ASCII {
                    token_text
                        .as_bytes()
                        .first()
                        .is_some_and(u8::is_ascii_uppercase)
                } else {
                    token_text.chars().next().is_some_and(char::is_uppercase)
                },
                space_before: space,
                newlines_before: newlines,
            });
        };
        // Split a possessive ending off a word so that "Okafor’s" yields the
        // name "Okafor" followed by the clitic "’s".
        let word_text = &text[start..end];
        let possessive_length = if kind == TokenKind::Word {
            possessive_suffix_length(word_text)
        } else {
            0
        };
        if possessive_length > 0 && word_text.len() > possessive_length {
            let split = end - possessive_length;
            push(
                Span::new(start, split),
                kind,
                *space_before,
                *newlines_before,
            );
            push(Span::new(split, end), TokenKind::Word, false, 0);
        } else {
            push(Span::new(start, end), kind, *space_before, *newlines_before);
        }
        *space_before = false;
        *newlines_before = 0;
        index = end_index;
    }
}

/// The value of a small number written as a word ("one" to "ten"), which
/// poll shares ("two in three") and counted subjects ("three in five said")
/// use as often as digits.
pub fn small_number_word_value(word: &str) -> Option<u8> {
    let value = match word {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        _ => return None,
    };
    Some(value)
}

/// The lower-case form of a token or a short phrase. Most tokens hold only
/// characters that lower-casing leaves alone besides ASCII letters (a curly
/// apostrophe, an accented small letter: "don’t", "café"), and those are
/// lower-cased byte by byte, which is exact for them because UTF-8
/// continuation bytes are never ASCII; the rest take the full Unicode
/// mapping. (The tokenizer keeps its own in-line branch for all-ASCII
/// tokens: routing them through here costs about 4 % more instructions in
/// the text stage.)
pub fn lower_case(token_text: &str) -> CompactString {
    let unchanged_outside_ascii = token_text
        .chars()
        .filter(|&character| !character.is_ascii() && !is_general_punctuation(character))
        .all(|character| {
            let mut lowered = character.to_lowercase();
            lowered.next() == Some(character) && lowered.next().is_none()
        });
    if unchanged_outside_ascii {
        let mut lower = CompactString::new(token_text);
        lower.make_ascii_lowercase();
        lower
    } else {
        CompactString::from_str_to_lowercase(token_text)
    }
}

fn possessive_suffix_length(word: &str) -> usize {
    for suffix in ["'s", "\u{2019}s", "'S", "\u{2019}S"] {
        if word.ends_with(suffix) {
            return suffix.len();
        }
    }
    0
}

/// Whether `character` is in Unicode's General Punctuation block (U+2000 to
/// U+206F: curly quotation marks, dashes, spaces), which holds no letter,
/// digit or cased character. News text is full of these, and answering for
/// them here spares the tokenizer the slow general Unicode table searches.
fn is_general_punctuation(character: char) -> bool {
    ('\u{2000}'..='\u{206F}').contains(&character)
}

/// `char::is_alphanumeric` with the answers for ASCII and General
/// Punctuation looked up first.
fn is_alphanumeric(character: char) -> bool {
    if character.is_ascii() {
        character.is_ascii_alphanumeric()
    } else {
        !is_general_punctuation(character) && character.is_alphanumeric()
    }
}

/// Whether `current`, right after `previous` inside a word, is the second
/// character of UTF-8 that was decoded as Latin-1 ("mojibake", common in
/// text pasted from mis-configured systems): "FranÃ§ois", "protegÃ©s",
/// "FranÃ\u{83}Â§ois". Such a pair is "Ã" or "Â" (or, in text normalized
/// to decomposed form, the combining tilde or circumflex that ends it)
/// followed by a C1 control or a Latin-1 sign (U+0080 to U+00BF), which
/// would otherwise split the name in two. The guillemets and the no-break
/// space, which never end a mojibake pair in news text, keep their own
/// meaning.
fn is_mojibake_continuation(previous: char, current: char) -> bool {
    matches!(previous, '\u{C2}' | '\u{C3}' | '\u{302}' | '\u{303}')
        && ('\u{80}'..='\u{BF}').contains(&current)
        && !matches!(current, '\u{A0}' | '\u{AB}' | '\u{BB}')
}

fn is_combining_mark(character: char) -> bool {
    matches!(character as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_invisible(character: char) -> bool {
    matches!(
        character,
        '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}'
    )
}
