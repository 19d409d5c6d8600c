//! The front end: source text -> tokens (`token`, `lexer`) -> AST (`parser`, `ast`), with
//! private names mangled (`mangle`).
//! Errors carry a byte offset and are rendered with a caret by `crate::diagnostics`.

pub mod ast;
pub mod hints;
pub mod lexer;
pub mod mangle;
pub mod parser;
pub mod span;
pub mod strlit;
pub mod token;

/// Source text with `\r\n` and lone `\r` line ends made `\n`, as CPython reads source
/// files (universal newlines): string literals spanning lines then hold `\n`, and a
/// backslash continuation before `\r\n` works.
pub fn universal_newlines(src: &str) -> std::borrow::Cow<'_, str> {
    if src.contains('\r') {
        src.replace("\r\n", "\n").replace('\r', "\n").into()
    } else {
        src.into()
    }
}

/// Which of CPython's syntax-error classes a front-end error belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    Syntax,
    Indentation,
    Tab,
}

impl SyntaxErrorKind {
    pub fn class_name(self) -> &'static str {
        match self {
            SyntaxErrorKind::Syntax => "SyntaxError",
            SyntaxErrorKind::Indentation => "IndentationError",
            SyntaxErrorKind::Tab => "TabError",
        }
    }
}

/// A compile-time error: what CPython would raise, with the byte offsets of the source range
/// its carets mark (`end` 0: a single caret at `offset`, as CPython without an end offset).
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub offset: usize,
    pub end: usize,
    /// Found inside an f-string: CPython 3.11 reports it at the token after the string
    /// group, which only the parser knows (`parser::parse_module` moves it there).
    pub at_next_token: bool,
}

impl SyntaxError {
    /// `end` for an error CPython prints without a caret line (a column it does not know).
    pub const NO_CARET: usize = usize::MAX;

    pub fn new(msg: impl Into<String>, offset: usize) -> Self {
        SyntaxError {
            kind: SyntaxErrorKind::Syntax,
            msg: msg.into(),
            offset,
            end: 0,
            at_next_token: false,
        }
    }

    /// An error marking the node or tokens at `span` (`^^^^` under all of it).
    pub fn spanning(msg: impl Into<String>, span: span::Span) -> Self {
        SyntaxError {
            end: span.end as usize,
            ..SyntaxError::new(msg, span.start as usize)
        }
    }

    pub fn indentation(msg: impl Into<String>, offset: usize) -> Self {
        SyntaxError {
            kind: SyntaxErrorKind::Indentation,
            ..SyntaxError::new(msg, offset)
        }
    }
}
