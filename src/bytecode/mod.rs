//! Bytecode: the opcode enum (the instruction set's spec, one doc line per opcode with its
//! stack effect), code objects with their line tables, and the disassembler (`dis`).

pub mod dis;
pub mod peephole;

use crate::objects::{Str, Value};
use crate::syntax::ast::{BinOp, CmpOp};
use std::sync::Arc;

/// Index into `Code::consts`.
pub type ConstIdx = u32;
/// Index into `Code::names` (globals, attributes, imported names).
pub type NameIdx = u32;
/// Index of a fast local (`Code::varnames`).
pub type LocalSlot = u32;
/// Index of a cell or free variable (cells first, then free variables).
pub type CellSlot = u32;
/// An instruction index, the target of a jump.
pub type Target = u32;

/// One instruction. Stack effects: `[before] -> [after]`, top of stack rightmost.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Op {
    /// `[] -> []`
    Nop,
    /// `[a] -> []`
    Pop,
    /// `[iter] -> []`: leaves a `for` loop early; a generator nothing else references is
    /// closed (its `finally` runs), as CPython's reference counting does.
    PopIter,
    /// `[a] -> [a a]`
    Dup,
    /// `[a b] -> [a b a b]`
    Dup2,
    /// `[a b] -> [b a]`
    Rot2,
    /// `[a b c] -> [c a b]`
    Rot3,
    /// `[a b c d] -> [d a b c]`
    Rot4,
    /// `[] -> [consts[i]]`
    LoadConst(ConstIdx),
    /// `[] -> [local]`; UnboundLocalError when unset.
    LoadFast(LocalSlot),
    /// `[v] -> []`
    StoreFast(LocalSlot),
    /// `[] -> []`; unbinds the local.
    DeleteFast(LocalSlot),
    /// `[] -> [cell contents]`
    LoadDeref(CellSlot),
    /// `[v] -> []`
    StoreDeref(CellSlot),
    /// `[] -> []`
    DeleteDeref(CellSlot),
    /// `[] -> [cell]`: the cell itself, to build a closure.
    LoadClosure(CellSlot),
    /// `[] -> [globals[name] or builtins[name]]`
    LoadGlobal(NameIdx),
    /// `[v] -> []`
    StoreGlobal(NameIdx),
    /// `[] -> []`
    DeleteGlobal(NameIdx),
    /// Class bodies: `[] -> [locals[name] or globals or builtins]`
    LoadName(NameIdx),
    /// Class bodies: `[v] -> []`
    StoreName(NameIdx),
    /// Class bodies: `[] -> []`
    DeleteName(NameIdx),
    /// `[obj] -> [obj.name]`
    LoadAttr(NameIdx),
    /// `[v obj] -> []`: obj.name = v
    StoreAttr(NameIdx),
    /// `[obj] -> []`
    DeleteAttr(NameIdx),
    /// `[obj] -> [func self]` for a plain method, else `[bound-or-attr NULL]`.
    LoadMethod(NameIdx),
    /// `[func self args...] -> [result]` (argc = number of args after self).
    CallMethod(u32),
    /// `[func args...] -> [result]`
    Call(u32),
    /// `[func args... kwnames] -> [result]`: the last len(kwnames) args are keywords.
    CallKw(u32),
    /// `[func args(tuple) kwargs(dict or None)] -> [result]`
    CallEx,
    /// `[obj key] -> [obj[key]]`
    Subscript,
    /// `[v obj key] -> []`
    StoreSubscr,
    /// `[obj key] -> []`
    DeleteSubscr,
    /// `[a b] -> [a op b]`
    Binary(BinOp),
    /// `[a b] -> [a op= b]` (tries `__iop__` first)
    Inplace(BinOp),
    /// `[a] -> [-a]`
    Neg,
    /// `[a] -> [+a]`
    Pos,
    /// `[a] -> [~a]`
    Invert,
    /// `[a] -> [not a]`
    Not,
    /// `[a b] -> [a op b]`
    Compare(CmpOp),
    /// `[] -> []`
    Jump(Target),
    /// `[v] -> []`, jumps when v is false.
    JumpIfFalse(Target),
    /// `[v] -> []`, jumps when v is true.
    JumpIfTrue(Target),
    /// `[v] -> [v]` and jumps when false, else `[v] -> []`.
    JumpIfFalseOrPop(Target),
    /// `[v] -> [v]` and jumps when true, else `[v] -> []`.
    JumpIfTrueOrPop(Target),
    /// `[obj] -> [iter(obj)]`
    GetIter,
    /// `[it] -> [it next]`, or `[it] -> []` and jump when exhausted.
    ForIter(Target),
    /// `[defaults? kwdefaults? closure? code qualname] -> [function]`; flags: 1 defaults
    /// (tuple), 2 kwdefaults (dict), 8 closure (tuple of cells).
    MakeFunction(u32),
    /// `[body-func name bases...] -> [class]` (n = number of bases).
    BuildClass(u32),
    /// `[body-func name bases... kwargs-dict] -> [class]`: a class statement with keywords.
    BuildClassKw(u32),
    /// `[items...] -> [tuple]`
    BuildTuple(u32),
    /// `[items...] -> [list]`
    BuildList(u32),
    /// `[items...] -> [set]`
    BuildSet(u32),
    /// `[k1 v1 ... kn vn] -> [dict]`
    BuildMap(u32),
    /// `[start stop] -> [slice]` or `[start stop step] -> [slice]` (n = 2 or 3)
    BuildSlice(u32),
    /// `[pieces...] -> [str]`
    BuildString(u32),
    /// `[list ... v] -> [list ...]`: appends v to the list `depth` below.
    ListAppend(u32),
    /// `[set ... v] -> [set ...]`
    SetAdd(u32),
    /// `[dict ... k v] -> [dict ...]`
    MapAdd(u32),
    /// `[list iterable] -> [list]`; arg 1 when the list collects call arguments (the callee
    /// sits below it, for the error message), 0 in displays.
    ListExtend(u32),
    /// `[set iterable] -> [set]`
    SetUpdate,
    /// `[dict mapping] -> [dict]`; `**` in displays.
    DictUpdate,
    /// `[dict mapping] -> [dict]`; `**` in calls (duplicate keys are an error).
    DictMerge,
    /// `[list] -> [tuple]`
    ListToTuple,
    /// `[seq] -> [item_n-1 ... item_0]`
    UnpackSequence(u32),
    /// `[seq] -> [after... list before...]`: arg = before | after << 8.
    UnpackEx(u32),
    /// `[v spec?] -> [str]`: flags 0..3 conversion (none, s, r, a), 4 = has spec.
    FormatValue(u32),
    /// `[v] -> (returns v)`
    ReturnValue,
    /// `[v] -> [sent]` suspending the generator.
    YieldValue,
    /// `[iter v] -> [iter]` and suspends while the sub-iterator yields; `[iter v] -> [result]`.
    YieldFrom,
    /// `[] -> []`; pushes an exception handler at the target with the current stack depth.
    SetupExcept(Target),
    /// `[] -> []`; same, for `finally` (the handler re-raises at its end).
    SetupFinally(Target),
    /// `[mgr] -> [exit enter_result]`; pushes a handler at the target.
    SetupWith(Target),
    /// `[exit] -> []`; calls exit(None, None, None).
    WithExitNormal,
    /// `[exit exc] -> []`; calls exit(type, exc, tb): falls through when it suppresses,
    /// else re-raises exc.
    WithExcept,
    /// `[] -> []`; pops the innermost handler.
    PopBlock,
    /// `[] -> []`; ends an `except` clause (the handled exception is no longer current).
    PopExcept,
    /// `[exc? cause?] -> !`: n = 0 (re-raise), 1, 2 (`raise exc from cause`).
    Raise(u32),
    /// `[exc] -> !`: re-raises exc keeping its traceback.
    Reraise,
    /// `[exc type] -> []`, jumps when exc is not an instance of type.
    JumpIfNotExcMatch(Target),
    /// `[exc] -> [exc raised rest]`: starts the `except*` clauses of a `try` (PEP 654); the
    /// handled exception stays current until `ExceptStarEnd`.
    ExceptStarBegin,
    /// `[rest type] -> [rest' match]`, the match made the handled exception; or, when
    /// nothing matches, `[rest type] -> [rest]` and a jump.
    ExceptStarMatch(Target),
    /// `[raised rest exc] -> [raised rest]`: an `except*` body raised exc; it is kept in
    /// `raised` and stops being the handled exception.
    ExceptStarRaised,
    /// `[exc raised rest] -> []`: raises what the `except*` clauses left (CPython's
    /// PREP_RERAISE_STAR), or ends the handling when nothing is left.
    ExceptStarEnd,
    /// `[] -> [AssertionError]`
    LoadAssertionError,
    /// `[] -> [super object]` for zero-argument `super()`; arg = cell slot of `__class__`.
    LoadSuper(CellSlot),
    /// `[] -> [module]`: imports names[i] (a dotted name); arg2 encoded as level in high bits.
    ImportName(NameIdx),
    /// `[module] -> [module attr]`
    ImportFrom(NameIdx),
    /// `[module] -> []`; copies public names into globals.
    ImportStar,
    /// `[v] -> []`; prints repr(v) and binds `_` when v is not None (the REPL).
    PrintExpr,
    /// `[] -> []`; a module or class body with annotations: `__annotations__ = {}` in its
    /// namespace unless it has one (CPython's SETUP_ANNOTATIONS).
    SetupAnnotations,

    // Superinstructions, made by `peephole::fuse` from runs of adjacent instructions; each
    // executes the whole run and skips the rest of it (kept in place so jump targets stay
    // valid).
    /// `[] -> [local_a local_b]` (LoadFast a; LoadFast b).
    LoadFast2(u16, u16),
    /// `[a] -> [a op consts[c]]` (LoadConst c; Binary op).
    BinaryConst(BinOp, u16),
    /// `[a b] -> []`, jumps to the target when `a op b` is false (Compare; JumpIfFalse).
    CompareJump(CmpOp, Target),
    /// `[] -> [local.attr]` (LoadFast l; LoadAttr n).
    LoadFastAttr(u16, u16),
    // Longer runs, executed with the operands borrowed from the locals (no copy, no
    // reference counting); the instruction pointer skips the rest of the run.
    /// `[] -> [local op consts[c]]` (LoadFast l; LoadConst c; Binary op).
    FastBinaryConst(BinOp, u16, u16),
    /// `[] -> [local_a op local_b]` (LoadFast a; LoadFast b; Binary op).
    FastBinaryFast(BinOp, u16, u16),
    /// `[] -> []`, jumps to the target when `local op consts[c]` is false (LoadFast l;
    /// LoadConst c; Compare op; JumpIfFalse t).
    FastCompareConstJump(CmpOp, u8, u8, Target),
    /// `[] -> []`, jumps to the target when `local_a op local_b` is false (LoadFast a;
    /// LoadFast b; Compare op; JumpIfFalse t).
    FastCompareFastJump(CmpOp, u8, u8, Target),
    /// `[] -> [self method]` or `[] -> [bound None]` (LoadGlobal g; LoadMethod m).
    GlobalMethod(u16, u16),
    /// `[v] -> []`: `local.attr = v` (LoadFast l; StoreAttr n).
    StoreFastAttr(u16, u16),
    /// `[obj v] -> []`: `obj.attr = v` (Rot2; StoreAttr n), the end of `obj.attr += v`.
    RotStoreAttr(u16),
    /// `[a] -> [a op= local]` (LoadFast l; Inplace op).
    FastInplace(BinOp, u16),
    /// `[a] -> [a op= consts[c]]` (LoadConst c; Inplace op).
    ConstInplace(BinOp, u16),
    /// `[] -> [local local.attr]` (LoadFast l; Dup; LoadAttr n), the start of
    /// `local.attr += v`.
    LoadFastDupAttr(u16, u16),
    /// `local.attr op= local2`: (LoadFastDupAttr l n; FastInplace op m; RotStoreAttr n).
    /// Small ints in a plain instance's dict are updated in place, under one lock; anything
    /// else runs as the LoadFastDupAttr it replaced, then the fused instructions after it.
    AttrInplaceFast(BinOp, u16, u16, u16),
    /// `local.attr op= consts[c]`, as `AttrInplaceFast` (with ConstInplace op c).
    AttrInplaceConst(BinOp, u16, u16, u16),
    /// Returns `local.attr` (LoadFast l; LoadAttr n; ReturnValue).
    ReturnFastAttr(u16, u16),
    /// `ForIter t` whose item goes straight into a local (ForIter t; StoreFast l). When the
    /// iterator is a generator, the item arrives later and the StoreFast runs.
    ForIterStore(Target, u16),
    /// `Jump t` to a loop head (`ForIter` or `ForIterStore` at t): runs that head at once.
    JumpForIter(Target),
    /// `[f] -> [f(local op consts[c])]` (LoadFast l; LoadConst c; Binary op; Call 1), the
    /// call of recursive code such as `fib(n - 1)`.
    CallFastBinaryConst(BinOp, u16, u16),
    /// `local op= consts[c]` (LoadFast l; LoadConst c; Inplace op; StoreFast l): small ints
    /// are updated in the local's slot; anything else runs as the LoadFast it replaced, then
    /// the instructions it covers.
    LocalInplaceConst(BinOp, u16, u16),
    /// `local op= local2` (LoadFast l; LoadFast m; Inplace op; StoreFast l), as
    /// `LocalInplaceConst`.
    LocalInplaceLocal(BinOp, u16, u16),
    /// Returns consts[c] (LoadConst c; ReturnValue).
    ReturnConst(u16),
    /// Returns a local, moved out of the dying frame (LoadFast l; ReturnValue).
    ReturnFast(u16),
    /// `[a b]`: returns `a op b` (Binary op; ReturnValue).
    BinaryReturn(BinOp),
    /// `CallMethod n` whose result is discarded (CallMethod n; Pop): a native's result is
    /// dropped at once, an mt callee returns with `ReturnMode::Discard`.
    CallMethodPop(u32),
    /// `Call n` whose result is discarded (Call n; Pop), as `CallMethodPop`.
    CallPop(u32),
}

impl Op {
    /// The instruction a jump or handler-setup op can transfer control to.
    pub fn jump_target(&self) -> Option<Target> {
        match *self {
            Op::Jump(t)
            | Op::JumpIfFalse(t)
            | Op::JumpIfTrue(t)
            | Op::JumpIfFalseOrPop(t)
            | Op::JumpIfTrueOrPop(t)
            | Op::ForIter(t)
            | Op::ForIterStore(t, _)
            | Op::JumpForIter(t)
            | Op::SetupExcept(t)
            | Op::SetupFinally(t)
            | Op::SetupWith(t)
            | Op::JumpIfNotExcMatch(t)
            | Op::ExceptStarMatch(t)
            | Op::CompareJump(_, t)
            | Op::FastCompareConstJump(_, _, _, t)
            | Op::FastCompareFastJump(_, _, _, t) => Some(t),
            _ => None,
        }
    }

    /// The same op pointing at `target` (ops without a target are returned unchanged).
    pub fn with_target(self, target: Target) -> Op {
        match self {
            Op::Jump(_) => Op::Jump(target),
            Op::JumpIfFalse(_) => Op::JumpIfFalse(target),
            Op::JumpIfTrue(_) => Op::JumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            Op::ForIterStore(_, l) => Op::ForIterStore(target, l),
            Op::JumpForIter(_) => Op::JumpForIter(target),
            Op::SetupExcept(_) => Op::SetupExcept(target),
            Op::SetupFinally(_) => Op::SetupFinally(target),
            Op::SetupWith(_) => Op::SetupWith(target),
            Op::JumpIfNotExcMatch(_) => Op::JumpIfNotExcMatch(target),
            Op::ExceptStarMatch(_) => Op::ExceptStarMatch(target),
            Op::CompareJump(c, _) => Op::CompareJump(c, target),
            Op::FastCompareConstJump(c, a, b, _) => Op::FastCompareConstJump(c, a, b, target),
            Op::FastCompareFastJump(c, a, b, _) => Op::FastCompareFastJump(c, a, b, target),
            other => other,
        }
    }
}

/// Flags of a code object.
#[derive(Debug, Clone, Copy, Default)]
pub struct CodeFlags {
    pub varargs: bool,
    pub varkw: bool,
    pub generator: bool,
    /// Class bodies and module code use the name ops; functions use fast locals.
    pub uses_names: bool,
}

/// A compiled function, class body or module.
pub struct Code {
    pub name: Str,
    pub qualname: Str,
    pub filename: Arc<str>,
    pub source: Arc<str>,
    pub firstlineno: u32,
    pub ops: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Per instruction, the byte range in `source` of the node it runs (empty: none).
    pub spans: Vec<crate::syntax::span::Span>,
    pub consts: Vec<Value>,
    pub names: Vec<Str>,
    /// Fast locals: positional parameters, keyword-only parameters, *args, **kwargs, then others.
    pub varnames: Vec<Str>,
    pub cellvars: Vec<Str>,
    pub freevars: Vec<Str>,
    /// Parameters that live in cells: (cell slot, local slot) copied at frame start.
    pub cell_params: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlycount: u32,
    pub kwonlycount: u32,
    pub flags: CodeFlags,
    /// `argcount` when a call passing exactly that many positional arguments needs no binding
    /// (not a generator; no `*args`, `**kwargs`, keyword-only parameters or cells); `u32::MAX`
    /// otherwise. Checked by the eval loop's fast call path.
    pub fast_argcount: u32,
    /// First slot of this code object's entries in each thread's LoadGlobal cache (one per
    /// name), handed out by `alloc_cache_slots`.
    pub cache_base: u32,
    /// The docstring (first statement of a function body, when it is a string).
    pub doc: Option<Value>,
    /// A module's compile-time SyntaxWarnings, (line, message) in the order found; printed
    /// by whoever compiled it, before it runs. Empty for the code objects inside.
    pub warnings: Vec<(u32, String)>,
}

/// Reserves `n` LoadGlobal cache slots, unique across all code objects of the process.
pub fn alloc_cache_slots(n: usize) -> u32 {
    use std::sync::atomic::{AtomicU32, Ordering};
    static NEXT: AtomicU32 = AtomicU32::new(0);
    NEXT.fetch_add(n as u32, Ordering::Relaxed)
}

impl Code {
    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.firstlineno)
    }
    /// The source range of instruction `ip`'s node (empty when it has none).
    pub fn span_at(&self, ip: usize) -> crate::syntax::span::Span {
        self.spans.get(ip).copied().unwrap_or_default()
    }
    pub fn ncells(&self) -> usize {
        self.cellvars.len() + self.freevars.len()
    }
}

// Instructions are fetched on every dispatch: keep them one machine word.
const _: () = assert!(std::mem::size_of::<Op>() == 8);
