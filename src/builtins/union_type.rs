//! `types.UnionType` (PEP 604): what `int | str` or `list[int] | None` make, as CPython
//! 3.11's Objects/unionobject.c. Members are flattened and deduplicated, `None` stands for
//! NoneType, a union of one member is that member, and `isinstance`/`issubclass` accept it.

use super::generic_alias;
use super::types::{native_object_class_in, types};
use crate::objects::{new_str, Class, Instance, Value};
use crate::vm::error::*;
use crate::vm::protocol::not_implemented;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::{Arc, OnceLock};

fn union_class() -> &'static Arc<Class> {
    static CLASS: OnceLock<Arc<Class>> = OnceLock::new();
    CLASS.get_or_init(|| {
        native_object_class_in(
            "types",
            "UnionType",
            &[
                ("__repr__", repr),
                ("__eq__", eq),
                ("__hash__", hash),
                ("__or__", or),
                ("__ror__", ror),
            ],
        )
    })
}

pub fn register(t: &super::types::Types) {
    crate::objects::methods::add(&t.type_, "type", "__or__", or);
    crate::objects::methods::add(&t.type_, "type", "__ror__", ror);
}

/// The members of a union; None for any other value.
pub fn members(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Instance(i) if Arc::ptr_eq(&i.class, union_class()) => {
            match i.attrs.get_str(&new_str("__args__")) {
                Some(Value::Tuple(t)) => Some(t.items.to_vec()),
                _ => Some(Vec::new()),
            }
        }
        _ => None,
    }
}

/// What may stand on either side of `|`: classes, None, generic aliases, unions. None is
/// NoneType; a union gives its members.
fn operand(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::Class(_) => Some(vec![v.clone()]),
        Value::None => Some(vec![Value::Class(types().none.clone())]),
        _ if generic_alias::is_alias(v) => Some(vec![v.clone()]),
        _ => members(v),
    }
}

/// `a | b`, or NotImplemented when either side cannot be in a union.
pub fn union_of(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (Some(left), Some(right)) = (operand(a), operand(b)) else {
        return Ok(not_implemented());
    };
    let mut args: Vec<Value> = Vec::new();
    for x in left.into_iter().chain(right) {
        let mut seen = false;
        for y in &args {
            if x.is(y) || (generic_alias::is_alias(&x) && vm.eq(&x, y)?) {
                seen = true;
                break;
            }
        }
        if !seen {
            args.push(x);
        }
    }
    if args.len() == 1 {
        return Ok(args.pop().unwrap_or(Value::None));
    }
    let inst = Instance::new(union_class().clone());
    inst.attrs.set_str(new_str("__args__"), Value::tuple(args));
    Ok(Value::Instance(inst))
}

pub fn or(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match a {
        [x, y] => union_of(vm, x, y),
        _ => type_error("expected 1 argument"),
    }
}

pub fn ror(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match a {
        [x, y] => union_of(vm, y, x),
        _ => type_error("expected 1 argument"),
    }
}

fn repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let args = members(&a[0]).unwrap_or_default();
    let mut parts = Vec::with_capacity(args.len());
    for x in &args {
        parts.push(match x {
            Value::Class(c) if Arc::ptr_eq(c, &types().none) => "None".to_string(),
            Value::Class(c) if c.module == "builtins" => c.qualname.clone(),
            Value::Class(c) => format!("{}.{}", c.module, c.qualname),
            other => vm.repr(other)?,
        });
    }
    Ok(Value::string(parts.join(" | ")))
}

/// Unions are equal when they have the same members, in any order.
fn eq(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (Some(x), Some(y)) = (members(&a[0]), a.get(1).and_then(members)) else {
        return Ok(not_implemented());
    };
    let fx = vm.call(
        &Value::Class(types().frozenset.clone()),
        &[Value::tuple(x)],
        &[],
    )?;
    let fy = vm.call(
        &Value::Class(types().frozenset.clone()),
        &[Value::tuple(y)],
        &[],
    )?;
    Ok(Value::Bool(vm.eq(&fx, &fy)?))
}

fn hash(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let x = members(&a[0]).unwrap_or_default();
    let f = vm.call(
        &Value::Class(types().frozenset.clone()),
        &[Value::tuple(x)],
        &[],
    )?;
    Ok(Value::Int(vm.hash(&f)?))
}
