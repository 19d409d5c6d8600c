//! Methods of the built-in `set` type (being written).

use crate::builtins::types::Types;

pub fn register(_t: &Types) {}
