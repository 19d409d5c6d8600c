//! Classes (built-in types included) and instances of user classes. Method resolution follows
//! CPython's C3 linearisation; exception instances carry their traceback, cause and context
//! beside their attributes, as CPython's BaseException does.

use super::{Dict, PyStr, Str, Value};
use parking_lot::Mutex;
use std::sync::Arc;

/// Which native layout instances of a class use; user classes inherit it from their bases.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// Plain instances with an attribute dict.
    Object,
    /// BaseException and subclasses.
    Exception,
    /// A built-in type whose instances are not `Instance`s (int, str, list, ...).
    Builtin,
    /// A user subclass of a built-in type: `Instance`s that carry the built-in value they
    /// extend (`Instance::native`), made by the base type's `__new__`.
    NativeSubclass,
}

/// The built-in types a user class may extend: the value types of the `builtins` module
/// and `property` (CPython also allows `type` and a few more, which mt does not support), and
/// the classes of native modules that construct through `__new__` (`queue.Queue`).
fn check_subclassable(b: &Class) -> Result<(), String> {
    let name = b.name.as_str();
    if b.module == "builtins" {
        return match name {
            "int" | "float" | "str" | "list" | "tuple" | "dict" | "set" | "frozenset"
            | "property" => Ok(()),
            "type" | "staticmethod" | "classmethod" | "super" => Err(format!(
                "mt does not support subclassing the built-in type '{name}'"
            )),
            _ => Err(format!("type '{name}' is not an acceptable base type")),
        };
    }
    if b.lookup(&super::names::names().new).is_none() {
        return Err(format!("type '{name}' is not an acceptable base type"));
    }
    Ok(())
}

/// The layout of a class created with `bases` (never empty): an exception class, a subclass
/// of a built-in type, or a plain class; else CPython's message for bases that cannot make
/// a class together (a duplicate, or conflicting instance layouts).
pub fn layout_for(bases: &[Arc<Class>]) -> Result<Layout, String> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| Arc::ptr_eq(x, b)) {
            return Err(format!("duplicate base class {}", b.name.as_str()));
        }
    }
    let mut layout = Layout::Object;
    let mut native: Option<&Arc<Class>> = None;
    for b in bases {
        let (this, nb) = match b.layout {
            Layout::Object => continue,
            Layout::Exception => (Layout::Exception, None),
            Layout::Builtin if b.bases.is_empty() => continue, // object
            Layout::Builtin => {
                check_subclassable(b)?;
                (Layout::NativeSubclass, Some(b))
            }
            Layout::NativeSubclass => (Layout::NativeSubclass, b.native_base()),
        };
        let conflict = match (native, nb) {
            (Some(x), Some(y)) => !x.is_subclass(y) && !y.is_subclass(x),
            _ => layout != Layout::Object && layout != this,
        };
        if conflict {
            return Err("multiple bases have instance lay-out conflict".into());
        }
        if let Some(y) = nb {
            if native.is_none_or(|x| y.is_subclass(x)) {
                native = Some(y);
            }
        }
        layout = this;
    }
    Ok(layout)
}

pub struct Class {
    pub name: Str,
    pub qualname: String,
    pub module: String,
    pub bases: Vec<Arc<Class>>,
    /// The MRO without the class itself (a class cannot hold an `Arc` to itself).
    pub mro: Vec<Arc<Class>>,
    pub dict: Dict,
    pub layout: Layout,
    /// Whether attribute access on instances can skip the class (no property along the MRO, no
    /// mt-level `__setattr__`), remembered for one class epoch (see `Vm::class_is_plain`).
    pub attr_flags: crate::vm::cache::ClassFlags,
    /// The only attribute names instances may have when `__slots__` along the MRO leaves
    /// them without a `__dict__` (the values still live in the instance's attribute dict).
    pub slots: Option<Box<[Str]>>,
    /// The classes made with this one as a direct base, for `type.__subclasses__()`; weak,
    /// so a subclass still dies when nothing else holds it.
    pub subclasses: parking_lot::Mutex<Vec<std::sync::Weak<Class>>>,
}

impl Class {
    /// Records a new class in its bases' `__subclasses__()`.
    pub fn register_subclass(cls: &Arc<Class>) {
        for b in &cls.bases {
            let mut subs = b.subclasses.lock();
            subs.retain(|w| w.strong_count() > 0);
            subs.push(Arc::downgrade(cls));
        }
    }

    /// The live direct subclasses, oldest first.
    pub fn live_subclasses(&self) -> Vec<Arc<Class>> {
        self.subclasses
            .lock()
            .iter()
            .filter_map(std::sync::Weak::upgrade)
            .collect()
    }

    /// Looks a name up along the MRO (the class first).
    pub fn lookup(&self, name: &PyStr) -> Option<Value> {
        if let Some(v) = self.dict.get_str(name) {
            return Some(v);
        }
        for c in &self.mro {
            if let Some(v) = c.dict.get_str(name) {
                return Some(v);
            }
        }
        None
    }

    /// Whether instances may hold an attribute `name`: any name, unless `__slots__` left
    /// them without a `__dict__`.
    pub fn allows_attr(&self, name: &PyStr) -> bool {
        self.slots
            .as_ref()
            .is_none_or(|slots| slots.iter().any(|s| s.as_str() == name.as_str()))
    }

    /// True when `self` is `other` or inherits from it.
    pub fn is_subclass(&self, other: &Class) -> bool {
        std::ptr::eq(self, other) || self.mro.iter().any(|c| std::ptr::eq(c.as_ref(), other))
    }

    /// For a user subclass of a built-in type, the nearest built-in class along the MRO: the
    /// type whose `__new__` makes the value its instances extend.
    pub fn native_base(&self) -> Option<&Arc<Class>> {
        if self.layout != Layout::NativeSubclass {
            return None;
        }
        self.mro
            .iter()
            .find(|c| c.layout == Layout::Builtin && !c.bases.is_empty())
    }

    pub fn is_exception(&self) -> bool {
        self.layout == Layout::Exception
    }
}

/// C3 linearisation of `bases`; None when no consistent order exists.
pub fn c3_mro(bases: &[Arc<Class>]) -> Option<Vec<Arc<Class>>> {
    let mut seqs: Vec<Vec<Arc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            v.extend(b.mro.iter().cloned());
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Arc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Some(out);
        }
        let candidate = seqs.iter().find_map(|s| {
            let head = &s[0];
            let in_tail = seqs
                .iter()
                .any(|t| t[1..].iter().any(|c| Arc::ptr_eq(c, head)));
            (!in_tail).then(|| head.clone())
        })?;
        for s in seqs.iter_mut() {
            if Arc::ptr_eq(&s[0], &candidate) {
                s.remove(0);
            }
        }
        out.push(candidate);
    }
}

/// Exception state: what CPython keeps in BaseException's C struct.
#[derive(Clone, Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// (file, line, function name) frames, innermost last as they were added while unwinding.
    pub traceback: Vec<TbEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// NameError / AttributeError: the missing name and (AttributeError) the object, for the
    /// "Did you mean" suggestion CPython adds when it prints the traceback.
    pub name: Option<Value>,
    pub obj: Option<Value>,
    /// The `__traceback__` object last built, with how many entries it covered: reading it
    /// twice gives the same object, as in CPython, until unwinding adds a frame.
    pub tb_object: Option<(usize, Value)>,
    /// For a BaseExceptionGroup: the `message` and `exceptions` its `__new__` took.
    pub group: Option<Box<ExcGroup>>,
    /// For a SyntaxError: its location attributes, in `SYNTAX_FIELDS` order (None until
    /// `__init__` or an assignment sets one).
    pub syntax: Option<Box<[Value; 8]>>,
}

impl ExcData {
    /// A SyntaxError's attributes, all None until first set.
    pub fn syntax_fields(&mut self) -> &mut [Value; 8] {
        self.syntax
            .get_or_insert_with(|| Box::new(std::array::from_fn(|_| Value::None)))
    }
}

/// The attributes of a SyntaxError, as CPython's SyntaxError_members lists them.
pub const SYNTAX_FIELDS: [&str; 8] = [
    "msg",
    "filename",
    "lineno",
    "offset",
    "text",
    "end_lineno",
    "end_offset",
    "print_file_and_line",
];

/// The state of an exception group (PEP 654), fixed when it is created.
#[derive(Clone)]
pub struct ExcGroup {
    pub message: Value,
    pub exceptions: Vec<Value>,
}

#[derive(Clone)]
pub struct TbEntry {
    pub code: Arc<crate::bytecode::Code>,
    pub line: u32,
    /// The byte range in the code's source of the node that was running (empty: none).
    pub span: crate::syntax::span::Span,
}

pub struct Instance {
    pub class: Arc<Class>,
    /// The instance `__dict__` (shared, so `obj.__dict__[k] = v` is live). Freed by hand
    /// in `Drop` (vm/finalize.rs), through `trashcan::release`.
    pub attrs: std::mem::ManuallyDrop<Arc<Dict>>,
    pub exc: Option<Mutex<ExcData>>,
    /// For an instance of a user subclass of a built-in type (`class Stack(list)`), the
    /// built-in value it extends: the list, dict, str or int that the inherited methods and
    /// operators work on, as CPython's subclass instances embed their base type's struct.
    pub native: Option<Value>,
}

impl Instance {
    pub fn new(class: Arc<Class>) -> Arc<Instance> {
        let exc = class.is_exception().then(|| Mutex::new(ExcData::default()));
        Arc::new(Instance {
            class,
            attrs: std::mem::ManuallyDrop::new(Arc::new(Dict::new())),
            exc,
            native: None,
        })
    }

    /// An instance of `class`, a user subclass of a built-in type, extending `native`.
    pub fn with_native(class: Arc<Class>, native: Value) -> Arc<Instance> {
        Arc::new(Instance {
            class,
            attrs: std::mem::ManuallyDrop::new(Arc::new(Dict::new())),
            exc: None,
            native: Some(native),
        })
    }
}
