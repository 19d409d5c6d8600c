//! A frame: one activation of a code object. Frames live on their task's frame stack (the VM is
//! stackless: calling mt code from mt code pushes a frame, never a Rust stack frame); a
//! generator keeps its suspended frame in the generator object.

use crate::bytecode::{Code, Op};
use crate::objects::{Cell, Dict, Value};
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    Except,
    Finally,
    With,
}

/// An active exception handler (`try` or `with`).
#[derive(Debug, Clone, Copy)]
pub struct Block {
    pub kind: BlockKind,
    pub handler: u32,
    /// Operand stack height to restore before jumping to the handler.
    pub depth: u32,
    /// Height of the handled-exception stack when the block was entered, above the frame's
    /// `handled_base` (a generator resumes at another height).
    pub handled: u32,
}

/// What to do with a frame's result when it returns to the frame below. Plain data (no
/// `Value` inside), so reading it on return is one load.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnMode {
    /// Push the return value.
    Value,
    /// Drop the return value and step over the caller's `Pop` (`CallPop`, `CallMethodPop`).
    Discard,
    /// `__init__` ran for the instance the caller already has on its stack: check the
    /// result is None.
    Init,
    /// A generator frame resumed by `ForIter`: a yield pushes the value; a return pops the
    /// iterator and jumps to `exit` in the caller.
    ForIter { exit: u32 },
    /// A generator frame resumed by the `yield from` of the generator frame below it: a
    /// yield passes on out of that generator too (suspended at its YieldFrom, to send the
    /// next value in); a return replaces the sub-iterator on its stack with the value.
    YieldFrom,
}

pub struct Frame {
    /// Never assigned outside this file (`ops` points into it): see `retarget`.
    pub code: Arc<Code>,
    /// `code.ops`' buffer, so the eval loop's instruction fetch is one load shorter
    /// (frame -> ops -> op instead of frame -> code -> ops -> op).
    ops: OpsPtr,
    pub globals: Arc<Dict>,
    /// Class bodies: the namespace being built.
    pub locals_dict: Option<Arc<Dict>>,
    pub fast: Vec<Option<Value>>,
    pub stack: Vec<Value>,
    pub cells: Vec<Arc<Cell>>,
    pub ip: usize,
    pub blocks: Vec<Block>,
    pub ret: ReturnMode,
    /// The generator object this frame belongs to, while it runs; None otherwise (a plain
    /// `Value`, not an `Option`, so clearing it is one whole store: see `do_yield`).
    pub generator: Value,
    /// Handled-exception stack height at entry, restored when the frame unwinds.
    pub handled_base: usize,
    /// A suspended generator's exceptions being handled (its `except` blocks around a
    /// `yield`), put back on the handled stack when it resumes, as CPython saves a
    /// generator's exc_info.
    pub saved_handled: Vec<Value>,
}

/// A pointer to the instructions of the `Arc<Code>` its frame holds: they are never mutated
/// or moved while that `Arc` lives, so the pointer may travel with the frame across threads.
struct OpsPtr(*const Op);

// SAFETY: see `OpsPtr`: it points into immutable data owned (through an `Arc`) by the frame.
unsafe impl Send for OpsPtr {}
// SAFETY: as above; nothing is ever written through it.
unsafe impl Sync for OpsPtr {}

impl Frame {
    pub fn new(code: Arc<Code>, globals: Arc<Dict>) -> Frame {
        let nfast = code.varnames.len();
        Frame::with_vecs(code, globals, vec![None; nfast], Vec::with_capacity(8))
    }

    pub fn with_vecs(
        code: Arc<Code>,
        globals: Arc<Dict>,
        fast: Vec<Option<Value>>,
        stack: Vec<Value>,
    ) -> Frame {
        Frame {
            ops: OpsPtr(code.ops.as_ptr()),
            globals,
            locals_dict: None,
            fast,
            stack,
            cells: Vec::new(),
            ip: 0,
            blocks: Vec::new(),
            ret: ReturnMode::Value,
            generator: Value::None,
            handled_base: 0,
            saved_handled: Vec::new(),
            code,
        }
    }

    /// Re-targets a pooled frame at `code` (its vectors keep their capacity).
    pub fn reset(&mut self, code: &Arc<Code>, globals: &Arc<Dict>) {
        self.fast.resize(code.varnames.len(), None);
        self.retarget(code, globals);
    }

    /// Re-targets a pooled (cleared) frame at `code`, leaving `fast` empty.
    #[inline]
    pub fn retarget(&mut self, code: &Arc<Code>, globals: &Arc<Dict>) {
        if !Arc::ptr_eq(&self.code, code) {
            self.code = code.clone();
            self.ops = OpsPtr(code.ops.as_ptr());
        }
        if !Arc::ptr_eq(&self.globals, globals) {
            self.globals = globals.clone();
        }
        self.ip = 0;
        self.ret = ReturnMode::Value;
    }

    /// Pushes an int in one whole store (`Value::write_int` says why).
    #[inline(always)]
    pub fn push_int(&mut self, x: i64) {
        // SAFETY: the slot is within capacity and counted only once written.
        unsafe { self.push_with(|dst| Value::write_int(dst, x)) }
    }

    /// Pushes a bool in one whole store.
    #[inline(always)]
    pub fn push_bool(&mut self, b: bool) {
        // SAFETY: as `push_int`.
        unsafe { self.push_with(|dst| Value::write_bool(dst, b)) }
    }

    /// Pushes None in one whole store.
    #[inline(always)]
    pub fn push_none(&mut self) {
        // SAFETY: as `push_int`.
        unsafe { self.push_with(|dst| Value::write_none(dst)) }
    }

    /// Makes room for one value, lets `write` initialise the slot, then counts it.
    ///
    /// # Safety
    /// `write` must leave a valid value in the slot it is given.
    #[inline(always)]
    unsafe fn push_with(&mut self, write: impl FnOnce(*mut Value)) {
        self.stack.reserve(1);
        let len = self.stack.len();
        write(self.stack.as_mut_ptr().add(len));
        self.stack.set_len(len + 1);
    }

    /// Pushes local `i`; false when it is unbound.
    #[inline(always)]
    pub fn push_local(&mut self, i: usize) -> bool {
        debug_assert!(i < self.fast.len());
        // SAFETY: the compiler checks every local index against `varnames`, the length of
        // `fast` (`Compiler::pop_unit`).
        match unsafe { self.fast.get_unchecked(i) } {
            Some(v) => {
                push_clone(&mut self.stack, v);
                true
            }
            None => false,
        }
    }

    /// Drops what a finished frame holds, keeping capacity.
    #[inline]
    pub fn clear(&mut self) {
        // SAFETY: each slot is dropped once where it lies, then the lengths are reset.
        unsafe {
            for v in self.fast.iter_mut().flatten() {
                Value::drop_at(v);
            }
            self.fast.set_len(0);
            for v in self.stack.iter_mut() {
                Value::drop_at(v);
            }
            self.stack.set_len(0);
        }
        if !self.cells.is_empty() {
            self.cells.clear();
        }
        self.blocks.clear();
        if self.locals_dict.is_some() {
            self.locals_dict = None;
        }
        if !self.generator.is_none() {
            self.generator = Value::None;
        }
    }

    /// Local slot `i`. The compiler checks every local index against `varnames` (see
    /// `Compiler::pop_unit`) and every frame has one slot per name, so no bounds check.
    #[inline(always)]
    pub fn local(&self, i: usize) -> &Option<Value> {
        debug_assert!(i < self.fast.len());
        unsafe { self.fast.get_unchecked(i) }
    }

    #[inline(always)]
    pub fn local_mut(&mut self, i: usize) -> &mut Option<Value> {
        debug_assert!(i < self.fast.len());
        unsafe { self.fast.get_unchecked_mut(i) }
    }

    /// Stores the top of the operand stack in local `i` (StoreFast): the old value is dropped
    /// where it lies and the new one written over it.
    #[inline(always)]
    pub fn store_top(&mut self, i: usize) {
        let v = self.stack.pop().expect("operand stack underflow");
        let slot = self.local_mut(i);
        if let Some(old) = slot {
            // SAFETY: the old value is overwritten just below.
            unsafe { Value::drop_at(old) };
        }
        // SAFETY: the slot's old value was dropped above (or there was none).
        unsafe { std::ptr::write(slot, Some(v)) };
    }

    /// The start of this frame's instructions (valid while the frame keeps its code).
    #[inline(always)]
    pub fn ops_ptr(&self) -> *const Op {
        self.ops.0
    }

    /// The source line of the instruction being executed.
    pub fn line(&self) -> u32 {
        self.code.line_at(self.ip.saturating_sub(1))
    }

    /// The source range of the instruction being executed.
    pub fn span(&self) -> crate::syntax::span::Span {
        self.code.span_at(self.ip.saturating_sub(1))
    }
}

/// Pushes a new reference to `v`, copied memory to memory (`Value::clone_into` says why).
#[inline(always)]
pub fn push_clone(stack: &mut Vec<Value>, v: &Value) {
    stack.reserve(1);
    // SAFETY: the slot past the end is within capacity and counted only once written.
    unsafe {
        let len = stack.len();
        Value::clone_into(v, stack.as_mut_ptr().add(len));
        stack.set_len(len + 1);
    }
}
