//! The one way an mt thread blocks (DESIGN.md decision 3). `block` releases the GIL around
//! the wait, records what the thread waits for (deadlock detection, reports), wakes the main
//! thread on Ctrl-C (it raises KeyboardInterrupt, as CPython's waits do), and honours
//! timeouts. Primitives keep their state in a `Waitable`: a mutex-guarded state plus a
//! condition variable; wakers change the state through `Waitable::update`.

use super::deadlock::{self, Blocker, Record, Wake};
use super::gil;
use crate::objects::class::TbEntry;
use crate::vm::error::raise;
use crate::vm::{PyResult, Vm};
use parking_lot::{Condvar, Mutex, MutexGuard};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// State that threads wait on.
pub struct Waitable<S> {
    state: Mutex<S>,
    cond: Condvar,
    /// Threads blocked on it now (wakers skip the table and the condvar when there are none).
    waiting: AtomicUsize,
}

impl<S: Send> Waitable<S> {
    pub fn new(state: S) -> Arc<Waitable<S>> {
        Arc::new(Waitable {
            state: Mutex::new(state),
            cond: Condvar::new(),
            waiting: AtomicUsize::new(0),
        })
    }

    /// The state, for reading or for changes that cannot free a waiter.
    pub fn lock(&self) -> MutexGuard<'_, S> {
        self.state.lock()
    }

    /// Changes the state and wakes every waiter to re-check it.
    pub fn update<T>(&self, f: impl FnOnce(&mut S) -> T) -> T {
        let mut g = self.state.lock();
        let r = f(&mut g);
        self.wake_locked();
        r
    }

    /// Wakes the waiters; the caller holds the state lock (through `lock()`).
    pub fn wake_locked(&self) {
        if self.waiting.load(Ordering::SeqCst) > 0 {
            deadlock::poke(self.addr());
            self.cond.notify_all();
        }
    }

    /// The address that identifies it in reports.
    pub fn addr(&self) -> usize {
        self as *const Self as *const () as usize
    }
}

impl<S: Send> Wake for Waitable<S> {
    fn wake(&self) {
        let _g = self.state.lock();
        self.cond.notify_all();
    }
}

/// The mt call stack of the running thread, outermost first.
fn capture_stack(vm: &Vm) -> Vec<TbEntry> {
    vm.frames
        .iter()
        .map(|f| TbEntry {
            code: f.code.clone(),
            line: f.line(),
            span: f.span(),
        })
        .collect()
}

/// Blocks until `attempt` succeeds on the state (true) or the timeout passes (false).
/// `attempt` runs under the state lock and may change the state (take the lock, pop the item);
/// `blocker` describes the wait for deadlock reports. `timeout` None waits for ever;
/// `Some(ZERO)` only tries. The GIL is released while waiting.
pub fn block<S: Send + 'static>(
    vm: &mut Vm,
    w: &Arc<Waitable<S>>,
    timeout: Option<Duration>,
    blocker: impl Fn(&S) -> Blocker,
    mut attempt: impl FnMut(&mut S) -> bool,
) -> PyResult<bool> {
    if attempt(&mut w.state.lock()) {
        return Ok(true);
    }
    if timeout == Some(Duration::ZERO) {
        return Ok(false);
    }
    let deadline = timeout.map(|t| Instant::now() + t);
    let indefinite = deadline.is_none();
    let stack = Arc::new(if indefinite && deadlock::enabled() {
        capture_stack(vm)
    } else {
        Vec::new()
    });
    let waker: Arc<dyn Wake> = w.clone();
    let ident = vm.ident;
    let main = vm.is_main_thread;
    let interp = vm.interp.clone();
    gil::release(&interp, false);
    let mut g = w.state.lock();
    let outcome = loop {
        if attempt(&mut g) {
            break Ok(true);
        }
        if main && interp.interrupted.swap(false, Ordering::SeqCst) {
            interp.refresh_breaker();
            break Err(());
        }
        if deadline.is_some_and(|d| Instant::now() >= d) {
            break Ok(false);
        }
        deadlock::block(
            ident,
            Record {
                blocker: blocker(&g),
                object: w.addr(),
                indefinite,
                active: true,
                reported: false,
                stack: stack.clone(),
                waker: waker.clone(),
            },
        );
        // A Ctrl-C that came after the check above but before this wait was recorded found
        // no wait to wake (`interrupt_main` looks the record up): look at the flag again now
        // that the record is there, or the wait would sleep through it.
        if main && interp.interrupted.load(Ordering::SeqCst) {
            continue;
        }
        w.waiting.fetch_add(1, Ordering::SeqCst);
        match deadline {
            Some(d) => {
                w.cond.wait_until(&mut g, d);
            }
            None => w.cond.wait(&mut g),
        }
        w.waiting.fetch_sub(1, Ordering::SeqCst);
    };
    drop(g);
    deadlock::unblock(ident);
    gil::take(&interp);
    match outcome {
        Ok(done) => Ok(done),
        Err(()) => raise("KeyboardInterrupt", ""),
    }
}

/// `time.sleep`: waits `dur` with the GIL released; Ctrl-C ends it early in the main thread.
pub fn sleep(vm: &mut Vm, dur: Duration) -> PyResult<()> {
    let sleeper = vm.sleeper.clone();
    block(
        vm,
        &sleeper,
        Some(dur.max(Duration::from_nanos(1))),
        |_| Blocker::Sleep,
        |_| false,
    )?;
    Ok(())
}

/// Ctrl-C arrived: wake the main thread if it waits (it raises KeyboardInterrupt).
pub fn interrupt_main() {
    if let Some(w) = deadlock::main_waker() {
        w.wake();
    }
}
