//! Methods of BaseException: `__init__` (stores args), `with_traceback`, `add_note`; the data
//! attributes (args, __cause__, __context__, value, code, ...) are served by the VM's
//! attribute lookup from the instance's exception state.

use super::types::Types;
use crate::objects::names::names;
use crate::objects::{new_str, Builtin, Value};
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};

pub fn register(t: &Types) {
    let base = &t.exc["BaseException"];
    base.dict.set_str(
        names().init.clone(),
        Builtin::method("BaseException", "__init__", init),
    );
    base.dict.set_str(
        new_str("with_traceback"),
        Builtin::method("BaseException", "with_traceback", with_traceback),
    );
}

fn init(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        let name = crate::vm::protocol::type_name(&a[0]);
        return type_error(format!("{name}() takes no keyword arguments"));
    }
    if let Some(d) = exc_data(&a[0]) {
        d.lock().args = a[1..].to_vec();
    }
    Ok(Value::None)
}

fn with_traceback(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(a.first().cloned().unwrap_or(Value::None))
}
