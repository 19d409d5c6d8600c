//! `str` storage: immutable UTF-8 text with its length in code points and a lazily cached hash.
//! Python indexes strings by code point; the cached length and an ASCII flag keep that O(1) for
//! ASCII text, which is almost all text in practice.

use super::strtext;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

pub struct PyStr {
    s: Box<str>,
    chars: usize,
    hash: AtomicU64,
}

impl PyStr {
    pub fn new(s: impl Into<Box<str>>) -> PyStr {
        let s: Box<str> = s.into();
        let chars = if s.is_ascii() {
            s.len()
        } else {
            s.chars().count()
        };
        PyStr {
            s,
            chars,
            hash: AtomicU64::new(0),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in code points, as `len()` reports it.
    pub fn char_len(&self) -> usize {
        self.chars
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// A hash stable for the life of the process (Python randomizes str hashes per run too),
    /// the value `hash()` returns.
    pub fn hash(&self) -> u64 {
        let h = self.hash.load(Ordering::Relaxed);
        if h != 0 {
            return h;
        }
        if self.s.is_empty() {
            // As CPython: the empty string hashes to 0 whatever the seed.
            return 0;
        }
        // Never 0 (the "not computed" mark) and never -1 (CPython's error value, which
        // `hash()` reports as -2), so this is the hash every caller sees.
        let h = match strtext::hash_str(&self.s) | 1 {
            u64::MAX => -2i64 as u64,
            h => h,
        };
        self.hash.store(h, Ordering::Relaxed);
        h
    }

    /// The code point at index `i` (already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other) || self.s == other.s
    }
}

impl std::fmt::Debug for PyStr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", &*self.s)
    }
}

/// Shared immutable string handle.
pub type Str = Arc<PyStr>;

pub fn new_str(s: impl Into<Box<str>>) -> Str {
    Arc::new(PyStr::new(s))
}

/// The shared copy of a name: identifiers compiled anywhere share one `Str`, so name lookups
/// compare pointers instead of bytes.
pub fn intern(s: &str) -> Str {
    use parking_lot::Mutex;
    use std::collections::HashMap;
    use std::sync::OnceLock;
    static TABLE: OnceLock<Mutex<HashMap<Box<str>, Str>>> = OnceLock::new();
    let table = TABLE.get_or_init(Default::default);
    let mut t = table.lock();
    if let Some(v) = t.get(s) {
        return v.clone();
    }
    let v = new_str(s);
    t.insert(s.into(), v.clone());
    v
}
