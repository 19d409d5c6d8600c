//! String-literal bodies: escape sequences (CPython's rules: unknown escapes are kept as written)
//! and the splitting of f-string bodies into literal text and `{expr!conv:spec}` fields. The
//! field expressions are handed back as text with their source offset; `parser.rs` parses them.

/// One piece of an f-string body before its expressions are parsed.
#[derive(Debug, Clone, PartialEq)]
pub enum RawFPart {
    Lit(String),
    Field {
        expr: String,
        expr_offset: usize,
        conversion: Option<char>,
        spec: Option<Vec<RawFPart>>,
    },
}

/// Decodes the escapes of a non-raw literal. Errors carry a byte offset relative to `body`.
pub fn decode_escapes(body: &str) -> Result<String, (String, usize)> {
    if !body.contains('\\') {
        return Ok(body.to_string());
    }
    let mut out = String::with_capacity(body.len());
    let mut chars = body.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().map(|p| p.1) == Some('\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap_or(0);
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_digit(8) => {
                            v = v * 8 + d.to_digit(8).unwrap_or(0);
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v: u32 = 0;
                for i in 0..n {
                    match chars.peek() {
                        Some(&(_, d)) if d.is_ascii_hexdigit() => {
                            v = v.wrapping_mul(16) + d.to_digit(16).unwrap_or(0);
                            chars.next();
                        }
                        _ => {
                            let what = match e {
                                'x' => "truncated \\xXX escape",
                                'u' => "truncated \\uXXXX escape",
                                _ => "truncated \\UXXXXXXXX escape",
                            };
                            return Err((
                                format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {what}", at, at + 1 + i),
                                at,
                            ));
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err((
                            format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character", at, at + 1 + n),
                            at,
                        ))
                    }
                }
            }
            'N' => {
                // `\N{NAME}`: a character by its Unicode name (or alias), as CPython.
                let malformed = || {
                    Err((
                        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape", at, at + 1),
                        at,
                    ))
                };
                if chars.peek().map(|p| p.1) != Some('{') {
                    return malformed();
                }
                chars.next();
                let start = at + 3;
                let Some(len) = body[start..].find('}') else {
                    return malformed();
                };
                let name = &body[start..start + len];
                while chars.peek().is_some_and(|&(i, _)| i <= start + len) {
                    chars.next();
                }
                match unicode_names2::character(name).filter(|_| !name.is_empty()) {
                    Some(ch) => out.push(ch),
                    None if name.is_empty() => return malformed(),
                    None => {
                        return Err((
                            format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name", at, start + len),
                            at,
                        ))
                    }
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// Splits an f-string body. `offset` is the body's byte offset in the source.
pub fn split_fstring(
    body: &str,
    raw: bool,
    offset: usize,
) -> Result<Vec<RawFPart>, (String, usize)> {
    let (parts, end) = split_until(body, raw, offset, 0, 0)?;
    debug_assert_eq!(end, body.len());
    Ok(parts)
}

/// Parses pieces from `start` up to the end of `body`, or (when `in_spec`) up to the `}` that
/// closes the enclosing field; returns the pieces and the index where it stopped.
fn split_until(
    body: &str,
    raw: bool,
    offset: usize,
    start: usize,
    spec_depth: u8,
) -> Result<(Vec<RawFPart>, usize), (String, usize)> {
    let in_spec = spec_depth > 0;
    let bytes = body.as_bytes();
    let mut parts = Vec::new();
    let mut lit = String::new();
    let mut lit_start = start;
    let mut i = start;
    let flush =
        |lit: &mut String, parts: &mut Vec<RawFPart>, at: usize| -> Result<(), (String, usize)> {
            if !lit.is_empty() {
                let text = if raw {
                    std::mem::take(lit)
                } else {
                    decode_escapes(lit).map_err(|(m, o)| (m, o + at))?
                };
                lit.clear();
                parts.push(RawFPart::Lit(text));
            }
            Ok(())
        };
    while i < bytes.len() {
        match bytes[i] {
            b'{' if !in_spec && bytes.get(i + 1) == Some(&b'{') => {
                lit.push('{');
                i += 2;
            }
            b'}' if !in_spec && bytes.get(i + 1) == Some(&b'}') => {
                lit.push('}');
                i += 2;
            }
            b'}' if in_spec => {
                flush(&mut lit, &mut parts, offset + lit_start)?;
                return Ok((parts, i));
            }
            b'}' => {
                return Err(("f-string: single '}' is not allowed".into(), offset + i));
            }
            b'\\' if !raw => {
                // An escape stays whole for `decode_escapes`: `\\{` is no field, and the
                // braces of `\N{NAME}` are the name's.
                if lit.is_empty() {
                    lit_start = i;
                }
                let mut end = i + 1 + body[i + 1..].chars().next().map_or(0, char::len_utf8);
                if body[i + 1..].starts_with("N{") {
                    if let Some(close) = body[i..].find('}') {
                        end = i + close + 1;
                    }
                }
                lit.push_str(&body[i..end]);
                i = end;
            }
            b'{' if spec_depth > 1 => {
                return Err(("f-string: expressions nested too deeply".into(), offset + i));
            }
            b'{' => {
                flush(&mut lit, &mut parts, offset + lit_start)?;
                let (field, next) = parse_field(body, raw, offset, i + 1, spec_depth)?;
                parts.extend(field);
                i = next;
                lit_start = i;
            }
            _ => {
                let ch = body[i..].chars().next().unwrap_or(' ');
                if lit.is_empty() {
                    lit_start = i;
                }
                lit.push(ch);
                i += ch.len_utf8();
            }
        }
    }
    if in_spec {
        return Err(("f-string: expecting '}'".into(), offset + i));
    }
    flush(&mut lit, &mut parts, offset + lit_start)?;
    Ok((parts, i))
}

/// Parses one replacement field starting just after its `{`; returns it and the index after `}`.
fn parse_field(
    body: &str,
    raw: bool,
    offset: usize,
    start: usize,
    spec_depth: u8,
) -> Result<(Vec<RawFPart>, usize), (String, usize)> {
    let bytes = body.as_bytes();
    let mut depth = 0usize;
    let mut i = start;
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let c = bytes[i];
        // CPython 3.11's f-string scanner refuses these anywhere in an expression.
        if c == b'\\' {
            return Err((
                "f-string expression part cannot include a backslash".into(),
                offset + i,
            ));
        }
        if c == b'#' && quote.is_none() {
            return Err((
                "f-string expression part cannot include '#'".into(),
                offset + i,
            ));
        }
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        match c {
            b'\'' | b'"' => quote = Some(c),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b'}' if depth > 0 => depth -= 1,
            b'}' | b':' if depth == 0 => break,
            b'!' if depth == 0 && bytes.get(i + 1) != Some(&b'=') => break,
            _ => {}
        }
        i += 1;
    }
    let mut expr = &body[start..i];
    // `{expr=}` (3.8+): the text up to and including `=` is printed before the value.
    let mut debug_text = None;
    let trimmed = expr.trim_end();
    if trimmed.ends_with('=')
        && !trimmed.ends_with("==")
        && !trimmed.ends_with("!=")
        && !trimmed.ends_with("<=")
        && !trimmed.ends_with(">=")
    {
        debug_text = Some(expr.to_string());
        expr = &trimmed[..trimmed.len() - 1];
    }
    if i >= bytes.len() {
        return Err(("f-string: expecting '}'".into(), offset + start));
    }
    if expr.trim().is_empty() {
        return Err((
            "f-string: empty expression not allowed".into(),
            offset + start,
        ));
    }
    let mut conversion = None;
    if bytes[i] == b'!' {
        match bytes.get(i + 1) {
            Some(&c @ (b's' | b'r' | b'a')) => conversion = Some(c as char),
            _ => {
                return Err((
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
                    offset + i,
                ))
            }
        }
        i += 2;
        if !matches!(bytes.get(i), Some(b'}') | Some(b':')) {
            return Err(("f-string: expecting '}'".into(), offset + i));
        }
    }
    let mut spec = None;
    if bytes.get(i) == Some(&b':') {
        let (parts, end) = split_until(body, raw, offset, i + 1, spec_depth + 1)?;
        spec = Some(parts);
        i = end;
    }
    if bytes.get(i) != Some(&b'}') {
        return Err(("f-string: expecting '}'".into(), offset + i));
    }
    let mut out = Vec::new();
    if let Some(text) = debug_text {
        out.push(RawFPart::Lit(text));
        if conversion.is_none() && spec.is_none() {
            conversion = Some('r');
        }
    }
    out.push(RawFPart::Field {
        expr: expr.to_string(),
        expr_offset: offset + start,
        conversion,
        spec,
    });
    Ok((out, i + 1))
}
