//! Ctrl-C while code runs at the prompt: a SIGINT handler that sets the interpreter's
//! `interrupted` flag and its eval breaker, so the main thread raises `KeyboardInterrupt` at
//! its next breaker check (a call or a backward jump), as CPython's handler does. While the
//! prompt waits for a line the terminal is in raw mode and Ctrl-C reaches rustyline as a key
//! instead (it saves and restores this handler around each read).
//!
//! This is the only `unsafe` of the REPL: installing the handler. When the runtime grows its
//! own signal module (for `signal.signal`), this handler belongs there.

use crate::vm::Interp;
use std::sync::atomic::Ordering;
use std::sync::{Arc, OnceLock};

/// The interpreter the handler interrupts (one per process: the session's).
static TARGET: OnceLock<Arc<Interp>> = OnceLock::new();

extern "C" fn on_sigint(_signal: libc::c_int) {
    // Only atomic loads and stores: async-signal-safe.
    if let Some(interp) = TARGET.get() {
        interp.interrupted.store(true, Ordering::SeqCst);
        interp.breaker.store(true, Ordering::SeqCst);
    }
}

/// Routes SIGINT to `interp`; returns whether the handler is in place.
pub fn install(interp: &Arc<Interp>) -> bool {
    if TARGET.set(interp.clone()).is_err() {
        // Already installed for this process's session.
        return false;
    }
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // SAFETY: `sigaction` is given a zero-initialised struct (a valid `sigaction` value) whose
    // handler is an `extern "C"` function that only touches atomics through a `OnceLock` that
    // is fully initialised before the handler is installed; the mask is initialised by
    // `sigemptyset`; the old-action pointer may be null.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = handler as libc::sighandler_t;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut()) == 0
    }
}

/// Forgets a Ctrl-C that arrived while nothing was running.
pub fn clear(interp: &Interp) {
    interp.interrupted.store(false, Ordering::SeqCst);
    interp.refresh_breaker();
}
