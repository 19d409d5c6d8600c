//! Instruction-pair counts for finding superinstruction candidates (built only with the
//! `opstats` feature): every dispatch notes (previous op, this op) by variant name, per
//! thread; `dump` prints the most frequent pairs of the thread that calls it.

use crate::bytecode::Op;
use std::cell::RefCell;
use std::collections::HashMap;

#[derive(Default)]
struct Counts {
    previous: &'static str,
    pairs: HashMap<(&'static str, &'static str), u64>,
}

thread_local! {
    static COUNTS: RefCell<Counts> = RefCell::new(Counts::default());
}

/// The variant name of an op (its `Debug` form up to the first parenthesis), interned.
fn variant(op: Op) -> &'static str {
    thread_local! {
        static NAMES: RefCell<HashMap<String, &'static str>> = RefCell::new(HashMap::new());
    }
    let full = format!("{op:?}");
    let name = full.split('(').next().unwrap_or("").to_string();
    NAMES.with(|n| {
        *n.borrow_mut()
            .entry(name.clone())
            .or_insert_with(|| Box::leak(name.into_boxed_str()))
    })
}

pub fn note(op: Op) {
    let name = variant(op);
    COUNTS.with(|c| {
        let mut c = c.borrow_mut();
        let previous = std::mem::replace(&mut c.previous, name);
        *c.pairs.entry((previous, name)).or_insert(0) += 1;
    });
}

/// Prints this thread's 40 most frequent pairs, with their share of all dispatches.
pub fn dump() {
    COUNTS.with(|c| {
        let c = c.borrow();
        let mut pairs: Vec<_> = c.pairs.iter().collect();
        pairs.sort_by(|a, b| b.1.cmp(a.1));
        let total: u64 = pairs.iter().map(|p| *p.1).sum();
        eprintln!("opstats: {total} dispatches on this thread");
        for ((a, b), n) in pairs.iter().take(40) {
            eprintln!(
                "{n:>12} {:5.1}%  {a} -> {b}",
                **n as f64 * 100.0 / total.max(1) as f64
            );
        }
    });
}
