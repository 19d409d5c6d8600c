//! The virtual machine: one `Vm` per OS thread (its frame stack, handled exceptions and caches)
//! sharing one `Interp` (modules, sys settings, the GIL). The eval loop is in `eval`, calls and
//! argument binding in `call`, operators in `ops`, the object protocol in `protocol`, and
//! exception helpers in `error`.

pub mod call;
pub mod error;
pub mod eval;
pub mod frame;
pub mod gen;
pub mod ops;
pub mod protocol;

use crate::objects::{Dict, Value};
use frame::Frame;
use parking_lot::Mutex;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

pub use crate::objects::function::{KwArgs, PyResult};

/// State shared by every thread of one interpreter.
pub struct Interp {
    pub modules: Mutex<HashMap<String, Value>>,
    pub builtins: Arc<Dict>,
    pub argv: Mutex<Vec<String>>,
    pub recursion_limit: AtomicUsize,
    pub gil_enabled: bool,
    /// Folder of the main script, where `import other` looks for `other.mt`.
    pub script_dir: Mutex<Option<std::path::PathBuf>>,
    /// Set by the SIGINT handler; the eval loop raises KeyboardInterrupt in the main thread.
    pub interrupted: AtomicBool,
    pub switch_interval_us: AtomicUsize,
    /// The eval breaker: set when any thread must leave its fast path (Ctrl-C, a GIL drop
    /// request); polled on backward jumps and calls.
    pub breaker: AtomicBool,
}

impl Interp {
    /// Recomputes the eval breaker from the conditions that set it.
    pub fn refresh_breaker(&self) {
        let on =
            self.interrupted.load(Ordering::SeqCst) || crate::runtime::gil::drop_requested(self);
        self.breaker.store(on, Ordering::SeqCst);
    }

    pub fn recursion_limit(&self) -> usize {
        self.recursion_limit.load(Ordering::Relaxed)
    }
}

/// Per-thread interpreter state.
pub struct Vm {
    pub interp: Arc<Interp>,
    pub frames: Vec<Frame>,
    /// Exceptions being handled (innermost last), for `__context__` and bare `raise`.
    pub handled: Vec<Value>,
    /// Depth of Rust-level re-entry (natives calling back into mt), bounded to protect the
    /// Rust stack.
    pub native_depth: usize,
    pub is_main_thread: bool,
    /// Containers whose repr is being computed, to print `[...]` for self-references.
    pub repr_stack: Vec<usize>,
    /// Set while re-raising (bare `raise`, end of `finally`): no new traceback entry.
    pub reraising: bool,
    /// Recycled frame vectors: a call reuses them instead of allocating.
    pub fast_pool: Vec<Vec<Option<Value>>>,
    pub stack_pool: Vec<Vec<Value>>,
}

impl Vm {
    /// A frame for `code`, reusing pooled vectors.
    pub fn new_frame(&mut self, code: &Arc<crate::bytecode::Code>, globals: &Arc<Dict>) -> Frame {
        let mut fast = self.fast_pool.pop().unwrap_or_default();
        fast.resize(code.varnames.len(), None);
        let stack = self
            .stack_pool
            .pop()
            .unwrap_or_else(|| Vec::with_capacity(16));
        Frame::with_vecs(code.clone(), globals.clone(), fast, stack)
    }

    /// Returns a finished frame's vectors to the pools.
    pub fn recycle(&mut self, f: Frame) {
        let (mut fast, mut stack) = f.into_vecs();
        if self.fast_pool.len() < 128 {
            fast.clear();
            stack.clear();
            self.fast_pool.push(fast);
            self.stack_pool.push(stack);
        }
    }

    pub fn new(interp: Arc<Interp>, is_main_thread: bool) -> Vm {
        Vm {
            interp,
            frames: Vec::with_capacity(64),
            handled: Vec::new(),
            native_depth: 0,
            is_main_thread,
            repr_stack: Vec::new(),
            reraising: false,
            fast_pool: Vec::new(),
            stack_pool: Vec::new(),
        }
    }
}
