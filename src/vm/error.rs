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

/// The exception for an error message of `numfmt` (format specs, `%` conversions): its
/// OverflowError messages, MemoryError for refused sizes, ValueError otherwise.
pub fn format_error(msg: String) -> Value {
    if msg.starts_with("MemoryError") {
        new_exception(exc_class("MemoryError").clone(), Vec::new())
    } else if crate::objects::numfmt::is_overflow_error(&msg) {
        exc("OverflowError", msg)
    } else {
        exc("ValueError", msg)
    }
}

/// The OSError subclass CPython raises for `errno` (its `errmap`), or None for plain OSError.
pub fn oserror_subclass(errno: i64) -> Option<&'static str> {
    let Ok(e) = i32::try_from(errno) else {
        return None;
    };
    Some(match e {
        libc::EAGAIN | libc::EALREADY | libc::EINPROGRESS => "BlockingIOError",
        libc::ECHILD => "ChildProcessError",
        libc::EPIPE | libc::ESHUTDOWN => "BrokenPipeError",
        libc::ECONNABORTED => "ConnectionAbortedError",
        libc::ECONNREFUSED => "ConnectionRefusedError",
        libc::ECONNRESET => "ConnectionResetError",
        libc::EEXIST => "FileExistsError",
        libc::ENOENT => "FileNotFoundError",
        libc::EISDIR => "IsADirectoryError",
        libc::ENOTDIR => "NotADirectoryError",
        libc::EINTR => "InterruptedError",
        libc::EACCES | libc::EPERM => "PermissionError",
        libc::ESRCH => "ProcessLookupError",
        libc::ETIMEDOUT => "TimeoutError",
        _ => return None,
    })
}

/// The OSError (of its errno's subclass) for an error of the operating system, with the C
/// library's message: `[Errno 2] No such file or directory`.
pub fn os_error(e: &std::io::Error) -> Value {
    let Some(code) = e.raw_os_error() else {
        return exc("OSError", e.to_string());
    };
    let mut msg = e.to_string();
    if let Some(p) = msg.find(" (os error") {
        msg.truncate(p);
    }
    let class = oserror_subclass(code as i64).unwrap_or("OSError");
    new_exception(
        exc_class(class).clone(),
        vec![Value::Int(code as i64), Value::string(msg)],
    )
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
