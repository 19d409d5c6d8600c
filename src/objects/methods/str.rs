//! Methods of the built-in `str` type, with CPython 3.11's signatures, keyword names and
//! argument errors: searching (`find`, `index`, `count`, `startswith`, ...), splitting and
//! joining, stripping, padding, case mapping, the `is*` predicates, `translate` and the
//! static `maketrans`, `str.format` / `str.format_map` (CPython's replacement-field grammar
//! from `Objects/stringlib/unicode_format.h`), and the `__len__` / `__contains__` /
//! `__getitem__` slots.
//!
//! The text algorithms themselves live in [`crate::objects::strtext`]; this file binds
//! arguments, converts values and raises CPython's exceptions, plus a few fast paths that
//! build values directly (unlimited `split`, ASCII `find`, `join` of lists and tuples).
//! Where CPython returns the receiver itself (nothing to strip, pad, replace or split), so
//! does mt, which also saves an allocation. `printf`-style `%` formatting is in
//! [`super::percent`].

use super::add;
use crate::builtins::args::arity;
use crate::builtins::types::Types;
use crate::objects::names::names;
use crate::objects::object::ObjKind;
use crate::objects::strtext::{self, SizeError};
use crate::objects::{new_str, Builtin, Dict, Str, Value};
use crate::vm::error::*;
use crate::vm::protocol::type_name;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

pub fn register(t: &Types) {
    let c = &t.str;
    let methods: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("split", split),
        ("rsplit", rsplit),
        ("join", join),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("isdigit", isdigit),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isnumeric", isnumeric),
        ("isdecimal", isdecimal),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("isascii", isascii),
        ("format", format),
        ("format_map", format_map),
        ("zfill", zfill),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("partition", partition),
        ("rpartition", rpartition),
        ("splitlines", splitlines),
        ("expandtabs", expandtabs),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("translate", translate),
        ("__format__", dunder_format),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
        ("__getitem__", dunder_getitem),
    ];
    for &(name, f) in methods {
        add(c, "str", name, f);
    }
    c.dict.set_str(
        new_str("maketrans"),
        Value::object(ObjKind::StaticMethod(Builtin::function(
            "maketrans",
            maketrans,
        ))),
    );
}

// ---------------------------------------------------------------------------
// Argument helpers
// ---------------------------------------------------------------------------

/// The receiver, with CPython's errors for `str.upper()` and `str.upper(1)`.
fn recv<'a>(a: &'a [Value], name: &str) -> PyResult<&'a Str> {
    match a.first() {
        Some(Value::Str(s)) => Ok(s),
        Some(v) => type_error(format!(
            "descriptor '{name}' for 'str' objects doesn't apply to a '{}' object",
            type_name(v)
        )),
        None => type_error(format!("unbound method str.{name}() needs an argument")),
    }
}

/// The arguments after the receiver.
fn rest(a: &[Value]) -> &[Value] {
    a.get(1..).unwrap_or(&[])
}

/// Positional-only arguments checked the way Argument Clinic does
/// (`_PyArg_CheckPositional`): `strip expected at most 1 argument, got 2`.
fn positional<'a>(
    name: &str,
    a: &'a [Value],
    kw: &KwArgs,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return type_error(format!("str.{name}() takes no keyword arguments"));
    }
    let args = rest(a);
    arity(name, args, &[], min, max)?;
    Ok(args)
}

/// Exactly one positional argument (CPython's METH_O): `str.join() takes exactly one
/// argument (0 given)`.
fn one_arg<'a>(name: &str, a: &'a [Value], kw: &KwArgs) -> PyResult<&'a Value> {
    match (rest(a), kw.is_empty()) {
        ([v], true) => Ok(v),
        (args, _) => {
            arity(&format!("str.{name}"), args, kw, 1, 1)?;
            type_error(format!("str.{name}() takes exactly one argument (0 given)"))
        }
    }
}

/// Binds positional-or-keyword parameters (Argument Clinic's `_PyArg_UnpackKeywords`),
/// all optional, with CPython's messages.
fn keywords<'a>(
    name: &str,
    a: &'a [Value],
    kw: &'a KwArgs,
    params: &[&str],
) -> PyResult<Vec<Option<&'a Value>>> {
    let args = rest(a);
    if args.len() > params.len() {
        return type_error(format!(
            "{name}() takes at most {} argument{} ({} given)",
            params.len(),
            if params.len() == 1 { "" } else { "s" },
            args.len()
        ));
    }
    let mut out: Vec<Option<&Value>> = vec![None; params.len()];
    for (slot, v) in out.iter_mut().zip(args) {
        *slot = Some(v);
    }
    for (k, v) in kw {
        match params.iter().position(|p| *p == k.as_str()) {
            Some(i) if out[i].is_some() => {
                return type_error(format!(
                    "argument for {name}() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                ))
            }
            Some(i) => out[i] = Some(v),
            None => {
                return type_error(format!(
                    "'{}' is an invalid keyword argument for {name}()",
                    k.as_str()
                ))
            }
        }
    }
    Ok(out)
}

/// A `Py_ssize_t` argument: `__index__` honoured, big ints overflow.
fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => overflow_error("Python int too large to convert to C ssize_t"),
        _ => vm.to_index(v),
    }
}

/// A C `int` argument (`tabsize`, `keepends`).
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let n = ssize(vm, v).map_err(|e| {
        if is_exc(&e, "OverflowError") {
            exc("OverflowError", "Python int too large to convert to C int")
        } else {
            e
        }
    })?;
    if i32::try_from(n).is_err() {
        return overflow_error("Python int too large to convert to C int");
    }
    Ok(n)
}

/// A slice index for `find` & co (`_PyEval_SliceIndex`): None, or an int clamped to the
/// `Py_ssize_t` range.
fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(i)) => Ok(Some(*i)),
        Some(Value::Bool(b)) => Ok(Some(i64::from(*b))),
        Some(Value::BigInt(b)) => Ok(Some(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })),
        Some(v @ Value::Instance(_)) => match vm.call_special(v, &names().index, &[])? {
            Some(r @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
                slice_index(vm, Some(&r))
            }
            Some(r) => type_error(format!(
                "__index__ returned non-int (type {})",
                type_name(&r)
            )),
            None => slice_type_error(),
        },
        Some(_) => slice_type_error(),
    }
}

fn slice_type_error<T>() -> PyResult<T> {
    type_error("slice indices must be integers or None or have an __index__ method")
}

/// `must be str, not int` (the message of CPython's `ensure_unicode`).
fn str_of(v: &Value) -> PyResult<&Str> {
    match v.as_pystr() {
        Some(s) => Ok(s),
        None => type_error(format!("must be str, not {}", type_name(v))),
    }
}

/// Converts a strtext size failure into CPython's exception.
fn size_error(e: SizeError) -> Value {
    match e {
        SizeError::Overflow(msg) => exc("OverflowError", msg),
        SizeError::Memory => new_exception(exc_class("MemoryError").clone(), Vec::new()),
    }
}

/// The receiver itself when `r` is the whole of it (CPython returns `self` unchanged),
/// else a new string.
fn same_or_new(s: &Str, r: &str) -> Value {
    if r.len() == s.as_str().len() {
        Value::Str(s.clone())
    } else {
        Value::str(r)
    }
}

fn string_list(parts: Vec<String>) -> Value {
    Value::list(parts.into_iter().map(Value::string).collect())
}

// ---------------------------------------------------------------------------
// Methods without arguments: case mapping and predicates
// ---------------------------------------------------------------------------

macro_rules! noargs {
    ($($fname:ident => $body:expr;)*) => {$(
        fn $fname(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
            let s = recv(a, stringify!($fname))?;
            arity(concat!("str.", stringify!($fname)), rest(a), kw, 0, 0)?;
            let f: fn(&Str) -> Value = $body;
            Ok(f(s))
        }
    )*};
}

noargs! {
    upper => |s| mapped(s, strtext::upper(s.as_str()));
    lower => |s| mapped(s, strtext::lower(s.as_str()));
    casefold => |s| mapped(s, strtext::casefold(s.as_str()));
    title => |s| mapped(s, strtext::title(s.as_str()));
    capitalize => |s| mapped(s, strtext::capitalize(s.as_str()));
    swapcase => |s| mapped(s, strtext::swapcase(s.as_str()));
    isdigit => |s| Value::Bool(strtext::is_digit(s.as_str()));
    isalpha => |s| Value::Bool(strtext::is_alpha(s.as_str()));
    isalnum => |s| Value::Bool(strtext::is_alnum(s.as_str()));
    isspace => |s| Value::Bool(strtext::is_space(s.as_str()));
    isupper => |s| Value::Bool(strtext::is_upper(s.as_str()));
    islower => |s| Value::Bool(strtext::is_lower(s.as_str()));
    istitle => |s| Value::Bool(strtext::is_title(s.as_str()));
    isnumeric => |s| Value::Bool(strtext::is_numeric(s.as_str()));
    isdecimal => |s| Value::Bool(strtext::is_decimal(s.as_str()));
    isidentifier => |s| Value::Bool(strtext::is_identifier(s.as_str()));
    isprintable => |s| Value::Bool(strtext::is_printable(s.as_str()));
    isascii => |s| Value::Bool(s.is_ascii());
}

/// A case-mapped string: always a new object, as in CPython (`s.lower() is s` is false).
fn mapped(_s: &Str, r: String) -> Value {
    Value::string(r)
}

// ---------------------------------------------------------------------------
// Splitting and joining
// ---------------------------------------------------------------------------

/// The `sep` argument of split/rsplit.
fn sep_arg(v: Option<&Value>) -> PyResult<Option<&str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match v.as_str() {
            Some(s) => Ok(Some(s)),
            None => type_error(format!("must be str or None, not {}", type_name(v))),
        },
    }
}

fn split_impl(vm: &mut Vm, a: &[Value], kw: &KwArgs, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let s = recv(a, name)?;
    let p = keywords(name, a, kw, &["sep", "maxsplit"])?;
    let sep = sep_arg(p[0])?;
    let maxsplit = match p[1] {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    let text = s.as_str();
    if let Some(items) = split_fast(s, sep, maxsplit, right) {
        if let [Value::Str(only)] = items.as_slice() {
            if only.as_str().len() == text.len() {
                // Nothing was split off: CPython returns the receiver itself.
                return Ok(Value::list(vec![Value::Str(s.clone())]));
            }
        }
        return Ok(Value::list(items));
    }
    let parts = if right {
        strtext::rsplit(text, sep, maxsplit)
    } else {
        strtext::split(text, sep, maxsplit)
    }
    .map_err(|m| exc("ValueError", m))?;
    if parts.len() == 1 && parts[0].len() == text.len() {
        return Ok(Value::list(vec![Value::Str(s.clone())]));
    }
    Ok(string_list(parts))
}

/// Python's ASCII whitespace (`str.isspace` for code points below 128).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ')
}

/// Unlimited splits building the values directly (no intermediate `String`s): any
/// separator for `split`, single-byte ones for `rsplit` (where both directions agree), and
/// whitespace for ASCII text. `None` leaves the case to `strtext`.
fn split_fast(s: &Str, sep: Option<&str>, maxsplit: i64, right: bool) -> Option<Vec<Value>> {
    if maxsplit >= 0 {
        return None;
    }
    let text = s.as_str();
    match sep {
        Some(sep) if sep.len() == 1 => {
            let b = sep.as_bytes()[0];
            let n = text.bytes().filter(|&c| c == b).count();
            let mut out = Vec::with_capacity(n + 1);
            out.extend(text.split(char::from(b)).map(Value::str));
            Some(out)
        }
        Some(sep) if !right && !sep.is_empty() => Some(text.split(sep).map(Value::str).collect()),
        None if s.is_ascii() => {
            let bytes = text.as_bytes();
            let mut out = Vec::new();
            let mut i = 0;
            while i < bytes.len() {
                while i < bytes.len() && is_ascii_space(bytes[i]) {
                    i += 1;
                }
                let start = i;
                while i < bytes.len() && !is_ascii_space(bytes[i]) {
                    i += 1;
                }
                if i > start {
                    // ASCII text: every byte offset is a char boundary.
                    out.push(Value::str(text.get(start..i).unwrap_or("")));
                }
            }
            Some(out)
        }
        _ => None,
    }
}

fn split(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    split_impl(vm, a, kw, false)
}

fn rsplit(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    split_impl(vm, a, kw, true)
}

fn splitlines(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = recv(a, "splitlines")?;
    let p = keywords("splitlines", a, kw, &["keepends"])?;
    let keepends = match p[0] {
        Some(v) => c_int(vm, v)? != 0,
        None => false,
    };
    Ok(string_list(strtext::splitlines(s.as_str(), keepends)))
}

fn join(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let sep = recv(a, "join")?;
    let it = one_arg("join", a, kw)?;
    match it {
        Value::List(l) => {
            let items = l.items.lock();
            join_values(sep, &items)
        }
        Value::Tuple(t) => join_values(sep, &t.items),
        _ => {
            let iter = match vm.iter(it) {
                Ok(i) => i,
                Err(e) if is_exc(&e, "TypeError") => {
                    return type_error("can only join an iterable")
                }
                Err(e) => return Err(e),
            };
            let mut items = Vec::new();
            while let Some(x) = vm.next(&iter)? {
                items.push(x);
            }
            join_values(sep, &items)
        }
    }
}

/// `sep.join(items)` for items already collected; one exact-str item is returned itself.
fn join_values(sep: &Str, items: &[Value]) -> PyResult<Value> {
    if let [only @ Value::Str(_)] = items {
        return Ok(only.clone());
    }
    let sep = sep.as_str();
    let mut total = sep.len().saturating_mul(items.len().saturating_sub(1));
    for (i, v) in items.iter().enumerate() {
        match v.as_str() {
            Some(s) => total = total.saturating_add(s.len()),
            None => {
                return type_error(format!(
                    "sequence item {i}: expected str instance, {} found",
                    type_name(v)
                ))
            }
        }
    }
    let mut out = String::new();
    if out.try_reserve_exact(total).is_err() {
        return Err(size_error(SizeError::Memory));
    }
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(v.as_str().unwrap_or_default());
    }
    Ok(Value::string(out))
}

fn partition_impl(a: &[Value], kw: &KwArgs, right: bool) -> PyResult<Value> {
    let name = if right { "rpartition" } else { "partition" };
    let s = recv(a, name)?;
    let sep = str_of(one_arg(name, a, kw)?)?;
    let text = s.as_str();
    let found = if right {
        strtext::rpartition(text, sep.as_str())
    } else {
        strtext::partition(text, sep.as_str())
    }
    .map_err(|m| exc("ValueError", m))?;
    let (head, mid, tail) = found;
    let empty = || Value::str("");
    Ok(if !mid.is_empty() {
        Value::tuple(vec![
            Value::string(head),
            Value::Str(sep.clone()),
            Value::string(tail),
        ])
    } else if right {
        Value::tuple(vec![empty(), empty(), Value::Str(s.clone())])
    } else {
        Value::tuple(vec![Value::Str(s.clone()), empty(), empty()])
    })
}

fn partition(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    partition_impl(a, kw, false)
}

fn rpartition(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    partition_impl(a, kw, true)
}

// ---------------------------------------------------------------------------
// Stripping, replacing, padding
// ---------------------------------------------------------------------------

fn strip_impl(a: &[Value], kw: &KwArgs, name: &str) -> PyResult<Value> {
    let s = recv(a, name)?;
    let args = positional(name, a, kw, 0, 1)?;
    let chars = match args.first() {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.as_str()),
        Some(_) => return type_error(format!("{name} arg must be None or str")),
    };
    let text = s.as_str();
    let r = match name {
        "lstrip" => strtext::lstrip(text, chars),
        "rstrip" => strtext::rstrip(text, chars),
        _ => strtext::strip(text, chars),
    };
    Ok(same_or_new(s, r))
}

fn strip(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    strip_impl(a, kw, "strip")
}

fn lstrip(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    strip_impl(a, kw, "lstrip")
}

fn rstrip(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    strip_impl(a, kw, "rstrip")
}

fn replace(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = recv(a, "replace")?;
    let args = positional("replace", a, kw, 2, 3)?;
    let arg = |i: usize| -> PyResult<&Str> {
        match args[i].as_pystr() {
            Some(x) => Ok(x),
            None => type_error(format!(
                "replace() argument {} must be str, not {}",
                i + 1,
                type_name(&args[i])
            )),
        }
    };
    let old = arg(0)?;
    let new = arg(1)?;
    let count = match args.get(2) {
        Some(v) => ssize(vm, v)?,
        None => -1,
    };
    let text = s.as_str();
    if count == 0 || (!old.as_str().is_empty() && !text.contains(old.as_str())) {
        return Ok(Value::Str(s.clone()));
    }
    let r = strtext::try_replace(text, old.as_str(), new.as_str(), count).map_err(size_error)?;
    Ok(Value::string(r))
}

/// The fill character argument of center/ljust/rjust.
fn fill_arg(v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(Value::Str(f)) => {
            let mut it = f.as_str().chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => type_error("The fill character must be exactly one character long"),
            }
        }
        Some(v) => type_error(format!(
            "The fill character must be a unicode character, not {}",
            type_name(v)
        )),
    }
}

fn pad_impl(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str) -> PyResult<Value> {
    let s = recv(a, name)?;
    let args = positional(name, a, kw, 1, 2)?;
    let width = ssize(vm, &args[0])?;
    let fill = fill_arg(args.get(1))?;
    if width <= 0 || width <= i64::try_from(s.char_len()).unwrap_or(i64::MAX) {
        return Ok(Value::Str(s.clone()));
    }
    let text = s.as_str();
    let r = match name {
        "center" => strtext::try_center(text, width, fill),
        "ljust" => strtext::try_ljust(text, width, fill),
        _ => strtext::try_rjust(text, width, fill),
    }
    .map_err(size_error)?;
    Ok(Value::string(r))
}

fn center(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    pad_impl(vm, a, kw, "center")
}

fn ljust(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    pad_impl(vm, a, kw, "ljust")
}

fn rjust(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    pad_impl(vm, a, kw, "rjust")
}

fn zfill(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = recv(a, "zfill")?;
    let width = ssize(vm, one_arg("zfill", a, kw)?)?;
    if width <= 0 || width <= i64::try_from(s.char_len()).unwrap_or(i64::MAX) {
        return Ok(Value::Str(s.clone()));
    }
    let r = strtext::try_zfill(s.as_str(), width).map_err(size_error)?;
    Ok(Value::string(r))
}

fn expandtabs(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = recv(a, "expandtabs")?;
    let p = keywords("expandtabs", a, kw, &["tabsize"])?;
    let tabsize = match p[0] {
        Some(v) => c_int(vm, v)?,
        None => 8,
    };
    if !s.as_str().contains('\t') {
        return Ok(Value::Str(s.clone()));
    }
    let r = strtext::try_expandtabs(s.as_str(), tabsize).map_err(size_error)?;
    Ok(Value::string(r))
}

fn affix_impl(a: &[Value], kw: &KwArgs, name: &str) -> PyResult<Value> {
    let s = recv(a, name)?;
    let affix = match one_arg(name, a, kw)? {
        Value::Str(x) => x,
        v => {
            return type_error(format!(
                "{name}() argument must be str, not {}",
                type_name(v)
            ))
        }
    };
    let r = if name == "removeprefix" {
        strtext::removeprefix(s.as_str(), affix.as_str())
    } else {
        strtext::removesuffix(s.as_str(), affix.as_str())
    };
    Ok(same_or_new(s, r))
}

fn removeprefix(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    affix_impl(a, kw, "removeprefix")
}

fn removesuffix(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    affix_impl(a, kw, "removesuffix")
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// `(sub, start, end)` for find/index/count/startswith (`stringlib_parse_args_finds`).
fn find_args<'a>(
    vm: &mut Vm,
    name: &str,
    a: &'a [Value],
    kw: &KwArgs,
) -> PyResult<(&'a Value, Option<i64>, Option<i64>)> {
    if !kw.is_empty() {
        return type_error(format!("str.{name}() takes no keyword arguments"));
    }
    let args = rest(a);
    match args.len() {
        0 => type_error(format!("{name}() takes at least 1 argument (0 given)")),
        1..=3 => {
            let start = slice_index(vm, args.get(1))?;
            let end = slice_index(vm, args.get(2))?;
            Ok((&args[0], start, end))
        }
        n => type_error(format!("{name}() takes at most 3 arguments ({n} given)")),
    }
}

fn find_impl(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str) -> PyResult<Value> {
    let s = recv(a, name)?;
    let (sub, start, end) = find_args(vm, name, a, kw)?;
    let sub = str_of(sub)?.as_str();
    let text = s.as_str();
    let whole = start.is_none() && end.is_none();
    let r = match name {
        "find" | "index" => {
            if whole && s.is_ascii() {
                text.find(sub).map_or(-1, |i| i as i64)
            } else {
                strtext::find(text, sub, start, end)
            }
        }
        _ => {
            if whole && s.is_ascii() {
                text.rfind(sub).map_or(-1, |i| i as i64)
            } else {
                strtext::rfind(text, sub, start, end)
            }
        }
    };
    if r < 0 && (name == "index" || name == "rindex") {
        return value_error("substring not found");
    }
    Ok(Value::Int(r))
}

fn find(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    find_impl(vm, a, kw, "find")
}

fn rfind(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    find_impl(vm, a, kw, "rfind")
}

fn index(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    find_impl(vm, a, kw, "index")
}

fn rindex(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    find_impl(vm, a, kw, "rindex")
}

fn count(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = recv(a, "count")?;
    let (sub, start, end) = find_args(vm, "count", a, kw)?;
    let sub = str_of(sub)?.as_str();
    let n = if start.is_none() && end.is_none() && !sub.is_empty() {
        s.as_str().matches(sub).count()
    } else {
        strtext::count(s.as_str(), sub, start, end)
    };
    Ok(Value::Int(i64::try_from(n).unwrap_or(i64::MAX)))
}

fn affix_match(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str) -> PyResult<Value> {
    let s = recv(a, name)?;
    let (what, start, end) = find_args(vm, name, a, kw)?;
    let test = |p: &str| {
        if name == "startswith" {
            strtext::startswith(s.as_str(), p, start, end)
        } else {
            strtext::endswith(s.as_str(), p, start, end)
        }
    };
    if let Some(p) = what.as_str() {
        return Ok(Value::Bool(test(p)));
    }
    match what {
        Value::Tuple(t) => {
            for item in t.items.iter() {
                match item.as_str() {
                    Some(p) => {
                        if test(p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    None => {
                        return type_error(format!(
                            "tuple for {name} must only contain str, not {}",
                            type_name(item)
                        ))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        v => type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name(v)
        )),
    }
}

fn startswith(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    affix_match(vm, a, kw, "startswith")
}

fn endswith(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    affix_match(vm, a, kw, "endswith")
}

// ---------------------------------------------------------------------------
// maketrans / translate
// ---------------------------------------------------------------------------

/// `str.maketrans(x[, y[, z]])`, a static method: a dict from code points to code points,
/// strings or None.
fn maketrans(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return type_error("str.maketrans() takes no keyword arguments");
    }
    arity("maketrans", a, &[], 1, 3)?;
    let out = Dict::new();
    if a.len() == 1 {
        let Value::Dict(d) = &a[0] else {
            return type_error("if you give only one argument to maketrans it must be a dict");
        };
        for (k, v) in d.items() {
            let key = match &k {
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                Value::Str(s) => {
                    let mut it = s.as_str().chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Value::Int(i64::from(u32::from(c))),
                        _ => {
                            return value_error(
                                "string keys in translate table must be of length 1",
                            )
                        }
                    }
                }
                _ => return type_error("keys in translate table must be strings or integers"),
            };
            out.set(vm, key, v)?;
        }
        return Ok(Value::Dict(Arc::new(out)));
    }
    let Value::Str(x) = &a[0] else {
        return type_error(
            "first maketrans argument must be a string if there is a second argument",
        );
    };
    let arg = |i: usize| -> PyResult<Option<&Str>> {
        match a.get(i) {
            None => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s)),
            Some(v) => type_error(format!(
                "maketrans() argument {} must be str, not {}",
                i + 1,
                type_name(v)
            )),
        }
    };
    let y = arg(1)?;
    let z = arg(2)?;
    if let Some(y) = y {
        if y.char_len() != x.char_len() {
            return value_error("the first two maketrans arguments must have equal length");
        }
        for (cx, cy) in x.as_str().chars().zip(y.as_str().chars()) {
            out.set(
                vm,
                Value::Int(i64::from(u32::from(cx))),
                Value::Int(i64::from(u32::from(cy))),
            )?;
        }
    }
    if let Some(z) = z {
        for c in z.as_str().chars() {
            out.set(vm, Value::Int(i64::from(u32::from(c))), Value::None)?;
        }
    }
    Ok(Value::Dict(Arc::new(out)))
}

/// `str.translate(table)`: each code point looked up with `table[ord(c)]`; a
/// LookupError keeps it, None deletes it, an int or str replaces it.
fn translate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = recv(a, "translate")?;
    let table = one_arg("translate", a, kw)?;
    let mut cache: std::collections::HashMap<char, Option<String>> =
        std::collections::HashMap::new();
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        if let Some(r) = cache.get(&c) {
            if let Some(t) = r {
                out.push_str(t);
            }
            continue;
        }
        let key = Value::Int(i64::from(u32::from(c)));
        let r = match vm.getitem(table, &key) {
            Ok(Value::None) => None,
            Ok(Value::Str(t)) => Some(t.as_str().to_string()),
            Ok(Value::Int(n)) => match u32::try_from(n).ok().filter(|&n| n < 0x110000) {
                Some(n) => Some(char::from_u32(n).unwrap_or('\u{FFFD}').to_string()),
                None => return value_error("character mapping must be in range(0x110000)"),
            },
            Ok(Value::Bool(b)) => Some(char::from(u8::from(b)).to_string()),
            Ok(Value::BigInt(_)) => {
                return value_error("character mapping must be in range(0x110000)")
            }
            Ok(_) => return type_error("character mapping must return integer, None or str"),
            Err(e) if is_exc(&e, "LookupError") => Some(c.to_string()),
            Err(e) => return Err(e),
        };
        if let Some(t) = &r {
            out.push_str(t);
        }
        cache.insert(c, r);
    }
    Ok(mapped(s, out))
}

// ---------------------------------------------------------------------------
// Slots
// ---------------------------------------------------------------------------

/// Arity of a slot wrapper (`expected 1 argument, got 0`).
fn slot_args<'a>(name: &str, a: &'a [Value], kw: &KwArgs, n: usize) -> PyResult<&'a [Value]> {
    let args = rest(a);
    if !kw.is_empty() {
        return type_error(format!("wrapper {name}() takes no keyword arguments"));
    }
    if args.len() != n {
        return type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            args.len()
        ));
    }
    Ok(args)
}

fn dunder_format(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = Value::Str(recv(a, "__format__")?.clone());
    let spec = super::num::spec_arg("str", &a[1..], kw)?.to_string();
    vm.format(&s, &spec).map(Value::string)
}

fn dunder_len(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = recv(a, "__len__")?;
    slot_args("__len__", a, kw, 0)?;
    Ok(Value::Int(i64::try_from(s.char_len()).unwrap_or(i64::MAX)))
}

fn dunder_contains(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = recv(a, "__contains__")?;
    let args = slot_args("__contains__", a, kw, 1)?;
    match args[0].as_str() {
        Some(x) => Ok(Value::Bool(s.as_str().contains(x))),
        None => type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_name(&args[0])
        )),
    }
}

fn dunder_getitem(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = recv(a, "__getitem__")?;
    let args = slot_args("__getitem__", a, kw, 1)?;
    vm.getitem(&Value::Str(s.clone()), &args[0])
}

// ---------------------------------------------------------------------------
// str.format / str.format_map (Objects/stringlib/unicode_format.h)
// ---------------------------------------------------------------------------

/// Where named fields come from.
enum Named<'a> {
    /// `format(**kwargs)`.
    Kw(&'a KwArgs),
    /// `format_map(mapping)`: looked up with `mapping[key]`.
    Map(&'a Value),
}

#[derive(PartialEq, Clone, Copy)]
enum AutoState {
    Init,
    Auto,
    Manual,
}

struct FormatCtx<'a> {
    /// Positional arguments; `None` for `format_map`.
    args: Option<&'a [Value]>,
    named: Named<'a>,
    auto: AutoState,
    next_auto: usize,
}

/// One parsed replacement field.
struct Field<'a> {
    name: &'a str,
    conversion: Option<char>,
    spec: &'a str,
    spec_nested: bool,
}

fn format(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = recv(a, "format")?;
    let text = s.as_str();
    if !text.bytes().any(|b| b == b'{' || b == b'}') {
        return Ok(Value::Str(s.clone()));
    }
    let mut ctx = FormatCtx {
        args: Some(rest(a)),
        named: Named::Kw(kw),
        auto: AutoState::Init,
        next_auto: 0,
    };
    Ok(Value::string(build_string(vm, text, &mut ctx, 2)?))
}

fn format_map(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = recv(a, "format_map")?;
    let mapping = one_arg("format_map", a, kw)?;
    let mut ctx = FormatCtx {
        args: None,
        named: Named::Map(mapping),
        auto: AutoState::Init,
        next_auto: 0,
    };
    Ok(Value::string(build_string(vm, s.as_str(), &mut ctx, 2)?))
}

/// CPython's `build_string` + `MarkupIterator`: literal text and replacement fields.
fn build_string(vm: &mut Vm, fmt: &str, ctx: &mut FormatCtx<'_>, depth: i32) -> PyResult<String> {
    if depth <= 0 {
        return value_error("Max string recursion exceeded");
    }
    let b = fmt.as_bytes();
    let n = b.len();
    let mut out = String::with_capacity(n + 16);
    let mut pos = 0;
    while pos < n {
        let start = pos;
        let mut brace = 0u8;
        while pos < n {
            let c = b[pos];
            pos += 1;
            if c == b'{' || c == b'}' {
                brace = c;
                break;
            }
        }
        if brace == 0 {
            out.push_str(&fmt[start..]);
            break;
        }
        let at_end = pos >= n;
        if brace == b'}' && (at_end || b[pos] != b'}') {
            return value_error("Single '}' encountered in format string");
        }
        if brace == b'{' && at_end {
            return value_error("Single '{' encountered in format string");
        }
        if b[pos] == brace {
            // An escaped brace: the literal keeps one of the two.
            out.push_str(&fmt[start..pos]);
            pos += 1;
            continue;
        }
        out.push_str(&fmt[start..pos - 1]);
        let field = parse_field(fmt, &mut pos)?;
        render_field(vm, &field, ctx, depth, &mut out)?;
    }
    Ok(out)
}

/// CPython's `parse_field`: `name[!conv][:spec]}` starting after the `{`.
fn parse_field<'a>(fmt: &'a str, pos: &mut usize) -> PyResult<Field<'a>> {
    let b = fmt.as_bytes();
    let n = b.len();
    let name_start = *pos;
    let mut name_end = n;
    let mut last = 0u8;
    while *pos < n {
        let c = b[*pos];
        *pos += 1;
        last = c;
        match c {
            b'{' => return value_error("unexpected '{' in field name"),
            b'[' => {
                while *pos < n && b[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => {
                name_end = *pos - 1;
                break;
            }
            _ => {}
        }
    }
    let name = fmt.get(name_start..name_end).unwrap_or("");
    if last != b'!' && last != b':' {
        if last != b'}' || name_end == n {
            return value_error("expected '}' before end of string");
        }
        return Ok(Field {
            name,
            conversion: None,
            spec: "",
            spec_nested: false,
        });
    }
    let mut conversion = None;
    if last == b'!' {
        let Some(c) = fmt.get(*pos..).and_then(|t| t.chars().next()) else {
            return value_error("end of string while looking for conversion specifier");
        };
        conversion = Some(c);
        *pos += c.len_utf8();
        if *pos < n {
            let c2 = b[*pos];
            *pos += 1;
            if c2 == b'}' {
                return Ok(Field {
                    name,
                    conversion,
                    spec: "",
                    spec_nested: false,
                });
            }
            if c2 != b':' {
                return value_error("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    let mut nested = false;
    while *pos < n {
        let c = b[*pos];
        *pos += 1;
        if c == b'{' {
            nested = true;
            depth += 1;
        } else if c == b'}' {
            depth -= 1;
            if depth == 0 {
                return Ok(Field {
                    name,
                    conversion,
                    spec: fmt.get(spec_start..*pos - 1).unwrap_or(""),
                    spec_nested: nested,
                });
            }
        }
    }
    value_error("unmatched '{' in format spec")
}

/// CPython's `get_integer`: the value of an all-decimal-digits field name, `None` when it
/// is empty or holds anything else.
fn field_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: usize = 0;
    for c in s.chars() {
        let d = if c.is_ascii_digit() {
            (c as u8 - b'0') as usize
        } else {
            let mut buf = [0u8; 4];
            let cs: &str = c.encode_utf8(&mut buf);
            if !strtext::is_decimal(cs) {
                return Ok(None);
            }
            match crate::objects::numfmt::parse_int(cs, 10) {
                Ok(v) => usize::try_from(&v).unwrap_or(0),
                Err(_) => return Ok(None),
            }
        };
        if acc > (isize::MAX as usize - d) / 10 {
            return value_error("Too many decimal digits in format string");
        }
        acc = acc * 10 + d;
    }
    Ok(Some(acc))
}

/// CPython's `get_field_object`: the argument a field name designates.
fn field_object(vm: &mut Vm, name: &str, ctx: &mut FormatCtx<'_>) -> PyResult<Value> {
    let split = name.find(['.', '[']).unwrap_or(name.len());
    let (first, mut rest) = name.split_at(split);
    let mut idx = field_integer(first)?;
    let empty = first.is_empty();
    if empty || idx.is_some() {
        if ctx.auto == AutoState::Init {
            ctx.auto = if empty {
                AutoState::Auto
            } else {
                AutoState::Manual
            };
        }
        match (ctx.auto, empty) {
            (AutoState::Manual, true) => {
                return value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )
            }
            (AutoState::Auto, false) => {
                return value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                )
            }
            _ => {}
        }
        if empty {
            idx = Some(ctx.next_auto);
            ctx.next_auto += 1;
        }
    }
    let mut obj = match idx {
        None => match &ctx.named {
            Named::Kw(kw) => match kw.iter().find(|(k, _)| k.as_str() == first) {
                Some((_, v)) => v.clone(),
                None => return key_error(Value::str(first)),
            },
            Named::Map(m) => {
                let m = (*m).clone();
                vm.getitem(&m, &Value::str(first))?
            }
        },
        Some(i) => {
            let Some(args) = ctx.args else {
                return value_error("Format string contains positional fields");
            };
            match args.get(i) {
                Some(v) => v.clone(),
                None => {
                    return index_error(format!(
                        "Replacement index {i} out of range for positional args tuple"
                    ))
                }
            }
        }
    };
    while !rest.is_empty() {
        let is_attr = rest.starts_with('.');
        let part;
        if is_attr {
            let body = &rest[1..];
            let end = body.find(['.', '[']).unwrap_or(body.len());
            part = &body[..end];
            rest = &body[end..];
        } else if rest.starts_with('[') {
            let body = &rest[1..];
            let Some(end) = body.find(']') else {
                return value_error("Missing ']' in format string");
            };
            part = &body[..end];
            rest = &body[end + 1..];
        } else {
            return value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
        if part.is_empty() {
            return value_error("Empty attribute in format string");
        }
        obj = if is_attr {
            vm.getattr(&obj, &new_str(part))?
        } else {
            match field_integer(part)? {
                Some(i) => {
                    let key = Value::Int(i64::try_from(i).unwrap_or(i64::MAX));
                    vm.getitem(&obj, &key)?
                }
                None => vm.getitem(&obj, &Value::str(part))?,
            }
        };
    }
    Ok(obj)
}

/// CPython's `output_markup`: looks the field up, converts it, expands a nested spec and
/// formats the value with `format(value, spec)`.
fn render_field(
    vm: &mut Vm,
    field: &Field<'_>,
    ctx: &mut FormatCtx<'_>,
    depth: i32,
    out: &mut String,
) -> PyResult<()> {
    let mut obj = field_object(vm, field.name, ctx)?;
    match field.conversion {
        None | Some('\0') => {}
        Some('r') => obj = Value::string(vm.repr(&obj)?),
        Some('s') => obj = Value::string(vm.str(&obj)?),
        Some('a') => obj = Value::string(crate::builtins::ascii_of(&vm.repr(&obj)?)),
        Some(c) => {
            let n = c as u32;
            return value_error(if n > 32 && n < 127 {
                format!("Unknown conversion specifier {c}")
            } else {
                format!("Unknown conversion specifier \\x{n:x}")
            });
        }
    }
    let expanded;
    let spec = if field.spec_nested {
        expanded = build_string(vm, field.spec, ctx, depth - 1)?;
        expanded.as_str()
    } else {
        field.spec
    };
    match (&obj, spec.is_empty()) {
        (Value::Str(s), true) => out.push_str(s.as_str()),
        (Value::Int(i), true) => {
            use std::fmt::Write;
            let _ = write!(out, "{i}");
        }
        _ => out.push_str(&vm.format(&obj, spec)?),
    }
    Ok(())
}
