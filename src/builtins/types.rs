//! The built-in classes: `object`, `type`, the value types, and CPython 3.11's exception
//! hierarchy. Created once per process and shared by every thread; their method tables are
//! filled by the modules under `objects/methods` and `builtins/exceptions`.

use crate::objects::class::{c3_mro, Layout};
use crate::objects::{new_str, Class, Dict};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

pub struct Types {
    pub object: Arc<Class>,
    pub type_: Arc<Class>,
    pub none: Arc<Class>,
    pub bool: Arc<Class>,
    pub int: Arc<Class>,
    pub float: Arc<Class>,
    pub str: Arc<Class>,
    pub list: Arc<Class>,
    pub tuple: Arc<Class>,
    pub dict: Arc<Class>,
    pub set: Arc<Class>,
    pub frozenset: Arc<Class>,
    pub function: Arc<Class>,
    pub builtin_function: Arc<Class>,
    pub method: Arc<Class>,
    pub range: Arc<Class>,
    pub slice: Arc<Class>,
    pub module: Arc<Class>,
    pub generator: Arc<Class>,
    pub iterator: Arc<Class>,
    pub cell: Arc<Class>,
    pub code: Arc<Class>,
    pub property: Arc<Class>,
    pub staticmethod: Arc<Class>,
    pub classmethod: Arc<Class>,
    pub super_: Arc<Class>,
    pub not_implemented: Arc<Class>,
    pub ellipsis: Arc<Class>,
    pub file: Arc<Class>,
    pub dict_keys: Arc<Class>,
    pub dict_values: Arc<Class>,
    pub dict_items: Arc<Class>,
    pub native: Arc<Class>,
    /// The iterator types by name (`list_iterator`, `map`, ...), see `ITERATOR_TYPES`.
    pub iterators: HashMap<&'static str, Arc<Class>>,
    /// Exception classes by name.
    pub exc: HashMap<&'static str, Arc<Class>>,
}

pub fn builtin_class(name: &str, bases: &[&Arc<Class>], layout: Layout) -> Arc<Class> {
    builtin_class_in("builtins", name, bases, layout)
}

/// A class of mt's own objects (`mappingproxy`, `GenericAlias`, `frame`): `object`'s
/// subclass with the given native methods.
pub fn native_object_class(
    name: &'static str,
    methods: &[(&'static str, crate::objects::function::NativeFn)],
) -> Arc<Class> {
    native_object_class_in("builtins", name, methods)
}

/// As `native_object_class`, for a type CPython defines in `module` (`types.GenericAlias`).
pub fn native_object_class_in(
    module: &str,
    name: &'static str,
    methods: &[(&'static str, crate::objects::function::NativeFn)],
) -> Arc<Class> {
    let c = builtin_class_in(module, name, &[&types().object], Layout::Object);
    for (m, f) in methods {
        crate::objects::methods::add(&c, name, m, *f);
    }
    c
}

/// A class implemented by mt, defined in `module` (`sys.float_info`'s class is `sys`'s).
pub fn builtin_class_in(
    module: &str,
    name: &str,
    bases: &[&Arc<Class>],
    layout: Layout,
) -> Arc<Class> {
    let bases: Vec<Arc<Class>> = bases.iter().map(|b| (*b).clone()).collect();
    let mro = c3_mro(&bases).unwrap_or_default();
    let cls = Arc::new(Class {
        name: new_str(name),
        qualname: name.to_string(),
        module: module.into(),
        bases,
        mro,
        dict: Dict::new(),
        layout,
        attr_flags: Default::default(),
        slots: None,
        subclasses: Default::default(),
    });
    Class::register_subclass(&cls);
    cls
}

/// The exception hierarchy as (name, bases separated by spaces) in an order where bases
/// come first.
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("BaseExceptionGroup", "BaseException"),
    ("ExceptionGroup", "BaseExceptionGroup Exception"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Names of the iterator types CPython reports for `type(iter(x))`.
pub const ITERATOR_TYPES: &[&str] = &[
    "list_iterator",
    "tuple_iterator",
    "str_ascii_iterator",
    "range_iterator",
    "longrange_iterator",
    "dict_keyiterator",
    "dict_valueiterator",
    "dict_itemiterator",
    "dict_reversekeyiterator",
    "dict_reversevalueiterator",
    "dict_reverseitemiterator",
    "set_iterator",
    "enumerate",
    "zip",
    "map",
    "filter",
    "list_reverseiterator",
    "reversed",
    "callable_iterator",
    "iterator",
];

static TYPES: OnceLock<Types> = OnceLock::new();

/// The built-in classes (created on first use).
pub fn types() -> &'static Types {
    TYPES.get_or_init(|| {
        let t = build();
        crate::objects::methods::register_all(&t);
        crate::builtins::exceptions::register(&t);
        crate::builtins::exception_group::register(&t);
        crate::builtins::union_type::register(&t);
        t
    })
}

fn build() -> Types {
    let object = builtin_class("object", &[], Layout::Builtin);
    let b = |name: &str| builtin_class(name, &[&object], Layout::Builtin);
    let int = b("int");
    let bool_ = builtin_class("bool", &[&int], Layout::Builtin);
    let mut exc: HashMap<&'static str, Arc<Class>> = HashMap::new();
    for (name, base) in EXCEPTIONS {
        let bases: Vec<&Arc<Class>> = if base.is_empty() {
            vec![&object]
        } else {
            base.split(' ').map(|b| &exc[b]).collect()
        };
        let c = builtin_class(name, &bases, Layout::Exception);
        exc.insert(name, c);
    }
    Types {
        type_: b("type"),
        none: b("NoneType"),
        bool: bool_,
        float: b("float"),
        str: b("str"),
        list: b("list"),
        tuple: b("tuple"),
        dict: b("dict"),
        set: b("set"),
        frozenset: b("frozenset"),
        function: b("function"),
        builtin_function: b("builtin_function_or_method"),
        method: b("method"),
        range: b("range"),
        slice: b("slice"),
        module: b("module"),
        generator: b("generator"),
        iterator: b("iterator"),
        cell: b("cell"),
        code: b("code"),
        property: b("property"),
        staticmethod: b("staticmethod"),
        classmethod: b("classmethod"),
        super_: b("super"),
        not_implemented: b("NotImplementedType"),
        ellipsis: b("ellipsis"),
        file: b("_io.TextIOWrapper"),
        dict_keys: b("dict_keys"),
        dict_values: b("dict_values"),
        dict_items: b("dict_items"),
        native: b("native"),
        iterators: ITERATOR_TYPES.iter().map(|n| (*n, b(n))).collect(),
        int,
        exc,
        object,
    }
}
