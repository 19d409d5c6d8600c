//! `threading.Condition` (CPython 3.11's threading.py `Condition`): the lock it wraps, driven
//! directly when it is one of `_thread`'s and through its methods otherwise, and the FIFO
//! queue of waiters that `notify(n)` wakes in order.

use super::{add_new, added_secs, cond_timeout, construct, deprecated, given, number, py_args};
use crate::modules::native::{self, Kind};
use crate::modules::thread::{self, Lock, RLock};
use crate::objects::class::Class;
use crate::objects::{new_str, Value};
use crate::runtime::deadlock::Blocker;
use crate::runtime::wait::{block, Waitable};
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};
use parking_lot::{Mutex, RwLock};
use std::collections::VecDeque;
use std::sync::{Arc, OnceLock};
use std::time::Instant;

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
