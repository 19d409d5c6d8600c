//! `_threading`: the synchronisation classes of CPython's `threading` module, written natively
//! (https://docs.python.org/3.11/library/threading.html): `Condition`, `Semaphore`,
//! `BoundedSemaphore`, `Event`, `Barrier` and `BrokenBarrierError`. The mt `threading` module
//! (lib/threading.mt) re-exports them. Their classes say `threading`, so reprs and tracebacks
//! read as CPython's, and they follow CPython 3.11's threading.py step by step: the same
//! argument checks in the same order, the same messages, reprs and return values.
//!
//! Every wait goes through `runtime::wait::block` (GIL released, Ctrl-C wakes the main thread,
//! deadlock reports say what the thread waits in); an uncontended operation only takes the
//! object's own state lock. No Rust lock is held while mt code runs (a `wait_for` predicate, a
//! barrier action, the methods of a lock that is not one of `_thread`'s).
//!
//! Differences from threading.py, none visible to a program inside the subset: a semaphore or
//! event keeps its state in one `Waitable` instead of a `Condition`, so a release wakes the
//! waiters to race for the count (CPython's docs leave the order open); a `Barrier` models the
//! lock its action runs under as a `busy` flag in the same state.
//!
//! This file registers the module and holds what the classes (and queue.rs) share: argument
//! binding, timeout conversion, reprs and construction; each class lives in its own file.

mod barrier;
mod condition;
mod event;
mod semaphore;

pub use barrier::{barrier_class, broken_barrier_error, Barrier};
pub use condition::{condition_class, Condition};
pub use event::{event_class, Event};
pub use semaphore::{bounded_semaphore_class, semaphore_class, SemState, Semaphore};

use super::native;
use crate::objects::class::Class;
use crate::objects::names::names;
use crate::objects::{new_str, Builtin, Value};
use crate::vm::error::*;
use crate::vm::protocol::{class_of, type_name};
use crate::vm::{KwArgs, PyResult, Vm};
use num_traits::ToPrimitive;
use parking_lot::Mutex;
use smallvec::SmallVec;
use std::sync::Arc;
use std::time::Duration;

// ------------------------------------------------------------------ helpers (queue.rs too)

/// Bound arguments, one slot per parameter.
pub(crate) type Args = SmallVec<[Option<Value>; 4]>;

/// Binds a method's arguments (after the receiver) the way a function written in Python binds
/// them, with CPython's messages (`Queue.put() takes from 2 to 4 positional arguments but 5
/// were given`): threading.py and queue.py are Python code, so their errors read so.
pub(crate) fn py_args(
    qualname: &str,
    a: &[Value],
    kw: &KwArgs,
    params: &[&str],
    required: usize,
) -> PyResult<Args> {
    let mut out: Args = SmallVec::from_elem(None, params.len());
    if a.len() > params.len() {
        let takes = if required == params.len() {
            let n = required + 1;
            format!("{n} positional argument{}", if n == 1 { "" } else { "s" })
        } else {
            format!(
                "from {} to {} positional arguments",
                required + 1,
                params.len() + 1
            )
        };
        return type_error(format!(
            "{qualname}() takes {takes} but {} were given",
            a.len() + 1
        ));
    }
    for (slot, v) in out.iter_mut().zip(a) {
        *slot = Some(v.clone());
    }
    for (k, v) in kw {
        match params.iter().position(|p| *p == k.as_str()) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(_) => {
                return type_error(format!(
                    "{qualname}() got multiple values for argument '{}'",
                    k.as_str()
                ))
            }
            None => {
                return type_error(format!(
                    "{qualname}() got an unexpected keyword argument '{}'",
                    k.as_str()
                ))
            }
        }
    }
    let missing: Vec<String> = params[..required]
        .iter()
        .zip(&out)
        .filter(|(_, v)| v.is_none())
        .map(|(p, _)| format!("'{p}'"))
        .collect();
    if !missing.is_empty() {
        let list = match missing.len() {
            1 => missing[0].clone(),
            2 => format!("{} and {}", missing[0], missing[1]),
            n => format!("{}, and {}", missing[..n - 1].join(", "), missing[n - 1]),
        };
        return type_error(format!(
            "{qualname}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        ));
    }
    Ok(out)
}

/// A bound argument that is present and not None.
pub(crate) fn given(v: &Option<Value>) -> Option<&Value> {
    v.as_ref().filter(|v| !v.is_none())
}

/// A number as Python code comparing it with `op` sees it (`timeout > 0`, `n < 1`); anything
/// else gets the TypeError that comparison raises.
pub(crate) fn number(v: &Value, op: &str) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(f) => Ok(*f),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => Ok(b.to_f64().unwrap_or(0.0)),
        _ => type_error(format!(
            "'{op}' not supported between instances of '{}' and 'int'",
            type_name(v)
        )),
    }
}

/// A timeout as `wait_for` first uses it, `_time() + timeout`.
fn added_secs(v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_) => number(v, "+"),
        _ => type_error(format!(
            "unsupported operand type(s) for +: 'float' and '{}'",
            type_name(v)
        )),
    }
}

/// Seconds as a wait: zero for a non-positive (or NaN) value, capped far in the future.
pub(crate) fn duration(secs: f64) -> Duration {
    if secs > 0.0 {
        Duration::from_secs_f64(secs.min(1e9))
    } else {
        Duration::ZERO
    }
}

/// The longest wait CPython's clock type holds (`_PyTime_t` nanoseconds), in seconds.
const PYTIME_MAX_SECS: f64 = 9_223_372_036.854_776;

/// CPython's OverflowError for a wait of `t` (`secs` seconds) its clock cannot hold, if it is
/// one: floats and ints fail their conversion with different messages.
pub(crate) fn wait_overflow(t: &Value, secs: f64) -> Option<Value> {
    if secs.abs() <= PYTIME_MAX_SECS {
        return None;
    }
    let msg = match t {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            "timestamp too large to convert to C _PyTime_t"
        }
        _ => "timestamp out of range for platform time_t",
    };
    Some(exc("OverflowError", msg))
}

/// `lock.acquire(True, timeout)` as threading.py's waits call it, `t` being `secs` seconds:
/// OverflowError beyond what CPython's clock holds (its "timeout value is too large" needs a
/// value in the sub-second gap between `TIMEOUT_MAX` and that limit, where it waits instead).
fn lock_wait(t: &Value, secs: f64) -> PyResult<Option<Duration>> {
    match wait_overflow(t, secs) {
        Some(e) => Err(e),
        None => Ok(Some(duration(secs))),
    }
}

/// `<threading.Event at 0x...`: the start of the 3.11 reprs, naming the object's own class.
fn repr_head(v: &Value) -> String {
    let c = class_of(v);
    format!("<{}.{} at {:#x}", c.module, c.qualname, v.id())
}

/// The class `__new__` was called on (a subclass in mt code, or the class itself).
pub(crate) fn class_arg(a: &[Value], default: &Arc<Class>) -> Arc<Class> {
    match a.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => default.clone(),
    }
}

/// Whether `cls` has an `__init__` written in mt (a subclass calling `super().__init__(...)`):
/// then its `__new__` leaves the arguments to that `__init__` (CPython's object.__new__ rule),
/// and the native `__init__` sets the object up when called. Otherwise `__new__` does it.
pub(crate) fn init_in_mt(cls: &Class) -> bool {
    matches!(cls.lookup(&names().init), Some(v) if !matches!(v, Value::Builtin(_)))
}

/// Builds a native object: `make()` gives it its initial state, and unless an mt `__init__`
/// will, `init` binds the constructor's arguments to it.
fn construct<T: Send + Sync + 'static>(
    vm: &mut Vm,
    a: &[Value],
    kw: &KwArgs,
    default: &Arc<Class>,
    make: impl FnOnce() -> T,
    init: fn(&T, &mut Vm, &[Value], &KwArgs) -> PyResult<()>,
) -> PyResult<Value> {
    let cls = class_arg(a, default);
    let data = make();
    if !init_in_mt(&cls) {
        init(&data, vm, a.get(1..).unwrap_or(&[]), kw)?;
    }
    Ok(native::object(&cls, data))
}

/// Prints CPython's DeprecationWarning for a call from `__main__` (its default warning filter),
/// once per calling line: `FILE:LINE: DeprecationWarning: MSG` and the source line.
fn deprecated(vm: &Vm, msg: &str) {
    static SEEN: Mutex<Vec<(usize, u32)>> = Mutex::new(Vec::new());
    let Some(f) = vm.frames.last() else {
        return;
    };
    let main = matches!(f.globals.get_str(&new_str("__name__")), Some(Value::Str(s)) if s.as_str() == "__main__");
    let line = f.line();
    let key = (Arc::as_ptr(&f.code) as *const () as usize, line);
    if !main {
        return;
    }
    {
        let mut seen = SEEN.lock();
        if seen.contains(&key) {
            return;
        }
        seen.push(key);
    }
    let idx = crate::syntax::span::LineIndex::new(&f.code.source);
    let text = idx.line_text(line as usize).trim();
    let _ = crate::runtime::stdio::flush_stdout();
    let _ = crate::runtime::stdio::write_stderr(&format!(
        "{}:{line}: DeprecationWarning: {msg}\n  {text}\n",
        f.code.filename
    ));
}

fn add_new(c: &Class, f: crate::objects::function::NativeFn) {
    c.dict
        .set_str(new_str("__new__"), Builtin::function("__new__", f));
}

/// Condition.wait's `timeout`: None for ever; a positive number waits (OverflowError beyond
/// TIMEOUT_MAX, as the waiter lock's acquire); zero or less only checks.
fn cond_timeout(t: Option<&Value>) -> PyResult<Option<Duration>> {
    match t {
        None => Ok(None),
        Some(t) => {
            let secs = number(t, ">")?;
            if secs > 0.0 {
                lock_wait(t, secs)
            } else {
                Ok(Some(Duration::ZERO))
            }
        }
    }
}

// ------------------------------------------------------------------ the module

pub fn make(_vm: &mut Vm) -> Arc<crate::objects::Dict> {
    let d = super::module_dict("_threading");
    let class = |c: &Arc<Class>| Value::Class(c.clone());
    d.set_str(new_str("Condition"), class(condition_class()));
    d.set_str(new_str("Semaphore"), class(semaphore_class()));
    d.set_str(
        new_str("BoundedSemaphore"),
        class(bounded_semaphore_class()),
    );
    d.set_str(new_str("Event"), class(event_class()));
    d.set_str(new_str("Barrier"), class(barrier_class()));
    d.set_str(new_str("BrokenBarrierError"), class(broken_barrier_error()));
    d
}
