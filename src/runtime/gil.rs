//! The global interpreter lock. With the GIL on, one thread runs bytecode at a time and hands
//! over at the eval breaker when another asks (CPython's protocol, DESIGN.md decision 3). The
//! threading issue fills this in; today mt runs one thread, so there is never a request.

use crate::vm::{Interp, Vm};

/// Whether another thread has asked the running one to drop the GIL.
pub fn drop_requested(_interp: &Interp) -> bool {
    false
}

/// Called at the eval breaker: hands the GIL over if a waiter asked for it.
pub fn yield_if_requested(_vm: &mut Vm) {}

/// Runs a blocking operation with the GIL released (every blocking wait goes through here).
pub fn without_gil<T>(_vm: &mut Vm, f: impl FnOnce() -> T) -> T {
    f()
}
