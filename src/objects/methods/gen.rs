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

/// `gen.throw(typ[, val[, tb]])`, normalising as CPython's `_gen_throw`: a class is called
/// with `val` (a tuple spreads into arguments; an instance of the class is used as is).
fn throw(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("throw", &a[1..], kw, 1, 3)?;
    let val = a.get(2).cloned().unwrap_or(Value::None);
    if let Some(tb) = a.get(3) {
        if !tb.is_none() && !crate::builtins::exceptions::is_traceback(tb) {
            return type_error("throw() third argument must be a traceback object");
        }
    }
    let base = exc_class("BaseException");
    let e = match &a[1] {
        Value::Class(c) if c.is_subclass(base) => {
            if crate::vm::protocol::class_of(&val).is_subclass(c) {
                val
            } else {
                let args = match &val {
                    Value::None => Vec::new(),
                    Value::Tuple(t) => t.items.to_vec(),
                    v => vec![v.clone()],
                };
                vm.instantiate(c, &args, &[])?
            }
        }
        v if crate::vm::protocol::class_of(v).is_subclass(base) => {
            if !val.is_none() {
                return type_error("instance exception may not have a separate value");
            }
            v.clone()
        }
        v => {
            return type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                crate::vm::protocol::type_name(v)
            ))
        }
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
