//! `eval`, `exec` and `compile`: source compiled at run time, as CPython's builtins do.
//! Code runs with the globals and locals given, else the caller's (`locals()` of a function
//! is a snapshot, so what the code assigns there does not change the function's variables,
//! as in CPython 3.11). Top-level names go through the locals namespace (LOAD_NAME), so a
//! function the code defines sees the globals only. A globals dict without `__builtins__`
//! gets the builtins namespace, as CPython inserts it.

use super::args::{arity, bind, invalid_keyword};
use crate::compile::Mode;
use crate::objects::names::names;
use crate::objects::{Dict, ObjKind, Value};
use crate::vm::error::*;
use crate::vm::frame::Frame;
use crate::vm::protocol::type_name;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::Arc;

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`: a code object.
pub fn compile(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let params = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    let got = bind("compile", a, kw, &params, 3)?;
    let [Some(source), Some(filename), Some(mode), ..] = got.as_slice() else {
        return type_error("compile() missing required argument");
    };
    let source = match source {
        Value::Str(s) => s.as_str().to_string(),
        _ => return type_error("compile() arg 1 must be a string, bytes or AST object"),
    };
    let Value::Str(filename) = filename else {
        return type_error(format!(
            "compile() argument 'filename' must be str, not {}",
            type_name(filename)
        ));
    };
    let mode = match mode.as_str() {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        Some(_) => return value_error("compile() mode must be 'exec', 'eval' or 'single'"),
        None => {
            return type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                type_name(mode)
            ))
        }
    };
    let code = compile_source(&source, filename.as_str(), mode)?;
    Ok(Value::object(ObjKind::Code(code)))
}

/// `eval(source, globals=None, locals=None, /)`: the value of an expression.
pub fn eval(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("eval", a, kw, 1, 3)?;
    let (globals, locals) = namespaces(vm, "eval", a.get(1), a.get(2))?;
    let code = match &a[0] {
        // CPython strips the leading spaces and tabs an expression may come with.
        Value::Str(s) => compile_source(
            s.as_str().trim_start_matches([' ', '\t']),
            "<string>",
            Mode::Eval,
        )?,
        v => code_of(v).ok_or_else(|| {
            exc(
                "TypeError",
                "eval() arg 1 must be a string, bytes or code object",
            )
        })?,
    };
    run(vm, code, globals, locals)
}

/// `exec(source, globals=None, locals=None, /, *, closure=None)`: runs statements; None.
pub fn exec(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    for (k, v) in kw {
        if k.as_str() != "closure" {
            return type_error(invalid_keyword("exec", k));
        }
        if !v.is_none() {
            return type_error("cannot use a closure with this code object");
        }
    }
    arity("exec", a, &[], 1, 3)?;
    let (globals, locals) = namespaces(vm, "exec", a.get(1), a.get(2))?;
    let code = match &a[0] {
        Value::Str(s) => compile_source(s.as_str(), "<string>", Mode::Exec)?,
        v => code_of(v).ok_or_else(|| {
            exc(
                "TypeError",
                "exec() arg 1 must be a string, bytes or code object",
            )
        })?,
    };
    run(vm, code, globals, locals)?;
    Ok(Value::None)
}

/// Parses and compiles `source`; a syntax error becomes a SyntaxError exception.
fn compile_source(
    source: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<Arc<crate::bytecode::Code>> {
    let source = &*crate::syntax::universal_newlines(source);
    let blank = |l: &str| {
        let l = l.trim_start_matches([' ', '\t', '\x0c']);
        l.is_empty() || l.starts_with('#')
    };
    if mode == Mode::Eval && source.split_inclusive('\n').all(|l| blank(l.trim_end())) {
        // No expression at all: CPython reports column 0 of the last line (line 0 when
        // there is none).
        let lines: Vec<&str> = source.split_inclusive('\n').collect();
        let line = Value::Int(lines.len() as i64);
        let zero = Value::Int(0);
        let info = [
            Value::str(filename),
            line.clone(),
            zero.clone(),
            Value::str(lines.last().copied().unwrap_or("")),
            line,
            zero,
        ];
        return Err(crate::diagnostics::syntax_error_with(
            "SyntaxError",
            "invalid syntax",
            info,
        ));
    }
    let parsed = match mode {
        Mode::Eval => crate::syntax::parser::parse_eval(source),
        _ => crate::syntax::parser::parse_module(source),
    };
    let body = parsed.map_err(|mut e| {
        // CPython's eval of a string that ends mid-expression reports no column.
        if mode == Mode::Eval && e.offset >= source.len() && !source.ends_with('\n') {
            e.end = crate::syntax::SyntaxError::NO_CARET;
        }
        crate::diagnostics::syntax_error_value(&e, filename, source)
    })?;
    if mode == Mode::Single && body.len() > 1 {
        let e = crate::syntax::SyntaxError::new(
            "multiple statements found while compiling a single statement",
            body[0].span.start as usize,
        );
        return Err(crate::diagnostics::syntax_error_value(&e, filename, source));
    }
    let code = crate::compile::compile(&body, filename, source, mode)
        .map_err(|e| crate::diagnostics::syntax_error_value(&e, filename, source))?;
    crate::diagnostics::print_warnings(&code, filename, source);
    Ok(code)
}

fn code_of(v: &Value) -> Option<Arc<crate::bytecode::Code>> {
    match v {
        Value::Object(o) => match &o.kind {
            ObjKind::Code(c) => Some(c.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// The globals and the locals namespace (None: the globals) the code runs in, checked with
/// CPython's messages; without them, the caller's.
fn namespaces(
    vm: &mut Vm,
    fname: &str,
    globals: Option<&Value>,
    locals: Option<&Value>,
) -> PyResult<(Arc<Dict>, Option<Arc<Dict>>)> {
    let globals = globals.filter(|g| !g.is_none());
    let locals = locals.filter(|l| !l.is_none());
    let globals = match globals {
        Some(Value::Dict(d)) => d.clone(),
        Some(g) => {
            let is_mapping = vm.getattr_opt(g, &names().getitem)?.is_some();
            return type_error(match fname {
                "exec" => format!("exec() globals must be a dict, not {}", type_name(g)),
                _ if is_mapping => {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                }
                _ => "globals must be a dict".to_string(),
            });
        }
        None => {
            let Some(f) = vm.frames.last() else {
                return type_error(format!("{fname}() must be given globals"));
            };
            let globals = f.globals.clone();
            let locals = match locals {
                Some(l) => l.clone(),
                None => crate::builtins::frame_locals(f),
            };
            return Ok((globals.clone(), locals_dict(vm, fname, &locals, &globals)?));
        }
    };
    if globals.get_str(&names().builtins).is_none() {
        let builtins = Value::Dict(vm.interp.builtins.clone());
        globals.set_str(names().builtins.clone(), builtins);
    }
    let locals = match locals {
        Some(l) => locals_dict(vm, fname, l, &globals)?,
        None => None,
    };
    Ok((globals, locals))
}

/// A locals argument as the frame's namespace: None when it is the globals themselves.
fn locals_dict(
    vm: &mut Vm,
    fname: &str,
    locals: &Value,
    globals: &Arc<Dict>,
) -> PyResult<Option<Arc<Dict>>> {
    match locals {
        Value::Dict(d) if Arc::ptr_eq(d, globals) => Ok(None),
        Value::Dict(d) => Ok(Some(d.clone())),
        l if vm.getattr_opt(l, &names().getitem)?.is_some() => {
            type_error("mt supports only a dict as the locals of eval() and exec()")
        }
        l if fname == "exec" => type_error(format!(
            "locals must be a mapping or None, not {}",
            type_name(l)
        )),
        _ => type_error("locals must be a mapping"),
    }
}

/// Runs a code object in a new frame on these namespaces; its return value.
fn run(
    vm: &mut Vm,
    code: Arc<crate::bytecode::Code>,
    globals: Arc<Dict>,
    locals: Option<Arc<Dict>>,
) -> PyResult<Value> {
    let mut frame = Box::new(Frame::new(code, globals));
    frame.locals_dict = locals;
    vm.run_frame(frame)
}
