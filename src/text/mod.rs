//! Stage 1 of the pipeline: the text itself.
//!
//! [`TextAnalysis::new`] splits the input once into tokens, sentences and
//! paragraphs, all carrying byte [`Span`]s. Every later stage works on token
//! indices into this one analysis, so no stage re-scans the raw text and no
//! offset is ever recomputed.

pub mod offsets;
mod sentences;
mod tokenize;

pub use tokenize::{lower_case, small_number_word_value, QuoteChar, Token, TokenKind};

use crate::span::Span;
use crate::wordset::word_hash;
use std::ops::Range;

/// One sentence: a contiguous run of tokens inside one paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Indices into [`TextAnalysis::tokens`].
    pub tokens: Range<usize>,
    /// Bytes from the first token's start to the last token's end.
    pub span: Span,
    /// Index into [`TextAnalysis::paragraphs`].
    pub paragraph: usize,
}

/// One paragraph: the sentences between two paragraph breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Indices into [`TextAnalysis::sentences`].
    pub sentences: Range<usize>,
    /// Indices into [`TextAnalysis::tokens`].
    pub tokens: Range<usize>,
}

/// The segmented text that every later stage reads.
#[derive(Clone, Debug)]
pub struct TextAnalysis<'text> {
    /// The analysed text.
    pub text: &'text str,
    /// Tokens in text order; whitespace is not a token.
    pub tokens: Vec<Token>,
    /// Sentences in text order, covering every token exactly once.
    pub sentences: Vec<Sentence>,
    /// Paragraphs in text order, covering every sentence exactly once.
    pub paragraphs: Vec<Paragraph>,
    /// For each token, the index of the sentence holding it.
    pub sentence_of_token: Vec<usize>,
    /// For each token, the [`word_hash`] of its lower-case text (of its
    /// text for marks and punctuation): the learned models combine these
    /// instead of re-hashing a word for every feature it takes part in.
    pub token_hashes: Vec<u32>,
}

/// Whether a sentence is a headline in title case: of its words longer than
/// three letters, at least three, and four in five capitalised.
pub fn is_title_case_sentence(tokens: &[Token]) -> bool {
    let (words, capitalized) = tokens
        .iter()
        .filter(|t| t.is_word() && t.span.len() > 3)
        .fold((0usize, 0usize), |(words, capitalized), token| {
            (words + 1, capitalized + usize::from(token.capitalized))
        });
    words >= 3 && capitalized * 10 >= words * 8
}

/// Whether a sentence is a headline whose every word is capitalised: at
/// least three words longer than three letters, all of them capitalised.
/// (Stricter than [`is_title_case_sentence`], which also takes a sentence
/// of many names with one verb in lower case for a headline: "Billionaire
/// Donald Trump praised Breitbart News’ Washington Political Editor
/// Matthew Boyle".)
pub fn is_headline(tokens: &[Token]) -> bool {
    let mut long_words = 0usize;
    for token in tokens.iter().filter(|t| t.is_word() && t.span.len() > 3) {
        if !token.capitalized {
            return false;
        }
        long_words += 1;
    }
    long_words >= 3
}

impl<'text> TextAnalysis<'text> {
    /// Tokenizes and segments `text`. Never fails: any string is a text.
    pub fn new(text: &'text str) -> TextAnalysis<'text> {
        let tokens = tokenize::tokenize(text);
        let (sentences, paragraphs) = sentences::segment(text, &tokens);
        let mut sentence_of_token = vec![0; tokens.len()];
        for (index, sentence) in sentences.iter().enumerate() {
            for token in sentence.tokens.clone() {
                sentence_of_token[token] = index;
            }
        }
        let token_hashes = tokens
            .iter()
            .map(|token| word_hash(token.word(text)))
            .collect();
        TextAnalysis {
            text,
            tokens,
            sentences,
            paragraphs,
            sentence_of_token,
            token_hashes,
        }
    }

    /// The index in [`Self::paragraphs`] of the paragraph holding token `token`.
    pub fn paragraph_of_token(&self, token: usize) -> usize {
        self.sentences[self.sentence_of_token[token]].paragraph
    }

    /// Whether token `token` opens its paragraph (a line break that only
    /// wraps running text opens none).
    pub fn opens_paragraph(&self, token: usize) -> bool {
        self.paragraphs[self.paragraph_of_token(token)].tokens.start == token
    }

    /// The span from the start of token `first` to the end of token `last`
    /// (inclusive). `first <= last` is required.
    pub fn token_range_span(&self, first: usize, last: usize) -> Span {
        Span::new(
            self.tokens[first].span.start(),
            self.tokens[last].span.end(),
        )
    }
}
