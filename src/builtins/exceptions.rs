//! Methods of BaseException: `__init__` (stores args), `with_traceback`, `add_note`; the data
//! attributes (args, __cause__, __context__, value, code, ...) are served by the VM's
//! attribute lookup from the instance's exception state.

use super::types::Types;
use crate::objects::class::ExcData;
use crate::objects::names::names;
use crate::objects::{new_str, Builtin, Class, Value};
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::{Arc, OnceLock};

pub fn register(t: &Types) {
    let base = &t.exc["BaseException"];
    let add =
        |name: &crate::objects::Str, short: &'static str, f: crate::objects::function::NativeFn| {
            base.dict
                .set_str(name.clone(), Builtin::method("BaseException", short, f));
        };
    add(&names().init, "__init__", init);
    add(&new_str("with_traceback"), "with_traceback", with_traceback);
    add(&new_str("add_note"), "add_note", add_note);
    add(&names().repr, "__repr__", repr);
    add(&names().str, "__str__", str);
    let syntax = &t.exc["SyntaxError"];
    syntax.dict.set_str(
        names().init.clone(),
        Builtin::method("SyntaxError", "__init__", syntax_init),
    );
    syntax.dict.set_str(
        names().str.clone(),
        Builtin::method("SyntaxError", "__str__", syntax_str),
    );
}

/// CPython's SyntaxError_init: `SyntaxError(msg, (filename, lineno, offset, text[,
/// end_lineno, end_offset]))` sets the location attributes tracebacks print.
fn syntax_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    init(vm, a, kw)?;
    let args = &a[1..];
    let mut fields: [Value; 8] = std::array::from_fn(|_| Value::None);
    if let Some(msg) = args.first() {
        fields[0] = msg.clone();
    }
    if args.len() == 2 {
        let info = vm.to_vec(&args[1])?;
        if info.len() < 4 {
            return type_error(format!(
                "function takes at least 4 arguments ({} given)",
                info.len()
            ));
        }
        if info.len() > 6 {
            return type_error(format!(
                "function takes at most 6 arguments ({} given)",
                info.len()
            ));
        }
        if info.len() == 5 {
            return type_error("end_offset must be provided when end_lineno is provided");
        }
        for (slot, v) in fields[1..7].iter_mut().zip(info) {
            *slot = v;
        }
    }
    if let Some(d) = exc_data(&a[0]) {
        d.lock().syntax = Some(Box::new(fields));
    }
    Ok(Value::None)
}

/// CPython's SyntaxError_str: the message, then the file's base name and the line when
/// they are known: `invalid syntax (x.py, line 3)`.
fn syntax_str(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let fields = exc_data(&a[0])
        .and_then(|d| d.lock().syntax.clone())
        .unwrap_or_else(|| Box::new(std::array::from_fn(|_| Value::None)));
    let msg = vm.str(&fields[0])?;
    let file = match &fields[1] {
        Value::Str(f) => Some(f.as_str().rsplit('/').next().unwrap_or("").to_string()),
        _ => None,
    };
    let line = match &fields[2] {
        Value::Int(n) => Some(*n),
        _ => None,
    };
    Ok(Value::string(match (file, line) {
        (Some(f), Some(n)) => format!("{msg} ({f}, line {n})"),
        (Some(f), None) => format!("{msg} ({f})"),
        (None, Some(n)) => format!("{msg} (line {n})"),
        (None, None) => msg,
    }))
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

/// `e.with_traceback(tb)`: sets `__traceback__` and returns `e`.
fn with_traceback(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("with_traceback", &a[1..], kw, 1, 1)?;
    vm.setattr(&a[0], &new_str("__traceback__"), a[1].clone())?;
    Ok(a[0].clone())
}

/// `e.__traceback__ = tb`. None clears the frames, so a re-raise starts afresh. mt's
/// traceback objects do not carry their frames, so one taken from another exception
/// leaves this exception's frames as they are.
pub fn set_traceback(e: &mut ExcData, tb: Value) -> PyResult<()> {
    match tb {
        Value::None => {
            e.traceback.clear();
            e.tb_object = None;
            Ok(())
        }
        ref v if is_traceback(v) => Ok(()),
        _ => type_error("__traceback__ must be a traceback or None"),
    }
}

/// `e.add_note(note)` (3.11): appends to the `__notes__` list, which tracebacks print
/// after the exception line.
fn add_note(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("add_note", &a[1..], kw, 1, 1)?;
    if !matches!(a[1], Value::Str(_)) {
        return type_error(format!(
            "note must be a str, not '{}'",
            crate::vm::protocol::type_name(&a[1])
        ));
    }
    let key = new_str("__notes__");
    let notes = match vm.getattr_opt(&a[0], &key)? {
        Some(n) => n,
        None => {
            let n = Value::list(Vec::new());
            vm.setattr(&a[0], &key, n.clone())?;
            n
        }
    };
    match &notes {
        Value::List(l) => l.items.lock().push(a[1].clone()),
        _ => return type_error("Cannot add note: __notes__ is not a list"),
    }
    Ok(Value::None)
}

fn repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(vm.exception_repr(&a[0])?))
}

fn str(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::string(vm.exception_str(&a[0])?))
}

/// Whether `v` is one of the traceback objects `__traceback__` hands out.
pub fn is_traceback(v: &Value) -> bool {
    matches!(v, Value::Instance(i) if Arc::ptr_eq(&i.class, traceback_class()))
}

fn traceback_class() -> &'static Arc<Class> {
    static CLASS: OnceLock<Arc<Class>> = OnceLock::new();
    CLASS.get_or_init(|| {
        crate::builtins::types::builtin_class(
            "traceback",
            &[&crate::builtins::types::types().object],
            crate::objects::class::Layout::Object,
        )
    })
}

/// A `traceback` object for `__traceback__`: its frames are shown by the traceback printer;
/// in mt code it offers `tb_lineno` and `tb_next`.
pub fn traceback_object(entries: &[crate::objects::class::TbEntry]) -> Value {
    let class = traceback_class();
    let inst = crate::objects::Instance::new(class.clone());
    // Innermost entries were recorded first; tb objects start from the outermost frame.
    let mut next = Value::None;
    let mut outer = Value::None;
    for (i, e) in entries.iter().enumerate() {
        let tb = if i + 1 == entries.len() {
            Value::Instance(inst.clone())
        } else {
            Value::Instance(crate::objects::Instance::new(class.clone()))
        };
        if let Value::Instance(t) = &tb {
            t.attrs
                .set_str(new_str("tb_lineno"), Value::Int(e.line as i64));
            t.attrs.set_str(new_str("tb_next"), next.clone());
        }
        next = tb.clone();
        outer = tb;
    }
    outer
}
