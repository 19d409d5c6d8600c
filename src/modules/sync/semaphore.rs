//! `threading.Semaphore` and `threading.BoundedSemaphore` (CPython 3.11's threading.py
//! classes of those names): the counter, acquire with its blocking/timeout rules, and the
//! bounded variant's ValueError on releasing past the initial value.

use super::{add_new, added_secs, construct, given, lock_wait, number, py_args, repr_head};
use crate::modules::native::{self, Kind};
use crate::objects::class::Class;
use crate::objects::Value;
use crate::runtime::deadlock::Blocker;
use crate::runtime::wait::{block, Waitable};
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

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
