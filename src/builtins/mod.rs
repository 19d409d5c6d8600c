//! The `builtins` module: builtin functions (one small native each, CPython's names, signatures
//! and messages), the built-in types, constants, and the exception classes.

pub mod args;
pub mod convert;
pub mod exception_group;
pub mod exceptions;
pub mod exec_eval;
pub mod generic_alias;
pub mod iterators;
pub mod print;
pub mod timsort;
pub mod types;
pub mod union_type;

use crate::objects::class::Layout;
use crate::objects::names::names;
use crate::objects::numfmt;
use crate::objects::{new_str, Builtin, Class, Dict, ObjKind, Value};
use crate::vm::error::*;
use crate::vm::protocol::{class_of, type_name};
use crate::vm::{KwArgs, PyResult, Vm};
use args::{arity, bind};
use std::sync::Arc;
use types::types;

/// Escapes non-ASCII characters in a repr, as `ascii()` does.
pub fn ascii_of(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

/// Builds the builtins namespace.
pub fn make_builtins() -> Arc<Dict> {
    let d = Arc::new(Dict::new());
    let t = types();
    let add = |name: &'static str, f: crate::objects::function::NativeFn| {
        d.set_str(new_str(name), Builtin::function(name, f));
    };
    add("print", print::print);
    add("input", print::input);
    add("len", len);
    add("repr", repr);
    add("ascii", ascii);
    add("id", id);
    add("hash", hash);
    add("abs", abs);
    add("divmod", divmod);
    add("pow", pow);
    add("round", convert::round);
    add("chr", chr);
    add("ord", ord);
    add("hex", hex);
    add("oct", oct);
    add("bin", bin);
    add("format", format);
    add("isinstance", isinstance);
    add("issubclass", issubclass);
    add("getattr", getattr);
    add("setattr", setattr);
    add("hasattr", hasattr);
    add("delattr", delattr);
    add("callable", callable);
    d.set_str(new_str("vars"), Builtin::frame_function("vars", vars));
    d.set_str(new_str("dir"), Builtin::frame_function("dir", dir));
    d.set_str(
        new_str("globals"),
        Builtin::frame_function("globals", globals),
    );
    d.set_str(new_str("locals"), Builtin::frame_function("locals", locals));
    d.set_str(
        new_str("eval"),
        Builtin::frame_function("eval", exec_eval::eval),
    );
    d.set_str(
        new_str("exec"),
        Builtin::frame_function("exec", exec_eval::exec),
    );
    add("compile", exec_eval::compile);
    add("exit", exit);
    add("quit", exit);
    add("iter", iterators::iter);
    add("next", iterators::next);
    for name in ["enumerate", "zip", "map", "filter", "reversed"] {
        d.set_str(new_str(name), Value::Class(t.iterators[name].clone()));
    }
    add("sorted", iterators::sorted);
    add("min", iterators::min);
    add("max", iterators::max);
    add("sum", iterators::sum);
    add("any", iterators::any);
    add("all", iterators::all);
    add("open", crate::objects::methods::file::open);
    add("__import__", import);
    let classes: [(&str, &Arc<Class>); 18] = [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool),
        ("float", &t.float),
        ("str", &t.str),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("property", &t.property),
        ("staticmethod", &t.staticmethod),
        ("classmethod", &t.classmethod),
        ("super", &t.super_),
        ("BaseException", &t.exc["BaseException"]),
    ];
    for (name, c) in classes {
        d.set_str(new_str(name), Value::Class(c.clone()));
    }
    for (name, c) in &t.exc {
        d.set_str(new_str(*name), Value::Class(c.clone()));
    }
    for alias in ["EnvironmentError", "IOError"] {
        d.set_str(new_str(alias), Value::Class(t.exc["OSError"].clone()));
    }
    d.set_str(
        new_str("NotImplemented"),
        Value::object(ObjKind::NotImplemented),
    );
    d.set_str(new_str("Ellipsis"), Value::object(ObjKind::Ellipsis));
    d.set_str(new_str("__name__"), Value::str("builtins"));
    d.set_str(new_str("__debug__"), Value::Bool(true));
    d
}

fn len(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("len", a, kw, 1, 1)?;
    Ok(Value::Int(vm.len(&a[0])? as i64))
}

fn repr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("repr", a, kw, 1, 1)?;
    Ok(Value::string(vm.repr(&a[0])?))
}

fn ascii(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("ascii", a, kw, 1, 1)?;
    Ok(Value::string(ascii_of(&vm.repr(&a[0])?)))
}

fn id(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("id", a, kw, 1, 1)?;
    Ok(Value::Int(a[0].id() as i64))
}

fn hash(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("hash", a, kw, 1, 1)?;
    Ok(Value::Int(vm.hash(&a[0])?))
}

fn abs(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("abs", a, kw, 1, 1)?;
    match &a[0] {
        Value::Int(i) => Ok(match i.checked_abs() {
            Some(r) => Value::Int(r),
            None => Value::from_bigint(num_bigint::BigInt::from(*i).magnitude().clone().into()),
        }),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => Ok(Value::from_bigint(b.magnitude().clone().into())),
        Value::Float(f) => Ok(Value::Float(f.abs())),
        v => match vm.call_special(v, &names().abs, &[])? {
            Some(r) => Ok(r),
            None => type_error(format!("bad operand type for abs(): '{}'", type_name(v))),
        },
    }
}

fn divmod(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("divmod", a, kw, 2, 2)?;
    divmod_values(vm, &a[0], &a[1])
}

/// `divmod(x, y)`: `__divmod__`/`__rdivmod__` in the binary operators' order, else floor
/// division and modulo of the numbers (or of the numbers inside subclass instances).
fn divmod_values(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<Value> {
    use crate::syntax::ast::BinOp;
    if matches!(x, Value::Instance(_)) || matches!(y, Value::Instance(_)) {
        let (fwd, rev) = (new_str("__divmod__"), new_str("__rdivmod__"));
        let native = |vm: &mut Vm, x: &Value, y: &Value| divmod_values(vm, x, y).map(Some);
        if let Some(r) = vm.binary_dunders(x, y, &fwd, &rev, native)? {
            return Ok(r);
        }
        if let Some((nx, ny)) = crate::vm::ops::natives_of(x, y) {
            return divmod_values(vm, &nx, &ny);
        }
        return type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            type_name(x),
            type_name(y)
        ));
    }
    if let (Value::Float(_), _) | (_, Value::Float(_)) = (x, y) {
        if let (Ok(x), Ok(y)) = (args::float_arg(x), args::float_arg(y)) {
            if y == 0.0 {
                return zero_division("float divmod()");
            }
            return Ok(Value::tuple(vec![
                Value::Float(crate::vm::ops::float_floordiv(x, y)),
                Value::Float(crate::vm::ops::float_mod(x, y)),
            ]));
        }
    }
    let q = vm
        .binary(BinOp::FloorDiv, x, y)
        .map_err(|e| rename_op(e, "//", "divmod()"))?;
    let r = vm.binary(BinOp::Mod, x, y)?;
    Ok(Value::tuple(vec![q, r]))
}

fn rename_op(e: Value, sym: &str, with: &str) -> Value {
    if is_exc(&e, "TypeError") {
        if let Some(Value::Str(m)) = exc_args(&e).first() {
            let msg = m
                .as_str()
                .replace(&format!("for {sym}:"), &format!("for {with}:"));
            return exc("TypeError", msg);
        }
    }
    e
}

fn pow(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = bind("pow", a, kw, &["base", "exp", "mod"], 2)?;
    let (base, exp) = (
        p[0].clone().unwrap_or(Value::None),
        p[1].clone().unwrap_or(Value::None),
    );
    match &p[2] {
        None | Some(Value::None) => vm.binary(crate::syntax::ast::BinOp::Pow, &base, &exp),
        Some(m)
            if [&base, &exp, m]
                .iter()
                .any(|v| matches!(v, Value::Instance(_))) =>
        {
            // Three-argument pow calls only the base's `__pow__` (CPython's slot_nb_power).
            if let Some(r) = vm.call_special(&base, &names().pow, &[exp.clone(), m.clone()])? {
                if !crate::vm::protocol::is_not_implemented(&r) {
                    return Ok(r);
                }
            }
            type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                type_name(&base),
                type_name(&exp),
                type_name(m)
            ))
        }
        Some(m) => {
            use crate::vm::ops::to_big;
            use num_integer::Integer;
            use num_traits::{Signed, Zero};
            let (Some(b), Some(e), Some(m)) = (to_big(&base), to_big(&exp), to_big(m)) else {
                return type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                );
            };
            if m.is_zero() {
                return value_error("pow() 3rd argument cannot be 0");
            }
            let r = if e.is_negative() {
                // Modular inverse (3.8+).
                let g = b.extended_gcd(&m);
                if !g.gcd.abs().eq(&num_bigint::BigInt::from(1)) {
                    return value_error("base is not invertible for the given modulus");
                }
                let inv = g.x.mod_floor(&m);
                inv.modpow(&(-e), &m.abs())
            } else {
                b.modpow(&e, &m.abs())
            };
            let r = if m.is_negative() && !r.is_zero() {
                r + &m
            } else {
                r.mod_floor(&m)
            };
            Ok(Value::from_bigint(r))
        }
    }
}

fn chr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("chr", a, kw, 1, 1)?;
    // CPython's argument is a C int.
    let i = match vm.number_index(&a[0])? {
        Value::Int(i) if i32::try_from(i).is_ok() => i,
        _ => return overflow_error("Python int too large to convert to C int"),
    };
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::Str(crate::vm::protocol::char_str(c))),
        None => value_error("chr() arg not in range(0x110000)"),
    }
}

fn ord(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("ord", a, kw, 1, 1)?;
    match a[0].as_pystr() {
        Some(s) => {
            if s.char_len() != 1 {
                return type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                ));
            }
            Ok(Value::Int(s.char_at(0) as i64))
        }
        None => type_error(format!(
            "ord() expected string of length 1, but {} found",
            type_name(&a[0])
        )),
    }
}

fn base_conv(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, base: u32) -> PyResult<Value> {
    arity(name, a, kw, 1, 1)?;
    let b = match &a[0] {
        Value::BigInt(b) => (**b).clone(),
        v => num_bigint::BigInt::from(vm.to_index(v)?),
    };
    Ok(Value::string(numfmt::int_to_base(&b, base)))
}

fn hex(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    base_conv(vm, a, kw, "hex", 16)
}
fn oct(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    base_conv(vm, a, kw, "oct", 8)
}
fn bin(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    base_conv(vm, a, kw, "bin", 2)
}

fn format(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("format", a, kw, 1, 2)?;
    let spec = match a.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(v) => {
            return type_error(format!(
                "format() argument 2 must be str, not {}",
                type_name(v)
            ))
        }
        None => String::new(),
    };
    Ok(Value::string(vm.format(&a[0], &spec)?))
}

/// isinstance's class test, accepting nested tuples.
pub fn is_instance(v: &Value, cls: &Value, fname: &str) -> PyResult<bool> {
    match cls {
        Value::Class(c) => Ok(class_of(v).is_subclass(c)),
        Value::Tuple(t) => {
            for c in t.items.iter() {
                if is_instance(v, c, fname)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ if generic_alias::is_alias(cls) => Err(generic_alias::isinstance_error(fname)),
        _ => match union_type::members(cls) {
            Some(members) => {
                for c in &members {
                    if is_instance(v, c, fname)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            None => type_error(format!(
                "{fname}() arg 2 must be a type, a tuple of types, or a union"
            )),
        },
    }
}

fn isinstance(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("isinstance", a, kw, 2, 2)?;
    Ok(Value::Bool(is_instance(&a[0], &a[1], "isinstance")?))
}

fn issubclass(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("issubclass", a, kw, 2, 2)?;
    let Value::Class(c) = &a[0] else {
        return type_error("issubclass() arg 1 must be a class");
    };
    fn check(c: &Arc<Class>, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Class(k) => Ok(c.is_subclass(k)),
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    if check(c, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => match union_type::members(cls) {
                Some(members) => {
                    for x in &members {
                        if check(c, x)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
                None => {
                    type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union")
                }
            },
        }
    }
    let _ = vm;
    Ok(Value::Bool(check(c, &a[1])?))
}

fn attr_name(v: &Value) -> PyResult<&crate::objects::Str> {
    match v.as_pystr() {
        Some(s) => Ok(s),
        None => type_error(format!(
            "attribute name must be string, not '{}'",
            type_name(v)
        )),
    }
}

fn getattr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("getattr", a, kw, 2, 3)?;
    let name = attr_name(&a[1])?;
    match vm.getattr(&a[0], name) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 3 && is_exc(&e, "AttributeError") => Ok(a[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("setattr", a, kw, 3, 3)?;
    let name = attr_name(&a[1])?.clone();
    vm.setattr(&a[0], &name, a[2].clone())?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("hasattr", a, kw, 2, 2)?;
    let name = attr_name(&a[1])?;
    match vm.getattr(&a[0], name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if is_exc(&e, "AttributeError") => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn delattr(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("delattr", a, kw, 2, 2)?;
    let name = attr_name(&a[1])?.clone();
    vm.delattr(&a[0], &name)?;
    Ok(Value::None)
}

pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Class(_) => true,
        Value::Instance(i) => i.class.lookup(&names().call).is_some(),
        // A staticmethod is callable since 3.10; a classmethod is not.
        Value::Object(o) => matches!(
            o.kind,
            ObjKind::BoundMethod { .. } | ObjKind::StaticMethod(_)
        ),
        _ => false,
    }
}

fn callable(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("callable", a, kw, 1, 1)?;
    Ok(Value::Bool(is_callable(&a[0])))
}

fn vars(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("vars", a, kw, 0, 1)?;
    if a.is_empty() {
        return locals(vm, a, kw);
    }
    match vm.getattr_opt(&a[0], &names().dict)? {
        Some(d) => Ok(d),
        None => type_error("vars() argument must have __dict__ attribute"),
    }
}

fn dir(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("dir", a, kw, 0, 1)?;
    let Some(v) = a.first() else {
        // Without an argument, the names of the current local scope, as CPython.
        let mut out: Vec<String> = Vec::new();
        if let Value::Dict(d) = locals(vm, &[], kw)? {
            add_names(&d, &mut out);
        }
        return Ok(sorted_names(out));
    };
    if let Value::Instance(i) = v {
        // A class's own `__dir__` decides; dir() sorts what it returns.
        if let Some(f @ Value::Function(_)) = vm.cls_lookup(&i.class, &new_str("__dir__")) {
            let listed = vm.call(&f, std::slice::from_ref(v), &[])?;
            let mut items = vm.to_vec(&listed)?;
            iterators::sort_values(vm, &mut items, None, false)?;
            return Ok(Value::list(items));
        }
    }
    Ok(attribute_names(v))
}

fn add_names(d: &Dict, out: &mut Vec<String>) {
    for k in d.keys() {
        if let Value::Str(s) = k {
            out.push(s.as_str().to_string());
        }
    }
}

fn sorted_names(mut out: Vec<String>) -> Value {
    out.sort();
    out.dedup();
    Value::list(out.into_iter().map(Value::string).collect())
}

/// The names `dir(v)` lists, sorted: the instance's own, its class's and their bases', and
/// those the value computes (`object.__dir__`).
pub fn attribute_names(v: &Value) -> Value {
    let mut out: Vec<String> = Vec::new();
    let add_class = |c: &Arc<Class>, out: &mut Vec<String>| {
        for k in std::iter::once(c).chain(c.mro.iter()) {
            add_names(&k.dict, out);
            // What CPython's type_new adds to a user class's dict.
            if k.module != "builtins" && matches!(k.layout, Layout::Object | Layout::Exception) {
                match &k.slots {
                    None => out.extend(["__dict__".into(), "__weakref__".into()]),
                    Some(slots) => out.extend(slots.iter().map(|s| s.as_str().to_string())),
                }
            }
        }
    };
    out.extend(computed_attrs(v).iter().map(|n| n.to_string()));
    if !matches!(v, Value::Object(o) if matches!(o.kind, ObjKind::Module(_))) {
        // A descriptor of `object` in CPython, computed by getattr in mt.
        out.push("__class__".into());
    }
    match v {
        Value::Instance(i) => {
            add_names(&i.attrs, &mut out);
            add_class(&i.class, &mut out);
            if i.exc.is_some() {
                // BaseException's fields, which getattr computes.
                out.extend(
                    [
                        "args",
                        "__cause__",
                        "__context__",
                        "__suppress_context__",
                        "__traceback__",
                        "__dict__",
                    ]
                    .map(String::from),
                );
            }
            if let Some(native) = &i.native {
                out.extend(computed_attrs(native).iter().map(|n| n.to_string()));
            }
        }
        Value::Function(f) => {
            add_class(class_of(v), &mut out);
            add_names(&f.dict, &mut out);
        }
        Value::Class(c) => add_class(c, &mut out),
        Value::Object(o) => match &o.kind {
            ObjKind::Module(m) => add_names(&m.dict, &mut out),
            _ => add_class(class_of(v), &mut out),
        },
        _ => add_class(class_of(v), &mut out),
    }
    sorted_names(out)
}

/// The attributes a built-in value computes in `getattr` rather than keeps in its class's
/// dict, which `dir()` (and so "Did you mean") must list too.
fn computed_attrs(v: &Value) -> &'static [&'static str] {
    match v {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            &["real", "imag", "numerator", "denominator"]
        }
        Value::Float(_) => &["real", "imag"],
        Value::Function(_) => &[
            "__name__",
            "__qualname__",
            "__module__",
            "__doc__",
            "__defaults__",
            "__kwdefaults__",
            "__dict__",
        ],
        Value::Builtin(_) => &["__name__", "__qualname__", "__self__"],
        Value::Object(o) => match &o.kind {
            ObjKind::Range { .. } | ObjKind::BigRange(_) | ObjKind::Slice(..) => {
                &["start", "stop", "step"]
            }
            _ => &[],
        },
        _ => &[],
    }
}

fn globals(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("globals", a, kw, 0, 0)?;
    match vm.frames.last() {
        Some(f) => Ok(Value::Dict(f.globals.clone())),
        None => Ok(Value::Dict(Arc::new(Dict::new()))),
    }
}

fn locals(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("locals", a, kw, 0, 0)?;
    let Some(f) = vm.frames.last() else {
        return Ok(Value::Dict(Arc::new(Dict::new())));
    };
    Ok(frame_locals(f))
}

/// A frame's local names as `locals()` shows them: the namespace of a module or class body,
/// else a new dict of the function's bound locals and cells.
pub fn frame_locals(f: &crate::vm::frame::Frame) -> Value {
    if let Some(d) = &f.locals_dict {
        return Value::Dict(d.clone());
    }
    if f.code.flags.uses_names {
        return Value::Dict(f.globals.clone());
    }
    let d = Dict::new();
    for (name, v) in f.code.varnames.iter().zip(f.fast.iter()) {
        if let Some(v) = v {
            d.set_str(name.clone(), v.clone());
        }
    }
    for (name, c) in f
        .code
        .cellvars
        .iter()
        .chain(f.code.freevars.iter())
        .zip(f.cells.iter())
    {
        if let Some(v) = c.get() {
            d.set_str(name.clone(), v);
        }
    }
    Value::Dict(Arc::new(d))
}

fn exit(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("exit", a, kw, 0, 1)?;
    Err(new_exception(exc_class("SystemExit").clone(), a.to_vec()))
}

fn import(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let Some(Value::Str(name)) = a.first() else {
        return type_error("__import__() argument 1 must be str");
    };
    vm.import_module(name.as_str())
}

/// Whether a class is one of mt's built-in value types (their instances are not `Instance`s).
pub fn is_builtin_layout(c: &Class) -> bool {
    c.layout == Layout::Builtin
}
