//! `sys._getframe()` and the frame objects it returns: `f_code`, `f_lineno`, `f_globals`,
//! `f_locals`, `f_back` and `f_lasti`, as CPython's frame type names them. mt's frames live
//! on the VM's own stack, so a frame object is a snapshot of one taken when it is asked for:
//! `f_lineno` and `f_locals` are what they were at that moment.

use crate::builtins::types::native_object_class;
use crate::objects::{new_str, Builtin, Class, Dict, Instance, ObjKind, Value};
use crate::vm::error::*;
use crate::vm::frame::Frame;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::{Arc, OnceLock};

fn frame_class() -> &'static Arc<Class> {
    static CLASS: OnceLock<Arc<Class>> = OnceLock::new();
    CLASS.get_or_init(|| native_object_class("frame", &[("__repr__", frame_repr)]))
}

pub fn add(d: &Dict) {
    d.set_str(
        new_str("_getframe"),
        Builtin::frame_function("_getframe", getframe),
    );
}

/// `sys._getframe(depth=0)`: the caller's frame, or the one `depth` calls further out.
fn getframe(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("_getframe", a, kw, 0, 1)?;
    let depth = match a.first() {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    let n = vm.frames.len() as i64;
    if depth < 0 || depth >= n {
        return value_error("call stack is not deep enough");
    }
    // Outermost first, each frame object pointing at the one below it.
    let mut back = Value::None;
    let upto = (n - depth) as usize;
    for f in &vm.frames[..upto] {
        back = snapshot(f, back);
    }
    Ok(back)
}

fn snapshot(f: &Frame, back: Value) -> Value {
    let inst = Instance::new(frame_class().clone());
    let set = |k: &str, v: Value| inst.attrs.set_str(new_str(k), v);
    set("f_code", Value::object(ObjKind::Code(f.code.clone())));
    set("f_lineno", Value::Int(f.line() as i64));
    set("f_lasti", Value::Int(2 * f.ip.saturating_sub(1) as i64));
    set("f_globals", Value::Dict(f.globals.clone()));
    set("f_locals", crate::builtins::frame_locals(f));
    set("f_back", back);
    Value::Instance(inst)
}

fn frame_repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let get = |k: &str| match &a[0] {
        Value::Instance(i) => i.attrs.get_str(&new_str(k)),
        _ => None,
    };
    let (Some(Value::Object(code)), Some(line)) = (get("f_code"), get("f_lineno")) else {
        return Ok(Value::string(vm.default_repr(&a[0])));
    };
    let ObjKind::Code(code) = &code.kind else {
        return Ok(Value::string(vm.default_repr(&a[0])));
    };
    Ok(Value::string(format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        a[0].id(),
        code.filename,
        vm.repr(&line)?,
        code.name.as_str()
    )))
}
