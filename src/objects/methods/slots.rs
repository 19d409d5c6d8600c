//! The comparison, hashing, repr/str and operator dunders of the built-in text and container
//! types (`"a".__eq__(b)`, `[1].__add__(x)`, `{1}.__or__(s)`), which CPython exposes as slot
//! wrappers and subclasses reach through `super()`. Each applies the operator to its receiver
//! (for a subclass instance, the built-in value inside: see `vm::subclass`) and answers
//! NotImplemented for an operand the type does not handle, as the slot wrappers do. Numbers
//! define theirs in `num.rs`.

use crate::builtins::types::Types;
use crate::objects::{new_str, Class, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::error::*;
use crate::vm::protocol::not_implemented;
use crate::vm::subclass::native_of;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

/// The one operand of a binary slot, as the built-in value when it is a subclass instance.
fn operand<'a>(name: &str, a: &'a [Value], kw: &KwArgs) -> PyResult<(&'a Value, &'a Value)> {
    if !kw.is_empty() {
        return type_error(format!("wrapper {name}() takes no keyword arguments"));
    }
    match a {
        [x, y] => Ok((x, native_of(y).unwrap_or(y))),
        _ => type_error(format!(
            "expected 1 argument, got {}",
            a.len().saturating_sub(1)
        )),
    }
}

/// Whether `x` and `y` are of one comparable kind (text, lists, tuples, dicts, sets).
fn same_kind(x: &Value, y: &Value) -> bool {
    matches!(
        (x, y),
        (Value::Str(_), Value::Str(_))
            | (Value::List(_), Value::List(_))
            | (Value::Tuple(_), Value::Tuple(_))
            | (Value::Dict(_), Value::Dict(_))
            | (Value::Set(_), Value::Set(_))
    )
}

fn compare(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, op: CmpOp) -> PyResult<Value> {
    let (x, y) = operand(name, a, kw)?;
    if !same_kind(x, y) {
        return Ok(not_implemented());
    }
    vm.compare(op, x, y)
}

/// `x op y` (or `y op x` when `reflected`); a TypeError means the operand is not handled.
fn binary(
    vm: &mut Vm,
    a: &[Value],
    kw: &KwArgs,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let (x, y) = operand(name, a, kw)?;
    let r = if reflected {
        vm.binary(op, y, x)
    } else {
        vm.binary(op, x, y)
    };
    match r {
        Err(e) if is_exc(&e, "TypeError") => Ok(not_implemented()),
        r => r,
    }
}

fn inplace(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, op: BinOp) -> PyResult<Value> {
    let (x, y) = operand(name, a, kw)?;
    vm.inplace(op, x, y)
}

macro_rules! slots {
    ($($f:ident = $kind:ident $name:literal $op:expr $(, $reflected:expr)?;)*) => {$(
        fn $f(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
            slots!(@call $kind vm a kw $name $op $(, $reflected)?)
        }
    )*};
    (@call cmp $vm:ident $a:ident $kw:ident $name:literal $op:expr) => {
        compare($vm, $a, $kw, $name, $op)
    };
    (@call bin $vm:ident $a:ident $kw:ident $name:literal $op:expr, $reflected:expr) => {
        binary($vm, $a, $kw, $name, $op, $reflected)
    };
    (@call inp $vm:ident $a:ident $kw:ident $name:literal $op:expr) => {
        inplace($vm, $a, $kw, $name, $op)
    };
}

slots! {
    eq = cmp "__eq__" CmpOp::Eq;
    ne = cmp "__ne__" CmpOp::NotEq;
    lt = cmp "__lt__" CmpOp::Lt;
    le = cmp "__le__" CmpOp::LtE;
    gt = cmp "__gt__" CmpOp::Gt;
    ge = cmp "__ge__" CmpOp::GtE;
    add = bin "__add__" BinOp::Add, false;
    mul = bin "__mul__" BinOp::Mul, false;
    rmul = bin "__rmul__" BinOp::Mul, true;
    mod_ = bin "__mod__" BinOp::Mod, false;
    or = bin "__or__" BinOp::BitOr, false;
    and = bin "__and__" BinOp::BitAnd, false;
    sub = bin "__sub__" BinOp::Sub, false;
    xor = bin "__xor__" BinOp::BitXor, false;
    ror = bin "__ror__" BinOp::BitOr, true;
    rand = bin "__rand__" BinOp::BitAnd, true;
    rsub = bin "__rsub__" BinOp::Sub, true;
    rxor = bin "__rxor__" BinOp::BitXor, true;
    iadd = inp "__iadd__" BinOp::Add;
    imul = inp "__imul__" BinOp::Mul;
    ior = inp "__ior__" BinOp::BitOr;
    iand = inp "__iand__" BinOp::BitAnd;
    isub = inp "__isub__" BinOp::Sub;
    ixor = inp "__ixor__" BinOp::BitXor;
}

fn no_args(name: &str, a: &[Value], kw: &KwArgs) -> PyResult<()> {
    if a.len() != 1 || !kw.is_empty() {
        return type_error(format!(
            "{name}() takes no arguments ({} given)",
            a.len().saturating_sub(1) + kw.len()
        ));
    }
    Ok(())
}

fn hash(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("__hash__", a, kw)?;
    vm.hash(&a[0]).map(Value::Int)
}

fn repr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("__repr__", a, kw)?;
    vm.repr(&a[0]).map(Value::string)
}

/// `str.__str__`: the text itself (for a subclass instance, its plain str).
fn str_str(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    no_args("__str__", a, kw)?;
    match &a[0] {
        s @ Value::Str(_) => Ok(s.clone()),
        other => type_error(format!(
            "descriptor '__str__' requires a 'str' object but received a '{}'",
            crate::vm::protocol::type_name(other)
        )),
    }
}

type Slot = (&'static str, crate::objects::function::NativeFn);

const ORDER: [Slot; 6] = [
    ("__eq__", eq),
    ("__ne__", ne),
    ("__lt__", lt),
    ("__le__", le),
    ("__gt__", gt),
    ("__ge__", ge),
];
const SEQUENCE: [Slot; 3] = [("__add__", add), ("__mul__", mul), ("__rmul__", rmul)];
const SET_OPS: [Slot; 8] = [
    ("__or__", or),
    ("__and__", and),
    ("__sub__", sub),
    ("__xor__", xor),
    ("__ror__", ror),
    ("__rand__", rand),
    ("__rsub__", rsub),
    ("__rxor__", rxor),
];

/// Registers `slots` on `class` where the type does not define them itself.
fn add_missing(class: &Arc<Class>, owner: &'static str, slots: &[Slot]) {
    for &(name, f) in slots {
        if class.dict.get_str(&new_str(name)).is_none() {
            super::add(class, owner, name, f);
        }
    }
}

/// The mutable containers cannot be hashed: `__hash__` is None, as in CPython.
fn unhashable(class: &Arc<Class>) {
    class.dict.set_str(new_str("__hash__"), Value::None);
}

pub fn register(t: &Types) {
    let hashable: [Slot; 2] = [("__hash__", hash), ("__repr__", repr)];
    add_missing(&t.str, "str", &ORDER);
    add_missing(&t.str, "str", &SEQUENCE);
    add_missing(&t.str, "str", &hashable);
    add_missing(&t.str, "str", &[("__mod__", mod_), ("__str__", str_str)]);
    add_missing(&t.tuple, "tuple", &ORDER);
    add_missing(&t.tuple, "tuple", &SEQUENCE);
    add_missing(&t.tuple, "tuple", &hashable);
    add_missing(&t.list, "list", &ORDER);
    add_missing(&t.list, "list", &SEQUENCE);
    add_missing(&t.list, "list", &[("__iadd__", iadd), ("__imul__", imul)]);
    unhashable(&t.list);
    add_missing(&t.dict, "dict", &ORDER[..2]);
    add_missing(
        &t.dict,
        "dict",
        &[("__or__", or), ("__ror__", ror), ("__ior__", ior)],
    );
    unhashable(&t.dict);
    add_missing(&t.set, "set", &ORDER);
    add_missing(&t.set, "set", &SET_OPS);
    add_missing(
        &t.set,
        "set",
        &[
            ("__ior__", ior),
            ("__iand__", iand),
            ("__isub__", isub),
            ("__ixor__", ixor),
        ],
    );
    unhashable(&t.set);
    add_missing(&t.frozenset, "frozenset", &ORDER);
    add_missing(&t.frozenset, "frozenset", &SET_OPS);
    add_missing(&t.frozenset, "frozenset", &hashable);
    add_missing(&t.none, "NoneType", &[("__repr__", repr)]);
}
