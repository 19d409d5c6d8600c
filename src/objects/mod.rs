//! The value type and the built-in object layouts. A `Value` is 16 bytes: small ints, floats,
//! bools and None are unboxed; everything else is an `Arc` to an object that guards its own
//! mutable state, so values are `Send + Sync` and safe to share with the GIL off.

pub mod bigrange;
pub mod class;
pub mod dict;
pub mod function;
pub mod hexfloat;
pub mod mappingproxy;
pub mod methods;
pub mod names;
pub mod numfmt;
pub mod object;
pub mod pystr;
pub mod settable;
pub mod spin;
pub mod strtext;
pub mod structseq;
pub mod thread_local;
pub mod trashcan;

pub use class::{Class, ExcData, Instance};
pub use dict::Dict;
pub use function::{Builtin, Cell, Function};
pub use object::{ObjKind, Object};
pub use pystr::{new_str, PyStr, Str};
pub use settable::SetTable;

use num_bigint::BigInt;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

/// The layout is fixed (`repr(u8)`: a tag byte, then the payload at offset 8 for every
/// variant but `Bool`) so that `write_int` can store a whole int in one instruction.
#[repr(u8)]
pub enum Value {
    None = NONE_TAG,
    Bool(bool) = BOOL_TAG,
    Int(i64) = INT_TAG,
    Float(f64) = 3,
    BigInt(Arc<BigInt>),
    Str(Str),
    List(Arc<List>),
    Tuple(Arc<Tuple>),
    Dict(Arc<Dict>),
    /// `set` and `frozenset` (the flag on the object tells which).
    Set(Arc<Set>),
    Function(Arc<Function>),
    Class(Arc<Class>),
    Instance(Arc<Instance>),
    Builtin(Arc<Builtin>),
    Object(Arc<Object>),
}

/// Cloning is on every hot path (loading a local, a constant, a global), so it is inlined and
/// branch-light: boxed values bump their reference count (every arm compiles to the same
/// increment, which the optimiser merges), then the 16 bytes are copied.
impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        // SAFETY: the new reference is the bitwise copy's own.
        unsafe {
            self.add_ref();
            std::ptr::read(self)
        }
    }
}

impl Value {
    /// Counts one more reference to a boxed value (unboxed values own nothing).
    ///
    /// Every boxed variant holds an `Arc` at offset 8 (`repr(u8)`), and an `Arc` points at
    /// its shared block, which starts with the strong count (`ArcInner` is `repr(C)`; the
    /// test `add_ref_and_discard_count_every_boxed_variant` checks this). So one increment
    /// serves every variant, with no jump on the tag: a `match` with an
    /// `Arc::increment_strong_count` per variant compiled to a jump table on the
    /// attribute-load path.
    ///
    /// # Safety
    /// The caller makes exactly one bitwise copy of `self` that owns the new reference.
    #[inline(always)]
    unsafe fn add_ref(&self) {
        if self.is_boxed() {
            let block = *(self as *const Value as *const *const AtomicUsize).add(1);
            (*block).fetch_add(1, Ordering::Relaxed);
        }
    }
}

const NONE_TAG: u8 = 0;
const BOOL_TAG: u8 = 1;
const INT_TAG: u8 = 2;
const _: () = assert!(std::mem::size_of::<Value>() == 16);
const _: () = assert!(std::mem::size_of::<Option<Value>>() == 16);

impl Value {
    /// Writes `Value::Int(x)` to `dst` in one 16-byte store.
    ///
    /// Why: a value built field by field (a 1-byte tag store, then an 8-byte payload store)
    /// and read back soon after as one 16-byte move, as every pop and argument copy does,
    /// cannot be forwarded from the store buffer: the load waits until both stores reach the
    /// cache. On fib that wait was a third of the run time. One whole store forwards to any
    /// later load inside it.
    ///
    /// # Safety
    /// `dst` must be valid for a 16-byte write; whatever it held is overwritten, not dropped.
    #[inline(always)]
    pub unsafe fn write_int(dst: *mut Value, x: i64) {
        write_words(dst, INT_TAG as i64, x, Value::Int(x));
    }

    /// `write_int` for a bool (its payload is the byte after the tag).
    ///
    /// # Safety
    /// As `write_int`.
    #[inline(always)]
    pub unsafe fn write_bool(dst: *mut Value, b: bool) {
        write_words(dst, BOOL_TAG as i64 | (b as i64) << 8, 0, Value::Bool(b));
    }

    /// `write_int` for None.
    ///
    /// # Safety
    /// As `write_int`.
    #[inline(always)]
    pub unsafe fn write_none(dst: *mut Value) {
        write_words(dst, NONE_TAG as i64, 0, Value::None);
    }

    /// Writes a new reference to `src` into `dst` as a plain 16-byte copy, memory to memory,
    /// so the optimiser never splits the value into fields on the way (see `write_int`).
    ///
    /// # Safety
    /// As `write_int`.
    #[inline(always)]
    pub unsafe fn clone_into(src: &Value, dst: *mut Value) {
        src.add_ref();
        std::ptr::copy_nonoverlapping(src, dst, 1);
    }
}

/// The 16 bytes `lo`, `hi` (which spell `v` in `Value`'s `repr(u8)` layout) stored in one
/// instruction; elsewhere than x86-64, `v` written as the compiler likes.
#[inline(always)]
unsafe fn write_words(dst: *mut Value, lo: i64, hi: i64, v: Value) {
    #[cfg(target_arch = "x86_64")]
    {
        use std::arch::x86_64::{_mm_set_epi64x, _mm_storeu_si128};
        // Forgotten, not dropped: `v` owns nothing (the callers pass unboxed values), and a
        // drop would be an out-of-line call to `Value`'s destructor on every push.
        std::mem::forget(v);
        _mm_storeu_si128(dst.cast(), _mm_set_epi64x(hi, lo));
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        let _ = (lo, hi);
        dst.write(v);
    }
}

/// A `list`: a vector behind its own lock.
pub struct List {
    pub items: spin::SpinMutex<Vec<Value>>,
}

impl List {
    pub fn new(items: Vec<Value>) -> Arc<List> {
        Arc::new(List {
            items: spin::SpinMutex::new(items),
        })
    }
}

/// A `tuple`: immutable, so no lock.
pub struct Tuple {
    pub items: Box<[Value]>,
}

/// `set` / `frozenset`: CPython's set hash table (see `settable`), which fixes the order
/// the elements iterate in.
pub struct Set {
    pub table: SetTable,
    pub frozen: bool,
}

impl Set {
    pub fn new(table: SetTable, frozen: bool) -> Arc<Set> {
        Arc::new(Set { table, frozen })
    }

    pub fn empty(frozen: bool) -> Arc<Set> {
        Set::new(SetTable::new(), frozen)
    }
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(new_str(s))
    }
    pub fn string(s: String) -> Value {
        Value::Str(new_str(s))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(List::new(items))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Arc::new(Tuple {
            items: items.into_boxed_slice(),
        }))
    }
    pub fn empty_tuple() -> Value {
        Value::tuple(Vec::new())
    }
    pub fn object(kind: ObjKind) -> Value {
        Value::Object(Arc::new(Object { kind }))
    }
    /// An int from a big integer, normalised to the small form when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        match i64::try_from(&b) {
            Ok(v) => Value::Int(v),
            Err(_) => Value::BigInt(Arc::new(b)),
        }
    }

    /// Whether the value holds a reference (everything but None, bools, ints and floats).
    #[inline(always)]
    pub fn is_boxed(&self) -> bool {
        !matches!(
            self,
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_)
        )
    }

    /// Drops the value at `p` where it lies, as `discard` does (one inline decrement unless
    /// it is the last reference). The value never moves into a temporary, which the compiler
    /// would copy field by field (a `Bool`'s payload is the byte after the tag, so it copies
    /// bytes 1 to 7 too, in overlapping pieces that stall the next load).
    ///
    /// `discard` does the same for a value it owns; written through this function it cost
    /// 1.4% more instructions on fib (the value had to be spilled to memory first).
    ///
    /// # Safety
    /// `p` holds a valid value, which is dropped: the caller must overwrite it or forget it.
    #[inline(always)]
    pub unsafe fn drop_at(p: *mut Value) {
        if (*p).is_boxed() {
            let block = *(p as *const *const AtomicUsize).add(1);
            if (*block).fetch_sub(1, Ordering::Release) != 1 {
                return;
            }
            // The last reference: give the count back for the destructor to take.
            std::sync::atomic::fence(Ordering::Acquire);
            (*block).store(1, Ordering::Relaxed);
            std::ptr::drop_in_place(p);
        }
    }

    /// Drops the value inline: nothing for unboxed values, one decrement for a reference
    /// that is not the last (the layout `add_ref` relies on); only the last reference calls
    /// the out-of-line destructor. For the hot paths, where the compiler's drop is a call
    /// and a jump on the tag.
    #[inline(always)]
    pub fn discard(self) {
        if self.is_boxed() {
            // SAFETY: a boxed value's payload points at its `Arc`'s count (see `add_ref`).
            unsafe {
                let block = *(&self as *const Value as *const *const AtomicUsize).add(1);
                if (*block).fetch_sub(1, Ordering::Release) != 1 {
                    std::mem::forget(self);
                    return;
                }
                // The last reference: give the count back for the destructor to take.
                std::sync::atomic::fence(Ordering::Acquire);
                (*block).store(1, Ordering::Relaxed);
            }
            drop(self);
        } else {
            std::mem::forget(self);
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity (`is`): same object, or equal unboxed value.
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) => true,
            (Bool(a), Bool(b)) => a == b,
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (BigInt(a), BigInt(b)) => Arc::ptr_eq(a, b),
            (Str(a), Str(b)) => {
                Arc::ptr_eq(a, b) || (a.char_len() <= 1 && a.as_str() == b.as_str())
            }
            (List(a), List(b)) => Arc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Arc::ptr_eq(a, b) || (a.items.is_empty() && b.items.is_empty()),
            (Dict(a), Dict(b)) => Arc::ptr_eq(a, b),
            (Set(a), Set(b)) => Arc::ptr_eq(a, b),
            (Function(a), Function(b)) => Arc::ptr_eq(a, b),
            (Class(a), Class(b)) => Arc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Arc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => Arc::ptr_eq(a, b),
            (Object(a), Object(b)) => Arc::ptr_eq(a, b) || a.is_singleton_eq(b),
            _ => false,
        }
    }

    /// A stable address-like number for `id()` and default reprs.
    pub fn id(&self) -> usize {
        use Value::*;
        match self {
            None => 0x7f00_0000_1000,
            Bool(b) => 0x7f00_0000_2000 + *b as usize,
            Int(i) => (*i as usize)
                .wrapping_mul(32)
                .wrapping_add(0x7f10_0000_0000),
            Float(f) => (f.to_bits() as usize) >> 3,
            BigInt(a) => Arc::as_ptr(a) as usize,
            Str(a) => Arc::as_ptr(a) as usize,
            List(a) => Arc::as_ptr(a) as usize,
            Tuple(a) => Arc::as_ptr(a) as usize,
            Dict(a) => Arc::as_ptr(a) as usize,
            Set(a) => Arc::as_ptr(a) as usize,
            Function(a) => Arc::as_ptr(a) as usize,
            Class(a) => Arc::as_ptr(a) as usize,
            Instance(a) => Arc::as_ptr(a) as usize,
            Builtin(a) => Arc::as_ptr(a) as usize,
            Object(a) => Arc::as_ptr(a) as usize,
        }
    }

    /// The text of a str, or of the str inside an instance of a str subclass (natives
    /// accept those wherever they accept a str, as CPython's `PyUnicode_Check` does).
    pub fn as_str(&self) -> Option<&str> {
        self.as_pystr().map(|s| s.as_str())
    }

    /// `as_str`, as the string object.
    pub fn as_pystr(&self) -> Option<&Str> {
        match self {
            Value::Str(s) => Some(s),
            Value::Instance(i) => match &i.native {
                Some(Value::Str(s)) => Some(s),
                _ => None,
            },
            _ => None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x}"),
            Value::BigInt(b) => write!(f, "{b}"),
            Value::Str(s) => write!(f, "{:?}", s.as_str()),
            _ => write!(f, "<object>"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strong_count(v: &Value) -> usize {
        match v {
            Value::BigInt(a) => Arc::strong_count(a),
            Value::Str(a) => Arc::strong_count(a),
            Value::List(a) => Arc::strong_count(a),
            Value::Tuple(a) => Arc::strong_count(a),
            Value::Dict(a) => Arc::strong_count(a),
            Value::Set(a) => Arc::strong_count(a),
            Value::Object(a) => Arc::strong_count(a),
            _ => unreachable!("only boxed values are listed"),
        }
    }

    #[test]
    fn add_ref_and_discard_count_every_boxed_variant() {
        let values = [
            Value::from_bigint(BigInt::from(1u8) << 100),
            Value::str("s"),
            Value::list(vec![]),
            Value::empty_tuple(),
            Value::Dict(Arc::new(Dict::new())),
            Value::Set(Set::empty(false)),
            Value::object(ObjKind::Ellipsis),
        ];
        for v in values {
            let copy = v.clone();
            assert_eq!(strong_count(&v), 2);
            copy.discard();
            assert_eq!(strong_count(&v), 1);
            v.discard();
        }
    }

    #[test]
    fn write_bool_and_none_write_their_variants() {
        for b in [false, true] {
            let mut slot = std::mem::MaybeUninit::<Value>::uninit();
            // SAFETY: the slot is valid for a write.
            let v = unsafe {
                Value::write_bool(slot.as_mut_ptr(), b);
                slot.assume_init()
            };
            assert!(matches!(v, Value::Bool(c) if c == b));
        }
        let mut slot = std::mem::MaybeUninit::<Value>::uninit();
        // SAFETY: as above.
        let v = unsafe {
            Value::write_none(slot.as_mut_ptr());
            slot.assume_init()
        };
        assert!(matches!(v, Value::None));
    }

    #[test]
    fn write_int_writes_the_int_variant() {
        for x in [0, 1, -1, 42, i64::MAX, i64::MIN] {
            let mut slot = std::mem::MaybeUninit::<Value>::uninit();
            // SAFETY: the slot is valid for a write.
            let v = unsafe {
                Value::write_int(slot.as_mut_ptr(), x);
                slot.assume_init()
            };
            assert!(matches!(v, Value::Int(y) if y == x));
        }
    }
}
