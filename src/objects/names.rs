//! Interned names the runtime looks up often (dunder methods and special attributes), created
//! once so lookups reuse their cached hashes instead of building strings.

use super::pystr::intern as new_str;
use super::Str;
use std::sync::OnceLock;

macro_rules! names {
    ($($field:ident = $text:expr),* $(,)?) => {
        pub struct Names { $(pub $field: Str,)* }
        fn build() -> Names { Names { $($field: new_str($text),)* } }
    };
}

names! {
    init = "__init__", new = "__new__", repr = "__repr__", str = "__str__", eq = "__eq__",
    ne = "__ne__", lt = "__lt__", le = "__le__", gt = "__gt__", ge = "__ge__",
    hash = "__hash__", len = "__len__", bool = "__bool__", iter = "__iter__", next = "__next__",
    getitem = "__getitem__", setitem = "__setitem__", delitem = "__delitem__",
    contains = "__contains__", call = "__call__", enter = "__enter__", exit = "__exit__",
    getattr = "__getattr__", getattribute = "__getattribute__", setattr = "__setattr__",
    delattr = "__delattr__", del = "__del__",
    add = "__add__", radd = "__radd__", iadd = "__iadd__",
    sub = "__sub__", rsub = "__rsub__", isub = "__isub__",
    mul = "__mul__", rmul = "__rmul__", imul = "__imul__",
    matmul = "__matmul__", rmatmul = "__rmatmul__", imatmul = "__imatmul__",
    truediv = "__truediv__", rtruediv = "__rtruediv__", itruediv = "__itruediv__",
    floordiv = "__floordiv__", rfloordiv = "__rfloordiv__", ifloordiv = "__ifloordiv__",
    mod_ = "__mod__", rmod = "__rmod__", imod = "__imod__",
    pow = "__pow__", rpow = "__rpow__", ipow = "__ipow__",
    lshift = "__lshift__", rlshift = "__rlshift__", ilshift = "__ilshift__",
    rshift = "__rshift__", rrshift = "__rrshift__", irshift = "__irshift__",
    and_ = "__and__", rand = "__rand__", iand = "__iand__",
    or_ = "__or__", ror = "__ror__", ior = "__ior__",
    xor = "__xor__", rxor = "__rxor__", ixor = "__ixor__",
    neg = "__neg__", pos = "__pos__", invert = "__invert__", abs = "__abs__",
    index = "__index__", int = "__int__", float = "__float__", format = "__format__",
    round = "__round__", reversed = "__reversed__",
    name = "__name__", qualname = "__qualname__", module = "__module__", doc = "__doc__",
    dict = "__dict__", class = "__class__", main = "__main__", builtins = "__builtins__",
    file = "__file__", class_getitem = "__class_getitem__", missing = "__missing__",
    set_name = "__set_name__", init_subclass = "__init_subclass__",
    get = "__get__", set = "__set__", delete = "__delete__", slots = "__slots__",
}

static NAMES: OnceLock<Names> = OnceLock::new();

/// The interned names.
pub fn names() -> &'static Names {
    NAMES.get_or_init(build)
}
