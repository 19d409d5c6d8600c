//! Bounded-depth freeing, as CPython's "trashcan" (`Py_TRASHCAN_BEGIN`): freeing the head
//! of a long chain of objects (a linked list of a million `Node`s) would otherwise free the
//! next node inside the first one's destructor, and so on, one Rust stack frame group per
//! node, until the thread's stack overflows. Past a fixed nesting depth, an instance's
//! attribute dict is parked on a per-thread list instead, and the outermost free empties
//! that list one entry at a time.

use super::Dict;
use std::cell::{Cell, RefCell};
use std::sync::Arc;

/// Nested frees allowed before parking: a few hundred KiB of stack at most.
const MAX_DEPTH: u32 = 500;

thread_local! {
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    static PARKED: RefCell<Vec<Arc<Dict>>> = const { RefCell::new(Vec::new()) };
}

/// Drops an instance's attribute dict, at a bounded Rust stack depth.
pub fn release(attrs: Arc<Dict>) {
    let Ok(depth) = DEPTH.try_with(Cell::get) else {
        // The thread is tearing down its locals: free directly.
        return drop(attrs);
    };
    if depth >= MAX_DEPTH {
        if let Err(attrs) = park(attrs) {
            drop(attrs);
        }
        return;
    }
    DEPTH.with(|d| d.set(depth + 1));
    drop(attrs);
    if depth == 0 {
        while let Some(next) = PARKED.with(|p| p.borrow_mut().pop()) {
            drop(next);
        }
    }
    DEPTH.with(|d| d.set(depth));
}

fn park(attrs: Arc<Dict>) -> Result<(), Arc<Dict>> {
    let mut slot = Some(attrs);
    let parked = PARKED
        .try_with(|p| match p.try_borrow_mut() {
            Ok(mut p) => {
                p.extend(slot.take());
                true
            }
            Err(_) => false,
        })
        .unwrap_or(false);
    match slot {
        Some(a) if !parked => Err(a),
        _ => Ok(()),
    }
}
