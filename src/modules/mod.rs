//! The import system: built-in modules (one file each, each naming the CPython page it
//! follows) and `.mt` files next to the main script, each loaded once and cached in
//! `Interp::modules` (CPython's sys.modules).

pub mod frames;
pub mod math;
pub mod native;
pub mod queue;
pub mod random;
pub mod sync;
pub mod sys;
pub mod sys_info;
pub mod thread;
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

/// Modules written in mt, compiled into the binary (as CPython's are in Python); tracebacks
/// show them as `<frozen NAME>`.
const MT_MODULES: &[(&str, &str)] = &[
    ("threading", include_str!("lib/threading.mt")),
    ("__future__", include_str!("lib/__future__.mt")),
];

/// The `builtins` module (`sys.modules['builtins']`), made on first use: every module's
/// `__builtins__`.
pub fn builtins_module(interp: &crate::vm::Interp) -> Value {
    let key = new_str("builtins");
    if let Some(m) = interp.modules.get_str(&key) {
        return m;
    }
    let m = Vm::new_module("builtins", interp.builtins.clone());
    interp.modules.set_str(key, m.clone());
    m
}

/// The `__loader__` of `__main__`: for a file, an object standing for CPython's
/// `SourceFileLoader` (with its `name` and `path`); for code with no file, the
/// `BuiltinImporter` class, as CPython sets them.
pub fn main_loader(filename: Option<&str>) -> Value {
    use crate::builtins::types::{builtin_class_in, types};
    use crate::objects::class::Layout;
    let object = &types().object;
    match filename {
        Some(path) => {
            let class = builtin_class_in(
                "_frozen_importlib_external",
                "SourceFileLoader",
                &[object],
                Layout::Object,
            );
            let loader = crate::objects::Instance::new(class);
            loader
                .attrs
                .set_str(new_str("name"), Value::str("__main__"));
            loader.attrs.set_str(new_str("path"), Value::str(path));
            Value::Instance(loader)
        }
        None => Value::Class(builtin_class_in(
            "_frozen_importlib",
            "BuiltinImporter",
            &[object],
            Layout::Object,
        )),
    }
}

fn builtin_module(vm: &mut Vm, name: &str) -> Option<PyResult<Value>> {
    let dict = match name {
        "builtins" => return Some(Ok(builtins_module(&vm.interp))),
        "sys" => sys::make(vm),
        "math" => math::make(vm),
        "random" => random::make(vm),
        "time" => time::make(vm),
        "_thread" => thread::make(vm),
        "_threading" => sync::make(vm),
        "queue" => queue::make(vm),
        "_queue" => queue::make_c(vm),
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
        if let Some((_, src)) = MT_MODULES.iter().find(|(n, _)| *n == name) {
            return self.load_mt_module(key, name, src, &format!("<frozen {name}>"));
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
        self.load_mt_module(key, name, &src, &filename)
    }

    /// Compiles and runs an mt module, registering it in `sys.modules` first (so circular
    /// imports see it) and removing it again if it fails.
    fn load_mt_module(
        &mut self,
        key: crate::objects::Str,
        name: &str,
        src: &str,
        filename: &str,
    ) -> PyResult<Value> {
        let src = &*crate::syntax::universal_newlines(src);
        let code = match crate::compile_source(src, filename) {
            Ok(c) => c,
            Err(e) => return Err(crate::diagnostics::syntax_error_value(&e, filename, src)),
        };
        crate::diagnostics::print_warnings(&code, filename, src);
        let globals = module_dict(name);
        globals.set_str(names().file.clone(), Value::str(filename));
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
