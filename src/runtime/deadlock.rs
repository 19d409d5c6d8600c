//! The thread table and deadlock detection (beyond CPython; like Go's "all goroutines are
//! asleep - deadlock!", plus cycle detection while other threads still run).
//!
//! Every live mt thread has an entry; a thread blocked in `runtime::wait::block` records what it
//! waits for. A record is *active* while its waiter cannot proceed: a waker that changes a
//! waitable's state `poke`s it (under that waitable's lock), which deactivates its records
//! before any waiter can observe the change, and a waiter that wakes without progress records
//! itself again (also under the waitable's lock). So the table never shows a thread as stuck
//! when a state change already freed it, and detection needs no timing guesses:
//! - **standstill**: every live thread has an active record with no timeout, so nothing in the
//!   process can change any waited-for state; the report goes to stderr and the process exits 1;
//! - **cycle**: the thread that blocks follows "waits for a lock held by" and "joins" edges;
//!   if they lead back to itself through at least one other thread, the cycle is reported once
//!   and the program runs on. (A thread waiting on a plain Lock it holds itself is waiting for
//!   a signal from some other thread; only a standstill proves that nobody will send it.)
//!
//! Waits with a timeout, sleeps, and waits outside mt's primitives (input, pipes) never count
//! as stuck. `MT_DEADLOCK=0` turns detection off.

use crate::objects::class::TbEntry;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

/// What a blocked thread waits for.
#[derive(Clone, Debug)]
pub enum Blocker {
    /// A lock (`Lock`, `RLock`, ...) and the thread that holds it, if known.
    Lock {
        kind: &'static str,
        addr: usize,
        holder: Option<u64>,
    },
    /// `join` on a thread.
    Join { target: u64 },
    /// Any other primitive: "Condition.wait", "Event.wait", "Queue.get", ...
    Other { what: &'static str, addr: usize },
    /// `time.sleep`: always able to wake.
    Sleep,
}

/// Something that can wake a blocked thread (the watcher thread uses it for Ctrl-C).
pub trait Wake: Send + Sync {
    fn wake(&self);
}

pub struct Record {
    pub blocker: Blocker,
    /// The waitable's address (pokes match on it).
    pub object: usize,
    /// No timeout: only another thread can end the wait.
    pub indefinite: bool,
    pub active: bool,
    pub reported: bool,
    pub stack: Arc<Vec<TbEntry>>,
    pub waker: Arc<dyn Wake>,
}

struct Entry {
    name: String,
    record: Option<Record>,
}

#[derive(Default)]
struct Table {
    threads: HashMap<u64, Entry>,
    /// Thread idents in start order (reports list them so).
    order: Vec<u64>,
    main: u64,
}

fn table() -> &'static Mutex<Table> {
    static T: OnceLock<Mutex<Table>> = OnceLock::new();
    T.get_or_init(Default::default)
}

/// Whether detection is on (`MT_DEADLOCK=0` turns it off).
pub fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var("MT_DEADLOCK").map_or(true, |v| v != "0"))
}

/// Adds a live thread. The starting thread registers the new one before it runs, so the count
/// of live threads is never short.
pub fn thread_started(ident: u64, name: &str, main: bool) {
    let mut t = table().lock();
    t.threads.insert(
        ident,
        Entry {
            name: name.to_string(),
            record: None,
        },
    );
    t.order.push(ident);
    if main {
        t.main = ident;
    }
}

/// Records a thread's new name (`Thread.name = ...`), for reports.
pub fn set_name(ident: u64, name: &str) {
    if let Some(e) = table().lock().threads.get_mut(&ident) {
        e.name = name.to_string();
    }
}

/// Removes a finished thread; the others may now be at a standstill.
pub fn thread_finished(ident: u64) {
    let mut t = table().lock();
    t.threads.remove(&ident);
    t.order.retain(|&i| i != ident);
    if enabled() {
        check_standstill(&t);
    }
}

/// Records that `ident` blocks; runs detection when the wait has no timeout.
pub fn block(ident: u64, record: Record) {
    let mut t = table().lock();
    let indefinite = record.indefinite;
    if let Some(e) = t.threads.get_mut(&ident) {
        e.record = Some(record);
    }
    if indefinite && enabled() {
        check_standstill(&t);
        check_cycle(&mut t, ident);
    }
}

/// The thread stopped waiting.
pub fn unblock(ident: u64) {
    if let Some(e) = table().lock().threads.get_mut(&ident) {
        e.record = None;
    }
}

/// A waitable's state changed: its waiters may be able to proceed.
pub fn poke(object: usize) {
    let mut t = table().lock();
    for e in t.threads.values_mut() {
        if let Some(r) = &mut e.record {
            if r.object == object {
                r.active = false;
            }
        }
    }
}

/// The waker of the main thread's current wait, if it waits.
pub fn main_waker() -> Option<Arc<dyn Wake>> {
    let t = table().lock();
    let main = t.main;
    t.threads
        .get(&main)
        .and_then(|e| e.record.as_ref())
        .map(|r| r.waker.clone())
}

fn stuck(e: &Entry) -> Option<&Record> {
    e.record.as_ref().filter(|r| r.active && r.indefinite)
}

fn check_standstill(t: &Table) {
    if t.threads.is_empty() || !t.threads.values().all(|e| stuck(e).is_some()) {
        return;
    }
    let mut out = String::from("mt: deadlock: every thread is blocked and nothing can wake them\n");
    for ident in &t.order {
        out.push_str(&describe(t, *ident));
    }
    let _ = crate::runtime::stdio::flush_stdout();
    let _ = crate::runtime::stdio::write_stderr(&out);
    std::process::exit(1);
}

/// The thread a stuck thread waits on: the holder of the lock it wants, or the thread it
/// joins.
fn edge(t: &Table, ident: u64) -> Option<u64> {
    match &stuck(t.threads.get(&ident)?)?.blocker {
        Blocker::Lock { holder, .. } => *holder,
        Blocker::Join { target } => Some(*target),
        _ => None,
    }
}

fn check_cycle(t: &mut Table, start: u64) {
    let mut path = vec![start];
    let mut cur = start;
    while let Some(next) = edge(t, cur) {
        if next == start {
            break;
        }
        if path.contains(&next) || !t.threads.contains_key(&next) {
            return;
        }
        path.push(next);
        cur = next;
    }
    // A thread waiting for a plain Lock it acquired itself is the usual way to wait for a
    // signal from another thread (which will release it), so a cycle of one is left to the
    // standstill check. (An RLock never waits for its owner; joining oneself raises.)
    if edge(t, cur) != Some(start) || path.len() < 2 {
        return;
    }
    let already = path.iter().any(|i| {
        t.threads
            .get(i)
            .and_then(|e| e.record.as_ref())
            .is_some_and(|r| r.reported)
    });
    if already {
        return;
    }
    let mut out = format!(
        "mt: deadlock: {} thread{} wait for each other in a cycle (the others run on)\n",
        path.len(),
        if path.len() == 1 { "" } else { "s" }
    );
    for ident in &path {
        out.push_str(&describe(t, *ident));
    }
    for ident in &path {
        if let Some(r) = t.threads.get_mut(ident).and_then(|e| e.record.as_mut()) {
            r.reported = true;
        }
    }
    let _ = crate::runtime::stdio::write_stderr(&out);
}

fn thread_label(t: &Table, ident: u64) -> String {
    match t.threads.get(&ident) {
        Some(e) => format!("'{}' ({ident})", e.name),
        None => format!("a finished thread ({ident})"),
    }
}

fn describe(t: &Table, ident: u64) -> String {
    let Some(e) = t.threads.get(&ident) else {
        return String::new();
    };
    let mut out = format!("\nThread {} ", thread_label(t, ident));
    let Some(r) = &e.record else {
        out.push_str("is running\n");
        return out;
    };
    let what = match &r.blocker {
        Blocker::Lock {
            kind, addr, holder, ..
        } => {
            let held = match holder {
                Some(h) if *h == ident => "held by this same thread".to_string(),
                Some(h) => format!("held by thread {}", thread_label(t, *h)),
                None => "not held".to_string(),
            };
            format!("waits to acquire {kind} at {addr:#x}, {held}")
        }
        Blocker::Join { target } => format!("waits to join thread {}", thread_label(t, *target)),
        Blocker::Other { what, addr } => format!("waits in {what} (object at {addr:#x})"),
        Blocker::Sleep => "sleeps".to_string(),
    };
    out.push_str(&what);
    out.push_str(":\n");
    out.push_str(&crate::diagnostics::format_stack(&r.stack));
    out
}
