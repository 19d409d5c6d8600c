//! `threading.Barrier` and `threading.BrokenBarrierError` (CPython 3.11's threading.py
//! classes): the filling/draining/resetting/broken state machine, the action the last
//! arriving thread runs, `reset` and `abort`.

use super::{add_new, added_secs, construct, given, lock_wait, py_args, repr_head};
use crate::modules::native::{self, Kind};
use crate::objects::class::Class;
use crate::objects::Value;
use crate::runtime::deadlock::Blocker;
use crate::runtime::wait::{block, Waitable};
use crate::vm::error::*;
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

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
