//! Stage 3 of the pipeline: quoted stretches of text.
//!
//! Quotation marks are paired paragraph by paragraph, so an unbalanced mark
//! can never swallow the rest of a document: at worst it loses its own
//! paragraph's pairing. A paragraph that leaves a quote open while the next
//! paragraph opens one again is the newspaper convention for a quote running
//! over several paragraphs, and the parts are joined into one quote.
//!
//! Double marks (`"…"`, `“…”`, `„…“`, `«…»`) are paired first. Single marks
//! (`‘…’`, `'…'`) form quotes only outside double quotes (British style);
//! inside them they are nested quotes and stay part of the content. A `’`
//! between letters or after an `s` that is followed by a word is an
//! apostrophe (`don’t`, `Americans’ plan`).

use crate::order::sort_by_position;
use crate::span::Span;
use crate::text::{QuoteChar, TextAnalysis, TokenKind};

/// One quoted stretch: possibly several paragraphs long.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuotedRegion {
    /// One part per paragraph; each part spans from its opening mark to its
    /// closing mark inclusive (or to the paragraph end when it runs on).
    pub parts: Vec<QuotedPart>,
    /// Whether the final part has a closing mark.
    pub closed: bool,
    /// Whether the marks are double marks (or guillemets).
    pub double: bool,
}

/// One paragraph's share of a quoted region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuotedPart {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the last token of the part: the closing mark, or the
    /// paragraph's last token when the quote runs on.
    pub last: usize,
    /// Bytes from the opening mark to the end of `last`.
    pub span: Span,
}

impl QuotedRegion {
    /// The first token (the opening mark).
    pub fn first_token(&self) -> usize {
        self.parts[0].open
    }

    /// The last token of the whole region.
    pub fn last_token(&self) -> usize {
        self.parts[self.parts.len() - 1].last
    }

    /// Each part's tokens as a half-open range, opening mark to last token:
    /// the region as the content of an attribution.
    pub fn part_token_ranges(&self) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
        self.parts.iter().map(|part| part.open..part.last + 1)
    }

    /// The bytes from the first opening mark to the end.
    pub fn span(&self) -> Span {
        self.parts[0]
            .span
            .cover(self.parts[self.parts.len() - 1].span)
    }

    /// The number of word and number tokens inside the marks.
    pub fn word_count(&self, analysis: &TextAnalysis) -> usize {
        self.parts
            .iter()
            .map(|part| {
                analysis.tokens[part.open..=part.last]
                    .iter()
                    .filter(|token| matches!(token.kind, TokenKind::Word | TokenKind::Number))
                    .count()
            })
            .sum()
    }
}

/// All quoted regions of a text, and for each token the region holding it.
#[derive(Clone, Debug, Default)]
pub struct Quotes {
    /// Regions in text order; they never overlap.
    pub regions: Vec<QuotedRegion>,
    /// For each token, the region covering it (marks included).
    pub region_at_token: Vec<Option<usize>>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkRole {
    Open,
    Close,
    Either,
    Apostrophe,
}

fn is_word_character_token(analysis: &TextAnalysis, index: usize) -> bool {
    analysis
        .tokens
        .get(index)
        .is_some_and(|token| matches!(token.kind, TokenKind::Word | TokenKind::Number))
}

/// What role a mark can play, judged from its neighbours.
fn mark_role(analysis: &TextAnalysis, index: usize, mark: QuoteChar) -> MarkRole {
    let tokens = &analysis.tokens;
    let token = &tokens[index];
    let space_before = index == 0 || token.space_before || token.newlines_before > 0;
    let next = tokens.get(index + 1);
    let space_after = next.is_none_or(|next| next.space_before || next.newlines_before > 0);
    let previous_is_word = index > 0 && is_word_character_token(analysis, index - 1);
    let next_is_word = is_word_character_token(analysis, index + 1);
    match mark {
        // "“It's unusual,“ said …": a left mark set against the text before
        // it with a space after is a closing mark in the wrong shape.
        QuoteChar::LeftDouble if !space_before && space_after && index > 0 => MarkRole::Either,
        QuoteChar::LeftDouble | QuoteChar::LowDouble | QuoteChar::LeftGuillemet => MarkRole::Open,
        QuoteChar::LeftSingle | QuoteChar::LowSingle | QuoteChar::LeftSingleGuillemet => {
            MarkRole::Open
        }
        QuoteChar::RightDouble | QuoteChar::RightGuillemet | QuoteChar::RightSingleGuillemet => {
            // "” … he delivered a mix of …,” Barabak wrote.": at the start
            // of a line the mark has nothing to close, whatever follows it.
            let opens_line = index == 0 || token.newlines_before > 0;
            if space_before && (!space_after || opens_line) {
                MarkRole::Either
            } else {
                MarkRole::Close
            }
        }
        QuoteChar::StraightDouble => {
            if space_before && !space_after {
                MarkRole::Open
            } else if !space_before && space_after {
                MarkRole::Close
            } else {
                MarkRole::Either
            }
        }
        QuoteChar::StraightSingle | QuoteChar::RightSingle => {
            if previous_is_word && next_is_word && !space_before && !space_after {
                MarkRole::Apostrophe
            } else if space_before && !space_after {
                if mark == QuoteChar::RightSingle {
                    // ’ opening a quote is a typesetting error, but frequent.
                    MarkRole::Either
                } else {
                    MarkRole::Open
                }
            } else if !space_before && (space_after || !next_is_word) {
                MarkRole::Close
            } else {
                MarkRole::Either
            }
        }
    }
}

fn closes(open: QuoteChar, close: QuoteChar) -> bool {
    use QuoteChar::*;
    match open {
        LeftDouble => matches!(close, RightDouble | StraightDouble | LeftDouble),
        LowDouble => matches!(close, LeftDouble | RightDouble | StraightDouble),
        StraightDouble => matches!(close, StraightDouble | RightDouble),
        LeftGuillemet => matches!(close, RightGuillemet),
        RightGuillemet => matches!(close, LeftGuillemet),
        LeftSingle => matches!(close, RightSingle | StraightSingle),
        LowSingle => matches!(close, LeftSingle | RightSingle | StraightSingle),
        StraightSingle => matches!(close, StraightSingle | RightSingle),
        LeftSingleGuillemet => matches!(close, RightSingleGuillemet),
        RightSingleGuillemet => matches!(close, LeftSingleGuillemet),
        RightDouble => matches!(close, RightDouble),
        RightSingle => matches!(close, RightSingle),
    }
}

/// A paragraph's open quote that was never closed, kept to join with the next paragraph.
struct Pending {
    parts: Vec<QuotedPart>,
    double: bool,
}

impl Quotes {
    /// Pairs the quotation marks of `analysis`.
    pub fn find(analysis: &TextAnalysis) -> Quotes {
        let mut regions: Vec<QuotedRegion> = Vec::new();
        let mut pending: Option<Pending> = None;
        for paragraph in &analysis.paragraphs {
            let range = paragraph.tokens.clone();
            let mut found = pair_in_paragraph(analysis, range.clone(), true);
            // Single quotes only outside double ones.
            let singles = pair_in_paragraph(analysis, range.clone(), false);
            // Both lists come in text order and the double quotes do not
            // overlap, so one pass over each tells which singles lie inside
            // a double quote (a scan per single would be quadratic).
            let doubles = found.len();
            let mut double = 0;
            for single in singles {
                while double < doubles && found[double].1.unwrap_or(range.end - 1) < single.0 {
                    double += 1;
                }
                let inside_double = double < doubles && found[double].0 <= single.0;
                if !inside_double && single.1.is_some() {
                    found.push(single);
                }
            }
            sort_by_position(&mut found, |found| found.0);
            let starts_with_open = found.first().is_some_and(|first| first.0 == range.start);
            if let Some(previous) = pending.take() {
                // A reopened quote that closes on a comma ("“…,” said X") has
                // an attribution of its own: it starts a new quote instead.
                let closes_on_comma = found
                    .first()
                    .and_then(|f| f.1)
                    .is_some_and(|close| close > 0 && analysis.tokens[close - 1].is_punct(','));
                if starts_with_open && found[0].2 == previous.double && !closes_on_comma {
                    // The quote continues into this paragraph.
                    let (open, close, double) = found.remove(0);
                    let mut parts = previous.parts;
                    let last = close.unwrap_or(range.end - 1);
                    parts.push(QuotedPart {
                        open,
                        last,
                        span: analysis.token_range_span(open, last),
                    });
                    if close.is_some() {
                        regions.push(QuotedRegion {
                            parts,
                            closed: true,
                            double,
                        });
                    } else {
                        pending = Some(Pending { parts, double });
                    }
                } else {
                    let parts = previous.parts;
                    regions.push(QuotedRegion {
                        parts,
                        closed: false,
                        double: previous.double,
                    });
                }
            }
            for (open, close, double) in found {
                let last = close.unwrap_or(range.end - 1);
                let part = QuotedPart {
                    open,
                    last,
                    span: analysis.token_range_span(open, last),
                };
                match close {
                    Some(_) => regions.push(QuotedRegion {
                        parts: vec![part],
                        closed: true,
                        double,
                    }),
                    None => {
                        if let Some(previous) = pending.take() {
                            regions.push(QuotedRegion {
                                parts: previous.parts,
                                closed: false,
                                double: previous.double,
                            });
                        }
                        pending = Some(Pending {
                            parts: vec![part],
                            double,
                        });
                    }
                }
            }
        }
        if let Some(previous) = pending {
            regions.push(QuotedRegion {
                parts: previous.parts,
                closed: false,
                double: previous.double,
            });
        }
        sort_by_position(&mut regions, |region| region.first_token());
        let mut region_at_token = vec![None; analysis.tokens.len()];
        for (index, region) in regions.iter().enumerate() {
            for part in &region.parts {
                for slot in &mut region_at_token[part.open..=part.last] {
                    *slot = Some(index);
                }
            }
        }
        Quotes {
            regions,
            region_at_token,
        }
    }

    /// The region whose opening mark is token `index`.
    pub fn opening_at(&self, index: usize) -> Option<usize> {
        let region = (*self.region_at_token.get(index)?)?;
        self.regions[region]
            .parts
            .iter()
            .any(|part| part.open == index)
            .then_some(region)
    }

    /// The region whose final token is token `index` (a closing mark).
    pub fn closing_at(&self, index: usize) -> Option<usize> {
        let region = (*self.region_at_token.get(index)?)?;
        (self.regions[region].last_token() == index && self.regions[region].closed)
            .then_some(region)
    }
}

/// Pairs marks of one family (double or single) inside one paragraph.
/// Returns `(open token, close token or None when left open, double)`.
/// An opening mark left open before another opening mark of the same
/// family is dropped as stray, so one bad mark costs one quote, not the
/// paragraph.
fn pair_in_paragraph(
    analysis: &TextAnalysis,
    range: std::ops::Range<usize>,
    double: bool,
) -> Vec<(usize, Option<usize>, bool)> {
    let tokens = &analysis.tokens;
    let mut found = Vec::new();
    let mut open: Option<(usize, QuoteChar)> = None;
    // "“… the question: “As you know, …” Forty-three, yes."" in straight
    // marks: a pair of the other style (curly inside straight, or straight
    // inside curly) nests in the open quotation instead of replacing it.
    // Kept aside, it is a quotation of its own if the outer one never closes.
    let mut nested: Option<(usize, Option<usize>)> = None;
    let is_straight = |mark: QuoteChar| mark == QuoteChar::StraightDouble;
    // The paragraph's last single mark that can only close, found once:
    // the possessive test asks whether one comes later.
    let last_single_close = if double {
        None
    } else {
        range.clone().rev().find(|&index| {
            tokens[index].quote_char().is_some_and(|mark| {
                !mark.is_double() && mark_role(analysis, index, mark) == MarkRole::Close
            })
        })
    };
    for index in range.clone() {
        let Some(mark) = tokens[index].quote_char() else {
            continue;
        };
        if mark.is_double() != double {
            continue;
        }
        let mut role = mark_role(analysis, index, mark);
        // A German „…“ or ‚…‘ closes with what elsewhere opens.
        if let Some((_, QuoteChar::LowDouble | QuoteChar::LowSingle)) = open {
            if matches!(mark, QuoteChar::LeftDouble | QuoteChar::LeftSingle) {
                role = MarkRole::Close;
            }
        }
        if let Some((open_index, open_mark)) = open {
            let other_style = double && is_straight(open_mark) != is_straight(mark);
            match nested {
                Some((inner_open, None)) if other_style && role != MarkRole::Open => {
                    nested = Some((inner_open, Some(index)));
                    continue;
                }
                None if other_style && role == MarkRole::Open && index > open_index => {
                    nested = Some((index, None));
                    continue;
                }
                // A second nested quotation: the outer mark was a stray one
                // after all, and the first nested pair a quotation of its own.
                Some((inner_open, Some(inner_close))) if other_style && role == MarkRole::Open => {
                    found.push((inner_open, Some(inner_close), double));
                    nested = None;
                    open = Some((index, mark));
                    continue;
                }
                _ => {}
            }
        }
        match (open, role) {
            (_, MarkRole::Apostrophe) => {}
            (Some((open_index, open_mark)), MarkRole::Close | MarkRole::Either)
                if closes(open_mark, mark) =>
            {
                if !double && is_possessive_apostrophe(analysis, index, last_single_close) {
                    continue;
                }
                found.push((open_index, Some(index), double));
                open = None;
                nested = None;
            }
            (Some(_), MarkRole::Open) => {
                // The earlier opener was stray; start again here.
                open = Some((index, mark));
                nested = None;
            }
            (None, MarkRole::Open | MarkRole::Either) => {
                if !double && mark == QuoteChar::RightSingle && role == MarkRole::Either {
                    continue;
                }
                open = Some((index, mark));
            }
            _ => {}
        }
    }
    match (open, nested) {
        // The outer quotation never closed: the nested pair stands alone.
        (Some(_), Some((inner_open, Some(inner_close)))) => {
            found.push((inner_open, Some(inner_close), double));
        }
        (Some((open_index, _)), _) => found.push((open_index, None, double)),
        (None, _) => {}
    }
    found
}

/// Whether a closing-looking `’` is really a plural possessive ("Americans’
/// plan"): it follows a word ending in s, a lower-case word follows, and the
/// paragraph has a later closing mark that could end the quote instead
/// (`last_single_close`, the paragraph's last single mark that only closes).
fn is_possessive_apostrophe(
    analysis: &TextAnalysis,
    index: usize,
    last_single_close: Option<usize>,
) -> bool {
    let tokens = &analysis.tokens;
    let previous_ends_in_s =
        index > 0 && tokens[index - 1].is_word() && tokens[index - 1].lower.ends_with('s');
    let next_is_lower_word = tokens
        .get(index + 1)
        .is_some_and(|token| token.is_word() && !token.capitalized && token.space_before);
    let later_close = last_single_close.is_some_and(|close| close > index);
    previous_ends_in_s && next_is_lower_word && later_close
}
