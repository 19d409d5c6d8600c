//! `threading.Event` (CPython 3.11's threading.py `Event`): one flag that waiters block on
//! until it is set, with `wait`'s timeout rules and the deprecated `isSet` alias.

use super::{add_new, cond_timeout, construct, deprecated, given, py_args, repr_head};
use crate::modules::native::{self, Kind};
use crate::objects::class::Class;
use crate::objects::Value;
use crate::runtime::deadlock::Blocker;
use crate::runtime::wait::{block, Waitable};
use crate::vm::{KwArgs, PyResult, Vm};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

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
