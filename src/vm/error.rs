//! Building and inspecting exceptions from Rust: every runtime error is an mt exception value
//! (DESIGN.md decision 6), created here with CPython's class and message.

use super::PyResult;
use crate::builtins::types::types;
use crate::objects::{Class, ExcData, Instance, Value};
use std::sync::Arc;

/// The built-in exception class called `name`.
pub fn exc_class(name: &str) -> &'static Arc<Class> {
    let t = types();
    // An unknown name is a bug in mt's own code; SystemError says so without a panic.
    t.exc.get(name).unwrap_or_else(|| &t.exc["SystemError"])
}

/// A new exception instance of `class` with the given args.
pub fn new_exception(class: Arc<Class>, args: Vec<Value>) -> Value {
    let inst = Instance::new(class);
    if let Some(exc) = &inst.exc {
        exc.lock().args = args;
    }
    Value::Instance(inst)
}

/// `name(msg)` as a value.
pub fn exc(name: &str, msg: impl Into<String>) -> Value {
    new_exception(exc_class(name).clone(), vec![Value::string(msg.into())])
}

pub fn raise<T>(name: &str, msg: impl Into<String>) -> PyResult<T> {
    Err(exc(name, msg))
}

pub fn type_error<T>(msg: impl Into<String>) -> PyResult<T> {
    raise("TypeError", msg)
}

pub fn value_error<T>(msg: impl Into<String>) -> PyResult<T> {
    raise("ValueError", msg)
}

pub fn index_error<T>(msg: impl Into<String>) -> PyResult<T> {
    raise("IndexError", msg)
}

pub fn attribute_error<T>(msg: impl Into<String>) -> PyResult<T> {
    raise("AttributeError", msg)
}

pub fn overflow_error<T>(msg: impl Into<String>) -> PyResult<T> {
    raise("OverflowError", msg)
}

pub fn zero_division<T>(msg: impl Into<String>) -> PyResult<T> {
    raise("ZeroDivisionError", msg)
}

/// KeyError carries the key itself, not a message.
pub fn key_error<T>(key: Value) -> PyResult<T> {
    Err(new_exception(exc_class("KeyError").clone(), vec![key]))
}

/// StopIteration(value).
pub fn stop_iteration(value: Value) -> Value {
    let args = if value.is_none() { vec![] } else { vec![value] };
    new_exception(exc_class("StopIteration").clone(), args)
}

/// The exception state of an exception instance.
pub fn exc_data(v: &Value) -> Option<&parking_lot::Mutex<ExcData>> {
    match v {
        Value::Instance(i) => i.exc.as_ref(),
        _ => None,
    }
}

/// True when `v` is an instance of the built-in exception class `name` (or a subclass).
pub fn is_exc(v: &Value, name: &str) -> bool {
    match v {
        Value::Instance(i) => i.class.is_subclass(exc_class(name)),
        _ => false,
    }
}

pub fn exc_args(v: &Value) -> Vec<Value> {
    exc_data(v)
        .map(|d| d.lock().args.clone())
        .unwrap_or_default()
}
