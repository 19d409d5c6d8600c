//! `types.GenericAlias` (PEP 585): what `list[int]`, `dict[str, int]` or `tuple[int, ...]`
//! make, as CPython 3.11's Objects/genericaliasobject.c. It keeps `__origin__` and
//! `__args__`, prints as written, calls and subclasses its origin, and refuses to be the
//! second argument of `isinstance`.

use super::types::native_object_class_in;
use crate::objects::{new_str, Class, Instance, Value};
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::{Arc, OnceLock};

/// The built-in classes CPython gives a `__class_getitem__`.
const GENERIC_BUILTINS: &[&str] = &[
    "list",
    "dict",
    "tuple",
    "set",
    "frozenset",
    "type",
    "enumerate",
];

fn alias_class() -> &'static Arc<Class> {
    static CLASS: OnceLock<Arc<Class>> = OnceLock::new();
    CLASS.get_or_init(|| {
        native_object_class_in(
            "types",
            "GenericAlias",
            &[
                ("__repr__", repr),
                ("__call__", call),
                ("__eq__", eq),
                ("__hash__", hash),
                ("__getattr__", getattr),
                ("__mro_entries__", mro_entries),
                ("__or__", super::union_type::or),
                ("__ror__", super::union_type::ror),
            ],
        )
    })
}

/// The queue classes, which CPython also makes generic.
const GENERIC_QUEUES: &[&str] = &["Queue", "LifoQueue", "PriorityQueue", "SimpleQueue"];

fn is_generic_builtin(c: &Class) -> bool {
    match c.module.as_str() {
        "builtins" => GENERIC_BUILTINS.contains(&c.qualname.as_str()),
        "queue" | "_queue" => GENERIC_QUEUES.contains(&c.qualname.as_str()),
        _ => false,
    }
}

/// `cls[args]` for a class that is, or inherits from, a built-in class that takes
/// parameters (`list[int]`, `class Stack(list)` then `Stack[int]`); None for the others.
pub fn class_getitem(cls: &Arc<Class>, args: &Value) -> Option<Value> {
    if !is_generic_builtin(cls) && !cls.mro.iter().any(|c| is_generic_builtin(c)) {
        return None;
    }
    let args = match args {
        Value::Tuple(_) => args.clone(),
        other => Value::tuple(vec![other.clone()]),
    };
    let inst = Instance::new(alias_class().clone());
    inst.attrs
        .set_str(new_str("__origin__"), Value::Class(cls.clone()));
    inst.attrs.set_str(new_str("__args__"), args);
    inst.attrs
        .set_str(new_str("__parameters__"), Value::tuple(Vec::new()));
    Some(Value::Instance(inst))
}

/// Whether `v` is a generic alias.
pub fn is_alias(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if Arc::ptr_eq(&i.class, alias_class()))
}

/// The class a generic alias stands for (`list` for `list[int]`).
pub fn origin(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(i) if is_alias(v) => i.attrs.get_str(&new_str("__origin__")),
        _ => None,
    }
}

fn parts(v: &Value) -> PyResult<(Value, Vec<Value>)> {
    let Value::Instance(i) = v else {
        return type_error("descriptor requires a 'types.GenericAlias' object");
    };
    let origin = i
        .attrs
        .get_str(&new_str("__origin__"))
        .unwrap_or(Value::None);
    let args = match i.attrs.get_str(&new_str("__args__")) {
        Some(Value::Tuple(t)) => t.items.to_vec(),
        _ => Vec::new(),
    };
    Ok((origin, args))
}

/// CPython's `ga_repr_item`: `...`, a nested alias's repr, a class's qualified name.
fn repr_item(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Object(o) if matches!(o.kind, crate::objects::ObjKind::Ellipsis) => Ok("...".into()),
        Value::Class(c) if c.module == "builtins" => Ok(c.qualname.clone()),
        Value::Class(c) => Ok(format!("{}.{}", c.module, c.qualname)),
        other => vm.repr(other),
    }
}

fn repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (origin, args) = parts(&a[0])?;
    let mut items = Vec::with_capacity(args.len());
    for x in &args {
        items.push(repr_item(vm, x)?);
    }
    let shown = if args.is_empty() {
        "()".to_string()
    } else {
        items.join(", ")
    };
    Ok(Value::string(format!(
        "{}[{shown}]",
        repr_item(vm, &origin)?
    )))
}

/// `list[int]()` makes a list.
fn call(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let (origin, _) = parts(&a[0])?;
    vm.call(&origin, &a[1..], kw)
}

fn eq(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if !a.get(1).is_some_and(is_alias) {
        return Ok(crate::vm::protocol::not_implemented());
    }
    let (o1, a1) = parts(&a[0])?;
    let (o2, a2) = parts(&a[1])?;
    if !o1.is(&o2) {
        return Ok(Value::Bool(false));
    }
    vm.compare(
        crate::syntax::ast::CmpOp::Eq,
        &Value::tuple(a1),
        &Value::tuple(a2),
    )
}

fn hash(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (origin, args) = parts(&a[0])?;
    let h = vm.hash(&origin)? ^ vm.hash(&Value::tuple(args))?;
    Ok(Value::Int(h))
}

/// Other attributes come from the origin (`list[int].append`), as CPython's `ga_getattro`.
fn getattr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (origin, _) = parts(&a[0])?;
    let Some(name) = a.get(1).and_then(|n| n.as_pystr()).cloned() else {
        return type_error("attribute name must be string");
    };
    vm.getattr(&origin, &name)
}

/// `class C(list[int])` subclasses `list`.
fn mro_entries(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let (origin, _) = parts(&a[0])?;
    Ok(Value::tuple(vec![origin]))
}

/// The TypeError of `isinstance(x, list[int])`.
pub fn isinstance_error(fname: &str) -> Value {
    exc(
        "TypeError",
        format!("{fname}() argument 2 cannot be a parameterized generic"),
    )
}
