//! `set` / `frozenset` storage: CPython 3.11's set hash table (`Objects/setobject.c`), so that
//! iteration, `repr`, `pop()` and everything built from them see the elements in CPython's
//! order. It owns the table mechanics: open addressing over a power-of-two slot array that
//! starts at 8 slots, a probe that looks at `LINEAR_PROBES` (9) neighbouring slots before
//! jumping with `perturb >>= 5; i = (i * 5 + 1 + perturb) & mask`, deleted elements left as
//! dummies (a later insertion reuses the last dummy its probe passed), a resize to
//! `used * 4` (`used * 2` past 50 000) once `fill * 5 >= mask * 3`, `set_insert_clean`
//! re-insertion in slot order, `set_merge`'s pre-sizing and copy paths, `pop()`'s search
//! finger and `frozenset.__hash__`. The set algorithms that choose which operand to walk
//! (`set_intersection`, `set_difference`, ...) live with the methods and call these.
//!
//! As in `dict.rs`, equality known natively (numbers, str, tuples of them, identity) is
//! decided under the table's lock; a key whose `__eq__` is mt code is compared through
//! `KeyOps` with the lock released, and the probe restarts if the table changed meanwhile,
//! as CPython's does.

use super::dict::{native_key_eq, KeyOps};
use super::spin::{SpinGuard as MutexGuard, SpinMutex as Mutex};
use super::Value;

/// `PySet_MINSIZE`: slots of a new or cleared table.
const MIN_SIZE: usize = 8;
/// Neighbouring slots probed before a perturbed jump.
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Default)]
enum Slot {
    #[default]
    Empty,
    /// A deleted element (CPython's `dummy`): keeps probe chains intact.
    Dummy,
    Active(u64, Value),
}

#[derive(Clone, Default)]
struct Table {
    /// `mask + 1` slots, or none while the table is the untouched 8-slot one.
    slots: Vec<Slot>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop()` starts looking.
    finger: usize,
    /// Bumped whenever the slot array is replaced (CPython's `table != so->table`).
    generation: u64,
    /// `frozenset` hash, computed once.
    hash: Option<i64>,
}

/// The probe sequence over one table: slot `base + off`, `off` running to `run`.
struct Probe {
    base: usize,
    off: usize,
    run: usize,
    perturb: u64,
    /// The last dummy passed, where an insertion goes if the key is absent.
    free: Option<usize>,
}

fn run_len(base: usize, mask: usize) -> usize {
    if base + LINEAR_PROBES <= mask {
        LINEAR_PROBES
    } else {
        0
    }
}

impl Probe {
    fn new(hash: u64, mask: usize) -> Probe {
        let base = hash as usize & mask;
        Probe {
            base,
            off: 0,
            run: run_len(base, mask),
            perturb: hash,
            free: None,
        }
    }

    #[inline]
    fn slot(&self) -> usize {
        self.base + self.off
    }

    #[inline]
    fn advance(&mut self, mask: usize) {
        if self.off < self.run {
            self.off += 1;
        } else {
            self.perturb >>= PERTURB_SHIFT;
            self.base = (self.base as u64)
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(self.perturb) as usize
                & mask;
            self.off = 0;
            self.run = run_len(self.base, mask);
        }
    }
}

/// What a probe found.
enum Step {
    Found(usize),
    /// Not present; the slot an insertion would take.
    Absent(usize),
    /// The slot holds a key of the same hash whose equality needs mt code.
    Ask(usize, Value),
}

/// `set_insert_clean`: places a key known absent into a table without dummies.
fn insert_clean(slots: &mut [Slot], mask: usize, hash: u64, key: Value) {
    let mut p = Probe::new(hash, mask);
    loop {
        let i = p.slot();
        if let Some(s @ Slot::Empty) = slots.get_mut(i) {
            *s = Slot::Active(hash, key);
            return;
        }
        p.advance(mask);
    }
}

fn shuffle_bits(h: u64) -> u64 {
    ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167)
}

impl Table {
    fn mask(&self) -> usize {
        self.slots.len().max(MIN_SIZE) - 1
    }

    fn ensure_slots(&mut self) {
        if self.slots.is_empty() {
            self.slots = vec![Slot::Empty; MIN_SIZE];
        }
    }

    /// Walks the probe sequence of `hash` from `p`; `track_free` records dummies for insertion.
    /// The table must have its slots.
    fn scan(&self, hash: u64, key: &Value, p: &mut Probe, track_free: bool) -> Step {
        let mask = self.slots.len() - 1;
        loop {
            let i = p.slot();
            match &self.slots[i] {
                Slot::Empty => return Step::Absent(p.free.unwrap_or(i)),
                Slot::Active(h, k) if *h == hash => match native_key_eq(k, key) {
                    Some(true) => return Step::Found(i),
                    Some(false) => {}
                    None => return Step::Ask(i, k.clone()),
                },
                Slot::Dummy if track_free => p.free = Some(i),
                _ => {}
            }
            p.advance(mask);
        }
    }

    fn holds(&self, i: usize, key: &Value) -> bool {
        matches!(self.slots.get(i), Some(Slot::Active(_, k)) if k.is(key))
    }

    /// The tail of `set_add_entry`: stores into slot `i` (empty or dummy), resizing if needed.
    fn insert_at(&mut self, i: usize, hash: u64, key: Value) {
        self.hash = None;
        let was_dummy = matches!(self.slots[i], Slot::Dummy);
        self.slots[i] = Slot::Active(hash, key);
        self.used += 1;
        if was_dummy {
            return;
        }
        self.fill += 1;
        if self.fill * 5 >= self.mask() * 3 {
            self.grow();
        }
    }

    /// The resize `set_add_entry` and `set_difference_update` ask for.
    fn grow(&mut self) {
        let n = self.used;
        self.resize(if n > 50000 { n * 2 } else { n * 4 });
    }

    /// `set_table_resize`: a table of the smallest power of two above `minused`, refilled in
    /// slot order without dummies.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        if size == MIN_SIZE && self.mask() + 1 == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(&mut self.slots, vec![Slot::Empty; size]);
        self.generation += 1;
        let mask = size - 1;
        for s in old {
            if let Slot::Active(h, k) = s {
                insert_clean(&mut self.slots, mask, h, k);
            }
        }
        self.fill = self.used;
    }

    fn remove_at(&mut self, i: usize) -> Option<Value> {
        let slot = self.slots.get_mut(i)?;
        if !matches!(slot, Slot::Active(..)) {
            return None;
        }
        self.hash = None;
        self.used -= 1;
        match std::mem::replace(slot, Slot::Dummy) {
            Slot::Active(_, k) => Some(k),
            _ => None,
        }
    }

    fn active(&self) -> impl Iterator<Item = (u64, &Value)> {
        self.slots.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// Native membership only: `None` when some comparison needs mt code.
    fn contains_native(&self, hash: u64, key: &Value) -> Option<bool> {
        if self.slots.is_empty() {
            return Some(false);
        }
        let mut p = Probe::new(hash, self.slots.len() - 1);
        match self.scan(hash, key, &mut p, false) {
            Step::Found(_) => Some(true),
            Step::Absent(_) => Some(false),
            Step::Ask(..) => None,
        }
    }
}

/// A set's table behind its own lock.
#[derive(Default)]
pub struct SetTable {
    inner: Mutex<Table>,
}

impl SetTable {
    pub fn new() -> SetTable {
        SetTable::default()
    }

    /// Bytes the slot array takes, for `__sizeof__`.
    pub fn heap_size(&self) -> usize {
        self.inner.lock().slots.capacity() * std::mem::size_of::<Slot>()
    }

    pub fn len(&self) -> usize {
        self.inner.lock().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The elements in table order (what iteration yields).
    pub fn keys(&self) -> Vec<Value> {
        self.inner.lock().active().map(|(_, k)| k.clone()).collect()
    }

    /// The first element at slot `pos` or later, with the slot after it (`setiter_iternext`).
    pub fn next_from(&self, pos: usize) -> Option<(usize, Value)> {
        let t = self.inner.lock();
        let found = t
            .slots
            .get(pos..)?
            .iter()
            .enumerate()
            .find_map(|(i, s)| match s {
                Slot::Active(_, k) => Some((pos + i + 1, k.clone())),
                _ => None,
            });
        found
    }

    /// `(hash, element)` pairs in table order, for the algorithms that walk a set.
    pub fn entries(&self) -> Vec<(u64, Value)> {
        self.inner
            .lock()
            .active()
            .map(|(h, k)| (h, k.clone()))
            .collect()
    }

    /// `set_add_key`.
    pub fn add(&self, ops: &mut dyn KeyOps, key: Value) -> Result<(), Value> {
        let hash = ops.hash_key(&key)?;
        self.add_hashed(ops, hash, key).map(|_| ())
    }

    /// `set_add_entry`: adds `key` unless an equal element is present; true if added.
    pub fn add_hashed(&self, ops: &mut dyn KeyOps, hash: u64, key: Value) -> Result<bool, Value> {
        let t = self.inner.lock();
        self.add_locked(t, ops, hash, key).map(|(_, added)| added)
    }

    /// Adds many `(hash, element)` pairs in order, keeping the lock between them.
    pub fn add_all_hashed(
        &self,
        ops: &mut dyn KeyOps,
        items: impl IntoIterator<Item = (u64, Value)>,
    ) -> Result<(), Value> {
        let mut t = self.inner.lock();
        for (hash, key) in items {
            t = self.add_locked(t, ops, hash, key)?.0;
        }
        Ok(())
    }

    fn add_locked<'a>(
        &'a self,
        mut t: MutexGuard<'a, Table>,
        ops: &mut dyn KeyOps,
        hash: u64,
        key: Value,
    ) -> Result<(MutexGuard<'a, Table>, bool), Value> {
        t.ensure_slots();
        let mut p = Probe::new(hash, t.slots.len() - 1);
        loop {
            match t.scan(hash, &key, &mut p, true) {
                Step::Found(_) => return Ok((t, false)),
                Step::Absent(i) => {
                    t.insert_at(i, hash, key);
                    return Ok((t, true));
                }
                Step::Ask(i, cand) => {
                    let generation = t.generation;
                    drop(t);
                    let eq = ops.eq_keys(&cand, &key)?;
                    t = self.inner.lock();
                    if eq {
                        return Ok((t, false));
                    }
                    t.ensure_slots();
                    let mask = t.slots.len() - 1;
                    if t.generation != generation || !t.holds(i, &cand) {
                        p = Probe::new(hash, mask);
                    } else {
                        p.advance(mask);
                    }
                }
            }
        }
    }

    /// `set_lookkey`: the slot holding an element equal to `key`, with the lock held.
    fn find<'a>(
        &'a self,
        ops: &mut dyn KeyOps,
        hash: u64,
        key: &Value,
    ) -> Result<(MutexGuard<'a, Table>, Option<usize>), Value> {
        let mut t = self.inner.lock();
        if t.slots.is_empty() {
            return Ok((t, None));
        }
        let mut p = Probe::new(hash, t.slots.len() - 1);
        loop {
            match t.scan(hash, key, &mut p, false) {
                Step::Found(i) => return Ok((t, Some(i))),
                Step::Absent(_) => return Ok((t, None)),
                Step::Ask(i, cand) => {
                    let generation = t.generation;
                    drop(t);
                    let eq = ops.eq_keys(&cand, key)?;
                    t = self.inner.lock();
                    if t.slots.is_empty() {
                        return Ok((t, None));
                    }
                    let mask = t.slots.len() - 1;
                    if t.generation != generation || !t.holds(i, &cand) {
                        p = Probe::new(hash, mask);
                    } else if eq {
                        return Ok((t, Some(i)));
                    } else {
                        p.advance(mask);
                    }
                }
            }
        }
    }

    pub fn contains(&self, ops: &mut dyn KeyOps, key: &Value) -> Result<bool, Value> {
        let hash = ops.hash_key(key)?;
        self.contains_hashed(ops, hash, key)
    }

    pub fn contains_hashed(
        &self,
        ops: &mut dyn KeyOps,
        hash: u64,
        key: &Value,
    ) -> Result<bool, Value> {
        Ok(self.find(ops, hash, key)?.1.is_some())
    }

    /// `set_discard_key`: removes an element equal to `key`; true if there was one.
    pub fn discard(&self, ops: &mut dyn KeyOps, key: &Value) -> Result<bool, Value> {
        let hash = ops.hash_key(key)?;
        self.discard_hashed(ops, hash, key)
    }

    pub fn discard_hashed(
        &self,
        ops: &mut dyn KeyOps,
        hash: u64,
        key: &Value,
    ) -> Result<bool, Value> {
        let (mut t, found) = self.find(ops, hash, key)?;
        Ok(match found {
            Some(i) => t.remove_at(i).is_some(),
            None => false,
        })
    }

    /// `set.pop()`: the first element at or after the finger, wrapping around.
    pub fn pop(&self) -> Option<Value> {
        let mut t = self.inner.lock();
        if t.used == 0 {
            return None;
        }
        let mask = t.slots.len() - 1;
        let mut i = t.finger & mask;
        while !matches!(t.slots.get(i), Some(Slot::Active(..))) {
            i = if i >= mask { 0 } else { i + 1 };
        }
        t.finger = i + 1;
        t.remove_at(i)
    }

    /// `set_clear_internal`: back to an empty 8-slot table (the finger stays).
    pub fn clear(&self) {
        let old = {
            let mut t = self.inner.lock();
            t.hash = None;
            t.fill = 0;
            t.used = 0;
            t.generation += 1;
            std::mem::take(&mut t.slots)
        };
        drop(old);
    }

    /// `set_merge`: adds the elements of `other`, pre-sizing once, and copying the table
    /// outright (or re-inserting in `other`'s slot order) when this one is empty.
    pub fn merge(&self, ops: &mut dyn KeyOps, other: &SetTable) -> Result<(), Value> {
        if std::ptr::eq(self, other) {
            return Ok(());
        }
        let o = other.inner.lock().clone();
        let Some((mut t, o)) = self.merge_into_empty(o) else {
            return Ok(());
        };
        for s in o.slots {
            if let Slot::Active(h, k) = s {
                t = self.add_locked(t, ops, h, k)?.0;
            }
        }
        Ok(())
    }

    /// The part of `set_merge` that needs no comparisons: nothing to add, or this table is
    /// empty. Otherwise hands back the lock and `o` for the element-by-element insertions.
    fn merge_into_empty(&self, o: Table) -> Option<(MutexGuard<'_, Table>, Table)> {
        if o.used == 0 {
            return None;
        }
        let mut t = self.inner.lock();
        if (t.fill + o.used) * 5 >= t.mask() * 3 {
            let n = (t.used + o.used) * 2;
            t.resize(n);
        }
        if t.fill != 0 {
            return Some((t, o));
        }
        t.hash = None;
        t.generation += 1;
        t.used = o.used;
        t.fill = o.used;
        if t.mask() == o.mask() && o.fill == o.used {
            t.slots = o.slots;
            return None;
        }
        t.ensure_slots();
        let mask = t.slots.len() - 1;
        for s in o.slots {
            if let Slot::Active(h, k) = s {
                insert_clean(&mut t.slots, mask, h, k);
            }
        }
        None
    }

    /// The pre-sizing `set_update_internal` does before adding the `n` keys of a dict.
    pub fn reserve_for_dict(&self, n: usize) {
        let mut t = self.inner.lock();
        if (t.fill + n) * 5 >= t.mask() * 3 {
            let m = (t.used + n) * 2;
            t.resize(m);
        }
    }

    /// The end of `set_difference_update_internal`: rebuilds when over a quarter of the slots
    /// are dummies.
    pub fn purge_dummies(&self) {
        let mut t = self.inner.lock();
        if t.fill - t.used > t.mask() / 4 {
            t.grow();
        }
    }

    /// `set_swap_bodies` with a temporary: takes `other`'s table (leaving it empty), keeping
    /// this set's finger.
    pub fn take_body(&self, other: &SetTable) {
        if std::ptr::eq(self, other) {
            return;
        }
        let body = std::mem::take(&mut *other.inner.lock());
        let old = {
            let mut t = self.inner.lock();
            let generation = t.generation + 1;
            let finger = t.finger;
            std::mem::replace(
                &mut *t,
                Table {
                    finger,
                    generation,
                    hash: None,
                    ..body
                },
            )
        };
        drop(old);
    }

    /// `set_copy`: a new table filled by `set_merge` (not a clone: the size may differ).
    pub fn copy(&self) -> SetTable {
        let out = SetTable::new();
        let o = self.inner.lock().clone();
        drop(out.merge_into_empty(o));
        out
    }

    /// `frozenset_hash`: order-independent, from the elements' hashes.
    pub fn frozen_hash(&self) -> i64 {
        let mut t = self.inner.lock();
        if let Some(h) = t.hash {
            return h;
        }
        let mut h: u64 = 0;
        for (eh, _) in t.active() {
            h ^= shuffle_bits(eh);
        }
        h ^= (t.used as u64 + 1).wrapping_mul(1927868237);
        h ^= (h >> 11) ^ (h >> 25);
        h = h.wrapping_mul(69069).wrapping_add(907133923);
        if h == u64::MAX {
            h = 590923713;
        }
        t.hash = Some(h as i64);
        h as i64
    }

    /// Set equality decided without mt code: `None` when some element needs `__eq__`.
    pub fn native_eq(&self, other: &SetTable) -> Option<bool> {
        if std::ptr::eq(self, other) {
            return Some(true);
        }
        let mine = self.entries();
        let theirs = other.inner.lock();
        if mine.len() != theirs.used {
            return Some(false);
        }
        for (h, k) in &mine {
            if !theirs.contains_native(*h, k)? {
                return Some(false);
            }
        }
        Some(true)
    }
}
