//! Methods of `object` and `type`, the roots of every class: the default `__init__`,
//! `__repr__`, `__str__`, `__eq__`/`__ne__`, `__hash__`, `__format__`, `__setattr__`,
//! `__delattr__`, `__getattribute__`, and `type.mro()`, as CPython's object and type define them.

use super::add;
use crate::builtins::args::arity;
use crate::builtins::types::Types;
use crate::objects::{Str, Value};
use crate::vm::error::*;
use crate::vm::protocol::{not_implemented, type_name};
use crate::vm::{KwArgs, PyResult, Vm};

pub fn register(t: &Types) {
    let o = &t.object;
    add(o, "object", "__init__", init);
    add(o, "object", "__repr__", repr);
    add(o, "object", "__str__", str);
    add(o, "object", "__eq__", eq);
    add(o, "object", "__ne__", ne);
    add(o, "object", "__hash__", hash);
    add(o, "object", "__format__", format);
    add(o, "object", "__getattribute__", getattribute);
    add(o, "object", "__setattr__", setattr);
    add(o, "object", "__delattr__", delattr);
    add(o, "object", "__lt__", no_order);
    add(o, "object", "__le__", no_order);
    add(o, "object", "__gt__", no_order);
    add(o, "object", "__ge__", no_order);
    add(o, "object", "__dir__", dir);
    add(o, "object", "__sizeof__", sizeof);
    add(o, "object", "__getstate__", getstate);
    o.dict
        .set_str(crate::objects::new_str("__doc__"), Value::str(OBJECT_DOC));
    add(&t.type_, "type", "mro", mro);
    add(&t.type_, "type", "__subclasses__", subclasses);
    // A class method, as CPython's: `super().__init_subclass__()` binds the subclass.
    o.dict.set_str(
        crate::objects::new_str("__subclasshook__"),
        Value::object(crate::objects::ObjKind::ClassMethod(
            crate::objects::function::Builtin::method("object", "__subclasshook__", no_order),
        )),
    );
    o.dict.set_str(
        crate::objects::new_str("__init_subclass__"),
        Value::object(crate::objects::ObjKind::ClassMethod(
            crate::objects::function::Builtin::method("object", "__init_subclass__", init_subclass),
        )),
    );
}

const OBJECT_DOC: &str = "The base class of the class hierarchy.\n\nWhen called, it accepts no \
    arguments and returns a new featureless\ninstance that has no instance attributes and \
    cannot be given any.\n";

/// `object.__lt__` and the other orderings (and `__subclasshook__`): NotImplemented, so the
/// comparison tries the other operand and then fails with CPython's TypeError.
fn no_order(_vm: &mut Vm, _a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(not_implemented())
}

/// `object.__dir__()`: what `dir()` lists for the object, unsorted order aside.
fn dir(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__dir__", &a[1..], kw, 0, 0)?;
    Ok(crate::builtins::attribute_names(&a[0]))
}

/// `object.__sizeof__()`: the bytes mt's own representation of the value takes.
/// `object.__sizeof__()`: the bytes mt's representation of the value takes (not CPython's
/// sizes): the value slot, plus what it points to (an `Arc` adds two counters), plus the
/// buffers it owns at their capacity. Referenced objects are not counted, as in CPython.
fn sizeof(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    use std::mem::size_of;
    arity("__sizeof__", &a[1..], kw, 0, 0)?;
    let slot = size_of::<Value>();
    let arc = 2 * size_of::<usize>();
    let size = match &a[0] {
        Value::BigInt(b) => slot + arc + b.bits().div_ceil(64) as usize * 8,
        Value::Str(s) => slot + arc + s.as_str().len(),
        Value::List(l) => {
            slot + arc + size_of::<crate::objects::List>() + l.items.lock().capacity() * slot
        }
        Value::Tuple(t) => slot + arc + t.items.len() * slot,
        Value::Dict(d) => slot + arc + size_of::<crate::objects::Dict>() + d.heap_size(),
        Value::Set(s) => slot + arc + size_of::<crate::objects::Set>() + s.table.heap_size(),
        Value::Instance(i) => {
            slot + arc + size_of::<crate::objects::Instance>() + i.attrs.heap_size()
        }
        Value::Object(_) | Value::Function(_) | Value::Class(_) | Value::Builtin(_) => {
            slot + arc + size_of::<crate::objects::object::Object>()
        }
        _ => slot,
    };
    Ok(Value::Int(size as i64))
}

/// `object.__getstate__()`: the instance dict, or None when it is empty (CPython 3.11).
fn getstate(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__getstate__", &a[1..], kw, 0, 0)?;
    match &a[0] {
        Value::Instance(i) if !i.attrs.is_empty() => {
            Ok(Value::Dict(std::sync::Arc::clone(&i.attrs)))
        }
        _ => Ok(Value::None),
    }
}

fn init_subclass(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let name = match a.first() {
        Some(Value::Class(c)) => c.name.as_str().to_string(),
        _ => "object".into(),
    };
    if !kw.is_empty() {
        return type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        ));
    }
    if a.len() > 1 {
        return type_error(format!(
            "{name}.__init_subclass__() takes no arguments ({} given)",
            a.len() - 1
        ));
    }
    Ok(Value::None)
}

fn init(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if a.len() > 1 || !kw.is_empty() {
        return type_error(
            "object.__init__() takes exactly one argument (the instance to initialize)",
        );
    }
    Ok(Value::None)
}

fn repr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__repr__", &a[1..], kw, 0, 0)?;
    if !matches!(a[0], Value::Instance(_)) {
        // A built-in value's own repr (`range(2).__repr__()`): mt's built-in types have no
        // `__repr__` of their own where the protocol formats them directly.
        return vm.repr(&a[0]).map(Value::string);
    }
    Ok(Value::string(vm.default_repr(&a[0])))
}

fn str(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__str__", &a[1..], kw, 0, 0)?;
    Ok(Value::string(vm.repr(&a[0])?))
}

fn eq(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__eq__", &a[1..], kw, 1, 1)?;
    Ok(if a[0].is(&a[1]) {
        Value::Bool(true)
    } else {
        not_implemented()
    })
}

fn ne(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__ne__", &a[1..], kw, 1, 1)?;
    let r = vm.compare(crate::syntax::ast::CmpOp::Eq, &a[0], &a[1])?;
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn hash(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__hash__", &a[1..], kw, 0, 0)?;
    Ok(Value::Int((a[0].id() >> 4) as i64))
}

fn format(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__format__", &a[1..], kw, 1, 1)?;
    match &a[1] {
        Value::Str(s) if s.as_str().is_empty() => Ok(Value::string(vm.str(&a[0])?)),
        Value::Str(_) => type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name(&a[0])
        )),
        other => type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(other)
        )),
    }
}

/// The attribute name argument of `__getattribute__`, `__setattr__` and `__delattr__`.
fn attr_name(v: &Value) -> PyResult<&Str> {
    match v {
        Value::Str(name) => Ok(name),
        other => type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(other)
        )),
    }
}

fn getattribute(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__getattribute__", &a[1..], kw, 1, 1)?;
    vm.generic_getattr(&a[0], attr_name(&a[1])?)
}

fn setattr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__setattr__", &a[1..], kw, 2, 2)?;
    let name = attr_name(&a[1])?;
    match &a[0] {
        Value::Instance(inst) => vm.generic_setattr(&a[0], inst, name, a[2].clone())?,
        other => {
            return attribute_error(format!(
                "'{}' object has no attribute '{}'",
                type_name(other),
                name.as_str()
            ))
        }
    }
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__delattr__", &a[1..], kw, 1, 1)?;
    let name = attr_name(&a[1])?;
    match &a[0] {
        Value::Instance(inst) => vm.generic_delattr(&a[0], inst, name)?,
        other => return Err(vm.attribute_error_for(other, name)),
    }
    Ok(Value::None)
}

fn mro(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("mro", &a[1..], kw, 0, 0)?;
    match &a[0] {
        Value::Class(c) => {
            let mut v = vec![a[0].clone()];
            v.extend(c.mro.iter().map(|k| Value::Class(k.clone())));
            Ok(Value::list(v))
        }
        _ => type_error("descriptor 'mro' requires a 'type' object"),
    }
}

/// `C.__subclasses__()`: the live classes with `C` as a direct base, oldest first.
fn subclasses(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("__subclasses__", &a[1..], kw, 0, 0)?;
    match &a[0] {
        Value::Class(c) => Ok(Value::list(
            c.live_subclasses().into_iter().map(Value::Class).collect(),
        )),
        _ => type_error("descriptor '__subclasses__' requires a 'type' object"),
    }
}
