//! BaseExceptionGroup and ExceptionGroup (PEP 654), as CPython 3.11's Objects/exceptions.c
//! builds them: `__new__` checks `(message, exceptions)` and picks ExceptionGroup when every
//! member is an Exception; `split`, `subgroup` and `derive`; and the two steps of `except*`
//! (Python/ceval.c's `exception_group_match` and `_PyExc_PrepReraiseStar`), which the VM's
//! `ExceptStarMatch` and `ExceptStarEnd` instructions call.

use super::types::Types;
use crate::objects::class::ExcGroup;
use crate::objects::{new_str, Builtin, Class, Value};
use crate::vm::error::*;
use crate::vm::protocol::type_name;
use crate::vm::{KwArgs, PyResult, Vm};
use std::collections::HashSet;
use std::sync::Arc;

pub fn register(t: &Types) {
    let base = &t.exc["BaseExceptionGroup"];
    let add = |name: &'static str, f: crate::objects::function::NativeFn| {
        base.dict.set_str(
            new_str(name),
            Builtin::method("BaseExceptionGroup", name, f),
        );
    };
    add("split", split);
    add("subgroup", subgroup);
    add("derive", derive);
}

fn base_group_class() -> &'static Arc<Class> {
    exc_class("BaseExceptionGroup")
}

fn group_class() -> &'static Arc<Class> {
    exc_class("ExceptionGroup")
}

/// `(message, exceptions)` of an exception group; None for any other value.
pub fn parts(v: &Value) -> Option<(Value, Vec<Value>)> {
    let d = exc_data(v)?.lock();
    let g = d.group.as_ref()?;
    Some((g.message.clone(), g.exceptions.clone()))
}

/// Whether `v` is an exception group (without copying its members).
pub fn is_group(v: &Value) -> bool {
    exc_data(v).is_some_and(|d| d.lock().group.is_some())
}

/// CPython's `BaseExceptionGroup.__new__`: the class to instantiate and the group's state.
/// `BaseExceptionGroup(...)` of Exceptions only makes an ExceptionGroup; an ExceptionGroup
/// (or a user subclass of Exception) refuses BaseExceptions.
pub fn new_group(
    vm: &mut Vm,
    cls: &Arc<Class>,
    args: &[Value],
) -> PyResult<(Arc<Class>, ExcGroup)> {
    if args.len() != 2 {
        return type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            args.len()
        ));
    }
    if !matches!(args[0], Value::Str(_)) {
        return type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name(&args[0])
        ));
    }
    if !is_sequence(vm, &args[1]) {
        return type_error("second argument (exceptions) must be a sequence");
    }
    let exceptions = vm.to_vec(&args[1])?;
    if exceptions.is_empty() {
        return value_error("second argument (exceptions) must be a non-empty sequence");
    }
    let mut nested_base = false;
    for (i, e) in exceptions.iter().enumerate() {
        if exc_data(e).is_none() {
            return value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            ));
        }
        nested_base |= !is_exc(e, "Exception");
    }
    let mut class = cls.clone();
    if Arc::ptr_eq(cls, group_class()) {
        if nested_base {
            return type_error("Cannot nest BaseExceptions in an ExceptionGroup");
        }
    } else if Arc::ptr_eq(cls, base_group_class()) {
        if !nested_base {
            class = group_class().clone();
        }
    } else if nested_base && cls.is_subclass(exc_class("Exception")) {
        return type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            cls.name.as_str()
        ));
    }
    let group = ExcGroup {
        message: args[0].clone(),
        exceptions,
    };
    Ok((class, group))
}

/// What `PySequence_Check` accepts: lists, tuples, strings, ranges, and instances whose
/// class defines `__getitem__` (but not dicts).
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => true,
        Value::Object(_) => type_name(v) == "range",
        Value::Instance(i) => {
            !i.class.is_subclass(&super::types::types().dict)
                && vm
                    .cls_lookup(&i.class, &crate::objects::names::names().getitem)
                    .is_some()
        }
        _ => false,
    }
}

/// `BaseExceptionGroup(message, exceptions)` as the C API's `_PyExc_CreateExceptionGroup`.
fn create(vm: &mut Vm, message: &str, exceptions: Value) -> PyResult<Value> {
    let cls = Value::Class(base_group_class().clone());
    vm.call(&cls, &[Value::str(message), exceptions], &[])
}

/// How `split` and `subgroup` choose: by exception type(s), by a predicate, or (for
/// `except*`'s re-raise) by the identity of leaf exceptions.
enum Matcher {
    Type(Value),
    Predicate(Value),
    Ids(HashSet<usize>),
}

impl Matcher {
    /// CPython's `get_matcher_type`.
    fn from_value(v: &Value) -> PyResult<Matcher> {
        let is_exc_class = |v: &Value| matches!(v, Value::Class(c) if c.is_exception());
        match v {
            Value::Class(_) if is_exc_class(v) => Ok(Matcher::Type(v.clone())),
            Value::Tuple(t) if t.items.iter().all(is_exc_class) => Ok(Matcher::Type(v.clone())),
            Value::Class(_) | Value::Tuple(_) => Err(matcher_error()),
            _ if crate::builtins::is_callable(v) => Ok(Matcher::Predicate(v.clone())),
            _ => Err(matcher_error()),
        }
    }

    fn matches(&self, vm: &mut Vm, e: &Value) -> PyResult<bool> {
        match self {
            Matcher::Type(t) => vm.exc_matches(e, t),
            Matcher::Predicate(f) => {
                let r = vm.call(f, std::slice::from_ref(e), &[])?;
                vm.truthy(&r)
            }
            Matcher::Ids(ids) => Ok(ids.contains(&e.id())),
        }
    }
}

fn matcher_error() -> Value {
    exc(
        "TypeError",
        "expected a function, exception type or tuple of exception types",
    )
}

/// CPython's `exceptiongroup_split_recursive`: the part of `e` that matches and (when
/// `with_rest`) the part that does not, each None when empty. A group that matches as a whole
/// is returned itself; a partly matching one is rebuilt by `derive` with its metadata.
fn split_recursive(
    vm: &mut Vm,
    e: &Value,
    m: &Matcher,
    with_rest: bool,
) -> PyResult<(Option<Value>, Option<Value>)> {
    if m.matches(vm, e)? {
        return Ok((Some(e.clone()), None));
    }
    let Some((_, members)) = parts(e) else {
        return Ok((None, with_rest.then(|| e.clone())));
    };
    vm.check_native_stack()?;
    let (mut matched, mut rest) = (Vec::new(), Vec::new());
    for x in &members {
        let (a, b) = split_recursive(vm, x, m, with_rest)?;
        matched.extend(a);
        rest.extend(b);
    }
    let matched = subset(vm, e, matched)?;
    let rest = match with_rest {
        true => subset(vm, e, rest)?,
        false => None,
    };
    Ok((matched, rest))
}

/// CPython's `exceptiongroup_subset`: `orig.derive(excs)` carrying orig's traceback,
/// `__cause__`, `__context__` and a copy of its notes; None for no exceptions.
fn subset(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    if excs.is_empty() {
        return Ok(None);
    }
    let eg = vm.call_method(orig, "derive", &[Value::list(excs)])?;
    if !is_group(&eg) {
        return type_error("derive must return an instance of BaseExceptionGroup");
    }
    let (Some(from), Some(to)) = (exc_data(orig), exc_data(&eg)) else {
        return Ok(Some(eg));
    };
    if !std::ptr::eq(from, to) {
        let (tb, cause, context) = {
            let f = from.lock();
            (f.traceback.clone(), f.cause.clone(), f.context.clone())
        };
        let mut t = to.lock();
        t.traceback = tb;
        t.tb_object = None;
        t.cause = cause;
        t.context = context;
    }
    let key = new_str("__notes__");
    if let Some(notes) = vm.getattr_opt(orig, &key)? {
        if matches!(notes, Value::List(_) | Value::Tuple(_)) {
            let copy = Value::list(vm.to_vec(&notes)?);
            vm.setattr(&eg, &key, copy)?;
        }
    }
    Ok(Some(eg))
}

fn self_parts(a: &[Value]) -> PyResult<(Value, Vec<Value>)> {
    match a.first().and_then(parts) {
        Some(p) => Ok(p),
        None => type_error("descriptor requires a 'BaseExceptionGroup' object"),
    }
}

/// `eg.split(condition)`: `(match, rest)`.
fn split(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    super::args::arity("split", &a[1..], kw, 1, 1)?;
    self_parts(a)?;
    let m = Matcher::from_value(&a[1])?;
    let (matched, rest) = split_recursive(vm, &a[0], &m, true)?;
    Ok(Value::tuple(vec![
        matched.unwrap_or(Value::None),
        rest.unwrap_or(Value::None),
    ]))
}

/// `eg.subgroup(condition)`: the matching part, or None.
fn subgroup(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    super::args::arity("subgroup", &a[1..], kw, 1, 1)?;
    self_parts(a)?;
    let m = Matcher::from_value(&a[1])?;
    Ok(split_recursive(vm, &a[0], &m, false)?
        .0
        .unwrap_or(Value::None))
}

/// `eg.derive(excs)`: a plain group with this one's message.
fn derive(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    super::args::arity("derive", &a[1..], kw, 1, 1)?;
    let (message, _) = self_parts(a)?;
    let cls = Value::Class(base_group_class().clone());
    vm.call(&cls, &[message, a[1].clone()], &[])
}

/// `str(eg)`: `message (N sub-exceptions)`.
pub fn group_str(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    let Some((message, excs)) = parts(v) else {
        return Ok(None);
    };
    let n = excs.len();
    let plural = if n > 1 { "s" } else { "" };
    Ok(Some(format!(
        "{} ({n} sub-exception{plural})",
        vm.str(&message)?
    )))
}

/// `except* T`: splits the exception still unhandled, `rest`, into what `T` matches and what
/// it does not, as CPython's CHECK_EG_MATCH. A bare exception that matches is wrapped in
/// `ExceptionGroup('', (e,))`, which (as in CPython 3.11) has no traceback of its own.
pub fn except_star_match(
    vm: &mut Vm,
    rest: &Value,
    ty: &Value,
) -> PyResult<(Option<Value>, Value)> {
    let classes: Vec<&Value> = match ty {
        Value::Tuple(t) => t.items.iter().collect(),
        other => vec![other],
    };
    // The type is checked as `except` checks it, then refused if it names a group.
    crate::vm::eval::check_except_type(ty)?;
    if classes
        .iter()
        .any(|c| matches!(c, Value::Class(c) if c.is_subclass(base_group_class())))
    {
        return type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        );
    }
    if rest.is_none() {
        return Ok((None, Value::None));
    }
    if vm.exc_matches(rest, ty)? {
        if is_group(rest) {
            return Ok((Some(rest.clone()), Value::None));
        }
        let wrapped = create(vm, "", Value::tuple(vec![rest.clone()]))?;
        return Ok((Some(wrapped), Value::None));
    }
    if is_group(rest) {
        let pair = vm.call_method(rest, "split", std::slice::from_ref(ty))?;
        let v = vm.to_vec(&pair)?;
        if let [matched, rest] = &v[..] {
            let matched = (!matched.is_none()).then(|| matched.clone());
            return Ok((matched, rest.clone()));
        }
        return type_error("split must return a 2-tuple");
    }
    Ok((None, rest.clone()))
}

/// What leaves a `try`/`except*` statement once its handlers have run, as CPython's
/// `_PyExc_PrepReraiseStar`: `excs` holds what the handlers raised, then the unhandled rest.
/// Re-raised parts of `orig` keep its shape; newly raised ones join them in a new group.
pub fn prep_reraise_star(vm: &mut Vm, orig: &Value, excs: Vec<Value>) -> PyResult<Option<Value>> {
    let excs: Vec<Value> = excs.into_iter().filter(|e| !e.is_none()).collect();
    if excs.is_empty() {
        return Ok(None);
    }
    if !is_group(orig) {
        // A bare exception was wrapped: only one handler can have run.
        return Ok(excs.into_iter().next());
    }
    let (mut raised, mut reraised) = (Vec::new(), Vec::new());
    for e in excs {
        if same_metadata(vm, &e, orig) {
            reraised.push(e);
        } else {
            raised.push(e);
        }
    }
    let mut ids = HashSet::new();
    for e in &reraised {
        leaf_ids(e, &mut ids);
    }
    let kept = split_recursive(vm, orig, &Matcher::Ids(ids), false)?.0;
    if raised.is_empty() {
        return Ok(kept);
    }
    raised.extend(kept);
    if raised.len() == 1 {
        return Ok(raised.pop());
    }
    create(vm, "", Value::list(raised)).map(Some)
}

/// CPython's `is_same_exception_metadata`: a part of `orig` re-raised by a bare `raise`
/// still has orig's traceback, cause, context and notes.
fn same_metadata(vm: &mut Vm, e: &Value, orig: &Value) -> bool {
    let (Some(a), Some(b)) = (exc_data(e), exc_data(orig)) else {
        return false;
    };
    let same_refs = |x: &Option<Value>, y: &Option<Value>| match (x, y) {
        (None, None) => true,
        (Some(x), Some(y)) => x.is(y),
        _ => false,
    };
    // Each lock is taken alone (e may be orig itself); only the compared fields are copied.
    let metadata = |d: &parking_lot::Mutex<crate::objects::class::ExcData>| {
        let d = d.lock();
        (d.traceback.clone(), d.cause.clone(), d.context.clone())
    };
    let (tb_a, cause_a, context_a) = metadata(a);
    let (tb_b, cause_b, context_b) = metadata(b);
    let same = tb_a.len() == tb_b.len()
        && tb_a
            .iter()
            .zip(&tb_b)
            .all(|(x, y)| Arc::ptr_eq(&x.code, &y.code) && x.line == y.line && x.span == y.span)
        && same_refs(&cause_a, &cause_b)
        && same_refs(&context_a, &context_b);
    let key = new_str("__notes__");
    let notes = |vm: &mut Vm, v: &Value| vm.getattr_opt(v, &key).ok().flatten();
    same && same_refs(&notes(vm, e), &notes(vm, orig))
}

fn leaf_ids(e: &Value, ids: &mut HashSet<usize>) {
    match parts(e) {
        Some((_, members)) => members.iter().for_each(|m| leaf_ids(m, ids)),
        None => {
            ids.insert(e.id());
        }
    }
}
