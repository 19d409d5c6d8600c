//! `print()` and `input()`, as CPython's builtins: sep/end/file/flush, and reading a line with
//! EOFError at end of input. Text goes through `runtime::stdio` so lines never tear.

use super::args::bind;
use crate::objects::object::ObjKind;
use crate::objects::Value;
use crate::runtime::stdio;
use crate::vm::error::*;
use crate::vm::protocol::type_name;
use crate::vm::{KwArgs, PyResult, Vm};

fn io_err(e: std::io::Error) -> Value {
    exc("OSError", e.to_string())
}

pub fn write_stdout(_vm: &mut Vm, text: &str) -> PyResult<()> {
    stdio::write_stdout(text).map_err(io_err)
}

/// Writes to a file-like object: the standard streams directly, anything else via `write`.
pub fn write_to(vm: &mut Vm, file: &Value, text: &str) -> PyResult<()> {
    if let Value::Object(o) = file {
        if let ObjKind::Native { data, .. } = &o.kind {
            if let Some(stream) = data.downcast_ref::<crate::modules::sys::StdStream>() {
                return match stream {
                    crate::modules::sys::StdStream::Out => {
                        stdio::write_stdout(text).map_err(io_err)
                    }
                    crate::modules::sys::StdStream::Err => {
                        stdio::write_stderr(text).map_err(io_err)
                    }
                    crate::modules::sys::StdStream::In => {
                        Err(crate::objects::methods::file::unsupported("not writable"))
                    }
                };
            }
        }
    }
    vm.call_method(file, "write", &[Value::str(text)])?;
    Ok(())
}

pub fn print(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in kw {
        match k.as_str() {
            "sep" | "end" => {
                let s = match v {
                    Value::None => None,
                    Value::Str(s) => Some(s.as_str().to_string()),
                    other => {
                        return type_error(format!(
                            "{} must be None or a string, not {}",
                            k.as_str(),
                            type_name(other)
                        ))
                    }
                };
                if let Some(s) = s {
                    if k.as_str() == "sep" {
                        sep = s;
                    } else {
                        end = s;
                    }
                }
            }
            "file" => file = v.clone(),
            "flush" => flush = vm.truthy(v)?,
            other => {
                return type_error(format!(
                    "'{other}' is an invalid keyword argument for print()"
                ))
            }
        }
    }
    if file.is_none() {
        match crate::modules::sys::redirected_stdout(vm) {
            // No standard output (`sys.stdout = None`): print does nothing, as CPython.
            Some(Value::None) => return Ok(Value::None),
            Some(f) => file = f,
            None => {}
        }
    }
    if file.is_none() || is_native_stream(&file) {
        let (text, failed) = joined_text(vm, args, &sep, &end);
        if file.is_none() {
            // Writing to the OS may block (a full pipe): it happens with the GIL released.
            // A pending flush already holds the whole buffer, this text included.
            let mut pending = stdio::buffer_stdout(&text);
            if flush && failed.is_none() && pending.is_none() {
                pending = Some(stdio::pending_stdout());
            }
            if let Some(p) = pending {
                crate::runtime::gil::without_gil(vm, || p.write()).map_err(io_err)?;
            }
        } else {
            write_to(vm, &file, &text)?;
        }
        if let Some(e) = failed {
            return Err(e);
        }
    } else {
        // A file-like object sees each piece in its own `write` call, as CPython's print
        // makes them.
        for (i, a) in args.iter().enumerate() {
            if i > 0 {
                write_to(vm, &file, &sep)?;
            }
            let piece = piece_text(vm, a)?;
            write_to(vm, &file, &piece)?;
        }
        write_to(vm, &file, &end)?;
    }
    if flush && !file.is_none() {
        if let Ok(f) = vm.getattr(&file, &crate::objects::new_str("flush")) {
            vm.call(&f, &[], &[])?;
        }
    }
    Ok(Value::None)
}

/// A standard stream or an open file: writing the pieces joined is indistinguishable from
/// writing them one by one.
fn is_native_stream(file: &Value) -> bool {
    matches!(file, Value::Object(o) if matches!(o.kind, ObjKind::Native { .. } | ObjKind::File(_)))
}

fn piece_text(vm: &mut Vm, a: &Value) -> PyResult<String> {
    match a {
        Value::Str(s) => Ok(s.as_str().to_string()),
        other => vm.str(other),
    }
}

/// The printed line; when an argument's `str()` fails, the text before it (which CPython
/// has already written) and the error.
fn joined_text(vm: &mut Vm, args: &[Value], sep: &str, end: &str) -> (String, Option<Value>) {
    let mut text = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            text.push_str(sep);
        }
        match a {
            Value::Str(s) => text.push_str(s.as_str()),
            other => match vm.str(other) {
                Ok(s) => text.push_str(&s),
                Err(e) => return (text, Some(e)),
            },
        }
    }
    text.push_str(end);
    (text, None)
}

pub fn input(vm: &mut Vm, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if args.len() > 1 {
        return type_error(format!(
            "input expected at most 1 argument, got {}",
            args.len()
        ));
    }
    let a = bind("input", args, kw, &["prompt"], 0)?;
    if let Some(p) = &a[0] {
        let s = vm.str(p)?;
        stdio::write_stdout(&s).map_err(io_err)?;
    }
    stdio::flush_stdout().map_err(io_err)?;
    // On a terminal the main thread waits in poll, which Ctrl-C interrupts (CPython raises
    // KeyboardInterrupt from input() too); a terminal hands over whole lines, so nothing is
    // left in stdin's buffer that poll could not see.
    let interruptible = vm.is_main_thread && std::io::IsTerminal::is_terminal(&std::io::stdin());
    let interp = vm.interp.clone();
    let line = crate::runtime::gil::without_gil(vm, || {
        if interruptible && !crate::runtime::signals::wait_stdin_readable(&interp) {
            return None;
        }
        let mut line = String::new();
        Some(std::io::stdin().read_line(&mut line).map(|n| (n, line)))
    });
    let Some(line) = line else {
        vm.check_breaker()?;
        return raise("KeyboardInterrupt", "");
    };
    match line {
        Ok((0, _)) => raise("EOFError", "EOF when reading a line"),
        Ok((_, mut l)) => {
            // Only the `\n` goes, as CPython on POSIX: a `\r` before it stays.
            if l.ends_with('\n') {
                l.pop();
            }
            Ok(Value::string(l))
        }
        Err(e) => Err(io_err(e)),
    }
}
