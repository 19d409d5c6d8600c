//! Operators: arithmetic, bitwise and comparison semantics of CPython for the built-in types
//! (small ints overflow into big ints), then the dunder protocol with reflected operands and
//! in-place forms for everything else.

use super::error::*;
use super::protocol::{class_of, is_not_implemented, type_name};
use super::subclass::native_of;
use super::{PyResult, Vm};
use crate::objects::names::{names, Names};
use crate::objects::{Set, Str, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Pow, Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::sync::Arc;

pub fn op_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn dunders(n: &Names, op: BinOp) -> (&Str, &Str, &Str) {
    match op {
        BinOp::Add => (&n.add, &n.radd, &n.iadd),
        BinOp::Sub => (&n.sub, &n.rsub, &n.isub),
        BinOp::Mul => (&n.mul, &n.rmul, &n.imul),
        BinOp::MatMul => (&n.matmul, &n.rmatmul, &n.imatmul),
        BinOp::Div => (&n.truediv, &n.rtruediv, &n.itruediv),
        BinOp::FloorDiv => (&n.floordiv, &n.rfloordiv, &n.ifloordiv),
        BinOp::Mod => (&n.mod_, &n.rmod, &n.imod),
        BinOp::Pow => (&n.pow, &n.rpow, &n.ipow),
        BinOp::LShift => (&n.lshift, &n.rlshift, &n.ilshift),
        BinOp::RShift => (&n.rshift, &n.rrshift, &n.irshift),
        BinOp::BitOr => (&n.or_, &n.ror, &n.ior),
        BinOp::BitXor => (&n.xor, &n.rxor, &n.ixor),
        BinOp::BitAnd => (&n.and_, &n.rand, &n.iand),
    }
}

pub fn to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => overflow_error("int too large to convert to float"),
    }
}

fn to_f64(v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::BigInt(b) => Some(big_to_f64(b)),
        _ => None,
    }
}

fn is_intlike(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

/// Python's float modulo: result has the sign of the divisor.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        m + b
    } else if m == 0.0 {
        0.0f64.copysign(b)
    } else {
        m
    }
}

pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let fl = div.floor();
        if div - fl > 0.5 {
            fl + 1.0
        } else {
            fl
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

fn int_op(op: BinOp, a: i64, b: i64) -> PyResult<Option<Value>> {
    Ok(Some(match op {
        BinOp::Add => match a.checked_add(b) {
            Some(r) => Value::Int(r),
            None => return Ok(None),
        },
        BinOp::Sub => match a.checked_sub(b) {
            Some(r) => Value::Int(r),
            None => return Ok(None),
        },
        BinOp::Mul => match a.checked_mul(b) {
            Some(r) => Value::Int(r),
            None => return Ok(None),
        },
        BinOp::Div => {
            if b == 0 {
                return zero_division("division by zero");
            }
            if a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) {
                Value::Float(a as f64 / b as f64)
            } else {
                return Ok(None);
            }
        }
        BinOp::FloorDiv => {
            if b == 0 {
                return zero_division("integer division or modulo by zero");
            }
            match a.checked_div_euclid(b) {
                Some(_) => Value::Int(Integer::div_floor(&a, &b)),
                None => return Ok(None),
            }
        }
        BinOp::Mod => {
            if b == 0 {
                return zero_division("integer modulo by zero");
            }
            match a.checked_rem(b) {
                Some(_) => Value::Int(a.mod_floor(&b)),
                None => return Ok(None),
            }
        }
        BinOp::Pow => {
            if b < 0 {
                if a == 0 {
                    return zero_division("0.0 cannot be raised to a negative power");
                }
                return Ok(Some(Value::Float((a as f64).powf(b as f64))));
            }
            if b > u32::MAX as i64 {
                return Ok(None);
            }
            match a.checked_pow(b as u32) {
                Some(r) => Value::Int(r),
                None => return Ok(None),
            }
        }
        BinOp::LShift => {
            if b < 0 {
                return value_error("negative shift count");
            }
            if b < 63 && a.unsigned_abs() < (1u64 << (63 - b)) {
                Value::Int(a << b)
            } else if a == 0 {
                Value::Int(0)
            } else {
                return Ok(None);
            }
        }
        BinOp::RShift => {
            if b < 0 {
                return value_error("negative shift count");
            }
            Value::Int(if b >= 64 {
                if a < 0 {
                    -1
                } else {
                    0
                }
            } else {
                a >> b
            })
        }
        BinOp::BitAnd => Value::Int(a & b),
        BinOp::BitOr => Value::Int(a | b),
        BinOp::BitXor => Value::Int(a ^ b),
        BinOp::MatMul => return Ok(None),
    }))
}

fn big_op(op: BinOp, a: &BigInt, b: &BigInt) -> PyResult<Option<Value>> {
    Ok(Some(match op {
        BinOp::Add => Value::from_bigint(a + b),
        BinOp::Sub => Value::from_bigint(a - b),
        BinOp::Mul => Value::from_bigint(a * b),
        BinOp::Div => {
            if b.is_zero() {
                return zero_division("division by zero");
            }
            Value::Float(big_true_div(a, b)?)
        }
        BinOp::FloorDiv => {
            if b.is_zero() {
                return zero_division("integer division or modulo by zero");
            }
            Value::from_bigint(a.div_floor(b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return zero_division("integer modulo by zero");
            }
            Value::from_bigint(a.mod_floor(b))
        }
        BinOp::Pow => {
            if b.is_negative() {
                if a.is_zero() {
                    return zero_division("0.0 cannot be raised to a negative power");
                }
                return Ok(Some(Value::Float(big_to_f64(a)?.powf(big_to_f64(b)?))));
            }
            let Some(e) = b.to_u32() else {
                if a.abs() <= BigInt::from(1) {
                    return Ok(Some(Value::from_bigint(if a.is_negative() && b.is_odd() {
                        a.clone()
                    } else {
                        a.abs()
                    })));
                }
                return raise("MemoryError", "");
            };
            if a.bits() * e as u64 > 64_000_000 {
                return raise("MemoryError", "");
            }
            Value::from_bigint(Pow::pow(a, e))
        }
        BinOp::LShift => {
            if b.is_negative() {
                return value_error("negative shift count");
            }
            if a.is_zero() {
                return Ok(Some(Value::Int(0)));
            }
            let Some(s) = b.to_usize() else {
                return overflow_error("too many digits in integer");
            };
            if s > 1 << 30 {
                return raise("MemoryError", "");
            }
            Value::from_bigint(a << s)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return value_error("negative shift count");
            }
            let s = b.to_usize().unwrap_or(usize::MAX);
            if s > a.bits() as usize + 1 {
                Value::Int(if a.is_negative() { -1 } else { 0 })
            } else {
                Value::from_bigint(a >> s)
            }
        }
        BinOp::BitAnd => Value::from_bigint(a & b),
        BinOp::BitOr => Value::from_bigint(a | b),
        BinOp::BitXor => Value::from_bigint(a ^ b),
        BinOp::MatMul => return Ok(None),
    }))
}

/// Correctly rounded-enough true division of big ints.
/// `a / b` correctly rounded, as CPython's long_true_divide: the quotient is taken with
/// 55+ significant bits and a sticky bit, so the one rounding to 53 bits is exact-half-even.
fn big_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if let (Some(x), Some(y)) = (a.to_f64(), b.to_f64()) {
        if x.abs() < 9e15 && y.abs() < 9e15 {
            return Ok(x / y);
        }
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (n, d) = (a.magnitude(), b.magnitude());
    let shift = n.bits() as i64 - d.bits() as i64 - 55;
    let (n, d) = if shift > 0 {
        (n.clone(), d << shift as usize)
    } else {
        (n << (-shift) as usize, d.clone())
    };
    let (q, r) = n.div_rem(&d);
    let q = q.to_u64().unwrap_or(u64::MAX) | u64::from(!r.is_zero());
    let shift = shift.clamp(-4000, 4000) as i32;
    let f = q as f64 * 2f64.powi(shift / 2) * 2f64.powi(shift - shift / 2);
    if f.is_infinite() {
        return overflow_error("integer division result too large for a float");
    }
    Ok(if negative { -f } else { f })
}

fn float_op(op: BinOp, a: f64, b: f64) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return zero_division("float division by zero");
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return zero_division("float floor division by zero");
            }
            float_floordiv(a, b)
        }
        BinOp::Mod => {
            if b == 0.0 {
                return zero_division("float modulo");
            }
            float_mod(a, b)
        }
        BinOp::Pow => {
            if a == 0.0 && b < 0.0 {
                return zero_division("0.0 cannot be raised to a negative power");
            }
            if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
                return value_error("math domain error (complex results are not supported by mt)");
            }
            let r = a.powf(b);
            if r.is_infinite() && a.is_finite() && b.is_finite() {
                return overflow_error("(34, 'Numerical result out of range')");
            }
            r
        }
        _ => return Ok(None),
    };
    // A new float object, so a NaN result is a new NaN (see `fresh_nan`).
    let r = if r.is_nan() {
        crate::objects::object::fresh_nan()
    } else {
        r
    };
    Ok(Some(Value::Float(r)))
}

impl Vm {
    /// `a op b` for the built-in types; Ok(None) when the types do not support it natively.
    fn native_binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
        use Value::{Bool, Dict, Float, Int, List, Set, Str, Tuple};
        match (a, b) {
            (Int(x), Int(y)) => {
                if let Some(r) = int_op(op, *x, *y)? {
                    return Ok(Some(r));
                }
                if op == BinOp::MatMul {
                    return Ok(None);
                }
                big_op(
                    op,
                    &num_bigint::BigInt::from(*x),
                    &num_bigint::BigInt::from(*y),
                )
            }
            (Float(x), Float(y)) => float_op(op, *x, *y),
            (Float(_), _) | (_, Float(_)) if to_f64(a).is_some() && to_f64(b).is_some() => {
                if matches!(
                    op,
                    BinOp::LShift
                        | BinOp::RShift
                        | BinOp::BitAnd
                        | BinOp::BitOr
                        | BinOp::BitXor
                        | BinOp::MatMul
                ) {
                    return Ok(None);
                }
                let x = to_f64(a).unwrap_or(Ok(0.0))?;
                let y = to_f64(b).unwrap_or(Ok(0.0))?;
                float_op(op, x, y)
            }
            _ if is_intlike(a) && is_intlike(b) => {
                if let (Bool(x), Bool(y)) = (a, b) {
                    match op {
                        BinOp::BitAnd => return Ok(Some(Bool(*x & *y))),
                        BinOp::BitOr => return Ok(Some(Bool(*x | *y))),
                        BinOp::BitXor => return Ok(Some(Bool(*x ^ *y))),
                        _ => {}
                    }
                }
                let (x, y) = (to_big(a).unwrap_or_default(), to_big(b).unwrap_or_default());
                big_op(op, &x, &y)
            }
            (Str(x), Str(y)) if op == BinOp::Add => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Ok(Some(Value::string(s)))
            }
            (Str(s), n) | (n, Str(s)) if op == BinOp::Mul && is_intlike(n) => {
                let k = self.repeat_count(n)?;
                let r = crate::objects::strtext::try_repeat(s.as_str(), k)
                    .map_err(|_| exc("OverflowError", "repeated string is too long"))?;
                Ok(Some(Value::string(r)))
            }
            (Str(s), _) if op == BinOp::Mod => {
                crate::objects::methods::percent::format(self, s.as_str(), b)
                    .map(|r| Some(Value::string(r)))
            }
            (List(x), List(y)) if op == BinOp::Add => {
                let mut v = x.items.lock().clone();
                v.extend(y.items.lock().iter().cloned());
                Ok(Some(Value::list(v)))
            }
            (Tuple(x), Tuple(y)) if op == BinOp::Add => {
                let mut v = x.items.to_vec();
                v.extend(y.items.iter().cloned());
                Ok(Some(Value::tuple(v)))
            }
            (List(l), n) | (n, List(l)) if op == BinOp::Mul && is_intlike(n) => {
                let k = self.repeat_count(n)?.max(0) as usize;
                let items = l.items.lock().clone();
                if items.len().saturating_mul(k) > 1 << 32 {
                    return raise("MemoryError", "");
                }
                let mut v = Vec::with_capacity(items.len() * k);
                for _ in 0..k {
                    v.extend(items.iter().cloned());
                }
                Ok(Some(Value::list(v)))
            }
            (Tuple(t), n) | (n, Tuple(t)) if op == BinOp::Mul && is_intlike(n) => {
                let k = self.repeat_count(n)?.max(0) as usize;
                if t.items.len().saturating_mul(k) > 1 << 32 {
                    return raise("MemoryError", "");
                }
                let mut v = Vec::with_capacity(t.items.len() * k);
                for _ in 0..k {
                    v.extend(t.items.iter().cloned());
                }
                Ok(Some(Value::tuple(v)))
            }
            (Set(x), Set(y)) => self.set_op(op, x, y),
            (Dict(x), Dict(y)) if op == BinOp::BitOr => {
                let d = x.copy();
                for (k, v) in y.items() {
                    d.set(self, k, v)?;
                }
                Ok(Some(Value::Dict(Arc::new(d))))
            }
            _ => Ok(None),
        }
    }

    fn repeat_count(&mut self, n: &Value) -> PyResult<i64> {
        match n {
            Value::BigInt(b) => {
                if b.is_negative() {
                    Ok(0)
                } else {
                    overflow_error("cannot fit 'int' into an index-sized integer")
                }
            }
            _ => self.to_index(n),
        }
    }

    fn set_op(&mut self, op: BinOp, x: &Arc<Set>, y: &Arc<Set>) -> PyResult<Option<Value>> {
        Ok(crate::objects::methods::set::binary(self, op, x, y)?.map(Value::Set))
    }

    /// `a.__op__(b)` and `b.__rop__(a)` in CPython's order when either is an instance: the
    /// reflected method first when b's class is a proper subclass of a's, and a number's own
    /// operator (`native`) on the value inside an int/float subclass instance that is not a
    /// subclass of its type (`1.5 + IntSub(2)`) before that instance's `__rop__`. None when
    /// every method declines.
    pub fn binary_dunders(
        &mut self,
        a: &Value,
        b: &Value,
        fwd: &Str,
        rev: &Str,
        native: impl Fn(&mut Vm, &Value, &Value) -> PyResult<Option<Value>>,
    ) -> PyResult<Option<Value>> {
        let ca = class_of(a).clone();
        let cb = class_of(b).clone();
        let b_inst = matches!(b, Value::Instance(_));
        let b_first = b_inst && !Arc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca);
        let call = |vm: &mut Vm, x: &Value, name: &Str, y: &Value| {
            Ok(vm
                .call_special(x, name, std::slice::from_ref(y))?
                .filter(|r| !is_not_implemented(r)))
        };
        if b_first {
            if let Some(r) = call(self, b, rev, a)? {
                return Ok(Some(r));
            }
        }
        if let Some(r) = call(self, a, fwd, b)? {
            return Ok(Some(r));
        }
        if b_first || Arc::ptr_eq(&ca, &cb) {
            return Ok(None);
        }
        // int's operators take ints; float's take ints and floats.
        let takes = |nb: &&Value| match a {
            Value::Float(_) => is_intlike(nb) || matches!(nb, Value::Float(_)),
            _ => is_intlike(a) && is_intlike(nb),
        };
        if let Some(nb) = native_of(b).filter(takes) {
            if let Some(r) = native(self, a, nb)? {
                return Ok(Some(r));
            }
        }
        call(self, b, rev, a)
    }

    /// `a op b` with CPython's dispatch: native types, then `__op__`, then `__rop__`
    /// (the reflected method first when b's class is a proper subclass of a's).
    pub fn binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        // An instance of a subclass of a's built-in type on the right gets its reflected
        // method tried first (`'%s' % StrSub()` calls `StrSub.__rmod__`), as in CPython.
        let b_sub = match b {
            Value::Instance(i) => {
                !matches!(a, Value::Instance(_)) && i.class.is_subclass(class_of(a))
            }
            _ => false,
        };
        if !b_sub {
            if let Some(r) = self.native_binary(op, a, b)? {
                return Ok(r);
            }
        }
        if let Some(r) = crate::objects::methods::dict::view_binary(self, op, a, b)? {
            return Ok(r);
        }
        let n = names();
        let (fwd, rev, _) = dunders(n, op);
        if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
            let native = |vm: &mut Vm, x: &Value, y: &Value| vm.native_binary(op, x, y);
            if let Some(r) = self.binary_dunders(a, b, fwd, rev, native)? {
                return Ok(r);
            }
            if let Some((x, y)) = natives_of(a, b) {
                return self.binary(op, &x, &y);
            }
        }
        if op == BinOp::BitOr && (matches!(a, Value::Class(_)) || matches!(b, Value::Class(_))) {
            // `type.__or__`: `int | str` (classes have no per-value special-method lookup).
            let r = crate::builtins::union_type::union_of(self, a, b)?;
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if op == BinOp::Add {
            let kind = match a {
                Value::Str(_) => Some("str"),
                Value::List(_) => Some("list"),
                Value::Tuple(_) => Some("tuple"),
                _ => None,
            };
            if let Some(k) = kind {
                return type_error(format!(
                    "can only concatenate {k} (not \"{}\") to {k}",
                    type_name(b)
                ));
            }
        }
        if op == BinOp::Mul {
            let seq = |v: &Value| matches!(v, Value::Str(_) | Value::List(_) | Value::Tuple(_));
            // A repeat count may be any object with `__index__`.
            for (s, n, count_first) in [(a, b, false), (b, a, true)] {
                if seq(s)
                    && matches!(n, Value::Instance(_))
                    && self.lookup_special(n, &names().index).is_some()
                {
                    let n = Value::Int(self.to_index(n)?);
                    return if count_first {
                        self.binary(op, &n, s)
                    } else {
                        self.binary(op, s, &n)
                    };
                }
            }
            if seq(a) && !is_intlike(b) || seq(b) && !is_intlike(a) {
                let other = if seq(a) { b } else { a };
                return type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    type_name(other)
                ));
            }
        }
        if op == BinOp::Mod {
            if let Value::Str(_) = a {
                return crate::objects::methods::percent::format(self, a.as_str().unwrap_or(""), b)
                    .map(Value::string);
            }
        }
        type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op_symbol(op),
            type_name(a),
            type_name(b)
        ))
    }

    /// `a op= b`: `__iop__` first, lists extend in place, else the binary operator.
    pub fn inplace(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (a, op) {
            (Value::Int(x), _) if matches!(b, Value::Int(_)) => {
                if let Value::Int(y) = b {
                    if let Some(r) = int_op(op, *x, *y)? {
                        return Ok(r);
                    }
                }
            }
            (Value::List(l), BinOp::Add) => {
                let extra = self.to_vec(b).map_err(|_| {
                    exc(
                        "TypeError",
                        format!("'{}' object is not iterable", type_name(b)),
                    )
                })?;
                l.items.lock().extend(extra);
                return Ok(a.clone());
            }
            (Value::List(l), BinOp::Mul) => {
                let k = self.repeat_count(b)?.max(0) as usize;
                let mut items = l.items.lock();
                let orig = items.clone();
                items.clear();
                for _ in 0..k {
                    items.extend(orig.iter().cloned());
                }
                return Ok(a.clone());
            }
            (Value::Set(s), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
                if !s.frozen =>
            {
                if let Value::Set(o) = b {
                    if crate::objects::methods::set::inplace(self, op, s, o)? {
                        return Ok(a.clone());
                    }
                }
            }
            (Value::Dict(d), BinOp::BitOr) => {
                // `d |= x` is `d.update(x)`: any mapping or iterable of pairs.
                crate::builtins::convert::dict_fill(self, d, b, "update")?;
                return Ok(a.clone());
            }
            (Value::Instance(i), _) => {
                let (_, _, inp) = dunders(names(), op);
                if let Some(r) = self.call_special(a, inp, std::slice::from_ref(b))? {
                    if !is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
                if let Some(native) = &i.native {
                    // A list subclass's `+=` extends its list and stays itself; an int
                    // subclass's gives a plain int, as in CPython.
                    let r = self.inplace(op, native, b)?;
                    return Ok(if r.is(native) { a.clone() } else { r });
                }
            }
            _ => {}
        }
        self.binary(op, a, b).map_err(|e| {
            // CPython names the augmented operator in the message.
            if is_exc(&e, "TypeError") {
                let msg = exc_args(&e)
                    .first()
                    .and_then(|m| m.as_str().map(String::from))
                    .unwrap_or_default();
                if let Some(rest) = msg.strip_prefix(&format!(
                    "unsupported operand type(s) for {}:",
                    op_symbol(op)
                )) {
                    let sym = match op {
                        BinOp::Pow => "**=".to_string(),
                        _ => format!("{}=", op_symbol(op)),
                    };
                    return exc(
                        "TypeError",
                        format!("unsupported operand type(s) for {sym}:{rest}"),
                    );
                }
            }
            e
        })
    }

    pub fn neg(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(r) => Value::Int(r),
                None => Value::from_bigint(-BigInt::from(*i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone())),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => self.unary_special(a, &names().neg, "-"),
        }
    }

    pub fn pos(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(_) | Value::BigInt(_) | Value::Float(_) => Ok(a.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => self.unary_special(a, &names().pos, "+"),
        }
    }

    pub fn invert(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            Value::BigInt(b) => Ok(Value::from_bigint(-(**b).clone() - 1)),
            _ => self.unary_special(a, &names().invert, "~"),
        }
    }

    fn unary_special(&mut self, a: &Value, name: &Str, sym: &str) -> PyResult<Value> {
        if let Some(native) = self.inherited_native(a, name) {
            return match sym {
                "-" => self.neg(&native),
                "+" => self.pos(&native),
                _ => self.invert(&native),
            };
        }
        if let Some(r) = self.call_special(a, name, &[])? {
            return Ok(r);
        }
        type_error(format!(
            "bad operand type for unary {sym}: '{}'",
            type_name(a)
        ))
    }

    // ------------------------------------------------------------ comparisons

    /// `a == b`.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        use Value::*;
        match (a, b) {
            (Int(x), Int(y)) => Ok(x == y),
            (Str(x), Str(y)) => Ok(Arc::ptr_eq(x, y) || x.as_str() == y.as_str()),
            (Float(x), Float(y)) => Ok(x == y),
            (None, None) => Ok(true),
            _ if (is_intlike(a) || matches!(a, Float(_)))
                && (is_intlike(b) || matches!(b, Float(_))) =>
            {
                Ok(crate::objects::object::numeric_eq(a, b))
            }
            (List(x), List(y)) => {
                if Arc::ptr_eq(x, y) {
                    return Ok(true);
                }
                // One lock at a time: `a < a` would deadlock on its own lock, and two
                // threads comparing `a < b` and `b < a` on each other's.
                let xs = x.items.lock().clone();
                let ys = y.items.lock().clone();
                self.seq_eq(&xs, &ys)
            }
            (Tuple(x), Tuple(y)) => {
                let (xs, ys) = (x.items.to_vec(), y.items.to_vec());
                self.seq_eq(&xs, &ys)
            }
            (Dict(x), Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                self.nested_compare(|vm| {
                    for (k, v) in x.items() {
                        match y.get(vm, &k)? {
                            Some(w) => {
                                if !(v.is(&w) || vm.eq(&v, &w)?) {
                                    return Ok(false);
                                }
                            }
                            Option::None => return Ok(false),
                        }
                    }
                    Ok(true)
                })
            }
            (Set(x), Set(y)) => {
                if x.table.len() != y.table.len() {
                    return Ok(false);
                }
                for (h, k) in x.table.entries() {
                    if !y.table.contains_hashed(self, h, &k)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            (Instance(_), _) | (_, Instance(_)) => {
                let r = self.rich_compare(CmpOp::Eq, a, b)?;
                self.truthy(&r)
            }
            (Object(x), Object(y)) => {
                use crate::objects::ObjKind;
                match (&x.kind, &y.kind) {
                    (
                        ObjKind::Range { .. } | ObjKind::BigRange(_),
                        ObjKind::Range { .. } | ObjKind::BigRange(_),
                    ) => Ok(crate::objects::bigrange::BigRange::equal_ranges(
                        &x.kind, &y.kind,
                    )),
                    (ObjKind::Slice(a1, b1, c1), ObjKind::Slice(a2, b2, c2)) => {
                        Ok(self.eq(a1, a2)? && self.eq(b1, b2)? && self.eq(c1, c2)?)
                    }
                    (
                        ObjKind::BoundMethod { func: f1, obj: o1 },
                        ObjKind::BoundMethod { func: f2, obj: o2 },
                    ) => Ok(f1.is(f2) && o1.is(o2)),
                    (ObjKind::DictView(_, k1), ObjKind::DictView(_, k2))
                        if k1 == k2 && *k1 != crate::objects::object::ViewKind::Values =>
                    {
                        let (s1, s2) = (self.to_vec(a)?, self.to_vec(b)?);
                        if s1.len() != s2.len() {
                            return Ok(false);
                        }
                        for v in &s1 {
                            if !self.contains(b, v)? {
                                return Ok(false);
                            }
                        }
                        Ok(true)
                    }
                    _ => Ok(a.is(b)),
                }
            }
            _ => Ok(a.is(b)),
        }
    }

    fn seq_eq(&mut self, xs: &[Value], ys: &[Value]) -> PyResult<bool> {
        if xs.len() != ys.len() {
            return Ok(false);
        }
        self.nested_compare(|vm| {
            for (x, y) in xs.iter().zip(ys) {
                if !(x.is(y) || vm.eq(x, y)?) {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }

    /// Runs a comparison that recurses into the items of containers, one level deeper
    /// (CPython's `Py_EnterRecursiveCall(" in comparison")`).
    fn nested_compare<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        // Capped so that a raised recursion limit cannot overflow a thread's Rust stack.
        let limit = self.interp.recursion_limit().min(20_000);
        // Shallow comparisons fit in the reserve `rust_stack_low` keeps; only deep ones look.
        if self.compare_depth >= limit || (self.compare_depth >= 64 && self.rust_stack_low()) {
            return raise(
                "RecursionError",
                "maximum recursion depth exceeded in comparison",
            );
        }
        self.compare_depth += 1;
        let r = f(self);
        self.compare_depth -= 1;
        r
    }

    /// Rich comparison through the dunder protocol (instances involved).
    fn rich_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        let n = names();
        let (fwd, rev) = match op {
            CmpOp::Eq => (&n.eq, &n.eq),
            CmpOp::NotEq => (&n.ne, &n.ne),
            CmpOp::Lt => (&n.lt, &n.gt),
            CmpOp::LtE => (&n.le, &n.ge),
            CmpOp::Gt => (&n.gt, &n.lt),
            CmpOp::GtE => (&n.ge, &n.le),
            _ => return type_error("bad comparison"),
        };
        let ca = class_of(a).clone();
        let cb = class_of(b).clone();
        let b_first =
            matches!(b, Value::Instance(_)) && !Arc::ptr_eq(&ca, &cb) && cb.is_subclass(&ca);
        if b_first {
            if let Some(r) = self.call_special(b, rev, std::slice::from_ref(a))? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(r) = self.call_special(a, fwd, std::slice::from_ref(b))? {
            if !is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !b_first {
            if let Some(r) = self.call_special(b, rev, std::slice::from_ref(a))? {
                if !is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some((x, y)) = natives_of(a, b) {
            return self.compare(op, &x, &y);
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => {
                // Default __ne__ inverts __eq__.
                if self.lookup_special(a, &n.eq).is_some()
                    || self.lookup_special(b, &n.eq).is_some()
                {
                    let r = self.eq(a, b)?;
                    return Ok(Value::Bool(!r));
                }
                Ok(Value::Bool(!a.is(b)))
            }
            _ => type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                cmp_symbol(op),
                type_name(a),
                type_name(b)
            )),
        }
    }

    /// Ordering of built-in values for `<` and friends; None when not orderable natively.
    fn native_order(&mut self, a: &Value, b: &Value) -> PyResult<Option<Ordering>> {
        use Value::*;
        Ok(match (a, b) {
            (Int(x), Int(y)) => Some(x.cmp(y)),
            (Float(x), Float(y)) => x
                .partial_cmp(y)
                .or(Some(Ordering::Equal))
                .filter(|_| !x.is_nan() && !y.is_nan()),
            (Str(x), Str(y)) => Some(x.as_str().cmp(y.as_str())),
            _ if is_intlike(a) && is_intlike(b) => Some(to_big(a).cmp(&to_big(b))),
            _ if (is_intlike(a) || matches!(a, Float(_)))
                && (is_intlike(b) || matches!(b, Float(_))) =>
            {
                num_order(a, b)
            }
            (List(x), List(y)) => {
                // One lock at a time: `a < a` would deadlock on its own lock, and two
                // threads comparing `a < b` and `b < a` on each other's.
                let xs = x.items.lock().clone();
                let ys = y.items.lock().clone();
                Some(self.seq_order(&xs, &ys)?)
            }
            (Tuple(x), Tuple(y)) => {
                let (xs, ys) = (x.items.to_vec(), y.items.to_vec());
                Some(self.seq_order(&xs, &ys)?)
            }
            _ => Option::None,
        })
    }

    fn seq_order(&mut self, xs: &[Value], ys: &[Value]) -> PyResult<Ordering> {
        self.nested_compare(|vm| {
            for (x, y) in xs.iter().zip(ys) {
                if x.is(y) || vm.eq(x, y)? {
                    continue;
                }
                return Ok(if vm.lt(x, y)? {
                    Ordering::Less
                } else {
                    Ordering::Greater
                });
            }
            Ok(xs.len().cmp(&ys.len()))
        })
    }

    /// `a < b`, used by sorting.
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        let r = self.compare(CmpOp::Lt, a, b)?;
        match r {
            Value::Bool(b) => Ok(b),
            other => self.truthy(&other),
        }
    }

    /// `a > b` as a truth value (`max` compares so, as CPython's min_max does).
    pub fn gt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x > y);
        }
        match self.compare(CmpOp::Gt, a, b)? {
            Value::Bool(b) => Ok(b),
            other => self.truthy(&other),
        }
    }

    pub fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if matches!(op, CmpOp::Eq | CmpOp::NotEq)
            && (matches!(a, Value::Object(_)) || matches!(b, Value::Object(_)))
        {
            if let Some(r) = crate::objects::methods::dict::view_compare(self, op, a, b)? {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Is => return Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::Bool(!a.is(b))),
            CmpOp::In => return Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::Bool(!self.contains(b, a)?)),
            CmpOp::Eq => {
                if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
                    return self.rich_compare(op, a, b);
                }
                return Ok(Value::Bool(self.eq(a, b)?));
            }
            CmpOp::NotEq => {
                if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
                    return self.rich_compare(op, a, b);
                }
                return Ok(Value::Bool(!self.eq(a, b)?));
            }
            _ => {}
        }
        if let (Value::Float(x), Value::Float(y)) = (a, b) {
            return Ok(Value::Bool(match op {
                CmpOp::Lt => x < y,
                CmpOp::LtE => x <= y,
                CmpOp::Gt => x > y,
                _ => x >= y,
            }));
        }
        if let Some(r) = crate::objects::methods::dict::view_compare(self, op, a, b)? {
            return Ok(r);
        }
        if let (Value::Set(x), Value::Set(y)) = (a, b) {
            let sub = |vm: &mut Vm, p: &Arc<Set>, q: &Arc<Set>| -> PyResult<bool> {
                if p.table.len() > q.table.len() {
                    return Ok(false);
                }
                for (h, k) in p.table.entries() {
                    if !q.table.contains_hashed(vm, h, &k)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            };
            let r = match op {
                CmpOp::LtE => sub(self, x, y)?,
                CmpOp::Lt => x.table.len() < y.table.len() && sub(self, x, y)?,
                CmpOp::GtE => sub(self, y, x)?,
                _ => y.table.len() < x.table.len() && sub(self, y, x)?,
            };
            return Ok(Value::Bool(r));
        }
        if !matches!(a, Value::Instance(_)) && !matches!(b, Value::Instance(_)) {
            if let Some(ord) = self.native_order(a, b)? {
                return Ok(Value::Bool(match op {
                    CmpOp::Lt => ord == Ordering::Less,
                    CmpOp::LtE => ord != Ordering::Greater,
                    CmpOp::Gt => ord == Ordering::Greater,
                    _ => ord != Ordering::Less,
                }));
            }
            if let (Value::Float(x), _) | (_, Value::Float(x)) = (a, b) {
                if x.is_nan() && (is_intlike(a) || is_intlike(b)) {
                    return Ok(Value::Bool(false));
                }
            }
        }
        self.rich_compare(op, a, b)
    }
}

/// The operands with the built-in values of subclass instances in their place, when either
/// is one: the operator the subclass left to its built-in type then applies to them.
pub fn natives_of(a: &Value, b: &Value) -> Option<(Value, Value)> {
    match (native_of(a), native_of(b)) {
        (None, None) => None,
        (x, y) => Some((x.unwrap_or(a).clone(), y.unwrap_or(b).clone())),
    }
}

fn num_order(a: &Value, b: &Value) -> Option<Ordering> {
    // Exact comparison between ints and floats, as CPython does.
    let fa = match a {
        Value::Float(f) => Some(*f),
        _ => None,
    };
    let fb = match b {
        Value::Float(f) => Some(*f),
        _ => None,
    };
    match (fa, fb) {
        (Some(x), Some(y)) => x.partial_cmp(&y),
        (Some(x), None) => crate::objects::object::cmp_float_int(x, &to_big(b)?),
        (None, Some(y)) => {
            crate::objects::object::cmp_float_int(y, &to_big(a)?).map(|o| o.reverse())
        }
        _ => None,
    }
}

pub fn cmp_symbol(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}
