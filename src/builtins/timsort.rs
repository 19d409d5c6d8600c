//! The sort behind `sorted()` and `list.sort()`: a port of CPython 3.11's `listsort`
//! (Objects/listobject.c, described in Objects/listsort.txt).
//!
//! A program can watch a sort through `__lt__` (printing, counting, raising midway), so this
//! module performs exactly CPython's sequence of `<` comparisons on the same keys: natural runs
//! found by `count_run`, short runs extended to `minrun` by binary insertion, runs merged by the
//! 3.11 "powersort" policy (`found_new_run`, `merge_force_collapse`), and `merge_lo` / `merge_hi`
//! with galloping (`gallop_left`, `gallop_right`) and the adaptive `min_gallop` threshold.
//! `reverse=True` reverses the list, sorts forward and reverses again, which keeps the sort
//! stable. With `key=` every key is computed first (a failing key function leaves the list
//! untouched). An exception from a comparison stops the sort at once and, as in CPython, leaves
//! the list in the permutation the interrupted merge produced.
//!
//! The sort moves indices into the key table rather than the values, so keys and items always
//! travel together as CPython's parallel `keys`/`values` arrays do. Lists whose keys are all
//! `int` or all `str` take a native stable sort: no mt code runs there, so the comparison order
//! cannot be observed and the result equals the general path's.

use crate::objects::names::names;
use crate::objects::Value;
use crate::vm::protocol::is_not_implemented;
use crate::vm::{PyResult, Vm};
use std::sync::Arc;

/// Galloping starts after this many consecutive wins of one run (CPython's `MIN_GALLOP`).
const MIN_GALLOP: usize = 7;

/// Sorts `items` in place by `key` (all keys computed first), stably, as CPython's `list.sort`.
pub fn sort(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let keys: Vec<Value> = match key {
        Some(k) if !k.is_none() => {
            let mut ks = Vec::with_capacity(items.len());
            for it in items.iter() {
                ks.push(vm.call(k, std::slice::from_ref(it), &[])?);
            }
            ks
        }
        _ => items.clone(),
    };
    let n = keys.len();
    if n < 2 {
        return Ok(());
    }
    // CPython reverses before sorting and again afterwards (even after an error).
    let mut order: Vec<usize> = if reverse {
        (0..n).rev().collect()
    } else {
        (0..n).collect()
    };
    let result = if native_sort(&keys, &mut order) {
        Ok(())
    } else {
        let mut ms = MergeState::new(vm, &keys, order);
        let result = ms.sort();
        order = ms.a;
        result
    };
    let mut sorted: Vec<Value> = order.into_iter().map(|i| items[i].clone()).collect();
    if reverse {
        sorted.reverse();
    }
    *items = sorted;
    result
}

/// Stable native sort of `order` when every key is an `int` or every key is a `str`; false
/// (and `order` untouched) otherwise.
fn native_sort(keys: &[Value], order: &mut [usize]) -> bool {
    if keys.iter().all(|k| matches!(k, Value::Int(_))) {
        let ints: Vec<i64> = keys
            .iter()
            .map(|k| if let Value::Int(i) = k { *i } else { 0 })
            .collect();
        order.sort_by_key(|&i| ints[i]);
        true
    } else if keys.iter().all(|k| matches!(k, Value::Str(_))) {
        let strs: Vec<&str> = keys.iter().map(|k| k.as_str().unwrap_or("")).collect();
        order.sort_by(|&a, &b| strs[a].cmp(strs[b]));
        true
    } else {
        false
    }
}

/// How `<` is evaluated, chosen once before sorting as CPython's pre-sort check does.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Compare {
    /// `PyObject_RichCompare(v, w, Py_LT)`.
    Safe,
    /// All keys are instances of one class: CPython's `unsafe_object_compare` calls the class's
    /// `__lt__` directly and, when it returns `NotImplemented`, redoes the full comparison.
    SameClass,
    /// All keys are non-empty tuples whose first items are instances of one class:
    /// `unsafe_tuple_compare` with `unsafe_object_compare` on the first items.
    TuplesSameClass,
}

impl Compare {
    fn choose(keys: &[Value]) -> Compare {
        let first_items: Option<Vec<&Value>> = keys
            .iter()
            .map(|k| match k {
                Value::Tuple(t) => t.items.first(),
                _ => None,
            })
            .collect();
        match first_items {
            Some(firsts) if same_class(firsts.iter().copied()) => Compare::TuplesSameClass,
            Some(_) => Compare::Safe,
            None if same_class(keys.iter()) => Compare::SameClass,
            None => Compare::Safe,
        }
    }
}

/// True when every value is an instance of exactly one class.
fn same_class<'a>(mut values: impl Iterator<Item = &'a Value>) -> bool {
    let Some(Value::Instance(first)) = values.next() else {
        return false;
    };
    values.all(|v| matches!(v, Value::Instance(i) if Arc::ptr_eq(&i.class, &first.class)))
}

/// The comparison context: the VM, the key table and the chosen comparison.
struct Lt<'v> {
    vm: &'v mut Vm,
    keys: &'v [Value],
    mode: Compare,
}

impl Lt<'_> {
    /// `keys[x] < keys[y]` (CPython's `ISLT`).
    fn lt(&mut self, x: usize, y: usize) -> PyResult<bool> {
        let keys = self.keys;
        let (v, w) = (&keys[x], &keys[y]);
        match self.mode {
            Compare::Safe => self.vm.lt(v, w),
            Compare::SameClass => self.object_lt(v, w),
            Compare::TuplesSameClass => self.tuple_lt(v, w),
        }
    }

    /// CPython's `unsafe_object_compare` for instances of one class.
    fn object_lt(&mut self, v: &Value, w: &Value) -> PyResult<bool> {
        let lt = &names().lt;
        if matches!(self.vm.lookup_special(v, lt), Some(Value::Function(_))) {
            if let Some(r) = self.vm.call_special(v, lt, std::slice::from_ref(w))? {
                if !is_not_implemented(&r) {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => self.vm.truthy(&other),
                    };
                }
            }
        }
        self.vm.lt(v, w)
    }

    /// CPython's `unsafe_tuple_compare`: the first differing items decide, the first item
    /// through `unsafe_object_compare`.
    fn tuple_lt(&mut self, v: &Value, w: &Value) -> PyResult<bool> {
        let (Value::Tuple(vt), Value::Tuple(wt)) = (v, w) else {
            return self.vm.lt(v, w);
        };
        let (vs, ws) = (&vt.items, &wt.items);
        for (i, (x, y)) in vs.iter().zip(ws.iter()).enumerate() {
            if x.is(y) || self.vm.eq(x, y)? {
                continue;
            }
            return if i == 0 {
                self.object_lt(x, y)
            } else {
                self.vm.lt(x, y)
            };
        }
        Ok(vs.len() < ws.len())
    }
}

/// A pending run: `len` entries of the array starting at `base`, and its powersort power.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// CPython's `MergeState`: the array being sorted (indices into the key table), the merge
/// scratch space, the pending-runs stack and the galloping threshold.
struct MergeState<'v> {
    lt: Lt<'v>,
    a: Vec<usize>,
    tmp: Vec<usize>,
    pending: Vec<Run>,
    min_gallop: usize,
}

impl<'v> MergeState<'v> {
    fn new(vm: &'v mut Vm, keys: &'v [Value], order: Vec<usize>) -> MergeState<'v> {
        let mode = Compare::choose(keys);
        MergeState {
            lt: Lt { vm, keys, mode },
            a: order,
            tmp: Vec::new(),
            pending: Vec::new(),
            min_gallop: MIN_GALLOP,
        }
    }

    /// The body of `list_sort_impl`: find runs, extend short ones, merge.
    fn sort(&mut self) -> PyResult<()> {
        let mut nremaining = self.a.len();
        if nremaining < 2 {
            return Ok(());
        }
        let minrun = compute_minrun(nremaining);
        let mut lo = 0;
        while nremaining > 0 {
            let (mut n, descending) = self.count_run(lo, lo + nremaining)?;
            if descending {
                self.a[lo..lo + n].reverse();
            }
            if n < minrun {
                let force = nremaining.min(minrun);
                self.binarysort(lo, lo + force, lo + n)?;
                n = force;
            }
            self.found_new_run(n)?;
            self.pending.push(Run {
                base: lo,
                len: n,
                power: 0,
            });
            lo += n;
            nremaining -= n;
        }
        self.merge_force_collapse()
    }

    /// Sorts `a[lo..hi]` by binary insertion, given that `a[lo..start]` is already sorted.
    fn binarysort(&mut self, lo: usize, hi: usize, start: usize) -> PyResult<()> {
        let mut start = if start == lo { start + 1 } else { start };
        while start < hi {
            let pivot = self.a[start];
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.lt.lt(pivot, self.a[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.a[l..=start].rotate_right(1);
            start += 1;
        }
        Ok(())
    }

    /// Length of the run starting at `lo` in `a[lo..hi]` (non-empty), and whether it is
    /// strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> PyResult<(usize, bool)> {
        let mut i = lo + 1;
        if i == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if self.lt.lt(self.a[i], self.a[i - 1])? {
            i += 1;
            while i < hi {
                if !self.lt.lt(self.a[i], self.a[i - 1])? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            i += 1;
            while i < hi {
                if self.lt.lt(self.a[i], self.a[i - 1])? {
                    break;
                }
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Powersort: merges runs on the stack whose power exceeds the new boundary's, before the
    /// new run of length `n2` is pushed.
    fn found_new_run(&mut self, n2: usize) -> PyResult<()> {
        let Some(top) = self.pending.last() else {
            return Ok(());
        };
        let power = powerloop(top.base, top.len, n2, self.a.len());
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(self.pending.len() - 2)?;
        }
        if let Some(top) = self.pending.last_mut() {
            top.power = power;
        }
        Ok(())
    }

    /// Merges all pending runs, regardless of invariants, at the end of the sort.
    fn merge_force_collapse(&mut self) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(n)?;
        }
        Ok(())
    }

    /// Merges the pending runs at stack indices `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> PyResult<()> {
        let Run {
            base: pa, len: na, ..
        } = self.pending[i];
        let Run {
            base: pb, len: nb, ..
        } = self.pending[i + 1];
        self.pending[i].len = na + nb;
        self.pending.remove(i + 1);

        // Where does b start in a? Elements of a before that are already in place.
        let k = gallop_right(&mut self.lt, self.a[pb], &self.a[pa..pa + na], 0)?;
        let pa = pa + k;
        let na = na - k;
        if na == 0 {
            return Ok(());
        }
        // Where does a end in b? Elements of b after that are already in place.
        let nb = gallop_left(
            &mut self.lt,
            self.a[pa + na - 1],
            &self.a[pb..pb + nb],
            nb - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(pa, na, pb, nb)
        } else {
            self.merge_hi(pa, na, pb, nb)
        }
    }

    /// Merges `a[pa..pa+na]` with the following `a[pb..pb+nb]` (na <= nb) from the left,
    /// with `a`'s run copied to the scratch space.
    fn merge_lo(&mut self, pa: usize, mut na: usize, pb: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[pa..pa + na]);
        let mut dest = pa;
        let mut ia = 0; // next of run a, in tmp
        let mut ib = pb; // next of run b, in a

        self.a[dest] = self.a[ib];
        dest += 1;
        ib += 1;
        nb -= 1;
        let result = 'merge: {
            if nb == 0 {
                break 'merge Ok(());
            }
            if na == 1 {
                return self.copy_b(dest, ia, ib, nb);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                // The straightforward merge, until one run wins consistently.
                loop {
                    match self.lt.lt(self.a[ib], self.tmp[ia]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            self.a[dest] = self.a[ib];
                            dest += 1;
                            ib += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge Ok(());
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.a[dest] = self.tmp[ia];
                            dest += 1;
                            ia += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                return self.copy_b(dest, ia, ib, nb);
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // Galloping, until neither run wins consistently any more.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(&mut self.lt, self.a[ib], &self.tmp[ia..ia + na], 0)
                    {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        self.a[dest..dest + k].copy_from_slice(&self.tmp[ia..ia + k]);
                        dest += k;
                        ia += k;
                        na -= k;
                        if na == 1 {
                            return self.copy_b(dest, ia, ib, nb);
                        }
                        // Impossible for a consistent `<`, which cannot be assumed.
                        if na == 0 {
                            break 'merge Ok(());
                        }
                    }
                    self.a[dest] = self.a[ib];
                    dest += 1;
                    ib += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge Ok(());
                    }

                    let k = match gallop_left(&mut self.lt, self.tmp[ia], &self.a[ib..ib + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        self.a.copy_within(ib..ib + k, dest);
                        dest += k;
                        ib += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge Ok(());
                        }
                    }
                    self.a[dest] = self.tmp[ia];
                    dest += 1;
                    ia += 1;
                    na -= 1;
                    if na == 1 {
                        return self.copy_b(dest, ia, ib, nb);
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1; // penalize leaving galloping mode
                self.min_gallop = min_gallop;
            }
        };
        // Success or failure, what is left of run a goes back into the array.
        if na > 0 {
            self.a[dest..dest + na].copy_from_slice(&self.tmp[ia..ia + na]);
        }
        result
    }

    /// The end of `merge_lo` when one entry of run a is left: it belongs after all of b.
    fn copy_b(&mut self, dest: usize, ia: usize, ib: usize, nb: usize) -> PyResult<()> {
        self.a.copy_within(ib..ib + nb, dest);
        self.a[dest + nb] = self.tmp[ia];
        Ok(())
    }

    /// Merges `a[pa..pa+na]` with the following `a[pb..pb+nb]` (na >= nb) from the right,
    /// with `b`'s run copied to the scratch space.
    fn merge_hi(&mut self, pa: usize, mut na: usize, pb: usize, mut nb: usize) -> PyResult<()> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.a[pb..pb + nb]);
        // Positions one past the last entry still to fill / to take, so they never underflow.
        let mut dest = pb + nb; // one past the next slot to fill, in a
        let mut ea = pa + na; // one past the last of run a, in a
        let mut eb = nb; // one past the last of run b, in tmp

        self.a[dest - 1] = self.a[ea - 1];
        dest -= 1;
        ea -= 1;
        na -= 1;
        let result = 'merge: {
            if na == 0 {
                break 'merge Ok(());
            }
            if nb == 1 {
                return self.copy_a(dest, ea, eb, na);
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let mut acount = 0;
                let mut bcount = 0;
                // The straightforward merge, until one run wins consistently.
                loop {
                    match self.lt.lt(self.tmp[eb - 1], self.a[ea - 1]) {
                        Err(e) => break 'merge Err(e),
                        Ok(true) => {
                            self.a[dest - 1] = self.a[ea - 1];
                            dest -= 1;
                            ea -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge Ok(());
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            self.a[dest - 1] = self.tmp[eb - 1];
                            dest -= 1;
                            eb -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                return self.copy_a(dest, ea, eb, na);
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                // Galloping, until neither run wins consistently any more.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = match gallop_right(
                        &mut self.lt,
                        self.tmp[eb - 1],
                        &self.a[pa..pa + na],
                        na - 1,
                    ) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge Err(e),
                    };
                    acount = k;
                    if k > 0 {
                        dest -= k;
                        ea -= k;
                        self.a.copy_within(ea..ea + k, dest);
                        na -= k;
                        if na == 0 {
                            break 'merge Ok(());
                        }
                    }
                    self.a[dest - 1] = self.tmp[eb - 1];
                    dest -= 1;
                    eb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        return self.copy_a(dest, ea, eb, na);
                    }

                    let k = match gallop_left(&mut self.lt, self.a[ea - 1], &self.tmp[..nb], nb - 1)
                    {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge Err(e),
                    };
                    bcount = k;
                    if k > 0 {
                        dest -= k;
                        eb -= k;
                        self.a[dest..dest + k].copy_from_slice(&self.tmp[eb..eb + k]);
                        nb -= k;
                        if nb == 1 {
                            return self.copy_a(dest, ea, eb, na);
                        }
                        // Impossible for a consistent `<`, which cannot be assumed.
                        if nb == 0 {
                            break 'merge Ok(());
                        }
                    }
                    self.a[dest - 1] = self.a[ea - 1];
                    dest -= 1;
                    ea -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge Ok(());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1; // penalize leaving galloping mode
                self.min_gallop = min_gallop;
            }
        };
        // Success or failure, what is left of run b goes back into the array.
        if nb > 0 {
            self.a[dest - nb..dest].copy_from_slice(&self.tmp[..nb]);
        }
        result
    }

    /// The end of `merge_hi` when one entry of run b is left: it belongs before all of a.
    fn copy_a(&mut self, dest: usize, ea: usize, eb: usize, na: usize) -> PyResult<()> {
        self.a.copy_within(ea - na..ea, dest - na);
        self.a[dest - na - 1] = self.tmp[eb - 1];
        Ok(())
    }
}

/// CPython's `gallop_left`: the index `k` in `0..=run.len()` with
/// `run[k-1] < key <= run[k]`, searched from `hint` outwards, then by bisection.
fn gallop_left(lt: &mut Lt, key: usize, run: &[usize], hint: usize) -> PyResult<usize> {
    let n = run.len();
    let mut lastofs = 0;
    let mut ofs = 1;
    let (mut lo, mut hi) = if lt.lt(run[hint], key)? {
        // run[hint] < key: gallop right until run[hint+lastofs] < key <= run[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt.lt(run[hint + ofs], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        // As offsets from run[0], plus one: the search range is lo..hi.
        (hint + lastofs + 1, hint + ofs)
    } else {
        // key <= run[hint]: gallop left until run[hint-ofs] < key <= run[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt.lt(run[hint - ofs], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        (hint + 1 - ofs, hint - lastofs)
    };
    // Now run[lo-1] < key <= run[hi].
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt.lt(run[m], key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// CPython's `gallop_right`: like [`gallop_left`] but past any entries equal to `key`, the
/// index `k` with `run[k-1] <= key < run[k]`.
fn gallop_right(lt: &mut Lt, key: usize, run: &[usize], hint: usize) -> PyResult<usize> {
    let n = run.len();
    let mut lastofs = 0;
    let mut ofs = 1;
    let (mut lo, mut hi) = if lt.lt(key, run[hint])? {
        // key < run[hint]: gallop left until run[hint-ofs] <= key < run[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt.lt(key, run[hint - ofs])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        (hint + 1 - ofs, hint - lastofs)
    } else {
        // run[hint] <= key: gallop right until run[hint+lastofs] <= key < run[hint+ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt.lt(key, run[hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        (hint + lastofs + 1, hint + ofs)
    };
    // Now run[lo-1] <= key < run[hi].
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt.lt(key, run[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

/// The minimum run length for a list of `n` entries: `n` itself below 64, else a value in
/// 32..=64 such that `n / minrun` is just below a power of two.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The powersort "power" of the boundary between the adjacent runs `s1..s1+n1` and
/// `s1+n1..s1+n1+n2` in a list of `n` entries: its depth in the conceptual merge tree.
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    // Twice the midpoints of the two runs, so that they are integers.
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}
