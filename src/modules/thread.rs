//! `_thread`: the low-level threading API (https://docs.python.org/3.11/library/_thread.html):
//! `start_new_thread`, `allocate_lock`/`LockType`, `RLock`, `get_ident`, `get_native_id`,
//! `exit`, `TIMEOUT_MAX`, plus CPython 3.13's `start_joinable_thread` and `_ThreadHandle`, on
//! which `threading` (an mt module, lib/threading.mt) builds `Thread.join`. Locks wait through
//! `runtime::wait::block`: the GIL is released, Ctrl-C interrupts the main thread, and deadlock
//! reports name the holder.

use super::native::{self, Kind};
use crate::builtins::args::{bind, float_arg};
use crate::objects::class::Class;
use crate::objects::{new_str, Str, Value};
use crate::runtime::deadlock::{self, Blocker};
use crate::runtime::threads::{self, Handle};
use crate::runtime::wait::{block, Waitable};
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

/// CPython's `_thread.TIMEOUT_MAX` on Linux.
pub const TIMEOUT_MAX: f64 = 9223372036.0;

// ------------------------------------------------------------------ Lock

#[derive(Default)]
pub struct LockState {
    locked: bool,
    /// The last acquirer (for deadlock reports; any thread may release a Lock).
    owner: u64,
}

/// `_thread.lock`.
pub struct Lock(pub Arc<Waitable<LockState>>);

impl Lock {
    pub fn new() -> Lock {
        Lock(Waitable::new(LockState::default()))
    }

    pub fn acquire(&self, vm: &mut Vm, timeout: Option<Duration>) -> PyResult<bool> {
        let me = vm.ident;
        let addr = self.0.addr();
        block(
            vm,
            &self.0,
            timeout,
            |s| Blocker::Lock {
                kind: "Lock",
                addr,
                holder: s.locked.then_some(s.owner),
            },
            |s| {
                if s.locked {
                    return false;
                }
                s.locked = true;
                s.owner = me;
                true
            },
        )
    }

    pub fn release(&self) -> PyResult<()> {
        let mut s = self.0.lock();
        if !s.locked {
            return raise("RuntimeError", "release unlocked lock");
        }
        s.locked = false;
        self.0.wake_locked();
        Ok(())
    }

    pub fn locked(&self) -> bool {
        self.0.lock().locked
    }
}

impl Default for Lock {
    fn default() -> Self {
        Lock::new()
    }
}

// ------------------------------------------------------------------ RLock

#[derive(Default)]
pub struct RLockState {
    /// The owning thread's ident; 0 when free.
    owner: u64,
    count: usize,
}

/// `_thread.RLock`.
pub struct RLock(pub Arc<Waitable<RLockState>>);

impl RLock {
    pub fn new() -> RLock {
        RLock(Waitable::new(RLockState::default()))
    }

    pub fn acquire(&self, vm: &mut Vm, timeout: Option<Duration>) -> PyResult<bool> {
        self.acquire_n(vm, timeout, 1)
    }

    /// Acquires with recursion count `n` (`_acquire_restore` passes the saved count).
    pub fn acquire_n(&self, vm: &mut Vm, timeout: Option<Duration>, n: usize) -> PyResult<bool> {
        let me = vm.ident;
        let addr = self.0.addr();
        block(
            vm,
            &self.0,
            timeout,
            |s| Blocker::Lock {
                kind: "RLock",
                addr,
                holder: (s.count > 0).then_some(s.owner),
            },
            |s| {
                if s.count > 0 && s.owner != me {
                    return false;
                }
                s.owner = me;
                s.count += n;
                true
            },
        )
    }

    pub fn release(&self, vm: &Vm) -> PyResult<()> {
        let mut s = self.0.lock();
        if s.count == 0 || s.owner != vm.ident {
            return raise("RuntimeError", "cannot release un-acquired lock");
        }
        s.count -= 1;
        if s.count == 0 {
            s.owner = 0;
            self.0.wake_locked();
        }
        Ok(())
    }

    /// Releases fully, returning the count (`Condition.wait` uses it).
    pub fn release_save(&self, vm: &Vm) -> PyResult<usize> {
        let mut s = self.0.lock();
        if s.count == 0 || s.owner != vm.ident {
            return raise("RuntimeError", "cannot release un-acquired lock");
        }
        let n = std::mem::take(&mut s.count);
        s.owner = 0;
        self.0.wake_locked();
        Ok(n)
    }

    pub fn is_owned(&self, vm: &Vm) -> bool {
        let s = self.0.lock();
        s.count > 0 && s.owner == vm.ident
    }
}

impl Default for RLock {
    fn default() -> Self {
        RLock::new()
    }
}

// ------------------------------------------------------------------ argument parsing

/// `acquire(blocking=True, timeout=-1)` as CPython parses it: None means wait for ever.
pub fn acquire_timeout(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Option<Duration>> {
    if a.is_empty() && kw.is_empty() {
        return Ok(None);
    }
    let p = bind("acquire", a, kw, &["blocking", "timeout"], 0)?;
    let blocking = match &p[0] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = match &p[1] {
        Some(v) => float_arg(v)?,
        None => -1.0,
    };
    if timeout.is_nan() {
        return value_error("Invalid value NaN (not a number)");
    }
    if !blocking {
        if timeout != -1.0 {
            return value_error("can't specify a timeout for a non-blocking call");
        }
        return Ok(Some(Duration::ZERO));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return value_error("timeout value must be a non-negative number");
    }
    if timeout > TIMEOUT_MAX {
        return raise("OverflowError", "timeout value is too large");
    }
    Ok((timeout >= 0.0).then(|| Duration::from_secs_f64(timeout)))
}

// ------------------------------------------------------------------ classes

pub fn lock_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        native::class(
            "_thread",
            "lock",
            &[
                ("acquire", lock_acquire, Kind::Blocking),
                ("acquire_lock", lock_acquire, Kind::Blocking),
                ("__enter__", lock_acquire, Kind::Blocking),
                ("release", lock_release, Kind::Plain),
                ("release_lock", lock_release, Kind::Plain),
                ("__exit__", lock_exit, Kind::Plain),
                ("locked", lock_locked, Kind::Plain),
                ("locked_lock", lock_locked, Kind::Plain),
                ("_at_fork_reinit", lock_reinit, Kind::Plain),
                ("__repr__", lock_repr, Kind::Plain),
            ],
        )
    })
}

pub fn rlock_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = native::class(
            "_thread",
            "RLock",
            &[
                ("acquire", rlock_acquire, Kind::Blocking),
                ("__enter__", rlock_acquire, Kind::Blocking),
                ("release", rlock_release, Kind::Plain),
                ("__exit__", rlock_exit, Kind::Plain),
                ("_is_owned", rlock_is_owned, Kind::Plain),
                ("_release_save", rlock_release_save, Kind::Plain),
                ("_acquire_restore", rlock_acquire_restore, Kind::Blocking),
                ("_recursion_count", rlock_recursion_count, Kind::Plain),
                ("__repr__", rlock_repr, Kind::Plain),
            ],
        );
        c.dict.set_str(
            new_str("__new__"),
            crate::objects::Builtin::function("__new__", rlock_new),
        );
        c
    })
}

fn handle_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = native::class(
            "_thread",
            "_ThreadHandle",
            &[
                ("join", handle_join, Kind::Blocking),
                ("is_done", handle_is_done, Kind::Plain),
                ("__repr__", handle_repr, Kind::Plain),
            ],
        );
        native::add_getter(&c, "_ThreadHandle", "ident", handle_ident);
        native::add_getter(&c, "_ThreadHandle", "native_id", handle_native_id);
        c
    })
}

/// `_thread._local` (`threading.local`).
pub fn local_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = native::class("_thread", "_local", &[]);
        c.dict.set_str(
            new_str("__new__"),
            crate::objects::Builtin::function("__new__", local_new),
        );
        c.dict
            .set_str(new_str("__doc__"), Value::str("Thread-local data"));
        c
    })
}

/// `local(*args, **kwargs)`: arguments are kept for the subclass `__init__`, which each
/// thread runs on its first touch; a plain `local` takes none.
fn local_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let class = match a.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => local_class().clone(),
    };
    let args = a.get(1..).unwrap_or(&[]).to_vec();
    let has_init = matches!(
        class.lookup(&crate::objects::names::names().init),
        Some(Value::Function(_))
    );
    if (!args.is_empty() || !kw.is_empty()) && !has_init {
        return type_error("Initialization arguments are not supported");
    }
    let data = crate::objects::thread_local::LocalData::new(args, kw.to_vec());
    // The creating thread's dict exists before its `__init__` runs (the class call runs it).
    data.dict_for(vm.serial);
    Ok(Value::object(crate::objects::object::ObjKind::Native {
        class,
        data: Box::new(data),
        attrs: None,
    }))
}

pub fn new_lock() -> Value {
    native::object(lock_class(), Lock::new())
}

pub fn new_rlock() -> Value {
    native::object(rlock_class(), RLock::new())
}

// ------------------------------------------------------------------ lock methods

fn lock_of(a: &[Value]) -> PyResult<&Lock> {
    native::receiver::<Lock>(a, "acquire", "_thread.lock")
}

fn lock_acquire(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let lock = lock_of(a)?;
    let timeout = acquire_timeout(vm, &a[1..], kw)?;
    Ok(Value::Bool(lock.acquire(vm, timeout)?))
}

fn lock_release(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    lock_of(a)?.release()?;
    Ok(Value::None)
}

fn lock_exit(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    lock_of(a)?.release()?;
    Ok(Value::None)
}

fn lock_locked(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(lock_of(a)?.locked()))
}

fn lock_reinit(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let lock = lock_of(a)?;
    lock.0.update(|s| s.locked = false);
    Ok(Value::None)
}

fn lock_repr(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let lock = lock_of(a)?;
    let state = if lock.locked() { "locked" } else { "unlocked" };
    Ok(Value::string(format!(
        "<{state} _thread.lock object at {:#x}>",
        a[0].id()
    )))
}

fn rlock_of(a: &[Value]) -> PyResult<&RLock> {
    native::receiver::<RLock>(a, "acquire", "_thread.RLock")
}

fn rlock_new(_vm: &mut Vm, _a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(new_rlock())
}

fn rlock_acquire(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let lock = rlock_of(a)?;
    let timeout = acquire_timeout(vm, &a[1..], kw)?;
    Ok(Value::Bool(lock.acquire(vm, timeout)?))
}

fn rlock_release(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    rlock_of(a)?.release(vm)?;
    Ok(Value::None)
}

fn rlock_exit(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    rlock_of(a)?.release(vm)?;
    Ok(Value::None)
}

fn rlock_is_owned(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(rlock_of(a)?.is_owned(vm)))
}

fn rlock_release_save(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let lock = rlock_of(a)?;
    let owner = vm.ident;
    let n = lock.release_save(vm)?;
    Ok(Value::tuple(vec![Value::Int(n as i64), ident_value(owner)]))
}

fn rlock_acquire_restore(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let lock = rlock_of(a)?;
    let n = match a.get(1) {
        Some(Value::Tuple(t)) => match t.items.first() {
            Some(Value::Int(n)) if *n > 0 => *n as usize,
            _ => 1,
        },
        _ => 1,
    };
    lock.acquire_n(vm, None, n)?;
    Ok(Value::None)
}

fn rlock_recursion_count(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let lock = rlock_of(a)?;
    let s = lock.0.lock();
    let n = if s.owner == vm.ident { s.count } else { 0 };
    Ok(Value::Int(n as i64))
}

fn rlock_repr(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let lock = rlock_of(a)?;
    let (owner, count) = {
        let s = lock.0.lock();
        (s.owner, s.count)
    };
    let state = if count > 0 { "locked" } else { "unlocked" };
    Ok(Value::string(format!(
        "<{state} _thread.RLock object owner={owner} count={count} at {:#x}>",
        a[0].id()
    )))
}

// ------------------------------------------------------------------ thread handles

fn handle_of(a: &[Value]) -> PyResult<&Arc<Handle>> {
    native::receiver::<Arc<Handle>>(a, "join", "_thread._ThreadHandle")
}

fn handle_join(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let h = handle_of(a)?.clone();
    let p = bind("join", &a[1..], kw, &["timeout"], 0)?;
    let timeout = match &p[0] {
        None | Some(Value::None) => None,
        Some(v) => {
            let secs = float_arg(v)?;
            if secs.is_nan() {
                // (Duration::from_secs_f64 panics on NaN.)
                return value_error("Invalid value NaN (not a number)");
            }
            Some(Duration::from_secs_f64(secs.clamp(0.0, TIMEOUT_MAX)))
        }
    };
    if h.ident == vm.ident {
        return raise("RuntimeError", "Cannot join current thread");
    }
    h.join(vm, timeout)?;
    Ok(Value::None)
}

fn handle_is_done(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(handle_of(a)?.is_done()))
}

fn handle_ident(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(ident_value(handle_of(a)?.ident))
}

fn handle_native_id(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(ident_value(handle_of(a)?.native_id))
}

fn handle_repr(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let h = handle_of(a)?;
    Ok(Value::string(format!(
        "<_thread._ThreadHandle object: ident={}>",
        h.ident
    )))
}

/// Thread idents are unsigned pthread handles; they fit an mt int as CPython's do.
pub fn ident_value(ident: u64) -> Value {
    if ident <= i64::MAX as u64 {
        Value::Int(ident as i64)
    } else {
        Value::from_bigint(ident.into())
    }
}

// ------------------------------------------------------------------ module functions

fn call_args(v: Option<&Value>) -> PyResult<Vec<Value>> {
    match v {
        Some(Value::Tuple(t)) => Ok(t.items.to_vec()),
        _ => type_error("2nd arg must be a tuple"),
    }
}

fn call_kwargs(v: Option<&Value>) -> PyResult<Vec<(Str, Value)>> {
    match v {
        None | Some(Value::None) => Ok(Vec::new()),
        Some(Value::Dict(d)) => d
            .items()
            .into_iter()
            .map(|(k, v)| match k {
                Value::Str(s) => Ok((s, v)),
                _ => type_error("keywords must be strings"),
            })
            .collect(),
        Some(_) => type_error("optional 3rd arg must be a dictionary"),
    }
}

/// `start_new_thread(function, args, kwargs=None)`: returns the new thread's ident.
fn start_new_thread(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    if !kw.is_empty() {
        return type_error("start_new_thread() takes no keyword arguments");
    }
    if a.len() < 2 || a.len() > 3 {
        return type_error(format!(
            "start_new_thread expected at least 2 arguments, got {}",
            a.len()
        ));
    }
    if !crate::builtins::is_callable(&a[0]) {
        return type_error("first arg must be callable");
    }
    let args = call_args(a.get(1))?;
    let kwargs = call_kwargs(a.get(2))?;
    let name = format!("Dummy-{}", threads::running_count() + 1);
    let h = threads::spawn(vm, a[0].clone(), args, kwargs, &name, true)?;
    Ok(ident_value(h.ident))
}

/// `start_joinable_thread(function, handle=None, daemon=True, name=None)` (CPython 3.13, plus
/// the name deadlock reports use): returns a `_ThreadHandle`.
fn start_joinable_thread(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let p = bind(
        "start_joinable_thread",
        a,
        kw,
        &["function", "handle", "daemon", "name"],
        1,
    )?;
    let func = p[0].clone().unwrap_or(Value::None);
    if !crate::builtins::is_callable(&func) {
        return type_error("thread function must be callable");
    }
    let daemon = match &p[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let name = match &p[3] {
        Some(Value::Str(s)) => s.as_str().to_string(),
        _ => format!("Thread-{}", threads::running_count() + 1),
    };
    let h = threads::spawn(vm, func, Vec::new(), Vec::new(), &name, daemon)?;
    Ok(native::object(handle_class(), h))
}

fn allocate_lock(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("allocate_lock", a, kw, 0, 0)?;
    Ok(new_lock())
}

fn get_ident(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("get_ident", a, kw, 0, 0)?;
    Ok(ident_value(vm.ident))
}

fn get_native_id(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("get_native_id", a, kw, 0, 0)?;
    Ok(ident_value(threads::current_native_id()))
}

fn count(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("_count", a, kw, 0, 0)?;
    Ok(Value::Int(threads::running_count() as i64))
}

fn exit(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("exit", a, kw, 0, 0)?;
    Err(exc("SystemExit", ""))
}

fn stack_size(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("stack_size", a, kw, 0, 1)?;
    Ok(Value::Int(0))
}

fn daemon_threads_allowed(_vm: &mut Vm, _a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

/// `interrupt_main()`: as if Ctrl-C was pressed (the main thread raises KeyboardInterrupt).
fn interrupt_main(vm: &mut Vm, _a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    vm.interp
        .interrupted
        .store(true, std::sync::atomic::Ordering::SeqCst);
    vm.interp
        .breaker
        .store(true, std::sync::atomic::Ordering::SeqCst);
    crate::runtime::wait::interrupt_main();
    Ok(Value::None)
}

/// `_set_thread_name(ident, name)`: the name deadlock reports show for a thread.
fn set_thread_name(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("_set_thread_name", a, kw, 2, 2)?;
    let ident = match &a[0] {
        Value::Int(i) => *i as u64,
        Value::BigInt(b) => u64::try_from(&**b).unwrap_or(0),
        _ => return type_error("ident must be an int"),
    };
    if let Value::Str(s) = &a[1] {
        deadlock::set_name(ident, s.as_str());
    }
    Ok(Value::None)
}

/// `_format_exception(exc)`: the traceback text CPython's excepthook prints.
fn format_exception(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    crate::builtins::args::arity("_format_exception", a, kw, 1, 1)?;
    Ok(Value::string(vm.format_exception(&a[0])))
}

pub fn make(_vm: &mut Vm) -> Arc<crate::objects::Dict> {
    let d = super::module_dict("_thread");
    super::add_fn(&d, "start_new_thread", start_new_thread);
    super::add_fn(&d, "start_new", start_new_thread);
    super::add_fn(&d, "start_joinable_thread", start_joinable_thread);
    super::add_fn(&d, "allocate_lock", allocate_lock);
    super::add_fn(&d, "allocate", allocate_lock);
    super::add_fn(&d, "get_ident", get_ident);
    super::add_fn(&d, "get_native_id", get_native_id);
    super::add_fn(&d, "_count", count);
    super::add_fn(&d, "exit", exit);
    super::add_fn(&d, "exit_thread", exit);
    super::add_fn(&d, "stack_size", stack_size);
    super::add_fn(&d, "daemon_threads_allowed", daemon_threads_allowed);
    super::add_fn(&d, "interrupt_main", interrupt_main);
    super::add_fn(&d, "_set_thread_name", set_thread_name);
    super::add_fn(&d, "_format_exception", format_exception);
    d.set_str(new_str("LockType"), Value::Class(lock_class().clone()));
    d.set_str(new_str("lock"), Value::Class(lock_class().clone()));
    d.set_str(new_str("RLock"), Value::Class(rlock_class().clone()));
    d.set_str(new_str("_local"), Value::Class(local_class().clone()));
    d.set_str(
        new_str("_ThreadHandle"),
        Value::Class(handle_class().clone()),
    );
    d.set_str(new_str("TIMEOUT_MAX"), Value::Float(TIMEOUT_MAX));
    let runtime_error = crate::builtins::types::types()
        .exc
        .get("RuntimeError")
        .cloned()
        .map(Value::Class)
        .unwrap_or(Value::None);
    d.set_str(new_str("error"), runtime_error);
    d
}
