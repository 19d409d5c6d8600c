//! Instances of user subclasses of built-in types (`class Stack(list)`, `class Meters(int)`,
//! `class Inbox(queue.Queue)`). Such an instance is an `Instance` carrying the built-in value
//! it extends (`Instance::native`), as a CPython subclass instance embeds its base type's
//! struct. Wherever the subclass does not override a behaviour in mt code, the built-in value
//! stands in: a method of the built-in type receives it as its receiver, and the protocol
//! (len, iteration, indexing, operators, repr, hash) applies to it, the way CPython's
//! inherited slots see the base struct.

use super::protocol::class_of;
use super::Vm;
use crate::objects::class::Layout;
use crate::objects::{Builtin, Class, Instance, Str, Value};
use std::sync::Arc;

/// The built-in value inside `v`, if `v` is an instance of a subclass of a built-in type.
#[inline]
pub fn native_of(v: &Value) -> Option<&Value> {
    match v {
        Value::Instance(i) => i.native.as_ref(),
        _ => None,
    }
}

/// The receiver a native method should see: a method of a built-in type called on an
/// instance of a subclass works on the built-in value inside it. `object`'s methods
/// (`__setattr__`, `__init__`, `__eq__`) act on the instance itself, and so do
/// `property`'s, whose copies (`setter`, ...) keep the subclass and whose `__get__` returns it.
#[inline]
pub fn native_receiver(b: &Builtin, recv: Option<&Value>) -> Option<Value> {
    match b.owner {
        Some(owner) if owner != "object" && owner != "property" => {
            recv.and_then(native_of).cloned()
        }
        _ => None,
    }
}

/// What a built-in type's `__new__` returns for `cls` (its first argument): `v` itself for
/// the type, or an instance of the subclass extending `v` when `cls` is a user subclass.
pub fn new_for_class(cls: &Value, v: Value) -> Value {
    match cls {
        Value::Class(c) if c.layout == Layout::NativeSubclass => {
            Value::Instance(Instance::with_native(c.clone(), v))
        }
        _ => v,
    }
}

/// True when a built-in type's `__new__` was called for a user subclass: the mutable types
/// (list, dict, set) then make an empty value and leave the arguments to `__init__`, as
/// CPython's do.
pub fn is_subclass_new(cls: &Value) -> bool {
    matches!(cls, Value::Class(c) if c.layout == Layout::NativeSubclass)
}

/// The value a native module class's `__new__` (`queue.Queue`) made for the user subclass
/// `c`: wrapped in an instance of `c` unless the constructor already made one
/// (`threading.local` builds its subclass instances itself).
pub fn adopt_native(c: &Arc<Class>, v: Value) -> Value {
    if class_of(&v).is_subclass(c) {
        v
    } else {
        Value::Instance(Instance::with_native(c.clone(), v))
    }
}

impl Vm {
    /// The built-in value inside `v` when `v` is an instance of a subclass of a built-in
    /// type and the subclass leaves `dunder` to the built-in type (no mt-level override), so
    /// the protocol should apply to that value.
    #[inline]
    pub fn inherited_native(&mut self, v: &Value, dunder: &Str) -> Option<Value> {
        let Value::Instance(i) = v else {
            return None;
        };
        let native = i.native.as_ref()?;
        // Only the built-in type's own method counts: `__getitem__ = dict.get` is an override.
        match self.cls_lookup_ref(&i.class, dunder) {
            None => Some(native.clone()),
            Some(Value::Builtin(b)) if b.name == dunder.as_str() => Some(native.clone()),
            Some(_) => None,
        }
    }
}
