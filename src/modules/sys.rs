//! The `sys` module (https://docs.python.org/3.11/library/sys.html): argv, exit, the standard
//! streams, recursion limit, switch interval, version and platform, and
//! `_is_gil_enabled()` (CPython 3.13's name) reporting mt's GIL mode.

use super::add_fn;
use crate::builtins::args::{arity, float_arg};
use crate::builtins::types::types;
use crate::objects::{new_str, Builtin, Class, Dict, ObjKind, Value};
use crate::runtime::stdio;
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::atomic::Ordering;
use std::sync::{Arc, OnceLock};

/// Which standard stream a `sys.stdout`-like object writes to.
pub enum StdStream {
    In,
    Out,
    Err,
}

fn stream_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = crate::builtins::types::builtin_class(
            "TextIOWrapper",
            &[&types().object],
            crate::objects::class::Layout::Builtin,
        );
        let add = |name: &'static str, f: crate::objects::function::NativeFn| {
            c.dict
                .set_str(new_str(name), Builtin::method("TextIOWrapper", name, f));
        };
        add("write", stream_write);
        add("flush", stream_flush);
        add("readline", stream_readline);
        add("read", stream_read);
        add("readlines", stream_readlines);
        add("__iter__", stream_iter);
        add("__next__", stream_next);
        add("isatty", stream_isatty);
        add("fileno", stream_fileno);
        c
    })
}

/// Where `print()` without `file=` writes: None for the process's standard output (the
/// usual case, buffered natively), else whatever the program assigned to `sys.stdout`.
/// CPython looks `sys.stdout` up on every call, so a reassignment redirects print.
pub fn redirected_stdout(vm: &Vm) -> Option<Value> {
    let out = sys_attr(vm, "stdout")?;
    match which(&out) {
        Some(StdStream::Out) => None,
        _ => Some(out),
    }
}

/// The current value of `sys.<name>`, as a program may have set or deleted it.
pub fn sys_attr(vm: &Vm, name: &str) -> Option<Value> {
    sys_dict(vm)?.get_str(&new_str(name))
}

/// The `sys` module's namespace, once a program imported it (mt loads it on first import).
fn sys_dict(vm: &Vm) -> Option<Arc<Dict>> {
    let Some(Value::Object(m)) = vm.interp.modules.get_str(&new_str("sys")) else {
        return None;
    };
    match &m.kind {
        ObjKind::Module(m) => Some(m.dict.clone()),
        _ => None,
    }
}

/// Writes text to whatever `sys.stderr` is now (the process's stderr when it is unset).
fn write_err(vm: &mut Vm, text: &str) -> PyResult<()> {
    match sys_attr(vm, "stderr") {
        Some(f) => crate::builtins::print::write_to(vm, &f, text),
        None => stdio::write_stderr(text).map_err(|e| exc("OSError", e.to_string())),
    }
}

/// `sys.excepthook(type, value, traceback)` (also `sys.__excepthook__`): prints the
/// traceback to `sys.stderr`.
fn excepthook(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("excepthook", a, kw, 3, 3)?;
    let text = vm.format_exception(&a[1]);
    write_err(vm, &text)?;
    Ok(Value::None)
}

/// Reports an exception nothing caught, as CPython's PyErr_Print: through `sys.excepthook`,
/// which a program may replace; when the hook itself fails, both tracebacks.
pub fn report_uncaught(vm: &mut Vm, e: &Value) {
    let _ = stdio::flush_stdout();
    let Some(sys) = sys_dict(vm) else {
        // Never imported: nothing can have replaced the default hook.
        let text = vm.format_exception(e);
        let _ = stdio::write_stderr(&text);
        return;
    };
    let Some(hook) = sys.get_str(&new_str("excepthook")) else {
        let text = vm.format_exception(e);
        let _ = stdio::write_stderr(&format!("sys.excepthook is missing\n{text}"));
        return;
    };
    let ty = Value::Class(crate::vm::protocol::class_of(e).clone());
    let tb = vm
        .getattr(e, &new_str("__traceback__"))
        .unwrap_or(Value::None);
    if let Err(he) = vm.call(&hook, &[ty, e.clone(), tb], &[]) {
        let hook_text = vm.format_exception(&he);
        let text = vm.format_exception(e);
        let _ = stdio::write_stderr(&format!(
            "Error in sys.excepthook:\n{hook_text}\nOriginal exception was:\n{text}"
        ));
    }
    let _ = stdio::flush_stdout();
}

/// `sys.tracebacklimit`, when the program set it to an int: how many frames a traceback
/// shows (the most recent ones; none at all below 1).
pub fn traceback_limit(vm: &Vm) -> Option<i64> {
    match sys_attr(vm, "tracebacklimit")? {
        Value::Int(n) => Some(n),
        Value::Bool(b) => Some(b as i64),
        Value::BigInt(b) => Some(if num_traits::Signed::is_negative(&*b) {
            0
        } else {
            i64::MAX
        }),
        _ => None,
    }
}

fn stream(kind: StdStream) -> Value {
    Value::object(ObjKind::Native {
        class: stream_class().clone(),
        data: Box::new(kind),
        attrs: None,
    })
}

fn which(v: &Value) -> Option<&StdStream> {
    match v {
        Value::Object(o) => match &o.kind {
            ObjKind::Native { data, .. } => data.downcast_ref::<StdStream>(),
            _ => None,
        },
        _ => None,
    }
}

fn stream_write(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("write", &a[1..], kw, 1, 1)?;
    let Some(s) = a[1].as_pystr() else {
        return type_error(format!(
            "write() argument must be str, not {}",
            crate::vm::protocol::type_name(&a[1])
        ));
    };
    let r = match which(&a[0]) {
        Some(StdStream::Err) => stdio::write_stderr(s.as_str()),
        Some(StdStream::Out) => stdio::write_stdout(s.as_str()),
        _ => return raise("OSError", "not writable"),
    };
    r.map_err(|e| exc("OSError", e.to_string()))?;
    Ok(Value::Int(s.char_len() as i64))
}

fn stream_flush(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    if let Some(StdStream::Out) = which(&a[0]) {
        stdio::flush_stdout().map_err(|e| exc("OSError", e.to_string()))?;
    }
    Ok(Value::None)
}

fn stream_readline(vm: &mut Vm, _a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    stdio::flush_stdout().map_err(|e| exc("OSError", e.to_string()))?;
    let r = crate::runtime::gil::without_gil(vm, || {
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).map(|_| line)
    });
    r.map(Value::string)
        .map_err(|e| exc("OSError", e.to_string()))
}

/// `sys.stdin.read()`: the rest of the input.
fn stream_read(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("read", &a[1..], kw, 0, 1)?;
    stdio::flush_stdout().map_err(|e| exc("OSError", e.to_string()))?;
    let r = crate::runtime::gil::without_gil(vm, || {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text).map(|_| text)
    });
    r.map(Value::string)
        .map_err(|e| exc("OSError", e.to_string()))
}

fn stream_readlines(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let text = stream_read(vm, &a[..1], kw)?;
    let text = text.as_str().unwrap_or("");
    Ok(Value::list(
        text.split_inclusive('\n').map(Value::str).collect(),
    ))
}

fn stream_iter(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(a[0].clone())
}

/// `for line in sys.stdin`: lines with their `\n`, until end of input.
fn stream_next(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let line = stream_readline(vm, a, kw)?;
    if line.as_str().is_some_and(str::is_empty) {
        return Err(new_exception(exc_class("StopIteration").clone(), vec![]));
    }
    Ok(line)
}

fn stream_isatty(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    use std::io::IsTerminal;
    Ok(Value::Bool(match which(&a[0]) {
        Some(StdStream::In) => std::io::stdin().is_terminal(),
        Some(StdStream::Out) => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }))
}

fn stream_fileno(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(match which(&a[0]) {
        Some(StdStream::In) => 0,
        Some(StdStream::Out) => 1,
        _ => 2,
    }))
}

pub fn make(vm: &mut Vm) -> Arc<Dict> {
    let d = super::module_dict("sys");
    let argv: Vec<Value> = vm
        .interp
        .argv
        .lock()
        .iter()
        .map(|s| Value::str(s))
        .collect();
    d.set_str(new_str("argv"), Value::list(argv));
    // `sys.__stdout__` is the object `sys.stdout` starts as, so a program can restore it.
    for (name, kind) in [
        ("stdout", StdStream::Out),
        ("stderr", StdStream::Err),
        ("stdin", StdStream::In),
    ] {
        let v = stream(kind);
        d.set_str(new_str(format!("__{name}__").as_str()), v.clone());
        d.set_str(new_str(name), v);
    }
    d.set_str(
        new_str("version"),
        Value::str(&format!("3.11.7 (mt {})", env!("CARGO_PKG_VERSION"))),
    );
    let version_info = crate::objects::structseq::make_class(
        "sys.version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    d.set_str(
        new_str("version_info"),
        crate::objects::structseq::new(
            &version_info,
            vec![
                Value::Int(3),
                Value::Int(11),
                Value::Int(7),
                Value::str("final"),
                Value::Int(0),
            ],
        ),
    );
    d.set_str(new_str("platform"), Value::str(std::env::consts::OS));
    super::sys_info::add(&d);
    d.set_str(
        new_str("byteorder"),
        Value::str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    d.set_str(new_str("maxsize"), Value::Int(i64::MAX));
    d.set_str(
        new_str("executable"),
        Value::string(
            std::env::current_exe()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default(),
        ),
    );
    d.set_str(new_str("path"), Value::list(vec![]));
    d.set_str(new_str("modules"), Value::Dict(vm.interp.modules.clone()));
    d.set_str(new_str("implementation_name"), Value::str("mt"));
    add_fn(&d, "exit", exit);
    add_fn(&d, "getrecursionlimit", getrecursionlimit);
    add_fn(&d, "setrecursionlimit", setrecursionlimit);
    add_fn(&d, "getswitchinterval", getswitchinterval);
    add_fn(&d, "setswitchinterval", setswitchinterval);
    add_fn(&d, "_is_gil_enabled", is_gil_enabled);
    add_fn(&d, "intern", intern);
    add_fn(&d, "exc_info", exc_info);
    add_fn(&d, "get_int_max_str_digits", get_int_max_str_digits);
    add_fn(&d, "set_int_max_str_digits", set_int_max_str_digits);
    add_fn(&d, "exception", exception);
    let hook = Builtin::function("excepthook", excepthook);
    d.set_str(new_str("excepthook"), hook.clone());
    d.set_str(new_str("__excepthook__"), hook);
    d
}

fn get_int_max_str_digits(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("get_int_max_str_digits", a, kw, 0, 0)?;
    Ok(Value::Int(
        crate::objects::numfmt::int_max_str_digits() as i64
    ))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least 640, process-wide.
fn set_int_max_str_digits(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = crate::builtins::args::bind("set_int_max_str_digits", a, kw, &["maxdigits"], 1)?;
    let n = vm.to_index(p[0].as_ref().unwrap_or(&Value::None))?;
    if n != 0 && !(640..).contains(&n) {
        return value_error("maxdigits must be 0 or larger than 640");
    }
    crate::objects::numfmt::set_int_max_str_digits(n as usize);
    Ok(Value::None)
}

/// `sys.exception()` (3.11's name): the exception being handled here or in a caller, or None.
fn exception(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("exception", a, kw, 0, 0)?;
    Ok(vm.handled.last().cloned().unwrap_or(Value::None))
}

/// `sys.exc_info()`: `(type, value, traceback)` of the exception being handled, or three Nones.
fn exc_info(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("exc_info", a, kw, 0, 0)?;
    let Some(e) = vm.handled.last().cloned() else {
        return Ok(Value::tuple(vec![Value::None, Value::None, Value::None]));
    };
    let tb = vm.getattr(&e, &new_str("__traceback__"))?;
    let ty = Value::Class(crate::vm::protocol::class_of(&e).clone());
    Ok(Value::tuple(vec![ty, e, tb]))
}

fn exit(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("exit", a, kw, 0, 1)?;
    Err(new_exception(exc_class("SystemExit").clone(), a.to_vec()))
}

fn getrecursionlimit(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("getrecursionlimit", a, kw, 0, 0)?;
    Ok(Value::Int(vm.interp.recursion_limit() as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("setrecursionlimit", a, kw, 1, 1)?;
    let n = match &a[0] {
        Value::Int(n) => *n,
        Value::Float(_) => return type_error("'float' object cannot be interpreted as an integer"),
        other => vm.to_index(other)?,
    };
    if n < 1 {
        return value_error("recursion limit must be greater or equal than 1");
    }
    let depth = vm.frames.len() as i64;
    if n <= depth {
        return raise(
            "RecursionError",
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        );
    }
    vm.interp
        .recursion_limit
        .store(n as usize, Ordering::Relaxed);
    Ok(Value::None)
}

fn getswitchinterval(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("getswitchinterval", a, kw, 0, 0)?;
    Ok(Value::Float(
        vm.interp.switch_interval_us.load(Ordering::Relaxed) as f64 / 1e6,
    ))
}

fn setswitchinterval(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("setswitchinterval", a, kw, 1, 1)?;
    let s = float_arg(&a[0])?;
    if s <= 0.0 {
        return value_error("switch interval must be strictly positive");
    }
    vm.interp
        .switch_interval_us
        .store((s * 1e6).max(1.0) as usize, Ordering::Relaxed);
    Ok(Value::None)
}

fn is_gil_enabled(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("_is_gil_enabled", a, kw, 0, 0)?;
    Ok(Value::Bool(vm.interp.gil_enabled()))
}

fn intern(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("intern", a, kw, 1, 1)?;
    Ok(a[0].clone())
}
