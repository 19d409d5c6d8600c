//! Syntax errors as CPython shows them: the `File "x.py", line 3` line, the source line and
//! the carets under the offending range, then `SyntaxError: msg`. One renderer serves a
//! script that fails to compile and a SyntaxError exception (raised by `import`, `eval`,
//! `compile`, or by hand), whose location attributes (`filename`, `lineno`, `offset`,
//! `text`, `end_offset`) it reads as CPython's print_exception/print_error_text do.

use crate::objects::class::SYNTAX_FIELDS;
use crate::objects::Value;
use crate::syntax::span::LineIndex;
use crate::syntax::SyntaxError;
use crate::vm::error::*;

/// Where a syntax error is: a SyntaxError's location attributes. Columns are 1-based
/// characters; an offset below 1 means no caret line.
pub struct Location {
    pub filename: String,
    pub lineno: i64,
    pub end_lineno: i64,
    pub offset: i64,
    pub end_offset: i64,
    pub text: Option<String>,
}

/// The text CPython prints for a syntax error (without a trailing newline).
pub fn format_syntax_error(e: &SyntaxError, filename: &str, src: &str) -> String {
    let loc = locate(e, filename, src);
    format!("{}{}: {}", render(&loc), e.kind.class_name(), e.msg)
}

/// The location of a compile error in `src`, with the columns CPython's parser reports.
pub fn locate(e: &SyntaxError, filename: &str, src: &str) -> Location {
    let idx = LineIndex::new(src);
    let offset = e.offset.min(src.len());
    let line = idx.line(offset);
    let text = idx.line_text(line);
    let stripped = text.trim_start();
    let mut loc = Location {
        filename: filename.to_string(),
        lineno: line as i64,
        end_lineno: line as i64,
        offset: -1,
        end_offset: -1,
        // A blank line of the file is still shown, as CPython's print_error_text does; past
        // the end there is no line at all.
        text: (!stripped.is_empty() || offset < src.len()).then(|| format!("{text}\n")),
    };
    if !stripped.is_empty() && e.end != SyntaxError::NO_CARET {
        // CPython's columns: 1-based, clipped to the line, the range ending on this line.
        let len = text.trim_end().chars().count();
        let col = idx.column(offset).min(len + 1);
        let end_col = match e.end.min(src.len()) {
            0 => col + 1,
            end if idx.line(end) == line => idx.column(end).min(len + 1),
            _ => len + 1,
        };
        loc.offset = col as i64;
        loc.end_offset = end_col.max(col + 1) as i64;
    }
    loc
}

/// The `File` line, the source line and the caret line of a location, as CPython's
/// print_error_text writes them: leading whitespace dropped, the caret clipped to the line,
/// no caret when the offset points left of the text.
pub fn render(loc: &Location) -> String {
    let mut out = format!("  File \"{}\", line {}\n", loc.filename, loc.lineno);
    let Some(text) = &loc.text else {
        return out;
    };
    let mut offset = loc.offset.saturating_sub(1);
    let mut text: &str = text;
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    offset = offset.saturating_sub((text.len() - stripped.len()) as i64);
    text = stripped;
    let mut len = text.strip_suffix('\n').unwrap_or(text).chars().count() as i64;
    offset = offset.min(len);
    // A text of several lines is shown from the line the offset falls in.
    while let Some(nl) = text.find('\n') {
        let before = text[..nl].chars().count() as i64;
        if before >= offset {
            break;
        }
        text = &text[nl + 1..];
        len -= before + 1;
        offset -= before + 1;
    }
    out.push_str("    ");
    out.push_str(text);
    if !text.ends_with('\n') {
        out.push('\n');
    }
    if offset < 0 {
        return out;
    }
    let width = if loc.end_lineno > loc.lineno {
        // The range goes on past this line: marked to its end.
        len - offset
    } else if loc.end_offset > loc.offset {
        loc.end_offset.saturating_sub(loc.offset)
    } else {
        1
    };
    let width = width.min(len - offset + 1).max(1);
    out.push_str(&format!(
        "    {}{}\n",
        " ".repeat(offset as usize),
        "^".repeat(width as usize)
    ));
    out
}

/// A SyntaxError exception value for a compile error (the class its kind names), with
/// CPython's args `(msg, (filename, lineno, offset, text, end_lineno, end_offset))`.
pub fn syntax_error_value(e: &SyntaxError, filename: &str, src: &str) -> Value {
    let loc = locate(e, filename, src);
    let column = |c: i64| if c < 1 { Value::None } else { Value::Int(c) };
    let info = [
        Value::str(&loc.filename),
        Value::Int(loc.lineno),
        column(loc.offset),
        loc.text.as_deref().map_or(Value::None, Value::str),
        Value::Int(loc.lineno),
        column(loc.end_offset),
    ];
    syntax_error_with(e.kind.class_name(), &e.msg, info)
}

/// A SyntaxError (or subclass) exception with these `(filename, lineno, offset, text,
/// end_lineno, end_offset)`, as its args and its attributes.
pub fn syntax_error_with(class: &str, msg: &str, info: [Value; 6]) -> Value {
    let msg = Value::str(msg);
    let v = new_exception(
        exc_class(class).clone(),
        vec![msg.clone(), Value::tuple(info.to_vec())],
    );
    if let Some(d) = exc_data(&v) {
        let mut d = d.lock();
        let fields = d.syntax_fields();
        fields[0] = msg;
        for (slot, v) in fields[1..7].iter_mut().zip(info) {
            *slot = v;
        }
    }
    v
}

/// The location a SyntaxError exception carries, when its `lineno` is an int (otherwise
/// CPython prints it as any other exception).
pub fn exception_location(e: &Value) -> Option<(Location, Value)> {
    if !is_exc(e, "SyntaxError") {
        return None;
    }
    let fields = exc_data(e)?.lock().syntax.clone()?;
    debug_assert_eq!(fields.len(), SYNTAX_FIELDS.len());
    let Value::Int(lineno) = fields[2] else {
        return None;
    };
    let int_or = |v: &Value| match v {
        Value::Int(n) => *n,
        _ => -1,
    };
    let loc = Location {
        filename: match &fields[1] {
            Value::Str(s) => s.as_str().to_string(),
            _ => "<string>".to_string(),
        },
        lineno,
        end_lineno: match fields[5] {
            Value::Int(n) => n,
            _ => lineno,
        },
        offset: int_or(&fields[3]),
        end_offset: int_or(&fields[6]),
        text: fields[4].as_str().map(String::from),
    };
    Some((loc, fields[0].clone()))
}

/// The SyntaxWarnings compiling `code` found, as CPython's default warning filter prints
/// them: `file:line: SyntaxWarning: message`, then the stripped source line when the source
/// is a file (not `<string>` or `<stdin>`).
pub fn format_warnings(code: &crate::bytecode::Code, filename: &str, src: &str) -> String {
    let in_file = !(filename.starts_with('<') && filename.ends_with('>'));
    let idx = LineIndex::new(src);
    let mut out = String::new();
    for (line, msg) in &code.warnings {
        out.push_str(&format!("{filename}:{line}: SyntaxWarning: {msg}\n"));
        let text = idx.line_text(*line as usize).trim();
        if in_file && !text.is_empty() {
            out.push_str(&format!("  {text}\n"));
        }
    }
    out
}

/// Prints `code`'s SyntaxWarnings to stderr (see `format_warnings`).
pub fn print_warnings(code: &crate::bytecode::Code, filename: &str, src: &str) {
    if !code.warnings.is_empty() {
        let _ = crate::runtime::stdio::write_stderr(&format_warnings(code, filename, src));
    }
}
