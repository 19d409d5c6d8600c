//! Method tables of the built-in types, one file per type. Each registers natives on its
//! class; a native receives its receiver as the first argument.

pub mod dict;
pub mod file;
pub mod gen;
pub mod list;
pub mod misc;
pub mod num;
pub mod object;
pub mod percent;
pub mod set;
pub mod slots;
pub mod str;
pub mod tuple;

use crate::builtins::types::Types;
use crate::objects::function::NativeFn;
use crate::objects::{new_str, Builtin, Class};
use std::sync::Arc;

/// Registers a method `name` on a built-in class.
pub fn add(class: &Arc<Class>, owner: &'static str, name: &'static str, f: NativeFn) {
    class
        .dict
        .set_str(new_str(name), Builtin::method(owner, name, f));
}

pub fn register_all(t: &Types) {
    str::register(t);
    list::register(t);
    tuple::register(t);
    dict::register(t);
    set::register(t);
    num::register(t);
    gen::register(t);
    file::register(t);
    misc::register(t);
    object::register(t);
    slots::register(t);
    crate::builtins::convert::register(t);
    crate::builtins::iterators::register(t);
}
