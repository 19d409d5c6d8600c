//! The less common built-in objects, boxed behind one `Value::Object` variant: ranges, slices,
//! iterators, generators, modules, bound methods, descriptors, files and dict views.

use super::spin::SpinMutex;
use super::{Class, Dict, Str, Value};
use crate::vm::frame::Frame;
use num_bigint::BigInt;
use parking_lot::Mutex;
use std::sync::Arc;

pub struct Object {
    pub kind: ObjKind,
}

impl Object {
    /// Singletons compare identical even if two Arcs exist (NotImplemented, Ellipsis).
    pub fn is_singleton_eq(&self, other: &Object) -> bool {
        matches!(
            (&self.kind, &other.kind),
            (ObjKind::NotImplemented, ObjKind::NotImplemented)
                | (ObjKind::Ellipsis, ObjKind::Ellipsis)
        )
    }
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub enum ObjKind {
    Range {
        start: i64,
        stop: i64,
        step: i64,
    },
    /// A range beyond 64 bits (see `bigrange`).
    BigRange(Box<super::bigrange::BigRange>),
    Slice(Value, Value, Value),
    Iter(SpinMutex<IterState>),
    Generator(Generator),
    Module(Module),
    BoundMethod {
        func: Value,
        obj: Value,
    },
    StaticMethod(Value),
    ClassMethod(Value),
    Property {
        fget: Value,
        fset: Value,
        fdel: Value,
        /// The `doc=` given to `property()`, else None (then the getter's docstring shows).
        doc: Value,
    },
    Super {
        class: Arc<Class>,
        obj: Value,
    },
    DictView(Arc<Dict>, ViewKind),
    File(Mutex<FileState>),
    /// A closure cell, as pushed by `LoadClosure` to build closures.
    Cell(Arc<crate::objects::Cell>),
    /// A compiled code object (function bodies in constant pools).
    Code(Arc<crate::bytecode::Code>),
    NotImplemented,
    Ellipsis,
    /// Native state of library objects (threading locks, queues, ...), owned by their module.
    Native {
        class: Arc<Class>,
        data: Box<dyn std::any::Any + Send + Sync>,
        /// Instance attributes, for objects of mt subclasses (`class MyQueue(queue.Queue)`);
        /// None for the native classes themselves, whose instances have no `__dict__`.
        attrs: Option<Arc<Dict>>,
    },
}

pub struct Module {
    pub name: Str,
    pub dict: Arc<Dict>,
}

pub struct Generator {
    pub name: Str,
    pub qualname: Str,
    pub state: SpinMutex<GenState>,
}

pub struct GenState {
    /// The suspended frame; None while running or once finished.
    pub frame: Option<Box<Frame>>,
    pub running: bool,
    pub finished: bool,
    pub started: bool,
}

pub struct FileState {
    pub name: String,
    pub mode: String,
    /// None once closed.
    pub file: Option<std::fs::File>,
    /// Buffers and text settings, owned by `objects/methods/file.rs`.
    pub text: crate::objects::methods::file::TextState,
}

pub enum IterState {
    Seq {
        seq: Value,
        idx: usize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    /// Over a range beyond 64 bits: `start` is the next item.
    BigRange(Box<super::bigrange::BigRange>),
    /// CPython's dictiter: `used` is the size when iteration began (usize::MAX once the
    /// size error was raised, so it sticks); `remaining` counts the entries still expected.
    Dict {
        dict: Arc<Dict>,
        pos: usize,
        kind: ViewKind,
        used: usize,
        remaining: usize,
    },
    /// Over a snapshot taken for `reversed()` of a dict or one of its views (`kind`).
    Vec {
        items: Vec<Value>,
        idx: usize,
        kind: ViewKind,
    },
    /// Over a set's live table, as CPython's set iterator: `pos` is the next slot, `used` the
    /// size iteration began with (a different size raises).
    Set {
        set: Arc<super::Set>,
        pos: usize,
        used: usize,
    },
    Enumerate {
        it: Value,
        /// The next count: an int of any size, as `enumerate(xs, 2**64)` counts on.
        idx: Value,
    },
    Zip {
        its: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        its: Vec<Value>,
    },
    Filter {
        func: Value,
        it: Value,
    },
    Reversed {
        seq: Value,
        idx: usize,
    },
    CallIter {
        func: Value,
        sentinel: Value,
    },
    Done,
}

/// CPython's hash of a machine-word integer: reduction modulo 2**61 - 1, with -1 mapped to -2.
#[inline]
pub fn hash_int(i: i64) -> i64 {
    const M: i64 = (1 << 61) - 1;
    let r = (i.unsigned_abs() % M as u64) as i64;
    let h = if i < 0 { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A NaN unlike any other made so far (a payload from a counter).
///
/// Why: floats are unboxed, and `is` compares their bits, yet CPython's `in`, `list.count`
/// and dict lookups compare identity before `==`, so `n in [n]` is True while
/// `float('nan') in [float('nan')]` is False: each new NaN is a new object. Every NaN that
/// float parsing or arithmetic produces gets its own payload, which gives it that identity.
pub fn fresh_nan() -> f64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static NEXT: AtomicU64 = AtomicU64::new(1);
    const QUIET_NAN: u64 = 0x7ff8_0000_0000_0000;
    const PAYLOAD: u64 = 0x0007_ffff_ffff_ffff;
    f64::from_bits(QUIET_NAN | (NEXT.fetch_add(1, Ordering::Relaxed) & PAYLOAD))
}

/// `==` between numbers of any kind (int, bool, float, big int), exact like CPython.
pub fn numeric_eq(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Bool(x), _) => numeric_eq(&Int(*x as i64), b),
        (_, Bool(y)) => numeric_eq(a, &Int(*y as i64)),
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => int_float_eq(&num_bigint::BigInt::from(*x), *y),
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => int_float_eq(x, *y),
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_)) | (Int(_), BigInt(_)) => false,
        _ => false,
    }
}

fn int_float_eq(i: &BigInt, f: f64) -> bool {
    cmp_float_int(f, i) == Some(std::cmp::Ordering::Equal)
}

/// Exact order of a float against an int of any size (CPython's float_richcompare): no
/// rounding of the int to a float, so `2**127 + 1 > float(2**127)`. None for NaN.
pub fn cmp_float_int(x: f64, i: &BigInt) -> Option<std::cmp::Ordering> {
    use num_traits::FromPrimitive;
    use std::cmp::Ordering;
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let fl = x.floor();
    let whole = BigInt::from_f64(fl)?;
    Some(match whole.cmp(i) {
        Ordering::Equal if x > fl => Ordering::Greater,
        o => o,
    })
}
