//! The only file that touches LALRPOP: entry points, the helpers grammar actions call (target
//! checks, parameter lists, literals, f-strings), and the mapping of LALRPOP errors onto
//! CPython's SyntaxError / IndentationError messages.

use super::ast::*;
use super::lexer::{tokenize, tokenize_to_unclosed, Spanned};
use super::span::{LineIndex, Span};
use super::token::Tok;
use super::SyntaxError;
use lalrpop_util::ParseError;

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, unused_parens, unused_variables, dead_code)]
    grammar,
    "/mt.rs"
);

/// Parses a whole module.
pub fn parse_module(src: &str) -> Result<Body, SyntaxError> {
    let (tokens, unclosed) = tokenize_to_unclosed(src)?;
    let tokens = unwrap_with_parens(tokens);
    let parsed = grammar::ModuleParser::new().parse(tokens.iter().cloned());
    let mut body = match (parsed, unclosed) {
        (Ok(body), None) => body,
        (Err(e), None) => return Err(at_next_token(map_error(e, src, &tokens), src, &tokens)),
        (Ok(_), Some(unclosed)) => return Err(unclosed),
        (Err(e), Some(unclosed)) => {
            // CPython's tokenize_full_source_to_check_for_errors: the open bracket is
            // blamed when the last token the parser read is on a later line than it. That
            // is the failing token, or for the missing-comma rule (which reads one more
            // expression) the token after the range it marks.
            let at_eof = matches!(e, ParseError::UnrecognizedEof { .. });
            let e = at_next_token(map_error(e, src, &tokens), src, &tokens);
            let last_read = if e.msg.ends_with("Perhaps you forgot a comma?") {
                tokens.iter().map(|t| t.0).find(|&l| l >= e.end)
            } else {
                Some(e.offset)
            };
            let lines = LineIndex::new(src);
            match last_read {
                Some(at) if !at_eof && lines.line(at) <= lines.line(unclosed.offset) => {
                    return Err(e)
                }
                _ => return Err(unclosed),
            }
        }
    };
    super::mangle::mangle_module(&mut body);
    Ok(body)
}

/// Parses the source of `eval()`: one expression (CPython's `eval` start rule), as a body of
/// one expression statement. Anything else is "invalid syntax" at the first token the rule
/// cannot take: the one after a leading expression, or the statement's first.
pub fn parse_eval(src: &str) -> Result<Body, SyntaxError> {
    let body = parse_module(src)?;
    let bad_at = match body.as_slice() {
        [Stmt {
            kind: StmtKind::Expr(_),
            ..
        }] => return Ok(body),
        [] => src.len(),
        [first, ..] => match &first.kind {
            StmtKind::Expr(e) | StmtKind::AugAssign(e, ..) | StmtKind::AnnAssign(e, ..) => {
                next_token_after(src, e.span.end as usize)
            }
            StmtKind::Assign(targets, _) => {
                targets.first().map_or(first.span.start as usize, |t| {
                    next_token_after(src, t.span.end as usize)
                })
            }
            _ => first.span.start as usize,
        },
    };
    Err(SyntaxError::new("invalid syntax", bad_at))
}

/// The offset of the first token at or after `offset`: whitespace, line breaks and comments
/// skipped.
fn next_token_after(src: &str, mut offset: usize) -> usize {
    let bytes = src.as_bytes();
    while offset < bytes.len() {
        match bytes[offset] {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'\\' => offset += 1,
            b'#' => {
                while offset < bytes.len() && bytes[offset] != b'\n' {
                    offset += 1;
                }
            }
            _ => break,
        }
    }
    offset
}

/// Python 3.10's parenthesized context managers, `with (open(a) as f, open(b) as g):`. An
/// LR(1) grammar cannot tell them from a parenthesized expression at the `(`, so the
/// parentheses are dropped here (with a trailing comma) when CPython's grammar would read
/// items: the matching `)` is followed by `:` and no comprehension `for` is inside. The
/// lexer has already joined the lines inside them.
fn unwrap_with_parens(mut tokens: Vec<Spanned>) -> Vec<Spanned> {
    let mut i = 0;
    while i + 1 < tokens.len() {
        if tokens[i].1 != Tok::With || tokens[i + 1].1 != Tok::LPar {
            i += 1;
            continue;
        }
        let open = i + 1;
        let mut depth = 0usize;
        let mut close = None;
        let mut has_for = false;
        for (j, (_, t, _)) in tokens.iter().enumerate().skip(open) {
            match t {
                Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
                Tok::RPar | Tok::RSqb | Tok::RBrace => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(j);
                        break;
                    }
                }
                Tok::For if depth == 1 => has_for = true,
                Tok::Newline => break,
                _ => {}
            }
        }
        let Some(close) = close else {
            i += 1;
            continue;
        };
        let items = close > open + 1;
        if has_for || !items || tokens.get(close + 1).map(|t| &t.1) != Some(&Tok::Colon) {
            i += 1;
            continue;
        }
        let trailing_comma = tokens[close - 1].1 == Tok::Comma && close - 1 > open + 1;
        tokens.remove(close);
        if trailing_comma {
            tokens.remove(close - 1);
        }
        tokens.remove(open);
        i += 1;
    }
    tokens
}

/// Parses an expression that sits at `offset` in a larger source (f-string fields).
pub fn parse_expression_at(text: &str, offset: usize, full_src: &str) -> Result<Expr, SyntaxError> {
    // Parenthesize so that newlines inside the field join implicitly, as CPython does.
    let wrapped = format!("({text}\n)");
    let shift = |o: usize| (o + offset).saturating_sub(1);
    let tokens: Vec<Spanned> = tokenize(&wrapped)
        .map_err(|mut e| {
            e.offset = shift(e.offset);
            if e.end != 0 {
                e.end = shift(e.end);
            }
            // CPython's f-string scanner matches brackets itself, reporting as for the string.
            e.at_next_token = e.msg.contains("unmatched") || e.msg.contains("does not match");
            fstring_error(e)
        })?
        .into_iter()
        .map(|(l, t, r)| (shift(l), t, shift(r)))
        .collect();
    let mut expr = grammar::ExpressionParser::new()
        .parse(tokens.iter().cloned())
        .map_err(|e| fstring_error(map_error(e, full_src, &tokens)))?;
    if let ExprKind::Tuple(_) = expr.kind {
    } else if let (Some(l), Some(r)) = (
        text.find(|c: char| !c.is_whitespace()),
        Some(text.trim_end().len()),
    ) {
        expr.span = Span::new(offset + l, offset + r);
    }
    Ok(expr)
}

/// Moves an error found inside an f-string to the token after its string group, where
/// CPython 3.11 reports it. A NEWLINE token starts at a trailing comment, as CPython's does.
fn at_next_token(mut e: SyntaxError, src: &str, tokens: &[Spanned]) -> SyntaxError {
    if !e.at_next_token {
        return e;
    }
    let Some(mut j) = tokens
        .iter()
        .position(|(l, _, r)| *l <= e.offset && e.offset < *r)
    else {
        return e;
    };
    while matches!(tokens.get(j), Some((_, Tok::Str(_), _))) {
        j += 1;
    }
    let Some((l, tok, r)) = tokens.get(j) else {
        return e;
    };
    let (start, end) = if *tok == Tok::Newline {
        let prev_end = j.checked_sub(1).map_or(*l, |p| tokens[p].2);
        let rest = &src[prev_end..];
        let start = prev_end + rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
        let line_end = src[start..].find('\n').map_or(src.len(), |n| start + n);
        (start, line_end.max(start + 1))
    } else {
        (*l, *r)
    };
    e.offset = start;
    e.end = end;
    e.at_next_token = false;
    e
}

fn fstring_error(mut e: SyntaxError) -> SyntaxError {
    if !e.msg.starts_with("f-string") {
        e.msg = format!("f-string: {}", e.msg);
    }
    e
}

fn map_error(e: ParseError<usize, Tok, SyntaxError>, src: &str, tokens: &[Spanned]) -> SyntaxError {
    match e {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => SyntaxError::new("invalid syntax", location),
        ParseError::ExtraToken { token } => SyntaxError::new("invalid syntax", token.0),
        ParseError::UnrecognizedEof { location, expected } => {
            if expected.iter().any(|x| x == "Indent") {
                return expected_indent_at_eof(location, src, tokens);
            }
            if expected.iter().any(|x| x == "\"except\"") {
                // CPython names the block's last line and draws no caret.
                let last = src.trim_end().len();
                return SyntaxError {
                    end: SyntaxError::NO_CARET,
                    ..SyntaxError::new("expected 'except' or 'finally' block", last)
                };
            }
            SyntaxError::new("invalid syntax", location)
        }
        ParseError::UnrecognizedToken { token, expected } => {
            let (l, tok, r) = token;
            if tok == Tok::Indent {
                return SyntaxError::indentation("unexpected indent", l);
            }
            if expected.len() == 1 && expected[0] == "Indent" {
                if matches!(tok, Tok::Dedent | Tok::Newline) && src[l..].trim().is_empty() {
                    return expected_indent_at_eof(l, src, tokens);
                }
                let e = expected_indent(l, src, tokens);
                // Before a dedent CPython's error token has no column: no caret.
                if tok == Tok::Dedent {
                    return SyntaxError {
                        end: SyntaxError::NO_CARET,
                        ..e
                    };
                }
                return e;
            }
            if tok == Tok::Newline && expected.iter().any(|x| x == "\":\"") {
                return SyntaxError::new("expected ':'", l);
            }
            if expected.iter().any(|x| x == "\":\"") && forces_colon(l, tokens) {
                return SyntaxError::spanning("expected ':'", Span::new(l, r));
            }
            if let Some(e) = super::hints::hint(&tok, l, &expected, src, tokens) {
                return e;
            }
            if matches!(tok, Tok::Dedent | Tok::Newline) {
                return SyntaxError::new("invalid syntax", l);
            }
            // CPython marks the whole unexpected token.
            SyntaxError::spanning("invalid syntax", Span::new(l, r))
        }
    }
}

/// Whether the token at `at` stands where CPython's grammar forces a `:` (`&&':'`): after
/// `else`, `try`, `finally` or a `def` header, outside brackets.
fn forces_colon(at: usize, tokens: &[Spanned]) -> bool {
    let idx = tokens
        .iter()
        .position(|t| t.0 >= at)
        .unwrap_or(tokens.len());
    let start = tokens[..idx]
        .iter()
        .rposition(|t| matches!(t.1, Tok::Newline | Tok::Indent | Tok::Dedent))
        .map_or(0, |k| k + 1);
    let mut depth = 0i32;
    for t in &tokens[start..idx] {
        match t.1 {
            Tok::LPar | Tok::LSqb | Tok::LBrace => depth += 1,
            Tok::RPar | Tok::RSqb | Tok::RBrace => depth -= 1,
            _ => {}
        }
    }
    depth == 0
        && matches!(
            tokens.get(start).map(|t| &t.1),
            Some(Tok::Else | Tok::Try | Tok::Finally | Tok::Def)
        )
}

/// The missing block of a header on the file's last lines: CPython blames the file's last
/// line (blank or not), without a caret.
fn expected_indent_at_eof(at: usize, src: &str, tokens: &[Spanned]) -> SyntaxError {
    let last_line = src.strip_suffix('\n').map_or(src.len(), str::len);
    let e = expected_indent(at, src, tokens);
    SyntaxError {
        offset: last_line,
        end: SyntaxError::NO_CARET,
        ..e
    }
}

/// CPython's "expected an indented block after 'if' statement on line N".
fn expected_indent(at: usize, src: &str, tokens: &[Spanned]) -> SyntaxError {
    let lines = LineIndex::new(src);
    // The block header is the logical line ending in the NEWLINE just before `at`.
    let idx = tokens
        .iter()
        .position(|t| t.0 >= at)
        .unwrap_or(tokens.len());
    let mut newline_idx = idx;
    while newline_idx > 0 && tokens[newline_idx - 1].1 != Tok::Newline {
        newline_idx -= 1;
    }
    let header_end = newline_idx.saturating_sub(1);
    let mut start = header_end;
    while start > 0
        && !matches!(
            tokens[start - 1].1,
            Tok::Newline | Tok::Indent | Tok::Dedent
        )
    {
        start -= 1;
    }
    // Skip decorators' lines are separate logical lines already; find the keyword.
    let (kw_at, kw) = tokens
        .get(start)
        .map(|t| (t.0, t.1.clone()))
        .unwrap_or((at, Tok::Pass));
    let line = lines.line(kw_at);
    let what = match kw {
        Tok::If => "'if' statement".to_string(),
        Tok::Elif => "'elif' statement".to_string(),
        Tok::Else => "'else' statement".to_string(),
        Tok::While => "'while' statement".to_string(),
        Tok::For => "'for' statement".to_string(),
        Tok::Try => "'try' statement".to_string(),
        Tok::Except => "'except' statement".to_string(),
        Tok::Finally => "'finally' statement".to_string(),
        Tok::With => "'with' statement".to_string(),
        Tok::Def => "function definition".to_string(),
        Tok::Class => "class definition".to_string(),
        _ => return SyntaxError::indentation("expected an indented block", at),
    };
    SyntaxError::indentation(
        format!("expected an indented block after {what} on line {line}"),
        at,
    )
}

/// Helpers called from grammar actions. They build nodes and check what the grammar cannot.
pub mod helpers {
    use super::super::ast::*;
    use super::super::span::Span;
    use super::super::strlit::{decode_escapes, split_fstring, RawFPart};
    use super::super::token::{StrLit, Tok};
    use super::super::SyntaxError;
    use lalrpop_util::ParseError;
    use num_bigint::BigInt;

    pub type PResult<T> = Result<T, ParseError<usize, Tok, SyntaxError>>;

    fn err<T>(msg: impl Into<String>, at: u32) -> PResult<T> {
        Err(ParseError::User {
            error: SyntaxError::new(msg, at as usize),
        })
    }

    /// An error marking all of `span`, as CPython marks an invalid node.
    fn err_span<T>(msg: impl Into<String>, span: Span) -> PResult<T> {
        Err(ParseError::User {
            error: SyntaxError::spanning(msg, span),
        })
    }

    /// A parameter as written, before order checks.
    /// A parameter as written: name, default, offset and annotation.
    pub enum RawParam {
        Plain(String, Option<Expr>, usize, Option<Expr>),
        Star(Option<String>, usize, Option<Expr>),
        StarStar(String, usize, Option<Expr>),
        Slash(usize),
    }

    pub fn params(raw: Vec<RawParam>) -> PResult<Params> {
        let mut p = Params::default();
        let mut seen_star = false;
        let mut seen: Vec<String> = Vec::new();
        let mut check_dup = |name: &str, at: usize| -> PResult<()> {
            if seen.iter().any(|s| s == name) {
                return err(
                    format!("duplicate argument '{name}' in function definition"),
                    at as u32,
                );
            }
            seen.push(name.to_string());
            Ok(())
        };
        // Whether a parameter is the last one before `**kwargs` or the end: a bare `*` there
        // names no keyword-only parameter.
        let ends_named: Vec<bool> = (0..raw.len())
            .map(|i| matches!(raw.get(i + 1), None | Some(RawParam::StarStar(..))))
            .collect();
        for (i, r) in raw.into_iter().enumerate() {
            match r {
                RawParam::Plain(name, default, at, ann) => {
                    check_dup(&name, at)?;
                    if let Some(a) = ann {
                        p.annotations.push((name.clone(), a));
                    }
                    if p.kwarg.is_some() {
                        return err("arguments cannot follow var-keyword argument", at as u32);
                    }
                    if seen_star {
                        p.kwonly.push((name, default));
                    } else {
                        match default {
                            Some(d) => p.defaults.push(d),
                            None if !p.defaults.is_empty() => {
                                return err(
                                    "non-default argument follows default argument",
                                    at as u32,
                                )
                            }
                            None => {}
                        }
                        p.args.push(name);
                    }
                }
                RawParam::Star(name, at, ann) => {
                    if let (Some(n), Some(a)) = (&name, ann) {
                        p.annotations.push((n.clone(), a));
                    }
                    if p.kwarg.is_some() {
                        return err("arguments cannot follow var-keyword argument", at as u32);
                    }
                    if seen_star {
                        return err("* argument may appear only once", at as u32);
                    }
                    if name.is_none() && ends_named[i] {
                        return err("named arguments must follow bare *", at as u32);
                    }
                    if let Some(n) = &name {
                        check_dup(n, at)?;
                    }
                    seen_star = true;
                    p.vararg = name;
                }
                RawParam::StarStar(name, at, ann) => {
                    check_dup(&name, at)?;
                    if let Some(a) = ann {
                        p.annotations.push((name.clone(), a));
                    }
                    if p.kwarg.is_some() {
                        return err("arguments cannot follow var-keyword argument", at as u32);
                    }
                    p.kwarg = Some(name);
                }
                RawParam::Slash(at) => {
                    if seen_star || p.posonly > 0 || p.args.is_empty() {
                        return err("invalid syntax", at as u32);
                    }
                    p.posonly = p.args.len();
                }
            }
        }
        Ok(p)
    }

    /// `class C(x for x in y)`: CPython stops at the `for`.
    pub fn class_args(raw: Vec<(Arg, Option<usize>)>) -> PResult<Vec<Arg>> {
        let bare = raw.iter().find_map(|(_, bare)| *bare);
        let args = check_args(raw)?;
        if let Some(at) = bare {
            return err_span("invalid syntax", Span::new(at, at + 3));
        }
        Ok(args)
    }

    /// Call arguments: an unparenthesized generator expression must be the only one, and
    /// cannot be starred (`f(*a for a in x)`, which the grammar reads as `*` over one).
    pub fn check_args(raw: Vec<(Arg, Option<usize>)>) -> PResult<Vec<Arg>> {
        let bare = raw.iter().find(|(_, bare)| bare.is_some());
        if let Some((Arg::Pos(e) | Arg::Star(e), _)) = bare {
            if raw.len() > 1 {
                return err_span("Generator expression must be parenthesized", e.span);
            }
        }
        if let Some((Arg::Star(e), _)) = bare {
            let end = match &e.kind {
                ExprKind::GenExp(elt, _) => elt.span.end,
                _ => e.span.end,
            };
            return err_span(
                "iterable unpacking cannot be used in comprehension",
                Span::new(e.span.start as usize, end as usize),
            );
        }
        let args: Vec<Arg> = raw.into_iter().map(|(a, _)| a).collect();
        let mut seen_kw = false;
        let mut seen_starstar = false;
        for a in &args {
            match a {
                Arg::Pos(e) => {
                    if seen_starstar {
                        return err_span(
                            "positional argument follows keyword argument unpacking",
                            e.span,
                        );
                    }
                    if seen_kw {
                        return err_span("positional argument follows keyword argument", e.span);
                    }
                }
                Arg::Star(e) => {
                    if seen_starstar {
                        return err_span(
                            "iterable argument unpacking follows keyword argument unpacking",
                            e.span,
                        );
                    }
                }
                Arg::Kw(..) => seen_kw = true,
                Arg::StarStar(_) => seen_starstar = true,
            }
        }
        Ok(args)
    }

    fn describe(e: &Expr) -> &'static str {
        match &e.kind {
            ExprKind::Call(..) => "function call",
            // CPython's _PyPegen_get_expr_name names the singletons.
            ExprKind::True => "True",
            ExprKind::False => "False",
            ExprKind::None => "None",
            ExprKind::Ellipsis => "ellipsis",
            ExprKind::Starred(_) => "starred",
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) => "literal",
            ExprKind::FString(_) => "f-string expression",
            ExprKind::BinOp(..) | ExprKind::Unary(..) => "expression",
            ExprKind::And(..) | ExprKind::Or(..) => "expression",
            ExprKind::Compare(..) => "comparison",
            ExprKind::IfExp { .. } => "conditional expression",
            ExprKind::Lambda(..) => "lambda",
            ExprKind::Dict(_) => "dict literal",
            ExprKind::Set(_) => "set display",
            ExprKind::ListComp(..) => "list comprehension",
            ExprKind::SetComp(..) => "set comprehension",
            ExprKind::DictComp(..) => "dict comprehension",
            ExprKind::GenExp(..) => "generator expression",
            ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
            ExprKind::Slice(..) => "slice",
            ExprKind::NamedExpr(..) => "named expression",
            _ => "expression",
        }
    }

    /// Checks an assignment target (also for `for`, `with ... as` and comprehensions).
    fn check_target(e: &Expr, in_seq: bool, verb: &str) -> PResult<()> {
        match &e.kind {
            ExprKind::Name(n) if n == "__debug__" => {
                err_span(format!("cannot {verb} __debug__"), e.span)
            }
            ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => Ok(()),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let stars = items
                    .iter()
                    .filter(|i| matches!(i.kind, ExprKind::Starred(_)))
                    .count();
                if stars > 1 {
                    return err_span("multiple starred expressions in assignment", e.span);
                }
                items.iter().try_for_each(|i| check_target(i, true, verb))
            }
            ExprKind::Starred(inner) if in_seq => check_target(inner, false, verb),
            ExprKind::Starred(_) => err_span(
                "starred assignment target must be in a list or tuple",
                e.span,
            ),
            ExprKind::True | ExprKind::False | ExprKind::None => {
                let word = match e.kind {
                    ExprKind::True => "True",
                    ExprKind::False => "False",
                    _ => "None",
                };
                Err(ParseError::User {
                    error: SyntaxError::spanning(format!("cannot {verb} {word}"), e.span),
                })
            }
            _ => err_span(format!("cannot {verb} {}", describe(e)), e.span),
        }
    }

    pub fn assign(first: Expr, rest: Vec<Expr>) -> PResult<StmtKind> {
        let mut all = vec![first];
        all.extend(rest);
        let value = all.pop().expect("grammar guarantees a value");
        let chained = all.len() > 1;
        for t in &all {
            if let Err(ParseError::User { mut error }) = check_target(t, false, "assign to") {
                if chained {
                    // CPython's invalid_assignment rule: no `==` hint between several `=`.
                    if let ExprKind::Yield(_) = t.kind {
                        error.msg = "assignment to yield expression not possible".into();
                    }
                } else if !matches!(
                    &t.kind,
                    ExprKind::Name(_)
                        | ExprKind::Tuple(_)
                        | ExprKind::List(_)
                        | ExprKind::Starred(_)
                        | ExprKind::True
                        | ExprKind::False
                        | ExprKind::None
                ) {
                    error
                        .msg
                        .push_str(" here. Maybe you meant '==' instead of '='?");
                }
                return Err(ParseError::User { error });
            }
        }
        Ok(StmtKind::Assign(all, value))
    }

    pub fn aug_assign(target: Expr, op: BinOp, value: Expr) -> PResult<StmtKind> {
        match target.kind {
            ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => {
                Ok(StmtKind::AugAssign(target, op, value))
            }
            ExprKind::Tuple(_) => err_span(
                "'tuple' is an illegal expression for augmented assignment",
                target.span,
            ),
            ExprKind::List(_) => err_span(
                "'list' is an illegal expression for augmented assignment",
                target.span,
            ),
            _ => err_span(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    describe(&target)
                ),
                target.span,
            ),
        }
    }

    pub fn ann_assign(target: Expr, ann: Expr, value: Option<Expr>) -> PResult<StmtKind> {
        match target.kind {
            ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => {
                Ok(StmtKind::AnnAssign(target, ann, value))
            }
            ExprKind::Tuple(_) => err_span(
                "only single target (not tuple) can be annotated",
                target.span,
            ),
            _ => err_span("illegal target for annotation", target.span),
        }
    }

    pub fn del_targets(e: Expr) -> PResult<StmtKind> {
        fn check(e: &Expr) -> PResult<()> {
            match &e.kind {
                ExprKind::Name(n) if n == "__debug__" => {
                    err_span("cannot delete __debug__", e.span)
                }
                ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => Ok(()),
                ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().try_for_each(check),
                _ => err_span(format!("cannot delete {}", describe(e)), e.span),
            }
        }
        check(&e)?;
        let targets = match e.kind {
            ExprKind::Tuple(items) => items,
            _ => vec![e],
        };
        Ok(StmtKind::Del(targets))
    }

    pub fn for_stmt(
        target: Expr,
        iter: Expr,
        body: Body,
        orelse: Option<Body>,
    ) -> PResult<StmtKind> {
        check_target(&target, false, "assign to")?;
        Ok(StmtKind::For(
            target,
            iter,
            body,
            orelse.unwrap_or_default(),
        ))
    }

    /// `try` with handlers: `except` and `except*` (PEP 654) do not mix; the first clause
    /// of the other kind is blamed.
    pub fn try_stmt(
        body: Body,
        handlers: Vec<Handler>,
        orelse: Body,
        finalbody: Body,
    ) -> PResult<StmtKind> {
        if let Some(h) = handlers.iter().find(|h| h.star != handlers[0].star) {
            return err_span(
                "cannot have both 'except' and 'except*' on the same 'try'",
                h.keyword,
            );
        }
        Ok(StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        })
    }

    pub fn with_stmt(items: Vec<(Expr, Option<Expr>)>, body: Body) -> PResult<StmtKind> {
        for (_, t) in &items {
            if let Some(t) = t {
                check_target(t, false, "assign to")?;
            }
        }
        Ok(StmtKind::With(items, body))
    }

    pub fn comprehension(target: Expr, iter: Expr, ifs: Vec<Expr>) -> PResult<Comprehension> {
        check_target(&target, false, "assign to")?;
        Ok(Comprehension { target, iter, ifs })
    }

    pub fn if_chain(
        test: Expr,
        body: Body,
        elifs: Vec<(usize, Expr, Body, usize)>,
        orelse: Body,
    ) -> StmtKind {
        let mut tail = orelse;
        for (l, t, b, r) in elifs.into_iter().rev() {
            tail = vec![Stmt {
                kind: StmtKind::If(t, b, tail),
                span: Span::new(l, r),
            }];
        }
        StmtKind::If(test, body, tail)
    }

    pub fn import_from(
        dots: usize,
        module: Option<String>,
        names: ImportNames,
    ) -> PResult<StmtKind> {
        Ok(StmtKind::ImportFrom(dots, module, names))
    }

    /// `target := value`: only a bare name may be the target.
    pub fn named_expr(target: Expr, value: Expr, span: Span) -> PResult<Expr> {
        if matches!(&target.kind, ExprKind::Name(n) if n == "__debug__") {
            return err_span("cannot assign to __debug__", target.span);
        }
        let bare = target.span.start == span.start;
        if !bare || !matches!(target.kind, ExprKind::Name(_)) {
            let what = match target.kind {
                ExprKind::Name(_) => "name",
                ExprKind::Attribute(..) => "attribute",
                ExprKind::Subscript(..) => "subscript",
                ExprKind::Tuple(_) => "tuple",
                ExprKind::List(_) => "list",
                _ => describe(&target),
            };
            return err_span(
                format!("cannot use assignment expressions with {what}"),
                target.span,
            );
        }
        Ok(Expr {
            kind: ExprKind::NamedExpr(Box::new(target), Box::new(value)),
            span,
        })
    }

    /// `( e )`: a starred expression may not stand alone in parentheses.
    pub fn parenthesized(e: Expr) -> PResult<Expr> {
        match e.kind {
            ExprKind::Starred(_) => err_span("cannot use starred expression here", e.span),
            _ => Ok(e),
        }
    }

    /// Folds `-<number>` into a literal so `-9223372036854775808` stays a small int.
    pub fn unary(op: UnaryOp, e: Expr, span: Span) -> Expr {
        if op == UnaryOp::Neg {
            match &e.kind {
                ExprKind::Int(IntLit::Small(v)) if *v > 0 => {
                    return Expr {
                        kind: ExprKind::Int(IntLit::Small(-v)),
                        span,
                    };
                }
                ExprKind::Int(IntLit::Big(b)) => {
                    let neg = -b.clone();
                    let kind = match i64::try_from(&neg) {
                        Ok(v) => ExprKind::Int(IntLit::Small(v)),
                        Err(_) => ExprKind::Int(IntLit::Big(neg)),
                    };
                    return Expr { kind, span };
                }
                _ => {}
            }
        }
        Expr {
            kind: ExprKind::Unary(op, Box::new(e)),
            span,
        }
    }

    /// CPython's `sys.int_info.default_max_str_digits`, the limit literals are compiled under.
    const DEFAULT_MAX_STR_DIGITS: usize = 4300;

    pub fn int_literal(text: &str, at: usize) -> PResult<ExprKind> {
        let (digits, radix) = match text.get(..2) {
            Some("0x") | Some("0X") => (&text[2..], 16),
            Some("0o") | Some("0O") => (&text[2..], 8),
            Some("0b") | Some("0B") => (&text[2..], 2),
            _ => {
                if text.len() > 1 && text.starts_with('0') && text.bytes().any(|b| b != b'0') {
                    return err(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        at as u32,
                    );
                }
                (text, 10)
            }
        };
        // CPython converts a decimal literal under the default int_max_str_digits limit.
        let ndigits = digits.bytes().filter(|&b| b != b'_').count();
        if radix == 10 && ndigits > DEFAULT_MAX_STR_DIGITS {
            return Err(ParseError::User {
                error: SyntaxError {
                    end: SyntaxError::NO_CARET,
                    ..SyntaxError::new(
                        format!(
                            "Exceeds the limit ({} digits) for integer string conversion: \
                             value has {ndigits} digits; use sys.set_int_max_str_digits() to \
                             increase the limit - Consider hexadecimal for huge integer \
                             literals to avoid decimal conversion limits.",
                            DEFAULT_MAX_STR_DIGITS
                        ),
                        at,
                    )
                },
            });
        }
        if let Ok(v) = i64::from_str_radix(digits, radix) {
            return Ok(ExprKind::Int(IntLit::Small(v)));
        }
        match BigInt::parse_bytes(digits.as_bytes(), radix) {
            Some(b) => Ok(ExprKind::Int(IntLit::Big(b))),
            None => err("invalid syntax", at as u32),
        }
    }

    /// Adjacent string literals, concatenated; any f-string part makes the whole an f-string.
    pub fn strings(parts: Vec<StrLit>, span: Span) -> PResult<Expr> {
        if parts.iter().any(|p| p.bytes) {
            return err_span("bytes literals are not supported by mt", span);
        }
        let any_f = parts.iter().any(|p| p.fmt);
        let mut fparts: Vec<FPart> = Vec::new();
        let mut text = String::new();
        let push_lit = |fparts: &mut Vec<FPart>, s: String| {
            if s.is_empty() {
                return;
            }
            if let Some(FPart::Lit(last)) = fparts.last_mut() {
                last.push_str(&s);
            } else {
                fparts.push(FPart::Lit(s));
            }
        };
        for p in parts {
            if p.fmt {
                let raw = split_fstring(&p.body, p.raw, p.body_offset).map_err(|(m, o)| {
                    let at_next_token = m.starts_with("f-string");
                    ParseError::User {
                        error: SyntaxError {
                            at_next_token,
                            ..SyntaxError::new(m, o)
                        },
                    }
                })?;
                for part in convert_fparts(raw)? {
                    match part {
                        FPart::Lit(s) => push_lit(&mut fparts, s),
                        v => fparts.push(v),
                    }
                }
            } else {
                let s = if p.raw {
                    p.body
                } else {
                    decode_escapes(&p.body).map_err(|(m, o)| ParseError::User {
                        error: SyntaxError::new(m, o + p.body_offset),
                    })?
                };
                if any_f {
                    push_lit(&mut fparts, s);
                } else {
                    text.push_str(&s);
                }
            }
        }
        let kind = if any_f {
            ExprKind::FString(fparts)
        } else {
            ExprKind::Str(text)
        };
        Ok(Expr { kind, span })
    }

    fn convert_fparts(raw: Vec<RawFPart>) -> PResult<Vec<FPart>> {
        raw.into_iter()
            .map(|p| match p {
                RawFPart::Lit(s) => Ok(FPart::Lit(s)),
                RawFPart::Field {
                    expr,
                    expr_offset,
                    conversion,
                    spec,
                } => {
                    let parsed = super::parse_expression_at(&expr, expr_offset, "")
                        .map_err(|error| ParseError::User { error })?;
                    let spec = match spec {
                        Some(s) => Some(convert_fparts(s)?),
                        None => None,
                    };
                    Ok(FPart::Value {
                        expr: Box::new(parsed),
                        conversion,
                        spec,
                    })
                }
            })
            .collect()
    }
}
