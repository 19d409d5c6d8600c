//! Functions written in mt, closure cells, and native (Rust) functions with an optional bound
//! receiver — CPython's `function`, `cell` and `builtin_function_or_method`.

use super::spin::SpinMutex;
use super::{Dict, Str, Value};
use crate::bytecode::Code;
use crate::vm::Vm;
use std::sync::Arc;

pub type PyResult<T> = Result<T, Value>;

/// Keyword arguments as passed to natives: names and values in call order.
pub type KwArgs = [(Str, Value)];

/// The signature of every native function: positional arguments (the receiver first for
/// methods) and keyword arguments.
pub type NativeFn = fn(&mut Vm, &[Value], &KwArgs) -> PyResult<Value>;

pub struct Function {
    pub code: Arc<Code>,
    pub globals: Arc<Dict>,
    /// `__defaults__` and `__kwdefaults__`: replaceable after creation, as in CPython. Only
    /// calls that leave parameters out read them.
    defaults: SpinMutex<Arc<[Value]>>,
    kwdefaults: SpinMutex<Arc<[(Str, Value)]>>,
    pub closure: Vec<Arc<Cell>>,
    pub name: Str,
    pub qualname: Str,
    /// `__dict__`: the function's own attributes.
    pub dict: Arc<Dict>,
    /// `__annotations__`: the dict made at definition time, or made empty on first use.
    annotations: SpinMutex<Option<Value>>,
}

impl Function {
    pub fn new(
        code: Arc<Code>,
        globals: Arc<Dict>,
        defaults: Vec<Value>,
        kwdefaults: Vec<(Str, Value)>,
        closure: Vec<Arc<Cell>>,
        qualname: Str,
    ) -> Function {
        Function {
            name: code.name.clone(),
            code,
            globals,
            defaults: SpinMutex::new(defaults.into()),
            kwdefaults: SpinMutex::new(kwdefaults.into()),
            closure,
            qualname,
            dict: Arc::new(Dict::new()),
            annotations: SpinMutex::new(None),
        }
    }

    /// `__annotations__`, an empty dict from the first read when the function has none.
    pub fn annotations(&self) -> Value {
        self.annotations
            .lock()
            .get_or_insert_with(|| Value::Dict(Arc::new(Dict::new())))
            .clone()
    }

    /// Sets (None: deletes) `__annotations__`.
    pub fn set_annotations(&self, v: Option<Value>) {
        *self.annotations.lock() = v;
    }

    pub fn defaults(&self) -> Arc<[Value]> {
        self.defaults.lock().clone()
    }

    pub fn kwdefaults(&self) -> Arc<[(Str, Value)]> {
        self.kwdefaults.lock().clone()
    }

    pub fn set_defaults(&self, d: Vec<Value>) {
        *self.defaults.lock() = d.into();
    }

    pub fn set_kwdefaults(&self, d: Vec<(Str, Value)>) {
        *self.kwdefaults.lock() = d.into();
    }
}

#[derive(Default)]
pub struct Cell {
    pub value: super::spin::SpinMutex<Option<Value>>,
}

impl Cell {
    pub fn new(v: Option<Value>) -> Arc<Cell> {
        Arc::new(Cell {
            value: super::spin::SpinMutex::new(v),
        })
    }
    pub fn get(&self) -> Option<Value> {
        self.value.lock().clone()
    }
    /// Runs `read` on the value, inside the lock (to copy it where it goes without an
    /// intermediate `Value`); None when the cell is empty.
    #[inline]
    pub fn read<R>(&self, read: impl FnOnce(&Value) -> R) -> Option<R> {
        self.value.lock().as_ref().map(read)
    }
    pub fn set(&self, v: Option<Value>) {
        *self.value.lock() = v;
    }
}

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    /// The receiver for bound methods (`"x".upper`), passed as the first argument.
    pub bound: Option<Value>,
    /// The type that defines it, for reprs like `<method 'upper' of 'str' objects>`.
    pub owner: Option<&'static str>,
    /// It reads the calling mt frame (`globals()`) or may block (a lock's `acquire`, whose
    /// deadlock report shows the caller's line), so the caller's frame must be on the frame
    /// stack while it runs.
    pub sees_frame: bool,
}

impl Builtin {
    pub fn function(name: &'static str, func: NativeFn) -> Value {
        Value::Builtin(Arc::new(Builtin {
            name,
            func,
            bound: None,
            owner: None,
            sees_frame: false,
        }))
    }
    pub fn method(owner: &'static str, name: &'static str, func: NativeFn) -> Value {
        Value::Builtin(Arc::new(Builtin {
            name,
            func,
            bound: None,
            owner: Some(owner),
            sees_frame: false,
        }))
    }
    /// A native that reads the calling frame or may block (see `sees_frame`).
    pub fn frame_function(name: &'static str, func: NativeFn) -> Value {
        Value::Builtin(Arc::new(Builtin {
            name,
            func,
            bound: None,
            owner: None,
            sees_frame: true,
        }))
    }
    /// A method that may block (see `sees_frame`).
    pub fn frame_method(owner: &'static str, name: &'static str, func: NativeFn) -> Value {
        Value::Builtin(Arc::new(Builtin {
            name,
            func,
            bound: None,
            owner: Some(owner),
            sees_frame: true,
        }))
    }
    pub fn bind(&self, recv: Value) -> Value {
        Value::Builtin(Arc::new(Builtin {
            name: self.name,
            func: self.func,
            bound: Some(recv),
            owner: self.owner,
            sees_frame: self.sees_frame,
        }))
    }
}
