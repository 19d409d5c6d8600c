//! Methods of the built-in `list` type (being written).

use crate::builtins::types::Types;

pub fn register(_t: &Types) {}
