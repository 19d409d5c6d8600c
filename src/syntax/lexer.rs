//! The layout pass: turns logos' raw tokens into the token stream the grammar reads, adding
//! NEWLINE / INDENT / DEDENT as CPython's tokenizer does. Newlines inside brackets are dropped
//! (implicit line joining), blank and comment-only lines produce nothing, an inconsistent dedent
//! is an `IndentationError`, and indentation that only agrees under one tab size is a `TabError`.

use super::span::LineIndex;
use super::token::{LexErrorKind, Tok};
use super::{SyntaxError, SyntaxErrorKind};
use logos::Logos;

/// CPython's limits: deeper nesting is a SyntaxError, which also keeps the recursive
/// compiler passes far from the end of the Rust stack.
const MAX_NESTING: usize = 200;
const MAX_INDENT: usize = 100;
/// How deep an expression may nest, estimated from its operators (see `DepthEstimate`).
/// CPython gives up near a few thousand nested nodes ("maximum recursion depth exceeded
/// during compilation").
const MAX_EXPR_DEPTH: usize = 1500;

/// An upper bound on the expression nesting the parser will build, kept per bracket level:
/// operators in one comma-separated item chain into a deeper tree (`a+b+c`, `-+-x`, `a.b.c`),
/// while separators (`,` `:` `=` ...) start a sibling subtree, so a list of ten thousand
/// negative numbers stays shallow but a sum of ten thousand terms does not.
struct DepthEstimate {
    levels: Vec<usize>,
    total: usize,
}

impl DepthEstimate {
    fn new() -> Self {
        DepthEstimate {
            levels: vec![0],
            total: 0,
        }
    }

    /// Accounts for one token; false when the estimate goes past the limit.
    fn step(&mut self, tok: &Tok) -> bool {
        match tok {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                self.deeper();
                self.levels.push(0);
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                self.reset();
                if self.levels.len() > 1 {
                    self.levels.pop();
                }
            }
            t if separates(t) => self.reset(),
            t if deepens(t) => self.deeper(),
            _ => {}
        }
        self.total <= MAX_EXPR_DEPTH
    }

    fn deeper(&mut self) {
        if let Some(top) = self.levels.last_mut() {
            *top += 1;
            self.total += 1;
        }
    }

    fn reset(&mut self) {
        if let Some(top) = self.levels.last_mut() {
            self.total -= *top;
            *top = 0;
        }
    }
}

/// A token with its byte span, the triple LALRPOP consumes.
pub type Spanned = (usize, Tok, usize);

/// Tokenizes a whole source text.
pub fn tokenize(src: &str) -> Result<Vec<Spanned>, SyntaxError> {
    match tokenize_to_unclosed(src)? {
        (_, Some(unclosed)) => Err(unclosed),
        (tokens, None) => Ok(tokens),
    }
}

/// As `tokenize`, but a bracket left open at the end of the source is not an error yet: the
/// tokens come with the "'(' was never closed" error, which CPython reports only when the
/// parser fails past the bracket's line (`parser::parse_module`). The tokens then stop
/// without the closing NEWLINE and DEDENTs, so the parser meets the end of input there.
pub fn tokenize_to_unclosed(src: &str) -> Result<(Vec<Spanned>, Option<SyntaxError>), SyntaxError> {
    let mut out: Vec<Spanned> = Vec::new();
    // Indentation levels as (columns with tabsize 8, columns with tabsize 1), like CPython.
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    let mut brackets: Vec<(char, usize)> = Vec::new();
    let mut at_line_start = true;
    let mut depth = DepthEstimate::new();
    let lines = LineIndex::new(src);
    let mut lex = Tok::lexer(src);
    while let Some(item) = lex.next() {
        let span = lex.span();
        let tok = match item {
            Ok(t) => t,
            Err(kind) => return Err(lex_error(kind, span.start, src, &lines, &brackets)),
        };
        if tok == Tok::Newline {
            if brackets.is_empty() && !at_line_start {
                out.push((span.start, Tok::Newline, span.end));
                at_line_start = true;
                depth = DepthEstimate::new();
            }
            continue;
        }
        if !depth.step(&tok) {
            return Err(SyntaxError::new(
                "maximum recursion depth exceeded during compilation",
                span.start,
            ));
        }
        if at_line_start {
            at_line_start = false;
            let (col, alt) = indentation_of(src, span.start);
            let (top, top_alt) = *indents.last().unwrap_or(&(0, 0));
            if col > top {
                if alt <= top_alt {
                    return Err(tab_error(span.start));
                }
                if indents.len() > MAX_INDENT {
                    return Err(SyntaxError::indentation(
                        "too many levels of indentation",
                        span.start,
                    ));
                }
                indents.push((col, alt));
                out.push((span.start, Tok::Indent, span.start));
            } else {
                while indents.last().is_some_and(|&(c, _)| col < c) {
                    indents.pop();
                    out.push((span.start, Tok::Dedent, span.start));
                }
                let (top, top_alt) = *indents.last().unwrap_or(&(0, 0));
                if col != top {
                    return Err(SyntaxError::indentation(
                        "unindent does not match any outer indentation level",
                        span.start,
                    ));
                }
                if alt != top_alt {
                    return Err(tab_error(span.start));
                }
            }
        }
        if matches!(tok, Tok::LPar | Tok::LSqb | Tok::LBrace) && brackets.len() >= MAX_NESTING {
            return Err(SyntaxError::new("too many nested parentheses", span.start));
        }
        match tok {
            Tok::LPar => brackets.push(('(', span.start)),
            Tok::LSqb => brackets.push(('[', span.start)),
            Tok::LBrace => brackets.push(('{', span.start)),
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                let close = match tok {
                    Tok::RPar => ')',
                    Tok::RSqb => ']',
                    _ => '}',
                };
                match brackets.pop() {
                    None => {
                        return Err(SyntaxError::new(format!("unmatched '{close}'"), span.start))
                    }
                    Some((open, at)) if !matches(open, close) => {
                        let msg = if lines.line(at) == lines.line(span.start) {
                            format!("closing parenthesis '{close}' does not match opening parenthesis '{open}'")
                        } else {
                            format!(
                                "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {}",
                                lines.line(at)
                            )
                        };
                        return Err(SyntaxError::new(msg, span.start));
                    }
                    Some(_) => {}
                }
            }
            _ => {}
        }
        out.push((span.start, tok, span.end));
    }
    if let Some(&(open, at)) = brackets.last() {
        let unclosed = SyntaxError::new(format!("'{open}' was never closed"), at);
        return Ok((out, Some(unclosed)));
    }
    let end = src.len();
    if !at_line_start {
        out.push((end, Tok::Newline, end));
    }
    for _ in 1..indents.len() {
        out.push((end, Tok::Dedent, end));
    }
    Ok((out, None))
}

/// Tokens that can add a level to the expression tree (operators, calls, attribute chains).
fn deepens(t: &Tok) -> bool {
    use Tok::*;
    matches!(
        t,
        Plus | Minus
            | Star
            | Slash
            | DoubleSlash
            | Percent
            | DoubleStar
            | Tilde
            | VBar
            | Amper
            | Circumflex
            | LeftShift
            | RightShift
            | At
            | Less
            | Greater
            | EqEqual
            | NotEqual
            | LessEqual
            | GreaterEqual
            | Not
            | And
            | Or
            | If
            | Lambda
            | Dot
            | LPar
            | LSqb
            | LBrace
            | In
            | Is
            | Await
            | Yield
    )
}

/// Tokens that end one item of an expression list and start a sibling.
fn separates(t: &Tok) -> bool {
    use Tok::*;
    matches!(
        t,
        Comma
            | Semi
            | Equal
            | For
            | As
            | RArrow
            | PlusEqual
            | MinEqual
            | StarEqual
            | SlashEqual
            | PercentEqual
            | AmperEqual
            | VBarEqual
            | CircumflexEqual
            | LeftShiftEqual
            | RightShiftEqual
            | DoubleStarEqual
            | DoubleSlashEqual
            | AtEqual
    )
}

fn matches(open: char, close: char) -> bool {
    matches!((open, close), ('(', ')') | ('[', ']') | ('{', '}'))
}

fn tab_error(offset: usize) -> SyntaxError {
    SyntaxError {
        kind: SyntaxErrorKind::Tab,
        ..SyntaxError::new("inconsistent use of tabs and spaces in indentation", offset)
    }
}

/// Columns of the whitespace before `offset` on its line, with tab size 8 and with tab size 1.
fn indentation_of(src: &str, offset: usize) -> (usize, usize) {
    let line_start = src[..offset].rfind('\n').map_or(0, |i| i + 1);
    let (mut col, mut alt) = (0, 0);
    for b in src[line_start..offset].bytes() {
        match b {
            b'\t' => {
                col = (col / 8 + 1) * 8;
                alt += 1;
            }
            b'\x0c' => {
                col = 0;
                alt = 0;
            }
            _ => {
                col += 1;
                alt += 1;
            }
        }
    }
    (col, alt)
}

fn lex_error(
    kind: LexErrorKind,
    offset: usize,
    src: &str,
    lines: &LineIndex,
    brackets: &[(char, usize)],
) -> SyntaxError {
    let last_line = lines.line(src.trim_end_matches('\n').len());
    match kind {
        LexErrorKind::UnterminatedString => SyntaxError::new(
            format!(
                "unterminated string literal (detected at line {})",
                lines.line(offset)
            ),
            offset,
        ),
        LexErrorKind::UnterminatedTripleString => SyntaxError::new(
            format!("unterminated triple-quoted string literal (detected at line {last_line})"),
            offset,
        ),
        LexErrorKind::BadNumber(text) => {
            SyntaxError::new(format!("invalid decimal literal: {text}"), offset)
        }
        LexErrorKind::InvalidCharacter => {
            let c = src[offset..].chars().next().unwrap_or(' ');
            if let Some(&(open, at)) = brackets.last() {
                if c == '\n' {
                    return SyntaxError::new(format!("'{open}' was never closed"), at);
                }
            }
            let msg = match c {
                '$' | '?' | '`' => "invalid syntax".to_string(),
                '!' => "invalid syntax".to_string(),
                '\\' => "unexpected character after line continuation character".to_string(),
                c if c.is_ascii() => "invalid syntax".to_string(),
                c => format!("invalid character '{c}' (U+{:04X})", c as u32),
            };
            SyntaxError::new(msg, offset)
        }
    }
}
