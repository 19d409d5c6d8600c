//! Number <-> text conversions that follow CPython 3.11 exactly.
//!
//! This module owns:
//! * `repr(float)` / `str(float)` ([`float_repr`]): shortest round-trip digits laid
//!   out the way CPython lays them out;
//! * the format-spec mini-language ([`FormatSpec`]) and `format()` for `int`,
//!   `float` and `str` ([`format_int`], [`format_i64`], [`format_float`],
//!   [`format_str`]);
//! * `round(float, ndigits)` ([`round_float`], [`round_float_checked`]);
//! * text -> number parsing as `int(s, base)` and `float(s)` do it
//!   ([`parse_int`], [`parse_float`]);
//! * `repr(str)` ([`str_repr`]) and `bin()` / `oct()` / `hex()` ([`int_to_base`]).
//!
//! The module is pure: it knows no interpreter types and keeps no state. Every
//! function accepts arbitrary user input without panicking; failures come back as
//! `Err(String)` holding CPython's exact message text. The caller picks the
//! exception class: [`is_overflow_error`] tells which messages CPython raises as
//! `OverflowError` (everything else is a `ValueError`, except the
//! `"MemoryError..."` message for absurd widths).
//!
//! Like CPython 3.11, decimal conversions of ints with more than
//! [`INT_MAX_STR_DIGITS`] digits are refused.

use num_bigint::{BigInt, BigUint};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// CPython 3.11's default `sys.get_int_max_str_digits()`: decimal (and any
/// non-power-of-two base) conversions of ints with more digits than this fail.
pub const INT_MAX_STR_DIGITS: usize = 4300;

static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(INT_MAX_STR_DIGITS);

/// The current limit (`sys.set_int_max_str_digits`); 0 means none.
pub fn int_max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn set_int_max_str_digits(n: usize) {
    MAX_STR_DIGITS.store(n, std::sync::atomic::Ordering::Relaxed);
}

/// Whether a conversion of `digits` digits goes past the limit.
fn over_limit(digits: usize) -> bool {
    let limit = int_max_str_digits();
    limit != 0 && digits > limit
}

/// Widths (and float precisions) beyond this are refused with a
/// `MemoryError` message instead of attempting a gigantic allocation (CPython
/// would attempt it, and raise `MemoryError` when it fails).
const MAX_WIDTH: usize = 1 << 28;

/// No finite f64 has more than 767 significant digits, nor more than 1074
/// digits after the point: asking Rust for more only appends zeros.
const MAX_EXACT_DIGITS: usize = 1100;

const MEMORY_ERROR: &str = "MemoryError: format result too large";

/// True for the messages CPython raises as `OverflowError`. All other messages
/// returned by this module are `ValueError`s, except those starting with
/// `"MemoryError"` (refused absurd widths / precisions).
pub fn is_overflow_error(msg: &str) -> bool {
    matches!(
        msg,
        "int too large to convert to float"
            | "Python int too large to convert to C long"
            | "%c arg not in range(0x110000)"
            | "rounded value too large to represent"
    )
}

// ---------------------------------------------------------------------------
// Float -> text (CPython's format_float_short on top of exact digit strings)
// ---------------------------------------------------------------------------

/// Digit-generation modes of David Gay's `dtoa` as CPython uses them.
#[derive(Clone, Copy)]
enum DtoaMode {
    /// Mode 0: shortest digits that round-trip.
    Shortest,
    /// Mode 2: this many significant digits (at least 1).
    Significant(usize),
    /// Mode 3: this many digits after the decimal point.
    Fixed(usize),
}

fn strip_trailing_zeros(mut d: Vec<u8>) -> Vec<u8> {
    while d.last() == Some(&b'0') {
        d.pop();
    }
    d
}

/// Splits Rust's `{:e}` output (`d.ddde-N`) into digits and dtoa's `decpt`.
fn split_exp(s: &str) -> (Vec<u8>, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    (strip_trailing_zeros(digits), exp + 1)
}

/// Digits (no trailing zeros) and decimal-point position of a finite
/// non-negative `ax`, as `_Py_dg_dtoa` returns them: the value is
/// `0.d1d2d3... * 10**decpt`. Rust's float formatting is exact and rounds
/// half-to-even, like dtoa.
/// The shortest round-tripping digits, as David Gay's dtoa (CPython's repr) chooses them: when
/// two candidates of that length are equally close to the exact value, the even one. Rust's
/// shortest formatting may pick the odd one in such a tie (1414449611866874.25 -> ...874.3,
/// where CPython prints ...874.2).
fn shortest_half_even(ax: f64) -> (Vec<u8>, i64) {
    let (mut digits, decpt) = split_exp(&format!("{:e}", ax));
    let Some(&last) = digits.last() else {
        return (digits, decpt);
    };
    if last % 2 == 0 || last == b'0' || digits.len() < 15 {
        return (digits, decpt);
    }
    // A tie means the exact value is the midpoint "digits - 1/2 unit": the same digits with the
    // last one lowered by one and followed by a single 5 (exact expansion, so {:.800e}).
    let exact = format!("{:.800e}", ax);
    let (mantissa, _) = exact.split_once('e').unwrap_or((&exact, ""));
    let exact_digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let n = digits.len();
    let mut lower = digits.clone();
    lower[n - 1] -= 1;
    let is_tie = exact_digits.len() > n
        && exact_digits[..n] == lower[..]
        && exact_digits[n] == b'5'
        && exact_digits[n + 1..].iter().all(|&d| d == b'0');
    if is_tie
        && format!("{}e{}", String::from_utf8_lossy(&lower), decpt - n as i64).parse::<f64>()
            == Ok(ax)
    {
        digits = lower;
    }
    (digits, decpt)
}

fn dtoa(ax: f64, mode: DtoaMode) -> (Vec<u8>, i64) {
    if ax == 0.0 {
        return (vec![b'0'], 1);
    }
    match mode {
        DtoaMode::Shortest => shortest_half_even(ax),
        DtoaMode::Significant(n) => {
            let n = n.clamp(1, MAX_EXACT_DIGITS);
            split_exp(&format!("{:.*e}", n - 1, ax))
        }
        DtoaMode::Fixed(n) => {
            let s = format!("{:.*}", n.min(MAX_EXACT_DIGITS), ax);
            let (ip, fp) = s.split_once('.').unwrap_or((s.as_str(), ""));
            let all: Vec<u8> = ip.bytes().chain(fp.bytes()).collect();
            let lead = all.iter().take_while(|&&b| b == b'0').count();
            let digits = strip_trailing_zeros(all[lead..].to_vec());
            if digits.is_empty() {
                (digits, -(n as i64))
            } else {
                (digits, ip.len() as i64 - lead as i64)
            }
        }
    }
}

#[derive(Clone, Copy, Default)]
struct FloatFlags {
    add_dot_0: bool,
    alt: bool,
    no_neg_0: bool,
    upper: bool,
}

fn push_zeros(s: &mut String, n: i64) {
    s.extend(std::iter::repeat_n('0', n.max(0) as usize));
}

/// CPython's `format_float_short`: `code` is one of `e f g r` (lower case),
/// `precision` as `PyOS_double_to_string` passes it on (already adjusted for
/// `e` and `g`).
fn format_float_short(x: f64, code: char, precision: usize, flags: FloatFlags) -> String {
    if x.is_nan() {
        return if flags.upper { "NAN" } else { "nan" }.to_string();
    }
    let mut neg = x.is_sign_negative();
    if x.is_infinite() {
        let inf = if flags.upper { "INF" } else { "inf" };
        return if neg {
            format!("-{}", inf)
        } else {
            inf.to_string()
        };
    }
    let ax = x.abs();
    let mode = match code {
        'e' | 'g' => DtoaMode::Significant(precision),
        'f' => DtoaMode::Fixed(precision),
        _ => DtoaMode::Shortest,
    };
    let (digits, mut decpt) = dtoa(ax, mode);
    if flags.no_neg_0 && neg && (digits.is_empty() || digits == b"0") {
        neg = false;
    }
    let precision = precision as i64;
    let digits_len = digits.len() as i64;
    let mut vdigits_end = digits_len;
    let mut use_exp = false;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt + precision,
        'g' => {
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    if !use_exp && flags.add_dot_0 {
        vdigits_end = vdigits_end.max(decpt + 1);
    } else {
        vdigits_end = vdigits_end.max(decpt);
    }

    let mut s = String::new();
    if neg {
        s.push('-');
    }
    if decpt <= 0 {
        push_zeros(&mut s, decpt - vdigits_start);
        s.push('.');
        push_zeros(&mut s, -decpt);
    } else {
        push_zeros(&mut s, -vdigits_start);
    }
    let digit_str = String::from_utf8_lossy(&digits);
    if 0 < decpt && decpt <= digits_len {
        let cut = decpt as usize;
        s.push_str(&digit_str[..cut]);
        s.push('.');
        s.push_str(&digit_str[cut..]);
    } else {
        s.push_str(&digit_str);
    }
    if digits_len < decpt {
        push_zeros(&mut s, decpt - digits_len);
        s.push('.');
        push_zeros(&mut s, vdigits_end - decpt);
    } else {
        push_zeros(&mut s, vdigits_end - digits_len);
    }
    if s.ends_with('.') && !flags.alt {
        s.pop();
    }
    if use_exp {
        s.push(if flags.upper { 'E' } else { 'e' });
        s.push(if exp < 0 { '-' } else { '+' });
        s.push_str(&format!("{:02}", exp.abs()));
    }
    s
}

/// repr(float) / str(float) as CPython: shortest round-trip digits; fixed
/// notation when the decimal exponent is in -4 <= exp < 16, else scientific
/// like `1e+16`, `1.5e-05`; always a `.0` for integral fixed values; `inf`,
/// `-inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    format_float_short(x, 'r', 0, flags)
}

// ---------------------------------------------------------------------------
// Format-spec parsing
// ---------------------------------------------------------------------------

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
///
/// The fields record what the spec says, before any type-specific defaults:
/// `fill` is the explicit fill character (or `' '`), `align` the explicit
/// alignment, `zero_pad` whether the `0` flag was given (CPython only honours
/// it when no explicit fill was given; it then pads with `'0'` and, for
/// numbers without an explicit alignment, aligns with `'='`), `ty` the
/// explicit presentation type.
#[derive(Debug, Clone, PartialEq)]
pub struct FormatSpec {
    /// Fill character (`' '` unless given explicitly before an alignment).
    pub fill: char,
    /// Explicit alignment: one of `< > = ^`.
    pub align: Option<char>,
    /// Explicit sign option: one of `+ - ' '`.
    pub sign: Option<char>,
    /// `#`: alternate form.
    pub alternate: bool,
    /// The `0` flag (sign-aware zero padding).
    pub zero_pad: bool,
    /// Minimum field width.
    pub width: Option<usize>,
    /// Thousands separator: `,` or `_`.
    pub grouping: Option<char>,
    /// Precision (digits after the point, significant digits, or str truncation).
    pub precision: Option<usize>,
    /// Presentation type character.
    pub ty: Option<char>,
    /// `z`: coerce negative zero to positive zero (floats only).
    pub no_neg_0: bool,
}

impl FormatSpec {
    /// Parses a format spec with CPython's rules and messages, without
    /// type-specific defaults (as for a type with no default presentation
    /// type, like float). The "Invalid format specifier" message names type
    /// 'object'.
    pub fn parse(spec: &str) -> Result<FormatSpec, String> {
        parse_spec(spec, None, "object")
    }

    /// The fill character and alignment actually used, given the type's
    /// default alignment (`'>'` for numbers, `'<'` for str).
    fn fill_align(&self, default_align: char) -> (char, char) {
        if self.zero_pad {
            let align = self.align.unwrap_or(if default_align == '>' {
                '='
            } else {
                default_align
            });
            ('0', align)
        } else {
            (self.fill, self.align.unwrap_or(default_align))
        }
    }
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

fn char_code_repr(c: char) -> String {
    let n = c as u32;
    if n > 32 && n < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", n)
    }
}

fn unknown_code(t: char, type_name: &str) -> String {
    format!(
        "Unknown format code '{}' for object of type '{}'",
        char_code_repr(t),
        type_name
    )
}

/// CPython's `get_integer`: a run of Unicode decimal digits.
fn get_integer(chars: &[char], pos: &mut usize) -> Result<(usize, usize), String> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|&c| decimal_value(c)) {
        let d = i64::from(d);
        if acc > (i64::MAX - d) / 10 {
            return Err("Too many decimal digits in format string".to_string());
        }
        acc = acc * 10 + d;
        *pos += 1;
        n += 1;
    }
    Ok((acc as usize, n))
}

fn parse_spec(
    spec: &str,
    default_type: Option<char>,
    type_name: &str,
) -> Result<FormatSpec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let at = |i: usize| chars.get(i).copied();
    let mut fs = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        alternate: false,
        zero_pad: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
        no_neg_0: false,
    };
    let mut pos = 0;
    let mut fill_specified = false;
    if let (Some(f), Some(a)) = (at(0), at(1)) {
        if is_align(a) {
            fs.fill = f;
            fs.align = Some(a);
            fill_specified = true;
            pos = 2;
        }
    }
    if !fill_specified {
        if let Some(a) = at(0).filter(|&a| is_align(a)) {
            fs.align = Some(a);
            pos = 1;
        }
    }
    if let Some(s) = at(pos).filter(|&s| matches!(s, '+' | '-' | ' ')) {
        fs.sign = Some(s);
        pos += 1;
    }
    if at(pos) == Some('z') {
        fs.no_neg_0 = true;
        pos += 1;
    }
    if at(pos) == Some('#') {
        fs.alternate = true;
        pos += 1;
    }
    if !fill_specified && at(pos) == Some('0') {
        fs.zero_pad = true;
        pos += 1;
    }
    let (w, n) = get_integer(&chars, &mut pos)?;
    if n > 0 {
        fs.width = Some(w);
    }
    const BOTH: &str = "Cannot specify both ',' and '_'.";
    if at(pos) == Some(',') {
        fs.grouping = Some(',');
        pos += 1;
    }
    if at(pos) == Some('_') {
        if fs.grouping.is_some() {
            return Err(BOTH.to_string());
        }
        fs.grouping = Some('_');
        pos += 1;
    }
    if at(pos) == Some(',') && fs.grouping == Some('_') {
        return Err(BOTH.to_string());
    }
    if at(pos) == Some('.') {
        pos += 1;
        let (p, n) = get_integer(&chars, &mut pos)?;
        if n == 0 {
            return Err("Format specifier missing precision".to_string());
        }
        fs.precision = Some(p);
    }
    if end - pos > 1 {
        return Err(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        ));
    }
    if end - pos == 1 {
        fs.ty = at(pos);
    }
    if let Some(g) = fs.grouping {
        match fs.ty.or(default_type) {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => {
                return Err(format!(
                    "Cannot specify '{}' with '{}'.",
                    g,
                    char_code_repr(t)
                ))
            }
        }
    }
    Ok(fs)
}

// ---------------------------------------------------------------------------
// Number layout (CPython's calc_number_widths + fill_number)
// ---------------------------------------------------------------------------

/// The pieces of a formatted number: `[sign][prefix][digits][.][remainder]`.
struct NumberParts<'a> {
    negative: bool,
    prefix: &'a str,
    /// Integer digits (ASCII), subject to grouping and zero padding.
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the integer digits (and the decimal point).
    remainder: &'a str,
}

struct Layout {
    fill: char,
    align: char,
    sign: Option<char>,
    width: Option<usize>,
    /// Group size and separator.
    group: Option<(usize, char)>,
    upper: bool,
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: groups `digits`, padding
/// them on the left with zeros (and separators) up to `min_width`.
fn group_digits(digits: &[u8], min_width: i64, group: Option<(usize, char)>) -> String {
    let mut rev: Vec<char> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width.max(0);
    let mut pos = digits.len();
    let mut use_sep = false;
    let emit = |rev: &mut Vec<char>, pos: &mut usize, sep: Option<char>, len: i64, rem: i64| {
        let n_zeros = (len - rem).max(0);
        let n_chars = rem.min(len).max(0) as usize;
        if let Some(sep) = sep {
            rev.push(sep);
        }
        let start = pos.saturating_sub(n_chars);
        rev.extend(digits[start..*pos].iter().rev().map(|&b| char::from(b)));
        *pos = start;
        rev.extend(std::iter::repeat_n('0', n_zeros as usize));
        n_chars as i64
    };
    let mut broken = false;
    if let Some((glen, sep)) = group {
        let glen = glen as i64;
        loop {
            let len = glen.min(remaining.max(min_width).max(1));
            let sep_now = if use_sep { Some(sep) } else { None };
            let used = emit(&mut rev, &mut pos, sep_now, len, remaining);
            use_sep = true;
            remaining -= used;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let sep_now = match group {
            Some((_, sep)) if use_sep => Some(sep),
            _ => None,
        };
        emit(&mut rev, &mut pos, sep_now, len, remaining);
    }
    rev.iter().rev().collect()
}

fn push_fill(s: &mut String, c: char, n: usize) {
    s.extend(std::iter::repeat_n(c, n));
}

fn render_number(parts: &NumberParts, layout: &Layout) -> Result<String, String> {
    if layout.width.is_some_and(|w| w > MAX_WIDTH) {
        return Err(MEMORY_ERROR.to_string());
    }
    let sign_char = match layout.sign {
        Some('+') => Some(if parts.negative { '-' } else { '+' }),
        Some(' ') => Some(if parts.negative { '-' } else { ' ' }),
        _ => {
            if parts.negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_non_digit = usize::from(sign_char.is_some())
        + parts.prefix.chars().count()
        + usize::from(parts.has_decimal)
        + parts.remainder.chars().count();
    let width = layout.width.map_or(-1, |w| w as i64);
    let min_width = if layout.fill == '0' && layout.align == '=' {
        width - n_non_digit as i64
    } else {
        0
    };
    let mut grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(parts.digits.as_bytes(), min_width, layout.group)
    };
    if layout.upper {
        grouped = grouped.to_ascii_uppercase();
    }
    let n_padding = width - (n_non_digit + grouped.chars().count()) as i64;
    let (mut lpad, mut spad, mut rpad) = (0usize, 0usize, 0usize);
    if n_padding > 0 {
        let p = n_padding as usize;
        match layout.align {
            '<' => rpad = p,
            '^' => {
                lpad = p / 2;
                rpad = p - lpad;
            }
            '=' => spad = p,
            _ => lpad = p,
        }
    }
    let mut s = String::new();
    push_fill(&mut s, layout.fill, lpad);
    if let Some(c) = sign_char {
        s.push(c);
    }
    if layout.upper {
        s.push_str(&parts.prefix.to_ascii_uppercase());
    } else {
        s.push_str(parts.prefix);
    }
    push_fill(&mut s, layout.fill, spad);
    s.push_str(&grouped);
    if parts.has_decimal {
        s.push('.');
    }
    s.push_str(parts.remainder);
    push_fill(&mut s, layout.fill, rpad);
    Ok(s)
}

// ---------------------------------------------------------------------------
// format() for floats
// ---------------------------------------------------------------------------

/// CPython's `format_float_internal` for an already parsed spec whose type is
/// one of `e E f F g G n %` or none.
fn format_float_spec(x: f64, fs: &FormatSpec) -> Result<String, String> {
    if let Some(p) = fs.precision {
        if p > i32::MAX as usize {
            return Err("precision too big".to_string());
        }
        if p > MAX_WIDTH {
            return Err(MEMORY_ERROR.to_string());
        }
    }
    let mut flags = FloatFlags {
        alt: fs.alternate,
        no_neg_0: fs.no_neg_0,
        ..FloatFlags::default()
    };
    let mut default_precision = 6;
    let mut code = match fs.ty {
        None => {
            flags.add_dot_0 = true;
            default_precision = 0;
            'r'
        }
        Some('n') => 'g',
        Some(t) => t,
    };
    let mut val = x;
    let mut add_pct = false;
    if code == '%' {
        code = 'f';
        val *= 100.0;
        add_pct = true;
    }
    let precision = match fs.precision {
        None => default_precision,
        Some(p) => {
            if code == 'r' {
                code = 'g';
            }
            p
        }
    };
    flags.upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let precision = match code {
        'e' => precision + 1,
        'g' => precision.max(1),
        _ => precision,
    };
    let mut buf = format_float_short(val, code, precision, flags);
    if add_pct {
        buf.push('%');
    }
    let (negative, body) = match buf.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, buf.as_str()),
    };
    let n_int = body.bytes().take_while(u8::is_ascii_digit).count();
    let (digits, rest) = body.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let (fill, align) = fs.fill_align('>');
    let group = if fs.ty == Some('n') {
        None
    } else {
        fs.grouping.map(|g| (3, g))
    };
    render_number(
        &NumberParts {
            negative,
            prefix: "",
            digits,
            has_decimal,
            remainder,
        },
        &Layout {
            fill,
            align,
            sign: fs.sign,
            width: fs.width,
            group,
            upper: false,
        },
    )
}

/// format(x, spec) for floats: e E f F g G n % and none (none = like repr
/// when no precision, else like 'g' but always with at least one digit after
/// the point semantics CPython has), sign incl. ' ', `z`, grouping, `#`, zero
/// padding, fill/align, inf/nan handling ('inf', 'INF' for F/E/G), correct
/// rounding (round-half-even on the exact binary value, as CPython's dtoa:
/// format(2.675, '.2f') == '2.67', format(0.125, '.2f') == '0.12').
pub fn format_float(x: f64, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let fs = parse_spec(spec, None, "float")?;
    match fs.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(x, &fs),
        Some(t) => Err(unknown_code(t, "float")),
    }
}

// ---------------------------------------------------------------------------
// format() for ints
// ---------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum IntRef<'a> {
    Big(&'a BigInt),
    Small(i64),
}

fn limit_error_to_str() -> String {
    format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        int_max_str_digits()
    )
}

/// Correctly rounded (half-even) int -> float, as `float(int)`.
fn biguint_to_f64(mag: &BigUint) -> Option<f64> {
    let bits = mag.bits();
    if bits <= 64 {
        return mag.to_u64().map(|m| m as f64);
    }
    let shift = bits - 64;
    let mut m = (mag >> shift).to_u64()?;
    if mag.trailing_zeros().is_some_and(|tz| tz < shift) {
        m |= 1; // sticky bit: keeps the u64 -> f64 rounding correct
    }
    if shift > 1100 {
        return None;
    }
    let f = (m as f64) * 2f64.powi(shift as i32);
    if f.is_finite() {
        Some(f)
    } else {
        None
    }
}

impl IntRef<'_> {
    fn is_negative(self) -> bool {
        match self {
            IntRef::Big(b) => b.is_negative(),
            IntRef::Small(v) => v < 0,
        }
    }

    /// Digits of the absolute value in `base` (lower case).
    fn abs_digits(self, base: u32) -> String {
        match self {
            IntRef::Big(b) => b.magnitude().to_str_radix(base),
            IntRef::Small(v) => {
                let m = v.unsigned_abs();
                match base {
                    2 => format!("{:b}", m),
                    8 => format!("{:o}", m),
                    16 => format!("{:x}", m),
                    _ => m.to_string(),
                }
            }
        }
    }

    /// Decimal digits of the absolute value, refusing more than
    /// [`INT_MAX_STR_DIGITS`] digits as CPython does.
    fn decimal_digits(self) -> Result<String, String> {
        if let IntRef::Big(b) = self {
            // (bits - 1) * log10(2) + 1 > limit: certainly too many digits.
            let limit = int_max_str_digits() as u64;
            if limit != 0 && b.bits() > limit * 10 / 3 + 16 {
                return Err(limit_error_to_str());
            }
        }
        let d = self.abs_digits(10);
        if over_limit(d.len()) {
            return Err(limit_error_to_str());
        }
        Ok(d)
    }

    fn to_f64(self) -> Result<f64, String> {
        let r = match self {
            IntRef::Small(v) => Some(v as f64),
            IntRef::Big(b) => {
                biguint_to_f64(b.magnitude()).map(|f| if b.is_negative() { -f } else { f })
            }
        };
        r.ok_or_else(|| "int too large to convert to float".to_string())
    }

    fn to_i64(self) -> Option<i64> {
        match self {
            IntRef::Big(b) => b.to_i64(),
            IntRef::Small(v) => Some(v),
        }
    }

    fn to_str(self) -> Result<String, String> {
        let d = self.decimal_digits()?;
        Ok(if self.is_negative() {
            format!("-{}", d)
        } else {
            d
        })
    }
}

/// CPython's `format_long_internal` for types b c d o x X n.
fn format_long_spec(v: IntRef, fs: &FormatSpec, ty: char) -> Result<String, String> {
    if fs.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".to_string());
    }
    if fs.no_neg_0 {
        return Err(
            "Negative zero coercion (z) not allowed in integer format specifier".to_string(),
        );
    }
    let (fill, align) = fs.fill_align('>');
    if ty == 'c' {
        if fs.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".to_string());
        }
        if fs.alternate {
            return Err(
                "Alternate form (#) not allowed with integer format specifier 'c'".to_string(),
            );
        }
        let code = v
            .to_i64()
            .ok_or_else(|| "Python int too large to convert to C long".to_string())?;
        if !(0..=0x10ffff).contains(&code) {
            return Err("%c arg not in range(0x110000)".to_string());
        }
        let ch = char::from_u32(code as u32).ok_or_else(|| {
            "%c of a surrogate code point is not supported (cannot be stored in a str)".to_string()
        })?;
        let text = ch.to_string();
        return render_number(
            &NumberParts {
                negative: false,
                prefix: "",
                digits: "",
                has_decimal: false,
                remainder: &text,
            },
            &Layout {
                fill,
                align,
                sign: fs.sign,
                width: fs.width,
                group: None,
                upper: false,
            },
        );
    }
    let (base, prefix) = match ty {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let digits = if base == 10 {
        v.decimal_digits()?
    } else {
        v.abs_digits(base)
    };
    let group = match (ty, fs.grouping) {
        ('n', _) | (_, None) => None,
        ('b' | 'o' | 'x' | 'X', Some('_')) => Some((4, '_')),
        (_, Some(g)) => Some((3, g)),
    };
    render_number(
        &NumberParts {
            negative: v.is_negative(),
            prefix: if fs.alternate { prefix } else { "" },
            digits: &digits,
            has_decimal: false,
            remainder: "",
        },
        &Layout {
            fill,
            align,
            sign: fs.sign,
            width: fs.width,
            group,
            upper: ty == 'X',
        },
    )
}

fn format_int_ref(v: IntRef, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return v.to_str();
    }
    let fs = parse_spec(spec, Some('d'), "int")?;
    match fs.ty.unwrap_or('d') {
        t @ ('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') => format_long_spec(v, &fs, t),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_spec(v.to_f64()?, &fs),
        t => Err(unknown_code(t, "int")),
    }
}

/// format(i, spec) for ints (types b c d o x X n e E f F g G % and none; `,`
/// and `_` grouping incl. `_` every 4 digits for b/o/x; `#` prefixes; `=`
/// alignment; sign; float types convert the int to float as CPython does).
/// Errors with CPython's messages, e.g. "Unknown format code 's' for object
/// of type 'int'", "Sign not allowed with integer format specifier 'c'",
/// "Precision not allowed in integer format specifier", "Cannot specify ','
/// with 's'.".
pub fn format_int(v: &BigInt, spec: &str) -> Result<String, String> {
    match v.to_i64() {
        Some(small) => format_int_ref(IntRef::Small(small), spec),
        None => format_int_ref(IntRef::Big(v), spec),
    }
}

/// Same as [`format_int`] for small ints (fast path; agrees with `format_int`).
pub fn format_i64(v: i64, spec: &str) -> Result<String, String> {
    format_int_ref(IntRef::Small(v), spec)
}

/// int -> text in base 2, 8, 16 with prefix as bin()/oct()/hex() print it
/// (negative: '-0x1f'). Other bases in 2..=36 give unprefixed digits; bases
/// outside that range give decimal.
pub fn int_to_base(v: &BigInt, base: u32) -> String {
    let prefix = match base {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let base = if (2..=36).contains(&base) { base } else { 10 };
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{}{}{}", sign, prefix, v.magnitude().to_str_radix(base))
}

// ---------------------------------------------------------------------------
// format() for str
// ---------------------------------------------------------------------------

/// format(s, spec) for str: fill/align/width/precision (truncation), default
/// left alignment; errors for sign ("Sign not allowed in string format
/// specifier"; a space sign gives "Space not allowed in string format
/// specifier"), '=' alignment ("'=' alignment not allowed in string format
/// specifier"), `z` and `#`, and types other than s ("Unknown format code
/// 'd' for object of type 'str'"). Width counts Unicode code points.
pub fn format_str(s: &str, spec: &str) -> Result<String, String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let fs = parse_spec(spec, Some('s'), "str")?;
    match fs.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, "str")),
    }
    match fs.sign {
        Some(' ') => return Err("Space not allowed in string format specifier".to_string()),
        Some(_) => return Err("Sign not allowed in string format specifier".to_string()),
        None => {}
    }
    if fs.no_neg_0 {
        return Err(
            "Negative zero coercion (z) not allowed in string format specifier".to_string(),
        );
    }
    if fs.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".to_string());
    }
    if fs.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".to_string());
    }
    if fs.width.is_some_and(|w| w > MAX_WIDTH) {
        return Err(MEMORY_ERROR.to_string());
    }
    let (fill, align) = fs.fill_align('<');
    let len = s.chars().count();
    let (text, nchars) = match fs.precision {
        Some(p) if p < len => {
            let cut = s.char_indices().nth(p).map_or(s.len(), |(i, _)| i);
            (&s[..cut], p)
        }
        _ => (s, len),
    };
    let total = fs.width.map_or(nchars, |w| w.max(nchars));
    let lpad = match align {
        '>' => total - nchars,
        '^' => (total - nchars) / 2,
        _ => 0,
    };
    let rpad = total - nchars - lpad;
    let mut out = String::with_capacity(text.len() + lpad + rpad);
    push_fill(&mut out, fill, lpad);
    out.push_str(text);
    push_fill(&mut out, fill, rpad);
    Ok(out)
}

// ---------------------------------------------------------------------------
// round(float, ndigits)
// ---------------------------------------------------------------------------

/// `|x| = mant * 2**exp` exactly, for finite x.
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    }
}

/// round(x, ndigits) for floats exactly as CPython, reporting CPython's
/// `OverflowError` ("rounded value too large to represent") as `Err`.
pub fn round_float_checked(x: f64, ndigits: i64) -> Result<f64, String> {
    // CPython: NDIGITS_MAX = (53 + 1021) * 0.30103, NDIGITS_MIN = -(1025 * 0.30103).
    if !x.is_finite() || ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let (mant, exp) = decompose(x);
    let ten = BigInt::from(10u32);
    let mut num = BigInt::from(mant);
    let mut den = BigInt::from(1u32);
    if ndigits >= 0 {
        num *= num_traits::pow(ten, ndigits as usize);
    } else {
        den = num_traits::pow(ten, ndigits.unsigned_abs() as usize);
    }
    if exp >= 0 {
        num <<= exp as usize;
    } else {
        den <<= exp.unsigned_abs() as usize;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r << 1usize;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let text = format!("{}{}e{}", sign, q, -ndigits);
    let rounded: f64 = text
        .parse()
        .map_err(|_| "rounded value too large to represent".to_string())?;
    if rounded.is_infinite() {
        return Err("rounded value too large to represent".to_string());
    }
    Ok(rounded)
}

/// round(x, ndigits) for floats exactly as CPython (correctly rounded,
/// half-even on the exact value; ndigits may be negative; huge ndigits return
/// x). Where CPython raises OverflowError (e.g. `round(1.7e308, -308)`) this
/// returns an infinity of the same sign; use [`round_float_checked`] to get
/// the error.
pub fn round_float(x: f64, ndigits: i64) -> f64 {
    round_float_checked(x, ndigits).unwrap_or(if x < 0.0 {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    })
}

// ---------------------------------------------------------------------------
// Text -> number
// ---------------------------------------------------------------------------

/// Unicode whitespace as `str.isspace()` (Python's `Py_UNICODE_ISSPACE`).
fn is_unicode_space(c: char) -> bool {
    matches!(
        c,
        '\t'..='\r'
            | '\u{1c}'..='\u{20}'
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// C-locale `isspace` as Python's `Py_ISSPACE`.
fn is_c_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// Decimal value of a Unicode decimal digit (general category Nd).
fn decimal_value(c: char) -> Option<u32> {
    let n = c as u32;
    if c.is_ascii_digit() {
        return Some(n - u32::from(b'0'));
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= n);
    let zero = DECIMAL_ZEROS.get(i.checked_sub(1)?)?;
    let d = n - zero;
    if d < 10 {
        Some(d)
    } else {
        None
    }
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`.
fn transform_to_ascii(s: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if (c as u32) < 127 {
            out.push(c as u8);
        } else if is_unicode_space(c) {
            out.push(b' ');
        } else if let Some(d) = decimal_value(c) {
            out.push(b'0' + d as u8);
        } else {
            out.push(b'?');
            break;
        }
    }
    out
}

fn digit_value(b: u8) -> u32 {
    match b {
        b'0'..=b'9' => u32::from(b - b'0'),
        b'a'..=b'z' => u32::from(b - b'a') + 10,
        b'A'..=b'Z' => u32::from(b - b'A') + 10,
        _ => 37,
    }
}

fn truncate_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// int(s, base) as CPython: strips whitespace, optional sign, underscores
/// only between digits, base 0 means infer from prefix (0x/0o/0b; a leading
/// 0 in decimal with base 0 is an error unless all zeros), prefixes allowed
/// when they match the base; base must be 0 or 2..=36 (Err "int() base must
/// be >= 2 and <= 36, or 0"). On failure Err with CPython's message:
/// "invalid literal for int() with base 10: 'abc'" (the repr of the original
/// string, cut to 200 characters as CPython does). Strings of more than
/// [`INT_MAX_STR_DIGITS`] digits in a base that is not a power of two are
/// refused with CPython's "Exceeds the limit" message.
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, String> {
    if base == 1 || base > 36 {
        return Err("int() base must be >= 2 and <= 36, or 0".to_string());
    }
    let invalid = || {
        format!(
            "invalid literal for int() with base {}: {}",
            base,
            truncate_chars(&str_repr(s), 200)
        )
    };
    let buf = transform_to_ascii(s);
    // A NUL ends the C string CPython parses.
    let at = |i: usize| buf.get(i).copied().unwrap_or(0);
    let mut i = 0;
    while is_c_space(at(i)) {
        i += 1;
    }
    let mut negative = false;
    if at(i) == b'+' {
        i += 1;
    } else if at(i) == b'-' {
        negative = true;
        i += 1;
    }
    let mut b = base;
    let mut error_if_nonzero = false;
    if b == 0 {
        b = if at(i) != b'0' {
            10
        } else {
            match at(i + 1) {
                b'x' | b'X' => 16,
                b'o' | b'O' => 8,
                b'b' | b'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    let p = at(i + 1).to_ascii_lowercase();
    if at(i) == b'0' && ((b == 16 && p == b'x') || (b == 8 && p == b'o') || (b == 2 && p == b'b')) {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(invalid());
    }
    let mut clean: Vec<u8> = Vec::new();
    let mut prev = 0u8;
    while digit_value(at(i)) < b || at(i) == b'_' {
        let c = at(i);
        if c == b'_' {
            if prev == b'_' {
                return Err(invalid());
            }
        } else {
            clean.push(c);
        }
        prev = c;
        i += 1;
    }
    if prev == b'_' {
        return Err(invalid());
    }
    if !b.is_power_of_two() && over_limit(clean.len()) {
        return Err(format!(
            "Exceeds the limit ({} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            int_max_str_digits(),
            clean.len()
        ));
    }
    if clean.is_empty() {
        return Err(invalid());
    }
    let value = BigInt::parse_bytes(&clean, b).ok_or_else(invalid)?;
    if error_if_nonzero && !value.is_zero() {
        return Err(invalid());
    }
    while is_c_space(at(i)) {
        i += 1;
    }
    if i != buf.len() {
        return Err(invalid());
    }
    Ok(if negative { -value } else { value })
}

fn count_digits(b: &[u8], i: usize) -> usize {
    b.get(i..)
        .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
}

fn starts_with_ci(b: &[u8], i: usize, word: &[u8]) -> bool {
    b.get(i..i + word.len())
        .is_some_and(|r| r.eq_ignore_ascii_case(word))
}

/// Parses exactly `b` (no surrounding whitespace) as `PyOS_string_to_double`
/// does: a decimal literal or inf/infinity/nan, each with an optional sign.
fn parse_float_body(b: &[u8]) -> Option<f64> {
    let mut i = 0;
    let negative = b.first() == Some(&b'-');
    if matches!(b.first(), Some(b'+' | b'-')) {
        i = 1;
    }
    let int_digits = count_digits(b, i);
    let mut j = i + int_digits;
    let mut frac_digits = 0;
    if b.get(j) == Some(&b'.') {
        frac_digits = count_digits(b, j + 1);
        if int_digits + frac_digits > 0 {
            j += 1 + frac_digits;
        }
    }
    if int_digits + frac_digits > 0 {
        if matches!(b.get(j), Some(b'e' | b'E')) {
            let mut k = j + 1;
            if matches!(b.get(k), Some(b'+' | b'-')) {
                k += 1;
            }
            let exp_digits = count_digits(b, k);
            if exp_digits > 0 {
                j = k + exp_digits;
            }
        }
        if j != b.len() {
            return None;
        }
        let text = std::str::from_utf8(b).ok()?;
        return text.parse::<f64>().ok();
    }
    let value = if starts_with_ci(b, i, b"inf") {
        i += 3;
        if starts_with_ci(b, i, b"inity") {
            i += 5;
        }
        f64::INFINITY
    } else if starts_with_ci(b, i, b"nan") {
        i += 3;
        f64::NAN
    } else {
        return None;
    };
    if i != b.len() {
        return None;
    }
    Some(if negative { -value } else { value })
}

/// float(s) as CPython: whitespace, sign, inf/infinity/nan in any case,
/// underscores between digits, exponents; Err "could not convert string to
/// float: 'x'".
pub fn parse_float(s: &str) -> Result<f64, String> {
    let err = || format!("could not convert string to float: {}", str_repr(s));
    let mut buf = transform_to_ascii(s);
    if buf.contains(&0) {
        return Err(err());
    }
    if buf.contains(&b'_') {
        let mut out = Vec::with_capacity(buf.len());
        let mut prev = 0u8;
        for &c in &buf {
            if c == b'_' {
                if !prev.is_ascii_digit() {
                    return Err(err());
                }
            } else {
                if prev == b'_' && !c.is_ascii_digit() {
                    return Err(err());
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == b'_' {
            return Err(err());
        }
        buf = out;
    }
    let start = buf.iter().take_while(|&&c| is_c_space(c)).count();
    let body = &buf[start..];
    let trail = body.iter().rev().take_while(|&&c| is_c_space(c)).count();
    let body = &body[..body.len() - trail];
    if body.is_empty() {
        return Err(err());
    }
    let f = parse_float_body(body).ok_or_else(err)?;
    Ok(if f.is_nan() {
        crate::objects::object::fresh_nan().copysign(f)
    } else {
        f
    })
}

// ---------------------------------------------------------------------------
// repr(str)
// ---------------------------------------------------------------------------

/// `str.isprintable()` for one character (Unicode 14.0, as CPython 3.11).
fn is_printable(c: char) -> bool {
    let n = c as u32;
    NONPRINTABLE_TOGGLES.partition_point(|&t| t <= n) % 2 == 0
}

/// The Python repr of a str (quote choice: single quotes unless the string
/// contains ' and not ", escapes \\ \n \r \t, other non-printable chars as
/// \xNN, \uNNNN, \UNNNNNNNN; printable non-ASCII unchanged). "Printable" is
/// exactly CPython 3.11's `str.isprintable` (Unicode 14.0 tables).
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if (c as u32) < 0x7f || is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
        }
    }
    out.push(quote);
    out
}

// ---------------------------------------------------------------------------
// Unicode tables (generated from CPython 3.11's unicodedata, Unicode 14.0.0)
// ---------------------------------------------------------------------------

/// Code points where `str.isprintable()` flips, starting from "printable";
/// a character is printable iff an even number of entries are <= it.
const NONPRINTABLE_TOGGLES: [u32; 1401] = [
    0x0, 0x20, 0x7f, 0xa1, 0xad, 0xae, 0x378, 0x37a, 0x380, 0x384, 0x38b, 0x38c, 0x38d, 0x38e,
    0x3a2, 0x3a3, 0x530, 0x531, 0x557, 0x559, 0x58b, 0x58d, 0x590, 0x591, 0x5c8, 0x5d0, 0x5eb,
    0x5ef, 0x5f5, 0x606, 0x61c, 0x61d, 0x6dd, 0x6de, 0x70e, 0x710, 0x74b, 0x74d, 0x7b2, 0x7c0,
    0x7fb, 0x7fd, 0x82e, 0x830, 0x83f, 0x840, 0x85c, 0x85e, 0x85f, 0x860, 0x86b, 0x870, 0x88f,
    0x898, 0x8e2, 0x8e3, 0x984, 0x985, 0x98d, 0x98f, 0x991, 0x993, 0x9a9, 0x9aa, 0x9b1, 0x9b2,
    0x9b3, 0x9b6, 0x9ba, 0x9bc, 0x9c5, 0x9c7, 0x9c9, 0x9cb, 0x9cf, 0x9d7, 0x9d8, 0x9dc, 0x9de,
    0x9df, 0x9e4, 0x9e6, 0x9ff, 0xa01, 0xa04, 0xa05, 0xa0b, 0xa0f, 0xa11, 0xa13, 0xa29, 0xa2a,
    0xa31, 0xa32, 0xa34, 0xa35, 0xa37, 0xa38, 0xa3a, 0xa3c, 0xa3d, 0xa3e, 0xa43, 0xa47, 0xa49,
    0xa4b, 0xa4e, 0xa51, 0xa52, 0xa59, 0xa5d, 0xa5e, 0xa5f, 0xa66, 0xa77, 0xa81, 0xa84, 0xa85,
    0xa8e, 0xa8f, 0xa92, 0xa93, 0xaa9, 0xaaa, 0xab1, 0xab2, 0xab4, 0xab5, 0xaba, 0xabc, 0xac6,
    0xac7, 0xaca, 0xacb, 0xace, 0xad0, 0xad1, 0xae0, 0xae4, 0xae6, 0xaf2, 0xaf9, 0xb00, 0xb01,
    0xb04, 0xb05, 0xb0d, 0xb0f, 0xb11, 0xb13, 0xb29, 0xb2a, 0xb31, 0xb32, 0xb34, 0xb35, 0xb3a,
    0xb3c, 0xb45, 0xb47, 0xb49, 0xb4b, 0xb4e, 0xb55, 0xb58, 0xb5c, 0xb5e, 0xb5f, 0xb64, 0xb66,
    0xb78, 0xb82, 0xb84, 0xb85, 0xb8b, 0xb8e, 0xb91, 0xb92, 0xb96, 0xb99, 0xb9b, 0xb9c, 0xb9d,
    0xb9e, 0xba0, 0xba3, 0xba5, 0xba8, 0xbab, 0xbae, 0xbba, 0xbbe, 0xbc3, 0xbc6, 0xbc9, 0xbca,
    0xbce, 0xbd0, 0xbd1, 0xbd7, 0xbd8, 0xbe6, 0xbfb, 0xc00, 0xc0d, 0xc0e, 0xc11, 0xc12, 0xc29,
    0xc2a, 0xc3a, 0xc3c, 0xc45, 0xc46, 0xc49, 0xc4a, 0xc4e, 0xc55, 0xc57, 0xc58, 0xc5b, 0xc5d,
    0xc5e, 0xc60, 0xc64, 0xc66, 0xc70, 0xc77, 0xc8d, 0xc8e, 0xc91, 0xc92, 0xca9, 0xcaa, 0xcb4,
    0xcb5, 0xcba, 0xcbc, 0xcc5, 0xcc6, 0xcc9, 0xcca, 0xcce, 0xcd5, 0xcd7, 0xcdd, 0xcdf, 0xce0,
    0xce4, 0xce6, 0xcf0, 0xcf1, 0xcf3, 0xd00, 0xd0d, 0xd0e, 0xd11, 0xd12, 0xd45, 0xd46, 0xd49,
    0xd4a, 0xd50, 0xd54, 0xd64, 0xd66, 0xd80, 0xd81, 0xd84, 0xd85, 0xd97, 0xd9a, 0xdb2, 0xdb3,
    0xdbc, 0xdbd, 0xdbe, 0xdc0, 0xdc7, 0xdca, 0xdcb, 0xdcf, 0xdd5, 0xdd6, 0xdd7, 0xdd8, 0xde0,
    0xde6, 0xdf0, 0xdf2, 0xdf5, 0xe01, 0xe3b, 0xe3f, 0xe5c, 0xe81, 0xe83, 0xe84, 0xe85, 0xe86,
    0xe8b, 0xe8c, 0xea4, 0xea5, 0xea6, 0xea7, 0xebe, 0xec0, 0xec5, 0xec6, 0xec7, 0xec8, 0xece,
    0xed0, 0xeda, 0xedc, 0xee0, 0xf00, 0xf48, 0xf49, 0xf6d, 0xf71, 0xf98, 0xf99, 0xfbd, 0xfbe,
    0xfcd, 0xfce, 0xfdb, 0x1000, 0x10c6, 0x10c7, 0x10c8, 0x10cd, 0x10ce, 0x10d0, 0x1249, 0x124a,
    0x124e, 0x1250, 0x1257, 0x1258, 0x1259, 0x125a, 0x125e, 0x1260, 0x1289, 0x128a, 0x128e, 0x1290,
    0x12b1, 0x12b2, 0x12b6, 0x12b8, 0x12bf, 0x12c0, 0x12c1, 0x12c2, 0x12c6, 0x12c8, 0x12d7, 0x12d8,
    0x1311, 0x1312, 0x1316, 0x1318, 0x135b, 0x135d, 0x137d, 0x1380, 0x139a, 0x13a0, 0x13f6, 0x13f8,
    0x13fe, 0x1400, 0x1680, 0x1681, 0x169d, 0x16a0, 0x16f9, 0x1700, 0x1716, 0x171f, 0x1737, 0x1740,
    0x1754, 0x1760, 0x176d, 0x176e, 0x1771, 0x1772, 0x1774, 0x1780, 0x17de, 0x17e0, 0x17ea, 0x17f0,
    0x17fa, 0x1800, 0x180e, 0x180f, 0x181a, 0x1820, 0x1879, 0x1880, 0x18ab, 0x18b0, 0x18f6, 0x1900,
    0x191f, 0x1920, 0x192c, 0x1930, 0x193c, 0x1940, 0x1941, 0x1944, 0x196e, 0x1970, 0x1975, 0x1980,
    0x19ac, 0x19b0, 0x19ca, 0x19d0, 0x19db, 0x19de, 0x1a1c, 0x1a1e, 0x1a5f, 0x1a60, 0x1a7d, 0x1a7f,
    0x1a8a, 0x1a90, 0x1a9a, 0x1aa0, 0x1aae, 0x1ab0, 0x1acf, 0x1b00, 0x1b4d, 0x1b50, 0x1b7f, 0x1b80,
    0x1bf4, 0x1bfc, 0x1c38, 0x1c3b, 0x1c4a, 0x1c4d, 0x1c89, 0x1c90, 0x1cbb, 0x1cbd, 0x1cc8, 0x1cd0,
    0x1cfb, 0x1d00, 0x1f16, 0x1f18, 0x1f1e, 0x1f20, 0x1f46, 0x1f48, 0x1f4e, 0x1f50, 0x1f58, 0x1f59,
    0x1f5a, 0x1f5b, 0x1f5c, 0x1f5d, 0x1f5e, 0x1f5f, 0x1f7e, 0x1f80, 0x1fb5, 0x1fb6, 0x1fc5, 0x1fc6,
    0x1fd4, 0x1fd6, 0x1fdc, 0x1fdd, 0x1ff0, 0x1ff2, 0x1ff5, 0x1ff6, 0x1fff, 0x2010, 0x2028, 0x2030,
    0x205f, 0x2070, 0x2072, 0x2074, 0x208f, 0x2090, 0x209d, 0x20a0, 0x20c1, 0x20d0, 0x20f1, 0x2100,
    0x218c, 0x2190, 0x2427, 0x2440, 0x244b, 0x2460, 0x2b74, 0x2b76, 0x2b96, 0x2b97, 0x2cf4, 0x2cf9,
    0x2d26, 0x2d27, 0x2d28, 0x2d2d, 0x2d2e, 0x2d30, 0x2d68, 0x2d6f, 0x2d71, 0x2d7f, 0x2d97, 0x2da0,
    0x2da7, 0x2da8, 0x2daf, 0x2db0, 0x2db7, 0x2db8, 0x2dbf, 0x2dc0, 0x2dc7, 0x2dc8, 0x2dcf, 0x2dd0,
    0x2dd7, 0x2dd8, 0x2ddf, 0x2de0, 0x2e5e, 0x2e80, 0x2e9a, 0x2e9b, 0x2ef4, 0x2f00, 0x2fd6, 0x2ff0,
    0x2ffc, 0x3001, 0x3040, 0x3041, 0x3097, 0x3099, 0x3100, 0x3105, 0x3130, 0x3131, 0x318f, 0x3190,
    0x31e4, 0x31f0, 0x321f, 0x3220, 0xa48d, 0xa490, 0xa4c7, 0xa4d0, 0xa62c, 0xa640, 0xa6f8, 0xa700,
    0xa7cb, 0xa7d0, 0xa7d2, 0xa7d3, 0xa7d4, 0xa7d5, 0xa7da, 0xa7f2, 0xa82d, 0xa830, 0xa83a, 0xa840,
    0xa878, 0xa880, 0xa8c6, 0xa8ce, 0xa8da, 0xa8e0, 0xa954, 0xa95f, 0xa97d, 0xa980, 0xa9ce, 0xa9cf,
    0xa9da, 0xa9de, 0xa9ff, 0xaa00, 0xaa37, 0xaa40, 0xaa4e, 0xaa50, 0xaa5a, 0xaa5c, 0xaac3, 0xaadb,
    0xaaf7, 0xab01, 0xab07, 0xab09, 0xab0f, 0xab11, 0xab17, 0xab20, 0xab27, 0xab28, 0xab2f, 0xab30,
    0xab6c, 0xab70, 0xabee, 0xabf0, 0xabfa, 0xac00, 0xd7a4, 0xd7b0, 0xd7c7, 0xd7cb, 0xd7fc, 0xf900,
    0xfa6e, 0xfa70, 0xfada, 0xfb00, 0xfb07, 0xfb13, 0xfb18, 0xfb1d, 0xfb37, 0xfb38, 0xfb3d, 0xfb3e,
    0xfb3f, 0xfb40, 0xfb42, 0xfb43, 0xfb45, 0xfb46, 0xfbc3, 0xfbd3, 0xfd90, 0xfd92, 0xfdc8, 0xfdcf,
    0xfdd0, 0xfdf0, 0xfe1a, 0xfe20, 0xfe53, 0xfe54, 0xfe67, 0xfe68, 0xfe6c, 0xfe70, 0xfe75, 0xfe76,
    0xfefd, 0xff01, 0xffbf, 0xffc2, 0xffc8, 0xffca, 0xffd0, 0xffd2, 0xffd8, 0xffda, 0xffdd, 0xffe0,
    0xffe7, 0xffe8, 0xffef, 0xfffc, 0xfffe, 0x10000, 0x1000c, 0x1000d, 0x10027, 0x10028, 0x1003b,
    0x1003c, 0x1003e, 0x1003f, 0x1004e, 0x10050, 0x1005e, 0x10080, 0x100fb, 0x10100, 0x10103,
    0x10107, 0x10134, 0x10137, 0x1018f, 0x10190, 0x1019d, 0x101a0, 0x101a1, 0x101d0, 0x101fe,
    0x10280, 0x1029d, 0x102a0, 0x102d1, 0x102e0, 0x102fc, 0x10300, 0x10324, 0x1032d, 0x1034b,
    0x10350, 0x1037b, 0x10380, 0x1039e, 0x1039f, 0x103c4, 0x103c8, 0x103d6, 0x10400, 0x1049e,
    0x104a0, 0x104aa, 0x104b0, 0x104d4, 0x104d8, 0x104fc, 0x10500, 0x10528, 0x10530, 0x10564,
    0x1056f, 0x1057b, 0x1057c, 0x1058b, 0x1058c, 0x10593, 0x10594, 0x10596, 0x10597, 0x105a2,
    0x105a3, 0x105b2, 0x105b3, 0x105ba, 0x105bb, 0x105bd, 0x10600, 0x10737, 0x10740, 0x10756,
    0x10760, 0x10768, 0x10780, 0x10786, 0x10787, 0x107b1, 0x107b2, 0x107bb, 0x10800, 0x10806,
    0x10808, 0x10809, 0x1080a, 0x10836, 0x10837, 0x10839, 0x1083c, 0x1083d, 0x1083f, 0x10856,
    0x10857, 0x1089f, 0x108a7, 0x108b0, 0x108e0, 0x108f3, 0x108f4, 0x108f6, 0x108fb, 0x1091c,
    0x1091f, 0x1093a, 0x1093f, 0x10940, 0x10980, 0x109b8, 0x109bc, 0x109d0, 0x109d2, 0x10a04,
    0x10a05, 0x10a07, 0x10a0c, 0x10a14, 0x10a15, 0x10a18, 0x10a19, 0x10a36, 0x10a38, 0x10a3b,
    0x10a3f, 0x10a49, 0x10a50, 0x10a59, 0x10a60, 0x10aa0, 0x10ac0, 0x10ae7, 0x10aeb, 0x10af7,
    0x10b00, 0x10b36, 0x10b39, 0x10b56, 0x10b58, 0x10b73, 0x10b78, 0x10b92, 0x10b99, 0x10b9d,
    0x10ba9, 0x10bb0, 0x10c00, 0x10c49, 0x10c80, 0x10cb3, 0x10cc0, 0x10cf3, 0x10cfa, 0x10d28,
    0x10d30, 0x10d3a, 0x10e60, 0x10e7f, 0x10e80, 0x10eaa, 0x10eab, 0x10eae, 0x10eb0, 0x10eb2,
    0x10f00, 0x10f28, 0x10f30, 0x10f5a, 0x10f70, 0x10f8a, 0x10fb0, 0x10fcc, 0x10fe0, 0x10ff7,
    0x11000, 0x1104e, 0x11052, 0x11076, 0x1107f, 0x110bd, 0x110be, 0x110c3, 0x110d0, 0x110e9,
    0x110f0, 0x110fa, 0x11100, 0x11135, 0x11136, 0x11148, 0x11150, 0x11177, 0x11180, 0x111e0,
    0x111e1, 0x111f5, 0x11200, 0x11212, 0x11213, 0x1123f, 0x11280, 0x11287, 0x11288, 0x11289,
    0x1128a, 0x1128e, 0x1128f, 0x1129e, 0x1129f, 0x112aa, 0x112b0, 0x112eb, 0x112f0, 0x112fa,
    0x11300, 0x11304, 0x11305, 0x1130d, 0x1130f, 0x11311, 0x11313, 0x11329, 0x1132a, 0x11331,
    0x11332, 0x11334, 0x11335, 0x1133a, 0x1133b, 0x11345, 0x11347, 0x11349, 0x1134b, 0x1134e,
    0x11350, 0x11351, 0x11357, 0x11358, 0x1135d, 0x11364, 0x11366, 0x1136d, 0x11370, 0x11375,
    0x11400, 0x1145c, 0x1145d, 0x11462, 0x11480, 0x114c8, 0x114d0, 0x114da, 0x11580, 0x115b6,
    0x115b8, 0x115de, 0x11600, 0x11645, 0x11650, 0x1165a, 0x11660, 0x1166d, 0x11680, 0x116ba,
    0x116c0, 0x116ca, 0x11700, 0x1171b, 0x1171d, 0x1172c, 0x11730, 0x11747, 0x11800, 0x1183c,
    0x118a0, 0x118f3, 0x118ff, 0x11907, 0x11909, 0x1190a, 0x1190c, 0x11914, 0x11915, 0x11917,
    0x11918, 0x11936, 0x11937, 0x11939, 0x1193b, 0x11947, 0x11950, 0x1195a, 0x119a0, 0x119a8,
    0x119aa, 0x119d8, 0x119da, 0x119e5, 0x11a00, 0x11a48, 0x11a50, 0x11aa3, 0x11ab0, 0x11af9,
    0x11c00, 0x11c09, 0x11c0a, 0x11c37, 0x11c38, 0x11c46, 0x11c50, 0x11c6d, 0x11c70, 0x11c90,
    0x11c92, 0x11ca8, 0x11ca9, 0x11cb7, 0x11d00, 0x11d07, 0x11d08, 0x11d0a, 0x11d0b, 0x11d37,
    0x11d3a, 0x11d3b, 0x11d3c, 0x11d3e, 0x11d3f, 0x11d48, 0x11d50, 0x11d5a, 0x11d60, 0x11d66,
    0x11d67, 0x11d69, 0x11d6a, 0x11d8f, 0x11d90, 0x11d92, 0x11d93, 0x11d99, 0x11da0, 0x11daa,
    0x11ee0, 0x11ef9, 0x11fb0, 0x11fb1, 0x11fc0, 0x11ff2, 0x11fff, 0x1239a, 0x12400, 0x1246f,
    0x12470, 0x12475, 0x12480, 0x12544, 0x12f90, 0x12ff3, 0x13000, 0x1342f, 0x14400, 0x14647,
    0x16800, 0x16a39, 0x16a40, 0x16a5f, 0x16a60, 0x16a6a, 0x16a6e, 0x16abf, 0x16ac0, 0x16aca,
    0x16ad0, 0x16aee, 0x16af0, 0x16af6, 0x16b00, 0x16b46, 0x16b50, 0x16b5a, 0x16b5b, 0x16b62,
    0x16b63, 0x16b78, 0x16b7d, 0x16b90, 0x16e40, 0x16e9b, 0x16f00, 0x16f4b, 0x16f4f, 0x16f88,
    0x16f8f, 0x16fa0, 0x16fe0, 0x16fe5, 0x16ff0, 0x16ff2, 0x17000, 0x187f8, 0x18800, 0x18cd6,
    0x18d00, 0x18d09, 0x1aff0, 0x1aff4, 0x1aff5, 0x1affc, 0x1affd, 0x1afff, 0x1b000, 0x1b123,
    0x1b150, 0x1b153, 0x1b164, 0x1b168, 0x1b170, 0x1b2fc, 0x1bc00, 0x1bc6b, 0x1bc70, 0x1bc7d,
    0x1bc80, 0x1bc89, 0x1bc90, 0x1bc9a, 0x1bc9c, 0x1bca0, 0x1cf00, 0x1cf2e, 0x1cf30, 0x1cf47,
    0x1cf50, 0x1cfc4, 0x1d000, 0x1d0f6, 0x1d100, 0x1d127, 0x1d129, 0x1d173, 0x1d17b, 0x1d1eb,
    0x1d200, 0x1d246, 0x1d2e0, 0x1d2f4, 0x1d300, 0x1d357, 0x1d360, 0x1d379, 0x1d400, 0x1d455,
    0x1d456, 0x1d49d, 0x1d49e, 0x1d4a0, 0x1d4a2, 0x1d4a3, 0x1d4a5, 0x1d4a7, 0x1d4a9, 0x1d4ad,
    0x1d4ae, 0x1d4ba, 0x1d4bb, 0x1d4bc, 0x1d4bd, 0x1d4c4, 0x1d4c5, 0x1d506, 0x1d507, 0x1d50b,
    0x1d50d, 0x1d515, 0x1d516, 0x1d51d, 0x1d51e, 0x1d53a, 0x1d53b, 0x1d53f, 0x1d540, 0x1d545,
    0x1d546, 0x1d547, 0x1d54a, 0x1d551, 0x1d552, 0x1d6a6, 0x1d6a8, 0x1d7cc, 0x1d7ce, 0x1da8c,
    0x1da9b, 0x1daa0, 0x1daa1, 0x1dab0, 0x1df00, 0x1df1f, 0x1e000, 0x1e007, 0x1e008, 0x1e019,
    0x1e01b, 0x1e022, 0x1e023, 0x1e025, 0x1e026, 0x1e02b, 0x1e100, 0x1e12d, 0x1e130, 0x1e13e,
    0x1e140, 0x1e14a, 0x1e14e, 0x1e150, 0x1e290, 0x1e2af, 0x1e2c0, 0x1e2fa, 0x1e2ff, 0x1e300,
    0x1e7e0, 0x1e7e7, 0x1e7e8, 0x1e7ec, 0x1e7ed, 0x1e7ef, 0x1e7f0, 0x1e7ff, 0x1e800, 0x1e8c5,
    0x1e8c7, 0x1e8d7, 0x1e900, 0x1e94c, 0x1e950, 0x1e95a, 0x1e95e, 0x1e960, 0x1ec71, 0x1ecb5,
    0x1ed01, 0x1ed3e, 0x1ee00, 0x1ee04, 0x1ee05, 0x1ee20, 0x1ee21, 0x1ee23, 0x1ee24, 0x1ee25,
    0x1ee27, 0x1ee28, 0x1ee29, 0x1ee33, 0x1ee34, 0x1ee38, 0x1ee39, 0x1ee3a, 0x1ee3b, 0x1ee3c,
    0x1ee42, 0x1ee43, 0x1ee47, 0x1ee48, 0x1ee49, 0x1ee4a, 0x1ee4b, 0x1ee4c, 0x1ee4d, 0x1ee50,
    0x1ee51, 0x1ee53, 0x1ee54, 0x1ee55, 0x1ee57, 0x1ee58, 0x1ee59, 0x1ee5a, 0x1ee5b, 0x1ee5c,
    0x1ee5d, 0x1ee5e, 0x1ee5f, 0x1ee60, 0x1ee61, 0x1ee63, 0x1ee64, 0x1ee65, 0x1ee67, 0x1ee6b,
    0x1ee6c, 0x1ee73, 0x1ee74, 0x1ee78, 0x1ee79, 0x1ee7d, 0x1ee7e, 0x1ee7f, 0x1ee80, 0x1ee8a,
    0x1ee8b, 0x1ee9c, 0x1eea1, 0x1eea4, 0x1eea5, 0x1eeaa, 0x1eeab, 0x1eebc, 0x1eef0, 0x1eef2,
    0x1f000, 0x1f02c, 0x1f030, 0x1f094, 0x1f0a0, 0x1f0af, 0x1f0b1, 0x1f0c0, 0x1f0c1, 0x1f0d0,
    0x1f0d1, 0x1f0f6, 0x1f100, 0x1f1ae, 0x1f1e6, 0x1f203, 0x1f210, 0x1f23c, 0x1f240, 0x1f249,
    0x1f250, 0x1f252, 0x1f260, 0x1f266, 0x1f300, 0x1f6d8, 0x1f6dd, 0x1f6ed, 0x1f6f0, 0x1f6fd,
    0x1f700, 0x1f774, 0x1f780, 0x1f7d9, 0x1f7e0, 0x1f7ec, 0x1f7f0, 0x1f7f1, 0x1f800, 0x1f80c,
    0x1f810, 0x1f848, 0x1f850, 0x1f85a, 0x1f860, 0x1f888, 0x1f890, 0x1f8ae, 0x1f8b0, 0x1f8b2,
    0x1f900, 0x1fa54, 0x1fa60, 0x1fa6e, 0x1fa70, 0x1fa75, 0x1fa78, 0x1fa7d, 0x1fa80, 0x1fa87,
    0x1fa90, 0x1faad, 0x1fab0, 0x1fabb, 0x1fac0, 0x1fac6, 0x1fad0, 0x1fada, 0x1fae0, 0x1fae8,
    0x1faf0, 0x1faf7, 0x1fb00, 0x1fb93, 0x1fb94, 0x1fbcb, 0x1fbf0, 0x1fbfa, 0x20000, 0x2a6e0,
    0x2a700, 0x2b739, 0x2b740, 0x2b81e, 0x2b820, 0x2cea2, 0x2ceb0, 0x2ebe1, 0x2f800, 0x2fa1e,
    0x30000, 0x3134b, 0xe0100, 0xe01f0,
];

/// The zero of every run of ten Unicode decimal digits (category Nd).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

#[cfg(test)]
mod tests {
    //! Expected values were generated with CPython 3.11.7 (`repr`, `format`,
    //! `round`, `int`, `float`, `bin`/`oct`/`hex`).
    use super::*;

    fn big(s: &str) -> BigInt {
        s.parse().expect("test literal")
    }

    fn same(got: &Result<String, String>, want: Result<&str, &str>) -> bool {
        match (got, want) {
            (Ok(a), Ok(b)) => a == b,
            (Err(a), Err(b)) => a == b,
            _ => false,
        }
    }

    fn same_float(a: f64, b: f64) -> bool {
        a.to_bits() == b.to_bits() || (a.is_nan() && b.is_nan())
    }

    fn check<T: std::fmt::Debug>(failures: &mut Vec<String>, what: String, got: T, ok: bool) {
        if !ok {
            failures.push(format!("{}: got {:?}", what, got));
        }
    }

    fn finish(failures: Vec<String>) {
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn float_repr_matches_cpython() {
        let mut f = Vec::new();
        for &(x, want) in FLOAT_REPR {
            let got = float_repr(x);
            let ok = got == want;
            check(&mut f, format!("repr({:?}) want {:?}", x, want), got, ok);
            // str(float) == format(float, '')
            let got = format_float(x, "");
            let ok = same(&got, Ok(want));
            check(&mut f, format!("format({:?}, '')", x), got, ok);
        }
        finish(f);
    }

    #[test]
    fn format_float_matches_cpython() {
        let mut f = Vec::new();
        for &(x, spec, want) in FLOAT_FMT {
            let got = format_float(x, spec);
            let ok = same(&got, want);
            check(
                &mut f,
                format!("format({:?}, {:?}) want {:?}", x, spec, want),
                got,
                ok,
            );
        }
        finish(f);
    }

    #[test]
    fn format_int_matches_cpython() {
        let mut f = Vec::new();
        for &(v, spec, want) in INT_FMT {
            let b = big(v);
            let got = format_int(&b, spec);
            let ok = same(&got, want);
            check(
                &mut f,
                format!("format({}, {:?}) want {:?}", v, spec, want),
                got,
                ok,
            );
            if let Ok(small) = v.parse::<i64>() {
                let got = format_i64(small, spec);
                let ok = same(&got, want);
                check(
                    &mut f,
                    format!("format_i64({}, {:?}) want {:?}", v, spec, want),
                    got,
                    ok,
                );
            }
        }
        finish(f);
    }

    #[test]
    fn format_str_matches_cpython() {
        let mut f = Vec::new();
        for &(s, spec, want) in STR_FMT {
            let got = format_str(s, spec);
            let ok = same(&got, want);
            check(
                &mut f,
                format!("format({:?}, {:?}) want {:?}", s, spec, want),
                got,
                ok,
            );
        }
        finish(f);
    }

    #[test]
    fn round_matches_cpython() {
        let mut f = Vec::new();
        for &(x, nd, want) in ROUND {
            let got = round_float_checked(x, nd);
            let ok = match (&got, want) {
                (Ok(a), Ok(b)) => same_float(*a, b),
                (Err(a), Err(b)) => a == b,
                _ => false,
            };
            check(
                &mut f,
                format!("round({:?}, {}) want {:?}", x, nd, want),
                got,
                ok,
            );
            let got = round_float(x, nd);
            let ok = match want {
                Ok(b) => same_float(got, b),
                Err(_) => got.is_infinite(),
            };
            check(&mut f, format!("round_float({:?}, {})", x, nd), got, ok);
        }
        finish(f);
    }

    #[test]
    fn parse_int_matches_cpython() {
        let mut f = Vec::new();
        for &(s, base, want) in PARSE_INT {
            let got = parse_int(s, base);
            let ok = match (&got, want) {
                (Ok(a), Ok(b)) => *a == big(b),
                (Err(a), Err(b)) => a == b,
                _ => false,
            };
            check(
                &mut f,
                format!("int({:?}, {}) want {:?}", s, base, want),
                got,
                ok,
            );
        }
        finish(f);
    }

    #[test]
    fn parse_float_matches_cpython() {
        let mut f = Vec::new();
        for &(s, want) in PARSE_FLOAT {
            let got = parse_float(s);
            let ok = match (&got, want) {
                (Ok(a), Ok(b)) => same_float(*a, b),
                (Err(a), Err(b)) => a == b,
                _ => false,
            };
            check(&mut f, format!("float({:?}) want {:?}", s, want), got, ok);
        }
        finish(f);
    }

    #[test]
    fn str_repr_matches_cpython() {
        let mut f = Vec::new();
        for &(s, want) in STR_REPR {
            let got = str_repr(s);
            let ok = got == want;
            check(&mut f, format!("repr({:?}) want {:?}", s, want), got, ok);
        }
        finish(f);
    }

    #[test]
    fn int_to_base_matches_cpython() {
        let mut f = Vec::new();
        for &(v, base, want) in INT_BASE {
            let got = int_to_base(&big(v), base);
            let ok = got == want;
            check(
                &mut f,
                format!("base{}({}) want {:?}", base, v, want),
                got,
                ok,
            );
        }
        finish(f);
    }

    #[test]
    fn int_digit_limit() {
        let limit_to_str = "Exceeds the limit (4300 digits) for integer string conversion; \
                            use sys.set_int_max_str_digits() to increase the limit";
        let n = num_traits::pow(BigInt::from(10), 4299);
        assert_eq!(format_int(&n, "").map(|s| s.len()), Ok(4300));
        assert_eq!(format_int(&-&n, ",").map(|s| s.len()), Ok(5734));
        let n = n * 10;
        assert_eq!(format_int(&n, ""), Err(limit_to_str.to_string()));
        assert_eq!(format_int(&n, "d"), Err(limit_to_str.to_string()));
        assert_eq!(format_int(&n, "x").map(|s| s.len()), Ok(3572));
        assert_eq!(
            format_int(&n, ".3e"),
            Err("int too large to convert to float".to_string())
        );
        let digits = "1".repeat(4301);
        assert_eq!(
            parse_int(&digits, 10),
            Err(
                "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 \
                 digits; use sys.set_int_max_str_digits() to increase the limit"
                    .to_string()
            )
        );
        assert_eq!(
            parse_int(&"1".repeat(5000), 16).map(|v| v.bits()),
            Ok(19997)
        );
    }

    #[test]
    fn format_spec_parse() {
        let fs = FormatSpec::parse("*^+z#012,.3f").expect("valid spec");
        assert_eq!(
            fs,
            FormatSpec {
                fill: '*',
                align: Some('^'),
                sign: Some('+'),
                alternate: true,
                zero_pad: false,
                width: Some(12),
                grouping: Some(','),
                precision: Some(3),
                ty: Some('f'),
                no_neg_0: true,
            }
        );
        let fs = FormatSpec::parse("010_").expect("valid spec");
        assert!(fs.zero_pad && fs.width == Some(10) && fs.grouping == Some('_') && fs.ty.is_none());
        assert_eq!(
            FormatSpec::parse(".").unwrap_err(),
            "Format specifier missing precision"
        );
        assert_eq!(
            FormatSpec::parse("abc").unwrap_err(),
            "Invalid format specifier 'abc' for object of type 'object'"
        );
        assert_eq!(
            FormatSpec::parse(",_").unwrap_err(),
            "Cannot specify both ',' and '_'."
        );
        assert_eq!(
            FormatSpec::parse(",s").unwrap_err(),
            "Cannot specify ',' with 's'."
        );
    }

    #[test]
    fn error_classes() {
        assert!(is_overflow_error(&format_i64(-1, "c").unwrap_err()));
        assert!(is_overflow_error(
            &round_float_checked(1.7976931348623157e308, -308).unwrap_err()
        ));
        assert!(!is_overflow_error(&format_i64(1, "s").unwrap_err()));
        assert!(format_str("a", "99999999999")
            .unwrap_err()
            .starts_with("MemoryError"));
        assert_eq!(
            format_float(1.5, ".2147483648f").unwrap_err(),
            "precision too big"
        );
    }

    const FLOAT_REPR: &[(f64, &str)] = &[
        (0.0, "0.0"),
        (-0.0, "-0.0"),
        (1.0, "1.0"),
        (0.1, "0.1"),
        (1e+16, "1e+16"),
        (1000000000000000.0, "1000000000000000.0"),
        (0.0001, "0.0001"),
        (1e-05, "1e-05"),
        (5e-324, "5e-324"),
        (1.7976931348623157e+308, "1.7976931348623157e+308"),
        (0.6666666666666666, "0.6666666666666666"),
        (123456789.12345679, "123456789.12345679"),
        (2.000000000000001e+16, "2.000000000000001e+16"),
        (1e+22, "1e+22"),
        (1e+23, "1e+23"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (9999999999999998.0, "9999999999999998.0"),
        (0.00012345, "0.00012345"),
        (-9.249654565407613e+211, "-9.249654565407613e+211"),
        (-6.9565e+19, "-6.9565e+19"),
        (24.597, "24.597"),
        (1e+92, "1e+92"),
        (387635.375, "387635.375"),
        (72.783, "72.783"),
        (2.0747577844404965e+180, "2.0747577844404965e+180"),
        (-568952.0, "-568952.0"),
        (-810992.0572618, "-810992.0572618"),
        (1e-187, "1e-187"),
        (-4.034261613401773e-166, "-4.034261613401773e-166"),
        (5.934729841099874e-67, "5.934729841099874e-67"),
        (-879222.0, "-879222.0"),
        (2.427874277828708e-258, "2.427874277828708e-258"),
        (-1.2933e+24, "-1.2933e+24"),
        (-7.023303995665921e-258, "-7.023303995665921e-258"),
        (626750.3563, "626750.3563"),
        (-7.3266, "-7.3266"),
        (-3.7546548855281435e-22, "-3.7546548855281435e-22"),
        (-2.0863, "-2.0863"),
        (1e-317, "1e-317"),
        (-6777.4, "-6777.4"),
        (1.4823531834060587e-97, "1.4823531834060587e-97"),
        (1e-258, "1e-258"),
        (-4.608947643240535e-106, "-4.608947643240535e-106"),
        (-1.4880556033940865e-145, "-1.4880556033940865e-145"),
        (1000000000.0, "1000000000.0"),
        (1e-05, "1e-05"),
        (9.20283018739441e+128, "9.20283018739441e+128"),
        (1e-211, "1e-211"),
    ];
    const FLOAT_FMT: &[(f64, &str, Result<&str, &str>)] = &[
        (1.0, ".3", Ok("1.0")),
        (1e+20, ".3", Ok("1e+20")),
        (12345.0, ".3", Ok("1.23e+04")),
        (2.675, ".2f", Ok("2.67")),
        (0.125, ".2f", Ok("0.12")),
        (1.5, "+.0f", Ok("+2")),
        (2.5, "+.0f", Ok("+2")),
        (1.0, "#.0f", Ok("1.")),
        (12345.678, ".0e", Ok("1e+04")),
        (1e-05, "g", Ok("1e-05")),
        (123456789.0, "g", Ok("1.23457e+08")),
        (0.0001, "g", Ok("0.0001")),
        (0.1234, "10.3%", Ok("   12.340%")),
        (-0.0, "z.1f", Ok("0.0")),
        (-0.04, "z.1f", Ok("0.0")),
        (1234567.891, ",.2f", Ok("1,234,567.89")),
        (-1234.5, "=+15,.2f", Ok("-      1,234.50")),
        (-1234.5, "015,.2f", Ok("-000,001,234.50")),
        (f64::INFINITY, "F", Ok("INF")),
        (f64::NEG_INFINITY, "010", Ok("-000000inf")),
        (f64::NAN, "E", Ok("NAN")),
        (1e+16, "", Ok("1e+16")),
        (1e-05, "", Ok("1e-05")),
        (5e-324, "", Ok("5e-324")),
        (1.7976931348623157e+308, "", Ok("1.7976931348623157e+308")),
        (0.1, ".17g", Ok("0.10000000000000001")),
        (0.6666666666666666, "", Ok("0.6666666666666666")),
        (123456789.12345679, "", Ok("123456789.12345679")),
        (1.5, "\u{e9}^10", Ok("\u{e9}\u{e9}\u{e9}1.5\u{e9}\u{e9}\u{e9}\u{e9}")),
        (1.5, "\u{65e5}<8.2e", Ok("1.50e+00")),
        (1e+20, "#", Ok("1.e+20")),
        (-0.0, "", Ok("-0.0")),
        (123.0, ".3", Ok("1.23e+02")),
        (1.0, "n", Ok("1")),
        (1234.5, "n", Ok("1234.5")),
        (0.5, ".0f", Ok("0")),
        (1.5, ".0f", Ok("2")),
        (1.0, "s", Err("Unknown format code 's' for object of type 'float'")),
        (1.0, "d", Err("Unknown format code 'd' for object of type 'float'")),
        (1.0, ",_", Err("Cannot specify both ',' and '_'.")),
        (1.0, ".", Err("Format specifier missing precision")),
        (-307040000000.0, "<10", Ok("-307040000000.0")),
        (f64::NEG_INFINITY, ".3E", Ok("-INF")),
        (-0.1, ".40e", Ok("-1.0000000000000000555111512312578270211816e-01")),
        (1e+300, ".6e", Ok("1.000000e+300")),
        (-487646.25, "+8.5d", Err("Unknown format code 'd' for object of type 'float'")),
        (5.491624169433838e+93, ".0g", Ok("5e+93")),
        (1.005, "_.3f", Ok("1.005")),
        (2.3895408610223862e+42, "#.0e", Ok("2.e+42")),
        (7.03427205817114e+192, ".17e", Ok("7.03427205817113981e+192")),
        (-721259.0, "=+15.3f", Ok("-    721259.000")),
        (-535383.7740451, ".0n", Ok("-5e+05")),
        (-2.5129, ".100f", Ok("-2.5129000000000001335820343228988349437713623046875000000000000000000000000000000000000000000000000000")),
        (12.0, "#.0e", Ok("1.e+01")),
        (-3.389e+16, ".50g", Ok("-33890000000000000")),
        (1.6728242262628875e-168, ".3", Ok("1.67e-168")),
        (-2.011390540120253e-18, ".17F", Ok("-0.00000000000000000")),
        (-2.5129, "0n", Ok("-2.5129")),
        (2.3895408610223862e+42, ".3n", Ok("2.39e+42")),
        (7.03427205817114e+192, "1.1.1", Err("Invalid format specifier '1.1.1' for object of type 'float'")),
        (863569.3817, ".20%", Ok("86356938.17000000178813934326%")),
        (9.20283018739441e+128, "d", Err("Unknown format code 'd' for object of type 'float'")),
        (-2.5e-10, ".6%", Ok("-0.000000%")),
        (-2.0239830843879653e-306, ",.30f", Ok("-0.000000000000000000000000000000")),
        (123456.0, ".3f", Ok("123456.000")),
        (7.443843819587608e+72, ".0n", Ok("7e+72")),
        (463905.2211101, "s", Err("Unknown format code 's' for object of type 'float'")),
        (1541100000000.0, ",.30f", Ok("1,541,100,000,000.000000000000000000000000000000")),
        (-85050.85983, "<10", Ok("-85050.85983")),
        (4.35, "z.0f", Ok("4")),
        (3.492375948618871e+66, "#.0e", Ok("3.e+66")),
        (-3.649243178667077e+22, ".1G", Ok("-4E+22")),
        (932124.36766667, "<-.0", Ok("9e+05")),
        (1.0000001, "c", Err("Unknown format code 'c' for object of type 'float'")),
        (0.6666666666666666, "#", Ok("0.6666666666666666")),
        (-4.1532657251963416e+83, ".3%", Ok("-41532657251963414111867065162948109890272808137046069022167068088397648339483618181120.000%")),
        (-5e-324, "+010e", Ok("-4.940656e-324")),
        (7e-05, ".3f", Ok("0.000")),
        (5.044497678207112e-161, "_.3f", Ok("0.000")),
        (1.0000001, "=^#.2d", Err("Unknown format code 'd' for object of type 'float'")),
        (-1.39231903359098e-200, "1", Ok("-1.39231903359098e-200")),
        (-761531.25962, ",n", Err("Cannot specify ',' with 'n'.")),
        (-59618361.66077559, "z.0f", Ok("-59618362")),
        (444830.0, "020,.3%", Ok("000,044,483,000.000%")),
        (0.015, "\u{1f600}^z25.20", Ok("\u{1f600}0.014999999999999999445\u{1f600}")),
        (9.9999995, ".3f", Ok("10.000")),
        (-59618361.66077559, ".0", Ok("-6e+07")),
        (-735422.290878, "-010.3", Ok("-07.35e+05")),
        (-320640000000000.0, "^10", Ok("-320640000000000.0")),
        (-2.7928e+20, ".6%", Ok("-27928000000000002097152.000000%")),
        (-535383.7740451, "015,.2f", Ok("-000,535,383.77")),
        (945400000000.0, ".0e", Ok("9e+11")),
        (-1.94601904202832e-113, "10.3%", Ok("   -0.000%")),
        (1.632983473682896e-195, "*^015.0x", Err("Unknown format code 'x' for object of type 'float'")),
        (1e+23, ".3e", Ok("1.000e+23")),
        (123.0, ".6%", Ok("12300.000000%")),
        (573060000.0, "<z8.17d", Err("Unknown format code 'd' for object of type 'float'")),
        (11.897, ",", Ok("11.897")),
        (10000000.0, "25", Ok("               10000000.0")),
        (7.691189858038818e-22, "10n", Ok("7.69119e-22")),
        (-300545.34168, "015,.2f", Ok("-000,300,545.34")),
        (463905.2211101, "010,.4e", Ok("4.6391e+05")),
        (7.613029081697537e-31, ",", Ok("7.613029081697537e-31")),
        (0.025, ".0n", Ok("0.03")),
        (8.875, ".20n", Ok("8.875")),
        (f64::NAN, ".", Err("Format specifier missing precision")),
        (387635.375, ">-8.6", Ok("3.87635e+05")),
        (1e-300, ".10G", Ok("1E-300")),
        (1e-07, ".1E", Ok("1.0E-07")),
        (12.0, "0e", Ok("1.200000e+01")),
        (-2.6882913529178125e-79, "#.3g", Ok("-2.69e-79")),
        (1e-300, ".17", Ok("1e-300")),
        (4.4099001331323714e-154, " .2f", Ok(" 0.00")),
        (3.5854, "0<10", Ok("3.58540000")),
        (1e-05, ".1E", Ok("1.0E-05")),
        (3444800000000000.0, "012,", Ok("3,444,800,000,000,000.0")),
        (577657.74446, "-010.3", Ok("005.78e+05")),
        (-39189.1442, ".0F", Ok("-39189")),
        (-535383.7740451, "E", Ok("-5.353838E+05")),
        (-1.019701324998505e-21, "d", Err("Unknown format code 'd' for object of type 'float'")),
        (0.000123456, ".10n", Ok("0.000123456")),
        (-1.0, ".3", Ok("-1.0")),
        (0.015, ".50g", Ok("0.01499999999999999944488848768742172978818416595459")),
        (577657.74446, ".1F", Ok("577657.7")),
        (-1.7976931348623157e+308, "020,.3%", Ok("-000000000000000inf%")),
        (-39189.1442, "*^20.4e", Ok("****-3.9189e+04*****")),
        (0.00064965, "#.3g", Ok("0.000650")),
        (463905.2211101, "1.1.1", Err("Invalid format specifier '1.1.1' for object of type 'float'")),
        (1e-05, ".0f", Ok("0")),
        (-307040000000.0, ".17", Ok("-307040000000.0")),
        (444830.0, "1.1.1", Err("Invalid format specifier '1.1.1' for object of type 'float'")),
        (-1.8280892811711804e-91, "+10x", Err("Unknown format code 'x' for object of type 'float'")),
        (-410924.10391833, "_", Ok("-410_924.10391833")),
        (0.000123456, "\u{e9}^11.2f", Ok("\u{e9}\u{e9}\u{e9}0.00\u{e9}\u{e9}\u{e9}\u{e9}")),
        (45.9, ".3g", Ok("45.9")),
        (-292944.89809643, ".0", Ok("-3e+05")),
        (-410924.10391833, "F", Ok("-410924.103918")),
        (0.000123456, " .4n", Ok(" 0.0001235")),
        (2.427874277828708e-258, "z.0f", Ok("0")),
        (8.104644700856244e-233, ".2n", Ok("8.1e-233")),
        (945400000000.0, "#.0e", Ok("9.e+11")),
        (0.375, ".", Err("Format specifier missing precision")),
        (-3.4741e+18, ".2E", Ok("-3.47E+18")),
        (0.9999, ".10E", Ok("9.9990000000E-01")),
        (450784.553816, ".6G", Ok("450785")),
        (-3.4741e+18, ".0g", Ok("-3e+18")),
        (1e+16, ".50g", Ok("10000000000000000")),
        (1000000000000000.0, ".100f", Ok("1000000000000000.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000")),
        (3.5, ".17G", Ok("3.5")),
        (33747000000.0, "z,_.6d", Err("Cannot specify both ',' and '_'.")),
        (-936947.67667, ".1f", Ok("-936947.7")),
        (1e+20, "1.1.1", Err("Invalid format specifier '1.1.1' for object of type 'float'")),
        (-2.5e-10, "+010e", Ok("-2.500000e-10")),
        (-1.0, ".17E", Ok("-1.00000000000000000E+00")),
        (-52306000.0, ".1", Ok("-5e+07")),
        (-320640000000000.0, "_g", Ok("-3.2064e+14")),
        (7.6219e-05, "+z#010,.2%", Ok("+0,000.01%")),
        (1.5011466833407221e-304, " #15.6E", Ok("  1.501147E-304")),
        (-7.1741e+18, "=+15.3f", Ok("-7174100000000000000.000")),
        (-973340000000.0, "1", Ok("-973340000000.0")),
        (8.023911259315103e-293, ".1", Ok("8e-293")),
        (2.2514192329253945e+111, "+", Ok("+2.2514192329253945e+111")),
        (0.05, ".6n", Ok("0.05")),
        (7.613029081697537e-31, ".1", Ok("8e-31")),
        (-488671.0, "0>10", Ok("0-488671.0")),
        (-1.7076019307300844e-51, ",", Ok("-1.7076019307300844e-51")),
        (-39189.1442, "010", Ok("-39189.1442")),
        (-39189.1442, "x> %", Ok("-3918914.420000%")),
        (-2.7928e+20, "_%", Ok("-27_928_000_000_000_002_097_152.000000%")),
        (-2.011390540120253e-18, ".2%", Ok("-0.00%")),
        (569985.4662, "#010.0f", Ok("000569985.")),
        (-1.8280892811711804e-91, "#.3g", Ok("-1.83e-91")),
        (-2.5e-10, ".10F", Ok("-0.0000000003")),
        (7.515e-09, ".2", Ok("7.5e-09")),
        (0.015, ".17g", Ok("0.014999999999999999")),
        (2.3551306780541934e+98, ".6", Ok("2.35513e+98")),
        (50148.7269469, "z.0f", Ok("50149")),
        (0.00064965, ".1n", Ok("0.0006")),
        (-1.4546223495953267e-106, ".20", Ok("-1.4546223495953267398e-106")),
        (7.691189858038818e-22, "+z#010,.2%", Ok("+0,000.00%")),
        (9.5, ".1G", Ok("1E+01")),
        (-1.5536301412264183e-21, ".20%", Ok("-0.00000000000000000016%")),
        (0.0, ".10e", Ok("0.0000000000e+00")),
        (-7.1741e+18, "1", Ok("-7.1741e+18")),
        (-3.4741e+18, ".20F", Ok("-3474100000000000000.00000000000000000000")),
        (-578017.9224, "=+15.3f", Ok("-    578017.922")),
        (-1.5536301412264183e-21, ".1E", Ok("-1.6E-21")),
        (45.9, ".17", Ok("45.899999999999999")),
        (0.00012345, ".10g", Ok("0.00012345")),
        (1234567.891, ".3", Ok("1.23e+06")),
        (-8.4562e+19, ".10f", Ok("-84562000000000000000.0000000000")),
    ];
    const INT_FMT: &[(&str, &str, Result<&str, &str>)] = &[
        ("1234", "010,", Ok("00,001,234")),
        ("1234", "08,", Ok("0,001,234")),
        ("1234", "<010,", Ok("1,23400000")),
        ("255", "#x", Ok("0xff")),
        ("255", "#X", Ok("0XFF")),
        ("-255", "#010x", Ok("-0x00000ff")),
        ("-31", "#x", Ok("-0x1f")),
        ("1099511627776", "_b", Ok("1_0000_0000_0000_0000_0000_0000_0000_0000_0000_0000")),
        ("1099511627776", "#_x", Ok("0x100_0000_0000")),
        ("65", "c", Ok("A")),
        ("65", "+c", Err("Sign not allowed with integer format specifier 'c'")),
        ("65", "#c", Err("Alternate form (#) not allowed with integer format specifier 'c'")),
        ("-1", "c", Err("%c arg not in range(0x110000)")),
        ("1114112", "c", Err("%c arg not in range(0x110000)")),
        ("1180591620717411303424", "c", Err("Python int too large to convert to C long")),
        ("5", "s", Err("Unknown format code 's' for object of type 'int'")),
        ("5", ",c", Err("Cannot specify ',' with 'c'.")),
        ("5", ".2", Err("Precision not allowed in integer format specifier")),
        ("5", "z", Err("Negative zero coercion (z) not allowed in integer format specifier")),
        ("5", ",n", Err("Cannot specify ',' with 'n'.")),
        ("1000000000000000000000000000000", ",", Ok("1,000,000,000,000,000,000,000,000,000,000")),
        ("-1000000000000000000000000000000", "0=40,", Ok("-1,000,000,000,000,000,000,000,000,000,000")),
        ("-42", "=+8", Ok("-     42")),
        ("42", " d", Ok(" 42")),
        ("42", "^9", Ok("   42    ")),
        ("7", ".2f", Ok("7.00")),
        ("7", "%", Ok("700.000000%")),
        ("1000000000000000000000000000000", "e", Ok("1.000000e+30")),
        ("179769313486231590772930519078902473361797697894230657273430081157732675805500963132708477322407536021120113879871393357658789768814416622492847430639474124377767893424865485276302219601246094119453082952085005768838150682342462881473913110540827237163350510684586298239947245938479716304835356329624224137216", "f", Err("int too large to convert to float")),
        ("9007199254740993", "f", Ok("9007199254740992.000000")),
        ("123456789", "n", Ok("123456789")),
        ("5", "\u{1}", Err("Unknown format code '\\x1' for object of type 'int'")),
        ("5", "\u{e9}", Err("Unknown format code '\\xe9' for object of type 'int'")),
        ("5", "99999999999999999999999", Err("Too many decimal digits in format string")),
        ("5", "abc", Err("Invalid format specifier 'abc' for object of type 'int'")),
        ("-7", "o", Ok("-7")),
        ("-7", "#b", Ok("-0b111")),
        ("0", "#o", Ok("0o0")),
        ("12345678901234567890", "_", Ok("12_345_678_901_234_567_890")),
        ("1", "\u{1f600}>5", Ok("\u{1f600}\u{1f600}\u{1f600}\u{1f600}1")),
        ("-20421111153102", ",c", Err("Cannot specify ',' with 'c'.")),
        ("1904791409212821922161172", "#_b", Ok("0b1_1001_0011_0101_1010_1111_0010_1111_1110_1100_0101_1010_0110_1011_0100_0011_0000_1010_0010_0001_0100")),
        ("128238294", "s", Err("Unknown format code 's' for object of type 'int'")),
        ("64822078972621927198516", "25.2X", Err("Precision not allowed in integer format specifier")),
        ("218416483681343740606434038983", "+#0E", Ok("+2.184165E+29")),
        ("851507107279640390303325842895", "#.0f", Ok("851507107279640385720307154944.")),
        ("99999999999999999", "01.20c", Err("Precision not allowed in integer format specifier")),
        ("18014398509481986", "#b", Ok("0b1000000000000000000000000000000000000000000000000000010")),
        ("791570498715165357630285261780267238", "#_", Ok("791_570_498_715_165_357_630_285_261_780_267_238")),
        ("94972445822333371979561249371550519", "12F", Ok("94972445822333379760767124872626176.000000")),
        ("-793129407842113729892322689665105", "09,", Ok("-793,129,407,842,113,729,892,322,689,665,105")),
        ("73574964055716123831416186635152", "5c", Err("Python int too large to convert to C long")),
        ("551843048036358889971963187133", "_o", Ok("6_7561_4736_6631_5046_1107_6367_3014_7675")),
        ("-9223372036854775808", "10n", Ok("-9223372036854775808")),
        ("890889224491884632", "\u{1}", Err("Unknown format code '\\x1' for object of type 'int'")),
        ("123456789", ".2f", Ok("123456789.00")),
        ("-2739996831095540999045", "#b", Ok("-0b100101001000100100011000001110001100000110001001101101001110001110000101")),
        ("-26157660129037530725075", "*=+#10.5", Err("Precision not allowed in integer format specifier")),
        ("-55148091684923162361080476728370773245", ",n", Err("Cannot specify ',' with 'n'.")),
        ("-2125163941357145083369193", ",.1f", Ok("-2,125,163,941,357,145,179,553,792.0")),
        ("5538129370840473062735618527774429", "_o", Ok("21_0415_0121_6536_5160_4512_1610_4517_7014_3335")),
        ("-255", "-d", Ok("-255")),
        ("3856630251484616", ",.2f", Ok("3,856,630,251,484,616.00")),
        ("-81622741732608", "+c", Err("Sign not allowed with integer format specifier 'c'")),
        ("218416483681343740606434038983", "_", Ok("218_416_483_681_343_740_606_434_038_983")),
        ("9481542445407", ".2", Err("Precision not allowed in integer format specifier")),
        ("1234", " 020_", Ok(" 000_000_000_001_234")),
        ("-81622741732608", "c", Err("%c arg not in range(0x110000)")),
        ("2170143270569498881744669529409945", "#_x", Ok("0x6aff_0f17_e0a4_6d5f_b4aa_4a0d_0999")),
        ("18446744073709551616", ".2", Err("Precision not allowed in integer format specifier")),
        ("991706380748615", "#g", Ok("9.91706e+14")),
        ("5538129370840473062735618527774429", "-.15", Err("Precision not allowed in integer format specifier")),
        ("-7522564078530575543321883782133111884848", "#0g", Ok("-7.52256e+39")),
        ("8033888685648709993945662", ".20e", Ok("8.03388868564870963501e+24")),
        ("995387205989217810553455862106263152665", "+0.10X", Err("Precision not allowed in integer format specifier")),
        ("41649046871484", " 0.25n", Err("Precision not allowed in integer format specifier")),
        ("53562670356377067710858906", "^00.10", Err("Precision not allowed in integer format specifier")),
        ("2810485693692338484905564330767061919", "#X", Ok("0X21D47A49D6FF30F8E0730A4E4F2939F")),
        ("4556920572002075181477665687557692", "\u{1}", Err("Unknown format code '\\x1' for object of type 'int'")),
        ("41649046871484", "s", Err("Unknown format code 's' for object of type 'int'")),
        ("-83421514308483077", "12.3c", Err("Precision not allowed in integer format specifier")),
        ("-9649617776177482007264390311", "0e", Ok("-9.649618e+27")),
        ("376704228400671450591492004708041", "#o", Ok("0o1122253201146260272536475103067177311")),
        ("8612041625291866145675626357288333808", "<5c", Err("Python int too large to convert to C long")),
        ("-6163297326720905430095713942924687712", "n", Ok("-6163297326720905430095713942924687712")),
        ("5538129370840473062735618527774429", "\u{e9}", Err("Unknown format code '\\xe9' for object of type 'int'")),
        ("125064465650203942", "\u{1}", Err("Unknown format code '\\x1' for object of type 'int'")),
        ("995387205989217810553455862106263152665", "=f", Ok("995387205989217748825857364283921268736.000000")),
        ("-1234", "05c", Err("%c arg not in range(0x110000)")),
        ("1234", "<z01F", Ok("1234.000000")),
        ("-46359280353654973735391685712295929", ",c", Err("Cannot specify ',' with 'c'.")),
        ("851507107279640390303325842895", "_o", Ok("12_5765_7053_5277_4300_0102_5421_1466_6717")),
        ("991706380748615", "010,", Ok("991,706,380,748,615")),
        ("-83421514308483077", "05c", Err("%c arg not in range(0x110000)")),
        ("-2739996831095540999045", "#.0f", Ok("-2739996831095541202944.")),
        ("-2931829653571473547502519", "=^-#8,g", Ok("-2.93183e+24")),
        ("783467339215593152396", " 020_", Ok(" 783_467_339_215_593_152_396")),
        ("-7522564078530575543321883782133111884848", "#010_x", Ok("-0x16_1b59_2449_29c3_a8f9_928d_0c7f_6fbc_8c30")),
        ("9007199254740993", ".3g", Ok("9.01e+15")),
        ("41649046871484", "08,", Ok("41,649,046,871,484")),
        ("123456789", ".2", Err("Precision not allowed in integer format specifier")),
        ("8612041625291866145675626357288333808", ",c", Err("Cannot specify ',' with 'c'.")),
        ("-9257256550106658733435513753", "5c", Err("Python int too large to convert to C long")),
        ("-27961462148248", "_n", Err("Cannot specify '_' with 'n'.")),
        ("-87129275698844296677215945279", ".2f", Ok("-87129275698844290972156690432.00")),
        ("3856630251484616", "#b", Ok("0b1101101100111001010110110100001010110111010111001000")),
        ("-793129407842113729892322689665105", "*>%", Ok("-79312940784211374532364280226906112.000000%")),
        ("0", "g", Ok("0")),
        ("-55148091684923162361080476728370773245", "#g", Ok("-5.51481e+37")),
        ("-2739996831095540999045", "\u{1f600}<12", Ok("-2739996831095540999045")),
        ("-9223372036854775808", "+d", Ok("-9223372036854775808")),
        ("18014398509481990", "0<+15e", Ok("+1.801440e+1600")),
        ("-74763715325701230059", "015,.1f", Ok("-74,763,715,325,701,226,496.0")),
        ("-6163297326720905430095713942924687712", ",b", Err("Cannot specify ',' with 'b'.")),
        ("-55148091684923162361080476728370773245", "#d", Ok("-55148091684923162361080476728370773245")),
        ("-568771776022704076810119612702691", " 01b", Ok("-1110000001010111010001011101000010111111001001011100110011011100001101110111111001011011010111001111111100011")),
        ("36416600", "#o", Ok("0o212726130")),
        ("9040165225226930372812", "\u{e9}", Err("Unknown format code '\\xe9' for object of type 'int'")),
        ("-9223372036854775808", ">,%", Ok("-922,337,203,685,477,580,800.000000%")),
        ("7008102747914", ".2", Err("Precision not allowed in integer format specifier")),
        ("-386446455360800961694860059677007736453", ">_j", Err("Cannot specify '_' with 'j'.")),
        ("376704228400671450591492004708041", ".2", Err("Precision not allowed in integer format specifier")),
        ("-9223372036854775808", "=10", Ok("-9223372036854775808")),
        ("1190466655", "02,.4", Err("Precision not allowed in integer format specifier")),
        ("-91048659420407249065923553150", "^+#o", Ok("-0o111430657452431407302660332723576")),
        ("-91427536990", "_c", Err("Cannot specify '_' with 'c'.")),
        ("1234", "^#,_.25", Err("Cannot specify both ',' and '_'.")),
        ("84083255093492445514461105097548042", "<010,", Ok("84,083,255,093,492,445,514,461,105,097,548,042")),
        ("94972445822333371979561249371550519", "020,", Ok("94,972,445,822,333,371,979,561,249,371,550,519")),
        ("9481542445407", "*=+12,", Ok("+9,481,542,445,407")),
        ("851507107279640390303325842895", "\u{20ac}<#0,_.3b", Err("Cannot specify both ',' and '_'.")),
        ("783467339215593152396", "#8%", Ok("78346733921559317053440.000000%")),
        ("5974171684659785339", "015,.1f", Ok("5,974,171,684,659,785,728.0")),
        ("74867931233847877541876827004012380118", "15,_.5o", Err("Cannot specify both ',' and '_'.")),
        ("255", "+020,", Ok("+000,000,000,000,255")),
        ("10", "_b", Ok("1010")),
        ("123456789", " 020_", Ok(" 000_000_123_456_789")),
        ("-6326494571492703507003", "_.1f", Ok("-6_326_494_571_492_703_993_856.0")),
        ("820516894664", "+.0f", Ok("+820516894664")),
        ("36416600", "#010_x", Ok("0x22b_ac58")),
        ("-83421514308483077", ",.1f", Ok("-83,421,514,308,483,072.0")),
        ("-721251657041292311", "n", Ok("-721251657041292311")),
        ("1234", "\u{1f600}<#2g", Ok("1234.00")),
        ("128238294", ",b", Err("Cannot specify ',' with 'b'.")),
        ("3282333142323475109599322501199139", "-d", Ok("3282333142323475109599322501199139")),
        ("-345910105679275759570128097279099537", "*=+12,", Ok("-345,910,105,679,275,759,570,128,097,279,099,537")),
        ("-86776151649201335239246434559596040675", "10n", Ok("-86776151649201335239246434559596040675")),
        ("7772765804047313724051629219615908621323", "5c", Err("Python int too large to convert to C long")),
        ("-193343", " d", Ok("-193343")),
        ("991706380748615", "_b", Ok("11_1000_0101_1111_0011_1010_0010_1000_1011_1100_0111_0100_0111")),
    ];
    const STR_FMT: &[(&str, &str, Result<&str, &str>)] = &[
        ("\u{1f600}ab", "z", Err("Negative zero coercion (z) not allowed in string format specifier")),
        ("xxxxxxxxxx", "20.6", Ok("xxxxxx              ")),
        ("a", "d", Err("Unknown format code 'd' for object of type 'str'")),
        ("", "<#.2x", Err("Unknown format code 'x' for object of type 'str'")),
        ("\u{65e5}\u{672c}\u{8a9e}", "z.10d", Err("Unknown format code 'd' for object of type 'str'")),
        ("hello world", "\u{e9}>8", Ok("hello world")),
        ("tab\u{9}here", "\u{65e5}=z010,_.5s", Err("Cannot specify both ',' and '_'.")),
        ("\u{1f600}ab", "=08r", Err("Unknown format code 'r' for object of type 'str'")),
        ("hello world", "#0.6", Err("Alternate form (#) not allowed in string format specifier")),
        ("xxxxxxxxxx", "012.25s", Ok("xxxxxxxxxx00")),
        ("hello world", ",.0d", Err("Unknown format code 'd' for object of type 'str'")),
        ("a", "20.5s", Ok("a                   ")),
        ("\u{1f600}ab", "^6", Ok(" \u{1f600}ab  ")),
        ("abc", "5", Ok("abc  ")),
        ("hello world", "\u{65e5}^#0.6s", Err("Alternate form (#) not allowed in string format specifier")),
        ("hello world", ".3s", Ok("hel")),
        ("", "#", Err("Alternate form (#) not allowed in string format specifier")),
        ("xxxxxxxxxx", "*^#20.2", Err("Alternate form (#) not allowed in string format specifier")),
        ("abc", ".100", Ok("abc")),
        ("tab\u{9}here", "\u{e9}>8", Ok("tab\u{9}here")),
        ("", "^5", Ok("     ")),
        ("a", "15r", Err("Unknown format code 'r' for object of type 'str'")),
        ("abc", "d", Err("Unknown format code 'd' for object of type 'str'")),
        ("a", "5.2s", Ok("a    ")),
        ("hello world", "d", Err("Unknown format code 'd' for object of type 'str'")),
        ("tab\u{9}here", " ", Err("Space not allowed in string format specifier")),
        ("a", "=0s", Err("'=' alignment not allowed in string format specifier")),
        ("\u{1f600}ab", "\u{1f600}^9.3", Ok("\u{1f600}\u{1f600}\u{1f600}\u{1f600}ab\u{1f600}\u{1f600}\u{1f600}")),
        ("", "-r", Err("Unknown format code 'r' for object of type 'str'")),
        ("\u{65e5}\u{672c}\u{8a9e}", ",s", Err("Cannot specify ',' with 's'.")),
        ("hello world", "20x", Err("Unknown format code 'x' for object of type 'str'")),
        ("\u{1f600}ab", "^5", Ok(" \u{1f600}ab ")),
        ("\u{1f600}ab", "00", Ok("\u{1f600}ab")),
        ("hello world", "2.5", Ok("hello")),
        ("a", "3", Ok("a  ")),
        ("\u{1f600}ab", "x<", Ok("\u{1f600}ab")),
        ("", "=", Err("'=' alignment not allowed in string format specifier")),
        ("h\u{e9}llo", ",", Err("Cannot specify ',' with 's'.")),
        ("abc", "=10x", Err("Unknown format code 'x' for object of type 'str'")),
        ("h\u{e9}llo", "#,.5d", Err("Unknown format code 'd' for object of type 'str'")),
        ("", "030.5s", Ok("000000000000000000000000000000")),
        ("a", ",", Err("Cannot specify ',' with 's'.")),
        ("hello world", "\u{1f600}>5.6s", Ok("hello ")),
        ("hello world", "5", Ok("hello world")),
        ("\u{1f600}ab", "1000.1", Ok("\u{1f600}                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                                       ")),
        ("", "0", Ok("")),
        ("", "\u{1f600}=5.4r", Err("Unknown format code 'r' for object of type 'str'")),
        ("xxxxxxxxxx", "=.4s", Err("'=' alignment not allowed in string format specifier")),
        ("tab\u{9}here", "05", Ok("tab\u{9}here")),
        ("hello world", "2.17x", Err("Unknown format code 'x' for object of type 'str'")),
        ("tab\u{9}here", "^5", Ok("tab\u{9}here")),
        ("hello world", "=05,.10r", Err("Cannot specify ',' with 'r'.")),
        ("abc", "0^0_.5s", Err("Cannot specify '_' with 's'.")),
        ("hello world", "-,.6x", Err("Cannot specify ',' with 'x'.")),
        ("\u{1f600}ab", "\u{e9}>8", Ok("\u{e9}\u{e9}\u{e9}\u{e9}\u{e9}\u{1f600}ab")),
        ("hello world", ".", Err("Format specifier missing precision")),
        ("h\u{e9}llo", "d", Err("Unknown format code 'd' for object of type 'str'")),
        ("hello world", "-s", Err("Sign not allowed in string format specifier")),
        ("h\u{e9}llo", "x<", Ok("h\u{e9}llo")),
        ("\u{1f600}ab", ".100", Ok("\u{1f600}ab")),
    ];
    const ROUND: &[(f64, i64, Result<f64, &str>)] = &[
        (2.675, 2, Ok(2.67)),
        (0.125, 2, Ok(0.12)),
        (0.375, 2, Ok(0.38)),
        (2.5, 0, Ok(2.0)),
        (25.0, -1, Ok(20.0)),
        (35.0, -1, Ok(40.0)),
        (-0.001, 2, Ok(-0.0)),
        (
            1.7976931348623157e+308,
            -308,
            Err("rounded value too large to represent"),
        ),
        (5e-324, 323, Ok(0.0)),
        (5e-324, 324, Ok(5e-324)),
        (1.5, 1000000000000000000, Ok(1.5)),
        (1.5, -1000000000000000000, Ok(0.0)),
        (-1.5, -400, Ok(-0.0)),
        (f64::INFINITY, 2, Ok(f64::INFINITY)),
        (123456.789, -2, Ok(123500.0)),
        (-538714.94, 3, Ok(-538714.94)),
        (483065.0, 308, Ok(483065.0)),
        (-7.125, 3, Ok(-7.125)),
        (3.0193185746086215e-307, 1, Ok(0.0)),
        (0.9999, 20, Ok(0.9999)),
        (1.2698e-06, 17, Ok(1.2698e-06)),
        (-54.601, 100, Ok(-54.601)),
        (444830.0, 5, Ok(444830.0)),
        (f64::INFINITY, 400, Ok(f64::INFINITY)),
        (-1.7076019307300844e-51, 324, Ok(-1.7076019307300844e-51)),
        (1541100000000.0, 400, Ok(1541100000000.0)),
        (f64::NEG_INFINITY, -1, Ok(f64::NEG_INFINITY)),
        (-6.714137047285728e+252, -300, Ok(-0.0)),
        (7.443843819587608e+72, -309, Ok(0.0)),
        (1.25, -307, Ok(0.0)),
        (1.3635548534927665e+89, -3, Ok(1.3635548534927665e+89)),
        (1.0597242324330478e+177, 320, Ok(1.0597242324330478e+177)),
        (-5761400000000000.0, 100, Ok(-5761400000000000.0)),
        (609164.3, 400, Ok(609164.3)),
        (-7.125, 5, Ok(-7.125)),
        (-0.001245, -3, Ok(-0.0)),
        (-7.9861318468407615e+90, -309, Ok(-0.0)),
        (1e-300, -20, Ok(0.0)),
        (668253.0428, -400, Ok(0.0)),
        (7.3961e+17, -2, Ok(7.3961e+17)),
        (541668.68, 400, Ok(541668.68)),
        (945400000000.0, 1, Ok(945400000000.0)),
        (541668.68, -5, Ok(500000.0)),
        (7.6219e-05, 300, Ok(7.6219e-05)),
        (6.406565772940278e+273, -300, Ok(0.0)),
        (3.492375948618871e+66, 15, Ok(3.492375948618871e+66)),
        (-1.864240016386488e+277, -400, Ok(-0.0)),
        (932124.36766667, 15, Ok(932124.36766667)),
        (1.8289996394675339e-301, 3, Ok(0.0)),
        (4.48048585028753e+253, 324, Ok(4.48048585028753e+253)),
        (100.0, -308, Ok(0.0)),
        (1.0597242324330478e+177, 50, Ok(1.0597242324330478e+177)),
        (0.125, -400, Ok(0.0)),
        (9.160601102376373e-172, 324, Ok(9.160601102376373e-172)),
        (9.125609299810092e-128, -307, Ok(0.0)),
    ];
    const PARSE_INT: &[(&str, u32, Result<&str, &str>)] = &[
        ("0", 0, Ok("0")),
        ("0", 8, Ok("0")),
        ("0", 16, Ok("0")),
        ("0", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0", 3, Ok("0")),
        ("00", 0, Ok("0")),
        ("00", 8, Ok("0")),
        ("00", 16, Ok("0")),
        ("00", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("00", 3, Ok("0")),
        ("000", 0, Ok("0")),
        ("000", 8, Ok("0")),
        ("000", 16, Ok("0")),
        ("000", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("000", 3, Ok("0")),
        ("0_0", 0, Ok("0")),
        ("0_0", 8, Ok("0")),
        ("0_0", 16, Ok("0")),
        ("0_0", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0_0", 3, Ok("0")),
        ("0x", 0, Err("invalid literal for int() with base 0: '0x'")),
        ("0x", 8, Err("invalid literal for int() with base 8: '0x'")),
        (
            "0x",
            16,
            Err("invalid literal for int() with base 16: '0x'"),
        ),
        ("0x", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("0x", 3, Err("invalid literal for int() with base 3: '0x'")),
        ("0X1F", 0, Ok("31")),
        (
            "0X1F",
            8,
            Err("invalid literal for int() with base 8: '0X1F'"),
        ),
        ("0X1F", 16, Ok("31")),
        ("0X1F", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        (
            "0X1F",
            3,
            Err("invalid literal for int() with base 3: '0X1F'"),
        ),
        ("0x_1f", 0, Ok("31")),
        (
            "0x_1f",
            8,
            Err("invalid literal for int() with base 8: '0x_1f'"),
        ),
        ("0x_1f", 16, Ok("31")),
        ("0x_1f", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        (
            "0x_1f",
            3,
            Err("invalid literal for int() with base 3: '0x_1f'"),
        ),
        (
            "0x__1f",
            0,
            Err("invalid literal for int() with base 0: '0x__1f'"),
        ),
        (
            "0x__1f",
            8,
            Err("invalid literal for int() with base 8: '0x__1f'"),
        ),
        (
            "0x__1f",
            16,
            Err("invalid literal for int() with base 16: '0x__1f'"),
        ),
        ("0x__1f", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        (
            "0x__1f",
            3,
            Err("invalid literal for int() with base 3: '0x__1f'"),
        ),
        (
            "0_x1",
            0,
            Err("invalid literal for int() with base 0: '0_x1'"),
        ),
        (
            "0_x1",
            8,
            Err("invalid literal for int() with base 8: '0_x1'"),
        ),
        (
            "0_x1",
            16,
            Err("invalid literal for int() with base 16: '0_x1'"),
        ),
        ("0_x1", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        (
            "0_x1",
            3,
            Err("invalid literal for int() with base 3: '0_x1'"),
        ),
        (
            "012",
            0,
            Err("invalid literal for int() with base 0: '012'"),
        ),
        ("012", 8, Ok("10")),
        ("012", 16, Ok("18")),
        ("012", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        ("012", 3, Ok("5")),
        (
            "37b8",
            10,
            Err("invalid literal for int() with base 10: '37b8'"),
        ),
        (
            "0x__1f",
            16,
            Err("invalid literal for int() with base 16: '0x__1f'"),
        ),
        ("", 36, Err("invalid literal for int() with base 36: ''")),
        ("", 2, Err("invalid literal for int() with base 2: ''")),
        (
            "-0xf1505d912fd4c4a7381e9bf1ce91acb5da9ecd79888bd27049",
            0,
            Ok("-1514752074471675731036103719639369822669842027007871431110729"),
        ),
        ("+", 16, Err("invalid literal for int() with base 16: '+'")),
        (
            "-5326957286441072263580418371729065701323",
            10,
            Ok("-5326957286441072263580418371729065701323"),
        ),
        (
            "abc",
            10,
            Err("invalid literal for int() with base 10: 'abc'"),
        ),
        (
            "\"q\"",
            8,
            Err("invalid literal for int() with base 8: '\"q\"'"),
        ),
        (
            " Xz B+",
            10,
            Err("invalid literal for int() with base 10: ' Xz B+'"),
        ),
        (
            "0xg",
            7,
            Err("invalid literal for int() with base 7: '0xg'"),
        ),
        ("\u{3000} 7 \u{2003}", 16, Ok("7")),
        (
            "0-019",
            0,
            Err("invalid literal for int() with base 0: '0-019'"),
        ),
        (
            "26465b6-",
            2,
            Err("invalid literal for int() with base 2: '26465b6-'"),
        ),
        ("_1", 8, Err("invalid literal for int() with base 8: '_1'")),
        (
            "8o27",
            2,
            Err("invalid literal for int() with base 2: '8o27'"),
        ),
        (
            "xx",
            10,
            Err("invalid literal for int() with base 10: 'xx'"),
        ),
        ("\u{b}5\u{c}", 0, Ok("5")),
        ("", 10, Err("invalid literal for int() with base 10: ''")),
        (
            "32o",
            8,
            Err("invalid literal for int() with base 8: '32o'"),
        ),
        (
            "1z+704",
            0,
            Err("invalid literal for int() with base 0: '1z+704'"),
        ),
        ("x", 0, Err("invalid literal for int() with base 0: 'x'")),
        (
            "0x339ee4b65d169a61bd4e075c44087146c2e96fadce303e0b",
            16,
            Ok("1265735326264921891894597748311756018271992643167710101003"),
        ),
        (
            "-0x13e91acb5532559a0558d8cb9df1a2c7f54e1d11d2c85b6a51f8",
            0,
            Ok("-31995044538823926208184053878513245351976169862692963932066296"),
        ),
        (
            "6o2ybx",
            16,
            Err("invalid literal for int() with base 16: '6o2ybx'"),
        ),
        (
            "y4c8y4c",
            0,
            Err("invalid literal for int() with base 0: 'y4c8y4c'"),
        ),
        ("\u{1c}5", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        (
            "04 oX_a7",
            0,
            Err("invalid literal for int() with base 0: '04 oX_a7'"),
        ),
        (
            "+-1",
            36,
            Err("invalid literal for int() with base 36: '+-1'"),
        ),
        ("", 16, Err("invalid literal for int() with base 16: ''")),
        ("bz", 8, Err("invalid literal for int() with base 8: 'bz'")),
        ("Zz", 1, Err("int() base must be >= 2 and <= 36, or 0")),
        (
            "a1cco",
            0,
            Err("invalid literal for int() with base 0: 'a1cco'"),
        ),
        (
            "0x_1f",
            3,
            Err("invalid literal for int() with base 3: '0x_1f'"),
        ),
        (
            "\u{1c}5",
            8,
            Err("invalid literal for int() with base 8: '\\x1c5'"),
        ),
        (
            "5+20+oz_",
            0,
            Err("invalid literal for int() with base 0: '5+20+oz_'"),
        ),
        ("\u{3000} 7 \u{2003}", 10, Ok("7")),
        (
            "c_B2",
            10,
            Err("invalid literal for int() with base 10: 'c_B2'"),
        ),
        (
            "ABC",
            8,
            Err("invalid literal for int() with base 8: 'ABC'"),
        ),
        ("1X_a2", 36, Ok("89786")),
    ];
    const PARSE_FLOAT: &[(&str, Result<f64, &str>)] = &[
        ("1e", Err("could not convert string to float: '1e'")),
        ("1_e5", Err("could not convert string to float: '1_e5'")),
        ("1e1_0", Ok(10000000000.0)),
        ("-nan", Ok(f64::NAN)),
        ("+nan", Ok(f64::NAN)),
        ("NaN", Ok(f64::NAN)),
        ("nAn", Ok(f64::NAN)),
        (" Infinity ", Ok(f64::INFINITY)),
        ("+inf", Ok(f64::INFINITY)),
        ("-INF", Ok(f64::NEG_INFINITY)),
        (
            "infinit",
            Err("could not convert string to float: 'infinit'"),
        ),
        (
            "infinityy",
            Err("could not convert string to float: 'infinityy'"),
        ),
        ("inf_", Err("could not convert string to float: 'inf_'")),
        ("1.", Ok(1.0)),
        (".5", Ok(0.5)),
        (".", Err("could not convert string to float: '.'")),
        ("1__0", Err("could not convert string to float: '1__0'")),
        ("\u{3000} 1.5\u{2003}", Ok(1.5)),
        ("0x1p3", Err("could not convert string to float: '0x1p3'")),
        ("1_000.0_1", Ok(1000.01)),
        ("_1", Err("could not convert string to float: '_1'")),
        ("1_", Err("could not convert string to float: '1_'")),
        ("1._5", Err("could not convert string to float: '1._5'")),
        ("1_.5", Err("could not convert string to float: '1_.5'")),
        ("", Err("could not convert string to float: ''")),
        (" ", Err("could not convert string to float: ' '")),
        ("-", Err("could not convert string to float: '-'")),
        ("+", Err("could not convert string to float: '+'")),
        ("1e+", Err("could not convert string to float: '1e+'")),
        ("1e-5", Ok(1e-05)),
        ("1E+05", Ok(100000.0)),
        ("-.5e3", Ok(-500.0)),
        ("1.e5", Ok(100000.0)),
        (".e5", Err("could not convert string to float: '.e5'")),
        ("00012", Ok(12.0)),
        ("1e400", Ok(f64::INFINITY)),
        ("-1e400", Ok(f64::NEG_INFINITY)),
        ("1e-400", Ok(0.0)),
        ("1e99999999999999999999999", Ok(f64::INFINITY)),
        ("1e-99999999999999999999999", Ok(0.0)),
        ("2.5e-324", Ok(5e-324)),
        ("2.4703282292062328e-324", Ok(5e-324)),
        ("2.4703282292062327e-324", Ok(0.0)),
        ("1.7976931348623158e308", Ok(1.7976931348623157e+308)),
        ("1.7976931348623159e308", Ok(f64::INFINITY)),
        ("\u{661}.\u{665}", Ok(1.5)),
        (
            "\u{661}\u{66b}\u{665}",
            Err("could not convert string to float: '\u{661}\u{66b}\u{665}'"),
        ),
        ("\u{e9}", Err("could not convert string to float: '\u{e9}'")),
        ("\u{0}", Err("could not convert string to float: '\\x00'")),
        ("1\u{0}", Err("could not convert string to float: '1\\x00'")),
        ("  -0.0  ", Ok(-0.0)),
        ("-0", Ok(-0.0)),
        ("+0.0e0", Ok(0.0)),
        ("1e5.5", Err("could not convert string to float: '1e5.5'")),
        ("1.5.5", Err("could not convert string to float: '1.5.5'")),
        ("12abc", Err("could not convert string to float: '12abc'")),
        ("in f", Err("could not convert string to float: 'in f'")),
        ("nan ", Ok(f64::NAN)),
        ("\u{9}nan\u{a}", Ok(f64::NAN)),
        (
            "I7in369",
            Err("could not convert string to float: 'I7in369'"),
        ),
        ("1.55643819515991817884e-125", Ok(1.5564381951599182e-125)),
        ("\u{e9}", Err("could not convert string to float: '\u{e9}'")),
        (
            "9.3Fi0 ",
            Err("could not convert string to float: '9.3Fi0 '"),
        ),
        ("4.61540000000000016911e+00", Ok(4.6154)),
        ("-6.6417020689572048e-263", Ok(-6.641702068957205e-263)),
        (
            "191n0.0f",
            Err("could not convert string to float: '191n0.0f'"),
        ),
        ("79865000.000", Ok(79865000.0)),
        ("N", Err("could not convert string to float: 'N'")),
        ("06", Ok(6.0)),
        ("-3.60719799999999988358e+05", Ok(-360719.8)),
        ("917851.5", Ok(917851.5)),
        ("9", Ok(9.0)),
        (
            "09Ia8INa",
            Err("could not convert string to float: '09Ia8INa'"),
        ),
        ("4Ii8F", Err("could not convert string to float: '4Ii8F'")),
        ("2f8", Err("could not convert string to float: '2f8'")),
        ("", Err("could not convert string to float: ''")),
        ("i2", Err("could not convert string to float: 'i2'")),
        ("", Err("could not convert string to float: ''")),
        ("", Err("could not convert string to float: ''")),
        ("3139.5", Ok(3139.5)),
        (
            "NF3f5n_N",
            Err("could not convert string to float: 'NF3f5n_N'"),
        ),
        ("0.000", Ok(0.0)),
        (
            "7+i.672",
            Err("could not convert string to float: '7+i.672'"),
        ),
        ("5F09", Err("could not convert string to float: '5F09'")),
    ];
    const STR_REPR: &[(&str, &str)] = &[
        ("", "''"),
        ("a", "'a'"),
        ("it's", "\"it's\""),
        ("say \"hi\"", "'say \"hi\"'"),
        ("both ' and \"", "'both \\' and \"'"),
        ("\\", "'\\\\'"),
        ("\u{a}\u{d}\u{9}", "'\\n\\r\\t'"),
        ("\u{0}\u{1}\u{1f}\u{7f}", "'\\x00\\x01\\x1f\\x7f'"),
        (
            "\u{80}\u{9f}\u{a0}\u{ad}\u{ff}",
            "'\\x80\\x9f\\xa0\\xad\u{ff}'",
        ),
        ("h\u{e9}llo", "'h\u{e9}llo'"),
        ("\u{65e5}\u{672c}\u{8a9e}", "'\u{65e5}\u{672c}\u{8a9e}'"),
        (
            "\u{200b}\u{2028}\u{2029}\u{3000}",
            "'\\u200b\\u2028\\u2029\\u3000'",
        ),
        ("\u{e000}\u{f0000}", "'\\ue000\\U000f0000'"),
        ("\u{1f600}", "'\u{1f600}'"),
        ("\u{e0001}", "'\\U000e0001'"),
        ("\u{378}", "'\\u0378'"),
        ("\u{feff}", "'\\ufeff'"),
        ("\u{a0}", "'\\xa0'"),
        (" ", "' '"),
        ("\u{85}", "'\\x85'"),
        ("'", "\"'\""),
        ("\"", "'\"'"),
        ("'\"", "'\\'\"'"),
        ("\\'", "\"\\\\'\""),
        ("\u{94da3}", "'\\U00094da3'"),
        ("\u{a9f3e}", "'\\U000a9f3e'"),
        ("\u{ecb61}", "'\\U000ecb61'"),
        ("\u{2ceff}", "'\u{2ceff}'"),
        ("\u{50e2d}", "'\\U00050e2d'"),
        ("\u{6e8f2}", "'\\U0006e8f2'"),
        ("\u{111}", "'\u{111}'"),
        ("\u{49184}", "'\\U00049184'"),
        ("\u{245}", "'\u{245}'"),
        ("\u{e3}", "'\u{e3}'"),
        ("\u{116}", "'\u{116}'"),
        ("\u{104587}", "'\\U00104587'"),
        ("\u{ac1b9}", "'\\U000ac1b9'"),
        ("\u{bdba1}", "'\\U000bdba1'"),
        ("\u{316fd}", "'\\U000316fd'"),
        ("\u{af726}", "'\\U000af726'"),
        ("\u{a01ff}", "'\\U000a01ff'"),
        ("\u{473f6}", "'\\U000473f6'"),
        ("\u{955f9}", "'\\U000955f9'"),
        ("\u{1128a}", "'\u{1128a}'"),
        ("\u{e755e}", "'\\U000e755e'"),
        ("\u{e4298}", "'\\U000e4298'"),
        ("\u{8f985}", "'\\U0008f985'"),
        ("\u{e6a61}", "'\\U000e6a61'"),
        ("\u{a7fcb}", "'\\U000a7fcb'"),
        ("\u{bbbcd}", "'\\U000bbbcd'"),
        ("\u{80705}", "'\\U00080705'"),
        ("\u{ac82a}", "'\\U000ac82a'"),
        ("\u{5f54f}", "'\\U0005f54f'"),
        ("\u{f2c00}", "'\\U000f2c00'"),
    ];
    const INT_BASE: &[(&str, u32, &str)] = &[
        ("-721251657041292311", 8, "-0o50023150761346726027"),
        ("7894925805660781689574157440406690571849", 8, "0o134633666333323173354422165703232610573323111"),
        ("4556920572002075181477665687557692", 16, "0xe0ac6c7e1aaadf4681e7f985563c"),
        ("-83421514308483077", 16, "-0x1285f6cdefb7805"),
        ("820516894664", 16, "0xbf0a9e37c8"),
        ("33270950049793286824873673013364274", 2, "0b1100110100001100010011011011010101001101000110000010010110011001010101101011011101000011000111000001000011000110010"),
        ("487422671704929803766171953", 8, "0o311457607752434560476273304461"),
        ("55295", 8, "0o153777"),
        ("74867931233847877541876827004012380118", 2, "0b111000010100110000101000000000000101010010000000111101100010100101111111100010110011000001001110110111000101001011111111010110"),
        ("-7", 16, "-0x7"),
        ("10000000000000000000000", 2, "0b10000111100001100111100000110010011011101010110010010000000000000000000000"),
        ("-68790810289274545047625375", 2, "-0b11100011100111000001010100110001010010011110011101010111101100010010000101111010011111"),
        ("435416181675840227665", 2, "0b101111001101010011101000001100100110011100101011001111100100101010001"),
        ("-2125163941357145083369193", 16, "-0x1c2055e3c27328a4456e9"),
        ("55295", 16, "0xd7ff"),
        ("9007199254740993", 16, "0x20000000000001"),
        ("-70285207005410506941493497594", 2, "-0b111000110001101010001111100000100111000101100110101100111001100001011110111000010100111011111010"),
        ("73574964055716123831416186635152", 16, "0x3a0a587d60f841e532e09e68390"),
        ("806996105568", 2, "0b1011101111100100101101110101100101100000"),
        ("-7633729165291188206119227", 16, "-0x650814989c9d049eb293b"),
    ];
}
