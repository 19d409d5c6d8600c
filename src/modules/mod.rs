//! The import system: built-in modules (one file each, each naming the CPython page it
//! follows) and `.mt` files next to the main script, each loaded once and cached in
//! `Interp::modules` (CPython's sys.modules).

pub mod math;
pub mod random;
pub mod sys;
pub mod time;

use crate::objects::names::names;
use crate::objects::{new_str, Builtin, Dict, Value};
use crate::vm::error::*;
use crate::vm::{PyResult, Vm};
use std::sync::Arc;

/// A new module namespace with `__name__` set.
pub fn module_dict(name: &str) -> Arc<Dict> {
    let d = Arc::new(Dict::new());
    d.set_str(names().name.clone(), Value::str(name));
    d.set_str(names().doc.clone(), Value::None);
    d
}

/// Adds a native function to a module namespace.
pub fn add_fn(d: &Dict, name: &'static str, f: crate::objects::function::NativeFn) {
    d.set_str(new_str(name), Builtin::function(name, f));
}

fn builtin_module(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    let dict = match name {
        "sys" => sys::make(vm),
        "math" => math::make(vm),
        "random" => random::make(vm),
        "time" => time::make(vm),
        _ => return None,
    };
    Some(Ok(Vm::new_module(name, dict)))
}

impl Vm {
    pub fn import_module(&mut self, name: &str) -> PyResult<Value> {
        let key = crate::objects::pystr::intern(name);
        if let Some(m) = self.interp.modules.get_str(&key) {
            return Ok(m);
        }
        if let Some(m) = builtin_module(self, name) {
            let m = m?;
            self.interp.modules.set_str(key, m.clone());
            return Ok(m);
        }
        let dir = self
            .interp
            .script_dir
            .lock()
            .clone()
            .unwrap_or_else(|| std::path::PathBuf::from("."));
        let path = dir.join(format!("{}.mt", name.replace('.', "/")));
        let Ok(src) = std::fs::read_to_string(&path) else {
            let e = exc("ModuleNotFoundError", format!("No module named '{name}'"));
            if let Some(d) = exc_data(&e) {
                d.lock().name = Some(Value::str(name));
            }
            return Err(e);
        };
        let filename = path.to_string_lossy().to_string();
        let code = match crate::compile_source(&src, &filename) {
            Ok(c) => c,
            Err(e) => return Err(crate::diagnostics::syntax_error_value(&e, &filename, &src)),
        };
        let globals = module_dict(name);
        globals.set_str(names().file.clone(), Value::string(filename));
        let module = Vm::new_module(name, globals.clone());
        self.interp.modules.set_str(key.clone(), module.clone());
        let frame = Box::new(crate::vm::frame::Frame::new(code, globals));
        if let Err(e) = self.run_frame(frame) {
            self.interp.modules.remove_str(&key);
            return Err(e);
        }
        Ok(module)
    }
}
