//! `mappingproxy`: the read-only view `C.__dict__` gives of a class's namespace, as CPython's
//! Objects/descrobject.c. Reads see the class as it is now; item assignment and deletion are
//! TypeErrors (`'mappingproxy' object does not support item assignment`), so attributes are
//! set through the class, where the VM's caches hear of it.

use crate::builtins::types::native_object_class;
use crate::objects::{new_str, Class, Dict, Instance, Value};
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::{Arc, OnceLock};

fn proxy_class() -> &'static Arc<Class> {
    static CLASS: OnceLock<Arc<Class>> = OnceLock::new();
    CLASS.get_or_init(|| {
        // No `__setitem__`: the VM's own TypeError names the type.
        native_object_class(
            "mappingproxy",
            &[
                ("__repr__", repr),
                ("__getitem__", getitem),
                ("__len__", len),
                ("__iter__", iter),
                ("__contains__", contains),
                ("__reversed__", reversed),
                ("__eq__", eq),
                ("__ne__", ne),
                ("__or__", or),
                ("__ror__", ror),
                ("get", get),
                ("keys", keys),
                ("values", values),
                ("items", items),
                ("copy", copy),
            ],
        )
    })
}

/// `C.__dict__`.
pub fn new(class: Arc<Class>) -> Value {
    let inst = Instance::new(proxy_class().clone());
    inst.attrs.set_str(new_str(SOURCE), Value::Class(class));
    Value::Instance(inst)
}

/// Where the proxied class is kept (not visible: a mappingproxy has no `__dict__`).
const SOURCE: &str = "__mappingproxy_source__";

/// A snapshot of the proxied namespace as a dict.
fn snapshot(v: &Value) -> PyResult<Value> {
    match v {
        Value::Instance(i) if Arc::ptr_eq(&i.class, proxy_class()) => {
            match i.attrs.get_str(&new_str(SOURCE)) {
                Some(Value::Class(c)) => Ok(Value::Dict(Arc::new(Dict::copy(&c.dict)))),
                _ => type_error("mappingproxy has no mapping"),
            }
        }
        _ => type_error("descriptor requires a 'mappingproxy' object"),
    }
}

/// Whether `v` is a mappingproxy (it hides its own attributes).
pub fn is_proxy(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if Arc::ptr_eq(&i.class, proxy_class()))
}

fn repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let d = snapshot(&a[0])?;
    Ok(Value::string(format!("mappingproxy({})", vm.repr(&d)?)))
}

/// The dict methods, called on a snapshot.
macro_rules! delegate {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
            let d = snapshot(&a[0])?;
            vm.call_method(&d, $name, &a[1..])
        })*
    };
}

delegate! {
    getitem => "__getitem__",
    len => "__len__",
    iter => "__iter__",
    contains => "__contains__",
    reversed => "__reversed__",
    get => "get",
    keys => "keys",
    values => "values",
    items => "items",
    copy => "copy",
}

/// Compared as the dicts they show (two proxies of one class are equal).
fn eq(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    compare(vm, a, "__eq__")
}

fn ne(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    compare(vm, a, "__ne__")
}

/// `op` of the shown dict with `other` (a proxy's own dict when it is one).
fn compare(vm: &mut Vm, a: &[Value], op: &str) -> PyResult<Value> {
    let d = snapshot(&a[0])?;
    let other = match a.get(1) {
        Some(o) if is_proxy(o) => snapshot(o)?,
        Some(o) => o.clone(),
        None => return type_error("expected 1 argument, got 0"),
    };
    vm.call_method(&d, op, &[other])
}

/// `proxy | other` and `other | proxy`: a new dict.
fn or(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    compare(vm, a, "__or__")
}

fn ror(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    compare(vm, a, "__ror__")
}
