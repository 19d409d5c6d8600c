//! The token set of mt, produced by `logos` (raw tokens) and completed by the layout pass in
//! `lexer.rs` (NEWLINE / INDENT / DEDENT). Follows CPython 3.11's tokenizer for what counts as a
//! name, a number and a string literal; string bodies are scanned by hand because triple quotes
//! and escapes are easier to get right in code than in one regular expression.

use logos::{Lexer, Logos};

/// Why the raw tokenizer stopped. Turned into a `SyntaxError` by the lexer.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum LexErrorKind {
    #[default]
    InvalidCharacter,
    UnterminatedString,
    UnterminatedTripleString,
    BadNumber(String),
}

/// A string literal as written: its prefix flags and the raw text between the quotes.
#[derive(Debug, Clone, PartialEq)]
pub struct StrLit {
    pub raw: bool,
    pub fmt: bool,
    pub bytes: bool,
    /// Text between the quotes, escapes not yet processed.
    pub body: String,
    /// Byte offset of `body` in the source, for spans inside f-strings.
    pub body_offset: usize,
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = LexErrorKind)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip(r"#[^\r\n]*", allow_greedy = true))]
#[logos(skip r"\\\r?\n")]
pub enum Tok {
    #[regex(r"\r?\n")]
    Newline,
    /// Produced by the layout pass only.
    Indent,
    /// Produced by the layout pass only.
    Dedent,

    #[regex(r"[\p{XID_Start}_][\p{XID_Continue}]*", |lex| identifier(lex.slice()))]
    Name(String),
    #[regex(r"[0-9](_?[0-9])*", |lex| lex.slice().replace('_', ""))]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |lex| lex.slice().replace('_', ""))]
    #[regex(r"0[oO](_?[0-7])+", |lex| lex.slice().replace('_', ""))]
    #[regex(r"0[bB](_?[01])+", |lex| lex.slice().replace('_', ""))]
    Int(String),
    #[regex(
        r"[0-9](_?[0-9])*\.([0-9](_?[0-9])*)?([eE][+-]?[0-9](_?[0-9])*)?",
        float_lit
    )]
    #[regex(r"\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?", float_lit)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", float_lit)]
    Float(f64),
    #[regex(r#"([rRuUfFbB]|[rR][fFbB]|[fFbB][rR])?["']"#, string_lit)]
    Str(StrLit),

    // keywords
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // operators and delimiters
    #[token("(")]
    LPar,
    #[token(")")]
    RPar,
    #[token("[")]
    LSqb,
    #[token("]")]
    RSqb,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(":")]
    Colon,
    #[token(",")]
    Comma,
    #[token(";")]
    Semi,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("|")]
    VBar,
    #[token("&")]
    Amper,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("=")]
    Equal,
    #[token(".")]
    Dot,
    #[token("%")]
    Percent,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("~")]
    Tilde,
    #[token("^")]
    Circumflex,
    #[token("<<")]
    LeftShift,
    #[token(">>")]
    RightShift,
    #[token("**")]
    DoubleStar,
    #[token("+=")]
    PlusEqual,
    #[token("-=")]
    MinEqual,
    #[token("*=")]
    StarEqual,
    #[token("/=")]
    SlashEqual,
    #[token("%=")]
    PercentEqual,
    #[token("&=")]
    AmperEqual,
    #[token("|=")]
    VBarEqual,
    #[token("^=")]
    CircumflexEqual,
    #[token("<<=")]
    LeftShiftEqual,
    #[token(">>=")]
    RightShiftEqual,
    #[token("**=")]
    DoubleStarEqual,
    #[token("//")]
    DoubleSlash,
    #[token("//=")]
    DoubleSlashEqual,
    #[token("@")]
    At,
    #[token("@=")]
    AtEqual,
    #[token("->")]
    RArrow,
    #[token("...")]
    Ellipsis,
    #[token(":=")]
    ColonEqual,
}

fn float_lit(lex: &mut Lexer<Tok>) -> Result<f64, LexErrorKind> {
    let text = lex.slice().replace('_', "");
    text.parse::<f64>()
        .map_err(|_| LexErrorKind::BadNumber(lex.slice().to_string()))
}

/// Scans a string body after its opening quote (already matched with its prefix).
fn string_lit(lex: &mut Lexer<Tok>) -> Result<StrLit, LexErrorKind> {
    let opening = lex.slice();
    let quote = opening.as_bytes()[opening.len() - 1];
    let prefix = opening[..opening.len() - 1].to_ascii_lowercase();
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let start = if triple { 2 } else { 0 };
    let mut i = start;
    loop {
        if i >= rest.len() {
            return Err(if triple {
                LexErrorKind::UnterminatedTripleString
            } else {
                LexErrorKind::UnterminatedString
            });
        }
        let c = rest[i];
        if c == b'\\' {
            i += 2;
            continue;
        }
        if c == b'\n' && !triple {
            return Err(LexErrorKind::UnterminatedString);
        }
        if c == quote {
            if !triple {
                break;
            }
            if rest.get(i + 1) == Some(&quote) && rest.get(i + 2) == Some(&quote) {
                break;
            }
        }
        i += 1;
    }
    let body_offset = lex.span().end + start;
    let body = lex.remainder()[start..i].to_string();
    lex.bump(i + if triple { 3 } else { 1 });
    Ok(StrLit {
        raw: prefix.contains('r'),
        fmt: prefix.contains('f'),
        bytes: prefix.contains('b'),
        body,
        body_offset,
    })
}

/// An identifier as CPython reads it: NFKC-normalised (PEP 3131), so `ﬁx` and `fix` are
/// one name. ASCII names, nearly all of them, are already normal.
fn identifier(text: &str) -> String {
    if text.is_ascii() {
        return text.to_string();
    }
    use unicode_normalization::UnicodeNormalization;
    text.nfkc().collect()
}
