//! Argument handling for native functions: binding positional and keyword arguments to named
//! parameters (PyArg_ParseTupleAndKeywords) and the common conversions, with CPython's messages.

use crate::objects::{Str, Value};
use crate::vm::error::*;
use crate::vm::protocol::type_name;
use crate::vm::{KwArgs, PyResult, Vm};

/// Binds `args`/`kw` to `params`; the first `required` are mandatory. Positional-only when
/// `kw_ok` is false.
pub fn bind(
    fname: &str,
    args: &[Value],
    kw: &KwArgs,
    params: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    if args.len() > params.len() {
        return type_error(format!(
            "{fname}() takes at most {} argument{} ({} given)",
            params.len(),
            if params.len() == 1 { "" } else { "s" },
            args.len()
        ));
    }
    let mut out: Vec<Option<Value>> = vec![None; params.len()];
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kw {
        match params.iter().position(|p| *p == k.as_str()) {
            Some(i) => {
                if out[i].is_some() {
                    return type_error(format!(
                        "argument for {fname}() given by name ('{}') and position ({})",
                        k.as_str(),
                        i + 1
                    ));
                }
                out[i] = Some(v.clone());
            }
            None => {
                return type_error(format!(
                    "{fname}() got an unexpected keyword argument '{}'",
                    k.as_str()
                ))
            }
        }
    }
    for (i, p) in params.iter().enumerate().take(required) {
        if out[i].is_none() {
            return type_error(format!(
                "{fname}() missing required argument '{p}' (pos {})",
                i + 1
            ));
        }
    }
    Ok(out)
}

/// The message of `PyArg_ParseTupleAndKeywords` (used by the older built-ins: `int()`,
/// `str()`, `enumerate()`, `sorted()`, `min()`) for a keyword it does not take.
pub fn invalid_keyword(fname: &str, k: &Str) -> String {
    format!(
        "'{}' is an invalid keyword argument for {fname}()",
        k.as_str()
    )
}

/// Checks a positional-only arity: `min..=max` arguments and no keywords.
pub fn arity(fname: &str, args: &[Value], kw: &KwArgs, min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return type_error(format!("{fname}() takes no keyword arguments"));
    }
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    // METH_NOARGS and METH_O functions word it as "takes"; the others as
    // `_PyArg_CheckPositional` does.
    match (min, max) {
        (0, 0) => return type_error(format!("{fname}() takes no arguments ({n} given)")),
        (1, 1) => return type_error(format!("{fname}() takes exactly one argument ({n} given)")),
        (k, m) if k == m => return type_error(format!("{fname} expected {k} arguments, got {n}")),
        _ => {}
    }
    if n < min {
        return type_error(format!(
            "{fname} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        ));
    }
    type_error(format!(
        "{fname} expected at most {max} argument{}, got {n}",
        if max == 1 { "" } else { "s" }
    ))
}

pub fn kwarg<'a>(kw: &'a KwArgs, name: &str) -> Option<&'a Value> {
    kw.iter().find(|(k, _)| k.as_str() == name).map(|(_, v)| v)
}

/// An int argument (bools allowed, `__index__` honoured).
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    vm.to_index(v)
}

pub fn float_arg(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => crate::vm::ops::big_to_f64(b),
        _ => match crate::vm::subclass::native_of(v) {
            Some(native) => float_arg(native),
            None => type_error(format!("must be real number, not {}", type_name(v))),
        },
    }
}

pub fn str_arg<'a>(fname: &str, v: &'a Value) -> PyResult<&'a Str> {
    match v.as_pystr() {
        Some(s) => Ok(s),
        None => type_error(format!(
            "{fname}() argument must be str, not {}",
            type_name(v)
        )),
    }
}
