//! Methods of the built-in `str` type (being written).

use crate::builtins::types::Types;

pub fn register(_t: &Types) {}
