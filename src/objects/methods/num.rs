//! Methods of the built-in `int`, `bool` and `float` types, with CPython 3.11's results and
//! messages (`Objects/longobject.c`, `Objects/boolobject.c`, `Objects/floatobject.c`):
//! bit_length bit_count conjugate as_integer_ratio is_integer hex, the conversion dunders
//! (`__index__`, `__int__`, `__float__`, `__trunc__`, `__floor__`, `__ceil__`, `__round__`,
//! `__format__`), and the operator dunders (`(5).__add__(3)`, `(2).__lt__(3)`), which answer
//! `NotImplemented` for operands of other types exactly as CPython's slot wrappers do.
//!
//! `bool` inherits the `int` methods through its MRO and overrides only the bitwise operators,
//! which keep `bool` results between two bools. The arithmetic itself is the VM's
//! (`vm.binary`, `vm.compare`), so these entry points cannot drift from the operators.

use super::add;
use super::list::{bad_receiver, exact, positional, repr_of};
use crate::builtins::convert::{float_to_int, round};
use crate::builtins::types::Types;
use crate::objects::function::NativeFn;
use crate::objects::hexfloat::{self, HexFloatError};
use crate::objects::object::ObjKind;
use crate::objects::{Builtin, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::error::*;
use crate::vm::ops::{big_to_f64, to_big};
use crate::vm::protocol::{not_implemented, type_name};
use crate::vm::{KwArgs, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, Zero};
use std::sync::Arc;

pub fn register(t: &Types) {
    let i = &t.int;
    add(i, "int", "bit_length", bit_length);
    add(i, "int", "bit_count", bit_count);
    add(i, "int", "as_integer_ratio", int_ratio);
    add(i, "int", "__float__", int_float);
    add(i, "int", "__abs__", int_abs);
    add(i, "int", "__neg__", int_neg);
    add(i, "int", "__invert__", int_invert);
    add(i, "int", "__bool__", int_bool);
    add(i, "int", "__hash__", int_hash);
    add(i, "int", "__round__", int_round);
    add(i, "int", "__format__", int_format);
    add(i, "int", "__pow__", int_pow);
    add(i, "int", "__rpow__", int_rpow);
    add(i, "int", "__divmod__", int_divmod);
    add(i, "int", "__repr__", int_repr);
    add(i, "int", "__rdivmod__", int_rdivmod);
    for (name, f) in INT_BINARY.iter().chain(INT_COMPARE).chain(INT_SELF) {
        add(i, "int", name, *f);
    }
    for (name, f) in BOOL_BINARY {
        add(&t.bool, "bool", name, *f);
    }

    let f = &t.float;
    add(f, "float", "is_integer", is_integer);
    add(f, "float", "as_integer_ratio", float_ratio);
    add(f, "float", "hex", float_hex);
    f.dict.set_str(
        crate::objects::new_str("fromhex"),
        Value::object(ObjKind::ClassMethod(Builtin::method(
            "float",
            "fromhex",
            float_fromhex,
        ))),
    );
    add(f, "float", "__int__", float_int);
    add(f, "float", "__trunc__", float_trunc);
    add(f, "float", "__floor__", float_floor);
    add(f, "float", "__ceil__", float_ceil);
    add(f, "float", "__abs__", float_abs);
    add(f, "float", "__neg__", float_neg);
    add(f, "float", "__bool__", float_bool);
    add(f, "float", "__hash__", float_hash);
    add(f, "float", "__round__", float_round);
    add(f, "float", "__format__", float_format);
    add(f, "float", "__pow__", float_pow);
    add(f, "float", "__rpow__", float_rpow);
    add(f, "float", "__divmod__", float_divmod);
    add(f, "float", "__repr__", float_repr);
    add(&t.bool, "bool", "__repr__", bool_repr);
    add(f, "float", "__rdivmod__", float_rdivmod);
    for (name, func) in FLOAT_BINARY.iter().chain(FLOAT_COMPARE).chain(FLOAT_SELF) {
        add(f, "float", name, *func);
    }
}

// ------------------------------------------------------------------ receivers and operands

/// The `int` receiver (bools read as the int they equal) and the other arguments.
fn this_int<'a>(a: &'a [Value], name: &str) -> PyResult<(Value, &'a [Value])> {
    match a.split_first() {
        Some((Value::Bool(b), rest)) => Ok((Value::Int(*b as i64), rest)),
        Some((v @ (Value::Int(_) | Value::BigInt(_)), rest)) => Ok((v.clone(), rest)),
        _ => Err(bad_receiver(a, "int", name)),
    }
}

fn this_float<'a>(a: &'a [Value], name: &str) -> PyResult<(f64, &'a [Value])> {
    match a.split_first() {
        Some((Value::Float(f), rest)) => Ok((*f, rest)),
        _ => Err(bad_receiver(a, "float", name)),
    }
}

/// An operand an `int` slot accepts (bools read as ints), or None for `NotImplemented`.
fn int_operand(v: &Value) -> Option<Value> {
    match v {
        Value::Bool(b) => Some(Value::Int(*b as i64)),
        Value::Int(_) | Value::BigInt(_) => Some(v.clone()),
        _ => None,
    }
}

/// An operand a `float` slot accepts: any int or float.
fn float_operand(v: &Value) -> Option<Value> {
    match v {
        Value::Float(_) => Some(v.clone()),
        _ => int_operand(v),
    }
}

/// The `int` receiver of a method taking no arguments.
fn int_noargs(a: &[Value], kw: &KwArgs, name: &str) -> PyResult<Value> {
    let (x, args) = this_int(a, name)?;
    exact("int", name, args, kw, 0)?;
    Ok(x)
}

fn float_noargs(a: &[Value], kw: &KwArgs, name: &str) -> PyResult<f64> {
    let (x, args) = this_float(a, name)?;
    exact("float", name, args, kw, 0)?;
    Ok(x)
}

/// The format spec argument of `__format__`, which must be a str.
pub fn spec_arg<'a>(owner: &str, args: &'a [Value], kw: &KwArgs) -> PyResult<&'a str> {
    exact(owner, "__format__", args, kw, 1)?;
    match &args[0] {
        Value::Str(s) => Ok(s.as_str()),
        other => type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(other)
        )),
    }
}

// ------------------------------------------------------------------ operator tables

/// Builds a table of `(name, native)` entries, each native calling `$imp` with its own name
/// and the extra arguments given, so one implementation serves several names and still words
/// its errors after the name it was called by.
macro_rules! table {
    ($table:ident, $imp:ident; $($name:literal => ($($arg:expr),*));* $(;)?) => {
        const $table: &[(&str, NativeFn)] = &[$(($name, {
            fn f(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
                $imp(vm, a, kw, $name $(, $arg)*)
            }
            f
        })),*];
    };
}

table! { INT_BINARY, int_binary;
    "__add__" => (BinOp::Add, false); "__radd__" => (BinOp::Add, true);
    "__sub__" => (BinOp::Sub, false); "__rsub__" => (BinOp::Sub, true);
    "__mul__" => (BinOp::Mul, false); "__rmul__" => (BinOp::Mul, true);
    "__truediv__" => (BinOp::Div, false); "__rtruediv__" => (BinOp::Div, true);
    "__floordiv__" => (BinOp::FloorDiv, false); "__rfloordiv__" => (BinOp::FloorDiv, true);
    "__mod__" => (BinOp::Mod, false); "__rmod__" => (BinOp::Mod, true);
    "__lshift__" => (BinOp::LShift, false); "__rlshift__" => (BinOp::LShift, true);
    "__rshift__" => (BinOp::RShift, false); "__rrshift__" => (BinOp::RShift, true);
    "__and__" => (BinOp::BitAnd, false); "__rand__" => (BinOp::BitAnd, true);
    "__or__" => (BinOp::BitOr, false); "__ror__" => (BinOp::BitOr, true);
    "__xor__" => (BinOp::BitXor, false); "__rxor__" => (BinOp::BitXor, true);
}

table! { BOOL_BINARY, bool_binary;
    "__and__" => (BinOp::BitAnd, false); "__rand__" => (BinOp::BitAnd, true);
    "__or__" => (BinOp::BitOr, false); "__ror__" => (BinOp::BitOr, true);
    "__xor__" => (BinOp::BitXor, false); "__rxor__" => (BinOp::BitXor, true);
}

table! { FLOAT_BINARY, float_binary;
    "__add__" => (BinOp::Add, false); "__radd__" => (BinOp::Add, true);
    "__sub__" => (BinOp::Sub, false); "__rsub__" => (BinOp::Sub, true);
    "__mul__" => (BinOp::Mul, false); "__rmul__" => (BinOp::Mul, true);
    "__truediv__" => (BinOp::Div, false); "__rtruediv__" => (BinOp::Div, true);
    "__floordiv__" => (BinOp::FloorDiv, false); "__rfloordiv__" => (BinOp::FloorDiv, true);
    "__mod__" => (BinOp::Mod, false); "__rmod__" => (BinOp::Mod, true);
}

table! { INT_COMPARE, int_compare;
    "__eq__" => (CmpOp::Eq); "__ne__" => (CmpOp::NotEq); "__lt__" => (CmpOp::Lt);
    "__le__" => (CmpOp::LtE); "__gt__" => (CmpOp::Gt); "__ge__" => (CmpOp::GtE);
}

table! { FLOAT_COMPARE, float_compare;
    "__eq__" => (CmpOp::Eq); "__ne__" => (CmpOp::NotEq); "__lt__" => (CmpOp::Lt);
    "__le__" => (CmpOp::LtE); "__gt__" => (CmpOp::Gt); "__ge__" => (CmpOp::GtE);
}

fn apply(vm: &mut Vm, op: BinOp, x: Value, y: Value, reflected: bool) -> PyResult<Value> {
    if reflected {
        vm.binary(op, &y, &x)
    } else {
        vm.binary(op, &x, &y)
    }
}

fn int_binary(
    vm: &mut Vm,
    a: &[Value],
    kw: &KwArgs,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let (x, args) = this_int(a, name)?;
    exact("int", name, args, kw, 1)?;
    match int_operand(&args[0]) {
        Some(y) => apply(vm, op, x, y, reflected),
        None => Ok(not_implemented()),
    }
}

fn bool_binary(
    vm: &mut Vm,
    a: &[Value],
    kw: &KwArgs,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let Some((Value::Bool(x), args)) = a.split_first() else {
        return Err(bad_receiver(a, "bool", name));
    };
    exact("bool", name, args, kw, 1)?;
    match &args[0] {
        // Between two bools the bitwise operators stay bools.
        Value::Bool(y) => Ok(Value::Bool(match op {
            BinOp::BitAnd => *x & *y,
            BinOp::BitOr => *x | *y,
            _ => *x ^ *y,
        })),
        other => match int_operand(other) {
            Some(y) => apply(vm, op, Value::Int(*x as i64), y, reflected),
            None => Ok(not_implemented()),
        },
    }
}

fn float_binary(
    vm: &mut Vm,
    a: &[Value],
    kw: &KwArgs,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let (x, args) = this_float(a, name)?;
    exact("float", name, args, kw, 1)?;
    match float_operand(&args[0]) {
        Some(y) => apply(vm, op, Value::Float(x), y, reflected),
        None => Ok(not_implemented()),
    }
}

fn int_compare(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, op: CmpOp) -> PyResult<Value> {
    let (x, args) = this_int(a, name)?;
    exact("int", name, args, kw, 1)?;
    match int_operand(&args[0]) {
        Some(y) => vm.compare(op, &x, &y),
        None => Ok(not_implemented()),
    }
}

fn float_compare(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, op: CmpOp) -> PyResult<Value> {
    let (x, args) = this_float(a, name)?;
    exact("float", name, args, kw, 1)?;
    match float_operand(&args[0]) {
        Some(y) => vm.compare(op, &Value::Float(x), &y),
        None => Ok(not_implemented()),
    }
}

// ------------------------------------------------------------------ pow and divmod

/// `pow(base, exp, m)` for ints, as CPython's `long_pow` (negative exponents invert).
fn int_modpow(base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return value_error("pow() 3rd argument cannot be 0");
    }
    let modulus = m.abs();
    let r = if exp.is_negative() {
        let g = base.extended_gcd(&modulus);
        if !g.gcd.is_one() {
            return value_error("base is not invertible for the given modulus");
        }
        g.x.mod_floor(&modulus).modpow(&-exp, &modulus)
    } else {
        base.mod_floor(&modulus).modpow(exp, &modulus)
    };
    // The result takes the sign of the modulus.
    let r = if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    };
    Ok(Value::from_bigint(r))
}

/// The ternary `__pow__` / `__rpow__` of int: `(x ** y) % m` with `x`, `y` already ordered.
fn int_pow_impl(
    vm: &mut Vm,
    a: &[Value],
    kw: &KwArgs,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let (x, args) = this_int(a, name)?;
    super::list::exact_slot_range(name, args, kw, 1, 2)?;
    let Some(y) = int_operand(&args[0]) else {
        return Ok(not_implemented());
    };
    let (base, exp) = if reflected { (y, x) } else { (x, y) };
    match args.get(1) {
        None | Some(Value::None) => vm.binary(BinOp::Pow, &base, &exp),
        Some(m) => match (
            to_big(&base),
            to_big(&exp),
            int_operand(m).and_then(|m| to_big(&m)),
        ) {
            (Some(b), Some(e), Some(m)) => int_modpow(&b, &e, &m),
            _ => Ok(not_implemented()),
        },
    }
}

fn int_pow(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_pow_impl(vm, a, kw, "__pow__", false)
}

fn int_rpow(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    int_pow_impl(vm, a, kw, "__rpow__", true)
}

fn float_pow_impl(
    vm: &mut Vm,
    a: &[Value],
    kw: &KwArgs,
    name: &str,
    reflected: bool,
) -> PyResult<Value> {
    let (x, args) = this_float(a, name)?;
    super::list::exact_slot_range(name, args, kw, 1, 2)?;
    let Some(y) = float_operand(&args[0]) else {
        return Ok(not_implemented());
    };
    if !matches!(args.get(1), None | Some(Value::None)) {
        return type_error("pow() 3rd argument not allowed unless all arguments are integers");
    }
    apply(vm, BinOp::Pow, Value::Float(x), y, reflected)
}

fn float_pow(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_pow_impl(vm, a, kw, "__pow__", false)
}

fn float_rpow(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_pow_impl(vm, a, kw, "__rpow__", true)
}

/// `(x // y, x % y)` through the VM's operators.
fn divmod_of(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<Value> {
    let is_zero = match y {
        Value::Float(f) => *f == 0.0,
        Value::Int(i) => *i == 0,
        Value::Bool(b) => !*b,
        _ => false,
    };
    if is_zero {
        return if matches!(x, Value::Float(_)) || matches!(y, Value::Float(_)) {
            zero_division("float divmod()")
        } else {
            zero_division("integer division or modulo by zero")
        };
    }
    let q = vm.binary(BinOp::FloorDiv, x, y)?;
    let r = vm.binary(BinOp::Mod, x, y)?;
    Ok(Value::tuple(vec![q, r]))
}

fn int_divmod(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (x, args) = this_int(a, "__divmod__")?;
    exact("int", "__divmod__", args, kw, 1)?;
    match int_operand(&args[0]) {
        Some(y) => divmod_of(vm, &x, &y),
        None => Ok(not_implemented()),
    }
}

fn int_rdivmod(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (x, args) = this_int(a, "__rdivmod__")?;
    exact("int", "__rdivmod__", args, kw, 1)?;
    match int_operand(&args[0]) {
        Some(y) => divmod_of(vm, &y, &x),
        None => Ok(not_implemented()),
    }
}

fn float_divmod(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (x, args) = this_float(a, "__divmod__")?;
    exact("float", "__divmod__", args, kw, 1)?;
    match float_operand(&args[0]) {
        Some(y) => divmod_of(vm, &Value::Float(x), &y),
        None => Ok(not_implemented()),
    }
}

fn float_rdivmod(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (x, args) = this_float(a, "__rdivmod__")?;
    exact("float", "__rdivmod__", args, kw, 1)?;
    match float_operand(&args[0]) {
        Some(y) => divmod_of(vm, &y, &Value::Float(x)),
        None => Ok(not_implemented()),
    }
}

// ------------------------------------------------------------------ int methods

table! { INT_SELF, int_self;
    "conjugate" => (); "__index__" => (); "__int__" => (); "__pos__" => ();
    "__trunc__" => (); "__floor__" => (); "__ceil__" => ();
}

/// The int itself, as a plain int for bools.
fn int_self(_vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str) -> PyResult<Value> {
    int_noargs(a, kw, name)
}

fn bit_length(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(match int_noargs(a, kw, "bit_length")? {
        Value::Int(i) => Value::Int(64 - i.unsigned_abs().leading_zeros() as i64),
        Value::BigInt(b) => Value::from_bigint(BigInt::from(b.bits())),
        _ => Value::Int(0),
    })
}

fn bit_count(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(match int_noargs(a, kw, "bit_count")? {
        Value::Int(i) => Value::Int(i.unsigned_abs().count_ones() as i64),
        Value::BigInt(b) => Value::from_bigint(BigInt::from(b.magnitude().count_ones())),
        _ => Value::Int(0),
    })
}

fn int_ratio(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = int_noargs(a, kw, "as_integer_ratio")?;
    Ok(Value::tuple(vec![x, Value::Int(1)]))
}

fn int_float(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(match int_noargs(a, kw, "__float__")? {
        Value::Int(i) => i as f64,
        Value::BigInt(b) => big_to_f64(&b)?,
        _ => 0.0,
    }))
}

fn int_abs(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(match int_noargs(a, kw, "__abs__")? {
        Value::Int(i) => match i.checked_abs() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(BigInt::from(i).abs()),
        },
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        other => other,
    })
}

fn int_neg(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = int_noargs(a, kw, "__neg__")?;
    vm.neg(&x)
}

fn int_invert(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = int_noargs(a, kw, "__invert__")?;
    vm.invert(&x)
}

fn int_bool(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(match int_noargs(a, kw, "__bool__")? {
        Value::Int(i) => i != 0,
        Value::BigInt(b) => !b.is_zero(),
        _ => false,
    }))
}

fn int_hash(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = int_noargs(a, kw, "__hash__")?;
    vm.hash(&x).map(Value::Int)
}

fn int_round(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (x, args) = this_int(a, "__round__")?;
    positional("int", "__round__", args, kw, 0, 1)?;
    match args.first() {
        // Unlike round(), int.__round__ refuses an explicit None.
        Some(nd) => {
            let nd = vm.to_index(nd)?;
            round(vm, &[x, Value::Int(nd)], &[])
        }
        None => Ok(x),
    }
}

fn int_format(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some((recv, args)) = a.split_first() else {
        return Err(bad_receiver(a, "int", "__format__"));
    };
    if !matches!(recv, Value::Int(_) | Value::BigInt(_) | Value::Bool(_)) {
        return Err(bad_receiver(a, "int", "__format__"));
    }
    let spec = spec_arg("int", args, kw)?.to_string();
    vm.format(recv, &spec).map(Value::string)
}

fn int_repr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let ok = matches!(
        a.first(),
        Some(Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
    );
    // int.__repr__(True) is '1': the bool reads as the int it equals.
    match a.split_first() {
        Some((Value::Bool(b), rest)) if ok => {
            let mut v = vec![Value::Int(*b as i64)];
            v.extend_from_slice(rest);
            repr_of(vm, &v, kw, "int", true)
        }
        _ => repr_of(vm, a, kw, "int", ok),
    }
}

fn bool_repr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    repr_of(vm, a, kw, "bool", matches!(a.first(), Some(Value::Bool(_))))
}

// ------------------------------------------------------------------ float methods

table! { FLOAT_SELF, float_self; "conjugate" => (); "__float__" => (); "__pos__" => (); }

/// The float itself.
fn float_self(_vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str) -> PyResult<Value> {
    float_noargs(a, kw, name).map(Value::Float)
}

fn is_integer(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_noargs(a, kw, "is_integer")?;
    Ok(Value::Bool(x.is_finite() && x.fract() == 0.0))
}

fn float_ratio(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_noargs(a, kw, "as_integer_ratio")?;
    if x.is_infinite() {
        return overflow_error("cannot convert Infinity to integer ratio");
    }
    if x.is_nan() {
        return value_error("cannot convert NaN to integer ratio");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if mant == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    if exp < 0 {
        // Reduce the fraction: the denominator is a power of two.
        let k = (mant.trailing_zeros() as i64).min(-exp);
        mant >>= k;
        exp += k;
    }
    let sign = if x < 0.0 { -1 } else { 1 };
    let (num, den) = if exp >= 0 {
        (BigInt::from(mant) << exp as usize, BigInt::one())
    } else {
        (BigInt::from(mant), BigInt::one() << (-exp) as usize)
    };
    Ok(Value::tuple(vec![
        Value::from_bigint(num * sign),
        Value::from_bigint(den),
    ]))
}

/// `float.hex()`.
fn float_hex(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(hexfloat::format(float_noargs(a, kw, "hex")?)))
}

/// `float.fromhex(s)`, a class method: a subclass gets `cls(value)`, as CPython.
fn float_fromhex(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some((cls, args)) = a.split_first() else {
        return Err(bad_receiver(a, "float", "fromhex"));
    };
    positional("float", "fromhex", args, kw, 1, 1)?;
    let Value::Str(s) = &args[0] else {
        return type_error("bad argument type for built-in operation");
    };
    let x = match hexfloat::parse(s.as_str()) {
        Ok(x) => Value::Float(x),
        Err(HexFloatError::Invalid) => {
            return value_error("invalid hexadecimal floating-point string")
        }
        Err(HexFloatError::Overflow) => {
            return overflow_error("hexadecimal value too large to represent as a float")
        }
    };
    match cls {
        Value::Class(c) if Arc::ptr_eq(c, &crate::builtins::types::types().float) => Ok(x),
        _ => vm.call(cls, &[x], &[]),
    }
}

fn float_int(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_to_int(float_noargs(a, kw, "__int__")?)
}

fn float_trunc(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_to_int(float_noargs(a, kw, "__trunc__")?)
}

fn float_floor(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_to_int(float_noargs(a, kw, "__floor__")?.floor())
}

fn float_ceil(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    float_to_int(float_noargs(a, kw, "__ceil__")?.ceil())
}

fn float_abs(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(float_noargs(a, kw, "__abs__")?.abs()))
}

fn float_neg(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Float(-float_noargs(a, kw, "__neg__")?))
}

fn float_bool(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(float_noargs(a, kw, "__bool__")? != 0.0))
}

fn float_hash(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let x = float_noargs(a, kw, "__hash__")?;
    vm.hash(&Value::Float(x)).map(Value::Int)
}

fn float_round(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (x, args) = this_float(a, "__round__")?;
    positional("float", "__round__", args, kw, 0, 1)?;
    let mut call = vec![Value::Float(x)];
    call.extend(args.iter().cloned());
    round(vm, &call, &[])
}

fn float_format(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (x, args) = this_float(a, "__format__")?;
    let spec = spec_arg("float", args, kw)?.to_string();
    vm.format(&Value::Float(x), &spec).map(Value::string)
}

fn float_repr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    repr_of(
        vm,
        a,
        kw,
        "float",
        matches!(a.first(), Some(Value::Float(_))),
    )
}
