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

use super::native::{self, Kind};
use super::thread::{self, Lock, RLock};
use crate::objects::class::Class;
use crate::objects::names::names;
use crate::objects::{new_str, Builtin, Value};
use crate::runtime::deadlock::Blocker;
use crate::runtime::wait::{block, Waitable};
use crate::vm::error::*;
use crate::vm::protocol::{class_of, type_name};
use crate::vm::{KwArgs, PyResult, Vm};
use num_traits::ToPrimitive;
use parking_lot::{Mutex, RwLock};
use smallvec::SmallVec;
use std::collections::VecDeque;
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

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

// ------------------------------------------------------------------ Condition

/// `threading.Condition`: a lock plus the queue of threads waiting to be notified, each on its
/// own signal (CPython's per-waiter lock), so `notify(n)` wakes exactly the first n in order.
pub struct Condition {
    /// The lock (replaced only by `__init__`).
    lock: RwLock<Value>,
    waiters: Mutex<VecDeque<Arc<Waitable<bool>>>>,
}

/// The lock under a condition: `_thread`'s own are driven directly, any other object through
/// its methods.
enum LockRef<'a> {
    Lock(&'a Lock),
    RLock(&'a RLock),
    Other(&'a Value),
}

fn lock_ref(lock: &Value) -> LockRef<'_> {
    if let Some(l) = native::data_of::<Lock>(lock) {
        LockRef::Lock(l)
    } else if let Some(r) = native::data_of::<RLock>(lock) {
        LockRef::RLock(r)
    } else {
        LockRef::Other(lock)
    }
}

impl Condition {
    pub fn new(lock: Value) -> Condition {
        Condition {
            lock: RwLock::new(lock),
            waiters: Mutex::new(VecDeque::new()),
        }
    }

    pub fn lock(&self) -> Value {
        self.lock.read().clone()
    }

    /// `__init__(lock=None)`: the default lock is an RLock.
    fn init(&self, _vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<()> {
        let p = py_args("Condition.__init__", a, kw, &["lock"], 0)?;
        let lock = given(&p[0]).cloned().unwrap_or_else(thread::new_rlock);
        *self.lock.write() = lock;
        self.waiters.lock().clear();
        Ok(())
    }

    /// `lock._is_owned()`, or for a lock without it, CPython's probe: the lock is owned when a
    /// non-blocking acquire fails.
    fn is_owned(&self, vm: &mut Vm) -> PyResult<bool> {
        let lock = self.lock();
        match lock_ref(&lock) {
            LockRef::Lock(l) => Ok(l.locked()),
            LockRef::RLock(r) => Ok(r.is_owned(vm)),
            LockRef::Other(lock) => {
                if let Some(f) = vm.getattr_opt(lock, &new_str("_is_owned"))? {
                    let r = vm.call(&f, &[], &[])?;
                    return vm.truthy(&r);
                }
                let r = vm.call_method(lock, "acquire", &[Value::Bool(false)])?;
                if vm.truthy(&r)? {
                    vm.call_method(lock, "release", &[])?;
                    Ok(false)
                } else {
                    Ok(true)
                }
            }
        }
    }

    /// Releases the lock completely, returning what `acquire_restore` needs.
    fn release_save(&self, vm: &mut Vm) -> PyResult<Value> {
        let lock = self.lock();
        match lock_ref(&lock) {
            LockRef::Lock(l) => {
                l.release()?;
                Ok(Value::None)
            }
            LockRef::RLock(r) => {
                let owner = vm.ident;
                let n = r.release_save(vm)?;
                Ok(Value::tuple(vec![
                    Value::Int(n as i64),
                    thread::ident_value(owner),
                ]))
            }
            LockRef::Other(lock) => match vm.getattr_opt(lock, &new_str("_release_save"))? {
                Some(f) => vm.call(&f, &[], &[]),
                None => {
                    vm.call_method(lock, "release", &[])?;
                    Ok(Value::None)
                }
            },
        }
    }

    fn acquire_restore(&self, vm: &mut Vm, saved: &Value) -> PyResult<()> {
        let lock = self.lock();
        match lock_ref(&lock) {
            LockRef::Lock(l) => {
                l.acquire(vm, None)?;
            }
            LockRef::RLock(r) => {
                let n = match saved {
                    Value::Tuple(t) => match t.items.first() {
                        Some(Value::Int(n)) if *n > 0 => *n as usize,
                        _ => 1,
                    },
                    _ => 1,
                };
                r.acquire_n(vm, None, n)?;
            }
            LockRef::Other(lock) => match vm.getattr_opt(lock, &new_str("_acquire_restore"))? {
                Some(f) => {
                    vm.call(&f, std::slice::from_ref(saved), &[])?;
                }
                None => {
                    vm.call_method(lock, "acquire", &[])?;
                }
            },
        }
        Ok(())
    }

    /// `wait(timeout)`: None (or no value) waits for ever, a positive number waits that many
    /// seconds, anything else only checks. `addr` names the condition in deadlock reports.
    pub fn wait(&self, vm: &mut Vm, addr: usize, timeout: Option<&Value>) -> PyResult<bool> {
        if !self.is_owned(vm)? {
            return raise("RuntimeError", "cannot wait on un-acquired lock");
        }
        let waiter = Waitable::new(false);
        self.waiters.lock().push_back(waiter.clone());
        let saved = match self.release_save(vm) {
            Ok(s) => s,
            Err(e) => {
                self.forget(&waiter);
                return Err(e);
            }
        };
        // threading.py looks at the timeout only now, with the lock released.
        let got = cond_timeout(timeout).and_then(|t| {
            block(
                vm,
                &waiter,
                t,
                |_| Blocker::Other {
                    what: "Condition.wait",
                    addr,
                },
                |notified| *notified,
            )
        });
        // As threading.py's `finally`: the lock is taken back whatever happened, and an error
        // taking it back replaces the wait's outcome.
        let restored = self.acquire_restore(vm, &saved);
        if !matches!(got, Ok(true)) {
            self.forget(&waiter);
        }
        restored?;
        got
    }

    fn forget(&self, waiter: &Arc<Waitable<bool>>) {
        self.waiters.lock().retain(|w| !Arc::ptr_eq(w, waiter));
    }

    /// Wakes the first `n` waiters (all of them for `usize::MAX`).
    pub fn notify(&self, vm: &mut Vm, n: usize) -> PyResult<()> {
        if !self.is_owned(vm)? {
            return raise("RuntimeError", "cannot notify on un-acquired lock");
        }
        let picked: Vec<_> = {
            let mut w = self.waiters.lock();
            let k = n.min(w.len());
            w.drain(..k).collect()
        };
        for w in picked {
            w.update(|notified| *notified = true);
        }
        Ok(())
    }
}

pub fn condition_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = native::class(
            "threading",
            "Condition",
            &[
                ("acquire", cond_acquire, Kind::Blocking),
                ("__enter__", cond_enter, Kind::Blocking),
                ("release", cond_release, Kind::Plain),
                ("__exit__", cond_exit, Kind::Plain),
                ("wait", cond_wait, Kind::Blocking),
                ("wait_for", cond_wait_for, Kind::Blocking),
                ("notify", cond_notify, Kind::Plain),
                ("notify_all", cond_notify_all, Kind::Plain),
                ("notifyAll", cond_notify_all_deprecated, Kind::Blocking),
                ("_is_owned", cond_is_owned, Kind::Plain),
                ("_release_save", cond_release_save, Kind::Plain),
                ("_acquire_restore", cond_acquire_restore, Kind::Blocking),
                ("_at_fork_reinit", cond_at_fork_reinit, Kind::Plain),
                ("__repr__", cond_repr, Kind::Plain),
                ("__init__", cond_init, Kind::Plain),
            ],
        );
        native::add_getter(&c, "Condition", "_lock", cond_lock);
        add_new(&c, cond_new);
        c
    })
}

fn cond_of(a: &[Value]) -> PyResult<&Condition> {
    native::receiver::<Condition>(a, "wait", "Condition")
}

fn cond_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    construct(
        vm,
        a,
        kw,
        condition_class(),
        || Condition::new(Value::None),
        Condition::init,
    )
}

fn cond_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    cond_of(a)?.init(vm, &a[1..], kw)?;
    Ok(Value::None)
}

/// `Condition.acquire` is the lock's own `acquire` (same arguments, same result).
fn cond_acquire(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let lock = cond_of(a)?.lock();
    match lock_ref(&lock) {
        LockRef::Lock(l) => {
            let t = thread::acquire_timeout(vm, &a[1..], kw)?;
            Ok(Value::Bool(l.acquire(vm, t)?))
        }
        LockRef::RLock(r) => {
            let t = thread::acquire_timeout(vm, &a[1..], kw)?;
            Ok(Value::Bool(r.acquire(vm, t)?))
        }
        LockRef::Other(lock) => {
            let f = vm.getattr(lock, &new_str("acquire"))?;
            vm.call(&f, &a[1..], kw)
        }
    }
}

fn cond_release(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let lock = cond_of(a)?.lock();
    match lock_ref(&lock) {
        LockRef::Lock(l) => {
            crate::builtins::args::arity("release", &a[1..], kw, 0, 0)?;
            l.release()?;
            Ok(Value::None)
        }
        LockRef::RLock(r) => {
            crate::builtins::args::arity("release", &a[1..], kw, 0, 0)?;
            r.release(vm)?;
            Ok(Value::None)
        }
        LockRef::Other(lock) => {
            let f = vm.getattr(lock, &new_str("release"))?;
            vm.call(&f, &a[1..], kw)
        }
    }
}

fn cond_enter(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let lock = cond_of(a)?.lock();
    match lock_ref(&lock) {
        LockRef::Lock(l) => Ok(Value::Bool(l.acquire(vm, None)?)),
        LockRef::RLock(r) => Ok(Value::Bool(r.acquire(vm, None)?)),
        LockRef::Other(lock) => {
            let f = vm.getattr(lock, &new_str("__enter__"))?;
            vm.call(&f, &a[1..], kw)
        }
    }
}

fn cond_exit(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let lock = cond_of(a)?.lock();
    match lock_ref(&lock) {
        LockRef::Lock(l) => {
            l.release()?;
            Ok(Value::None)
        }
        LockRef::RLock(r) => {
            r.release(vm)?;
            Ok(Value::None)
        }
        LockRef::Other(lock) => {
            let f = vm.getattr(lock, &new_str("__exit__"))?;
            vm.call(&f, &a[1..], kw)
        }
    }
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

fn cond_wait(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let c = cond_of(a)?;
    let p = py_args("Condition.wait", &a[1..], kw, &["timeout"], 0)?;
    Ok(Value::Bool(c.wait(vm, a[0].id(), given(&p[0]))?))
}

/// `wait_for(predicate, timeout=None)`: threading.py's loop, deadline on the monotonic clock.
fn cond_wait_for(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let c = cond_of(a)?;
    let p = py_args(
        "Condition.wait_for",
        &a[1..],
        kw,
        &["predicate", "timeout"],
        1,
    )?;
    let predicate = p[0].clone().unwrap_or(Value::None);
    let timeout = given(&p[1]).cloned();
    let start = Instant::now();
    let now = || start.elapsed().as_secs_f64();
    let mut endtime: Option<f64> = None;
    let mut waittime: Option<Value> = timeout;
    let mut result = vm.call(&predicate, &[], &[])?;
    while !vm.truthy(&result)? {
        if let Some(w) = &waittime {
            match endtime {
                None => endtime = Some(now() + added_secs(w)?),
                Some(e) => {
                    let left = e - now();
                    if left <= 0.0 {
                        break;
                    }
                    waittime = Some(Value::Float(left));
                }
            }
        }
        c.wait(vm, a[0].id(), waittime.as_ref())?;
        result = vm.call(&predicate, &[], &[])?;
    }
    Ok(result)
}

fn cond_notify(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let c = cond_of(a)?;
    let p = py_args("Condition.notify", &a[1..], kw, &["n"], 0)?;
    let n = match &p[0] {
        None => 1,
        Some(v) => {
            // `while waiters and n > 0: ... n -= 1`
            let f = number(v, ">")?;
            if f > 0.0 {
                f.ceil().min(usize::MAX as f64) as usize
            } else {
                0
            }
        }
    };
    c.notify(vm, n)?;
    Ok(Value::None)
}

fn cond_notify_all(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let c = cond_of(a)?;
    py_args("Condition.notify_all", &a[1..], kw, &[], 0)?;
    c.notify(vm, usize::MAX)?;
    Ok(Value::None)
}

fn cond_notify_all_deprecated(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let c = cond_of(a)?;
    py_args("Condition.notifyAll", &a[1..], kw, &[], 0)?;
    deprecated(vm, "notifyAll() is deprecated, use notify_all() instead");
    c.notify(vm, usize::MAX)?;
    Ok(Value::None)
}

fn cond_is_owned(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(cond_of(a)?.is_owned(vm)?))
}

fn cond_release_save(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    cond_of(a)?.release_save(vm)
}

fn cond_acquire_restore(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let c = cond_of(a)?;
    c.acquire_restore(vm, a.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn cond_at_fork_reinit(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let c = cond_of(a)?;
    let lock = c.lock();
    if !matches!(lock_ref(&lock), LockRef::RLock(_)) {
        vm.call_method(&lock, "_at_fork_reinit", &[])?;
    }
    c.waiters.lock().clear();
    Ok(Value::None)
}

fn cond_repr(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let c = cond_of(a)?;
    let lock = vm.str(&c.lock())?;
    let n = c.waiters.lock().len();
    Ok(Value::string(format!("<Condition({lock}, {n})>")))
}

fn cond_lock(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(cond_of(a)?.lock())
}

// ------------------------------------------------------------------ Semaphore

/// `threading.Semaphore` and `BoundedSemaphore`.
pub struct Semaphore {
    state: Arc<Waitable<SemState>>,
    bounded: bool,
}

pub struct SemState {
    value: i64,
    /// The constructor's value: a BoundedSemaphore's bound.
    initial: i64,
}

impl Semaphore {
    pub fn new(value: i64, bounded: bool) -> Semaphore {
        Semaphore {
            state: Waitable::new(SemState {
                value,
                initial: value,
            }),
            bounded,
        }
    }

    /// `__init__(value=1)`.
    fn init(&self, vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<()> {
        let name = if self.bounded {
            "BoundedSemaphore.__init__"
        } else {
            "Semaphore.__init__"
        };
        let p = py_args(name, a, kw, &["value"], 0)?;
        let value = match &p[0] {
            None => 1,
            Some(v) => {
                if number(v, "<")? < 0.0 {
                    return value_error("semaphore initial value must be >= 0");
                }
                vm.to_index(v)?
            }
        };
        self.state.update(|s| {
            s.value = value;
            s.initial = value;
        });
        Ok(())
    }

    pub fn value(&self) -> i64 {
        self.state.lock().value
    }

    /// A non-blocking attempt: takes one unit if there is one.
    pub fn try_acquire(&self) -> bool {
        let mut s = self.state.lock();
        if s.value > 0 {
            s.value -= 1;
            true
        } else {
            false
        }
    }

    pub fn acquire(&self, vm: &mut Vm, addr: usize, timeout: Option<Duration>) -> PyResult<bool> {
        block(
            vm,
            &self.state,
            timeout,
            |_| Blocker::Other {
                what: "Semaphore.acquire",
                addr,
            },
            |s| {
                if s.value > 0 {
                    s.value -= 1;
                    true
                } else {
                    false
                }
            },
        )
    }

    pub fn release(&self, n: i64) -> PyResult<()> {
        let mut s = self.state.lock();
        if self.bounded && s.value.saturating_add(n) > s.initial {
            return value_error("Semaphore released too many times");
        }
        s.value = s.value.saturating_add(n);
        self.state.wake_locked();
        Ok(())
    }
}

pub fn semaphore_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = native::class("threading", "Semaphore", SEMAPHORE_METHODS);
        native::add_getter(&c, "Semaphore", "_value", sem_value);
        add_new(&c, sem_new);
        c
    })
}

pub fn bounded_semaphore_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = native::subclass(
            "threading",
            "BoundedSemaphore",
            semaphore_class(),
            &[("__repr__", sem_repr, Kind::Plain)],
        );
        native::add_getter(&c, "BoundedSemaphore", "_initial_value", sem_initial);
        add_new(&c, bounded_new);
        c
    })
}

const SEMAPHORE_METHODS: &[(&str, crate::objects::function::NativeFn, Kind)] = &[
    ("__init__", sem_init, Kind::Plain),
    ("acquire", sem_acquire, Kind::Blocking),
    ("__enter__", sem_acquire, Kind::Blocking),
    ("release", sem_release, Kind::Plain),
    ("__exit__", sem_exit, Kind::Plain),
    ("__repr__", sem_repr, Kind::Plain),
];

fn sem_of(a: &[Value]) -> PyResult<&Semaphore> {
    native::receiver::<Semaphore>(a, "acquire", "Semaphore")
}

fn sem_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let make = || Semaphore::new(1, false);
    construct(vm, a, kw, semaphore_class(), make, Semaphore::init)
}

fn bounded_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let make = || Semaphore::new(1, true);
    construct(vm, a, kw, bounded_semaphore_class(), make, Semaphore::init)
}

fn sem_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    sem_of(a)?.init(vm, &a[1..], kw)?;
    Ok(Value::None)
}

/// `acquire(blocking=True, timeout=None)`; also `__enter__`.
fn sem_acquire(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = sem_of(a)?;
    let (blocking, timeout) = if a.len() == 1 && kw.is_empty() {
        (true, None)
    } else {
        let p = py_args(
            "Semaphore.acquire",
            &a[1..],
            kw,
            &["blocking", "timeout"],
            0,
        )?;
        let blocking = match &p[0] {
            Some(v) => vm.truthy(v)?,
            None => true,
        };
        (blocking, given(&p[1]).cloned())
    };
    if !blocking && timeout.is_some() {
        return value_error("can't specify timeout for non-blocking acquire");
    }
    if s.try_acquire() {
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    // threading.py only looks at the timeout once it has to wait: `_time() + timeout`, then
    // the condition's wait.
    let wait = match &timeout {
        None => None,
        Some(t) => {
            let secs = added_secs(t)?;
            if secs > 0.0 {
                lock_wait(t, secs)?
            } else {
                Some(Duration::ZERO)
            }
        }
    };
    Ok(Value::Bool(s.acquire(vm, a[0].id(), wait)?))
}

fn sem_release(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = sem_of(a)?;
    let qualname = if s.bounded {
        "BoundedSemaphore.release"
    } else {
        "Semaphore.release"
    };
    let n = if a.len() == 1 && kw.is_empty() {
        1
    } else {
        let p = py_args(qualname, &a[1..], kw, &["n"], 0)?;
        match &p[0] {
            None => 1,
            Some(v) => {
                if number(v, "<")? < 1.0 {
                    return value_error("n must be one or more");
                }
                vm.to_index(v)?
            }
        }
    };
    s.release(n)?;
    Ok(Value::None)
}

fn sem_exit(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let s = sem_of(a)?;
    py_args("Semaphore.__exit__", &a[1..], kw, &["t", "v", "tb"], 3)?;
    s.release(1)?;
    Ok(Value::None)
}

fn sem_repr(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let s = sem_of(a)?;
    let (v, initial) = {
        let st = s.state.lock();
        (st.value, st.initial)
    };
    let value = if s.bounded {
        format!("{v}/{initial}")
    } else {
        v.to_string()
    };
    Ok(Value::string(format!(
        "{}: value={value}>",
        repr_head(&a[0])
    )))
}

fn sem_value(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(sem_of(a)?.value()))
}

fn sem_initial(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(sem_of(a)?.state.lock().initial))
}

// ------------------------------------------------------------------ Event

/// `threading.Event`: a flag that waiters block on until it is set.
pub struct Event(pub Arc<Waitable<bool>>);

impl Event {
    /// `__init__()`: the flag starts clear.
    fn init(&self, _vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<()> {
        py_args("Event.__init__", a, kw, &[], 0)?;
        self.clear();
        Ok(())
    }

    pub fn new() -> Event {
        Event(Waitable::new(false))
    }

    pub fn is_set(&self) -> bool {
        *self.0.lock()
    }

    pub fn set(&self) {
        self.0.update(|flag| *flag = true);
    }

    pub fn clear(&self) {
        *self.0.lock() = false;
    }

    /// Waits until the flag is set or the timeout passes; returns the flag.
    pub fn wait(&self, vm: &mut Vm, addr: usize, timeout: Option<Duration>) -> PyResult<bool> {
        block(
            vm,
            &self.0,
            timeout,
            |_| Blocker::Other {
                what: "Event.wait",
                addr,
            },
            |flag| *flag,
        )
    }
}

impl Default for Event {
    fn default() -> Self {
        Event::new()
    }
}

pub fn event_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = native::class(
            "threading",
            "Event",
            &[
                ("is_set", event_is_set, Kind::Plain),
                ("isSet", event_is_set_deprecated, Kind::Blocking),
                ("set", event_set, Kind::Plain),
                ("clear", event_clear, Kind::Plain),
                ("wait", event_wait, Kind::Blocking),
                ("_at_fork_reinit", event_at_fork_reinit, Kind::Plain),
                ("__repr__", event_repr, Kind::Plain),
                ("__init__", event_init, Kind::Plain),
            ],
        );
        native::add_getter(&c, "Event", "_flag", event_is_set);
        add_new(&c, event_new);
        c
    })
}

fn event_of(a: &[Value]) -> PyResult<&Event> {
    native::receiver::<Event>(a, "wait", "Event")
}

fn event_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    construct(vm, a, kw, event_class(), Event::new, Event::init)
}

fn event_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    event_of(a)?.init(vm, &a[1..], kw)?;
    Ok(Value::None)
}

fn event_is_set(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let e = event_of(a)?;
    if a.len() > 1 || !kw.is_empty() {
        py_args("Event.is_set", &a[1..], kw, &[], 0)?;
    }
    Ok(Value::Bool(e.is_set()))
}

fn event_is_set_deprecated(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let e = event_of(a)?;
    py_args("Event.isSet", &a[1..], kw, &[], 0)?;
    deprecated(vm, "isSet() is deprecated, use is_set() instead");
    Ok(Value::Bool(e.is_set()))
}

fn event_set(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let e = event_of(a)?;
    if a.len() > 1 || !kw.is_empty() {
        py_args("Event.set", &a[1..], kw, &[], 0)?;
    }
    e.set();
    Ok(Value::None)
}

fn event_clear(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let e = event_of(a)?;
    if a.len() > 1 || !kw.is_empty() {
        py_args("Event.clear", &a[1..], kw, &[], 0)?;
    }
    e.clear();
    Ok(Value::None)
}

/// `wait(timeout=None)`: returns the flag (False only after a timeout).
fn event_wait(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let e = event_of(a)?;
    let timeout = if a.len() == 1 && kw.is_empty() {
        None
    } else {
        let p = py_args("Event.wait", &a[1..], kw, &["timeout"], 0)?;
        given(&p[0]).cloned()
    };
    if e.is_set() {
        return Ok(Value::Bool(true));
    }
    let wait = cond_timeout(timeout.as_ref())?;
    Ok(Value::Bool(e.wait(vm, a[0].id(), wait)?))
}

fn event_at_fork_reinit(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    event_of(a)?;
    Ok(Value::None)
}

fn event_repr(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let e = event_of(a)?;
    let status = if e.is_set() { "set" } else { "unset" };
    Ok(Value::string(format!("{}: {status}>", repr_head(&a[0]))))
}

// ------------------------------------------------------------------ Barrier

/// threading.py's barrier states.
const FILLING: i8 = 0;
const DRAINING: i8 = 1;
const RESETTING: i8 = -1;
const BROKEN: i8 = -2;

struct BarrierState {
    state: i8,
    /// Threads inside `wait` (CPython's `_count`).
    count: i64,
    /// The last thread to arrive runs the action: CPython holds the barrier's lock meanwhile,
    /// so nobody enters, leaves, resets or aborts until it is done.
    busy: bool,
    /// The constructor's arguments.
    parties: i64,
    action: Value,
    timeout: Option<Value>,
}

/// `threading.Barrier`.
pub struct Barrier {
    w: Arc<Waitable<BarrierState>>,
}

impl Barrier {
    pub fn new() -> Barrier {
        Barrier {
            w: Waitable::new(BarrierState {
                state: FILLING,
                count: 0,
                busy: false,
                parties: 0,
                action: Value::None,
                timeout: None,
            }),
        }
    }

    /// `__init__(parties, action=None, timeout=None)`.
    fn init(&self, vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<()> {
        let p = py_args(
            "Barrier.__init__",
            a,
            kw,
            &["parties", "action", "timeout"],
            1,
        )?;
        let parties = vm.to_index(p[0].as_ref().unwrap_or(&Value::None))?;
        let action = p[1].clone().unwrap_or(Value::None);
        let timeout = given(&p[2]).cloned();
        self.w.update(|s| {
            *s = BarrierState {
                state: FILLING,
                count: 0,
                busy: false,
                parties,
                action,
                timeout,
            }
        });
        Ok(())
    }

    /// `_exit`: the last thread out of a draining or resetting barrier refills it.
    fn leave(&self, s: &mut BarrierState) {
        s.count -= 1;
        if s.count == 0 && (s.state == RESETTING || s.state == DRAINING) {
            s.state = FILLING;
        }
        self.w.wake_locked();
    }

    /// A waiter's way out once it holds the (modelled) lock again: `Some(true)` released,
    /// `Some(false)` broken; `timed_out` breaks a barrier that is still filling.
    fn settle(&self, s: &mut BarrierState, timed_out: bool) -> Option<bool> {
        if s.busy {
            return None;
        }
        let out = match s.state {
            FILLING if !timed_out => return None,
            FILLING => {
                s.state = BROKEN;
                false
            }
            DRAINING => true,
            _ => false,
        };
        self.leave(s);
        Some(out)
    }

    /// `wait(timeout)`: None means the barrier's own timeout.
    fn wait(&self, vm: &mut Vm, addr: usize, timeout: Option<Value>) -> PyResult<i64> {
        let blocker = |_: &BarrierState| Blocker::Other {
            what: "Barrier.wait",
            addr,
        };
        let (parties, action, timeout) = {
            let s = self.w.lock();
            (
                s.parties,
                s.action.clone(),
                timeout.or_else(|| s.timeout.clone()),
            )
        };
        // `_enter`: wait while the barrier drains or resets, then take a place.
        let mut broken = false;
        let mut index = 0;
        block(vm, &self.w, None, blocker, |s| {
            if s.busy || s.state == RESETTING || s.state == DRAINING {
                return false;
            }
            if s.state < 0 {
                broken = true;
                return true;
            }
            index = s.count;
            s.count += 1;
            if index + 1 == parties {
                s.busy = true;
            }
            true
        })?;
        if broken {
            return Err(broken_barrier());
        }
        if index + 1 == parties {
            // `_release`: run the action, then let everybody go (or break on an error).
            let r = match vm.truthy(&action) {
                Ok(true) => vm.call(&action, &[], &[]).map(|_| ()),
                Ok(false) => Ok(()),
                Err(e) => Err(e),
            };
            let mut s = self.w.lock();
            s.busy = false;
            s.state = if r.is_ok() { DRAINING } else { BROKEN };
            self.leave(&mut s);
            drop(s);
            return r.map(|_| index);
        }
        // `_wait`: until released, reset or broken, or the timeout breaks the barrier. A bad
        // timeout fails here, inside CPython's `try`, so the thread leaves the barrier.
        let wait = match &timeout {
            None => Ok(None),
            Some(t) => added_secs(t).and_then(|secs| {
                if secs > 0.0 {
                    lock_wait(t, secs)
                } else {
                    Ok(Some(Duration::ZERO))
                }
            }),
        };
        let wait = match wait {
            Ok(w) => w,
            Err(e) => {
                let mut s = self.w.lock();
                self.leave(&mut s);
                return Err(e);
            }
        };
        let mut out = None;
        let got = block(vm, &self.w, wait, blocker, |s| {
            out = self.settle(s, false);
            out.is_some()
        });
        match got {
            Ok(true) => {}
            Ok(false) => {
                // Timed out: take the lock back (the action may still run), then break.
                block(vm, &self.w, None, blocker, |s| {
                    out = self.settle(s, true);
                    out.is_some()
                })?;
            }
            Err(e) => {
                let mut s = self.w.lock();
                self.leave(&mut s);
                return Err(e);
            }
        }
        if out == Some(true) {
            Ok(index)
        } else {
            Err(broken_barrier())
        }
    }

    /// Runs `f` on the state once no action is running (CPython: `with self._cond`).
    fn locked(
        &self,
        vm: &mut Vm,
        addr: usize,
        what: &'static str,
        mut f: impl FnMut(&mut BarrierState),
    ) -> PyResult<()> {
        block(
            vm,
            &self.w,
            None,
            |_| Blocker::Other { what, addr },
            |s| {
                if s.busy {
                    return false;
                }
                f(s);
                self.w.wake_locked();
                true
            },
        )?;
        Ok(())
    }
}

impl Default for Barrier {
    fn default() -> Self {
        Barrier::new()
    }
}

pub fn broken_barrier_error() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        native::exception("threading", "BrokenBarrierError", exc_class("RuntimeError"))
    })
}

fn broken_barrier() -> Value {
    new_exception(broken_barrier_error().clone(), vec![])
}

pub fn barrier_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = native::class(
            "threading",
            "Barrier",
            &[
                ("wait", barrier_wait, Kind::Blocking),
                ("reset", barrier_reset, Kind::Blocking),
                ("abort", barrier_abort, Kind::Blocking),
                ("__repr__", barrier_repr, Kind::Plain),
                ("__init__", barrier_init, Kind::Plain),
            ],
        );
        native::add_getter(&c, "Barrier", "parties", barrier_parties);
        native::add_getter(&c, "Barrier", "n_waiting", barrier_n_waiting);
        native::add_getter(&c, "Barrier", "broken", barrier_broken);
        add_new(&c, barrier_new);
        c
    })
}

fn barrier_of(a: &[Value]) -> PyResult<&Barrier> {
    native::receiver::<Barrier>(a, "wait", "Barrier")
}

fn barrier_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    construct(vm, a, kw, barrier_class(), Barrier::new, Barrier::init)
}

fn barrier_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    barrier_of(a)?.init(vm, &a[1..], kw)?;
    Ok(Value::None)
}

/// `wait(timeout=None)`: the arrival index, 0 to parties-1 (the barrier's own timeout when
/// None).
fn barrier_wait(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let b = barrier_of(a)?;
    let p = py_args("Barrier.wait", &a[1..], kw, &["timeout"], 0)?;
    Ok(Value::Int(b.wait(vm, a[0].id(), given(&p[0]).cloned())?))
}

fn barrier_reset(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let b = barrier_of(a)?;
    py_args("Barrier.reset", &a[1..], kw, &[], 0)?;
    b.locked(vm, a[0].id(), "Barrier.reset", |s| {
        if s.count > 0 {
            if s.state == FILLING || s.state == BROKEN {
                s.state = RESETTING;
            }
        } else {
            s.state = FILLING;
        }
    })?;
    Ok(Value::None)
}

fn barrier_abort(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let b = barrier_of(a)?;
    py_args("Barrier.abort", &a[1..], kw, &[], 0)?;
    b.locked(vm, a[0].id(), "Barrier.abort", |s| s.state = BROKEN)?;
    Ok(Value::None)
}

fn n_waiting(b: &Barrier) -> i64 {
    let s = b.w.lock();
    if s.state == FILLING {
        s.count
    } else {
        0
    }
}

fn barrier_repr(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let b = barrier_of(a)?;
    let head = repr_head(&a[0]);
    if b.w.lock().state == BROKEN {
        return Ok(Value::string(format!("{head}: broken>")));
    }
    let parties = b.w.lock().parties;
    Ok(Value::string(format!(
        "{head}: waiters={}/{parties}>",
        n_waiting(b)
    )))
}

fn barrier_parties(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(barrier_of(a)?.w.lock().parties))
}

fn barrier_n_waiting(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(n_waiting(barrier_of(a)?)))
}

fn barrier_broken(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(barrier_of(a)?.w.lock().state == BROKEN))
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
