//! `range` objects whose bounds or length do not fit in 64 bits (`range(0, 10**20, 7)`),
//! computed with big integers as CPython's `rangeobject.c` computes every range. A range
//! that fits stays an `ObjKind::Range` of three i64s, which loops and indexing run on; only
//! the rare huge one pays for big arithmetic.

use super::{ObjKind, Value};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

#[derive(Clone, PartialEq, Eq)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    /// Never zero.
    pub step: BigInt,
}

impl BigRange {
    /// A range that fits in i64s, widened (for comparing it with a big one).
    pub fn from_small(start: i64, stop: i64, step: i64) -> BigRange {
        BigRange {
            start: start.into(),
            stop: stop.into(),
            step: step.into(),
        }
    }

    /// Either form of range, widened; None for other objects.
    pub fn of(kind: &ObjKind) -> Option<BigRange> {
        match kind {
            ObjKind::Range { start, stop, step } => {
                Some(BigRange::from_small(*start, *stop, *step))
            }
            ObjKind::BigRange(r) => Some((**r).clone()),
            _ => None,
        }
    }

    /// The number of items (CPython's `compute_range_length`).
    pub fn len(&self) -> BigInt {
        let (lo, hi, step) = if self.step.is_positive() {
            (&self.start, &self.stop, self.step.clone())
        } else {
            (&self.stop, &self.start, -&self.step)
        };
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1u32) / step + 1u32
    }

    pub fn is_empty(&self) -> bool {
        if self.step.is_positive() {
            self.start >= self.stop
        } else {
            self.start <= self.stop
        }
    }

    /// The item at index `i` (negative counts from the end), if in range.
    pub fn item(&self, i: &BigInt) -> Option<BigInt> {
        let len = self.len();
        let i = if i.is_negative() { i + &len } else { i.clone() };
        (!i.is_negative() && i < len).then(|| &self.start + i * &self.step)
    }

    /// The index of `x` among the items, if it is one.
    pub fn position(&self, x: &BigInt) -> Option<BigInt> {
        let offset = x - &self.start;
        if !(&offset % &self.step).is_zero() {
            return None;
        }
        let i = offset / &self.step;
        (!i.is_negative() && i < self.len()).then_some(i)
    }

    /// The last item, if any.
    pub fn last(&self) -> Option<BigInt> {
        let len = self.len();
        (!len.is_zero()).then(|| &self.start + (len - 1u32) * &self.step)
    }

    /// The items in reverse order, as a range.
    pub fn reversed(&self) -> BigRange {
        match self.last() {
            Some(last) => BigRange {
                stop: &self.start - &self.step,
                start: last,
                step: -&self.step,
            },
            None => BigRange {
                start: BigInt::zero(),
                stop: BigInt::zero(),
                step: BigInt::one(),
            },
        }
    }

    /// `r[start:stop:step]` (None for an omitted bound), as CPython's `compute_slice` with
    /// `_PySlice_GetLongIndices`. `step` must not be zero.
    pub fn slice(&self, start: Option<BigInt>, stop: Option<BigInt>, step: BigInt) -> BigRange {
        let len = self.len();
        let (lower, upper) = if step.is_negative() {
            (BigInt::from(-1), &len - 1u32)
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |v: Option<BigInt>, default: &BigInt| match v {
            None => default.clone(),
            Some(v) if v.is_negative() => (v + &len).max(lower.clone()),
            Some(v) => v.min(upper.clone()),
        };
        let (first, end) = if step.is_negative() {
            (clamp(start, &upper), clamp(stop, &lower))
        } else {
            (clamp(start, &lower), clamp(stop, &upper))
        };
        BigRange {
            start: &self.start + first * &self.step,
            stop: &self.start + end * &self.step,
            step: step * &self.step,
        }
    }

    /// `x == y` for two objects that are both ranges (of either form); false otherwise.
    pub fn equal_ranges(x: &ObjKind, y: &ObjKind) -> bool {
        match (BigRange::of(x), BigRange::of(y)) {
            (Some(x), Some(y)) => x.same_items(&y),
            _ => false,
        }
    }

    /// The same sequence of items (CPython's `range_equals`).
    pub fn same_items(&self, other: &BigRange) -> bool {
        let len = self.len();
        if len != other.len() {
            return false;
        }
        if len.is_zero() {
            return true;
        }
        if self.start != other.start {
            return false;
        }
        len.is_one() || self.step == other.step
    }

    pub fn repr(&self) -> String {
        if self.step.is_one() {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        }
    }

    /// The range as a value: the i64 form when its bounds, its length and one step past
    /// either end all fit, so the i64 code never overflows.
    pub fn into_value(self) -> Value {
        let small = |b: &BigInt| b.to_i64();
        let fits = self.len().to_i64().is_some()
            && (&self.start - &self.step).to_i64().is_some()
            && (&self.stop + &self.step).to_i64().is_some();
        match (small(&self.start), small(&self.stop), small(&self.step)) {
            (Some(start), Some(stop), Some(step)) if fits => {
                Value::object(ObjKind::Range { start, stop, step })
            }
            _ => Value::object(ObjKind::BigRange(Box::new(self))),
        }
    }
}
