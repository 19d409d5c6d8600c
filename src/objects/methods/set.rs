//! Methods of the built-in `set` and `frozenset` types, with CPython 3.11's signatures,
//! results and messages (`Objects/setobject.c`): add remove discard pop clear copy update,
//! union intersection difference symmetric_difference (any number of iterables where CPython
//! takes them), the `_update` forms, issubset issuperset isdisjoint, and the dunders user code
//! may call explicitly. `frozenset` gets only the non-mutating ones, and results keep the
//! receiver's type. As in CPython, a `set` used as a key of remove/discard/`__contains__` is
//! looked up as the equal `frozenset`.
//!
//! Elements are hashed and compared through the `Dict` API with the VM as `KeyOps`, which
//! never holds a set's lock while an element's `__hash__` or `__eq__` runs.

use super::add;
use super::list::{bad_receiver, exact, repr_of};
use crate::builtins::types::Types;
use crate::objects::dict::Entry;
use crate::objects::function::NativeFn;
use crate::objects::{Dict, Set, Value};
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

pub fn register(t: &Types) {
    for (class, owner, table) in [(&t.set, "set", SET), (&t.frozenset, "frozenset", FROZEN)] {
        for (name, f) in table {
            add(class, owner, name, *f);
        }
    }
    let s = &t.set;
    add(s, "set", "add", add_);
    add(s, "set", "remove", remove);
    add(s, "set", "discard", discard);
    add(s, "set", "pop", pop);
    add(s, "set", "clear", clear);
    add(s, "set", "update", update);
    add(s, "set", "intersection_update", intersection_update);
    add(s, "set", "difference_update", difference_update);
    add(
        s,
        "set",
        "symmetric_difference_update",
        symmetric_difference_update,
    );
}

fn owner(frozen: bool) -> &'static str {
    if frozen {
        "frozenset"
    } else {
        "set"
    }
}

/// Generates the `set` and `frozenset` entry points of a method both types share: each checks
/// that its receiver is of its own type, as CPython's method descriptors do.
macro_rules! shared {
    ($($name:literal => $imp:ident),* $(,)?) => {
        const SET: &[(&str, NativeFn)] = &[$(($name, {
            fn f(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
                $imp(vm, a, kw, false)
            }
            f
        })),*];
        const FROZEN: &[(&str, NativeFn)] = &[$(($name, {
            fn f(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
                $imp(vm, a, kw, true)
            }
            f
        })),*];
    };
}

shared! {
    "copy" => copy,
    "union" => union,
    "intersection" => intersection,
    "difference" => difference,
    "symmetric_difference" => symmetric_difference,
    "issubset" => issubset,
    "issuperset" => issuperset,
    "isdisjoint" => isdisjoint,
    "__len__" => len,
    "__contains__" => contains,
    "__iter__" => iter,
    "__repr__" => repr,
}

/// The receiver of a method shared by both types, registered on the one `frozen` tells.
fn this<'a>(a: &'a [Value], name: &str, frozen: bool) -> PyResult<(&'a Arc<Set>, &'a [Value])> {
    match a.split_first() {
        Some((Value::Set(s), rest)) if s.frozen == frozen => Ok((s, rest)),
        _ => Err(bad_receiver(a, owner(frozen), name)),
    }
}

/// The receiver of a mutating method: a `set`, not a `frozenset`.
fn this_mut<'a>(a: &'a [Value], name: &str) -> PyResult<(&'a Arc<Set>, &'a [Value])> {
    match a.split_first() {
        Some((Value::Set(s), rest)) if !s.frozen => Ok((s, rest)),
        _ => Err(bad_receiver(a, "set", name)),
    }
}

fn no_keywords(s: &Set, name: &str, kw: &KwArgs) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        type_error(format!(
            "{}.{name}() takes no keyword arguments",
            owner(s.frozen)
        ))
    }
}

fn new_set(map: Dict, frozen: bool) -> Value {
    Value::Set(Arc::new(Set { map, frozen }))
}

fn fill(map: &Dict, entries: Vec<Entry>) {
    for e in entries {
        map.insert_hashed(e.hash, e.key, Value::None);
    }
}

/// The elements of `other` as a set: itself when it is one, else a new set of its items.
fn as_set(vm: &mut Vm, other: &Value) -> PyResult<Arc<Set>> {
    if let Value::Set(s) = other {
        return Ok(s.clone());
    }
    let map = Dict::new();
    for v in vm.to_vec(other)? {
        map.set(vm, v, Value::None)?;
    }
    Ok(Arc::new(Set { map, frozen: true }))
}

/// A lookup key: a mutable `set` stands for the equal `frozenset` (it is unhashable itself).
fn key_of(v: &Value) -> Value {
    match v {
        Value::Set(s) if !s.frozen => new_set(s.map.copy(), true),
        _ => v.clone(),
    }
}

/// Adds every element of `other` to `map`.
fn add_all(vm: &mut Vm, map: &Dict, other: &Value) -> PyResult<()> {
    if let Value::Set(o) = other {
        fill(map, o.map.entries());
        return Ok(());
    }
    for v in vm.to_vec(other)? {
        map.set(vm, v, Value::None)?;
    }
    Ok(())
}

/// The elements common to `base` and `other`, as CPython's `set_intersection` picks them:
/// from the smaller set when both are sets, else from the iterable.
fn intersect(vm: &mut Vm, base: &Arc<Set>, other: &Value) -> PyResult<Dict> {
    let out = Dict::new();
    if let Value::Set(o) = other {
        let (small, big) = if o.map.len() > base.map.len() {
            (base, o)
        } else {
            (o, base)
        };
        for e in small.map.entries() {
            if big.map.contains(vm, &e.key)? {
                out.insert_hashed(e.hash, e.key, Value::None);
            }
        }
        return Ok(out);
    }
    for v in vm.to_vec(other)? {
        if base.map.contains(vm, &v)? {
            out.set(vm, v, Value::None)?;
        }
    }
    Ok(out)
}

/// Removes every element of `other` from `map`.
fn remove_all(vm: &mut Vm, map: &Dict, other: &Value) -> PyResult<()> {
    let items = match other {
        Value::Set(o) => o.map.keys(),
        _ => vm.to_vec(other)?,
    };
    for v in items {
        map.remove(vm, &v)?;
    }
    Ok(())
}

/// Toggles every (distinct) element of `other` in `map`.
fn toggle_all(vm: &mut Vm, map: &Dict, other: &Value) -> PyResult<()> {
    let o = as_set(vm, other)?;
    for e in o.map.entries() {
        if map.remove(vm, &e.key)?.is_none() {
            map.insert_hashed(e.hash, e.key, Value::None);
        }
    }
    Ok(())
}

/// Replaces the contents of `s` with `map`.
fn replace(s: &Set, map: Dict) {
    let entries = map.entries();
    s.map.clear();
    fill(&s.map, entries);
}

fn copy(_vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "copy", frozen)?;
    exact(owner(s.frozen), "copy", args, kw, 0)?;
    if s.frozen {
        return Ok(a[0].clone());
    }
    Ok(new_set(s.map.copy(), false))
}

fn union(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "union", frozen)?;
    no_keywords(s, "union", kw)?;
    let map = s.map.copy();
    for other in args {
        add_all(vm, &map, other)?;
    }
    Ok(new_set(map, s.frozen))
}

fn intersection(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "intersection", frozen)?;
    no_keywords(s, "intersection", kw)?;
    let mut cur = Arc::new(Set {
        map: s.map.copy(),
        frozen: s.frozen,
    });
    for other in args {
        let map = intersect(vm, &cur, other)?;
        cur = Arc::new(Set {
            map,
            frozen: s.frozen,
        });
    }
    Ok(Value::Set(cur))
}

fn difference(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "difference", frozen)?;
    no_keywords(s, "difference", kw)?;
    let map = s.map.copy();
    for other in args {
        remove_all(vm, &map, other)?;
    }
    Ok(new_set(map, s.frozen))
}

fn symmetric_difference(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "symmetric_difference", frozen)?;
    exact(owner(s.frozen), "symmetric_difference", args, kw, 1)?;
    let map = s.map.copy();
    toggle_all(vm, &map, &args[0])?;
    Ok(new_set(map, s.frozen))
}

fn issubset(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "issubset", frozen)?;
    exact(owner(s.frozen), "issubset", args, kw, 1)?;
    let o = as_set(vm, &args[0])?;
    if s.map.len() > o.map.len() {
        return Ok(Value::Bool(false));
    }
    for k in s.map.keys() {
        if !o.map.contains(vm, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn issuperset(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "issuperset", frozen)?;
    exact(owner(s.frozen), "issuperset", args, kw, 1)?;
    let items = match &args[0] {
        Value::Set(o) => {
            if o.map.len() > s.map.len() {
                return Ok(Value::Bool(false));
            }
            o.map.keys()
        }
        other => vm.to_vec(other)?,
    };
    for k in items {
        if !s.map.contains(vm, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn isdisjoint(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "isdisjoint", frozen)?;
    exact(owner(s.frozen), "isdisjoint", args, kw, 1)?;
    let (probe, items) = match &args[0] {
        Value::Set(o) if o.map.len() < s.map.len() => (s.clone(), o.map.keys()),
        Value::Set(o) => (o.clone(), s.map.keys()),
        other => (s.clone(), vm.to_vec(other)?),
    };
    for k in items {
        if probe.map.contains(vm, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn len(_vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "__len__", frozen)?;
    exact(owner(s.frozen), "__len__", args, kw, 0)?;
    Ok(Value::Int(s.map.len() as i64))
}

fn contains(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "__contains__", frozen)?;
    exact(owner(s.frozen), "__contains__", args, kw, 1)?;
    s.map.contains(vm, &key_of(&args[0])).map(Value::Bool)
}

fn iter(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "__iter__", frozen)?;
    exact(owner(s.frozen), "__iter__", args, kw, 0)?;
    vm.iter(&a[0])
}

fn repr(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let ok = matches!(a.first(), Some(Value::Set(s)) if s.frozen == frozen);
    repr_of(vm, a, kw, owner(frozen), ok)
}

// ------------------------------------------------------------------ set only

fn add_(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "add")?;
    exact("set", "add", args, kw, 1)?;
    s.map.set(vm, args[0].clone(), Value::None)?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "remove")?;
    exact("set", "remove", args, kw, 1)?;
    match s.map.remove(vm, &key_of(&args[0]))? {
        Some(_) => Ok(Value::None),
        None => key_error(args[0].clone()),
    }
}

fn discard(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "discard")?;
    exact("set", "discard", args, kw, 1)?;
    s.map.remove(vm, &key_of(&args[0]))?;
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "pop")?;
    exact("set", "pop", args, kw, 0)?;
    match s.map.pop_first() {
        Some((k, _)) => Ok(k),
        None => key_error(Value::str("pop from an empty set")),
    }
}

fn clear(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "clear")?;
    exact("set", "clear", args, kw, 0)?;
    s.map.clear();
    Ok(Value::None)
}

fn update(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "update")?;
    no_keywords(s, "update", kw)?;
    for other in args {
        add_all(vm, &s.map, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "intersection_update")?;
    no_keywords(s, "intersection_update", kw)?;
    if args.is_empty() {
        return Ok(Value::None);
    }
    let mut cur = Arc::new(Set {
        map: s.map.copy(),
        frozen: false,
    });
    for other in args {
        let map = intersect(vm, &cur, other)?;
        cur = Arc::new(Set { map, frozen: false });
    }
    replace(s, cur.map.copy());
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "difference_update")?;
    no_keywords(s, "difference_update", kw)?;
    for other in args {
        remove_all(vm, &s.map, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "symmetric_difference_update")?;
    exact("set", "symmetric_difference_update", args, kw, 1)?;
    if let Value::Set(o) = &args[0] {
        if Arc::ptr_eq(o, s) {
            s.map.clear();
            return Ok(Value::None);
        }
    }
    toggle_all(vm, &s.map, &args[0])?;
    Ok(Value::None)
}
