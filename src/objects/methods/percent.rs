//! `str % args`: printf-style formatting, a port of CPython 3.11's `PyUnicode_Format`
//! (`Objects/unicodeobject.c`).
//!
//! Owns the directive parser (`%[(key)][flags][width][.precision][lenmod]type`, with `*`
//! widths and precisions taken from the arguments), the argument walk (a tuple is consumed
//! item by item, any other value is the single argument, and a mapping — anything with
//! `__getitem__` except tuples and strings — serves `%(key)` lookups), the conversions
//! `s r a d i u o x X e E f F g G c %`, and the padding rules of
//! `unicode_format_arg_output` (sign-aware zero padding, `#` prefixes, `-` left
//! justification). Errors carry CPython's exact messages and are raised in CPython's order.
//! Float conversions go through [`numfmt::format_float`], so digits and rounding are
//! CPython's.

use crate::builtins::ascii_of;
use crate::objects::names::names;
use crate::objects::object::ObjKind;
use crate::objects::{numfmt, Tuple, Value};
use crate::vm::error::*;
use crate::vm::protocol::type_name;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::Signed;
use std::sync::Arc;

/// The parsed flags, width and precision of one directive.
#[derive(Default)]
struct Spec {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
    /// `None` when absent (CPython's -1).
    width: Option<usize>,
    prec: Option<usize>,
}

/// The argument cursor (CPython's `arglen`/`argidx`: a non-tuple argument has length -1
/// and index -2, so it can be taken exactly once).
struct Args {
    args: Value,
    tuple: Option<Arc<Tuple>>,
    arglen: i64,
    argidx: i64,
    /// The mapping for `%(key)` directives, when `args` is one.
    dict: Option<Value>,
}

impl Args {
    fn next(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(v) = self
                .tuple
                .as_ref()
                .and_then(|t| t.items.get(usize::try_from(i).ok()?))
            {
                return Ok(v.clone());
            }
        }
        type_error("not enough arguments for format string")
    }

    fn single(&mut self, v: Value) {
        self.args = v;
        self.tuple = None;
        self.arglen = -1;
        self.argidx = -2;
    }
}

/// `PyMapping_Check`: the type supports `obj[key]` (lists and ranges do too).
fn is_mapping(v: &Value) -> bool {
    match v {
        Value::Dict(_) | Value::List(_) => true,
        Value::Instance(i) => i.class.lookup(&names().getitem).is_some(),
        Value::Object(o) => matches!(o.kind, ObjKind::Range { .. } | ObjKind::BigRange(_)),
        _ => false,
    }
}

/// Formats `fmt % args` as CPython does.
pub fn format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let (tuple, arglen, argidx) = match args {
        Value::Tuple(t) => (
            Some(t.clone()),
            i64::try_from(t.items.len()).unwrap_or(i64::MAX),
            0,
        ),
        _ => (None, -1, -2),
    };
    let dict = match args {
        Value::Tuple(_) | Value::Str(_) => None,
        v if is_mapping(v) => Some(v.clone()),
        _ => None,
    };
    let mut st = Args {
        args: args.clone(),
        tuple,
        arglen,
        argidx,
        dict,
    };
    let b = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut pos = 0;
    while pos < b.len() {
        match b[pos..].iter().position(|&c| c == b'%') {
            Some(i) => {
                out.push_str(&fmt[pos..pos + i]);
                pos += i + 1;
                directive(vm, fmt, &mut pos, &mut st, &mut out)?;
            }
            None => {
                out.push_str(&fmt[pos..]);
                break;
            }
        }
    }
    if st.argidx < st.arglen && st.dict.is_none() {
        return type_error("not all arguments converted during string formatting");
    }
    Ok(out)
}

/// The next code point of `fmt` at byte `pos`, advancing past it.
fn next_char(fmt: &str, pos: &mut usize) -> PyResult<char> {
    match fmt.get(*pos..).and_then(|t| t.chars().next()) {
        Some(c) => {
            *pos += c.len_utf8();
            Ok(c)
        }
        None => value_error("incomplete format"),
    }
}

/// A `*` width: any int (`Py_ssize_t`); negative means left-justified.
fn star_width(v: &Value, spec: &mut Spec) -> PyResult<usize> {
    let w = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(_) => return overflow_error("Python int too large to convert to C ssize_t"),
        _ => return type_error("* wants int"),
    };
    if w < 0 {
        spec.ljust = true;
    }
    Ok(usize::try_from(w.unsigned_abs()).unwrap_or(usize::MAX))
}

/// A `*` precision: a C `int`; negative means 0.
fn star_prec(v: &Value) -> PyResult<usize> {
    let p = match v {
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(_) => return overflow_error("Python int too large to convert to C int"),
        _ => return type_error("* wants int"),
    };
    if i32::try_from(p).is_err() {
        return overflow_error("Python int too large to convert to C int");
    }
    Ok(usize::try_from(p.max(0)).unwrap_or(0))
}

/// One directive, `pos` just after its `%` (CPython's `unicode_format_arg`).
fn directive(
    vm: &mut Vm,
    fmt: &str,
    pos: &mut usize,
    st: &mut Args,
    out: &mut String,
) -> PyResult<()> {
    let b = fmt.as_bytes();
    if b.get(*pos) == Some(&b'%') {
        *pos += 1;
        out.push('%');
        return Ok(());
    }
    let mut spec = Spec::default();
    if b.get(*pos) == Some(&b'(') {
        let Some(dict) = st.dict.clone() else {
            return type_error("format requires a mapping");
        };
        *pos += 1;
        let key_start = *pos;
        let mut depth = 1;
        while depth > 0 && *pos < b.len() {
            match b[*pos] {
                b')' => depth -= 1,
                b'(' => depth += 1,
                _ => {}
            }
            *pos += 1;
        }
        if depth > 0 {
            return value_error("incomplete format key");
        }
        let key = fmt.get(key_start..*pos - 1).unwrap_or("");
        let v = vm.getitem(&dict, &Value::str(key))?;
        st.single(v);
    }
    let mut ch;
    loop {
        ch = next_char(fmt, pos)?;
        match ch {
            '-' => spec.ljust = true,
            '+' => spec.sign = true,
            ' ' => spec.blank = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
    }
    if ch == '*' {
        let v = st.next()?;
        spec.width = Some(star_width(&v, &mut spec)?);
        ch = next_char(fmt, pos)?;
    } else if let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii_digit()) {
        let mut w = d as usize;
        loop {
            ch = next_char(fmt, pos)?;
            let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii_digit()) else {
                break;
            };
            if w > (isize::MAX as usize - d as usize) / 10 {
                return value_error("width too big");
            }
            w = w * 10 + d as usize;
        }
        spec.width = Some(w);
    }
    if ch == '.' {
        spec.prec = Some(0);
        ch = next_char(fmt, pos)?;
        if ch == '*' {
            let v = st.next()?;
            spec.prec = Some(star_prec(&v)?);
            ch = next_char(fmt, pos)?;
        } else if let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii_digit()) {
            let mut p = d as usize;
            loop {
                ch = next_char(fmt, pos)?;
                let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii_digit()) else {
                    break;
                };
                if p > (i32::MAX as usize - d as usize) / 10 {
                    return value_error("precision too big");
                }
                p = p * 10 + d as usize;
            }
            spec.prec = Some(p);
        }
    }
    if matches!(ch, 'h' | 'l' | 'L') {
        ch = next_char(fmt, pos)?;
    }
    let v = st.next()?;
    if let (Value::Str(text), 's') = (&v, ch) {
        // The common `%s` of a str: no copy.
        output(out, text.as_str(), ch, &spec, false)?;
        return check_consumed(st);
    }
    let (text, numeric) = match ch {
        's' => (vm.str(&v)?, false),
        'r' => (vm.repr(&v)?, false),
        'a' => (ascii_of(&vm.repr(&v)?), false),
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => (format_long(vm, &v, ch, &spec)?, true),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => (format_float(vm, &v, ch, &spec)?, true),
        'c' => (format_char(vm, &v)?.to_string(), false),
        _ => {
            let index = fmt
                .get(..*pos - ch.len_utf8())
                .map_or(0, |t| t.chars().count());
            let n = ch as u32;
            let shown = if (31..=126).contains(&n) { ch } else { '?' };
            return value_error(format!(
                "unsupported format character '{shown}' (0x{n:x}) at index {index}"
            ));
        }
    };
    output(out, &text, ch, &spec, numeric)?;
    check_consumed(st)
}

/// With a mapping, a directive must consume the value it looked up.
fn check_consumed(st: &Args) -> PyResult<()> {
    if st.dict.is_some() && st.argidx < st.arglen {
        return type_error("not all arguments converted during string formatting");
    }
    Ok(())
}

/// The integer value for `%d`-style conversions (`mainformatlong`'s coercions).
fn integer_of(vm: &mut Vm, v: &Value, ch: char) -> PyResult<Int> {
    let wrong = || {
        let what = if matches!(ch, 'o' | 'x' | 'X') {
            "an integer is required"
        } else {
            "a real number is required"
        };
        type_error(format!("%{ch} format: {what}, not {}", type_name(v)))
    };
    let as_int = |r: &Value| match r {
        Value::Int(i) => Some(Int::Small(*i)),
        Value::Bool(b) => Some(Int::Small(i64::from(*b))),
        Value::BigInt(b) => Some(Int::Big(b.clone())),
        _ => None,
    };
    if let Some(n) = as_int(v) {
        return Ok(n);
    }
    match v {
        Value::Float(f) => {
            if matches!(ch, 'o' | 'x' | 'X') {
                return wrong();
            }
            match as_int(&crate::builtins::convert::float_to_int(*f)?) {
                Some(n) => Ok(n),
                None => wrong(),
            }
        }
        Value::Instance(_) => {
            let hooks: &[&crate::objects::Str] = if matches!(ch, 'o' | 'x' | 'X') {
                &[&names().index]
            } else {
                &[&names().int, &names().index]
            };
            for name in hooks {
                match vm.call_special(v, name, &[]) {
                    Ok(Some(r)) => return as_int(&r).map_or_else(wrong, Ok),
                    Ok(None) => {}
                    Err(e) if is_exc(&e, "TypeError") => return wrong(),
                    Err(e) => return Err(e),
                }
            }
            wrong()
        }
        _ => wrong(),
    }
}

/// An integer operand: unboxed when it fits.
enum Int {
    Small(i64),
    Big(Arc<BigInt>),
}

/// `%d %i %u %o %x %X` (CPython's `_PyUnicode_FormatLong`): sign, `#` prefix, precision
/// zeros, digits.
fn format_long(vm: &mut Vm, v: &Value, ch: char, spec: &Spec) -> PyResult<String> {
    let n = integer_of(vm, v, ch)?;
    let (negative, digits) = match &n {
        Int::Small(i) => {
            let m = i.unsigned_abs();
            let d = match ch {
                'o' => format!("{m:o}"),
                'x' => format!("{m:x}"),
                'X' => format!("{m:X}"),
                _ => m.to_string(),
            };
            (*i < 0, d)
        }
        Int::Big(b) => {
            let d = match ch {
                'o' => b.magnitude().to_str_radix(8),
                'x' => b.magnitude().to_str_radix(16),
                'X' => b.magnitude().to_str_radix(16).to_ascii_uppercase(),
                // repr() enforces CPython's limit on decimal digits.
                _ => vm.repr(&Value::from_bigint(b.abs()))?,
            };
            (b.is_negative(), d)
        }
    };
    let prefix = match (ch, spec.alt) {
        ('o', true) => "0o",
        ('x', true) => "0x",
        ('X', true) => "0X",
        _ => "",
    };
    let zeros = spec.prec.unwrap_or(0).saturating_sub(digits.len());
    let mut s = String::new();
    let total = digits.len().saturating_add(zeros).saturating_add(3);
    if s.try_reserve(total).is_err() {
        return Err(new_exception(exc_class("MemoryError").clone(), Vec::new()));
    }
    if negative {
        s.push('-');
    }
    s.push_str(prefix);
    s.extend(std::iter::repeat_n('0', zeros));
    s.push_str(&digits);
    Ok(s)
}

/// `PyFloat_AsDouble`: floats, ints, `__float__` and `__index__`.
fn float_of(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::BigInt(b) => crate::vm::ops::big_to_f64(b),
        Value::Instance(_) => {
            if let Some(r) = vm.call_special(v, &names().float, &[])? {
                return match r {
                    Value::Float(f) => Ok(f),
                    other => type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        type_name(v),
                        type_name(&other)
                    )),
                };
            }
            if let Some(r) = vm.call_special(v, &names().index, &[])? {
                return match r {
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => float_of(vm, &r),
                    other => type_error(format!(
                        "__index__ returned non-int (type {})",
                        type_name(&other)
                    )),
                };
            }
            type_error(format!("must be real number, not {}", type_name(v)))
        }
        _ => type_error(format!("must be real number, not {}", type_name(v))),
    }
}

/// `%e %E %f %F %g %G` (CPython's `formatfloat`: `PyOS_double_to_string` with the
/// precision, 6 by default, and `#` as the alternate form).
fn format_float(vm: &mut Vm, v: &Value, ch: char, spec: &Spec) -> PyResult<String> {
    let x = float_of(vm, v)?;
    let prec = spec.prec.unwrap_or(6);
    let fspec = format!("{}.{prec}{ch}", if spec.alt { "#" } else { "" });
    numfmt::format_float(x, &fspec).map_err(format_error)
}

/// `%c`: a one-character str or a code point.
fn format_char(vm: &mut Vm, v: &Value) -> PyResult<char> {
    let code = match v {
        Value::Str(s) => {
            let mut it = s.as_str().chars();
            return match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => type_error("%c requires int or char"),
            };
        }
        Value::Int(i) => *i,
        Value::Bool(b) => i64::from(*b),
        Value::BigInt(_) => return overflow_error("%c arg not in range(0x110000)"),
        Value::Instance(_) => match vm.call_special(v, &names().index, &[]) {
            Ok(Some(Value::Int(i))) => i,
            Ok(Some(Value::Bool(b))) => i64::from(b),
            Ok(Some(Value::BigInt(_))) => return overflow_error("%c arg not in range(0x110000)"),
            Ok(_) => return type_error("%c requires int or char"),
            Err(e) if is_exc(&e, "TypeError") => return type_error("%c requires int or char"),
            Err(e) => return Err(e),
        },
        _ => return type_error("%c requires int or char"),
    };
    if !(0..=0x10FFFF).contains(&code) {
        return overflow_error("%c arg not in range(0x110000)");
    }
    // Lone surrogates cannot be held in mt's UTF-8 strings.
    Ok(u32::try_from(code)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}'))
}

/// Pads one converted value into `out` (CPython's `unicode_format_arg_output`).
fn output(out: &mut String, text: &str, ch: char, spec: &Spec, numeric: bool) -> PyResult<()> {
    if spec.width.is_none() && spec.prec.is_none() && !(spec.sign || spec.blank) {
        out.push_str(text);
        return Ok(());
    }
    let len_all = text.chars().count();
    if spec.width.is_none_or(|w| w <= len_all)
        && spec.prec.is_none_or(|p| p >= len_all)
        && !(spec.sign || spec.blank)
    {
        out.push_str(text);
        return Ok(());
    }
    let fill = if numeric && spec.zero { '0' } else { ' ' };
    let mut body = text;
    let mut len = len_all;
    if matches!(ch, 's' | 'r' | 'a') {
        if let Some(p) = spec.prec.filter(|&p| p < len) {
            body = text.char_indices().nth(p).map_or(text, |(i, _)| &text[..i]);
            len = p;
        }
    }
    let mut sign = numeric;
    let mut signchar = ' ';
    if sign {
        match body.chars().next() {
            Some(c @ ('-' | '+')) => {
                signchar = c;
                body = &body[1..];
                len -= 1;
            }
            _ if spec.sign => signchar = '+',
            _ if spec.blank => signchar = ' ',
            _ => sign = false,
        }
    }
    let mut width = spec.width.unwrap_or(0).max(len);
    if out.try_reserve(width.saturating_add(2)).is_err() {
        return Err(new_exception(exc_class("MemoryError").clone(), Vec::new()));
    }
    if sign {
        if fill != ' ' {
            out.push(signchar);
        }
        if width > len {
            width -= 1;
        }
    }
    // format_long put the `0x` / `0X` / `0o` prefix right after the sign.
    let split = if spec.alt && matches!(ch, 'x' | 'X' | 'o') {
        body.get(..2).zip(body.get(2..))
    } else {
        None
    };
    let prefix = split.map_or("", |(p, _)| p);
    if let Some((_, digits)) = split {
        body = digits;
        if fill != ' ' {
            out.push_str(prefix);
        }
        width = width.saturating_sub(2);
        len = len.saturating_sub(2);
    }
    if width > len && !spec.ljust {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        if sign {
            out.push(signchar);
        }
        out.push_str(prefix);
    }
    out.push_str(body);
    if width > len {
        out.extend(std::iter::repeat_n(' ', width - len));
    }
    Ok(())
}
