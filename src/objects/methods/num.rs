//! Methods of the built-in `num` type (being written).

use crate::builtins::types::Types;

pub fn register(_t: &Types) {}
