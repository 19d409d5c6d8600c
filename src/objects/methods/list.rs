//! Methods of the built-in `list` type, with CPython 3.11's signatures, results and messages
//! (`Objects/listobject.c`): append, extend, insert, remove, pop, clear, index, count, sort,
//! reverse, copy and the dunders user code may call explicitly (`__len__`, `__getitem__`, ...).
//!
//! Also home of the receiver and argument checks shared by the container and number method
//! files (`tuple.rs`, `dict.rs`, `set.rs`, `num.rs`): CPython words its errors differently for
//! plain methods (`list.append() takes exactly one argument (0 given)`), for methods parsed by
//! Argument Clinic (`insert expected 2 arguments, got 1`) and for slot wrappers such as
//! `__len__` (`expected 0 arguments, got 1`), and these helpers reproduce each form.
//!
//! No list lock is held while mt code runs (`__eq__`, `key=`, `__index__`): items are cloned
//! out first, as DESIGN.md requires.

use super::add;
use crate::builtins::args::kwarg;
use crate::builtins::iterators::sort_values;
use crate::builtins::types::Types;
use crate::objects::names::names;
use crate::objects::object::IterState;
use crate::objects::spin::SpinMutex;
use crate::objects::{List, ObjKind, Value};
use crate::vm::error::*;
use crate::vm::protocol::{norm_index, type_name};
use crate::vm::{KwArgs, PyResult, Vm};
use num_traits::Signed;
use std::sync::Arc;

pub fn register(t: &Types) {
    let l = &t.list;
    add(l, "list", "append", append);
    add(l, "list", "extend", extend);
    add(l, "list", "insert", insert);
    add(l, "list", "remove", remove);
    add(l, "list", "pop", pop);
    add(l, "list", "clear", clear);
    add(l, "list", "index", index);
    add(l, "list", "count", count);
    add(l, "list", "sort", sort);
    add(l, "list", "reverse", reverse);
    add(l, "list", "copy", copy);
    add(l, "list", "__init__", init);
    add(l, "list", "__len__", len);
    add(l, "list", "__getitem__", getitem);
    add(l, "list", "__setitem__", setitem);
    add(l, "list", "__delitem__", delitem);
    add(l, "list", "__contains__", contains);
    add(l, "list", "__iter__", iter);
    add(l, "list", "__reversed__", reversed);
    add(l, "list", "__repr__", repr);
}

// ------------------------------------------------------------------ shared argument checks

/// Dunders that CPython exposes as ordinary methods rather than slot wrappers; their errors
/// use the method wording.
const METHOD_DUNDERS: &[&str] = &[
    "__reversed__",
    "__sizeof__",
    "__getnewargs__",
    "__ceil__",
    "__floor__",
    "__format__",
    "__round__",
    "__trunc__",
    "__reduce__",
];

/// True when CPython implements `owner.name` as a slot wrapper (`<slot wrapper '__len__' ...>`).
fn is_slot(owner: &str, name: &str) -> bool {
    if !name.starts_with("__") || METHOD_DUNDERS.contains(&name) {
        return false;
    }
    match name {
        "__getitem__" => owner == "tuple",
        "__contains__" => !matches!(owner, "dict" | "set" | "frozenset"),
        _ => true,
    }
}

/// The TypeError for a method of `owner` called without a receiver or with one of the wrong
/// type (`list.append(1, 2)`), worded as CPython's method descriptors and slot wrappers do.
pub fn bad_receiver(a: &[Value], owner: &str, name: &str) -> Value {
    let slot = is_slot(owner, name);
    let msg = match a.first() {
        None if slot => format!("descriptor '{name}' of '{owner}' object needs an argument"),
        None => format!("unbound method {owner}.{name}() needs an argument"),
        Some(v) if slot => format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            type_name(v)
        ),
        Some(v) => format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name(v)
        ),
    };
    exc("TypeError", msg)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

fn no_keywords(owner: &str, name: &str, kw: &KwArgs) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    if is_slot(owner, name) {
        return type_error(format!("wrapper {name}() takes no keyword arguments"));
    }
    type_error(format!("{owner}.{name}() takes no keyword arguments"))
}

/// Checks the arguments (receiver excluded) of a method taking exactly `n` of them, with the
/// wording of its kind: `list.pop`-style clinic methods must use [`positional`] instead.
pub(super) fn exact(
    owner: &str,
    name: &str,
    args: &[Value],
    kw: &KwArgs,
    n: usize,
) -> PyResult<()> {
    no_keywords(owner, name, kw)?;
    let got = args.len();
    if got == n {
        return Ok(());
    }
    if is_slot(owner, name) {
        if n == 2 {
            // Binary-with-value wrappers (`__setitem__`) unpack through PyArg_UnpackTuple with
            // an empty name, hence the leading space.
            return type_error(format!(" expected 2 arguments, got {got}"));
        }
        return type_error(format!("expected {n} argument{}, got {got}", plural(n)));
    }
    match n {
        0 => type_error(format!("{owner}.{name}() takes no arguments ({got} given)")),
        1 => type_error(format!(
            "{owner}.{name}() takes exactly one argument ({got} given)"
        )),
        _ => type_error(format!(
            "{owner}.{name}() takes exactly {n} arguments ({got} given)"
        )),
    }
}

/// Checks the arguments of a ternary slot wrapper (`__pow__`), which unpacks them through
/// PyArg_UnpackTuple with an empty name: ` expected at least 1 argument, got 0`.
pub(super) fn exact_slot_range(
    name: &str,
    args: &[Value],
    kw: &KwArgs,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return type_error(format!("wrapper {name}() takes no keyword arguments"));
    }
    let got = args.len();
    if got < min {
        return type_error(format!(
            " expected at least {min} argument{}, got {got}",
            plural(min)
        ));
    }
    if got > max {
        return type_error(format!(
            " expected at most {max} argument{}, got {got}",
            plural(max)
        ));
    }
    Ok(())
}

/// Checks the arguments of a positional-only Argument Clinic method (`insert`, `pop`, `index`,
/// `dict.get`, ...): `name expected at least 1 argument, got 0`.
pub(super) fn positional(
    owner: &str,
    name: &str,
    args: &[Value],
    kw: &KwArgs,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_keywords(owner, name, kw)?;
    let got = args.len();
    if got < min {
        if min == max {
            return type_error(format!(
                "{name} expected {min} argument{}, got {got}",
                plural(min)
            ));
        }
        return type_error(format!(
            "{name} expected at least {min} argument{}, got {got}",
            plural(min)
        ));
    }
    if got > max {
        if min == max {
            return type_error(format!(
                "{name} expected {max} argument{}, got {got}",
                plural(max)
            ));
        }
        return type_error(format!(
            "{name} expected at most {max} argument{}, got {got}",
            plural(max)
        ));
    }
    Ok(())
}

/// A `Py_ssize_t` argument (`insert`, `pop`): too-big ints overflow as in CPython.
pub(super) fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::BigInt(_) => overflow_error("Python int too large to convert to C ssize_t"),
        _ => vm.to_index(v),
    }
}

/// A start/stop bound of `index()` (`_PyEval_SliceIndexNotNone`): any `__index__` value,
/// clamped rather than overflowing; `None` is refused.
pub(super) fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => Ok(if b.is_negative() { i64::MIN } else { i64::MAX }),
        Value::Instance(_) if vm.lookup_special(v, &names().index).is_some() => vm.to_index(v),
        _ => type_error("slice indices must be integers or have an __index__ method"),
    }
}

/// The `[start, stop)` range `index()` searches in a sequence of `len` items.
pub(super) fn index_range(vm: &mut Vm, args: &[Value], len: usize) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i.saturating_add(len as i64)).max(0) as usize
        } else {
            i as usize
        }
    };
    let start = match args.get(1) {
        Some(v) => norm(slice_bound(vm, v)?),
        None => 0,
    };
    let stop = match args.get(2) {
        Some(v) => norm(slice_bound(vm, v)?),
        None => len,
    };
    Ok((start, stop))
}

/// `__repr__` of the built-in value types: the VM's `repr`, after CPython's slot-wrapper
/// checks (`expected 0 arguments, got 1`). `class_name` is the class it is registered on.
pub(super) fn repr_of(
    vm: &mut Vm,
    a: &[Value],
    kw: &KwArgs,
    class_name: &str,
    ok: bool,
) -> PyResult<Value> {
    if !ok {
        return Err(bad_receiver(a, class_name, "__repr__"));
    }
    exact(class_name, "__repr__", &a[1..], kw, 0)?;
    vm.repr(&a[0]).map(Value::string)
}

/// `a is b or a == b`, the membership test of CPython's containers.
pub(super) fn same_or_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    Ok(a.is(b) || vm.eq(a, b)?)
}

// ------------------------------------------------------------------ list methods

fn this<'a>(a: &'a [Value], name: &str) -> PyResult<(&'a Arc<List>, &'a [Value])> {
    match a.split_first() {
        Some((Value::List(l), rest)) => Ok((l, rest)),
        _ => Err(bad_receiver(a, "list", name)),
    }
}

/// Whether `b` is the unbound `list.append`, which the eval loop runs inline (CPython 3.11
/// specializes this call too: `PRECALL_NO_KW_LIST_APPEND`).
pub fn is_append(b: &crate::objects::Builtin) -> bool {
    b.bound.is_none() && std::ptr::fn_addr_eq(b.func, append as super::NativeFn)
}

fn append(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "append")?;
    exact("list", "append", args, kw, 1)?;
    l.items.lock().push(args[0].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "extend")?;
    exact("list", "extend", args, kw, 1)?;
    // Collected first: the iterable may be mt code, or this very list.
    let new = vm.to_vec(&args[0])?;
    l.items.lock().extend(new);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "insert")?;
    positional("list", "insert", args, kw, 2, 2)?;
    let i = ssize_arg(vm, &args[0])?;
    let mut items = l.items.lock();
    let n = items.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, args[1].clone());
    Ok(Value::None)
}

/// Position of the first item equal to `x` in `[start, stop)`, re-reading the list at every
/// step since `__eq__` may change it.
fn find(vm: &mut Vm, l: &List, x: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop {
        let item = match l.items.lock().get(i) {
            Some(v) => v.clone(),
            None => break,
        };
        if same_or_eq(vm, &item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "remove")?;
    exact("list", "remove", args, kw, 1)?;
    match find(vm, l, &args[0], 0, usize::MAX)? {
        Some(i) => {
            let removed = {
                let mut items = l.items.lock();
                (i < items.len()).then(|| items.remove(i))
            };
            drop(removed);
            Ok(Value::None)
        }
        None => value_error("list.remove(x): x not in list"),
    }
}

fn pop(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "pop")?;
    positional("list", "pop", args, kw, 0, 1)?;
    let i = match args.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut items = l.items.lock();
    if items.is_empty() {
        return index_error("pop from empty list");
    }
    match norm_index(i, items.len()) {
        Some(i) => Ok(items.remove(i)),
        None => index_error("pop index out of range"),
    }
}

/// `list.__init__(iterable=(), /)`: refills the list, as a subclass's
/// `super().__init__(items)` does.
fn init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "__init__")?;
    let new = match init_arg("list", args, kw)? {
        Some(v) => vm.to_vec(v)?,
        None => Vec::new(),
    };
    let old = std::mem::replace(&mut *l.items.lock(), new);
    drop(old);
    Ok(Value::None)
}

/// The optional iterable of `list.__init__` and `set.__init__`, with their errors.
pub(super) fn init_arg<'a>(
    owner: &str,
    args: &'a [Value],
    kw: &KwArgs,
) -> PyResult<Option<&'a Value>> {
    if !kw.is_empty() {
        return type_error(format!("{owner}() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return type_error(format!(
            "{owner} expected at most 1 argument, got {}",
            args.len()
        ));
    }
    Ok(args.first())
}

fn clear(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "clear")?;
    exact("list", "clear", args, kw, 0)?;
    let old = std::mem::take(&mut *l.items.lock());
    // Last item first, as CPython releases them (the order finalizers run in).
    old.into_iter().rev().for_each(drop);
    Ok(Value::None)
}

fn index(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "index")?;
    positional("list", "index", args, kw, 1, 3)?;
    let len = l.items.lock().len();
    let (start, stop) = index_range(vm, args, len)?;
    match find(vm, l, &args[0], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let r = vm.repr(&args[0])?;
            value_error(format!("{r} is not in list"))
        }
    }
}

fn count(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "count")?;
    exact("list", "count", args, kw, 1)?;
    let items = l.items.lock().clone();
    let mut n = 0;
    for item in &items {
        if same_or_eq(vm, item, &args[0])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "sort")?;
    if !args.is_empty() {
        return type_error("sort() takes no positional arguments");
    }
    if let Some((k, _)) = kw
        .iter()
        .find(|(k, _)| k.as_str() != "key" && k.as_str() != "reverse")
    {
        return type_error(format!(
            "'{}' is an invalid keyword argument for sort()",
            k.as_str()
        ));
    }
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.to_index(r)? != 0,
        None => false,
    };
    // As in CPython the list looks empty while it is sorted, so a key function or `__lt__`
    // that changes it is detected afterwards.
    let mut items = std::mem::take(&mut *l.items.lock());
    let result = sort_values(vm, &mut items, kwarg(kw, "key"), reverse);
    let modified = {
        let mut guard = l.items.lock();
        let modified = !guard.is_empty();
        let during = std::mem::replace(&mut *guard, items);
        drop(guard);
        drop(during);
        modified
    };
    result?;
    if modified {
        return value_error("list modified during sort");
    }
    Ok(Value::None)
}

fn reverse(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "reverse")?;
    exact("list", "reverse", args, kw, 0)?;
    l.items.lock().reverse();
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "copy")?;
    exact("list", "copy", args, kw, 0)?;
    let items = l.items.lock().clone();
    Ok(Value::list(items))
}

fn len(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "__len__")?;
    exact("list", "__len__", args, kw, 0)?;
    let n = l.items.lock().len();
    Ok(Value::Int(n as i64))
}

fn getitem(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_, args) = this(a, "__getitem__")?;
    exact("list", "__getitem__", args, kw, 1)?;
    vm.getitem(&a[0], &args[0])
}

fn setitem(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_, args) = this(a, "__setitem__")?;
    exact("list", "__setitem__", args, kw, 2)?;
    vm.setitem(&a[0], &args[0], args[1].clone())?;
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_, args) = this(a, "__delitem__")?;
    exact("list", "__delitem__", args, kw, 1)?;
    vm.delitem(&a[0], &args[0])?;
    Ok(Value::None)
}

fn contains(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_, args) = this(a, "__contains__")?;
    exact("list", "__contains__", args, kw, 1)?;
    vm.contains(&a[0], &args[0]).map(Value::Bool)
}

fn iter(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (_, args) = this(a, "__iter__")?;
    exact("list", "__iter__", args, kw, 0)?;
    vm.iter(&a[0])
}

fn reversed(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (l, args) = this(a, "__reversed__")?;
    exact("list", "__reversed__", args, kw, 0)?;
    let n = l.items.lock().len();
    Ok(Value::object(ObjKind::Iter(SpinMutex::new(
        IterState::Reversed {
            seq: a[0].clone(),
            idx: n,
        },
    ))))
}

fn repr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    repr_of(vm, a, kw, "list", matches!(a.first(), Some(Value::List(_))))
}
