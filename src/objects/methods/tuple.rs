//! Methods of the built-in `tuple` type, with CPython 3.11's signatures and messages
//! (`Objects/tupleobject.c`): index, count and the dunders user code may call explicitly.
//! Tuples are immutable, so no lock is involved.

use super::add;
use super::list::{bad_receiver, exact, index_range, positional, repr_of, same_or_eq};
use crate::builtins::types::Types;
use crate::objects::{Tuple, Value};
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

pub fn register(t: &Types) {
    let c = &t.tuple;
    add(c, "tuple", "index", index);
    add(c, "tuple", "count", count);
    add(c, "tuple", "__len__", len);
    add(c, "tuple", "__getitem__", getitem);
    add(c, "tuple", "__contains__", contains);
    add(c, "tuple", "__iter__", iter);
    add(c, "tuple", "__getnewargs__", getnewargs);
    add(c, "tuple", "__repr__", repr);
}

fn this<'a>(a: &'a [Value], name: &str) -> PyResult<(&'a Arc<Tuple>, &'a [Value])> {
    match a.split_first() {
        Some((Value::Tuple(t), rest)) => Ok((t, rest)),
        _ => Err(bad_receiver(a, "tuple", name)),
    }
}

fn index(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (t, args) = this(a, "index")?;
    positional("tuple", "index", args, kw, 1, 3)?;
    let (start, stop) = index_range(vm, args, t.items.len())?;
    for i in start..stop.min(t.items.len()) {
        if same_or_eq(vm, &t.items[i], &args[0])? {
            return Ok(Value::Int(i as i64));
        }
    }
    value_error("tuple.index(x): x not in tuple")
}

fn count(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (t, args) = this(a, "count")?;
    exact("tuple", "count", args, kw, 1)?;
    let mut n = 0;
    for item in t.items.iter() {
        if same_or_eq(vm, item, &args[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn len(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (t, args) = this(a, "__len__")?;
    exact("tuple", "__len__", args, kw, 0)?;
    Ok(Value::Int(t.items.len() as i64))
}

fn getitem(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_, args) = this(a, "__getitem__")?;
    exact("tuple", "__getitem__", args, kw, 1)?;
    vm.getitem(&a[0], &args[0])
}

fn contains(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_, args) = this(a, "__contains__")?;
    exact("tuple", "__contains__", args, kw, 1)?;
    vm.contains(&a[0], &args[0]).map(Value::Bool)
}

fn iter(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_, args) = this(a, "__iter__")?;
    exact("tuple", "__iter__", args, kw, 0)?;
    vm.iter(&a[0])
}

fn getnewargs(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (t, args) = this(a, "__getnewargs__")?;
    exact("tuple", "__getnewargs__", args, kw, 0)?;
    Ok(Value::tuple(vec![Value::tuple(t.items.to_vec())]))
}

fn repr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    repr_of(
        vm,
        a,
        kw,
        "tuple",
        matches!(a.first(), Some(Value::Tuple(_))),
    )
}
