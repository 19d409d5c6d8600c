//! CPython 3.11's specific syntax-error messages for common mistakes (`print "x"`, a missing
//! comma, `=` for `==`, `1abc`), recognised from the tokens around the place the parser
//! stopped. CPython's PEG grammar has `invalid_*` rules for these; an LR parser only knows
//! the offending token, so each hint looks at its neighbours. Only consulted once parsing
//! has failed, so valid programs never pay for it.

use super::lexer::Spanned;
use super::token::Tok;
use super::SyntaxError;

/// The specific error for the unexpected token `tok` at `at`, when one applies.
pub fn hint(
    tok: &Tok,
    at: usize,
    expected: &[String],
    src: &str,
    tokens: &[Spanned],
) -> Option<SyntaxError> {
    let expects = |s: &str| expected.iter().any(|x| x.trim_matches('"') == s);
    let i = tokens.iter().position(|t| t.0 >= at)?;
    let prev = i.checked_sub(1).map(|k| &tokens[k]);
    // The logical line the error is on: its first token, and the bracket depth at `tok`.
    let start = tokens[..i]
        .iter()
        .rposition(|t| matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent))
        .map_or(0, |k| k + 1);
    let depth = tokens[start..i].iter().fold(0i32, |d, t| match t.1 {
        Tok::LPar | Tok::LSqb | Tok::LBrace => d + 1,
        Tok::RPar | Tok::RSqb | Tok::RBrace => d - 1,
        _ => d,
    });
    let starts_expr = matches!(
        tok,
        Tok::Name(_) | Tok::Int(_) | Tok::Float(_) | Tok::Str(_)
    );
    if let Some((num_at, Tok::Int(_) | Tok::Float(_), num_end)) = prev {
        if *num_end == at && matches!(tok, Tok::Name(_) | Tok::Int(_) | Tok::Float(_)) {
            let text = src.get(*num_at..).unwrap_or_default();
            return Some(SyntaxError::new(number_error(text), *num_at));
        }
    }
    let first = tokens.get(start).map(|t| &t.1);
    if let (Some(Tok::Name(n)), true, true) = (first, start + 1 == i, starts_expr) {
        if n == "print" || n == "exec" {
            return Some(SyntaxError::new(
                format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                tokens[start].0,
            ));
        }
    }
    if *tok == Tok::Newline && expects("else") {
        return Some(SyntaxError::new(
            "expected 'else' after 'if' expression",
            at,
        ));
    }
    if expects("except") && expects("finally") {
        return Some(SyntaxError::new("expected 'except' or 'finally' block", at));
    }
    if expects("(") && i >= 2 && tokens[i - 2].1 == Tok::Def {
        return Some(SyntaxError::new("expected '('", at));
    }
    if *tok == Tok::Equal && matches!(first, Some(Tok::If | Tok::Elif | Tok::While)) {
        return Some(SyntaxError::new(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            prev.map_or(at, |p| p.0),
        ));
    }
    let ends_expr = prev.is_some_and(|p| {
        matches!(
            p.1,
            Tok::Name(_)
                | Tok::Int(_)
                | Tok::Float(_)
                | Tok::Str(_)
                | Tok::RPar
                | Tok::RSqb
                | Tok::RBrace
        )
    });
    if depth > 0 && starts_expr && ends_expr {
        return Some(SyntaxError::new(
            "invalid syntax. Perhaps you forgot a comma?",
            prev.map_or(at, |p| p.0),
        ));
    }
    None
}

/// The tokenizer's message for a number run into letters or digits it cannot hold.
fn number_error(text: &str) -> String {
    let lower = text.get(..2).map(str::to_ascii_lowercase);
    let (kind, digits): (&str, fn(char) -> bool) = match lower.as_deref() {
        Some("0x") => return "invalid hexadecimal literal".into(),
        Some("0o") => ("octal", |c| ('0'..='7').contains(&c) || c == '_'),
        Some("0b") => ("binary", |c| c == '0' || c == '1' || c == '_'),
        _ => return "invalid decimal literal".into(),
    };
    match text[2..].chars().find(|&c| !digits(c)) {
        Some(c) if c.is_ascii_digit() => format!("invalid digit '{c}' in {kind} literal"),
        _ => format!("invalid {kind} literal"),
    }
}
