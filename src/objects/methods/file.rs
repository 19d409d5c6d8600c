//! Text files: `open()` and the file object's methods (being written).

use crate::builtins::types::Types;
use crate::objects::Value;
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};

pub fn register(_t: &Types) {}

pub fn open(_vm: &mut Vm, _a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    raise("OSError", "open() is not available yet")
}

pub fn next_line(_vm: &mut Vm, _f: &Value) -> PyResult<Option<Value>> {
    Ok(None)
}
