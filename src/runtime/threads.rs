//! OS threads running mt code. Each thread gets its own `Vm` (frame stack, caches) over the
//! shared `Interp`, takes the GIL before running bytecode and gives it back when it ends.
//! Thread identities follow CPython: `get_ident()` is the pthread handle, `get_native_id()` the
//! kernel thread id. A `Handle` is what `join` waits on (CPython 3.13's `_ThreadHandle`).

use super::deadlock::{self, Blocker};
use super::wait::{block, Waitable};
use crate::objects::{Str, Value};
use crate::vm::{Interp, PyResult, Vm};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::Duration;

/// Rust stack for mt threads: mt calls never recurse on it, only natives calling back do.
const THREAD_STACK: usize = 32 << 20;

/// Threads started by mt that have not finished (CPython's `_thread._count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// Daemon threads (and `_thread`'s, which are daemonic) not finished: at exit they may
/// still be running mt code.
static DAEMONS_RUNNING: AtomicUsize = AtomicUsize::new(0);

/// The calling OS thread's `threading.get_ident()` value.
pub fn current_ident() -> u64 {
    // SAFETY: pthread_self has no preconditions and only reads the calling thread's handle.
    unsafe { libc::pthread_self() as u64 }
}

/// The calling OS thread's kernel id (`threading.get_native_id()`).
pub fn current_native_id() -> u64 {
    // SAFETY: gettid has no preconditions.
    unsafe { libc::gettid() as u64 }
}

/// A started thread, as seen by the threads that join it.
pub struct Handle {
    pub ident: u64,
    pub native_id: u64,
    pub daemon: bool,
    done: Arc<Waitable<bool>>,
}

impl Handle {
    pub fn is_done(&self) -> bool {
        *self.done.lock()
    }

    /// Waits until the thread has finished or `timeout` passes; true when it has finished.
    pub fn join(&self, vm: &mut Vm, timeout: Option<Duration>) -> PyResult<bool> {
        let target = self.ident;
        block(
            vm,
            &self.done,
            timeout,
            |_| Blocker::Join { target },
            |done| *done,
        )
    }
}

/// Number of mt-started threads still running.
pub fn running_count() -> usize {
    RUNNING.load(Ordering::SeqCst)
}

/// Number of daemon threads still running.
pub fn daemons_running() -> usize {
    DAEMONS_RUNNING.load(Ordering::SeqCst)
}

/// Starts an OS thread that calls `func(*args, **kwargs)` in a new `Vm`. `name` is the name
/// deadlock reports use until the thread renames itself. Returns once the thread exists and
/// its identity is known (the GIL is released meanwhile).
pub fn spawn(
    vm: &mut Vm,
    func: Value,
    args: Vec<Value>,
    kwargs: Vec<(Str, Value)>,
    name: &str,
    daemon: bool,
) -> PyResult<Arc<Handle>> {
    let interp = vm.interp.clone();
    let done = Waitable::new(false);
    let (tx, rx) = std::sync::mpsc::sync_channel::<(u64, u64)>(1);
    let thread_done = done.clone();
    let name = name.to_string();
    RUNNING.fetch_add(1, Ordering::SeqCst);
    let daemons = if daemon { 1 } else { 0 };
    DAEMONS_RUNNING.fetch_add(daemons, Ordering::SeqCst);
    let (reg_tx, reg_rx) = std::sync::mpsc::sync_channel::<()>(1);
    let spawned = std::thread::Builder::new()
        .stack_size(THREAD_STACK)
        .spawn(move || {
            crate::runtime::signals::block_sigint_here();
            let ident = current_ident();
            let _ = tx.send((ident, current_native_id()));
            // The starting thread registers this one in the deadlock table first.
            let _ = reg_rx.recv();
            run_thread(interp, ident, func, args, kwargs);
            thread_done.update(|d| *d = true);
            RUNNING.fetch_sub(1, Ordering::SeqCst);
            DAEMONS_RUNNING.fetch_sub(daemons, Ordering::SeqCst);
            deadlock::thread_finished(ident);
        });
    if let Err(e) = spawned {
        RUNNING.fetch_sub(1, Ordering::SeqCst);
        DAEMONS_RUNNING.fetch_sub(daemons, Ordering::SeqCst);
        return crate::vm::error::raise("RuntimeError", format!("can't start new thread: {e}"));
    }
    let ids = crate::runtime::gil::without_gil(vm, || rx.recv());
    let Ok((ident, native_id)) = ids else {
        return crate::vm::error::raise("RuntimeError", "can't start new thread");
    };
    deadlock::thread_started(ident, &name, false);
    let _ = reg_tx.send(());
    Ok(Arc::new(Handle {
        ident,
        native_id,
        daemon,
        done,
    }))
}

/// The body of a new OS thread: take the GIL, run `func()`, report an uncaught exception the
/// way `_thread` does (threading's bootstrap catches its own first), release the GIL.
fn run_thread(
    interp: Arc<Interp>,
    ident: u64,
    func: Value,
    args: Vec<Value>,
    kw: Vec<(Str, Value)>,
) {
    crate::runtime::gil::take(&interp);
    let mut vm = Vm::new(interp.clone(), false);
    vm.ident = ident;
    if let Err(e) = vm.call(&func, &args, &kw) {
        if !crate::vm::error::is_exc(&e, "SystemExit") {
            let repr = vm.repr(&func).unwrap_or_default();
            let text = vm.format_exception(&e);
            let _ = crate::runtime::stdio::write_stderr(&format!(
                "Unhandled exception in thread started by {repr}\n{text}"
            ));
        }
    }
    // What the thread's function and arguments held is finalized on this thread, while it
    // still has its VM (`__del__`, suspended generators' `finally`).
    drop((func, args, kw));
    if crate::vm::finalize::pending() {
        vm.run_finalizers();
    }
    crate::objects::thread_local::thread_ended(vm.serial);
    drop(vm);
    crate::runtime::gil::release(&interp, false);
}
