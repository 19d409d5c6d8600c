//! Methods of the small built-in types: property (`setter`, `getter`, `deleter` and the
//! descriptor methods `__get__`/`__set__`/`__delete__`, which a property subclass runs
//! through), function (`__get__`, binding it as a method), slice (`indices`) and range
//! (`index`, `count`), as CPython defines them.

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
    add(&t.property, "property", "__init__", prop_init);
    add(&t.property, "property", "__get__", prop_get);
    add(&t.property, "property", "__set__", prop_set);
    add(&t.property, "property", "__delete__", prop_delete);
    add(&t.function, "function", "__get__", function_get);
    add(&t.slice, "slice", "indices", slice_indices);
    add(&t.range, "range", "index", range_index);
    add(&t.range, "range", "count", range_count);
}

/// The functions of a property, or of the property inside a subclass instance.
fn prop_parts(v: &Value) -> PyResult<(Value, Value, Value)> {
    prop_fields(v).map(|(g, s, d, _)| (g, s, d))
}

/// A property's functions and its explicit `doc`.
fn prop_fields(v: &Value) -> PyResult<(Value, Value, Value, Value)> {
    let native = crate::vm::subclass::native_of(v).unwrap_or(v);
    match native {
        Value::Object(o) => match &o.kind {
            ObjKind::Property {
                fget,
                fset,
                fdel,
                doc,
            } => Ok((fget.clone(), fset.clone(), fdel.clone(), doc.clone())),
            _ => type_error("descriptor requires a 'property' object"),
        },
        _ => type_error("descriptor requires a 'property' object"),
    }
}

/// `prop.setter(f)` and friends: a copy made by calling the property's own type, as
/// CPython's property_copy does, so a subclass stays a subclass.
fn prop_copy(vm: &mut Vm, prop: &Value, parts: [Value; 3]) -> PyResult<Value> {
    let cls = Value::Class(crate::vm::protocol::class_of(prop).clone());
    let [fget, fset, fdel] = parts;
    let (_, _, _, doc) = prop_fields(prop)?;
    vm.call(&cls, &[fget, fset, fdel, doc], &[])
}

/// `property.__init__`: the functions were set by `__new__` from the same arguments; a
/// subclass's `__init__` passing different ones is refused rather than silently ignored.
fn prop_init(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p =
        crate::builtins::args::bind("property", &a[1..], kw, &["fget", "fset", "fdel", "doc"], 0)?;
    let given = |i: usize| p[i].clone().unwrap_or(Value::None);
    let (fget, fset, fdel) = prop_parts(&a[0])?;
    for (have, want) in [(fget, given(0)), (fset, given(1)), (fdel, given(2))] {
        if !have.is(&want) {
            return type_error(
                "mt sets a property's functions in property.__new__: __init__ must pass the same ones",
            );
        }
    }
    Ok(Value::None)
}

/// A property's function for `what` ("getter", ...), or CPython's error for a property
/// called directly (outside a class it has no attribute name to report).
fn prop_function(f: Value, what: &str, obj: &Value) -> PyResult<Value> {
    if f.is_none() {
        return attribute_error(format!(
            "property of '{}' object has no {what}",
            crate::vm::protocol::type_name(obj)
        ));
    }
    Ok(f)
}

/// `property.__get__(obj, type=None)`: the property itself when `obj` is None.
fn prop_get(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__get__", &a[1..], kw, 1, 2)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    let fget = prop_function(prop_parts(&a[0])?.0, "getter", &a[1])?;
    vm.call(&fget, &a[1..2], &[])
}

fn prop_set(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__set__", &a[1..], kw, 2, 2)?;
    let fset = prop_function(prop_parts(&a[0])?.1, "setter", &a[1])?;
    vm.call(&fset, &a[1..3], &[])?;
    Ok(Value::None)
}

fn prop_delete(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__delete__", &a[1..], kw, 1, 1)?;
    let fdel = prop_function(prop_parts(&a[0])?.2, "deleter", &a[1])?;
    vm.call(&fdel, &a[1..2], &[])?;
    Ok(Value::None)
}

/// `function.__get__(obj, type=None)`: a method bound to `obj`, or the function itself.
fn function_get(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__get__", &a[1..], kw, 1, 2)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    Ok(Value::object(ObjKind::BoundMethod {
        func: a[0].clone(),
        obj: a[1].clone(),
    }))
}

fn prop_setter(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("setter", &a[1..], kw, 1, 1)?;
    let (fget, _, fdel) = prop_parts(&a[0])?;
    prop_copy(vm, &a[0], [fget, a[1].clone(), fdel])
}

fn prop_getter(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("getter", &a[1..], kw, 1, 1)?;
    let (_, fset, fdel) = prop_parts(&a[0])?;
    prop_copy(vm, &a[0], [a[1].clone(), fset, fdel])
}

fn prop_deleter(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("deleter", &a[1..], kw, 1, 1)?;
    let (fget, fset, _) = prop_parts(&a[0])?;
    prop_copy(vm, &a[0], [fget, fset, a[1].clone()])
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
    // A step too big for a machine word is reported exactly, as CPython's slice.indices.
    let step = match z {
        Value::BigInt(_) => z,
        _ => Value::Int(st),
    };
    Ok(Value::tuple(vec![Value::Int(s), Value::Int(e), step]))
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
