//! Struct sequences: CPython's named tuples implemented in C (`sys.version_info`,
//! `os.stat_result`, ...). mt cannot subclass tuple, so a struct sequence is an instance whose
//! fields are attributes and whose tuple behaviour (indexing, len, iteration, comparison,
//! hashing) goes to the tuple of its values, with CPython's `name(field=value, ...)` repr.

use crate::builtins::types::{builtin_class_in, types};
use crate::objects::class::Layout;
use crate::objects::{new_str, Builtin, Class, Instance, Value};
use crate::syntax::ast::CmpOp;
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

/// The attribute holding the values as a tuple.
const SEQ: &str = "__struct_seq__";

/// A struct-sequence class named `module.name` (e.g. "sys.version_info") with `fields`.
pub fn make_class(qualname: &str, fields: &[&str]) -> Arc<Class> {
    let (module, name) = qualname.rsplit_once('.').unwrap_or(("builtins", qualname));
    let c = builtin_class_in(module, name, &[&types().object], Layout::Object);
    let add = |name: &'static str, f: crate::objects::function::NativeFn| {
        c.dict
            .set_str(new_str(name), Builtin::method("structseq", name, f));
    };
    add("__getitem__", getitem);
    add("__len__", len);
    add("__iter__", iter);
    add("__repr__", repr);
    add("__hash__", hash);
    add("__eq__", eq);
    add("__ne__", ne);
    add("__lt__", lt);
    add("__le__", le);
    add("__gt__", gt);
    add("__ge__", ge);
    let names: Vec<Value> = fields.iter().map(|f| Value::str(f)).collect();
    c.dict.set_str(new_str("_fields"), Value::tuple(names));
    c
}

/// An instance of a struct-sequence class with the given values (one per field).
pub fn new(class: &Arc<Class>, values: Vec<Value>) -> Value {
    let inst = Instance::new(class.clone());
    if let Some(Value::Tuple(fields)) = class.dict.get_str(&new_str("_fields")) {
        for (f, v) in fields.items.iter().zip(values.iter()) {
            if let Value::Str(name) = f {
                inst.attrs.set_str(name.clone(), v.clone());
            }
        }
    }
    inst.attrs.set_str(new_str(SEQ), Value::tuple(values));
    Value::Instance(inst)
}

/// The values of a struct sequence as a tuple (other values unchanged).
fn as_tuple(v: &Value) -> Value {
    match v {
        Value::Instance(i) => i.attrs.get_str(&new_str(SEQ)).unwrap_or_else(|| v.clone()),
        _ => v.clone(),
    }
}

fn getitem(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(k) = a.get(1) else {
        return type_error("expected 1 argument, got 0");
    };
    vm.getitem(&as_tuple(&a[0]), k)
}

fn len(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.len(&as_tuple(&a[0]))? as i64))
}

fn iter(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    vm.iter(&as_tuple(&a[0]))
}

fn hash(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(vm.hash(&as_tuple(&a[0]))?))
}

fn repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let class = crate::vm::protocol::class_of(&a[0]).clone();
    let mut parts = Vec::new();
    if let (Some(Value::Tuple(fields)), Value::Tuple(values)) =
        (class.dict.get_str(&new_str("_fields")), as_tuple(&a[0]))
    {
        for (f, v) in fields.items.iter().zip(values.items.iter()) {
            parts.push(format!("{}={}", f.as_str().unwrap_or("?"), vm.repr(v)?));
        }
    }
    Ok(Value::string(format!(
        "{}.{}({})",
        class.module,
        class.qualname,
        parts.join(", ")
    )))
}

fn cmp(vm: &mut Vm, a: &[Value], op: CmpOp) -> PyResult<Value> {
    let Some(other) = a.get(1) else {
        return type_error("expected 1 argument, got 0");
    };
    let other = as_tuple(other);
    if !matches!(other, Value::Tuple(_)) {
        return Ok(crate::vm::protocol::not_implemented());
    }
    vm.compare(op, &as_tuple(&a[0]), &other)
}

fn eq(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp(vm, a, CmpOp::Eq)
}
fn ne(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp(vm, a, CmpOp::NotEq)
}
fn lt(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp(vm, a, CmpOp::Lt)
}
fn le(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp(vm, a, CmpOp::LtE)
}
fn gt(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp(vm, a, CmpOp::Gt)
}
fn ge(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cmp(vm, a, CmpOp::GtE)
}
