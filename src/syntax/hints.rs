//! CPython 3.11's specific syntax-error messages for common mistakes (`print "x"`, a missing
//! comma, `=` for `==`, `1abc`), recognised from the tokens around the place the parser
//! stopped. CPython's PEG grammar has `invalid_*` rules for these; an LR parser only knows
//! the offending token, so each hint looks at its neighbours. Only consulted once parsing
//! has failed, so valid programs never pay for it.

use super::lexer::Spanned;
use super::span::Span;
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
    // A number run into what follows it (`1abc`, `0x1g`), which CPython's tokenizer refuses;
    // `1.2.3` is two numbers to it (the second starts with its point), so plain bad syntax.
    let runs_on = |next: &Spanned| match &next.1 {
        Tok::Name(_) => true,
        Tok::Int(_) | Tok::Float(_) => !src[next.0..].starts_with('.'),
        _ => false,
    };
    let number_at = |num_at: usize| {
        let (msg, caret) = number_error(src.get(num_at..).unwrap_or_default());
        SyntaxError::new(msg, num_at + caret)
    };
    if let Some((num_at, Tok::Int(_) | Tok::Float(_), num_end)) = prev {
        if *num_end == at && runs_on(&tokens[i]) {
            return Some(number_at(*num_at));
        }
    }
    if let (Tok::Int(_) | Tok::Float(_), Some(next)) = (tok, tokens.get(i + 1)) {
        if next.0 == tokens[i].2 && runs_on(next) {
            return Some(number_at(at));
        }
    }
    let first = tokens.get(start).map(|t| &t.1);
    // Where the logical line's tokens end (its NEWLINE, or the end of input).
    let line_end = tokens[i..]
        .iter()
        .position(|t| t.1 == Tok::Newline)
        .map_or(tokens.len(), |k| i + k);
    let end_of = |k: usize| tokens.get(k).map_or(at, |t| t.2);
    if let (Some(Tok::Name(n)), true, true) = (first, start + 1 == i, starts_expr) {
        if n == "print" || n == "exec" {
            return Some(SyntaxError::spanning(
                format!("Missing parentheses in call to '{n}'. Did you mean {n}(...)?"),
                Span::new(tokens[start].0, end_of(line_end.saturating_sub(1))),
            ));
        }
    }
    if matches!(
        tok,
        Tok::Newline | Tok::RPar | Tok::RSqb | Tok::RBrace | Tok::Comma
    ) && expects("else")
    {
        // From the start of the conditional expression to the end of its condition.
        let if_at = tokens[start..i].iter().rposition(|t| t.1 == Tok::If)?;
        let body = expression_start(&tokens[start..start + if_at]);
        return Some(SyntaxError::spanning(
            "expected 'else' after 'if' expression",
            Span::new(tokens.get(start + body).map_or(at, |t| t.0), end_of(i - 1)),
        ));
    }
    if first == Some(&Tok::Except) {
        let star = tokens.get(start + 1).is_some_and(|t| t.1 == Tok::Star);
        if star && i == start + 2 && matches!(tok, Tok::Colon | Tok::Newline) {
            return Some(SyntaxError::new("expected one or more exception types", at));
        }
        if *tok == Tok::Comma && depth == 0 {
            // From the first type to the end of the clause's head (`as` name included);
            // CPython's rule needs the colon.
            let first_type = start + 1 + usize::from(star);
            let colon = i + tokens[i..line_end].iter().position(|t| t.1 == Tok::Colon)?;
            return Some(SyntaxError::spanning(
                "multiple exception types must be parenthesized",
                Span::new(
                    tokens.get(first_type).map_or(at, |t| t.0),
                    end_of(colon - 1),
                ),
            ));
        }
    }
    if expects("except") && expects("finally") {
        return Some(SyntaxError::new("expected 'except' or 'finally' block", at));
    }
    if expects("(") && i >= 2 && tokens[i - 2].1 == Tok::Def {
        return Some(SyntaxError::new("expected '('", at));
    }
    // Only a plain operand between the keyword and `=` (CPython's invalid_named_expression
    // takes a bitwise_or): not `if a == 1 and b = 2`.
    let plain_operand = !tokens[start..i].iter().any(|t| {
        matches!(
            t.1,
            Tok::And
                | Tok::Or
                | Tok::Not
                | Tok::EqEqual
                | Tok::NotEqual
                | Tok::Less
                | Tok::Greater
                | Tok::LessEqual
                | Tok::GreaterEqual
                | Tok::In
                | Tok::Is
        )
    });
    if *tok == Tok::Equal
        && plain_operand
        && matches!(first, Some(Tok::If | Tok::Elif | Tok::While))
    {
        return Some(SyntaxError::spanning(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            Span::new(prev.map_or(at, |p| p.0), end_of(i + 1)),
        ));
    }
    if depth > 0 {
        if let Some(key_end) = dict_key_without_value(&tokens[start..i]) {
            // CPython's invalid_kvpair marks the key's last character.
            return Some(SyntaxError::new(
                "':' expected after dictionary key",
                key_end.saturating_sub(1),
            ));
        }
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
        let before = expression_start(&tokens[start..i]);
        return Some(SyntaxError::spanning(
            "invalid syntax. Perhaps you forgot a comma?",
            Span::new(tokens.get(start + before).map_or(at, |t| t.0), end_of(i)),
        ));
    }
    None
}

/// `{1: 2, 3}`, `{'a': 1, 'b' 2}`: the tokens end in a key with no `:` after it, in the
/// innermost open brace display, which already has a `key: value` item. The key's end offset.
fn dict_key_without_value(tokens: &[Spanned]) -> Option<usize> {
    let mut depth = 0;
    let open = (0..tokens.len()).rev().find(|&k| match tokens[k].1 {
        Tok::RPar | Tok::RSqb | Tok::RBrace => {
            depth += 1;
            false
        }
        Tok::LPar | Tok::LSqb | Tok::LBrace if depth > 0 => {
            depth -= 1;
            false
        }
        Tok::LPar | Tok::LSqb | Tok::LBrace => true,
        _ => false,
    })?;
    if tokens[open].1 != Tok::LBrace {
        return None;
    }
    // The display's items at its own level: whether one has a `:`, and the last one.
    let inner = &tokens[open + 1..];
    let mut depth = 0;
    let mut is_dict = false;
    let mut item_start = 0;
    let mut item_has_colon = false;
    for (k, t) in inner.iter().enumerate() {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
            Tok::Colon if depth == 0 => {
                is_dict = true;
                item_has_colon = true;
            }
            Tok::Lambda if depth == 0 => return None,
            Tok::Comma if depth == 0 => {
                item_start = k + 1;
                item_has_colon = false;
            }
            _ => {}
        }
    }
    let item = &inner[item_start..];
    let key_position = !item.is_empty() && !item_has_colon && item[0].1 != Tok::DoubleStar;
    (is_dict && key_position && depth == 0).then(|| item[item.len() - 1].2)
}

/// The index in `tokens` where the expression ending with the last token begins: after the
/// nearest `=`, `,`, `:`, opening bracket or keyword that cannot be inside it, at bracket
/// depth 0.
fn expression_start(tokens: &[Spanned]) -> usize {
    let mut depth = 0;
    for k in (0..tokens.len()).rev() {
        match tokens[k].1 {
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth += 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace if depth > 0 => depth -= 1,
            Tok::LPar | Tok::LSqb | Tok::LBrace => return k + 1,
            Tok::Equal
            | Tok::Comma
            | Tok::Colon
            | Tok::Return
            | Tok::Yield
            | Tok::Assert
            | Tok::Del
            | Tok::In
            | Tok::Lambda
                if depth == 0 =>
            {
                return k + 1
            }
            _ => {}
        }
    }
    0
}

/// The tokenizer's message for a number run into letters or digits it cannot hold, and the
/// byte index in `text` its caret marks. CPython's tokenizer reads one character past the
/// literal and backs up before reporting, so its caret sits on the character before the
/// offending one, except for an invalid digit, which it reports where it stands.
fn number_error(text: &str) -> (String, usize) {
    let b = text.as_bytes();
    let at = |i: usize| b.get(i).copied().unwrap_or(b'\n');
    let lower = text.get(..2).map(str::to_ascii_lowercase);
    let (kind, valid): (&str, fn(u8) -> bool) = match lower.as_deref() {
        Some("0x") => ("hexadecimal", |c| c.is_ascii_hexdigit()),
        Some("0o") => ("octal", |c| (b'0'..=b'7').contains(&c)),
        Some("0b") => ("binary", |c| c == b'0' || c == b'1'),
        _ => return decimal_error(b),
    };
    let bad_digit = |c: u8| kind != "hexadecimal" && c.is_ascii_digit();
    let mut i = 2;
    loop {
        if at(i) == b'_' {
            i += 1;
        }
        if !valid(at(i)) {
            if bad_digit(at(i)) {
                return (
                    format!("invalid digit '{}' in {kind} literal", at(i) as char),
                    i,
                );
            }
            return (format!("invalid {kind} literal"), i.saturating_sub(1));
        }
        while valid(at(i)) {
            i += 1;
        }
        if at(i) != b'_' {
            break;
        }
    }
    if bad_digit(at(i)) {
        return (
            format!("invalid digit '{}' in {kind} literal", at(i) as char),
            i,
        );
    }
    (format!("invalid {kind} literal"), i.saturating_sub(1))
}

/// `number_error` for a decimal literal: digits with single underscores between them, a
/// fraction, an exponent, then anything that could continue a name.
fn decimal_error(b: &[u8]) -> (String, usize) {
    let at = |i: usize| b.get(i).copied().unwrap_or(b'\n');
    let msg = || "invalid decimal literal".to_string();
    // Digits with underscores; Err(caret) when an underscore is not followed by a digit.
    let tail = |mut i: usize| -> Result<usize, usize> {
        loop {
            while at(i).is_ascii_digit() {
                i += 1;
            }
            if at(i) != b'_' {
                return Ok(i);
            }
            if !at(i + 1).is_ascii_digit() {
                return Err(i);
            }
            i += 1;
        }
    };
    let mut i = match tail(0) {
        Ok(i) => i,
        Err(caret) => return (msg(), caret),
    };
    if at(i) == b'.' {
        i = match tail(i + 1) {
            Ok(i) => i,
            Err(caret) => return (msg(), caret),
        };
    }
    if matches!(at(i), b'e' | b'E') {
        let e = i;
        i += 1;
        if matches!(at(i), b'+' | b'-') {
            if !at(i + 1).is_ascii_digit() {
                return (msg(), i);
            }
            i += 1;
        } else if !at(i).is_ascii_digit() {
            return (msg(), e.saturating_sub(1));
        }
        i = match tail(i) {
            Ok(i) => i,
            Err(caret) => return (msg(), caret),
        };
    }
    if matches!(at(i), b'j' | b'J') {
        return ("invalid imaginary literal".into(), i);
    }
    (msg(), i.saturating_sub(1))
}
