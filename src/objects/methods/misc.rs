//! Methods of the small built-in types: property (`setter`, `getter`, `deleter`), slice
//! (`indices`) and range (`index`, `count`), as CPython defines them.

use super::add;
use crate::builtins::args::arity;
use crate::builtins::types::Types;
use crate::objects::bigrange::BigRange;
use crate::objects::{ObjKind, Value};
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};

pub fn register(t: &Types) {
    add(&t.property, "property", "setter", prop_setter);
    add(&t.property, "property", "getter", prop_getter);
    add(&t.property, "property", "deleter", prop_deleter);
    add(&t.slice, "slice", "indices", slice_indices);
    add(&t.range, "range", "index", range_index);
    add(&t.range, "range", "count", range_count);
}

fn prop_parts(v: &Value) -> PyResult<(Value, Value, Value)> {
    match v {
        Value::Object(o) => match &o.kind {
            ObjKind::Property { fget, fset, fdel } => {
                Ok((fget.clone(), fset.clone(), fdel.clone()))
            }
            _ => type_error("descriptor requires a 'property' object"),
        },
        _ => type_error("descriptor requires a 'property' object"),
    }
}

fn prop_setter(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("setter", &a[1..], kw, 1, 1)?;
    let (fget, _, fdel) = prop_parts(&a[0])?;
    Ok(Value::object(ObjKind::Property {
        fget,
        fset: a[1].clone(),
        fdel,
    }))
}

fn prop_getter(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("getter", &a[1..], kw, 1, 1)?;
    let (_, fset, fdel) = prop_parts(&a[0])?;
    Ok(Value::object(ObjKind::Property {
        fget: a[1].clone(),
        fset,
        fdel,
    }))
}

fn prop_deleter(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("deleter", &a[1..], kw, 1, 1)?;
    let (fget, fset, _) = prop_parts(&a[0])?;
    Ok(Value::object(ObjKind::Property {
        fget,
        fset,
        fdel: a[1].clone(),
    }))
}

fn slice_indices(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("indices", &a[1..], kw, 1, 1)?;
    let n = vm.to_index(&a[1])?;
    if n < 0 {
        return value_error("length should not be negative");
    }
    let Some((x, y, z)) = crate::vm::protocol::slice_parts(&a[0]) else {
        return type_error("descriptor 'indices' requires a 'slice' object");
    };
    let (s, e, st) = vm.slice_indices(&x, &y, &z, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(s),
        Value::Int(e),
        Value::Int(st),
    ]))
}

/// The index of `a[1]` in the range `a[0]`, for an int (a bool counts as one).
fn range_position(a: &[Value]) -> Option<Value> {
    let Value::Object(o) = &a[0] else { return None };
    let r = BigRange::of(&o.kind)?;
    let x = crate::vm::ops::to_big(&a[1])?;
    r.position(&x).map(Value::from_bigint)
}

/// The positions where a value that is not an int equals an item of the range (`3.0`):
/// CPython's generic sequence search, one comparison per item. Stops at the first when
/// `first_only`.
fn range_search(vm: &mut Vm, a: &[Value], first_only: bool) -> PyResult<Vec<i64>> {
    let it = vm.iter(&a[0])?;
    let mut found = Vec::new();
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        if vm.eq(&item, &a[1])? {
            found.push(i);
            if first_only {
                break;
            }
        }
        i += 1;
    }
    Ok(found)
}

fn is_exact_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

fn range_index(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("index", &a[1..], kw, 1, 1)?;
    if !is_exact_int(&a[1]) {
        return match range_search(vm, a, true)?.first() {
            Some(&i) => Ok(Value::Int(i)),
            None => value_error("sequence.index(x): x not in sequence"),
        };
    }
    match range_position(a) {
        Some(i) => Ok(i),
        None => {
            let r = vm.repr(&a[1])?;
            value_error(format!("{r} is not in range"))
        }
    }
}

fn range_count(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("count", &a[1..], kw, 1, 1)?;
    if !is_exact_int(&a[1]) {
        return Ok(Value::Int(range_search(vm, a, false)?.len() as i64));
    }
    Ok(Value::Int(range_position(a).is_some() as i64))
}
