//! Methods of generator objects: `send`, `throw`, `close`, `__next__`, `__iter__`, as in
//! CPython's generator type.

use super::add;
use crate::builtins::types::Types;
use crate::objects::Value;
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};

pub fn register(t: &Types) {
    add(&t.generator, "generator", "send", send);
    add(&t.generator, "generator", "throw", throw);
    add(&t.generator, "generator", "close", close);
    add(&t.generator, "generator", "__next__", next);
    add(&t.generator, "generator", "__iter__", iter);
    add(&t.iterator, "iterator", "__next__", next);
    add(&t.iterator, "iterator", "__iter__", iter);
    for (name, class) in &t.iterators {
        add(class, name, "__next__", next);
        add(class, name, "__iter__", iter);
    }
}

fn send(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if a.len() != 2 {
        return type_error(format!(
            "generator.send() takes exactly one argument ({} given)",
            a.len().saturating_sub(1)
        ));
    }
    vm.gen_send(&a[0], a[1].clone())
}

fn throw(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if a.len() < 2 {
        return type_error("throw expected at least 1 argument, got 0");
    }
    let e = match (&a[1], a.get(2)) {
        (Value::Class(c), Some(v)) if !v.is_none() => {
            vm.instantiate(c, std::slice::from_ref(v), &[])?
        }
        (v, _) => v.clone(),
    };
    vm.gen_throw(&a[0], e)
}

fn close(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return type_error("generator.close() takes no keyword arguments");
    }
    if a.len() > 1 {
        return type_error(format!(
            "generator.close() takes no arguments ({} given)",
            a.len() - 1
        ));
    }
    vm.gen_close(&a[0])
}

fn next(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if crate::vm::eval::gen_of(&a[0]).is_some() {
        return vm.gen_send(&a[0], Value::None);
    }
    match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(Value::None)),
    }
}

fn iter(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}
