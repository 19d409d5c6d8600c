//! Builtins that consume or build iterators: iter, next, enumerate, zip, map, filter,
//! reversed, sorted (stable, key=, reverse=), min, max, sum, any, all.

use super::args::{arity, bind, invalid_keyword, kwarg};
use crate::objects::names::names;
use crate::objects::object::IterState;
use crate::objects::spin::SpinMutex;
use crate::objects::{ObjKind, Value};
use crate::vm::error::*;
use crate::vm::protocol::{range_len, type_name};
use crate::vm::{KwArgs, PyResult, Vm};

fn iter_obj(state: IterState) -> Value {
    Value::object(ObjKind::Iter(SpinMutex::new(state)))
}

pub fn iter(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("iter", a, kw, 1, 2)?;
    if a.len() == 2 {
        if !super::is_callable(&a[0]) {
            return type_error("iter(v, w): v must be callable");
        }
        return Ok(iter_obj(IterState::CallIter {
            func: a[0].clone(),
            sentinel: a[1].clone(),
        }));
    }
    vm.iter(&a[0])
}

pub fn next(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("next", a, kw, 1, 2)?;
    if !vm.is_iterator(&a[0]) {
        return type_error(format!("'{}' object is not an iterator", type_name(&a[0])));
    }
    if let Value::Instance(_) = &a[0] {
        // __next__ raises its own StopIteration (with its message), which next() propagates.
        return match vm.call_special(&a[0], &crate::objects::names::names().next, &[]) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => type_error(format!("'{}' object is not an iterator", type_name(&a[0]))),
            Err(e) if a.len() == 2 && is_exc(&e, "StopIteration") => Ok(a[1].clone()),
            Err(e) => Err(e),
        };
    }
    if crate::vm::eval::gen_of(&a[0]).is_some() {
        // A generator's return value travels in StopIteration.value.
        return match vm.gen_resume(&a[0], Value::None, None)? {
            crate::vm::gen::GenResult::Yielded(v) => Ok(v),
            crate::vm::gen::GenResult::Returned(r) => match a.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(stop_iteration(r)),
            },
        };
    }
    match vm.next(&a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                // A finished generator reports its return value only once; later calls give
                // a bare StopIteration, as CPython does.
                Err(stop_iteration(Value::None))
            }
        },
    }
}

/// `map`, `filter`, `zip` and `enumerate` are classes, as in CPython (`isinstance(m, map)`,
/// `map.__name__`); calling one runs its constructor below through `__new__`.
pub fn register(t: &super::types::Types) {
    let classes: [(&str, crate::objects::function::NativeFn); 5] = [
        ("map", |vm, a, kw| map(vm, &a[1..], kw)),
        ("filter", |vm, a, kw| filter(vm, &a[1..], kw)),
        ("zip", |vm, a, kw| zip(vm, &a[1..], kw)),
        ("enumerate", |vm, a, kw| enumerate(vm, &a[1..], kw)),
        ("reversed", |vm, a, kw| reversed(vm, &a[1..], kw)),
    ];
    for (name, new) in classes {
        t.iterators[name].dict.set_str(
            crate::objects::names::names().new.clone(),
            crate::objects::Builtin::function(name, new),
        );
    }
}

pub fn enumerate(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if a.len() > 2 {
        return type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            a.len()
        ));
    }
    if let Some((k, _)) = kw
        .iter()
        .find(|(k, _)| !matches!(k.as_str(), "iterable" | "start"))
    {
        return type_error(invalid_keyword("enumerate", k));
    }
    if a.is_empty() && kwarg(kw, "iterable").is_none() {
        return type_error("enumerate() missing required argument 'iterable'");
    }
    let p = bind("enumerate", a, kw, &["iterable", "start"], 1)?;
    let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    let start = match &p[1] {
        Some(v) => vm.number_index(v)?,
        None => Value::Int(0),
    };
    Ok(iter_obj(IterState::Enumerate { it, idx: start }))
}

pub fn zip(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let mut strict = false;
    for (k, v) in kw {
        if k.as_str() != "strict" {
            return type_error(format!(
                "zip() got an unexpected keyword argument '{}'",
                k.as_str()
            ));
        }
        strict = vm.truthy(v)?;
    }
    let mut its = Vec::with_capacity(a.len());
    for x in a {
        its.push(vm.iter(x)?);
    }
    Ok(iter_obj(IterState::Zip { its, strict }))
}

pub fn map(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return type_error("map() takes no keyword arguments");
    }
    if a.len() < 2 {
        return type_error("map() must have at least two arguments.");
    }
    let mut its = Vec::with_capacity(a.len() - 1);
    for x in &a[1..] {
        its.push(vm.iter(x)?);
    }
    Ok(iter_obj(IterState::Map {
        func: a[0].clone(),
        its,
    }))
}

pub fn filter(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("filter", a, kw, 2, 2)?;
    let it = vm.iter(&a[1])?;
    Ok(iter_obj(IterState::Filter {
        func: a[0].clone(),
        it,
    }))
}

pub fn reversed(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return type_error("reversed() takes no keyword arguments");
    }
    if a.len() != 1 {
        return type_error(format!("reversed expected 1 argument, got {}", a.len()));
    }
    let v = &a[0];
    match v {
        Value::List(l) => {
            let n = l.items.lock().len();
            Ok(iter_obj(IterState::Reversed {
                seq: v.clone(),
                idx: n,
            }))
        }
        Value::Tuple(_) | Value::Str(_) => {
            let n = vm.len(v)?;
            Ok(iter_obj(IterState::Reversed {
                seq: v.clone(),
                idx: n,
            }))
        }
        Value::Dict(d) => Ok(crate::objects::methods::dict::reversed_iter(
            d,
            crate::objects::object::ViewKind::Keys,
        )),
        Value::Object(o) => match &o.kind {
            ObjKind::DictView(d, kind) => {
                Ok(crate::objects::methods::dict::reversed_iter(d, *kind))
            }
            ObjKind::BigRange(r) => Ok(iter_obj(IterState::BigRange(Box::new(r.reversed())))),
            ObjKind::Range { start, stop, step } => {
                let n = range_len(*start, *stop, *step) as i64;
                let last = start + (n - 1) * step;
                Ok(iter_obj(IterState::Range {
                    cur: last,
                    stop: start - step,
                    step: -step,
                }))
            }
            _ => type_error(format!("'{}' object is not reversible", type_name(v))),
        },
        Value::Instance(_) => {
            if let Some(r) = vm.call_special(v, &names().reversed, &[])? {
                return Ok(r);
            }
            if vm.lookup_special(v, &names().getitem).is_some()
                && vm.lookup_special(v, &names().len).is_some()
            {
                let n = vm.len(v)?;
                return Ok(iter_obj(IterState::Reversed {
                    seq: v.clone(),
                    idx: n,
                }));
            }
            type_error(format!("'{}' object is not reversible", type_name(v)))
        }
        _ => type_error(format!("'{}' object is not reversible", type_name(v))),
    }
}

/// Sorts values in place by `key` (stable; CPython's list.sort semantics).
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    super::timsort::sort(vm, items, key, reverse)
}

pub fn sorted(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if a.len() != 1 {
        return type_error(format!("sorted expected 1 argument, got {}", a.len()));
    }
    for (k, _) in kw {
        if k.as_str() != "key" && k.as_str() != "reverse" {
            return type_error(invalid_keyword("sort", k));
        }
    }
    let mut items = vm.to_vec(&a[0])?;
    // An int, as list.sort (CPython parses it with the "i" format).
    let reverse = match kwarg(kw, "reverse") {
        Some(r) => vm.to_index(r)? != 0,
        None => false,
    };
    sort_values(vm, &mut items, kwarg(kw, "key"), reverse)?;
    Ok(Value::list(items))
}

fn min_max(vm: &mut Vm, a: &[Value], kw: &KwArgs, name: &str, want_max: bool) -> PyResult<Value> {
    let key = kwarg(kw, "key").filter(|k| !k.is_none()).cloned();
    let default = kwarg(kw, "default").cloned();
    for (k, _) in kw {
        if k.as_str() != "key" && k.as_str() != "default" {
            return type_error(invalid_keyword(name, k));
        }
    }
    let items = match a.len() {
        0 => return type_error(format!("{name} expected at least 1 argument, got 0")),
        1 => vm.to_vec(&a[0])?,
        _ => {
            if default.is_some() {
                return type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                ));
            }
            a.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, std::slice::from_ref(&it), &[])?,
            None => it.clone(),
        };
        best = Some(match best {
            None => (k, it),
            Some((bk, bv)) => {
                // CPython: `item > best` for max, `item < best` for min.
                let better = if want_max {
                    vm.gt(&k, &bk)?
                } else {
                    vm.lt(&k, &bk)?
                };
                if better {
                    (k, it)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => value_error(format!("{name}() arg is an empty sequence")),
        },
    }
}

pub fn min(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    min_max(vm, a, kw, "min", false)
}

pub fn max(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    min_max(vm, a, kw, "max", true)
}

pub fn sum(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if a.is_empty() {
        return type_error("sum() takes at least 1 positional argument (0 given)");
    }
    let p = bind("sum", a, kw, &["iterable", "start"], 1)?;
    let mut acc = p[1].clone().unwrap_or(Value::Int(0));
    if let Value::Str(_) = acc {
        return type_error("sum() can't sum strings [use ''.join(seq) instead]");
    }
    let it = vm.iter(p[0].as_ref().unwrap_or(&Value::None))?;
    while let Some(v) = vm.next(&it)? {
        if let (Value::Int(x), Value::Int(y)) = (&acc, &v) {
            if let Some(r) = x.checked_add(*y) {
                acc = Value::Int(r);
                continue;
            }
        }
        acc = vm.binary(crate::syntax::ast::BinOp::Add, &acc, &v)?;
    }
    Ok(acc)
}

pub fn any(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("any", a, kw, 1, 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

pub fn all(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("all", a, kw, 1, 1)?;
    let it = vm.iter(&a[0])?;
    while let Some(v) = vm.next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}
