//! Methods of the built-in `set` and `frozenset` types, with CPython 3.11's signatures,
//! results and messages (`Objects/setobject.c`): add remove discard pop clear copy update,
//! union intersection difference symmetric_difference (any number of iterables where CPython
//! takes them), the `_update` forms, issubset issuperset isdisjoint, and the dunders user code
//! may call explicitly. `frozenset` gets only the non-mutating ones, and results keep the
//! receiver's type. As in CPython, a `set` used as a key of remove/discard/`__contains__` is
//! looked up as the equal `frozenset`.
//!
//! The operators and methods follow CPython's algorithms operand by operand (which set is
//! walked, which is copied, when a table is pre-sized), because that decides the slot order
//! the result iterates in: `set_update_internal`, `set_intersection`, `set_difference`,
//! `set_difference_update_internal` and `set_symmetric_difference[_update]` are here as
//! [`update_internal`], [`intersection_of`], [`difference_of`], [`difference_update_internal`],
//! [`symmetric_difference_of`] and
//! [`symmetric_difference_update_internal`], and [`binary`] /
//! [`inplace`] give the operator dispatch `| & - ^` and their in-place forms.
//!
//! Elements are hashed and compared through the `SetTable` API with the VM as `KeyOps`, which
//! never holds a set's lock while an element's `__hash__` or `__eq__` runs.

use super::add;
use super::list::{bad_receiver, exact, repr_of};
use crate::builtins::types::Types;
use crate::objects::dict::KeyOps;
use crate::objects::function::NativeFn;
use crate::objects::{Set, SetTable, Value};
use crate::syntax::ast::BinOp;
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
    add(s, "set", "__init__", init);
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

fn new_set(table: SetTable, frozen: bool) -> Value {
    Value::Set(Set::new(table, frozen))
}

/// `set_update_internal`: adds the elements of `other` to `t` (a set is merged, a dict's keys
/// are added with their stored hashes after one pre-sizing, anything else one by one).
pub fn update_internal(vm: &mut Vm, t: &SetTable, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(o) => t.merge(vm, &o.table),
        Value::Dict(d) => {
            let entries = d.entries();
            t.reserve_for_dict(entries.len());
            t.add_all_hashed(vm, entries.into_iter().map(|e| (e.hash, e.key)))
        }
        _ => {
            for v in vm.to_vec(other)? {
                t.add(vm, v)?;
            }
            Ok(())
        }
    }
}

/// `make_new_set`: a new set (or frozenset) of the elements of `src`.
pub fn new_from(vm: &mut Vm, src: Option<&Value>, frozen: bool) -> PyResult<Arc<Set>> {
    let t = SetTable::new();
    if let Some(src) = src {
        update_internal(vm, &t, src)?;
    }
    Ok(Set::new(t, frozen))
}

/// `set_copy`: a new set of `s`'s type, filled by `set_merge`.
fn copy_of(s: &Set) -> Arc<Set> {
    Set::new(s.table.copy(), s.frozen)
}

/// The elements of `other` as a set: itself when it is one, else a new set of its items.
fn as_set(vm: &mut Vm, other: &Value) -> PyResult<Arc<Set>> {
    match other {
        Value::Set(s) => Ok(s.clone()),
        _ => new_from(vm, Some(other), true),
    }
}

/// A lookup key: a mutable `set` stands for the equal `frozenset` (it is unhashable itself).
fn key_of(v: &Value) -> Value {
    match v {
        Value::Set(s) if !s.frozen => new_set(s.table.copy(), true),
        _ => v.clone(),
    }
}

/// `set_intersection`: walks the smaller set when both are sets (the argument on a tie), else
/// the iterable, adding the common elements to a new set of `s`'s type.
pub fn intersection_of(vm: &mut Vm, s: &Arc<Set>, other: &Value) -> PyResult<Arc<Set>> {
    let out = SetTable::new();
    if let Value::Set(o) = other {
        if Arc::ptr_eq(s, o) {
            return Ok(copy_of(s));
        }
        let (big, small) = if o.table.len() > s.table.len() {
            (o, s)
        } else {
            (s, o)
        };
        for (h, k) in small.table.entries() {
            if big.table.contains_hashed(vm, h, &k)? {
                out.add_hashed(vm, h, k)?;
            }
        }
    } else {
        for v in vm.to_vec(other)? {
            let h = vm.hash_key(&v)?;
            if s.table.contains_hashed(vm, h, &v)? {
                out.add_hashed(vm, h, v)?;
            }
        }
    }
    Ok(Set::new(out, s.frozen))
}

/// `set_intersection_multi`: a copy when there is nothing to intersect with.
fn intersection_multi(vm: &mut Vm, s: &Arc<Set>, others: &[Value]) -> PyResult<Arc<Set>> {
    if others.is_empty() {
        return Ok(copy_of(s));
    }
    let mut cur = s.clone();
    for other in others {
        cur = intersection_of(vm, &cur, other)?;
    }
    Ok(cur)
}

/// `set_difference_update_internal`: discards the elements of `other` from `s`, then rebuilds
/// the table if more than a quarter of it is dummies.
pub fn difference_update_internal(vm: &mut Vm, s: &Arc<Set>, other: &Value) -> PyResult<()> {
    match other {
        Value::Set(o) if Arc::ptr_eq(s, o) => {
            s.table.clear();
            return Ok(());
        }
        Value::Set(o) => {
            for (h, k) in o.table.entries() {
                s.table.discard_hashed(vm, h, &k)?;
            }
        }
        _ => {
            for v in vm.to_vec(other)? {
                s.table.discard(vm, &v)?;
            }
        }
    }
    s.table.purge_dummies();
    Ok(())
}

/// `set_difference`: a copy minus `other` when `other` is an iterable or much smaller, else
/// the elements of `s` (in its slot order) that `other` lacks, added to a new set.
pub fn difference_of(vm: &mut Vm, s: &Arc<Set>, other: &Value) -> PyResult<Arc<Set>> {
    let other_size = match other {
        Value::Set(o) => o.table.len(),
        Value::Dict(d) => d.len(),
        _ => usize::MAX,
    };
    if other_size == usize::MAX || (s.table.len() >> 2) > other_size {
        let out = copy_of(s);
        difference_update_internal(vm, &out, other)?;
        return Ok(out);
    }
    let out = SetTable::new();
    for (h, k) in s.table.entries() {
        let found = match other {
            Value::Set(o) => o.table.contains_hashed(vm, h, &k)?,
            Value::Dict(d) => d.contains(vm, &k)?,
            _ => false,
        };
        if !found {
            out.add_hashed(vm, h, k)?;
        }
    }
    Ok(Set::new(out, s.frozen))
}

/// `set_symmetric_difference_update`: toggles each element of `other` (a dict's keys in
/// order, a set's in slot order, any other iterable first made into a set).
pub fn symmetric_difference_update_internal(
    vm: &mut Vm,
    s: &Arc<Set>,
    other: &Value,
) -> PyResult<()> {
    let items = match other {
        Value::Set(o) if Arc::ptr_eq(s, o) => {
            s.table.clear();
            return Ok(());
        }
        Value::Set(o) => o.table.entries(),
        Value::Dict(d) => d.entries().into_iter().map(|e| (e.hash, e.key)).collect(),
        _ => new_from(vm, Some(other), s.frozen)?.table.entries(),
    };
    for (h, k) in items {
        if !s.table.discard_hashed(vm, h, &k)? {
            s.table.add_hashed(vm, h, k)?;
        }
    }
    Ok(())
}

/// `set_symmetric_difference`: a new set of `other`'s elements, toggled by those of `s`.
pub fn symmetric_difference_of(vm: &mut Vm, s: &Arc<Set>, other: &Value) -> PyResult<Arc<Set>> {
    let out = new_from(vm, Some(other), s.frozen)?;
    symmetric_difference_update_internal(vm, &out, &Value::Set(s.clone()))?;
    Ok(out)
}

/// `x op y` for two sets and a set operator (`set_or`, `set_and`, `set_sub`, `set_xor`); the
/// result has `x`'s type. `None` for other operators.
pub fn binary(vm: &mut Vm, op: BinOp, x: &Arc<Set>, y: &Arc<Set>) -> PyResult<Option<Arc<Set>>> {
    let other = Value::Set(y.clone());
    Ok(Some(match op {
        BinOp::BitOr => {
            let out = copy_of(x);
            if !Arc::ptr_eq(x, y) {
                update_internal(vm, &out.table, &other)?;
            }
            out
        }
        BinOp::BitAnd => intersection_of(vm, x, &other)?,
        BinOp::Sub => difference_of(vm, x, &other)?,
        BinOp::BitXor => symmetric_difference_of(vm, x, &other)?,
        _ => return Ok(None),
    }))
}

/// `s op= other` for a mutable set and a set operand (`set_ior`, `set_iand`, `set_isub`,
/// `set_ixor`); false for other operators.
pub fn inplace(vm: &mut Vm, op: BinOp, s: &Arc<Set>, other: &Arc<Set>) -> PyResult<bool> {
    let o = Value::Set(other.clone());
    match op {
        BinOp::BitOr => update_internal(vm, &s.table, &o)?,
        BinOp::BitAnd => {
            let tmp = intersection_of(vm, s, &o)?;
            s.table.take_body(&tmp.table);
        }
        BinOp::Sub => difference_update_internal(vm, s, &o)?,
        BinOp::BitXor => symmetric_difference_update_internal(vm, s, &o)?,
        _ => return Ok(false),
    }
    Ok(true)
}

fn copy(_vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "copy", frozen)?;
    exact(owner(s.frozen), "copy", args, kw, 0)?;
    if s.frozen {
        return Ok(a[0].clone());
    }
    Ok(Value::Set(copy_of(s)))
}

fn union(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "union", frozen)?;
    no_keywords(s, "union", kw)?;
    let out = copy_of(s);
    for other in args {
        if matches!(other, Value::Set(o) if Arc::ptr_eq(o, s)) {
            continue;
        }
        update_internal(vm, &out.table, other)?;
    }
    Ok(Value::Set(out))
}

fn intersection(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "intersection", frozen)?;
    no_keywords(s, "intersection", kw)?;
    Ok(Value::Set(intersection_multi(vm, s, args)?))
}

fn difference(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "difference", frozen)?;
    no_keywords(s, "difference", kw)?;
    let Some((first, rest)) = args.split_first() else {
        return Ok(Value::Set(copy_of(s)));
    };
    let out = difference_of(vm, s, first)?;
    for other in rest {
        difference_update_internal(vm, &out, other)?;
    }
    Ok(Value::Set(out))
}

fn symmetric_difference(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "symmetric_difference", frozen)?;
    exact(owner(s.frozen), "symmetric_difference", args, kw, 1)?;
    Ok(Value::Set(symmetric_difference_of(vm, s, &args[0])?))
}

fn issubset(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "issubset", frozen)?;
    exact(owner(s.frozen), "issubset", args, kw, 1)?;
    let o = as_set(vm, &args[0])?;
    if s.table.len() > o.table.len() {
        return Ok(Value::Bool(false));
    }
    for (h, k) in s.table.entries() {
        if !o.table.contains_hashed(vm, h, &k)? {
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
            if o.table.len() > s.table.len() {
                return Ok(Value::Bool(false));
            }
            o.table.keys()
        }
        other => vm.to_vec(other)?,
    };
    for k in items {
        if !s.table.contains(vm, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn isdisjoint(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "isdisjoint", frozen)?;
    exact(owner(s.frozen), "isdisjoint", args, kw, 1)?;
    let (probe, items) = match &args[0] {
        Value::Set(o) if o.table.len() < s.table.len() => (s.clone(), o.table.keys()),
        Value::Set(o) => (o.clone(), s.table.keys()),
        other => (s.clone(), vm.to_vec(other)?),
    };
    for k in items {
        if probe.table.contains(vm, &k)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn len(_vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "__len__", frozen)?;
    exact(owner(s.frozen), "__len__", args, kw, 0)?;
    Ok(Value::Int(s.table.len() as i64))
}

fn contains(vm: &mut Vm, a: &[Value], kw: &KwArgs, frozen: bool) -> PyResult<Value> {
    let (s, args) = this(a, "__contains__", frozen)?;
    exact(owner(s.frozen), "__contains__", args, kw, 1)?;
    s.table.contains(vm, &key_of(&args[0])).map(Value::Bool)
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
    s.table.add(vm, args[0].clone())?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "remove")?;
    exact("set", "remove", args, kw, 1)?;
    if s.table.discard(vm, &key_of(&args[0]))? {
        Ok(Value::None)
    } else {
        key_error(args[0].clone())
    }
}

fn discard(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "discard")?;
    exact("set", "discard", args, kw, 1)?;
    s.table.discard(vm, &key_of(&args[0]))?;
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "pop")?;
    exact("set", "pop", args, kw, 0)?;
    match s.table.pop() {
        Some(k) => Ok(k),
        None => key_error(Value::str("pop from an empty set")),
    }
}

fn clear(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "clear")?;
    exact("set", "clear", args, kw, 0)?;
    s.table.clear();
    Ok(Value::None)
}

/// `set.__init__(iterable=(), /)`: refills the set, as a subclass's `super().__init__(items)`
/// does.
fn init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "__init__")?;
    let src = super::list::init_arg("set", args, kw)?;
    s.table.clear();
    if let Some(src) = src {
        update_internal(vm, &s.table, src)?;
    }
    Ok(Value::None)
}

fn update(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "update")?;
    no_keywords(s, "update", kw)?;
    for other in args {
        update_internal(vm, &s.table, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "intersection_update")?;
    no_keywords(s, "intersection_update", kw)?;
    let tmp = intersection_multi(vm, s, args)?;
    s.table.take_body(&tmp.table);
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "difference_update")?;
    no_keywords(s, "difference_update", kw)?;
    for other in args {
        difference_update_internal(vm, s, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (s, args) = this_mut(a, "symmetric_difference_update")?;
    exact("set", "symmetric_difference_update", args, kw, 1)?;
    symmetric_difference_update_internal(vm, s, &args[0])?;
    Ok(Value::None)
}
