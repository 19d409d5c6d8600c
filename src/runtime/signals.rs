//! Ctrl-C. A SIGINT handler sets the interpreter's `interrupted` flag and eval breaker, so the
//! main thread raises `KeyboardInterrupt` at its next breaker check (a call or a backward
//! jump), as CPython's handler does; it also writes a byte to a self-pipe, whose watcher thread
//! wakes the main thread's current wait (`runtime::wait`: sleep, locks, joins, queues), so a
//! blocked main thread raises at once instead of waiting on. An uncaught KeyboardInterrupt ends the process the way CPython's does: by
//! re-raising SIGINT with the default action, so the shell sees a death by signal.
//!
//! The `unsafe` here is what the OS demands: installing the handler, the pipe, `poll`, and the
//! async-signal-safe `write` inside the handler.

use crate::vm::Interp;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Arc, OnceLock};

/// The interpreter the handler interrupts (one per process).
static TARGET: OnceLock<Arc<Interp>> = OnceLock::new();
/// The self-pipe: the handler writes to `WAKE_W`; the watcher thread reads the other end.
static WAKE_W: AtomicI32 = AtomicI32::new(-1);

extern "C" fn on_sigint(_signal: libc::c_int) {
    // Only atomics and write(2): async-signal-safe.
    if let Some(interp) = TARGET.get() {
        interp.interrupted.store(true, Ordering::SeqCst);
        interp.breaker.store(true, Ordering::SeqCst);
    }
    let fd = WAKE_W.load(Ordering::SeqCst);
    if fd >= 0 {
        let byte = 1u8;
        // SAFETY: writing one byte from a valid stack buffer to a non-blocking pipe we own;
        // write(2) is async-signal-safe and its result is deliberately ignored.
        unsafe {
            libc::write(fd, &byte as *const u8 as *const libc::c_void, 1);
        }
    }
}

/// Routes SIGINT to `interp`; returns whether the handler is in place.
pub fn install(interp: &Arc<Interp>) -> bool {
    if TARGET.set(interp.clone()).is_err() {
        return TARGET.get().is_some_and(|t| Arc::ptr_eq(t, interp));
    }
    if sigint_ignored() {
        // Started with SIGINT ignored (a background job of a shell): keep it so, as CPython does.
        return false;
    }
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: pipe2 writes two descriptors into a valid 2-element array.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } == 0 {
        // The handler must never block: only the write end is non-blocking.
        // SAFETY: fcntl on a descriptor pipe2 just returned.
        unsafe { libc::fcntl(fds[1], libc::F_SETFL, libc::O_NONBLOCK) };
        WAKE_W.store(fds[1], Ordering::SeqCst);
        let read_end = fds[0];
        let _ = std::thread::Builder::new()
            .name("mt-sigint".into())
            .stack_size(64 << 10)
            .spawn(move || watch(read_end));
    }
    let handler: extern "C" fn(libc::c_int) = on_sigint;
    // SAFETY: `sigaction` gets a zero-initialised struct (a valid value) whose handler is an
    // `extern "C"` function touching only atomics, a `OnceLock` initialised before this call,
    // and write(2); the mask is initialised by `sigemptyset`; the old action may be null.
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = handler as libc::sighandler_t;
        action.sa_flags = libc::SA_RESTART;
        libc::sigemptyset(&mut action.sa_mask);
        libc::sigaction(libc::SIGINT, &action, std::ptr::null_mut()) == 0
    }
}

/// Keeps SIGINT away from the calling thread, so the kernel delivers it to the interpreter's
/// main thread, whose blocking reads (`input()`) it must interrupt. Every other thread mt
/// starts calls this first.
pub fn block_sigint_here() {
    // SAFETY: building a signal set on the stack with sigemptyset/sigaddset and changing only
    // the calling thread's mask.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
    }
}

/// Waits until stdin (a terminal) has a line to read; false when Ctrl-C came first. Called by
/// the main thread with the GIL released. SIGINT, delivered to this thread (see
/// `block_sigint_here`), ends the wait: it is blocked while the flag is checked and unblocked
/// only inside `ppoll`, atomically, so a Ctrl-C between the check and the wait is not lost.
pub fn wait_stdin_readable(interp: &Interp) -> bool {
    // SAFETY: signal sets built on the stack with sigemptyset/sigaddset; pthread_sigmask and
    // ppoll get valid pointers to them and to one pollfd; the old mask is restored before
    // returning.
    unsafe {
        let mut block: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut block);
        libc::sigaddset(&mut block, libc::SIGINT);
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::pthread_sigmask(libc::SIG_BLOCK, &block, &mut old);
        let mut during = old;
        libc::sigdelset(&mut during, libc::SIGINT);
        let readable = loop {
            if interp.interrupted.load(Ordering::SeqCst) {
                break false;
            }
            let mut pfd = libc::pollfd {
                fd: 0,
                events: libc::POLLIN,
                revents: 0,
            };
            let r = libc::ppoll(&mut pfd, 1, std::ptr::null(), &during);
            if r > 0 {
                break true;
            }
            if r < 0 && std::io::Error::last_os_error().raw_os_error() != Some(libc::EINTR) {
                break true;
            }
        };
        libc::pthread_sigmask(libc::SIG_SETMASK, &old, std::ptr::null_mut());
        readable
    }
}

/// Whether SIGINT is ignored (inherited SIG_IGN).
fn sigint_ignored() -> bool {
    // SAFETY: querying the current action into a zero-initialised struct (a valid value);
    // a null new action changes nothing.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(libc::SIGINT, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}

/// Forgets a Ctrl-C that arrived while nothing was running.
pub fn clear(interp: &Interp) {
    interp.interrupted.store(false, Ordering::SeqCst);
    interp.refresh_breaker();
}

/// The watcher thread: turns each byte the handler writes into a wake-up of the main thread's
/// current wait (condition variables cannot be signalled from a signal handler).
fn watch(fd: i32) {
    block_sigint_here();
    let mut buf = [0u8; 64];
    loop {
        // SAFETY: a blocking read into a valid local buffer from the pipe's read end, which
        // stays open for the life of the process.
        let n = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
        if n > 0 {
            crate::runtime::wait::interrupt_main();
        } else if n == 0 {
            return;
        }
    }
}

/// Ends the process as CPython does after an uncaught KeyboardInterrupt: by SIGINT with the
/// default action (the shell reports status 130). Returns 130 if the signal did not end it.
pub fn exit_by_sigint() -> i32 {
    // SAFETY: restoring the default disposition and raising a signal on ourselves.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    130
}
