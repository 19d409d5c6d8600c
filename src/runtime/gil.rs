//! The global interpreter lock, with CPython's protocol (Python/ceval_gil.c, DESIGN.md
//! decision 3). With the GIL on, one thread runs bytecode at a time:
//! - a thread that wants the GIL waits on a condition variable for one switch interval
//!   (`sys.setswitchinterval`, 5 ms by default); if the holder has not switched by then, it sets
//!   the drop request and the eval breaker;
//! - the holder polls the breaker on backward jumps and calls, and when asked drops the GIL and
//!   waits until another thread has taken it before asking for it again (CPython's
//!   FORCE_SWITCHING: no convoy where the same thread retakes the lock at once);
//! - every blocking operation drops the GIL around its wait (`without_gil`, `runtime::wait`).
//!
//! With the GIL off every entry point returns at once: one code path, one branch.

use crate::vm::{Interp, Vm};
use parking_lot::{Condvar, Mutex};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

pub struct Gil {
    pub enabled: bool,
    state: Mutex<GilState>,
    /// Signalled when the GIL is released.
    released: Condvar,
    /// Signalled when a thread takes the GIL (the switch number changes).
    switched: Condvar,
    drop_request: AtomicBool,
}

#[derive(Default)]
struct GilState {
    locked: bool,
    /// Incremented every time a thread takes the GIL.
    switch_number: u64,
    waiters: usize,
}

impl Gil {
    pub fn new(enabled: bool) -> Gil {
        Gil {
            enabled,
            state: Mutex::new(GilState::default()),
            released: Condvar::new(),
            switched: Condvar::new(),
            drop_request: AtomicBool::new(false),
        }
    }

    pub fn drop_requested(&self) -> bool {
        self.drop_request.load(Ordering::Relaxed)
    }
}

/// Whether another thread has asked the running one to drop the GIL.
pub fn drop_requested(interp: &Interp) -> bool {
    interp.gil.drop_requested()
}

/// Takes the GIL for the calling thread, waiting (and asking the holder to switch after each
/// switch interval) while another thread holds it.
pub fn take(interp: &Interp) {
    let gil = &interp.gil;
    if !gil.enabled {
        return;
    }
    let mut s = gil.state.lock();
    if s.locked {
        s.waiters += 1;
        while s.locked {
            let interval = Duration::from_micros(
                interp.switch_interval_us.load(Ordering::Relaxed).max(1) as u64,
            );
            let before = s.switch_number;
            let timed_out = gil.released.wait_for(&mut s, interval).timed_out();
            if s.locked && timed_out && s.switch_number == before {
                gil.drop_request.store(true, Ordering::SeqCst);
                interp.breaker.store(true, Ordering::SeqCst);
            }
        }
        s.waiters -= 1;
    }
    s.locked = true;
    s.switch_number = s.switch_number.wrapping_add(1);
    if gil.drop_request.swap(false, Ordering::SeqCst) {
        interp.refresh_breaker();
    }
    gil.switched.notify_all();
}

/// Releases the GIL. After a forced switch (`forced`), waits until another thread has taken it.
pub fn release(interp: &Interp, forced: bool) {
    let gil = &interp.gil;
    if !gil.enabled {
        return;
    }
    let mut s = gil.state.lock();
    s.locked = false;
    gil.released.notify_one();
    if forced && s.waiters > 0 {
        let before = s.switch_number;
        while s.switch_number == before && s.waiters > 0 {
            gil.switched.wait(&mut s);
        }
    }
}

/// Called at the eval breaker: hands the GIL over if a waiter asked for it.
pub fn yield_if_requested(vm: &mut Vm) {
    let interp = &*vm.interp;
    if interp.gil.enabled && interp.gil.drop_requested() {
        release(interp, true);
        take(interp);
    }
}

/// Runs a blocking operation with the GIL released (every blocking wait goes through here).
pub fn without_gil<T>(vm: &mut Vm, f: impl FnOnce() -> T) -> T {
    if !vm.interp.gil.enabled {
        return f();
    }
    release(&vm.interp, false);
    let r = f();
    take(&vm.interp);
    r
}
