//! Per-thread lookup caches, the way CPython caches LOAD_GLOBAL and type attribute lookups:
//! global names are remembered with the mutation counters of the globals and builtins dicts,
//! and class attribute lookups (along the MRO) with a process-wide class epoch that any change
//! to any class bumps. Caches are thread-local, so they need no locking with the GIL off.

use super::Vm;
use crate::objects::{Class, Dict, ObjKind, Str, Value};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

/// Bumped whenever a class is created or a class attribute is set or deleted.
static CLASS_EPOCH: AtomicU64 = AtomicU64::new(1);

pub fn bump_class_epoch() {
    CLASS_EPOCH.fetch_add(1, Ordering::AcqRel);
}

#[derive(Clone, Default)]
pub struct GlobalEntry {
    globals: usize,
    /// Held so the address cannot be reused by another dict while cached.
    _keep: Option<Arc<Dict>>,
    gver: u64,
    bver: u64,
    value: Option<Value>,
    /// The globals' layout version and the name's entry index there (`IN_BUILTINS` when the
    /// name was found in builtins), so a changed value is re-read without hashing, as
    /// CPython's LOAD_GLOBAL cache does with its keys version.
    layout: u64,
    idx: usize,
}

const IN_BUILTINS: usize = usize::MAX;

#[derive(Clone, Default)]
pub struct MethodEntry {
    class: usize,
    name: usize,
    /// Held so neither address can be reused by another class or string while cached.
    _keep: Option<(Arc<Class>, Str)>,
    epoch: u64,
    value: Option<Value>,
}

pub const METHOD_CACHE_SIZE: usize = 2048;

/// What `compute_flags` found about a class, tagged with the class epoch it was computed at:
/// `epoch << 3 | bits` (0, the default, never matches since the epoch starts at 1).
#[derive(Default)]
pub struct ClassFlags(AtomicU64);

/// Instances need no class-side attribute hooks (see `Vm::class_is_plain`).
const PLAIN: u64 = 1;
/// The class or a base defines `__getattribute__` in mt code.
const CUSTOM_GETATTRIBUTE: u64 = 2;
/// The class or a base defines `__del__`.
const HAS_DEL: u64 = 4;
const FLAG_BITS: u32 = 3;

/// Whether a class attribute takes part in attribute access on instances: a property, or an
/// instance of a class defining `__get__`, `__set__` or `__delete__` (a user descriptor).
pub fn is_descriptor(v: &Value) -> bool {
    match v {
        Value::Object(o) => matches!(o.kind, ObjKind::Property { .. }),
        Value::Instance(i) => {
            let n = crate::objects::names::names();
            [&n.get, &n.set, &n.delete]
                .iter()
                .any(|name| i.class.lookup(name).is_some())
        }
        _ => false,
    }
}

/// Whether `class` or a base defines `name` in mt code (not the built-in of `object`).
fn defines_custom(class: &Class, name: &crate::objects::PyStr) -> bool {
    !matches!(class.lookup(name), None | Some(Value::Builtin(_)))
}

/// A class is plain when no descriptor lies anywhere along the MRO (so none can shadow the
/// instance dict or bind differently), no `__setattr__` or `__getattribute__` other than the
/// built-in ones is defined, and `__slots__` does not restrict its instances' attributes.
fn compute_flags(class: &Class) -> u64 {
    let has_descriptor = |c: &Class| c.dict.values().iter().any(is_descriptor);
    let n = crate::objects::names::names();
    let getattribute = defines_custom(class, &n.getattribute);
    let plain = !has_descriptor(class)
        && !class.mro.iter().any(|c| has_descriptor(c))
        && !defines_custom(class, &n.setattr)
        && !getattribute
        && class.slots.is_none();
    let has_del = class.lookup(&n.del).is_some();
    plain as u64 | (getattribute as u64) << 1 | (has_del as u64) << 2
}

#[inline]
fn class_flags(class: &Class) -> u64 {
    let epoch = CLASS_EPOCH.load(Ordering::Acquire);
    let f = class.attr_flags.0.load(Ordering::Relaxed);
    if f >> FLAG_BITS == epoch {
        return f;
    }
    let bits = compute_flags(class);
    class
        .attr_flags
        .0
        .store(epoch << FLAG_BITS | bits, Ordering::Relaxed);
    bits
}

/// Whether instances of `class` have a finalizer (`__del__`), if known without computing:
/// None when the class's flags are stale. Drops ask this, and a drop may happen while the
/// dropping thread holds a class dict's lock (a class attribute being replaced), which
/// computing the flags would take again.
#[inline]
pub fn class_has_del_hint(class: &Class) -> Option<bool> {
    let epoch = CLASS_EPOCH.load(Ordering::Acquire);
    let f = class.attr_flags.0.load(Ordering::Relaxed);
    (f >> FLAG_BITS == epoch).then_some(f & HAS_DEL != 0)
}

impl Vm {
    #[inline]
    fn class_flags(&self, class: &Class) -> u64 {
        class_flags(class)
    }

    /// Whether `class` is plain (see `compute_flags`), through the per-class epoch-tagged flags.
    #[inline]
    pub fn class_is_plain(&self, class: &Class) -> bool {
        self.class_flags(class) & PLAIN != 0
    }

    /// Whether `class` or a base defines `__getattribute__` in mt code, which then handles
    /// every attribute read on its instances.
    #[inline]
    pub fn has_custom_getattribute(&self, class: &Class) -> bool {
        self.class_flags(class) & CUSTOM_GETATTRIBUTE != 0
    }

    /// A class attribute looked up along the MRO, through the method cache.
    #[inline]
    pub fn cls_lookup(&mut self, class: &Arc<Class>, name: &Str) -> Option<Value> {
        self.cls_lookup_ref(class, name).cloned()
    }

    /// `cls_lookup`, borrowed from the cache entry (for copying straight onto the stack).
    #[inline]
    pub fn cls_lookup_ref(&mut self, class: &Arc<Class>, name: &Str) -> Option<&Value> {
        let epoch = CLASS_EPOCH.load(Ordering::Acquire);
        let c = Arc::as_ptr(class) as usize;
        let n = Arc::as_ptr(name) as usize;
        let idx = ((c >> 4) ^ (n >> 3) ^ (n >> 12)) & (METHOD_CACHE_SIZE - 1);
        let e = &self.method_cache[idx];
        if !(e.class == c && e.name == n && e.epoch == epoch) {
            self.method_cache[idx] = MethodEntry {
                class: c,
                name: n,
                _keep: Some((class.clone(), name.clone())),
                epoch,
                value: class.lookup(name),
            };
        }
        self.method_cache[idx].value.as_ref()
    }

    /// `LoadGlobal`: globals, then builtins, remembered per (code object, name). A hit needs
    /// both dicts unchanged; when only values in the globals changed (a global counter), the
    /// entry is revalidated by index.
    #[inline(always)]
    pub fn load_global(&mut self, slot: usize, globals: &Arc<Dict>, name: &Str) -> Option<&Value> {
        let gver = globals.mutations.load(Ordering::Acquire);
        let bver = self.interp.builtins.mutations.load(Ordering::Acquire);
        let gptr = Arc::as_ptr(globals) as usize;
        if let Some(e) = self.global_cache.get_mut(slot) {
            if e.globals == gptr && e.bver == bver && e.value.is_some() {
                if e.gver == gver {
                    return self.global_cache[slot].value.as_ref();
                }
                // A value in the globals changed: re-read the entry, copied straight into
                // the cache (no intermediate `Value` to split into fields).
                let fresh = if e.idx == IN_BUILTINS {
                    globals.layout() == e.layout
                } else {
                    let value = &mut e.value;
                    globals
                        .read_at(e.idx, e.layout, name, |v| *value = Some(v.clone()))
                        .is_some()
                };
                if fresh {
                    e.gver = gver;
                    return self.global_cache[slot].value.as_ref();
                }
            }
        }
        self.load_global_slow(slot, globals, name, gver, bver)
    }

    /// The builtins code running with `globals` sees: the interpreter's, unless the globals
    /// name others in `__builtins__` (a dict or a module), as `exec(code, {'__builtins__':
    /// {}})` does to run code without them.
    pub fn builtins_of(&self, globals: &Dict) -> Arc<Dict> {
        match globals.get_str(&crate::objects::names::names().builtins) {
            Some(Value::Dict(d)) => d,
            Some(Value::Object(o)) => match &o.kind {
                ObjKind::Module(m) => m.dict.clone(),
                _ => self.interp.builtins.clone(),
            },
            _ => self.interp.builtins.clone(),
        }
    }

    #[cold]
    fn load_global_slow(
        &mut self,
        slot: usize,
        globals: &Arc<Dict>,
        name: &Str,
        gver: u64,
        bver: u64,
    ) -> Option<&Value> {
        let (value, idx, layout) = match globals.get_str_indexed(name) {
            Ok(found) => found,
            // Absent at this layout: a global of that name added later changes the layout,
            // and revalidation then falls back here.
            Err(layout) => (
                self.builtins_of(globals).get_str(name)?,
                IN_BUILTINS,
                layout,
            ),
        };
        if slot >= self.global_cache.len() {
            self.global_cache.resize(slot + 64, GlobalEntry::default());
        }
        self.global_cache[slot] = GlobalEntry {
            globals: Arc::as_ptr(globals) as usize,
            _keep: Some(globals.clone()),
            gver,
            bver,
            value: Some(value),
            layout,
            idx,
        };
        self.global_cache[slot].value.as_ref()
    }
}
