//! Text files: `open()` and the methods of the file object, following
//! https://docs.python.org/3.11/library/functions.html#open and
//! https://docs.python.org/3.11/library/io.html#io.TextIOWrapper (CPython 3.11's `_io`): mode
//! parsing and its errors, OSError subclasses chosen by errno with the file name attached,
//! UTF-8 (or ASCII/Latin-1) text with `errors=` handling, universal newlines on read and
//! `newline=` translation on write, buffered writes flushed on `flush`/`close`/collection and
//! at process exit, `seek`/`tell` on byte positions, iteration by lines. Every OS call runs
//! with the GIL released; a file's state is only ever locked inside `without_gil` (or with
//! `try_lock`), so a thread blocked in a read never holds up the others.

use super::add;
use crate::builtins::args::bind;
use crate::builtins::types::Types;
use crate::objects::class::{c3_mro, Layout};
use crate::objects::object::FileState;
use crate::objects::{new_str, Class, Dict, ObjKind, Object, Value};
use crate::runtime::gil::without_gil;
use crate::vm::error::*;
use crate::vm::protocol::type_name;
use crate::vm::{KwArgs, PyResult, Vm};
use parking_lot::Mutex;
use std::io::{Read, Seek, SeekFrom, Write};
use std::sync::{Arc, OnceLock, Weak};

const CHUNK: usize = 8192;

pub fn register(t: &Types) {
    let methods: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("write", write),
        ("writelines", writelines),
        ("flush", flush),
        ("close", close),
        ("seek", seek),
        ("tell", tell),
        ("truncate", truncate),
        ("readable", readable),
        ("writable", writable),
        ("seekable", seekable),
        ("isatty", isatty),
        ("fileno", fileno),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", iter),
        ("__next__", next),
    ];
    for &(name, f) in methods {
        add(&t.file, "TextIOWrapper", name, f);
    }
}

// ------------------------------------------------------------------ state

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Newline {
    /// `newline=None`: `\r\n` and `\r` read as `\n`; `\n` written as is.
    Universal,
    /// `newline=''`: lines end at any of the three, nothing translated.
    Any,
    /// `newline='\n'`, `'\r'` or `'\r\n'`: lines end there only; `\n` written as it.
    Lf,
    Cr,
    CrLf,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Encoding {
    Utf8,
    Ascii,
    Latin1,
}

impl Encoding {
    fn codec(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Ascii => "ascii",
            Encoding::Latin1 => "latin-1",
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Errors {
    Strict,
    Replace,
    Ignore,
    BackslashReplace,
}

/// The text layer of a file: read-ahead bytes, pending writes and the text settings.
pub struct TextState {
    readable: bool,
    writable: bool,
    newline: Newline,
    encoding: Encoding,
    errors: Errors,
    line_buffering: bool,
    /// Read-ahead raw bytes; `pos` of them are consumed.
    buf: Vec<u8>,
    pos: usize,
    /// The last fill hit end of file (reset by every new read call).
    eof: bool,
    /// Encoded text not yet written to the OS.
    wbuf: Vec<u8>,
}

/// Why an operation failed, turned into an exception once the GIL is held again.
enum Fail {
    Io(std::io::Error),
    Closed,
    Unsupported(String),
    Value(String),
    Decode(String),
    Encode(String),
}

type Res<T> = Result<T, Fail>;

fn fail_to_exc(f: Fail) -> Value {
    match f {
        Fail::Io(e) => os_error(&e, None),
        Fail::Closed => exc("ValueError", "I/O operation on closed file."),
        Fail::Unsupported(m) => new_exception(unsupported_class().clone(), vec![Value::string(m)]),
        Fail::Value(m) => exc("ValueError", m),
        Fail::Decode(m) => new_exception(
            unicode_error_class("UnicodeDecodeError").clone(),
            vec![Value::string(m)],
        ),
        Fail::Encode(m) => new_exception(
            unicode_error_class("UnicodeEncodeError").clone(),
            vec![Value::string(m)],
        ),
    }
}

/// An `io.UnsupportedOperation` error with `msg`.
pub fn unsupported(msg: &str) -> Value {
    new_exception(unsupported_class().clone(), vec![Value::str(msg)])
}

/// `io.UnsupportedOperation` (a subclass of OSError and ValueError, as in CPython).
fn unsupported_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        exception_class(
            "UnsupportedOperation",
            "io",
            vec![
                exc_class("OSError").clone(),
                exc_class("ValueError").clone(),
            ],
        )
    })
}

/// The codec errors raised while reading or writing text: CPython's UnicodeDecodeError and
/// UnicodeEncodeError, both UnicodeError subclasses (carrying only a message in mt).
fn unicode_error_class(name: &str) -> &'static Arc<Class> {
    static DECODE: OnceLock<Arc<Class>> = OnceLock::new();
    static ENCODE: OnceLock<Arc<Class>> = OnceLock::new();
    let (cell, name) = if name == "UnicodeEncodeError" {
        (&ENCODE, "UnicodeEncodeError")
    } else {
        (&DECODE, "UnicodeDecodeError")
    };
    cell.get_or_init(|| exception_class(name, "builtins", vec![exc_class("UnicodeError").clone()]))
}

fn exception_class(name: &str, module: &str, bases: Vec<Arc<Class>>) -> Arc<Class> {
    let mro = c3_mro(&bases).unwrap_or_default();
    Arc::new(Class {
        name: new_str(name),
        qualname: name.to_string(),
        module: module.to_string(),
        bases,
        mro,
        dict: Dict::new(),
        layout: Layout::Exception,
        attr_flags: Default::default(),
        slots: None,
        subclasses: Default::default(),
    })
}

/// An OSError of CPython's errno-specific subclass, with the file name attached.
fn os_error(e: &std::io::Error, filename: Option<&str>) -> Value {
    let v = crate::vm::error::os_error(e);
    if let (Some(name), Some(d)) = (filename, exc_data(&v)) {
        d.lock().obj = Some(Value::str(name));
    }
    v
}

// ------------------------------------------------------------------ flushing at exit

/// Files opened for writing, flushed when the process exits (CPython flushes open files at
/// shutdown; mt's objects may never be collected).
fn writers() -> &'static Mutex<Vec<Weak<Object>>> {
    static W: OnceLock<Mutex<Vec<Weak<Object>>>> = OnceLock::new();
    W.get_or_init(|| {
        // SAFETY: `atexit` only records the address of a plain `extern "C" fn()` that lives
        // for the whole program.
        unsafe {
            libc::atexit(flush_all_at_exit);
        }
        Mutex::new(Vec::new())
    })
}

extern "C" fn flush_all_at_exit() {
    let Some(list) = writers().try_lock_for(std::time::Duration::from_millis(100)) else {
        return;
    };
    for w in list.iter() {
        if let Some(obj) = w.upgrade() {
            if let ObjKind::File(m) = &obj.kind {
                if let Some(mut st) = m.try_lock_for(std::time::Duration::from_millis(100)) {
                    let _ = flush_writes(&mut st);
                }
            }
        }
    }
}

fn register_writer(v: &Value) {
    if let Value::Object(o) = v {
        let mut list = writers().lock();
        if list.len() >= 64 && list.len().is_power_of_two() {
            list.retain(|w| w.strong_count() > 0);
        }
        list.push(Arc::downgrade(o));
    }
}

impl Drop for FileState {
    fn drop(&mut self) {
        let _ = flush_writes(self);
    }
}

// ------------------------------------------------------------------ open()

pub fn open(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = bind(
        "open",
        a,
        kw,
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
    )?;
    let file = p[0].clone().unwrap_or(Value::None);
    let path = match &file {
        Value::Str(s) => s.as_str().to_string(),
        Value::Instance(_) => match vm.call_special(&file, &new_str("__fspath__"), &[])? {
            Some(Value::Str(s)) => s.as_str().to_string(),
            _ => {
                return type_error(format!(
                    "expected str, bytes or os.PathLike object, not {}",
                    type_name(&file)
                ))
            }
        },
        other => {
            return type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                type_name(other)
            ))
        }
    };
    let mode = match &p[1] {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return type_error(format!(
                "open() argument 'mode' must be str, not {}",
                type_name(other)
            ))
        }
    };
    let buffering = match &p[2] {
        None => -1,
        Some(v) => vm.to_index(v)?,
    };
    let opt_str = |name: &str, v: &Option<Value>| -> PyResult<Option<String>> {
        match v {
            None | Some(Value::None) => Ok(None),
            Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
            Some(other) => type_error(format!(
                "open() argument '{name}' must be str or None, not {}",
                type_name(other)
            )),
        }
    };
    let encoding = opt_str("encoding", &p[3])?;
    let errors = opt_str("errors", &p[4])?;
    let newline = opt_str("newline", &p[5])?;
    if let Some(cf) = &p[6] {
        if !vm.truthy(cf)? {
            return value_error("Cannot use closefd=False with file name");
        }
    }
    if p[7].as_ref().is_some_and(|o| !o.is_none()) {
        return value_error("opener is not supported by mt");
    }

    // Mode, as CPython's _io.open checks it.
    let mut seen = std::collections::HashSet::new();
    for c in mode.chars() {
        if !"axrwb+t".contains(c) || !seen.insert(c) {
            return value_error(format!("invalid mode: '{mode}'"));
        }
    }
    let has = |c: char| seen.contains(&c);
    if has('t') && has('b') {
        return value_error("can't have text and binary mode at once");
    }
    let kinds = ['x', 'r', 'w', 'a'].iter().filter(|c| has(**c)).count();
    if kinds > 1 {
        return value_error("must have exactly one of create/read/write/append mode");
    }
    if kinds == 0 {
        return value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        );
    }
    if has('b') {
        return value_error("binary mode is not supported by mt");
    }
    if buffering == 0 {
        return value_error("can't have unbuffered text I/O");
    }
    let newline = match newline.as_deref() {
        None => Newline::Universal,
        Some("") => Newline::Any,
        Some("\n") => Newline::Lf,
        Some("\r") => Newline::Cr,
        Some("\r\n") => Newline::CrLf,
        Some(other) => return value_error(format!("illegal newline value: {other}")),
    };
    if path.contains('\0') {
        return value_error("embedded null byte");
    }

    let plus = has('+');
    let mut opts = std::fs::OpenOptions::new();
    let (readable, writable) = match mode.chars().find(|c| "xrwa".contains(*c)) {
        Some('r') => {
            opts.read(true).write(plus);
            (true, plus)
        }
        Some('w') => {
            opts.write(true).create(true).truncate(true).read(plus);
            (plus, true)
        }
        Some('x') => {
            opts.write(true).create_new(true).read(plus);
            (plus, true)
        }
        _ => {
            opts.append(true).create(true).read(plus);
            (plus, true)
        }
    };
    let appending = has('a');
    let opened = without_gil(vm, || -> std::io::Result<std::fs::File> {
        let mut f = opts.open(&path)?;
        if f.metadata()?.is_dir() {
            return Err(std::io::Error::from_raw_os_error(libc::EISDIR));
        }
        if appending {
            f.seek(SeekFrom::End(0))?;
        }
        Ok(f)
    });
    let f = opened.map_err(|e| os_error(&e, Some(&path)))?;

    let encoding = match encoding.as_deref() {
        None => Encoding::Utf8,
        Some(e) => match e.to_ascii_lowercase().replace('_', "-").as_str() {
            "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => Encoding::Utf8,
            "ascii" | "us-ascii" | "646" => Encoding::Ascii,
            "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" => {
                Encoding::Latin1
            }
            _ => return raise("LookupError", format!("unknown encoding: {e}")),
        },
    };
    let errors = match errors.as_deref() {
        None | Some("strict") => Errors::Strict,
        Some("replace") => Errors::Replace,
        Some("ignore") => Errors::Ignore,
        Some("backslashreplace") => Errors::BackslashReplace,
        Some("surrogateescape") => Errors::Replace,
        Some(other) => {
            return raise(
                "LookupError",
                format!("unknown error handler name '{other}'"),
            )
        }
    };
    let v = Value::object(ObjKind::File(Mutex::new(FileState {
        name: path,
        mode,
        file: Some(f),
        text: TextState {
            readable,
            writable,
            newline,
            encoding,
            errors,
            line_buffering: buffering == 1,
            buf: Vec::new(),
            pos: 0,
            eof: false,
            wbuf: Vec::new(),
        },
    })));
    if writable {
        register_writer(&v);
    }
    Ok(v)
}

// ------------------------------------------------------------------ low-level operations

fn state_of(v: &Value) -> PyResult<&Mutex<FileState>> {
    if let Value::Object(o) = v {
        if let ObjKind::File(m) = &o.kind {
            return Ok(m);
        }
    }
    type_error(format!(
        "descriptor requires a '_io.TextIOWrapper' object but received '{}'",
        type_name(v)
    ))
}

/// Runs `op` on the file's state with the GIL released.
fn with_io<T>(
    vm: &mut Vm,
    m: &Mutex<FileState>,
    op: impl FnOnce(&mut FileState) -> Res<T>,
) -> PyResult<T> {
    without_gil(vm, || {
        let mut st = m.lock();
        op(&mut st)
    })
    .map_err(fail_to_exc)
}

fn check_open(st: &FileState) -> Res<()> {
    if st.file.is_none() {
        return Err(Fail::Closed);
    }
    Ok(())
}

fn check_readable(st: &FileState) -> Res<()> {
    check_open(st)?;
    if !st.text.readable {
        return Err(Fail::Unsupported("not readable".into()));
    }
    Ok(())
}

fn check_writable(st: &FileState) -> Res<()> {
    check_open(st)?;
    if !st.text.writable {
        return Err(Fail::Unsupported("not writable".into()));
    }
    Ok(())
}

/// Writes out the pending encoded text.
fn flush_writes(st: &mut FileState) -> Res<()> {
    if st.text.wbuf.is_empty() {
        return Ok(());
    }
    let data = std::mem::take(&mut st.text.wbuf);
    match st.file.as_mut() {
        Some(f) => f.write_all(&data).map_err(Fail::Io),
        None => Ok(()),
    }
}

/// Reads more bytes into the read-ahead buffer; sets `eof` when there are none.
fn fill(st: &mut FileState) -> Res<()> {
    flush_writes(st)?;
    let t = &mut st.text;
    if t.pos > 0 {
        t.buf.drain(..t.pos);
        t.pos = 0;
    }
    let Some(f) = st.file.as_mut() else {
        return Err(Fail::Closed);
    };
    let old = t.buf.len();
    t.buf.resize(old + CHUNK, 0);
    let n = loop {
        match f.read(&mut t.buf[old..]) {
            Ok(n) => break n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                t.buf.truncate(old);
                return Err(Fail::Io(e));
            }
        }
    };
    t.buf.truncate(old + n);
    if n == 0 {
        t.eof = true;
    }
    Ok(())
}

fn utf8_len(b: u8) -> usize {
    match b {
        0x00..=0x7f => 1,
        0xc0..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf7 => 4,
        _ => 1,
    }
}

/// Decodes bytes with the file's encoding and error handler.
fn decode(bytes: &[u8], enc: Encoding, errors: Errors) -> Res<String> {
    match enc {
        Encoding::Latin1 => Ok(bytes.iter().map(|b| *b as char).collect()),
        Encoding::Ascii => {
            let mut out = String::with_capacity(bytes.len());
            for (i, &b) in bytes.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    match errors {
                        Errors::Strict => {
                            return Err(Fail::Decode(format!(
                                "'ascii' codec can't decode byte 0x{b:02x} in position {i}: ordinal not in range(128)"
                            )))
                        }
                        Errors::Replace => out.push('\u{fffd}'),
                        Errors::Ignore => {}
                        Errors::BackslashReplace => out.push_str(&format!("\\x{b:02x}")),
                    }
                }
            }
            Ok(out)
        }
        Encoding::Utf8 => {
            let mut out = String::with_capacity(bytes.len());
            let mut rest = bytes;
            let mut offset = 0usize;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        return Ok(out);
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                        let bad_len = e.error_len().unwrap_or(rest.len() - good).max(1);
                        let bad = &rest[good..good + bad_len];
                        match errors {
                            Errors::Strict => {
                                let b = bad[0];
                                let pos = offset + good;
                                let reason = if e.error_len().is_none() {
                                    "unexpected end of data"
                                } else if utf8_len(b) == 1 && b >= 0x80 {
                                    "invalid start byte"
                                } else {
                                    "invalid continuation byte"
                                };
                                return Err(Fail::Decode(format!(
                                    "'utf-8' codec can't decode byte 0x{b:02x} in position {pos}: {reason}"
                                )));
                            }
                            Errors::Replace => out.push('\u{fffd}'),
                            Errors::Ignore => {}
                            Errors::BackslashReplace => {
                                for b in bad {
                                    out.push_str(&format!("\\x{b:02x}"));
                                }
                            }
                        }
                        offset += good + bad_len;
                        rest = &rest[good + bad_len..];
                    }
                }
            }
        }
    }
}

/// Encodes text with the file's encoding, newline translation and error handler.
fn encode(t: &TextState, s: &str) -> Res<Vec<u8>> {
    let translated;
    let s = match t.newline {
        Newline::Cr if s.contains('\n') => {
            translated = s.replace('\n', "\r");
            translated.as_str()
        }
        Newline::CrLf if s.contains('\n') => {
            translated = s.replace('\n', "\r\n");
            translated.as_str()
        }
        _ => s,
    };
    let limit = match t.encoding {
        Encoding::Utf8 => return Ok(s.as_bytes().to_vec()),
        Encoding::Ascii => 0x80u32,
        Encoding::Latin1 => 0x100u32,
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            continue;
        }
        match t.errors {
            Errors::Strict => {
                return Err(Fail::Encode(format!(
                    "'{}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})",
                    t.encoding.codec(),
                    escape_char(c)
                )))
            }
            Errors::Replace => out.push(b'?'),
            Errors::Ignore => {}
            Errors::BackslashReplace => out.extend_from_slice(escape_char(c).as_bytes()),
        }
    }
    Ok(out)
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`, as codec error messages show a character.
fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

fn translate(t: &TextState, s: String) -> String {
    if t.newline == Newline::Universal && s.contains('\r') {
        s.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        s
    }
}

/// Reads up to `max` characters, stopping after a line end when `line` is set: the core of
/// `read(n)`, `readline()` and iteration. Scans the raw bytes (line ends are single bytes in
/// every supported encoding) and decodes what it takes.
fn read_chars(st: &mut FileState, max: usize, line: bool) -> Res<String> {
    st.text.eof = false;
    let mut out = String::new();
    let mut count = 0usize;
    loop {
        let (start, mut i) = (st.text.pos, st.text.pos);
        let mut need_more = false;
        let mut done = false;
        {
            let t = &st.text;
            let end = t.buf.len();
            while i < end {
                if count >= max {
                    done = true;
                    break;
                }
                let b = t.buf[i];
                if b == b'\r' && t.newline != Newline::Lf {
                    let next = t.buf.get(i + 1).copied();
                    if next.is_none() && !t.eof && t.newline != Newline::Cr {
                        need_more = true;
                        break;
                    }
                    let crlf = next == Some(b'\n');
                    match t.newline {
                        Newline::Universal => {
                            i += if crlf { 2 } else { 1 };
                            count += 1;
                            if line {
                                done = true;
                                break;
                            }
                        }
                        Newline::Any => {
                            if crlf && line && count + 2 <= max {
                                i += 2;
                                count += 2;
                            } else {
                                i += 1;
                                count += 1;
                            }
                            if line {
                                done = true;
                                break;
                            }
                        }
                        Newline::Cr => {
                            i += 1;
                            count += 1;
                            if line {
                                done = true;
                                break;
                            }
                        }
                        _ => {
                            // CrLf: only the pair ends a line.
                            if crlf && count + 2 <= max {
                                i += 2;
                                count += 2;
                                if line {
                                    done = true;
                                    break;
                                }
                            } else {
                                i += 1;
                                count += 1;
                            }
                        }
                    }
                    continue;
                }
                if b == b'\n'
                    && matches!(t.newline, Newline::Universal | Newline::Any | Newline::Lf)
                {
                    i += 1;
                    count += 1;
                    if line {
                        done = true;
                        break;
                    }
                    continue;
                }
                let l = if t.encoding == Encoding::Utf8 {
                    utf8_len(b)
                } else {
                    1
                };
                if i + l > end {
                    if !t.eof {
                        need_more = true;
                        break;
                    }
                    i = end;
                } else {
                    i += l;
                }
                count += 1;
            }
        }
        if i > start {
            let s = decode(&st.text.buf[start..i], st.text.encoding, st.text.errors)?;
            out.push_str(&translate(&st.text, s));
            st.text.pos = i;
        }
        if done || count >= max {
            return Ok(out);
        }
        if st.text.eof && !need_more {
            return Ok(out);
        }
        if st.text.eof {
            // A partial character or lone '\r' at end of file: take it as is.
            let rest = st.text.buf[st.text.pos..].to_vec();
            st.text.pos = st.text.buf.len();
            let s = decode(&rest, st.text.encoding, st.text.errors)?;
            out.push_str(&translate(&st.text, s));
            return Ok(out);
        }
        fill(st)?;
    }
}

/// `read()` of everything left.
fn read_all(st: &mut FileState) -> Res<String> {
    flush_writes(st)?;
    let mut data = st.text.buf.split_off(st.text.pos);
    st.text.buf.clear();
    st.text.pos = 0;
    let Some(f) = st.file.as_mut() else {
        return Err(Fail::Closed);
    };
    f.read_to_end(&mut data).map_err(Fail::Io)?;
    let s = decode(&data, st.text.encoding, st.text.errors)?;
    Ok(translate(&st.text, s))
}

/// A complete line already in the read-ahead buffer, without any OS call (the fast path of
/// iteration and `readline()`); None when more bytes are needed.
fn buffered_line(st: &mut FileState) -> Option<Res<String>> {
    let t = &st.text;
    if st.file.is_none() || !t.readable || t.newline != Newline::Universal {
        return None;
    }
    let rest = &t.buf[t.pos..];
    let idx = rest.iter().position(|b| *b == b'\n' || *b == b'\r')?;
    let mut end = idx + 1;
    if rest[idx] == b'\r' {
        match rest.get(idx + 1) {
            None => return None,
            Some(b'\n') => end += 1,
            Some(_) => {}
        }
    }
    let r = decode(&rest[..end], t.encoding, t.errors).map(|s| translate(t, s));
    if r.is_ok() {
        st.text.pos += end;
    }
    Some(r)
}

/// Methods take the file as their first argument; an unbound call may omit it.
fn need_self(a: &[Value]) -> PyResult<()> {
    if a.is_empty() {
        return type_error("descriptor of '_io.TextIOWrapper' object needs an argument");
    }
    Ok(())
}

fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => {
            let n = vm.to_index(v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
    }
}

fn readline_impl(vm: &mut Vm, file: &Value, limit: Option<usize>) -> PyResult<String> {
    let m = state_of(file)?;
    if limit.is_none() {
        if let Some(mut st) = m.try_lock() {
            if let Some(r) = buffered_line(&mut st) {
                return r.map_err(fail_to_exc);
            }
        }
    }
    with_io(vm, m, |st| {
        check_readable(st)?;
        read_chars(st, limit.unwrap_or(usize::MAX), true)
    })
}

// ------------------------------------------------------------------ methods

fn read(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    let p = bind("read", &a[1..], kw, &["size"], 0)?;
    let size = size_arg(vm, p[0].as_ref())?;
    let m = state_of(&a[0])?;
    let s = with_io(vm, m, |st| {
        check_readable(st)?;
        match size {
            None => read_all(st),
            Some(n) => read_chars(st, n, false),
        }
    })?;
    Ok(Value::string(s))
}

fn readline(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    let p = bind("readline", &a[1..], kw, &["size"], 0)?;
    let limit = size_arg(vm, p[0].as_ref())?;
    Ok(Value::string(readline_impl(vm, &a[0], limit)?))
}

fn readlines(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    let p = bind("readlines", &a[1..], kw, &["hint"], 0)?;
    let hint = size_arg(vm, p[0].as_ref())?.filter(|h| *h > 0);
    let mut lines = Vec::new();
    let mut total = 0usize;
    loop {
        let line = readline_impl(vm, &a[0], None)?;
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        lines.push(Value::string(line));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

/// Appends encoded text; flushes when the buffer is large or line buffering asks for it.
fn write_str(vm: &mut Vm, file: &Value, s: &str) -> PyResult<()> {
    let m = state_of(file)?;
    let needs_flush = |st: &FileState, s: &str| {
        st.text.wbuf.len() + s.len() >= CHUNK
            || (st.text.line_buffering && (s.contains('\n') || s.contains('\r')))
            || !st.text.buf.is_empty()
    };
    if let Some(mut st) = m.try_lock() {
        if st.file.is_some() && st.text.writable && !needs_flush(&st, s) {
            let bytes = encode(&st.text, s).map_err(fail_to_exc)?;
            st.text.wbuf.extend_from_slice(&bytes);
            return Ok(());
        }
    }
    with_io(vm, m, |st| {
        check_writable(st)?;
        let bytes = encode(&st.text, s)?;
        // Like CPython's TextIOWrapper, a write drops the read-ahead and lands at the OS
        // position, after the chunk already read.
        st.text.buf.clear();
        st.text.pos = 0;
        let flush_now = st.text.line_buffering && (s.contains('\n') || s.contains('\r'));
        st.text.wbuf.extend_from_slice(&bytes);
        if flush_now || st.text.wbuf.len() >= CHUNK {
            flush_writes(st)?;
        }
        Ok(())
    })
}

fn write(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    crate::builtins::args::arity("write", &a[1..], kw, 1, 1)?;
    let Some(s) = a[1].as_pystr() else {
        // A closed file reports that first, as CPython does.
        with_io(vm, state_of(&a[0])?, |st| check_open(st))?;
        return type_error(format!(
            "write() argument must be str, not {}",
            type_name(&a[1])
        ));
    };
    write_str(vm, &a[0], s.as_str())?;
    Ok(Value::Int(s.char_len() as i64))
}

fn writelines(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    crate::builtins::args::arity("writelines", &a[1..], kw, 1, 1)?;
    with_io(vm, state_of(&a[0])?, |st| check_open(st))?;
    let it = vm.iter(&a[1])?;
    while let Some(line) = vm.next(&it)? {
        let Some(s) = line.as_pystr() else {
            return type_error(format!(
                "write() argument must be str, not {}",
                type_name(&line)
            ));
        };
        write_str(vm, &a[0], s.as_str())?;
    }
    Ok(Value::None)
}

fn flush(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    with_io(vm, state_of(&a[0])?, |st| {
        check_open(st)?;
        flush_writes(st)?;
        if let Some(f) = st.file.as_mut() {
            f.flush().map_err(Fail::Io)?;
        }
        Ok(())
    })?;
    Ok(Value::None)
}

fn close(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    with_io(vm, state_of(&a[0])?, |st| {
        if st.file.is_none() {
            return Ok(());
        }
        let r = flush_writes(st);
        st.file = None;
        st.text.buf = Vec::new();
        st.text.pos = 0;
        r
    })?;
    Ok(Value::None)
}

fn tell_pos(st: &mut FileState) -> Res<u64> {
    check_open(st)?;
    flush_writes(st)?;
    let unread = (st.text.buf.len() - st.text.pos) as u64;
    let Some(f) = st.file.as_mut() else {
        return Err(Fail::Closed);
    };
    let p = f.stream_position().map_err(Fail::Io)?;
    Ok(p.saturating_sub(unread))
}

fn tell(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    let p = with_io(vm, state_of(&a[0])?, tell_pos)?;
    Ok(Value::Int(p as i64))
}

fn seek(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    crate::builtins::args::arity("seek", &a[1..], kw, 1, 2)?;
    let cookie = vm.to_index(&a[1])?;
    let whence = match a.get(2) {
        Some(w) => vm.to_index(w)?,
        None => 0,
    };
    let p = with_io(vm, state_of(&a[0])?, |st| {
        check_open(st)?;
        let target = match whence {
            0 => {
                if cookie < 0 {
                    return Err(Fail::Value(format!("negative seek position {cookie}")));
                }
                SeekFrom::Start(cookie as u64)
            }
            1 => {
                if cookie != 0 {
                    return Err(Fail::Unsupported(
                        "can't do nonzero cur-relative seeks".into(),
                    ));
                }
                SeekFrom::Start(tell_pos(st)?)
            }
            2 => {
                if cookie != 0 {
                    return Err(Fail::Unsupported(
                        "can't do nonzero end-relative seeks".into(),
                    ));
                }
                SeekFrom::End(0)
            }
            w => {
                return Err(Fail::Value(format!(
                    "invalid whence ({w}, should be 0, 1 or 2)"
                )))
            }
        };
        flush_writes(st)?;
        st.text.buf.clear();
        st.text.pos = 0;
        let Some(f) = st.file.as_mut() else {
            return Err(Fail::Closed);
        };
        f.seek(target).map_err(Fail::Io)
    })?;
    Ok(Value::Int(p as i64))
}

fn truncate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    crate::builtins::args::arity("truncate", &a[1..], kw, 0, 1)?;
    let size = size_arg(vm, a.get(1))?;
    let n = with_io(vm, state_of(&a[0])?, |st| {
        check_writable(st)?;
        flush_writes(st)?;
        let Some(f) = st.file.as_mut() else {
            return Err(Fail::Closed);
        };
        // As CPython: the buffered layer's position, i.e. after any read-ahead.
        let size = match size {
            Some(n) => n as u64,
            None => f.stream_position().map_err(Fail::Io)?,
        };
        f.set_len(size).map_err(Fail::Io)?;
        Ok(size)
    })?;
    Ok(Value::Int(n as i64))
}

fn readable(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    let r = with_io(vm, state_of(&a[0])?, |st| {
        check_open(st)?;
        Ok(st.text.readable)
    })?;
    Ok(Value::Bool(r))
}

fn writable(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    let r = with_io(vm, state_of(&a[0])?, |st| {
        check_open(st)?;
        Ok(st.text.writable)
    })?;
    Ok(Value::Bool(r))
}

fn seekable(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    with_io(vm, state_of(&a[0])?, |st| check_open(st))?;
    Ok(Value::Bool(true))
}

fn isatty(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    use std::io::IsTerminal;
    let r = with_io(vm, state_of(&a[0])?, |st| match st.file.as_ref() {
        Some(f) => Ok(f.is_terminal()),
        None => Err(Fail::Closed),
    })?;
    Ok(Value::Bool(r))
}

fn fileno(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    use std::os::fd::AsRawFd;
    let r = with_io(vm, state_of(&a[0])?, |st| match st.file.as_ref() {
        Some(f) => Ok(f.as_raw_fd()),
        None => Err(Fail::Closed),
    })?;
    Ok(Value::Int(r as i64))
}

fn enter(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    with_io(vm, state_of(&a[0])?, |st| check_open(st))?;
    Ok(a[0].clone())
}

fn exit(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    close(vm, &a[..1], &[])?;
    Ok(Value::None)
}

fn iter(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    with_io(vm, state_of(&a[0])?, |st| check_open(st))?;
    Ok(a[0].clone())
}

fn next(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    need_self(a)?;
    match next_line(vm, &a[0])? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(Value::None)),
    }
}

/// The next line for iteration (`for line in f`), or None at end of file.
pub fn next_line(vm: &mut Vm, f: &Value) -> PyResult<Option<Value>> {
    let line = readline_impl(vm, f, None)?;
    if line.is_empty() {
        return Ok(None);
    }
    Ok(Some(Value::string(line)))
}
