//! sys's fixed descriptions of the interpreter and the machine, as CPython 3.11 names them:
//! `float_info`, `int_info`, `hash_info`, `flags` (struct sequences), `implementation` (a namespace naming
//! mt itself), `maxunicode`, `hexversion`, `float_repr_style`, and `getsizeof`, which reports
//! the memory mt's own representation of a value takes.

use crate::builtins::types::native_object_class;
use crate::objects::structseq;
use crate::objects::{new_str, Class, Dict, Instance, Value};
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

/// CPython 3.11.7's `sys.hexversion`, the version mt follows.
const HEXVERSION: i64 = 0x030B_07F0;

pub fn add(d: &Dict) {
    let f = |x: f64| Value::Float(x);
    let i = Value::Int;
    let float_info = structseq::make_class(
        "sys.float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    let values = vec![
        f(f64::MAX),
        i(f64::MAX_EXP as i64),
        i(f64::MAX_10_EXP as i64),
        f(f64::MIN_POSITIVE),
        i(f64::MIN_EXP as i64),
        i(f64::MIN_10_EXP as i64),
        i(f64::DIGITS as i64),
        i(f64::MANTISSA_DIGITS as i64),
        f(f64::EPSILON),
        i(f64::RADIX as i64),
        i(1),
    ];
    d.set_str(new_str("float_info"), structseq::new(&float_info, values));
    let int_info = structseq::make_class(
        "sys.int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
    );
    // mt's big integers use 64-bit digits; the string-conversion limits are CPython's.
    let values = vec![i(64), i(8), i(4300), i(640)];
    d.set_str(new_str("int_info"), structseq::new(&int_info, values));
    let hash_info = structseq::make_class(
        "sys.hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
    );
    // Numbers hash as in CPython (modulo the Mersenne prime 2**61 - 1); str uses mt's own
    // seeded function, named here.
    let values = vec![
        i(64),
        i((1 << 61) - 1),
        i(314159),
        i(0),
        i(1000003),
        Value::str("fxhash"),
        i(64),
        i(64),
        i(0),
    ];
    d.set_str(new_str("hash_info"), structseq::new(&hash_info, values));
    d.set_str(new_str("flags"), flags());
    d.set_str(new_str("implementation"), implementation());
    d.set_str(new_str("maxunicode"), i(0x10FFFF));
    d.set_str(new_str("hexversion"), i(HEXVERSION));
    d.set_str(new_str("float_repr_style"), Value::str("short"));
    super::add_fn(d, "getsizeof", getsizeof);
    super::frames::add(d);
}

/// `sys.flags`: how the interpreter was started. mt has none of CPython's switches, so each
/// flag has the value it has when CPython runs a script plainly (mt writes no bytecode).
fn flags() -> Value {
    let fields = [
        ("debug", Value::Int(0)),
        ("inspect", Value::Int(0)),
        ("interactive", Value::Int(0)),
        ("optimize", Value::Int(0)),
        ("dont_write_bytecode", Value::Int(1)),
        ("no_user_site", Value::Int(0)),
        ("no_site", Value::Int(0)),
        ("ignore_environment", Value::Int(0)),
        ("verbose", Value::Int(0)),
        ("bytes_warning", Value::Int(0)),
        ("quiet", Value::Int(0)),
        ("hash_randomization", Value::Int(1)),
        ("isolated", Value::Int(0)),
        ("dev_mode", Value::Bool(false)),
        ("utf8_mode", Value::Int(0)),
        ("warn_default_encoding", Value::Int(0)),
        ("safe_path", Value::Bool(false)),
        ("int_max_str_digits", Value::Int(-1)),
    ];
    let names: Vec<&str> = fields.iter().map(|(n, _)| *n).collect();
    let class = structseq::make_class("sys.flags", &names);
    structseq::new(&class, fields.into_iter().map(|(_, v)| v).collect())
}

/// `sys.implementation` (PEP 421): a `types.SimpleNamespace` that names mt and its version.
fn implementation() -> Value {
    let version = env!("CARGO_PKG_VERSION");
    let mut parts = version.split('.').map(|p| p.parse::<i64>().unwrap_or(0));
    let (major, minor, micro) = (
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
        parts.next().unwrap_or(0),
    );
    let version_info = structseq::make_class(
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let version = structseq::new(
        &version_info,
        vec![
            Value::Int(major),
            Value::Int(minor),
            Value::Int(micro),
            Value::str("alpha"),
            Value::Int(0),
        ],
    );
    let ns = Instance::new(namespace_class().clone());
    ns.attrs.set_str(new_str("name"), Value::str("mt"));
    ns.attrs.set_str(new_str("cache_tag"), Value::None);
    ns.attrs.set_str(new_str("version"), version);
    let hex = (major << 24) | (minor << 16) | (micro << 8) | 0xA0;
    ns.attrs.set_str(new_str("hexversion"), Value::Int(hex));
    Value::Instance(ns)
}

/// `types.SimpleNamespace`, with its `namespace(a=1, b=2)` repr.
fn namespace_class() -> &'static Arc<Class> {
    static CLASS: std::sync::OnceLock<Arc<Class>> = std::sync::OnceLock::new();
    CLASS.get_or_init(|| native_object_class("SimpleNamespace", &[("__repr__", namespace_repr)]))
}

fn namespace_repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Value::Instance(inst) = &a[0] else {
        return type_error("descriptor '__repr__' requires a 'types.SimpleNamespace' object");
    };
    let mut parts = Vec::new();
    for (k, v) in inst.attrs.items() {
        parts.push(format!("{}={}", vm.str(&k)?, vm.repr(&v)?));
    }
    Ok(Value::string(format!("namespace({})", parts.join(", "))))
}

/// `sys.getsizeof(obj[, default])`: `obj.__sizeof__()`, or `default` when the object has no
/// size to give.
fn getsizeof(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = crate::builtins::args::bind("getsizeof", a, kw, &["object", "default"], 1)?;
    let obj = p[0].clone().unwrap_or(Value::None);
    let size = match vm.call_method(&obj, "__sizeof__", &[]) {
        Ok(v) => v,
        Err(e) => match &p[1] {
            Some(default) if is_exc(&e, "TypeError") => return Ok(default.clone()),
            _ => return Err(e),
        },
    };
    match size {
        Value::Int(n) if n < 0 => value_error("__sizeof__() should return >= 0"),
        Value::Int(_) | Value::Bool(_) => Ok(size),
        Value::BigInt(_) => overflow_error("Python int too large to convert to C ssize_t"),
        _ => type_error("an integer is required"),
    }
}
