//! The object protocol: repr/str, hashing, equality, truth, len, iteration
//! and subscription, dispatching to built-in behaviour or to the user's dunder methods as
//! CPython's abstract object layer does.

use super::error::*;
use super::{KwArgs, PyResult, Vm};
use crate::builtins::types::types;
use crate::objects::bigrange::BigRange;
use crate::objects::dict::KeyOps;
use crate::objects::names::names;
use crate::objects::numfmt;
use crate::objects::object::{IterState, ViewKind};
use crate::objects::spin::SpinMutex;
use crate::objects::thread_local::LocalData;
use crate::objects::{new_str, Class, Dict, ObjKind, Str, Value};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::sync::Arc;

/// The class of a value.
pub fn class_of(v: &Value) -> &Arc<Class> {
    let t = types();
    match v {
        Value::None => &t.none,
        Value::Bool(_) => &t.bool,
        Value::Int(_) | Value::BigInt(_) => &t.int,
        Value::Float(_) => &t.float,
        Value::Str(_) => &t.str,
        Value::List(_) => &t.list,
        Value::Tuple(_) => &t.tuple,
        Value::Dict(_) => &t.dict,
        Value::Set(s) => {
            if s.frozen {
                &t.frozenset
            } else {
                &t.set
            }
        }
        Value::Function(_) => &t.function,
        Value::Class(_) => &t.type_,
        Value::Instance(i) => &i.class,
        Value::Builtin(_) => &t.builtin_function,
        Value::Object(o) => match &o.kind {
            ObjKind::Range { .. } | ObjKind::BigRange(_) => &t.range,
            ObjKind::Slice(..) => &t.slice,
            ObjKind::Iter(st) => t
                .iterators
                .get(iter_type_name(&st.lock()))
                .unwrap_or(&t.iterator),
            ObjKind::Generator(_) => &t.generator,
            ObjKind::Module(_) => &t.module,
            ObjKind::BoundMethod { .. } => &t.method,
            ObjKind::StaticMethod(_) => &t.staticmethod,
            ObjKind::ClassMethod(_) => &t.classmethod,
            ObjKind::Property { .. } => &t.property,
            ObjKind::Super { .. } => &t.super_,
            ObjKind::DictView(_, ViewKind::Keys) => &t.dict_keys,
            ObjKind::DictView(_, ViewKind::Values) => &t.dict_values,
            ObjKind::DictView(_, ViewKind::Items) => &t.dict_items,
            ObjKind::File(_) => &t.file,
            ObjKind::Cell(_) => &t.cell,
            ObjKind::Code(_) => &t.code,
            ObjKind::NotImplemented => &t.not_implemented,
            ObjKind::Ellipsis => &t.ellipsis,
            ObjKind::Native { class, .. } => class,
        },
    }
}

/// The per-thread state of a `threading.local` object.
pub fn local_data(v: &Value) -> Option<&Arc<LocalData>> {
    match v {
        Value::Object(o) => match &o.kind {
            ObjKind::Native { data, .. } => data.downcast_ref::<Arc<LocalData>>(),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// The calling thread's attribute dict of a `threading.local` object (None for other
    /// objects). A thread's first touch creates it and runs the subclass `__init__` with the
    /// object's creation arguments, as CPython does.
    pub fn local_dict(&mut self, obj: &Value) -> PyResult<Option<Arc<Dict>>> {
        let Some(data) = local_data(obj).cloned() else {
            return Ok(None);
        };
        let (d, created) = data.dict_for(self.serial);
        if created {
            if let Some(init @ Value::Function(_)) = class_of(obj).lookup(&names().init) {
                let mut args = vec![obj.clone()];
                args.extend(data.args.iter().cloned());
                self.call(&init, &args, &data.kwargs)?;
            }
        }
        Ok(Some(d))
    }
}

/// The attribute dict of an object of an mt subclass of a native class.
pub fn native_attrs(v: &Value) -> Option<&Arc<Dict>> {
    match v {
        Value::Object(o) => match &o.kind {
            ObjKind::Native { attrs, .. } => attrs.as_ref(),
            _ => None,
        },
        _ => None,
    }
}

pub fn type_name(v: &Value) -> String {
    let c = class_of(v);
    // Classes of C extension modules (`_thread.lock`, `_thread._local`, `_queue.SimpleQueue`)
    // are named with their module in CPython's messages, as their tp_name says.
    if let Value::Object(o) = v {
        if matches!(o.kind, ObjKind::Native { .. })
            && c.module.starts_with('_')
            && c.dict.get_str(&names().module).is_none()
        {
            return format!("{}.{}", c.module, c.name.as_str());
        }
    }
    c.name.as_str().to_string()
}

pub fn not_implemented() -> Value {
    Value::object(ObjKind::NotImplemented)
}

pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Object(o) if matches!(o.kind, ObjKind::NotImplemented))
}

/// CPython's hash of an integer: reduction modulo 2**61 - 1, with -1 mapped to -2.
pub fn hash_bigint(b: &BigInt) -> i64 {
    const M: u64 = (1 << 61) - 1;
    let m = BigInt::from(M);
    let r = (b.abs() % &m).to_u64().unwrap_or(0) as i64;
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub use crate::objects::object::hash_int;

/// CPython's hash of a float (equal to the int hash for integral values).
pub fn hash_float(x: f64) -> i64 {
    if x.is_nan() {
        // CPython hashes a NaN by identity; a NaN's identity is its payload here.
        return (x.to_bits() & 0x000f_ffff_ffff_ffff) as i64;
    }
    if x.is_infinite() {
        return if x > 0.0 { 314159 } else { -314159 };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_int(x as i64);
    }
    const BITS: i32 = 61;
    const M: u64 = (1 << BITS) - 1;
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & M) | (h >> (BITS - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= M {
            h -= M;
        }
    }
    let e = if e >= 0 {
        e % BITS
    } else {
        BITS - 1 - ((-1 - e) % BITS)
    };
    h = ((h << e) & M) | (h >> (BITS - e));
    let mut r = h as i64;
    if x < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

impl KeyOps for Vm {
    fn hash_key(&mut self, v: &Value) -> Result<u64, Value> {
        self.hash(v).map(|h| h as u64)
    }
    fn eq_keys(&mut self, a: &Value, b: &Value) -> Result<bool, Value> {
        self.eq(a, b)
    }
}

impl Vm {
    // ------------------------------------------------------------ dunder helpers

    /// Looks up a special method on the class of an instance (not on the instance).
    pub fn lookup_special(&mut self, v: &Value, name: &Str) -> Option<Value> {
        match v {
            Value::Instance(i) => self.cls_lookup(&i.class, name),
            _ => None,
        }
    }

    /// Calls `obj.name(*args)` for a special method found on the class.
    pub fn call_special(
        &mut self,
        obj: &Value,
        name: &Str,
        args: &[Value],
    ) -> PyResult<Option<Value>> {
        match self.lookup_special(obj, name) {
            Some(f) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(obj.clone());
                all.extend_from_slice(args);
                self.call_descriptor(&f, obj, &all, &[]).map(Some)
            }
            None => Ok(None),
        }
    }

    /// Calls a function found on a class as a method of `obj` (handles staticmethod etc.).
    pub fn call_descriptor(
        &mut self,
        f: &Value,
        obj: &Value,
        args_with_self: &[Value],
        kw: &KwArgs,
    ) -> PyResult<Value> {
        match f {
            Value::Object(o) => match &o.kind {
                ObjKind::StaticMethod(inner) => self.call(inner, &args_with_self[1..], kw),
                ObjKind::ClassMethod(inner) => {
                    let mut a = args_with_self.to_vec();
                    a[0] = Value::Class(class_of(obj).clone());
                    self.call(inner, &a, kw)
                }
                // A property's value is the method: `__iter__ = property(lambda self: ...)`.
                ObjKind::Property { fget, .. } => {
                    let m = self.call(fget, std::slice::from_ref(obj), &[])?;
                    self.call(&m, &args_with_self[1..], kw)
                }
                _ => self.call(f, args_with_self, kw),
            },
            // Built-in functions and classes are no descriptors: `__len__ = len` and
            // `__str__ = str` are called without self.
            Value::Builtin(b) if b.bound.is_none() && b.owner.is_none() => {
                self.check_native_stack()?;
                self.call(f, &args_with_self[1..], kw)
            }
            Value::Class(_) => {
                self.check_native_stack()?;
                self.call(f, &args_with_self[1..], kw)
            }
            Value::Function(_) => self.call(f, args_with_self, kw),
            _ => {
                // A native method calling back into itself must not run off the Rust stack.
                self.check_native_stack()?;
                self.call(f, args_with_self, kw)
            }
        }
    }

    // ------------------------------------------------------------ repr / str

    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => {
                let limit = numfmt::int_max_str_digits();
                let s = b.to_string();
                if limit != 0 && s.len() > limit + usize::from(b.is_negative()) {
                    return value_error(format!("Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"));
                }
                s
            }
            Value::Float(f) => numfmt::float_repr(*f),
            Value::Str(s) => numfmt::str_repr(s.as_str()),
            Value::List(l) => {
                let items = l.items.lock().clone();
                self.repr_guarded(v, "[...]", |vm| vm.repr_seq(&items, "[", "]", false))?
            }
            Value::Tuple(t) => {
                let items = t.items.to_vec();
                self.repr_guarded(v, "(...)", |vm| vm.repr_seq(&items, "(", ")", true))?
            }
            Value::Dict(d) => {
                let items = d.items();
                self.repr_guarded(v, "{...}", |vm| {
                    let mut parts = Vec::with_capacity(items.len());
                    for (k, val) in &items {
                        parts.push(format!("{}: {}", vm.repr(k)?, vm.repr(val)?));
                    }
                    Ok(format!("{{{}}}", parts.join(", ")))
                })?
            }
            Value::Set(s) => {
                let keys = s.table.keys();
                let name = if s.frozen { "frozenset" } else { "set" };
                if keys.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let inner =
                    self.repr_guarded(v, "...", |vm| vm.repr_seq(&keys, "{", "}", false))?;
                if s.frozen {
                    format!("frozenset({inner})")
                } else {
                    inner
                }
            }
            Value::Function(f) => format!("<function {} at {:#x}>", f.qualname.as_str(), v.id()),
            Value::Class(c) => {
                if c.module == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            Value::Builtin(b) => match (&b.bound, b.owner) {
                (Some(recv), _) if !matches!(recv, Value::Object(o) if matches!(o.kind, ObjKind::Module(_))) =>
                {
                    let kind = if is_slot_name(b.name) {
                        "method-wrapper"
                    } else {
                        "built-in method"
                    };
                    let quote = if is_slot_name(b.name) { "'" } else { "" };
                    format!(
                        "<{kind} {quote}{}{quote} of {} object at {:#x}>",
                        b.name,
                        type_name(recv),
                        recv.id()
                    )
                }
                // An unbound method of a built-in type, as CPython's method and slot
                // wrapper descriptors show.
                (None, Some(owner)) if !b.name.contains('.') && b.name != "__new__" => {
                    // dict and list define these as methods too (METH_COEXIST).
                    let coexist = matches!(owner, "dict" | "list")
                        && matches!(b.name, "__getitem__" | "__contains__");
                    if is_slot_name(b.name) && !coexist {
                        format!("<slot wrapper '{}' of '{owner}' objects>", b.name)
                    } else {
                        format!("<method '{}' of '{owner}' objects>", b.name)
                    }
                }
                _ => format!("<built-in function {}>", b.name),
            },
            Value::Instance(_) => {
                if let Some(native) = self.inherited_native(v, &names().repr) {
                    if let Value::Set(s) = &native {
                        // A set subclass shows its class: `S({1})`, `S()`.
                        let name = class_of(v).name.as_str();
                        if s.table.is_empty() {
                            return Ok(format!("{name}()"));
                        }
                        let items = self.repr(&native)?;
                        let items = items
                            .strip_prefix("frozenset(")
                            .and_then(|r| r.strip_suffix(')'))
                            .unwrap_or(&items);
                        return Ok(format!("{name}({items})"));
                    }
                    return self.repr(&native);
                }
                let r = match self.call_special(v, &names().repr, &[])? {
                    Some(r) => r,
                    None => return Ok(self.default_repr(v)),
                };
                return match r {
                    Value::Str(s) => Ok(s.as_str().to_string()),
                    other => type_error(format!(
                        "__repr__ returned non-string (type {})",
                        type_name(&other)
                    )),
                };
            }
            Value::Object(o) => match &o.kind {
                ObjKind::BigRange(r) => r.repr(),
                ObjKind::Range { start, stop, step } => {
                    if *step == 1 {
                        format!("range({start}, {stop})")
                    } else {
                        format!("range({start}, {stop}, {step})")
                    }
                }
                ObjKind::Slice(a, b, c) => format!(
                    "slice({}, {}, {})",
                    self.repr(a)?,
                    self.repr(b)?,
                    self.repr(c)?
                ),
                ObjKind::Module(m) => {
                    if matches!(m.dict.get_str(&names().file), Some(Value::Str(_))) {
                        let f = m
                            .dict
                            .get_str(&names().file)
                            .and_then(|f| f.as_str().map(String::from))
                            .unwrap_or_default();
                        format!("<module '{}' from '{}'>", m.name.as_str(), f)
                    } else {
                        format!("<module '{}' (built-in)>", m.name.as_str())
                    }
                }
                ObjKind::BoundMethod { func, obj } => {
                    let fname = match self.getattr_opt(func, &names().qualname)? {
                        Some(Value::Str(s)) => s.as_str().to_string(),
                        _ => "?".into(),
                    };
                    format!("<bound method {} of {}>", fname, self.repr(obj)?)
                }
                ObjKind::Generator(g) => format!(
                    "<generator object {} at {:#x}>",
                    g.qualname.as_str(),
                    v.id()
                ),
                ObjKind::NotImplemented => "NotImplemented".into(),
                ObjKind::Ellipsis => "Ellipsis".into(),
                ObjKind::DictView(d, kind) => {
                    let (name, items) = match kind {
                        ViewKind::Keys => ("dict_keys", d.keys()),
                        ViewKind::Values => ("dict_values", d.values()),
                        ViewKind::Items => (
                            "dict_items",
                            d.items()
                                .into_iter()
                                .map(|(k, v)| Value::tuple(vec![k, v]))
                                .collect(),
                        ),
                    };
                    self.repr_guarded(v, "...", |vm| {
                        Ok(format!("{name}({})", vm.repr_seq(&items, "[", "]", false)?))
                    })?
                }
                ObjKind::File(f) => {
                    let f = f.lock();
                    format!(
                        "<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>",
                        f.name, f.mode
                    )
                }
                ObjKind::Property { .. } => format!("<property object at {:#x}>", v.id()),
                ObjKind::StaticMethod(_) => format!("<staticmethod object at {:#x}>", v.id()),
                ObjKind::ClassMethod(_) => format!("<classmethod object at {:#x}>", v.id()),
                ObjKind::Super { class, obj } => {
                    format!(
                        "<super: <class '{}'>, <{} object>>",
                        class.name.as_str(),
                        type_name(obj)
                    )
                }
                ObjKind::Cell(_) => format!("<cell at {:#x}>", v.id()),
                ObjKind::Code(c) => format!(
                    "<code object {} at {:#x}, file \"{}\", line {}>",
                    c.name.as_str(),
                    v.id(),
                    c.filename,
                    c.firstlineno
                ),
                ObjKind::Iter(it) => {
                    let name = iter_type_name(&it.lock());
                    format!("<{name} object at {:#x}>", v.id())
                }
                // A subclass defined in mt code inherits its native base's `__repr__`.
                ObjKind::Native { class, .. } => match std::iter::once(class)
                    .chain(class.mro.iter())
                    .take_while(|c| !Arc::ptr_eq(c, &types().object))
                    .find_map(|c| c.dict.get_str(&names().repr))
                {
                    Some(f) => {
                        let r = self.call(&f, std::slice::from_ref(v), &[])?;
                        self.str(&r)?
                    }
                    None => format!("<{} object at {:#x}>", class.qualname, v.id()),
                },
            },
        })
    }

    fn repr_seq(
        &mut self,
        items: &[Value],
        open: &str,
        close: &str,
        tuple: bool,
    ) -> PyResult<String> {
        let mut s = String::from(open);
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.repr(it)?);
        }
        if tuple && items.len() == 1 {
            s.push(',');
        }
        s.push_str(close);
        Ok(s)
    }

    /// Guards container reprs against self-reference (`[[...]]`), like Py_ReprEnter.
    fn repr_guarded(
        &mut self,
        v: &Value,
        recursive: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<String>,
    ) -> PyResult<String> {
        let id = v.id();
        if self.repr_stack.contains(&id) {
            return Ok(recursive.to_string());
        }
        if self.repr_stack.len() > 2000 {
            return raise(
                "RecursionError",
                "maximum recursion depth exceeded while getting the repr of an object",
            );
        }
        self.repr_stack.push(id);
        let r = f(self);
        self.repr_stack.pop();
        r
    }

    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(_) => {
                // int and float have no __str__ of their own: object's calls repr (the
                // subclass's, if it has one); str's gives the text.
                match self.inherited_native(v, &names().str) {
                    Some(Value::Str(s)) => Ok(s.as_str().to_string()),
                    Some(_) => self.repr(v),
                    None => match self.call_special(v, &names().str, &[])? {
                        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
                        Some(other) => type_error(format!(
                            "__str__ returned non-string (type {})",
                            type_name(&other)
                        )),
                        None => self.repr(v),
                    },
                }
            }
            _ => self.repr(v),
        }
    }

    /// `object.__repr__`: `<module.Class object at 0x...>` (a built-in type's without
    /// its module: `<traceback object at 0x...>`).
    pub fn default_repr(&mut self, v: &Value) -> String {
        let c = class_of(v);
        if c.module == "builtins" {
            return format!("<{} object at {:#x}>", c.qualname, v.id());
        }
        format!("<{}.{} object at {:#x}>", c.module, c.qualname, v.id())
    }

    /// `BaseException.__repr__`: `Name(args...)`.
    pub fn exception_repr(&mut self, v: &Value) -> PyResult<String> {
        let args = exc_args(v);
        let inner = if args.len() == 1 {
            self.repr(&args[0])?
        } else {
            let r = self.repr_seq(&args, "(", ")", true)?;
            r[1..r.len() - 1].trim_end_matches(',').to_string()
        };
        Ok(format!("{}({})", class_of(v).name.as_str(), inner))
    }

    /// `BaseException.__str__`: KeyError shows the key's repr, OSError its errno form.
    pub fn exception_str(&mut self, v: &Value) -> PyResult<String> {
        if is_exc(v, "OSError") {
            if let Some(s) = self.oserror_str(v)? {
                return Ok(s);
            }
        }
        if let Some(s) = crate::builtins::exception_group::group_str(self, v)? {
            return Ok(s);
        }
        let args = exc_args(v);
        match args.len() {
            0 => Ok(String::new()),
            1 if is_exc(v, "KeyError") => self.repr(&args[0]),
            1 => self.str(&args[0]),
            _ => self.repr(&Value::tuple(args)),
        }
    }

    /// CPython's `OSError_str`: `[Errno N] strerror: 'filename'` when built with 2-5 args; the
    /// file name is in `ExcData.obj` (set by `open()`) or the third argument.
    fn oserror_str(&mut self, v: &Value) -> PyResult<Option<String>> {
        let Some(data) = exc_data(v) else {
            return Ok(None);
        };
        let (args, obj) = {
            let e = data.lock();
            (e.args.clone(), e.obj.clone())
        };
        if !(2..=5).contains(&args.len()) {
            return Ok(None);
        }
        let errno = self.str(&args[0])?;
        let strerror = self.str(&args[1])?;
        let filename = obj
            .or_else(|| args.get(2).cloned())
            .filter(|f| !f.is_none());
        let Some(filename) = filename else {
            return Ok(Some(format!("[Errno {errno}] {strerror}")));
        };
        let f1 = self.repr(&filename)?;
        Ok(Some(match args.get(4).filter(|f| !f.is_none()) {
            Some(f2) => format!("[Errno {errno}] {strerror}: {f1} -> {}", self.repr(f2)?),
            None => format!("[Errno {errno}] {strerror}: {f1}"),
        }))
    }

    pub fn str_value(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Str(_) => Ok(v.clone()),
            _ => Ok(Value::string(self.str(v)?)),
        }
    }

    // ------------------------------------------------------------ hash / eq / truth

    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        if self.inherited_native(v, &names().eq).is_some() {
            if let Some(native) = self.inherited_native(v, &names().hash) {
                return self.hash(&native);
            }
        }
        Ok(match v {
            Value::None => 0x7f00_0000_1000 >> 4,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => hash_int(*i),
            Value::BigInt(b) => hash_bigint(b),
            Value::Float(f) => hash_float(*f),
            Value::Str(s) => s.hash() as i64,
            Value::Tuple(t) => {
                // CPython's xxHash-based tuple hash.
                const P1: u64 = 11400714785074694791;
                const P2: u64 = 14029467366897019727;
                const P5: u64 = 2870177450012600261;
                let mut acc: u64 = P5;
                for item in t.items.iter() {
                    let lane = self.hash(item)? as u64;
                    acc = acc.wrapping_add(lane.wrapping_mul(P2));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(P1);
                }
                acc = acc.wrapping_add((t.items.len() as u64) ^ (P5 ^ 3527539));
                if acc == u64::MAX {
                    1546275796
                } else {
                    acc as i64
                }
            }
            Value::Set(s) if s.frozen => s.table.frozen_hash(),
            Value::List(_) | Value::Dict(_) | Value::Set(_) => {
                return type_error(format!("unhashable type: '{}'", type_name(v)))
            }
            Value::Instance(inst) => match self.cls_lookup(&inst.class, &names().hash) {
                Some(Value::None) => {
                    return type_error(format!("unhashable type: '{}'", type_name(v)))
                }
                Some(Value::Builtin(b)) if b.owner == Some("object") => (v.id() >> 4) as i64,
                Some(f) => {
                    let r = self.call_descriptor(&f, v, std::slice::from_ref(v), &[])?;
                    // An int subclass counts as the int inside it.
                    let r = match crate::vm::subclass::native_of(&r) {
                        Some(n @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => n.clone(),
                        _ => r,
                    };
                    return match r {
                        Value::Int(i) => Ok(if i == -1 { -2 } else { i }),
                        Value::BigInt(b) => Ok(hash_bigint(&b)),
                        Value::Bool(b) => Ok(b as i64),
                        _ => type_error("__hash__ method should return an integer"),
                    };
                }
                None => {
                    if inst.class.lookup(&names().eq).is_some() {
                        return type_error(format!("unhashable type: '{}'", type_name(v)));
                    }
                    (v.id() >> 4) as i64
                }
            },
            Value::Object(o) => match &o.kind {
                ObjKind::Range { .. } | ObjKind::BigRange(_) => {
                    // CPython's range_hash: equal ranges hash alike.
                    let r = BigRange::of(&o.kind).expect("a range");
                    let len = r.len();
                    let key = match len.to_u8() {
                        Some(0) => vec![Value::Int(0), Value::None, Value::None],
                        Some(1) => vec![Value::Int(1), Value::from_bigint(r.start), Value::None],
                        _ => vec![
                            Value::from_bigint(len),
                            Value::from_bigint(r.start),
                            Value::from_bigint(r.step),
                        ],
                    };
                    return self.hash(&Value::tuple(key));
                }
                ObjKind::Slice(..) => return type_error("unhashable type: 'slice'"),
                ObjKind::DictView(..) => {
                    return type_error(format!("unhashable type: '{}'", type_name(v)))
                }
                // CPython's meth_hash: equal bound methods (same function, same receiver by
                // identity) hash alike.
                ObjKind::BoundMethod { func, obj } => ((obj.id() >> 4) as i64) ^ self.hash(func)?,
                _ => (v.id() >> 4) as i64,
            },
            _ => (v.id() >> 4) as i64,
        })
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::List(l) => !l.items.lock().is_empty(),
            Value::Tuple(t) => !t.items.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.table.is_empty(),
            Value::Instance(_) => {
                if self.inherited_native(v, &names().bool).is_some() {
                    if let Some(native) = self.inherited_native(v, &names().len) {
                        return self.truthy(&native);
                    }
                }
                if let Some(r) = self.call_special(v, &names().bool, &[])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => type_error(format!(
                            "__bool__ should return bool, returned {}",
                            type_name(&other)
                        )),
                    };
                }
                if let Some(r) = self.call_special(v, &names().len, &[])? {
                    return Ok(self.len_result(&r)? != 0);
                }
                true
            }
            Value::Object(o) => match &o.kind {
                ObjKind::Range { .. } => self.len(v)? != 0,
                ObjKind::BigRange(r) => !r.is_empty(),
                ObjKind::DictView(d, _) => !d.is_empty(),
                _ => true,
            },
            _ => true,
        })
    }

    /// What a `__len__` returned, checked as CPython's slot_sq_length does.
    fn len_result(&mut self, r: &Value) -> PyResult<usize> {
        if let Value::BigInt(b) = r {
            if !b.is_negative() {
                return overflow_error("cannot fit 'int' into an index-sized integer");
            }
        }
        let n = match r {
            Value::BigInt(_) => -1,
            _ => self.to_index(r)?,
        };
        if n < 0 {
            return value_error("__len__() should return >= 0");
        }
        Ok(n as usize)
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(native) = self.inherited_native(v, &names().len) {
            return self.len(&native);
        }
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::List(l) => l.items.lock().len(),
            Value::Tuple(t) => t.items.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.table.len(),
            Value::Instance(_) => match self.call_special(v, &names().len, &[])? {
                Some(r) => self.len_result(&r)?,
                None => {
                    return type_error(format!("object of type '{}' has no len()", type_name(v)))
                }
            },
            Value::Object(o) => match &o.kind {
                ObjKind::Range { start, stop, step } => range_len(*start, *stop, *step),
                ObjKind::BigRange(r) => match r.len().to_i64() {
                    Some(n) => n as usize,
                    None => return overflow_error("Python int too large to convert to C ssize_t"),
                },
                ObjKind::DictView(d, _) => d.len(),
                _ => return type_error(format!("object of type '{}' has no len()", type_name(v))),
            },
            _ => return type_error(format!("object of type '{}' has no len()", type_name(v))),
        })
    }

    /// `operator.index(v)` (CPython's `PyNumber_Index`): an int of any size, from an int, a
    /// bool or an instance with `__index__`.
    pub fn number_index(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(native) = self.inherited_native(v, &names().index) {
            return self.number_index(&native);
        }
        let not_int = || {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))
        };
        match v {
            Value::Int(_) | Value::BigInt(_) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Instance(_) => match self.call_special(v, &names().index, &[])? {
                Some(r @ (Value::Int(_) | Value::BigInt(_) | Value::Bool(_))) => {
                    self.number_index(&r)
                }
                Some(r) => type_error(format!(
                    "__index__ returned non-int (type {})",
                    type_name(&r)
                )),
                None => not_int(),
            },
            _ => not_int(),
        }
    }

    /// An integer usable as an index (`__index__`) that fits in an i64.
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            _ => match self.number_index(v)? {
                Value::Int(i) => Ok(i),
                _ => Err(exc(
                    "IndexError",
                    format!("cannot fit '{}' into an index-sized integer", type_name(v)),
                )),
            },
        }
    }

    // ------------------------------------------------------------ iteration

    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(_) | Value::Tuple(_) | Value::Str(_) => IterState::Seq {
                seq: v.clone(),
                idx: 0,
            },
            Value::Dict(d) => IterState::Dict {
                dict: d.clone(),
                pos: 0,
                kind: ViewKind::Keys,
                used: d.len(),
                remaining: d.len(),
            },
            Value::Set(s) => IterState::Set {
                set: s.clone(),
                pos: 0,
                used: s.table.len(),
            },
            Value::Instance(_) => {
                if let Some(native) = self.inherited_native(v, &names().iter) {
                    return self.iter(&native);
                }
                if let Some(Value::None) = self.lookup_special(v, &names().iter) {
                    // `__iter__ = None` declares the class not iterable (CPython's convention).
                    return type_error(format!("'{}' object is not iterable", type_name(v)));
                }
                if let Some(it) = self.call_special(v, &names().iter, &[])? {
                    if !self.is_iterator(&it) {
                        return type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            type_name(&it)
                        ));
                    }
                    return Ok(it);
                }
                if self.lookup_special(v, &names().getitem).is_some() {
                    IterState::Seq {
                        seq: v.clone(),
                        idx: 0,
                    }
                } else {
                    return type_error(format!("'{}' object is not iterable", type_name(v)));
                }
            }
            Value::Object(o) => match &o.kind {
                ObjKind::Iter(_) | ObjKind::Generator(_) | ObjKind::File(_) => return Ok(v.clone()),
                ObjKind::Range { start, stop, step } => IterState::Range {
                    cur: *start,
                    stop: *stop,
                    step: *step,
                },
                ObjKind::BigRange(r) => IterState::BigRange(r.clone()),
                // A native type's own `__iter__` (sys.stdin's).
                ObjKind::Native { class, .. } => match class.lookup(&names().iter) {
                    Some(f) => return self.call(&f, std::slice::from_ref(v), &[]),
                    None => {
                        return type_error(format!("'{}' object is not iterable", type_name(v)))
                    }
                },
                ObjKind::DictView(d, kind) => IterState::Dict {
                    dict: d.clone(),
                    pos: 0,
                    kind: *kind,
                    used: d.len(),
                    remaining: d.len(),
                },
                _ => return type_error(format!("'{}' object is not iterable", type_name(v))),
            },
            _ => return type_error(format!("'{}' object is not iterable", type_name(v))),
        };
        Ok(Value::object(ObjKind::Iter(SpinMutex::new(state))))
    }

    pub fn is_iterator(&self, v: &Value) -> bool {
        match v {
            Value::Object(o) => matches!(
                o.kind,
                ObjKind::Iter(_) | ObjKind::Generator(_) | ObjKind::File(_)
            ),
            Value::Instance(i) => i.class.lookup(&names().next).is_some(),
            _ => false,
        }
    }

    /// The next item of an iterator, or None when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Object(o) => match &o.kind {
                ObjKind::Iter(state) => self.iter_next(state),
                ObjKind::Generator(_) => self.gen_next(it),
                ObjKind::File(_) => crate::objects::methods::file::next_line(self, it),
                ObjKind::Native { class, .. } => match class.lookup(&names().next) {
                    // A native type's own `__next__` (sys.stdin's).
                    Some(f) => match self.call(&f, std::slice::from_ref(it), &[]) {
                        Ok(v) => Ok(Some(v)),
                        Err(e) if is_exc(&e, "StopIteration") => Ok(None),
                        Err(e) => Err(e),
                    },
                    None => type_error(format!("'{}' object is not an iterator", type_name(it))),
                },
                _ => type_error(format!("'{}' object is not an iterator", type_name(it))),
            },
            Value::Instance(_) => match self.call_special(it, &names().next, &[]) {
                Ok(Some(v)) => Ok(Some(v)),
                Ok(None) => type_error(format!("'{}' object is not an iterator", type_name(it))),
                Err(e) if is_exc(&e, "StopIteration") => Ok(None),
                Err(e) => Err(e),
            },
            _ => type_error(format!("'{}' object is not an iterator", type_name(it))),
        }
    }

    fn iter_next(&mut self, state: &SpinMutex<IterState>) -> PyResult<Option<Value>> {
        // Fast paths run under the iterator's lock; paths that call mt code release it.
        let mut st = state.lock();
        match &mut *st {
            IterState::Seq { seq, idx } => {
                let i = *idx;
                let item = match seq {
                    Value::List(l) => l.items.lock().get(i).cloned(),
                    Value::Tuple(t) => t.items.get(i).cloned(),
                    Value::Str(s) => {
                        if i < s.char_len() {
                            Some(Value::Str(char_str(s.char_at(i))))
                        } else {
                            None
                        }
                    }
                    other => {
                        let seq = other.clone();
                        drop(st);
                        return match self.getitem(&seq, &Value::Int(i as i64)) {
                            Ok(v) => {
                                if let IterState::Seq { idx, .. } = &mut *state.lock() {
                                    *idx += 1;
                                }
                                Ok(Some(v))
                            }
                            Err(e) if is_exc(&e, "IndexError") || is_exc(&e, "StopIteration") => {
                                *state.lock() = IterState::Done;
                                Ok(None)
                            }
                            Err(e) => Err(e),
                        };
                    }
                };
                match item {
                    Some(v) => {
                        *idx += 1;
                        Ok(Some(v))
                    }
                    None => {
                        *st = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Range { cur, stop, step } => {
                if (*step > 0 && *cur < *stop) || (*step < 0 && *cur > *stop) {
                    let v = *cur;
                    *cur = cur.wrapping_add(*step);
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::BigRange(r) => {
                if r.is_empty() {
                    return Ok(None);
                }
                let next = &r.start + &r.step;
                Ok(Some(Value::from_bigint(std::mem::replace(
                    &mut r.start,
                    next,
                ))))
            }
            IterState::Dict {
                dict,
                pos,
                kind,
                used,
                remaining,
            } => {
                if dict.len() != *used {
                    *used = usize::MAX;
                    return raise("RuntimeError", "dictionary changed size during iteration");
                }
                match dict.entry_from(*pos) {
                    Some(_) if *remaining == 0 => {
                        raise("RuntimeError", "dictionary keys changed during iteration")
                    }
                    Some((next, e)) => {
                        *pos = next;
                        *remaining -= 1;
                        Ok(Some(match kind {
                            ViewKind::Keys => e.key,
                            ViewKind::Values => e.value,
                            ViewKind::Items => Value::tuple(vec![e.key, e.value]),
                        }))
                    }
                    None => {
                        *st = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Vec { items, idx, .. } => {
                let r = items.get(*idx).cloned();
                *idx += 1;
                Ok(r)
            }
            IterState::Set { set, pos, used } => {
                if set.table.len() != *used {
                    *used = usize::MAX;
                    return raise("RuntimeError", "Set changed size during iteration");
                }
                match set.table.next_from(*pos) {
                    Some((next, k)) => {
                        *pos = next;
                        Ok(Some(k))
                    }
                    None => {
                        *st = IterState::Done;
                        Ok(None)
                    }
                }
            }
            IterState::Reversed { seq, idx } => {
                if *idx == 0 {
                    return Ok(None);
                }
                *idx -= 1;
                let i = *idx;
                let seq = seq.clone();
                drop(st);
                match self.getitem(&seq, &Value::Int(i as i64)) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if is_exc(&e, "IndexError") => Ok(None),
                    Err(e) => Err(e),
                }
            }
            IterState::Enumerate { it, idx } => {
                let (it, i) = (it.clone(), idx.clone());
                drop(st);
                match self.next(&it)? {
                    Some(v) => {
                        let next = match &i {
                            Value::Int(n) if *n < i64::MAX => Value::Int(n + 1),
                            _ => self.binary(crate::syntax::ast::BinOp::Add, &i, &Value::Int(1))?,
                        };
                        if let IterState::Enumerate { idx, .. } = &mut *state.lock() {
                            *idx = next;
                        }
                        Ok(Some(Value::tuple(vec![i, v])))
                    }
                    None => Ok(None),
                }
            }
            IterState::Zip { its, strict } => {
                let (its, strict) = (its.clone(), *strict);
                drop(st);
                if its.is_empty() {
                    return Ok(None);
                }
                let mut out = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.next(it)? {
                        Some(v) => out.push(v),
                        None => {
                            if strict {
                                if i > 0 {
                                    let s = if i == 1 { " " } else { "s 1-" };
                                    return value_error(format!(
                                        "zip() argument {} is shorter than argument{s}{i}",
                                        i + 1
                                    ));
                                }
                                for (j, other) in its.iter().enumerate().skip(1) {
                                    if self.next(other)?.is_some() {
                                        let s = if j == 1 { " " } else { "s 1-" };
                                        return value_error(format!(
                                            "zip() argument {} is longer than argument{s}{j}",
                                            j + 1
                                        ));
                                    }
                                }
                            }
                            return Ok(None);
                        }
                    }
                }
                Ok(Some(Value::tuple(out)))
            }
            IterState::Map { func, its } => {
                let (func, its) = (func.clone(), its.clone());
                drop(st);
                let mut args = Vec::with_capacity(its.len());
                for it in &its {
                    match self.next(it)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                stop_ends(self.call(&func, &args, &[]))
            }
            IterState::Filter { func, it } => {
                let (func, it) = (func.clone(), it.clone());
                drop(st);
                loop {
                    let Some(v) = self.next(&it)? else {
                        return Ok(None);
                    };
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let Some(r) = stop_ends(self.call(&func, std::slice::from_ref(&v), &[]))?
                        else {
                            return Ok(None);
                        };
                        self.truthy(&r)?
                    };
                    if keep {
                        return Ok(Some(v));
                    }
                }
            }
            IterState::CallIter { func, sentinel } => {
                let (func, sentinel) = (func.clone(), sentinel.clone());
                drop(st);
                let Some(v) = stop_ends(self.call(&func, &[], &[]))? else {
                    *state.lock() = IterState::Done;
                    return Ok(None);
                };
                if self.eq(&v, &sentinel)? {
                    *state.lock() = IterState::Done;
                    Ok(None)
                } else {
                    Ok(Some(v))
                }
            }
            IterState::Done => Ok(None),
        }
    }

    /// Collects any iterable into a vector.
    pub fn to_vec(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.items.lock().clone()),
            Value::Tuple(t) => return Ok(t.items.to_vec()),
            _ => {}
        }
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    // ------------------------------------------------------------ subscription

    pub fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        if let Some(k) = self.sequence_index(obj, key)? {
            return self.getitem(obj, &k);
        }
        match obj {
            Value::List(l) => {
                if let Some(i) = int_key(key) {
                    let items = l.items.lock();
                    return match norm_index(i, items.len()) {
                        Some(i) => Ok(items[i].clone()),
                        None => index_error("list index out of range"),
                    };
                }
                if let Some((a, b, c)) = slice_parts(key) {
                    let items = l.items.lock().clone();
                    let (start, stop, step) = self.slice_indices(&a, &b, &c, items.len())?;
                    return Ok(Value::list(slice_vec(&items, start, stop, step)));
                }
                bad_index(
                    format!(
                        "list indices must be integers or slices, not {}",
                        type_name(key)
                    ),
                    key,
                )
            }
            Value::Tuple(t) => {
                if let Some(i) = int_key(key) {
                    return match norm_index(i, t.items.len()) {
                        Some(i) => Ok(t.items[i].clone()),
                        None => index_error("tuple index out of range"),
                    };
                }
                if let Some((a, b, c)) = slice_parts(key) {
                    let (start, stop, step) = self.slice_indices(&a, &b, &c, t.items.len())?;
                    return Ok(Value::tuple(slice_vec(&t.items, start, stop, step)));
                }
                bad_index(
                    format!(
                        "tuple indices must be integers or slices, not {}",
                        type_name(key)
                    ),
                    key,
                )
            }
            Value::Str(s) => {
                if let Some(i) = int_key(key) {
                    return match norm_index(i, s.char_len()) {
                        Some(i) => Ok(Value::Str(char_str(s.char_at(i)))),
                        None => index_error("string index out of range"),
                    };
                }
                if let Some((a, b, c)) = slice_parts(key) {
                    let (start, stop, step) = self.slice_indices(&a, &b, &c, s.char_len())?;
                    if step == 1 {
                        if start >= stop {
                            return Ok(Value::str(""));
                        }
                        let t = s.as_str();
                        let (bs, be) = if s.is_ascii() {
                            (start as usize, stop as usize)
                        } else {
                            (
                                crate::objects::strtext::byte_offset(t, start as usize),
                                crate::objects::strtext::byte_offset(t, stop as usize),
                            )
                        };
                        return Ok(Value::str(&t[bs..be]));
                    }
                    return Ok(Value::string(crate::objects::strtext::slice_step(
                        s.as_str(),
                        start,
                        stop,
                        step,
                    )));
                }
                bad_index(
                    format!("string indices must be integers, not '{}'", type_name(key)),
                    key,
                )
            }
            Value::Dict(d) => match d.get(self, key)? {
                Some(v) => Ok(v),
                None => key_error(key.clone()),
            },
            Value::Instance(_) => {
                if let Some(native) = self.inherited_native(obj, &names().getitem) {
                    return self.native_getitem(obj, &native, key);
                }
                if let Some(r) =
                    self.call_special(obj, &names().getitem, std::slice::from_ref(key))?
                {
                    return Ok(r);
                }
                type_error(format!("'{}' object is not subscriptable", type_name(obj)))
            }
            Value::Class(c) => {
                if c.lookup(&names().class_getitem).is_some() {
                    // An implicit class method: bound to the class by the lookup.
                    let f = self.getattr(obj, &names().class_getitem)?;
                    return self.call(&f, std::slice::from_ref(key), &[]);
                }
                if let Some(alias) = crate::builtins::generic_alias::class_getitem(c, key) {
                    return Ok(alias);
                }
                type_error(format!("type '{}' is not subscriptable", c.name.as_str()))
            }
            Value::Object(o) => match &o.kind {
                ObjKind::Range { start, stop, step } => {
                    if let Some(i) = int_key(key) {
                        let n = range_len(*start, *stop, *step);
                        return match norm_index(i, n) {
                            Some(i) => Ok(Value::Int(start + step * i as i64)),
                            None => index_error("range object index out of range"),
                        };
                    }
                    self.range_subscript(&BigRange::from_small(*start, *stop, *step), key)
                }
                ObjKind::BigRange(r) => self.range_subscript(r, key),
                _ => type_error(format!("'{}' object is not subscriptable", type_name(obj))),
            },
            _ => type_error(format!("'{}' object is not subscriptable", type_name(obj))),
        }
    }

    /// `r[key]` in big arithmetic: a big index, or a slice (whose result may fit in i64
    /// again).
    fn range_subscript(&mut self, r: &BigRange, key: &Value) -> PyResult<Value> {
        if let Some((a, b, c)) = slice_parts(key) {
            let bound = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
                if v.is_none() {
                    return Ok(None);
                }
                match vm.number_index(v) {
                    Ok(i) => Ok(super::ops::to_big(&i)),
                    Err(_) => type_error(
                        "slice indices must be integers or None or have an __index__ method",
                    ),
                }
            };
            let (start, stop) = (bound(self, &a)?, bound(self, &b)?);
            let step = bound(self, &c)?.unwrap_or_else(BigInt::one);
            if step.is_zero() {
                return value_error("slice step cannot be zero");
            }
            return Ok(r.slice(start, stop, step).into_value());
        }
        let i = match self.number_index(key) {
            Ok(i) => super::ops::to_big(&i).expect("an int"),
            Err(_) => {
                return type_error(format!(
                    "range indices must be integers or slices, not {}",
                    type_name(key)
                ))
            }
        };
        match r.item(&i) {
            Some(v) => Ok(Value::from_bigint(v)),
            None => index_error("range object index out of range"),
        }
    }

    /// An instance used as an index of a list, tuple or str (an int subclass, a class with
    /// `__index__`), as the int it stands for.
    #[inline]
    fn sequence_index(&mut self, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
        if let (Value::List(_) | Value::Tuple(_) | Value::Str(_), Value::Instance(_)) = (obj, key) {
            if self.lookup_special(key, &names().index).is_some() {
                return Ok(Some(Value::Int(self.to_index(key)?)));
            }
        }
        Ok(None)
    }

    /// `obj[key]` on the built-in value inside an instance of a subclass: a dict subclass's
    /// `__missing__` supplies an absent key's value, as CPython's `dict.__getitem__` does.
    fn native_getitem(&mut self, obj: &Value, native: &Value, key: &Value) -> PyResult<Value> {
        if let Value::Dict(d) = native {
            if let Some(v) = d.get(self, key)? {
                return Ok(v);
            }
            if let Some(r) = self.call_special(obj, &names().missing, std::slice::from_ref(key))? {
                return Ok(r);
            }
        }
        self.getitem(native, key)
    }

    pub fn setitem(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        if let Some(k) = self.sequence_index(obj, key)? {
            return self.setitem(obj, &k, value);
        }
        match obj {
            Value::List(l) => {
                if let Some(i) = int_key(key) {
                    let mut items = l.items.lock();
                    let n = items.len();
                    return match norm_index(i, n) {
                        Some(i) => {
                            items[i] = value;
                            Ok(())
                        }
                        None => index_error("list assignment index out of range"),
                    };
                }
                if let Some((a, b, c)) = slice_parts(key) {
                    let new = self.to_vec(&value).map_err(|e| {
                        if is_exc(&e, "TypeError") {
                            exc("TypeError", "can only assign an iterable")
                        } else {
                            e
                        }
                    })?;
                    let len = l.items.lock().len();
                    let (start, stop, step) = self.slice_indices(&a, &b, &c, len)?;
                    let mut items = l.items.lock();
                    if step == 1 {
                        let stop = stop.max(start);
                        items.splice(start as usize..stop as usize, new);
                        return Ok(());
                    }
                    let idxs = slice_index_list(start, stop, step);
                    if idxs.len() != new.len() {
                        return value_error(format!(
                            "attempt to assign sequence of size {} to extended slice of size {}",
                            new.len(),
                            idxs.len()
                        ));
                    }
                    for (i, v) in idxs.into_iter().zip(new) {
                        items[i] = v;
                    }
                    return Ok(());
                }
                bad_index(
                    format!(
                        "list indices must be integers or slices, not {}",
                        type_name(key)
                    ),
                    key,
                )
            }
            Value::Dict(d) => d.set(self, key.clone(), value),
            Value::Instance(_) => {
                if let Some(native) = self.inherited_native(obj, &names().setitem) {
                    return self.setitem(&native, key, value);
                }
                if self
                    .call_special(obj, &names().setitem, &[key.clone(), value])?
                    .is_some()
                {
                    return Ok(());
                }
                type_error(format!(
                    "'{}' object does not support item assignment",
                    type_name(obj)
                ))
            }
            _ => type_error(format!(
                "'{}' object does not support item assignment",
                type_name(obj)
            )),
        }
    }

    pub fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Some(k) = self.sequence_index(obj, key)? {
            return self.delitem(obj, &k);
        }
        match obj {
            Value::List(l) => {
                if let Some(i) = int_key(key) {
                    let mut items = l.items.lock();
                    let n = items.len();
                    return match norm_index(i, n) {
                        Some(i) => {
                            items.remove(i);
                            Ok(())
                        }
                        None => index_error("list assignment index out of range"),
                    };
                }
                if let Some((a, b, c)) = slice_parts(key) {
                    let len = l.items.lock().len();
                    let (start, stop, step) = self.slice_indices(&a, &b, &c, len)?;
                    let mut items = l.items.lock();
                    let mut idxs = slice_index_list(start, stop, step);
                    idxs.sort_unstable();
                    for i in idxs.into_iter().rev() {
                        if i < items.len() {
                            items.remove(i);
                        }
                    }
                    return Ok(());
                }
                bad_index(
                    format!(
                        "list indices must be integers or slices, not {}",
                        type_name(key)
                    ),
                    key,
                )
            }
            Value::Dict(d) => match d.remove(self, key)? {
                Some(_) => Ok(()),
                None => key_error(key.clone()),
            },
            Value::Instance(_) => {
                if let Some(native) = self.inherited_native(obj, &names().delitem) {
                    return self.delitem(&native, key);
                }
                if self
                    .call_special(obj, &names().delitem, std::slice::from_ref(key))?
                    .is_some()
                {
                    return Ok(());
                }
                Err(no_item_deletion(obj, key))
            }
            _ => Err(no_item_deletion(obj, key)),
        }
    }

    /// slice.indices(len): normalised (start, stop, step).
    pub fn slice_indices(
        &mut self,
        a: &Value,
        b: &Value,
        c: &Value,
        len: usize,
    ) -> PyResult<(i64, i64, i64)> {
        // Out-of-range bounds clamp, as CPython's _PyEval_SliceIndex: a slice never fails
        // for being too big, and the positions it selects stay the same.
        let bound = |vm: &mut Vm, v: &Value| -> PyResult<i64> {
            match v {
                Value::BigInt(b) if b.is_negative() => Ok(-i64::MAX),
                Value::BigInt(_) => Ok(i64::MAX),
                _ => vm.to_index(v).map(|i| i.max(-i64::MAX)).map_err(|_| {
                    exc(
                        "TypeError",
                        "slice indices must be integers or None or have an __index__ method",
                    )
                }),
            }
        };
        let step = if c.is_none() { 1 } else { bound(self, c)? };
        if step == 0 {
            return value_error("slice step cannot be zero");
        }
        let len = len as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let norm = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            let i = bound(vm, v)?;
            Ok(if i < 0 {
                (i + len).max(lower)
            } else {
                i.min(upper)
            })
        };
        let start = norm(self, a, if step < 0 { upper } else { lower })?;
        let stop = norm(self, b, if step < 0 { lower } else { upper })?;
        Ok((start, stop, step))
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match item.as_str() {
                Some(sub) => Ok(s.as_str().contains(sub)),
                None => type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(item)
                )),
            },
            Value::List(l) => {
                let items = l.items.lock().clone();
                for x in &items {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Tuple(t) => {
                for x in t.items.iter() {
                    if x.is(item) || self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => d.contains(self, item),
            Value::Set(s) => match item {
                // CPython's set_contains: an unhashable set is looked up as a frozenset.
                Value::Set(k) if !k.frozen => {
                    let key = Value::Set(crate::objects::Set::new(k.table.copy(), true));
                    s.table.contains(self, &key)
                }
                _ => s.table.contains(self, item),
            },
            Value::Instance(_) => {
                if let Some(native) = self.inherited_native(container, &names().contains) {
                    return self.contains(&native, item);
                }
                if let Some(r) =
                    self.call_special(container, &names().contains, std::slice::from_ref(item))?
                {
                    return self.truthy(&r);
                }
                self.contains_by_iter(container, item)
            }
            Value::Object(o) => match &o.kind {
                ObjKind::Range { start, stop, step } => match item {
                    Value::Int(i) => {
                        let i = *i;
                        let inr = if *step > 0 {
                            i >= *start && i < *stop
                        } else {
                            i <= *start && i > *stop
                        };
                        Ok(inr && (i - start) % step == 0)
                    }
                    _ => self.contains_by_iter(container, item),
                },
                ObjKind::BigRange(r) => match super::ops::to_big(item) {
                    Some(x) if !matches!(item, Value::Bool(_)) => Ok(r.position(&x).is_some()),
                    _ => self.contains_by_iter(container, item),
                },
                ObjKind::DictView(d, ViewKind::Keys) => d.contains(self, item),
                // CPython's dictitems_contains: a lookup of the pair's key (which must be
                // hashable), then a comparison of the values.
                ObjKind::DictView(d, ViewKind::Items) => match item {
                    Value::Tuple(t) if t.items.len() == 2 => match d.get(self, &t.items[0])? {
                        Some(v) => Ok(v.is(&t.items[1]) || self.eq(&v, &t.items[1])?),
                        None => Ok(false),
                    },
                    _ => Ok(false),
                },
                _ => self.contains_by_iter(container, item),
            },
            _ => self.contains_by_iter(container, item),
        }
    }

    fn contains_by_iter(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let it = self.iter(container).map_err(|_| {
            exc(
                "TypeError",
                format!(
                    "argument of type '{}' is not iterable",
                    type_name(container)
                ),
            )
        })?;
        while let Some(x) = self.next(&it)? {
            if x.is(item) || self.eq(&x, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Binds a name for `import`: a module object for `name` with `dict`.
    pub fn new_module(name: &str, dict: Arc<Dict>) -> Value {
        Value::object(ObjKind::Module(crate::objects::object::Module {
            name: new_str(name),
            dict,
        }))
    }
}

/// The CPython type name of an iterator in this state.
pub fn iter_type_name(st: &IterState) -> &'static str {
    match st {
        IterState::Seq {
            seq: Value::List(_),
            ..
        } => "list_iterator",
        IterState::Seq {
            seq: Value::Tuple(_),
            ..
        } => "tuple_iterator",
        IterState::Seq {
            seq: Value::Str(_), ..
        } => "str_ascii_iterator",
        IterState::Seq { .. } => "iterator",
        IterState::Range { .. } => "range_iterator",
        IterState::BigRange(_) => "longrange_iterator",
        IterState::Dict {
            kind: ViewKind::Keys,
            ..
        } => "dict_keyiterator",
        IterState::Dict {
            kind: ViewKind::Values,
            ..
        } => "dict_valueiterator",
        IterState::Dict {
            kind: ViewKind::Items,
            ..
        } => "dict_itemiterator",
        IterState::Vec { kind, .. } => match kind {
            ViewKind::Keys => "dict_reversekeyiterator",
            ViewKind::Values => "dict_reversevalueiterator",
            ViewKind::Items => "dict_reverseitemiterator",
        },
        IterState::Set { .. } => "set_iterator",
        IterState::Enumerate { .. } => "enumerate",
        IterState::Zip { .. } => "zip",
        IterState::Map { .. } => "map",
        IterState::Filter { .. } => "filter",
        IterState::Reversed {
            seq: Value::List(_),
            ..
        } => "list_reverseiterator",
        IterState::Reversed { .. } => "reversed",
        IterState::CallIter { .. } => "callable_iterator",
        IterState::Done => "iterator",
    }
}

/// The TypeError of `del obj[key]` when obj has no `__delitem__`. CPython words it by the path
/// `PyObject_DelItem` takes: an int key on a type with sequence slots (tuples, strings, sets,
/// ranges, every class defined in mt code) "doesn't", anything else "does not".
fn no_item_deletion(obj: &Value, key: &Value) -> Value {
    let seq_slots = match obj {
        Value::Tuple(_) | Value::Str(_) | Value::Set(_) => true,
        Value::Instance(i) => !Arc::ptr_eq(&i.class, &types().object),
        Value::Object(o) => matches!(
            o.kind,
            ObjKind::Range { .. } | ObjKind::BigRange(_) | ObjKind::DictView(..)
        ),
        _ => false,
    };
    let index_key = matches!(key, Value::Int(_) | Value::Bool(_) | Value::BigInt(_));
    let verb = if seq_slots && index_key {
        "doesn't"
    } else {
        "does not"
    };
    exc(
        "TypeError",
        format!("'{}' object {verb} support item deletion", type_name(obj)),
    )
}

/// Binds a function found on a class to `obj` (methods), leaving other attributes as they are.
pub fn bind_class_attr(a: Value, obj: &Value) -> Value {
    match &a {
        Value::Function(_) => Value::object(ObjKind::BoundMethod {
            func: a,
            obj: obj.clone(),
        }),
        Value::Builtin(b) if b.bound.is_none() && b.owner.is_some() => b.bind(obj.clone()),
        Value::Object(o) => match &o.kind {
            ObjKind::StaticMethod(f) => f.clone(),
            ObjKind::ClassMethod(f) => Value::object(ObjKind::BoundMethod {
                func: f.clone(),
                obj: Value::Class(class_of(obj).clone()),
            }),
            _ => a,
        },
        _ => a,
    }
}

/// The error for a sequence subscript that is not a usable index: an int too big for an
/// index is an IndexError, as in CPython; anything else the type's TypeError.
fn bad_index<T>(type_msg: String, key: &Value) -> PyResult<T> {
    match key {
        Value::BigInt(_) => index_error("cannot fit 'int' into an index-sized integer"),
        _ => type_error(type_msg),
    }
}

pub fn int_key(k: &Value) -> Option<i64> {
    match k {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    }
}

pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let i = if i < 0 { i + len } else { i };
    (0..len).contains(&i).then_some(i as usize)
}

pub fn slice_parts(k: &Value) -> Option<(Value, Value, Value)> {
    match k {
        Value::Object(o) => match &o.kind {
            ObjKind::Slice(a, b, c) => Some((a.clone(), b.clone(), c.clone())),
            _ => None,
        },
        _ => None,
    }
}

pub fn slice_index_list(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut out = Vec::new();
    let mut i = start;
    if step > 0 {
        while i < stop {
            out.push(i as usize);
            i += step;
        }
    } else {
        while i > stop {
            out.push(i as usize);
            i += step;
        }
    }
    out
}

pub fn slice_vec(items: &[Value], start: i64, stop: i64, step: i64) -> Vec<Value> {
    if step == 1 {
        if start >= stop {
            return Vec::new();
        }
        return items[start as usize..stop as usize].to_vec();
    }
    slice_index_list(start, stop, step)
        .into_iter()
        .filter_map(|i| items.get(i).cloned())
        .collect()
}

pub fn range_len(start: i64, stop: i64, step: i64) -> usize {
    if step > 0 && start < stop {
        ((stop as i128 - start as i128 - 1) / step as i128 + 1) as usize
    } else if step < 0 && start > stop {
        ((start as i128 - stop as i128 - 1) / (-(step as i128)) + 1) as usize
    } else {
        0
    }
}

/// One-character strings, cached for ASCII so iterating text does not allocate.
pub fn char_str(c: char) -> Str {
    static ASCII: std::sync::OnceLock<Vec<Str>> = std::sync::OnceLock::new();
    if (c as u32) < 128 {
        let table = ASCII.get_or_init(|| {
            (0u8..128)
                .map(|b| new_str((b as char).to_string()))
                .collect()
        });
        return table[c as usize].clone();
    }
    new_str(c.to_string())
}

/// A callback inside a built-in iterator (map, filter, `iter(f, sentinel)`) that raises
/// StopIteration ends the iteration, as the exception would propagate out of `__next__`.
fn stop_ends(r: PyResult<Value>) -> PyResult<Option<Value>> {
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e) if is_exc(&e, "StopIteration") => Ok(None),
        Err(e) => Err(e),
    }
}

/// Whether a built-in method of this name fills one of CPython's type slots (`__add__`,
/// `__len__`), which CPython wraps as a slot wrapper; other dunders are plain methods.
fn is_slot_name(name: &str) -> bool {
    const PLAIN: &[&str] = &[
        "__format__",
        "__sizeof__",
        "__reduce__",
        "__reduce_ex__",
        "__dir__",
        "__getnewargs__",
        "__reversed__",
        "__round__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__getstate__",
        "__class_getitem__",
        "__subclasshook__",
        "__init_subclass__",
        "__copy__",
        "__deepcopy__",
        "__enter__",
        "__exit__",
        "__subclasses__",
        "__instancecheck__",
        "__subclasscheck__",
        "__length_hint__",
    ];
    name.len() > 4 && name.starts_with("__") && name.ends_with("__") && !PLAIN.contains(&name)
}
