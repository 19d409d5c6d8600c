//! `str % args` formatting (being written).

use crate::objects::Value;
use crate::vm::{PyResult, Vm};

pub fn format(vm: &mut Vm, fmt: &str, _args: &Value) -> PyResult<String> {
    let _ = vm;
    Ok(fmt.to_string())
}
