//! Whether the lines typed so far form a complete input, and how far to indent the next one.
//!
//! Follows CPython's interactive rules (`codeop`, the tokenizer's interactive mode): an input
//! continues while a bracket or a triple-quoted string is open, after a trailing backslash,
//! after a decorator, and after a block header whose body has not started; a compound
//! statement runs only once an empty line closes it. Everything else runs as soon as it
//! parses. One deliberate difference: a new statement typed at column 0 after a block
//! (without the empty line) runs with the block instead of being a syntax error, which is
//! what pasted code needs.
//!
//! The check re-parses the whole input on every line: inputs are a few lines long, and
//! reusing the real parser means the REPL can never disagree with `mt file.mt`.

use crate::syntax::ast::{Body, StmtKind};
use crate::syntax::parser::parse_module;
use crate::syntax::{SyntaxError, SyntaxErrorKind};

/// How the latest line ended the input.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum End {
    /// A line with text: more may follow.
    More,
    /// An empty (or all-blank) line: closes an open block.
    Blank,
    /// End of input: whatever is there must run now or be an error.
    Eof,
}

/// What keeps an input open; decides the next line's indentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Open {
    /// A compound statement waiting for its body or for the closing empty line.
    Block,
    /// An open `(`, `[` or `{`, or a trailing backslash.
    Bracket,
    /// An open triple-quoted string: the next line is string content, never indented.
    String,
}

/// The verdict on the input so far.
#[derive(Debug)]
pub enum Status {
    /// Ready to compile and run.
    Complete(Body),
    /// Needs another line.
    Incomplete(Open),
    /// A syntax error to report.
    Invalid(SyntaxError),
}

/// Classifies `src` (the lines so far, each ending in `\n`), whose last line ended as `end`.
pub fn classify(src: &str, end: End) -> Status {
    let last = last_code_line(src);
    if end == End::More && ends_with_backslash(last) {
        return Status::Incomplete(Open::Bracket);
    }
    match parse_module(src) {
        Ok(body) => {
            let open_block = end == End::More && body.last().is_some_and(|s| is_compound(&s.kind));
            if open_block {
                Status::Incomplete(Open::Block)
            } else {
                Status::Complete(body)
            }
        }
        Err(e) => match unfinished(&e, src, last) {
            Some(open) if end != End::Eof && (end == End::More || open != Open::Block) => {
                Status::Incomplete(open)
            }
            _ => Status::Invalid(e),
        },
    }
}

/// Whether a parse error only says that the input stopped early, and what is left open.
fn unfinished(e: &SyntaxError, src: &str, last: &str) -> Option<Open> {
    if e.msg.ends_with("was never closed") {
        return Some(Open::Bracket);
    }
    if e.msg.starts_with("unterminated triple-quoted string") {
        return Some(Open::String);
    }
    let at_end = e.offset >= src.trim_end().len();
    if at_end
        && e.kind == SyntaxErrorKind::Indentation
        && e.msg.starts_with("expected an indented block")
    {
        return Some(Open::Block);
    }
    // A decorator line alone: the definition follows on the next line.
    if at_end && last.trim_start().starts_with('@') {
        return Some(Open::Block);
    }
    None
}

fn is_compound(k: &StmtKind) -> bool {
    matches!(
        k,
        StmtKind::If(..)
            | StmtKind::While(..)
            | StmtKind::For(..)
            | StmtKind::FunctionDef(..)
            | StmtKind::ClassDef(..)
            | StmtKind::Try { .. }
            | StmtKind::With(..)
    )
}

/// The last line of `src` that is not blank.
fn last_code_line(src: &str) -> &str {
    src.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
}

/// A backslash that joins the next line (outside strings and comments).
fn ends_with_backslash(line: &str) -> bool {
    line.ends_with('\\') && code_part(line).ends_with('\\')
}

/// The part of a line before its comment, skipping `#` inside single-line string literals.
pub fn code_part(line: &str) -> &str {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for (i, c) in line.char_indices() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None => match c {
                '#' => return &line[..i],
                '\'' | '"' => quote = Some(c),
                _ => {}
            },
        }
    }
    line
}

/// The text to pre-fill the next line with: the block's indentation (IPython's
/// auto-indent). One level deeper after a line ending in `:`, one level shallower after a
/// line that ends its block (`return`, `pass`, `break`, `continue`, `raise`).
pub fn next_indent(line: &str, open: Open) -> String {
    let indent: String = line
        .chars()
        .take_while(|c| *c == ' ' || *c == '\t')
        .collect();
    let width = indent
        .chars()
        .map(|c| if c == '\t' { 8 } else { 1 })
        .sum::<usize>();
    match open {
        Open::String => String::new(),
        Open::Bracket => " ".repeat(width),
        Open::Block => {
            let code = code_part(line).trim();
            let first = code
                .split(|c: char| !c.is_alphanumeric() && c != '_')
                .next()
                .unwrap_or("");
            if code.ends_with(':') {
                " ".repeat(width + 4)
            } else if matches!(first, "return" | "pass" | "break" | "continue" | "raise") {
                " ".repeat(width.saturating_sub(4))
            } else {
                " ".repeat(width)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(src: &str, end: End) -> &'static str {
        match classify(src, end) {
            Status::Complete(_) => "complete",
            Status::Incomplete(Open::Block) => "block",
            Status::Incomplete(Open::Bracket) => "bracket",
            Status::Incomplete(Open::String) => "string",
            Status::Invalid(_) => "invalid",
        }
    }

    #[test]
    fn simple_statements_run_at_once() {
        assert_eq!(status("1 + 1\n", End::More), "complete");
        assert_eq!(status("x = 1\n", End::More), "complete");
        assert_eq!(status("x = (1,\n2)\n", End::More), "complete");
        assert_eq!(status("x = = 1\n", End::More), "invalid");
        assert_eq!(status("'abc\n", End::More), "invalid");
    }

    #[test]
    fn open_constructs_continue() {
        assert_eq!(status("if x:\n", End::More), "block");
        assert_eq!(status("if x:\n    y\n", End::More), "block");
        assert_eq!(status("if x: y\n", End::More), "block");
        assert_eq!(status("if x:\n    y\nelse:\n", End::More), "block");
        assert_eq!(status("f(1,\n", End::More), "bracket");
        assert_eq!(status("f(1,\n\n", End::Blank), "bracket");
        assert_eq!(status("x = 1 + \\\n", End::More), "bracket");
        assert_eq!(status("s = '''abc\n", End::More), "string");
        assert_eq!(status("s = '''abc\n\n", End::Blank), "string");
        assert_eq!(status("@dec\n", End::More), "block");
    }

    #[test]
    fn blank_line_and_eof_close_blocks() {
        assert_eq!(status("if x:\n    y\n\n", End::Blank), "complete");
        assert_eq!(status("if x:\n\n", End::Blank), "invalid");
        assert_eq!(status("if x:\n    y\n", End::Eof), "complete");
        assert_eq!(status("f(1,\n", End::Eof), "invalid");
        assert_eq!(status("for i in x:\n    y\nz\n", End::More), "complete");
    }

    #[test]
    fn comments_do_not_continue_lines() {
        assert_eq!(status("x = 1  # a \\\n", End::More), "complete");
        assert_eq!(code_part("s = '#'  # c"), "s = '#'  ");
    }

    #[test]
    fn indentation_follows_blocks() {
        assert_eq!(next_indent("if x:", Open::Block), "    ");
        assert_eq!(next_indent("    if y:  # c", Open::Block), "        ");
        assert_eq!(next_indent("        return 1", Open::Block), "    ");
        assert_eq!(next_indent("    y = 1", Open::Block), "    ");
        assert_eq!(next_indent("  f(1,", Open::Bracket), "  ");
        assert_eq!(next_indent("    s = '''", Open::String), "");
    }
}
