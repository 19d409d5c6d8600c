//! Helpers for modules that define native classes (locks, queues, thread handles): building
//! the class, wrapping Rust state in an object of it, and getting the state back from a
//! receiver with CPython's "descriptor requires" error.

use crate::builtins::types::types;
use crate::objects::class::{c3_mro, Class, Layout};
use crate::objects::function::NativeFn;
use crate::objects::object::ObjKind;
use crate::objects::{new_str, Builtin, Dict, Value};
use crate::vm::error::*;
use crate::vm::PyResult;
use std::sync::Arc;

/// How a method is called: `Plain` natives run straight from the caller's stack; `Blocking`
/// ones may wait, so the caller's frame is made visible for deadlock reports.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Plain,
    Blocking,
}

/// A native class `module.name` deriving from object, with the given methods.
pub fn class(
    module: &str,
    name: &'static str,
    methods: &[(&'static str, NativeFn, Kind)],
) -> Arc<Class> {
    subclass(module, name, &types().object, methods)
}

/// A native class `module.name` deriving from `base` (`LifoQueue` from `Queue`), with the
/// given methods; the rest come from the base along the MRO.
pub fn subclass(
    module: &str,
    name: &'static str,
    base: &Arc<Class>,
    methods: &[(&'static str, NativeFn, Kind)],
) -> Arc<Class> {
    let c = new_class(module, name, base, Layout::Builtin);
    for &(m, f, kind) in methods {
        let v = match kind {
            Kind::Plain => Builtin::method(name, m, f),
            Kind::Blocking => Builtin::frame_method(name, m, f),
        };
        c.dict.set_str(new_str(m), v);
    }
    c
}

/// Adds a read-only attribute computed by `get(self)`; `owner` is the class name.
pub fn add_getter(class: &Class, owner: &'static str, name: &'static str, get: NativeFn) {
    class.dict.set_str(
        new_str(name),
        Value::object(ObjKind::Property {
            fget: Builtin::method(owner, name, get),
            fset: Value::None,
            fdel: Value::None,
            doc: Value::None,
        }),
    );
}

/// Modules whose classes CPython writes in Python, so their instances have a `__dict__`
/// (those of `_thread` and `_queue` are C types and have none).
const PYTHON_LEVEL_MODULES: &[&str] = &["threading", "queue"];

/// A new object of a native class holding `data`. Objects of mt subclasses (classes built
/// by a `class` statement, which have `__module__`) and of classes CPython writes in Python
/// get an attribute dict.
pub fn object<T: Send + Sync + 'static>(class: &Arc<Class>, data: T) -> Value {
    let has_dict = class.dict.get_str(&new_str("__module__")).is_some()
        || PYTHON_LEVEL_MODULES.contains(&class.module.as_str());
    Value::object(ObjKind::Native {
        class: class.clone(),
        data: Box::new(data),
        attrs: has_dict.then(|| Arc::new(Dict::new())),
    })
}

/// The `T` inside a native object, if `v` is one holding a `T`.
pub fn data_of<T: 'static>(v: &Value) -> Option<&T> {
    match v {
        Value::Object(o) => match &o.kind {
            ObjKind::Native { data, .. } => data.downcast_ref::<T>(),
            _ => None,
        },
        _ => None,
    }
}

/// The receiver's `T`, or CPython's TypeError for a method called on the wrong object.
pub fn receiver<'a, T: 'static>(a: &'a [Value], method: &str, owner: &str) -> PyResult<&'a T> {
    match a.first().and_then(data_of::<T>) {
        Some(t) => Ok(t),
        None => match a.first() {
            Some(v) => type_error(format!(
                "descriptor '{method}' for '{owner}' objects doesn't apply to a '{}' object",
                crate::vm::protocol::type_name(v)
            )),
            None => type_error(format!(
                "unbound method {owner}.{method}() needs an argument"
            )),
        },
    }
}

/// An exception class `module.name` deriving from `base` (`queue.Full` from `Exception`):
/// tracebacks show it as `module.name`, as CPython does for classes outside builtins.
pub fn exception(module: &str, name: &'static str, base: &Arc<Class>) -> Arc<Class> {
    new_class(module, name, base, Layout::Exception)
}

/// An empty class `module.name` with one base.
fn new_class(module: &str, name: &str, base: &Arc<Class>, layout: Layout) -> Arc<Class> {
    let bases = vec![base.clone()];
    let mro = c3_mro(&bases).unwrap_or_default();
    Arc::new(Class {
        name: new_str(name),
        qualname: name.into(),
        module: module.into(),
        bases,
        mro,
        dict: Dict::new(),
        layout,
        attr_flags: Default::default(),
        slots: None,
        subclasses: Default::default(),
    })
}
