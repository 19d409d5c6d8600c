//! Constructors of the built-in types (`int(x, base)`, `float(s)`, `str(x)`, `list(it)`, ...,
//! `type(x)` and the descriptor types), registered as `__new__` natives on their classes, plus
//! `round()` and `format()`'s dispatch, following CPython 3.11's rules and messages.

use super::args::{arity, bind, float_arg, invalid_keyword};
use super::types::Types;
use crate::objects::bigrange::BigRange;
use crate::objects::class::c3_mro;
use crate::objects::names::names;
use crate::objects::numfmt;
use crate::objects::object::ObjKind;
use crate::objects::{new_str, Builtin, Class, Dict, Set, Value};
use crate::vm::error::*;
use crate::vm::protocol::{class_of, type_name};
use crate::vm::subclass;
use crate::vm::{KwArgs, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};
use std::sync::Arc;

pub fn register(t: &Types) {
    let new = |c: &Arc<Class>, f: crate::objects::function::NativeFn| {
        let name: &'static str = Box::leak(format!("{}.__new__", c.name.as_str()).into_boxed_str());
        c.dict
            .set_str(names().new.clone(), Builtin::function(name, f));
    };
    new(&t.int, int_new);
    new(&t.bool, bool_new);
    new(&t.float, float_new);
    new(&t.str, str_new);
    new(&t.list, list_new);
    new(&t.tuple, tuple_new);
    new(&t.dict, dict_new);
    new(&t.set, set_new);
    new(&t.frozenset, frozenset_new);
    new(&t.range, range_new);
    new(&t.slice, slice_new);
    new(&t.object, object_new);
    new(&t.type_, type_new);
    new(&t.super_, super_new);
    new(&t.property, property_new);
    new(&t.staticmethod, staticmethod_new);
    new(&t.classmethod, classmethod_new);
}

/// `__new__` of an immutable built-in type: the value, as an instance of the subclass when
/// `cls` (the first argument) is a user subclass (`super().__new__(cls, x)`).
macro_rules! immutable_new {
    ($($new:ident = $value:ident),*) => {$(
        fn $new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
            let v = $value(vm, a, kw)?;
            Ok(subclass::new_for_class(&a[0], v))
        }
    )*};
}

immutable_new!(
    int_new = int_value,
    float_new = float_value,
    str_new = str_value,
    tuple_new = tuple_value,
    frozenset_new = frozenset_value
);

/// int(x) for a float, with CPython's errors for nan and infinities.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return value_error("cannot convert float NaN to integer");
    }
    if f.is_infinite() {
        return overflow_error("cannot convert float infinity to integer");
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(Value::from_bigint(big_from_f64(t)))
}

fn big_from_f64(f: f64) -> BigInt {
    // Exact conversion of an integral float.
    let bits = f.to_bits();
    let sign = if (bits >> 63) != 0 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let e = exp - 1075;
    let m = BigInt::from(mant);
    let v = if e >= 0 {
        m << e as usize
    } else {
        m >> (-e) as usize
    };
    v * sign
}

fn int_value(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if let Some((k, _)) = kw.iter().find(|(k, _)| k.as_str() != "base") {
        return type_error(invalid_keyword("int", k));
    }
    let p = bind("int", &a[1..], kw, &["x", "base"], 0)?;
    let x = match &p[0] {
        None => {
            if p[1].is_some() {
                return type_error("int() missing string argument");
            }
            return Ok(Value::Int(0));
        }
        Some(x) => x.clone(),
    };
    // A subclass of a built-in type converts as its value (unless it defines __int__).
    let x = vm.inherited_native(&x, &names().int).unwrap_or(x);
    if let Some(b) = &p[1] {
        let base = vm.to_index(b)?;
        let Value::Str(s) = &x else {
            return type_error("int() can't convert non-string with explicit base");
        };
        if !(base == 0 || (2..=36).contains(&base)) {
            return value_error("int() base must be >= 2 and <= 36, or 0");
        }
        return numfmt::parse_int(s.as_str(), base as u32)
            .map(Value::from_bigint)
            .map_err(|m| exc("ValueError", m));
    }
    match &x {
        Value::Int(_) | Value::BigInt(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => float_to_int(*f),
        Value::Str(s) => numfmt::parse_int(s.as_str(), 10)
            .map(Value::from_bigint)
            .map_err(|m| exc("ValueError", m)),
        Value::Instance(_) => {
            // CPython's PyNumber_Long: __int__, then __index__, then (deprecated) __trunc__.
            for (n, dunder) in [(&names().int, "__int__"), (&names().index, "__index__")] {
                if let Some(r) = vm.call_special(&x, n, &[])? {
                    return match r {
                        Value::Int(_) | Value::BigInt(_) => Ok(r),
                        Value::Bool(b) => Ok(Value::Int(b as i64)),
                        other => type_error(format!(
                            "{dunder} returned non-int (type {})",
                            type_name(&other)
                        )),
                    };
                }
            }
            if let Some(r) = vm.call_special(&x, &new_str("__trunc__"), &[])? {
                return match r {
                    Value::Int(_) | Value::BigInt(_) => Ok(r),
                    Value::Bool(b) => Ok(Value::Int(b as i64)),
                    other => match vm.call_special(&other, &names().index, &[])? {
                        Some(i @ (Value::Int(_) | Value::BigInt(_))) => Ok(i),
                        _ => type_error(format!(
                            "__trunc__ returned non-Integral (type {})",
                            type_name(&other)
                        )),
                    },
                };
            }
            type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name(&x)
            ))
        }
        _ => type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            type_name(&x)
        )),
    }
}

fn bool_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("bool", &a[1..], kw, 0, 1)?;
    match a.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
    }
}

fn float_value(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("float", &a[1..], kw, 0, 1)?;
    let Some(x) = a.get(1) else {
        return Ok(Value::Float(0.0));
    };
    let native = vm.inherited_native(x, &names().float);
    let x = native.as_ref().unwrap_or(x);
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Str(s) => numfmt::parse_float(s.as_str())
            .map(Value::Float)
            .map_err(|m| exc("ValueError", m)),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => float_arg(x).map(Value::Float),
        Value::Instance(_) => {
            if let Some(r) = vm.call_special(x, &names().float, &[])? {
                return match r {
                    Value::Float(_) => Ok(r),
                    other => type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        type_name(x),
                        type_name(&other)
                    )),
                };
            }
            if let Some(r) = vm.call_special(x, &names().index, &[])? {
                return float_arg(&r).map(Value::Float);
            }
            type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(x)
            ))
        }
        _ => type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            type_name(x)
        )),
    }
}

fn str_value(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if let Some((k, _)) = kw
        .iter()
        .find(|(k, _)| !matches!(k.as_str(), "object" | "encoding" | "errors"))
    {
        return type_error(invalid_keyword("str", k));
    }
    let p = bind("str", &a[1..], kw, &["object", "encoding", "errors"], 0)?;
    for (i, what) in [(1, "encoding"), (2, "errors")] {
        match &p[i] {
            Some(v) if v.as_pystr().is_none() => {
                return type_error(format!(
                    "str() argument '{what}' must be str, not {}",
                    type_name(v)
                ))
            }
            _ => {}
        }
    }
    if p[1].is_some() || p[2].is_some() {
        // Decoding needs bytes, which mt does not have.
        return type_error(match &p[0] {
            Some(v) if v.as_pystr().is_some() => "decoding str is not supported".to_string(),
            Some(v) => format!(
                "decoding to str: need a bytes-like object, {} found",
                type_name(v)
            ),
            None => "decoding to str: need a bytes-like object, NoneType found".to_string(),
        });
    }
    match &p[0] {
        None => Ok(Value::str("")),
        Some(v) => vm.str_value(v),
    }
}

fn list_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if subclass::is_subclass_new(&a[0]) {
        return Ok(subclass::new_for_class(&a[0], Value::list(vec![])));
    }
    arity("list", &a[1..], kw, 0, 1)?;
    match a.get(1) {
        None => Ok(Value::list(vec![])),
        Some(v) => Ok(Value::list(vm.to_vec(v)?)),
    }
}

fn tuple_value(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("tuple", &a[1..], kw, 0, 1)?;
    match a.get(1) {
        None => Ok(Value::empty_tuple()),
        Some(v @ Value::Tuple(_)) => Ok(v.clone()),
        Some(v) => Ok(Value::tuple(vm.to_vec(v)?)),
    }
}

/// Fills a dict from a mapping or an iterable of pairs (dict(), dict.update()).
pub fn dict_fill(vm: &mut Vm, d: &Dict, src: &Value, _fname: &str) -> PyResult<()> {
    if matches!(src, Value::Dict(_) | Value::Instance(_)) {
        if let Some(items) = mapping_items(vm, src)? {
            for (k, v) in items {
                d.set(vm, k, v)?;
            }
            return Ok(());
        }
    }
    let it = vm.iter(src)?;
    let mut i = 0;
    while let Some(item) = vm.next(&it)? {
        let pair = vm.to_vec(&item).map_err(|_| {
            exc(
                "TypeError",
                format!("cannot convert dictionary update sequence element #{i} to a sequence"),
            )
        })?;
        if pair.len() != 2 {
            return value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            ));
        }
        let mut p = pair.into_iter();
        if let (Some(k), Some(v)) = (p.next(), p.next()) {
            d.set(vm, k, v)?;
        }
        i += 1;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if subclass::is_subclass_new(&a[0]) {
        return Ok(subclass::new_for_class(
            &a[0],
            Value::Dict(Arc::new(Dict::new())),
        ));
    }
    if a.len() > 2 {
        return type_error(format!(
            "dict expected at most 1 argument, got {}",
            a.len() - 1
        ));
    }
    let d = Dict::new();
    if let Some(src) = a.get(1) {
        dict_fill(vm, &d, src, "dict")?;
    }
    for (k, v) in kw {
        d.set_str(k.clone(), v.clone());
    }
    Ok(Value::Dict(Arc::new(d)))
}

pub fn set_from(vm: &mut Vm, src: Option<&Value>, frozen: bool) -> PyResult<Value> {
    crate::objects::methods::set::new_from(vm, src, frozen).map(Value::Set)
}

fn set_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if subclass::is_subclass_new(&a[0]) {
        return Ok(subclass::new_for_class(
            &a[0],
            Value::Set(Set::empty(false)),
        ));
    }
    arity("set", &a[1..], kw, 0, 1)?;
    set_from(vm, a.get(1), false)
}

fn frozenset_value(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("frozenset", &a[1..], kw, 0, 1)?;
    if let (Value::Class(c), Some(f @ Value::Set(s))) = (&a[0], a.get(1)) {
        if s.frozen && Arc::ptr_eq(c, class_of(f)) {
            // frozenset(f) is f itself, as in CPython.
            return Ok(f.clone());
        }
    }
    set_from(vm, a.get(1), true)
}

fn range_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let args = &a[1..];
    if !kw.is_empty() {
        return type_error("range() takes no keyword arguments");
    }
    let small = match args {
        [Value::Int(stop)] => Some((0, *stop, 1)),
        [Value::Int(start), Value::Int(stop)] => Some((*start, *stop, 1)),
        [Value::Int(start), Value::Int(stop), Value::Int(step)] => Some((*start, *stop, *step)),
        _ => None,
    };
    if let Some((start, stop, step)) = small {
        if step == 0 {
            return value_error("range() arg 3 must not be zero");
        }
        // The i64 form, when no step past either end overflows and the length fits (it is
        // at most the distance); see BigRange::into_value.
        if start.checked_sub(step).is_some()
            && stop.checked_add(step).is_some()
            && stop.checked_sub(start).is_some_and(|d| d != i64::MIN)
        {
            return Ok(Value::object(ObjKind::Range { start, stop, step }));
        }
    }
    let (start, stop, step) = match args {
        [stop] => (Value::Int(0), vm.number_index(stop)?, Value::Int(1)),
        [start, stop] => (
            vm.number_index(start)?,
            vm.number_index(stop)?,
            Value::Int(1),
        ),
        [start, stop, step] => (
            vm.number_index(start)?,
            vm.number_index(stop)?,
            vm.number_index(step)?,
        ),
        [] => return type_error("range expected at least 1 argument, got 0"),
        _ => {
            return type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            ))
        }
    };
    let big = |v: &Value| crate::vm::ops::to_big(v).expect("number_index gives an int");
    let step = big(&step);
    if step.is_zero() {
        return value_error("range() arg 3 must not be zero");
    }
    Ok(BigRange {
        start: big(&start),
        stop: big(&stop),
        step,
    }
    .into_value())
}

fn slice_new(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("slice", &a[1..], kw, 1, 3)?;
    let args = &a[1..];
    Ok(match args.len() {
        1 => Value::object(ObjKind::Slice(Value::None, args[0].clone(), Value::None)),
        2 => Value::object(ObjKind::Slice(
            args[0].clone(),
            args[1].clone(),
            Value::None,
        )),
        _ => Value::object(ObjKind::Slice(
            args[0].clone(),
            args[1].clone(),
            args[2].clone(),
        )),
    })
}

fn object_new(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let Some(cls) = a.first() else {
        return type_error("object.__new__(): not enough arguments");
    };
    if !matches!(cls, Value::Class(_)) {
        return type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            type_name(cls)
        ));
    }
    if a.len() > 1 || !kw.is_empty() {
        return type_error("object() takes no arguments");
    }
    match cls {
        Value::Class(c) if !Arc::ptr_eq(c, &super::types::types().object) => {
            Ok(Value::Instance(crate::objects::Instance::new(c.clone())))
        }
        _ => Ok(Value::Instance(crate::objects::Instance::new(
            super::types::types().object.clone(),
        ))),
    }
}

fn type_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let args = &a[1..];
    match args.len() {
        1 => Ok(Value::Class(class_of(&args[0]).clone())),
        3 => {
            let Value::Str(name) = &args[0] else {
                return type_error("type.__new__() argument 1 must be str");
            };
            let bases: Vec<Arc<Class>> = match &args[1] {
                Value::Tuple(t) => t
                    .items
                    .iter()
                    .filter_map(|b| match b {
                        Value::Class(c) => Some(c.clone()),
                        _ => None,
                    })
                    .collect(),
                _ => return type_error("type.__new__() argument 2 must be tuple"),
            };
            let Value::Dict(ns) = &args[2] else {
                return type_error("type.__new__() argument 3 must be dict");
            };
            let bases = if bases.is_empty() {
                vec![super::types::types().object.clone()]
            } else {
                bases
            };
            let layout =
                crate::objects::class::layout_for(&bases).map_err(|m| exc("TypeError", m))?;
            let mro = c3_mro(&bases).ok_or_else(|| {
                exc(
                    "TypeError",
                    "Cannot create a consistent method resolution order (MRO)",
                )
            })?;
            crate::vm::cache::bump_class_epoch();
            // As type.__new__, the namespace gains `__module__` and `__doc__` when it lacks them.
            let dict = ns.copy();
            let module = match dict.get_str(&names().module) {
                Some(Value::Str(m)) => m.as_str().to_string(),
                Some(_) => "__main__".to_string(),
                None => {
                    dict.set_str(names().module.clone(), Value::str("__main__"));
                    "__main__".to_string()
                }
            };
            if dict.get_str(&names().doc).is_none() {
                dict.set_str(names().doc.clone(), Value::None);
            }
            let cls = Arc::new(Class {
                name: name.clone(),
                qualname: name.as_str().to_string(),
                module,
                bases,
                mro,
                dict,
                layout,
                attr_flags: Default::default(),
                slots: None,
                subclasses: Default::default(),
            });
            Class::register_subclass(&cls);
            // As a class statement: `__set_name__` on the attributes, then the parent's
            // `__init_subclass__` with the keywords.
            vm.set_names(&cls)?;
            vm.init_subclass(&cls, kw)?;
            Ok(Value::Class(cls))
        }
        _ => type_error("type() takes 1 or 3 arguments"),
    }
}

/// A super object, after CPython's supercheck: `obj` must be an instance of `class` or a
/// subclass of it (zero-argument super() in a comprehension meets its iterator here).
pub fn new_super(class: Arc<Class>, obj: Value) -> PyResult<Value> {
    let fits = match &obj {
        Value::Class(c) => c.is_subclass(&class),
        _ => class_of(&obj).is_subclass(&class),
    };
    if !fits {
        return type_error("super(type, obj): obj must be an instance or subtype of type");
    }
    Ok(Value::object(ObjKind::Super { class, obj }))
}

fn super_new(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    match a.len() {
        3 => {
            let Value::Class(c) = &a[1] else {
                return type_error("super() argument 1 must be a type");
            };
            new_super(c.clone(), a[2].clone())
        }
        1 => raise("RuntimeError", "super(): no arguments"),
        n if n > 3 => type_error(format!(
            "super() expected at most 2 arguments, got {}",
            n - 1
        )),
        _ => type_error("mt does not support super() with one argument"),
    }
}

fn property_new(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = bind("property", &a[1..], kw, &["fget", "fset", "fdel", "doc"], 0)?;
    let g = |i: usize| p[i].clone().unwrap_or(Value::None);
    let p = Value::object(ObjKind::Property {
        fget: g(0),
        fset: g(1),
        fdel: g(2),
        doc: g(3),
    });
    Ok(subclass::new_for_class(&a[0], p))
}

fn staticmethod_new(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("staticmethod", &a[1..], kw, 1, 1)?;
    Ok(Value::object(ObjKind::StaticMethod(a[1].clone())))
}

fn classmethod_new(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("classmethod", &a[1..], kw, 1, 1)?;
    Ok(Value::object(ObjKind::ClassMethod(a[1].clone())))
}

/// round(number, ndigits=None).
pub fn round(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = bind("round", a, kw, &["number", "ndigits"], 1)?;
    let x = p[0].clone().unwrap_or(Value::None);
    let nd = match &p[1] {
        None | Some(Value::None) => None,
        // Digits past a machine word clamp (CPython's PyNumber_AsSsize_t with no error).
        Some(Value::BigInt(b)) if num_traits::Signed::is_negative(&**b) => Some(i64::MIN),
        Some(Value::BigInt(_)) => Some(i64::MAX),
        Some(v) => Some(vm.to_index(v)?),
    };
    match (&x, nd) {
        (Value::Float(f), None) => {
            let r = f.round();
            let r = if (f - f.trunc()).abs() == 0.5 {
                2.0 * (f / 2.0).round()
            } else {
                r
            };
            float_to_int(r)
        }
        (Value::Float(f), Some(n)) => match numfmt::round_float_checked(*f, n) {
            Ok(r) => Ok(Value::Float(r)),
            Err(msg) => overflow_error(msg),
        },
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), None) => Ok(match x {
            Value::Bool(b) => Value::Int(b as i64),
            _ => x,
        }),
        (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), Some(n)) => {
            if n >= 0 {
                return Ok(match x {
                    Value::Bool(b) => Value::Int(b as i64),
                    _ => x,
                });
            }
            let v = crate::vm::ops::to_big(&x).unwrap_or_default();
            let Some(k) = (-n).to_u32() else {
                return Ok(Value::Int(0));
            };
            let pow = num_traits::Pow::pow(&BigInt::from(10), k);
            use num_integer::Integer;
            let (q, r) = v.div_mod_floor(&pow);
            let twice = &r * 2;
            let q = if twice > pow || (twice == pow && q.is_odd()) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * pow))
        }
        _ => {
            let args: Vec<Value> = p[1].iter().cloned().collect();
            match vm.call_special(&x, &names().round, &args)? {
                Some(r) => Ok(r),
                None => type_error(format!(
                    "type {} doesn't define __round__ method",
                    type_name(&x)
                )),
            }
        }
    }
}

impl Vm {
    /// format(v, spec): numbers and strings natively, `__format__` for instances.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        let r = match v {
            Value::Int(i) => numfmt::format_i64(*i, spec),
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if *b { "True" } else { "False" }.into());
                }
                // Formatted as an int, but named as itself in errors.
                numfmt::format_i64(*b as i64, spec)
                    .map_err(|m| m.replace("type 'int'", "type 'bool'"))
            }
            Value::BigInt(b) => numfmt::format_int(b, spec),
            Value::Float(f) => numfmt::format_float(*f, spec),
            Value::Str(s) => numfmt::format_str(s.as_str(), spec),
            Value::Instance(_) => {
                if let Some(native) = self.inherited_native(v, &names().format) {
                    // The built-in types format an empty spec as str(self).
                    if spec.is_empty() {
                        return self.str(v);
                    }
                    return self.format(&native, spec);
                }
                if let Some(r) = self.call_special(v, &names().format, &[Value::str(spec)])? {
                    return match r {
                        Value::Str(s) => Ok(s.as_str().to_string()),
                        other => type_error(format!(
                            "__format__ must return a str, not {}",
                            type_name(&other)
                        )),
                    };
                }
                if spec.is_empty() {
                    return self.str(v);
                }
                return type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    type_name(v)
                ));
            }
            _ => {
                if spec.is_empty() {
                    return self.str(v);
                }
                return type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    type_name(v)
                ));
            }
        };
        r.map_err(format_error)
    }
}

/// The (key, value) pairs of a mapping as CPython's `PyDict_Merge` reads them: a dict, or a
/// dict subclass that keeps dict's `__iter__`, directly (its own `__getitem__` and `keys` are
/// not called); anything else through `keys()` and `[]`. None when `src` has no `keys`.
pub fn mapping_items(vm: &mut Vm, src: &Value) -> PyResult<Option<Vec<(Value, Value)>>> {
    if let Value::Dict(s) = src {
        return Ok(Some(s.items()));
    }
    if let (Value::Instance(i), Some(Value::Dict(s))) = (src, subclass::native_of(src)) {
        let dict_iter = super::types::types().dict.dict.get_str(&names().iter);
        let own_iter = vm.cls_lookup(&i.class, &names().iter);
        if matches!((own_iter, dict_iter), (Some(a), Some(b)) if a.is(&b)) {
            return Ok(Some(s.items()));
        }
    }
    if vm.getattr_opt(src, &new_str("keys"))?.is_none() {
        return Ok(None);
    }
    let keys = vm.call_method(src, "keys", &[])?;
    let mut out = Vec::new();
    for k in vm.to_vec(&keys)? {
        let v = vm.getitem(src, &k)?;
        out.push((k, v));
    }
    Ok(Some(out))
}
