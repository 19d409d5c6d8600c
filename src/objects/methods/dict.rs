//! Methods of the built-in `dict` type and of its views (`dict_keys`, `dict_values`,
//! `dict_items`), with CPython 3.11's signatures, results and messages
//! (`Objects/dictobject.c`): keys values items get setdefault pop popitem update copy clear
//! fromkeys and the dunders user code may call explicitly; `isdisjoint` on the set-like views.
//!
//! `fromkeys` is a class method, as in CPython, so `dict.fromkeys(it)` and `{}.fromkeys(it)`
//! both receive the class first. [`view_binary`] and [`view_compare`] hold the set operators
//! and comparisons of keys and items views (`d.keys() & {...}`, `d.keys() <= s`) for the
//! operator dispatch to call.
//!
//! Lookups go through the `Dict` API with the VM as `KeyOps`, which never holds the dict's
//! lock while a key's `__eq__` or `__hash__` runs.

use super::add;
use super::list::{bad_receiver, exact, positional, repr_of};
use crate::builtins::convert::{dict_fill, set_from};
use crate::builtins::types::Types;
use crate::objects::object::{IterState, ViewKind};
use crate::objects::spin::SpinMutex;
use crate::objects::{Builtin, Dict, ObjKind, Set, SetTable, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

pub fn register(t: &Types) {
    let d = &t.dict;
    add(d, "dict", "keys", keys);
    add(d, "dict", "values", values);
    add(d, "dict", "items", items);
    add(d, "dict", "get", get);
    add(d, "dict", "setdefault", setdefault);
    add(d, "dict", "pop", pop);
    add(d, "dict", "popitem", popitem);
    add(d, "dict", "update", update);
    add(d, "dict", "__init__", init);
    add(d, "dict", "copy", copy);
    add(d, "dict", "clear", clear);
    add(d, "dict", "__len__", len);
    add(d, "dict", "__getitem__", getitem);
    add(d, "dict", "__setitem__", setitem);
    add(d, "dict", "__delitem__", delitem);
    add(d, "dict", "__contains__", contains);
    add(d, "dict", "__iter__", iter);
    add(d, "dict", "__reversed__", reversed);
    add(d, "dict", "__repr__", repr);
    d.dict.set_str(
        crate::objects::new_str("fromkeys"),
        Value::object(ObjKind::ClassMethod(Builtin::method(
            "dict", "fromkeys", fromkeys,
        ))),
    );

    for (class, owner) in [
        (&t.dict_keys, "dict_keys"),
        (&t.dict_values, "dict_values"),
        (&t.dict_items, "dict_items"),
    ] {
        add(class, owner, "__len__", view_len);
        add(class, owner, "__iter__", view_iter);
        add(class, owner, "__reversed__", view_reversed);
    }
    add(&t.dict_keys, "dict_keys", "__contains__", view_contains);
    add(&t.dict_items, "dict_items", "__contains__", view_contains);
    add(&t.dict_keys, "dict_keys", "isdisjoint", view_isdisjoint);
    add(&t.dict_items, "dict_items", "isdisjoint", view_isdisjoint);
    for (class, owner) in [(&t.dict_keys, "dict_keys"), (&t.dict_items, "dict_items")] {
        for (name, f) in VIEW_OPS {
            add(class, owner, name, *f);
        }
    }
}

/// Builds the operator dunders of the set-like views: `(name, native)` entries whose natives
/// call `$imp` with their name and the extra arguments given.
macro_rules! view_ops {
    ($($name:literal => $imp:ident($($arg:expr),*));* $(;)?) => {
        const VIEW_OPS: &[(&str, crate::objects::function::NativeFn)] = &[$(($name, {
            fn f(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
                $imp(vm, a, kw, $name $(, $arg)*)
            }
            f
        })),*];
    };
}

view_ops! {
    "__and__" => view_op_dunder(BinOp::BitAnd, false);
    "__rand__" => view_op_dunder(BinOp::BitAnd, true);
    "__or__" => view_op_dunder(BinOp::BitOr, false);
    "__ror__" => view_op_dunder(BinOp::BitOr, true);
    "__sub__" => view_op_dunder(BinOp::Sub, false);
    "__rsub__" => view_op_dunder(BinOp::Sub, true);
    "__xor__" => view_op_dunder(BinOp::BitXor, false);
    "__rxor__" => view_op_dunder(BinOp::BitXor, true);
    "__eq__" => view_cmp_dunder(CmpOp::Eq);
    "__ne__" => view_cmp_dunder(CmpOp::NotEq);
    "__lt__" => view_cmp_dunder(CmpOp::Lt);
    "__le__" => view_cmp_dunder(CmpOp::LtE);
    "__gt__" => view_cmp_dunder(CmpOp::Gt);
    "__ge__" => view_cmp_dunder(CmpOp::GtE);
}

fn this<'a>(a: &'a [Value], name: &str) -> PyResult<(&'a Arc<Dict>, &'a [Value])> {
    match a.split_first() {
        Some((Value::Dict(d), rest)) => Ok((d, rest)),
        _ => Err(bad_receiver(a, "dict", name)),
    }
}

fn view(d: &Arc<Dict>, kind: ViewKind) -> Value {
    Value::object(ObjKind::DictView(d.clone(), kind))
}

fn keys(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "keys")?;
    exact("dict", "keys", args, kw, 0)?;
    Ok(view(d, ViewKind::Keys))
}

fn values(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "values")?;
    exact("dict", "values", args, kw, 0)?;
    Ok(view(d, ViewKind::Values))
}

fn items(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "items")?;
    exact("dict", "items", args, kw, 0)?;
    Ok(view(d, ViewKind::Items))
}

fn get(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "get")?;
    positional("dict", "get", args, kw, 1, 2)?;
    match d.get(vm, &args[0])? {
        Some(v) => Ok(v),
        None => Ok(args.get(1).cloned().unwrap_or(Value::None)),
    }
}

fn setdefault(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "setdefault")?;
    positional("dict", "setdefault", args, kw, 1, 2)?;
    if let Some(v) = d.get(vm, &args[0])? {
        return Ok(v);
    }
    let default = args.get(1).cloned().unwrap_or(Value::None);
    d.set(vm, args[0].clone(), default.clone())?;
    Ok(default)
}

fn pop(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "pop")?;
    positional("dict", "pop", args, kw, 1, 2)?;
    match d.remove(vm, &args[0])? {
        Some(v) => Ok(v),
        None => match args.get(1) {
            Some(default) => Ok(default.clone()),
            None => key_error(args[0].clone()),
        },
    }
}

fn popitem(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "popitem")?;
    exact("dict", "popitem", args, kw, 0)?;
    match d.pop_last() {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => key_error(Value::str("popitem(): dictionary is empty")),
    }
}

fn update(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    fill(vm, a, kw, "update", "update")
}

/// `dict.__init__(*args, **kwargs)`: updates the dict, as a subclass's `super().__init__()`
/// does.
fn init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    fill(vm, a, kw, "__init__", "dict")
}

/// `update` and `__init__`: one mapping or iterable of pairs, then the keywords.
fn fill(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, what: &str) -> PyResult<Value> {
    let (d, args) = this(a, name)?;
    if args.len() > 1 {
        return type_error(format!(
            "{what} expected at most 1 argument, got {}",
            args.len()
        ));
    }
    if let Some(src) = args.first() {
        dict_fill(vm, d, src, name)?;
    }
    for (k, v) in kw {
        d.set_str(k.clone(), v.clone());
    }
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "copy")?;
    exact("dict", "copy", args, kw, 0)?;
    Ok(Value::Dict(Arc::new(d.copy())))
}

fn clear(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "clear")?;
    exact("dict", "clear", args, kw, 0)?;
    d.clear();
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None, /)`, a class method: `a[0]` is the class.
fn fromkeys(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some((cls, args)) = a.split_first() else {
        return Err(bad_receiver(a, "dict", "fromkeys"));
    };
    positional("dict", "fromkeys", args, kw, 1, 2)?;
    let value = args.get(1).cloned().unwrap_or(Value::None);
    let keys = vm.to_vec(&args[0])?;
    let is_dict =
        matches!(cls, Value::Class(c) if Arc::ptr_eq(c, &crate::builtins::types::types().dict));
    if is_dict {
        let d = Dict::new();
        for k in keys {
            d.set(vm, k, value.clone())?;
        }
        return Ok(Value::Dict(Arc::new(d)));
    }
    let out = vm.call(cls, &[], &[])?;
    for k in keys {
        vm.setitem(&out, &k, value.clone())?;
    }
    Ok(out)
}

fn len(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "__len__")?;
    exact("dict", "__len__", args, kw, 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn getitem(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "__getitem__")?;
    exact("dict", "__getitem__", args, kw, 1)?;
    match d.get(vm, &args[0])? {
        Some(v) => Ok(v),
        None => key_error(args[0].clone()),
    }
}

fn setitem(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "__setitem__")?;
    exact("dict", "__setitem__", args, kw, 2)?;
    d.set(vm, args[0].clone(), args[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "__delitem__")?;
    exact("dict", "__delitem__", args, kw, 1)?;
    match d.remove(vm, &args[0])? {
        Some(_) => Ok(Value::None),
        None => key_error(args[0].clone()),
    }
}

fn contains(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "__contains__")?;
    exact("dict", "__contains__", args, kw, 1)?;
    d.contains(vm, &args[0]).map(Value::Bool)
}

fn iter(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_, args) = this(a, "__iter__")?;
    exact("dict", "__iter__", args, kw, 0)?;
    vm.iter(&a[0])
}

/// `reversed(d)` and `reversed(d.items())`: CPython's dict_reverse*iterator types.
pub fn reversed_iter(d: &Dict, kind: ViewKind) -> Value {
    let mut items: Vec<Value> = match kind {
        ViewKind::Keys => d.keys(),
        ViewKind::Values => d.values(),
        ViewKind::Items => d
            .items()
            .into_iter()
            .map(|(k, v)| Value::tuple(vec![k, v]))
            .collect(),
    };
    items.reverse();
    Value::object(ObjKind::Iter(SpinMutex::new(IterState::Vec {
        items,
        idx: 0,
        kind,
    })))
}

fn reversed(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (d, args) = this(a, "__reversed__")?;
    exact("dict", "__reversed__", args, kw, 0)?;
    Ok(reversed_iter(d, ViewKind::Keys))
}

fn repr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    repr_of(vm, a, kw, "dict", matches!(a.first(), Some(Value::Dict(_))))
}

// ------------------------------------------------------------------ views

fn view_owner(kind: ViewKind) -> &'static str {
    match kind {
        ViewKind::Keys => "dict_keys",
        ViewKind::Values => "dict_values",
        ViewKind::Items => "dict_items",
    }
}

/// The dict and kind of a view receiver; `owner` names the class the method was found on.
fn this_view<'a>(
    a: &'a [Value],
    owner: &str,
    name: &str,
) -> PyResult<(&'a Arc<Dict>, ViewKind, &'a [Value])> {
    if let Some((Value::Object(o), rest)) = a.split_first() {
        if let ObjKind::DictView(d, kind) = &o.kind {
            if view_owner(*kind) == owner {
                return Ok((d, *kind, rest));
            }
        }
    }
    Err(bad_receiver(a, owner, name))
}

/// The class name of the view receiver, for messages (falls back to `dict_keys`).
fn owner_of(a: &[Value]) -> &'static str {
    match a.first() {
        Some(Value::Object(o)) => match &o.kind {
            ObjKind::DictView(_, kind) => view_owner(*kind),
            _ => "dict_keys",
        },
        _ => "dict_keys",
    }
}

fn view_len(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let owner = owner_of(a);
    let (d, _, args) = this_view(a, owner, "__len__")?;
    exact(owner, "__len__", args, kw, 0)?;
    Ok(Value::Int(d.len() as i64))
}

fn view_iter(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let owner = owner_of(a);
    let (_, _, args) = this_view(a, owner, "__iter__")?;
    exact(owner, "__iter__", args, kw, 0)?;
    vm.iter(&a[0])
}

fn view_reversed(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let owner = owner_of(a);
    let (d, kind, args) = this_view(a, owner, "__reversed__")?;
    exact(owner, "__reversed__", args, kw, 0)?;
    Ok(reversed_iter(d, kind))
}

/// `x in view` for keys and items views (items compare the value too).
fn view_has(vm: &mut Vm, d: &Dict, kind: ViewKind, x: &Value) -> PyResult<bool> {
    match kind {
        ViewKind::Keys => d.contains(vm, x),
        ViewKind::Items => {
            let Value::Tuple(t) = x else {
                return Ok(false);
            };
            if t.items.len() != 2 {
                return Ok(false);
            }
            match d.get(vm, &t.items[0])? {
                Some(v) => Ok(v.is(&t.items[1]) || vm.eq(&v, &t.items[1])?),
                None => Ok(false),
            }
        }
        ViewKind::Values => {
            for v in d.values() {
                if v.is(x) || vm.eq(&v, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
    }
}

fn view_contains(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let owner = owner_of(a);
    let (d, kind, args) = this_view(a, owner, "__contains__")?;
    exact(owner, "__contains__", args, kw, 1)?;
    view_has(vm, d, kind, &args[0]).map(Value::Bool)
}

fn view_isdisjoint(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let owner = owner_of(a);
    let (d, kind, args) = this_view(a, owner, "isdisjoint")?;
    exact(owner, "isdisjoint", args, kw, 1)?;
    for x in vm.to_vec(&args[0])? {
        if view_has(vm, d, kind, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_op_dunder(
    vm: &mut Vm,
    a: &[Value],
    kw: &KwArgs,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let owner = owner_of(a);
    let (_, _, args) = this_view(a, owner, name)?;
    exact(owner, name, args, kw, 1)?;
    let r = if reflected {
        view_binary(vm, op, &args[0], &a[0])?
    } else {
        view_binary(vm, op, &a[0], &args[0])?
    };
    Ok(r.unwrap_or_else(crate::vm::protocol::not_implemented))
}

fn view_cmp_dunder(
    vm: &mut Vm,
    a: &[Value],
    kw: &KwArgs,
    name: &str,
    op: CmpOp,
) -> PyResult<Value> {
    let owner = owner_of(a);
    let (_, _, args) = this_view(a, owner, name)?;
    exact(owner, name, args, kw, 1)?;
    Ok(view_compare(vm, op, &a[0], &args[0])?.unwrap_or_else(crate::vm::protocol::not_implemented))
}

fn is_set_like_view(v: &Value) -> bool {
    matches!(v, Value::Object(o)
        if matches!(o.kind, ObjKind::DictView(_, ViewKind::Keys | ViewKind::Items)))
}

/// `a op b` when `a` or `b` is a keys or items view and `op` is `&`, `|`, `-` or `^`: a new
/// `set` built from `a`, combined with the iterable `b`, as CPython's `dictviews_*` do.
/// `Ok(None)` when neither operand is such a view or the operator is not a set operator.
pub fn view_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !(is_set_like_view(a) || is_set_like_view(b)) {
        return Ok(None);
    }
    use crate::objects::methods::set as sets;
    let items = |v| view_dict(v, ViewKind::Items);
    if let (BinOp::BitXor, Some(d1), Some(d2)) = (op, items(a), items(b)) {
        return items_xor(vm, d1, d2).map(Some);
    }
    match op {
        BinOp::BitAnd => return view_intersect(vm, a, b).map(Some),
        BinOp::BitOr | BinOp::Sub | BinOp::BitXor => {}
        _ => return Ok(None),
    }
    // `dictviews_to_set`: a keys view's dict itself, so its stored hashes are used.
    let src = match view_dict(a, ViewKind::Keys) {
        Some(d) => Value::Dict(d.clone()),
        None => a.clone(),
    };
    let s = sets::new_from(vm, Some(&src), false)?;
    match op {
        BinOp::BitOr => sets::update_internal(vm, &s.table, b)?,
        BinOp::Sub => sets::difference_update_internal(vm, &s, b)?,
        _ => sets::symmetric_difference_update_internal(vm, &s, b)?,
    }
    Ok(Some(Value::Set(s)))
}

/// The dict behind `v` when it is a view of the given kind.
fn view_dict(v: &Value, kind: ViewKind) -> Option<&Arc<Dict>> {
    match v {
        Value::Object(o) => match &o.kind {
            ObjKind::DictView(d, k) if *k == kind => Some(d),
            _ => None,
        },
        _ => None,
    }
}

/// `_PyDictView_Intersect`: `set.intersection` when the other operand is a set at least as
/// large, else the smaller operand walked and tested against the larger view.
fn view_intersect(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    let (mut view, mut other) = if is_set_like_view(a) { (a, b) } else { (b, a) };
    let len_self = vm.len(view)?;
    if let Value::Set(o) = other {
        if !o.frozen && len_self <= o.table.len() {
            return Ok(Value::Set(crate::objects::methods::set::intersection_of(
                vm, o, view,
            )?));
        }
    }
    if is_set_like_view(other) && vm.len(other)? > len_self {
        std::mem::swap(&mut view, &mut other);
    }
    let out = SetTable::new();
    for key in vm.to_vec(other)? {
        if vm.contains(view, &key)? {
            out.add(vm, key)?;
        }
    }
    Ok(Value::Set(Set::new(out, false)))
}

/// `dictitems_xor`: the pairs of `d2` not in `d1`, then the pairs of `d1` not in `d2`.
fn items_xor(vm: &mut Vm, d1: &Dict, d2: &Dict) -> PyResult<Value> {
    let temp = d1.copy();
    let out = SetTable::new();
    for e in d2.entries() {
        let same = match temp.get(vm, &e.key)? {
            Some(v1) => v1.is(&e.value) || vm.eq(&v1, &e.value)?,
            None => false,
        };
        if same {
            temp.remove(vm, &e.key)?;
        } else {
            out.add(vm, Value::tuple(vec![e.key, e.value]))?;
        }
    }
    for (k, v) in temp.items() {
        out.add(vm, Value::tuple(vec![k, v]))?;
    }
    Ok(Value::Set(Set::new(out, false)))
}

fn is_set_or_view(v: &Value) -> bool {
    matches!(v, Value::Set(_)) || is_set_like_view(v)
}

/// `a op b` for a comparison between a keys or items view and a set or another such view,
/// as CPython's `dictview_richcompare`: `==`/`!=` compare contents, `<`, `<=`, `>`, `>=` are
/// subset and superset tests. `Ok(None)` when the operands are not such a pair.
pub fn view_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if !(is_set_like_view(a) || is_set_like_view(b)) || !is_set_or_view(a) || !is_set_or_view(b) {
        return Ok(None);
    }
    let (Value::Set(x), Value::Set(y)) =
        (set_from(vm, Some(a), true)?, set_from(vm, Some(b), true)?)
    else {
        return Ok(None);
    };
    let within =
        |vm: &mut Vm, p: &crate::objects::Set, q: &crate::objects::Set| -> PyResult<bool> {
            for (h, k) in p.table.entries() {
                if !q.table.contains_hashed(vm, h, &k)? {
                    return Ok(false);
                }
            }
            Ok(true)
        };
    let (lx, ly) = (x.table.len(), y.table.len());
    let r = match op {
        CmpOp::Eq => lx == ly && within(vm, &x, &y)?,
        CmpOp::NotEq => !(lx == ly && within(vm, &x, &y)?),
        CmpOp::Lt => lx < ly && within(vm, &x, &y)?,
        CmpOp::LtE => lx <= ly && within(vm, &x, &y)?,
        CmpOp::Gt => lx > ly && within(vm, &y, &x)?,
        CmpOp::GtE => lx >= ly && within(vm, &y, &x)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::Bool(r)))
}
