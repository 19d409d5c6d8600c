//! `dict` storage: CPython's compact ordered dict (an entry vector in insertion order plus a hash
//! index). Keys whose equality is known natively (numbers, str, tuples of them, identity) are
//! compared under the dict's own lock; keys whose `__eq__` is mt code are compared through
//! `KeyOps` with the lock released, as DESIGN.md requires (never call mt code holding a lock).

use super::spin::SpinMutex;
use super::{PyStr, Value};
use hashbrown::HashTable;

/// Hashing and equality that may run mt code (`__hash__`, `__eq__`); the VM implements it.
pub trait KeyOps {
    fn hash_key(&mut self, v: &Value) -> Result<u64, Value>;
    fn eq_keys(&mut self, a: &Value, b: &Value) -> Result<bool, Value>;
}

#[derive(Clone)]
pub struct Entry {
    pub hash: u64,
    pub key: Value,
    pub value: Value,
}

#[derive(Default, Clone)]
pub struct DictInner {
    pub entries: Vec<Option<Entry>>,
    index: HashTable<usize>,
    used: usize,
    /// Bumped on every insertion of a new key or removal, to detect change during iteration.
    pub version: u64,
}

#[derive(Default)]
pub struct Dict {
    pub inner: SpinMutex<DictInner>,
    /// Bumped on every change (values too), read without the lock by caches (LoadGlobal).
    pub mutations: std::sync::atomic::AtomicU64,
    /// A one-word Bloom filter of the hashes of every key ever inserted (bits are never
    /// cleared), read without the lock: a str lookup whose bit is clear is a miss without
    /// locking or probing. Most lookups that miss are an instance dict asked for a method.
    key_filter: std::sync::atomic::AtomicU64,
}

/// Where the index files a key of hash `h`. Python's hashes keep an int's own bits (`hash(n)
/// == n`), so multiples of a power of two share their low bits and small ints their high
/// ones; hashbrown probes by the low bits and tags by the high ones, so the hash is folded
/// through a 128-bit multiply first (foldhash's mix) to spread both.
#[inline(always)]
fn slot_hash(h: u64) -> u64 {
    let m = (h as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (m as u64) ^ ((m >> 64) as u64)
}

/// The filter bit of a hash.
#[inline(always)]
fn filter_bit(hash: u64) -> u64 {
    1 << (hash >> 58)
}

/// Equality decidable without running mt code: Some(answer), or None when `__eq__` must run.
pub fn native_key_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Str(x), Str(y)) => Some(x.as_str() == y.as_str()),
        (Int(x), Int(y)) => Some(x == y),
        (Int(_) | Bool(_) | Float(_) | BigInt(_), Int(_) | Bool(_) | Float(_) | BigInt(_)) => {
            Some(crate::objects::object::numeric_eq(a, b))
        }
        (Tuple(x), Tuple(y)) => {
            if x.items.len() != y.items.len() {
                return Some(false);
            }
            for (p, q) in x.items.iter().zip(y.items.iter()) {
                match native_key_eq(p, q) {
                    Some(true) => {}
                    other => return other,
                }
            }
            Some(true)
        }
        (Instance(_), _) | (_, Instance(_)) => Option::None,
        (Set(x), Set(y)) => x.table.native_eq(&y.table),
        // Bound methods by function and receiver; ranges by their items; other objects by
        // identity.
        (Object(x), Object(y)) => match (&x.kind, &y.kind) {
            (
                super::ObjKind::BoundMethod { func: f1, obj: o1 },
                super::ObjKind::BoundMethod { func: f2, obj: o2 },
            ) => Some(f1.is(f2) && o1.is(o2)),
            _ => Some(super::bigrange::BigRange::equal_ranges(&x.kind, &y.kind)),
        },
        _ => Some(false),
    }
}

/// The hash of a str or int key, the keys almost every dict holds: no mt code and no big-number
/// arithmetic, the same value `hash()` gives. None for every other key.
#[inline(always)]
pub fn quick_hash(key: &Value) -> Option<u64> {
    match key {
        Value::Str(s) => Some(s.hash()),
        Value::Int(i) => Some(super::object::hash_int(*i) as u64),
        _ => None,
    }
}

/// `native_key_eq` with str and int keys decided inline (the common case in a probe loop).
#[inline(always)]
fn quick_key_eq(stored: &Value, key: &Value) -> Option<bool> {
    match (stored, key) {
        (Value::Str(a), Value::Str(b)) => {
            Some(std::sync::Arc::ptr_eq(a, b) || a.as_str() == b.as_str())
        }
        (Value::Int(a), Value::Int(b)) => Some(a == b),
        _ => native_key_eq(stored, key),
    }
}

impl DictInner {
    #[inline]
    fn find_native(&self, hash: u64, key: &Value) -> (Option<usize>, Vec<usize>) {
        let mut undecided = Vec::new();
        let mut found = None;
        for &i in self.index.iter_hash(slot_hash(hash)) {
            if let Some(e) = &self.entries[i] {
                if e.hash != hash {
                    continue;
                }
                match quick_key_eq(&e.key, key) {
                    Some(true) => {
                        found = Some(i);
                        break;
                    }
                    Some(false) => {}
                    None => undecided.push(i),
                }
            }
        }
        (found, undecided)
    }

    fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        let idx = self.entries.len();
        self.entries.push(Some(Entry { hash, key, value }));
        let entries = &self.entries;
        self.index.insert_unique(slot_hash(hash), idx, |&i| {
            entries[i].as_ref().map_or(0, |e| slot_hash(e.hash))
        });
        self.used += 1;
        self.version += 1;
    }

    fn remove_at(&mut self, i: usize) -> Option<Entry> {
        let e = self.entries[i].take()?;
        if let Ok(occ) = self.index.find_entry(slot_hash(e.hash), |&j| j == i) {
            occ.remove();
        }
        self.used -= 1;
        self.version += 1;
        if self.entries.len() > 16 && self.used * 2 < self.entries.len() {
            self.compact();
        }
        Some(e)
    }

    fn compact(&mut self) {
        let entries: Vec<Option<Entry>> = self.entries.drain(..).filter(|e| e.is_some()).collect();
        self.entries = entries;
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            if let Some(e) = e {
                let entries = &self.entries;
                self.index.insert_unique(slot_hash(e.hash), i, |&j| {
                    entries[j].as_ref().map_or(0, |e| slot_hash(e.hash))
                });
            }
        }
    }

    /// The entry index of a str key (no mt code can run: str equality is native).
    #[inline]
    fn find_str(&self, key: &PyStr) -> Option<usize> {
        self.index.iter_hash(slot_hash(key.hash())).copied().find(|&i| {
            matches!(&self.entries[i], Some(Entry { key: Value::Str(k), .. }) if k.as_ref() == key)
        })
    }

    /// `find_str`, trying entry `hint` first (the same interned string there needs no hashing
    /// or probing); a miss that finds the key moves the hint.
    #[inline(always)]
    fn find_str_hinted(&self, key: &PyStr, hint: &mut u32) -> Option<usize> {
        if let Some(Some(Entry {
            key: Value::Str(k), ..
        })) = self.entries.get(*hint as usize)
        {
            if std::ptr::eq(&**k, key) {
                return Some(*hint as usize);
            }
        }
        let i = self.find_str(key)?;
        *hint = i as u32;
        Some(i)
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
}

/// A lookup that native comparisons could not decide: a stored key's `__eq__` is mt code.
#[derive(Debug)]
pub struct NeedsMtEq;

/// A key's hash: `quick_hash`, else through `ops` (which may run `__hash__`).
#[inline(always)]
fn key_hash(ops: &mut dyn KeyOps, key: &Value) -> Result<u64, Value> {
    match quick_hash(key) {
        Some(h) => Ok(h),
        None => ops.hash_key(key),
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.inner.lock().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Finds `key` and runs `f` on the locked dict with its entry index (None when absent).
    /// Native comparisons and `f` run under one lock, so another thread cannot move entries
    /// between the lookup and its use. When mt `__eq__` must decide, it runs with the lock
    /// released; if the dict gained or lost keys meanwhile, the lookup starts again (as
    /// CPython's lookdict restarts after a mutating comparison).
    fn locate_then<T>(
        &self,
        ops: &mut dyn KeyOps,
        hash: u64,
        key: &Value,
        mut f: impl FnMut(&mut DictInner, Option<usize>) -> T,
    ) -> Result<T, Value> {
        loop {
            let (version, undecided) = {
                let mut inner = self.inner.lock();
                let (found, undecided) = inner.find_native(hash, key);
                if found.is_some() || undecided.is_empty() {
                    return Ok(f(&mut inner, found));
                }
                (inner.version, undecided)
            };
            let mut matched = None;
            for i in undecided {
                let cand = match self.inner.lock().entries.get(i) {
                    Some(Some(e)) => e.key.clone(),
                    _ => continue,
                };
                if ops.eq_keys(&cand, key)? {
                    matched = Some(i);
                    break;
                }
            }
            let mut inner = self.inner.lock();
            if inner.version == version {
                return Ok(f(&mut inner, matched));
            }
        }
    }

    pub fn get(&self, ops: &mut dyn KeyOps, key: &Value) -> Result<Option<Value>, Value> {
        if let Some(Ok(found)) = quick_hash(key).map(|h| self.read_hashed(h, key, Value::clone)) {
            return Ok(found);
        }
        let hash = key_hash(ops, key)?;
        self.locate_then(ops, hash, key, |inner, found| {
            found.and_then(|i| inner.entries[i].as_ref().map(|e| e.value.clone()))
        })
    }

    /// Runs `read` on the value under `key`, whose hash the caller took with `quick_hash`,
    /// inside the lock (so the value can be copied straight onto the operand stack).
    /// Ok(None) when absent; Err(NeedsMtEq) when a stored key's `__eq__` is mt code and must
    /// decide, which `get` does.
    #[inline]
    pub fn read_hashed<R>(
        &self,
        hash: u64,
        key: &Value,
        read: impl FnOnce(&Value) -> R,
    ) -> Result<Option<R>, NeedsMtEq> {
        if self.key_filter.load(std::sync::atomic::Ordering::Relaxed) & filter_bit(hash) == 0 {
            return Ok(None);
        }
        let inner = self.inner.lock();
        match inner.find_native(hash, key) {
            (Some(i), _) => Ok(inner.entries[i].as_ref().map(|e| read(&e.value))),
            (None, undecided) if undecided.is_empty() => Ok(None),
            _ => Err(NeedsMtEq),
        }
    }

    pub fn contains(&self, ops: &mut dyn KeyOps, key: &Value) -> Result<bool, Value> {
        if let Some(Ok(found)) = quick_hash(key).map(|h| self.read_hashed(h, key, |_| ())) {
            return Ok(found.is_some());
        }
        let hash = key_hash(ops, key)?;
        self.locate_then(ops, hash, key, |_, found| found.is_some())
    }

    /// `set` for a key whose hash the caller took with `quick_hash`, under one lock and with
    /// no copy of the key. Err gives both back when a stored key's `__eq__` is mt code.
    #[inline]
    pub fn set_hashed(&self, hash: u64, key: Value, value: Value) -> Result<(), (Value, Value)> {
        let mut inner = self.inner.lock();
        match inner.find_native(hash, &key) {
            (Some(i), _) => {
                self.bump();
                let Some(e) = inner.entries[i].as_mut() else {
                    unreachable!("find_native returns live entries")
                };
                let old = std::mem::replace(&mut e.value, value);
                drop(inner);
                old.discard();
                key.discard();
                Ok(())
            }
            (None, undecided) if undecided.is_empty() => {
                self.bump();
                self.note_key(hash);
                inner.insert_new(hash, key, value);
                Ok(())
            }
            _ => Err((key, value)),
        }
    }

    pub fn set(&self, ops: &mut dyn KeyOps, key: Value, value: Value) -> Result<(), Value> {
        let (key, value) = match quick_hash(&key) {
            Some(hash) => match self.set_hashed(hash, key, value) {
                Ok(()) => return Ok(()),
                Err(back) => back,
            },
            None => (key, value),
        };
        let hash = key_hash(ops, &key)?;
        let mut pending = Some((key.clone(), value));
        self.locate_then(ops, hash, &key, |inner, found| {
            self.bump();
            let Some((key, value)) = pending.take() else {
                return;
            };
            match found.and_then(|i| inner.entries[i].as_mut()) {
                Some(e) => e.value = value,
                None => {
                    self.note_key(hash);
                    inner.insert_new(hash, key, value)
                }
            }
        })
    }

    pub fn remove(&self, ops: &mut dyn KeyOps, key: &Value) -> Result<Option<Value>, Value> {
        let hash = key_hash(ops, key)?;
        self.locate_then(ops, hash, key, |inner, found| {
            let i = found?;
            self.bump();
            inner.remove_at(i).map(|e| e.value)
        })
    }

    /// Fast path for str keys (globals, attributes): no mt code can run.
    pub fn get_str(&self, key: &PyStr) -> Option<Value> {
        if !self.may_contain(key) {
            return None;
        }
        let inner = self.inner.lock();
        let i = inner.find_str(key)?;
        inner.entries[i].as_ref().map(|e| e.value.clone())
    }

    /// Runs `read` on the value under `key`, inside the lock, so the caller can copy it
    /// where it goes (the operand stack) without an intermediate `Value`. Entry `hint` is
    /// tried first (where the caller's inline cache last found this key): the same interned
    /// string there needs no hashing or probing. A miss looks the key up and moves the hint.
    /// Instance attributes mostly sit at the same index in every instance of a class, as
    /// with CPython's shared-key dicts.
    #[inline]
    pub fn read_str_hinted<R>(
        &self,
        key: &PyStr,
        hint: &mut u32,
        read: impl FnOnce(&Value) -> R,
    ) -> Option<R> {
        if !self.may_contain(key) {
            return None;
        }
        let inner = self.inner.lock();
        let i = inner.find_str_hinted(key, hint)?;
        inner.entries[i].as_ref().map(|e| read(&e.value))
    }

    /// Runs `update` on the value under `key` inside the lock, through `hint` as
    /// `read_str_hinted`; `update` says whether it changed the value. None when absent.
    #[inline]
    pub fn update_str_hinted(
        &self,
        key: &PyStr,
        hint: &mut u32,
        update: impl FnOnce(&mut Value) -> bool,
    ) -> Option<bool> {
        if !self.may_contain(key) {
            return None;
        }
        let mut inner = self.inner.lock();
        let i = inner.find_str_hinted(key, hint)?;
        let changed = update(&mut inner.entries[i].as_mut()?.value);
        if changed {
            self.bump();
        }
        Some(changed)
    }

    /// `set_str` through an inline-cache hint, as `read_str_hinted`.
    #[inline]
    pub fn set_str_hinted(&self, key: &super::Str, value: Value, hint: &mut u32) {
        let mut inner = self.inner.lock();
        self.bump();
        if let Some(Some(e)) = inner.entries.get_mut(*hint as usize) {
            if matches!(&e.key, Value::Str(k) if std::sync::Arc::ptr_eq(k, key)) {
                // SAFETY: the old value is dropped in place (no out-of-line destructor call
                // for an int) and overwritten at once.
                unsafe {
                    Value::drop_at(&mut e.value);
                    std::ptr::write(&mut e.value, value);
                }
                return;
            }
        }
        match inner.find_str(key) {
            Some(i) => {
                *hint = i as u32;
                if let Some(e) = inner.entries[i].as_mut() {
                    e.value = value;
                }
            }
            None => {
                *hint = inner.entries.len() as u32;
                self.note_key(key.hash());
                inner.insert_new(key.hash(), Value::Str(key.clone()), value)
            }
        }
    }

    /// `get_str` plus where the key sits: Ok((value, entry index, layout version)), or
    /// Err(layout version) when absent, read under one lock, for caches that revalidate
    /// through `value_at` and `layout`.
    pub fn get_str_indexed(&self, key: &PyStr) -> Result<(Value, usize, u64), u64> {
        let inner = self.inner.lock();
        match inner.find_str(key) {
            Some(i) => match &inner.entries[i] {
                Some(e) => Ok((e.value.clone(), i, inner.version)),
                None => Err(inner.version),
            },
            None => Err(inner.version),
        }
    }

    /// Runs `read` on the value at entry `idx` if no key was added or removed since `layout`
    /// and the entry still holds `key` (no hashing: LoadGlobal's cheap path after a global's
    /// value changed). The value is read inside the lock, so the caller copies it where it
    /// goes without an intermediate `Value`.
    pub fn read_at<R>(
        &self,
        idx: usize,
        layout: u64,
        key: &PyStr,
        read: impl FnOnce(&Value) -> R,
    ) -> Option<R> {
        let inner = self.inner.lock();
        if inner.version != layout {
            return None;
        }
        match inner.entries.get(idx) {
            Some(Some(Entry {
                key: Value::Str(k),
                value,
                ..
            })) if std::ptr::eq(&**k, key) || &**k == key => Some(read(value)),
            _ => None,
        }
    }

    /// The layout version: changes when a key is added or removed, not when a value changes.
    pub fn layout(&self) -> u64 {
        self.inner.lock().version
    }

    pub fn set_str(&self, key: super::Str, value: Value) {
        let mut inner = self.inner.lock();
        self.bump();
        match inner.find_str(&key) {
            Some(i) => {
                if let Some(e) = inner.entries[i].as_mut() {
                    e.value = value;
                }
            }
            None => {
                self.note_key(key.hash());
                inner.insert_new(key.hash(), Value::Str(key), value)
            }
        }
    }

    pub fn remove_str(&self, key: &PyStr) -> Option<Value> {
        let mut inner = self.inner.lock();
        self.bump();
        let i = inner.find_str(key)?;
        inner.remove_at(i).map(|e| e.value)
    }

    /// Inserts with a precomputed hash when the key is known absent-or-native (copies).
    pub fn insert_hashed(&self, hash: u64, key: Value, value: Value) {
        let mut inner = self.inner.lock();
        self.bump();
        if let (Some(i), _) = inner.find_native(hash, &key) {
            if let Some(e) = inner.entries[i].as_mut() {
                e.value = value;
            }
            return;
        }
        self.note_key(hash);
        inner.insert_new(hash, key, value);
    }

    pub fn keys(&self) -> Vec<Value> {
        self.inner
            .lock()
            .entries
            .iter()
            .flatten()
            .map(|e| e.key.clone())
            .collect()
    }

    pub fn values(&self) -> Vec<Value> {
        self.inner
            .lock()
            .entries
            .iter()
            .flatten()
            .map(|e| e.value.clone())
            .collect()
    }

    /// Bytes the table holds outside the `Dict` itself (entries and index), for `__sizeof__`.
    pub fn heap_size(&self) -> usize {
        let d = self.inner.lock();
        d.entries.capacity() * std::mem::size_of::<Option<Entry>>()
            + d.index.capacity() * std::mem::size_of::<usize>()
    }

    pub fn items(&self) -> Vec<(Value, Value)> {
        self.inner
            .lock()
            .entries
            .iter()
            .flatten()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    pub fn entries(&self) -> Vec<Entry> {
        self.inner
            .lock()
            .entries
            .iter()
            .flatten()
            .cloned()
            .collect()
    }

    /// The entry at raw position `pos` or later, for iterators: (next position, entry).
    pub fn entry_from(&self, pos: usize) -> Option<(usize, Entry)> {
        let inner = self.inner.lock();
        let mut p = pos;
        while p < inner.entries.len() {
            if let Some(e) = &inner.entries[p] {
                return Some((p + 1, e.clone()));
            }
            p += 1;
        }
        None
    }

    pub fn version(&self) -> u64 {
        self.inner.lock().version
    }

    pub fn clear(&self) {
        let mut inner = self.inner.lock();
        self.bump();
        let old = std::mem::take(&mut *inner);
        inner.version = old.version + 1;
        drop(inner);
        drop(old);
    }

    pub fn copy(&self) -> Dict {
        Dict {
            inner: SpinMutex::new(self.inner.lock().clone()),
            mutations: Default::default(),
            key_filter: self
                .key_filter
                .load(std::sync::atomic::Ordering::Acquire)
                .into(),
        }
    }

    /// Whether `key` may be in the dict (false: certainly not).
    #[inline(always)]
    pub fn may_contain(&self, key: &PyStr) -> bool {
        let bits = self.key_filter.load(std::sync::atomic::Ordering::Acquire);
        bits & filter_bit(key.hash()) != 0
    }

    /// Adds a key's hash to the filter before the key goes in; called with the lock held.
    #[inline]
    fn note_key(&self, hash: u64) {
        use std::sync::atomic::Ordering;
        let bits = self.key_filter.load(Ordering::Relaxed);
        if bits & filter_bit(hash) == 0 {
            self.key_filter
                .store(bits | filter_bit(hash), Ordering::Release);
        }
    }

    /// Records a change; called with the lock held, so a plain load and store suffice.
    #[inline]
    fn bump(&self) {
        use std::sync::atomic::Ordering;
        let n = self.mutations.load(Ordering::Relaxed);
        self.mutations.store(n + 1, Ordering::Release);
    }

    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let mut inner = self.inner.lock();
        self.bump();
        let i = inner.entries.iter().rposition(|e| e.is_some())?;
        let e = inner.remove_at(i)?;
        Some((e.key, e.value))
    }

    pub fn pop_first(&self) -> Option<(Value, Value)> {
        let mut inner = self.inner.lock();
        self.bump();
        let i = inner.entries.iter().position(|e| e.is_some())?;
        let e = inner.remove_at(i)?;
        Some((e.key, e.value))
    }
}
