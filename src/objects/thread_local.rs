//! Thread-local data (`_thread._local`, i.e. `threading.local`; CPython's
//! Modules/_threadmodule.c `localobject`): one attribute dict per thread and object. The VM's
//! attribute protocol reads the calling thread's dict before the class (so a subclass's class
//! attribute is only a default), and a thread's first touch re-runs the subclass `__init__`
//! with the arguments the object was created with. Dicts are keyed by a per-`Vm` serial (OS
//! thread idents are reused) and dropped when their thread ends.

use super::{Dict, Str, Value};
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock, Weak};

pub struct LocalData {
    pub args: Vec<Value>,
    pub kwargs: Vec<(Str, Value)>,
    dicts: Mutex<HashMap<u64, Arc<Dict>>>,
}

/// Every live local object, so a finishing thread can drop its dicts.
fn registry() -> &'static Mutex<Vec<Weak<LocalData>>> {
    static R: OnceLock<Mutex<Vec<Weak<LocalData>>>> = OnceLock::new();
    R.get_or_init(Default::default)
}

/// A process-wide serial for each `Vm` (never reused, unlike thread idents).
pub fn next_serial() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

impl LocalData {
    pub fn new(args: Vec<Value>, kwargs: Vec<(Str, Value)>) -> Arc<LocalData> {
        let data = Arc::new(LocalData {
            args,
            kwargs,
            dicts: Mutex::new(HashMap::new()),
        });
        let mut r = registry().lock();
        r.retain(|w| w.strong_count() > 0);
        r.push(Arc::downgrade(&data));
        data
    }

    /// The dict of thread `serial`, and whether it was created by this call.
    pub fn dict_for(&self, serial: u64) -> (Arc<Dict>, bool) {
        let mut d = self.dicts.lock();
        if let Some(x) = d.get(&serial) {
            return (x.clone(), false);
        }
        let x = Arc::new(Dict::new());
        d.insert(serial, x.clone());
        (x, true)
    }
}

/// A thread ended: its dicts in every local object go (and their values with them).
pub fn thread_ended(serial: u64) {
    let locals: Vec<Arc<LocalData>> = registry()
        .lock()
        .iter()
        .filter_map(|w| w.upgrade())
        .collect();
    for l in locals {
        let gone = l.dicts.lock().remove(&serial);
        drop(gone);
    }
}
