//! The virtual machine: one `Vm` per OS thread (its frame stack, handled exceptions and caches)
//! sharing one `Interp` (modules, sys settings, the GIL). The eval loop is in `eval`, calls and
//! argument binding in `call`, class creation in `classes`, operators in `ops`, attribute access
//! in `attrs`, the rest of the object protocol in `protocol`, instances of subclasses of
//! built-in types in `subclass`, exception helpers in `error`, and the closing of dropped
//! generators in `finalize`.

pub mod attrs;
pub mod cache;
pub mod call;
pub mod classes;
pub mod error;
pub mod eval;
mod except_star;
pub mod finalize;
pub mod frame;
pub mod gen;
pub mod ops;
#[cfg(feature = "opstats")]
pub mod opstats;
pub mod protocol;
pub mod subclass;

use crate::objects::{Dict, Value};
use frame::Frame;
use parking_lot::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;

pub use crate::objects::function::{KwArgs, PyResult};

/// State shared by every thread of one interpreter.
pub struct Interp {
    /// `sys.modules`: name -> module.
    pub modules: Arc<Dict>,
    pub builtins: Arc<Dict>,
    pub argv: Mutex<Vec<String>>,
    pub recursion_limit: AtomicUsize,
    /// The GIL (a no-op when switched off at start).
    pub gil: crate::runtime::gil::Gil,
    /// `--switch-points=any`: the eval breaker is polled before every instruction, so the GIL
    /// can change hands anywhere (CPython 3.9's behaviour), not only at calls and backward jumps.
    pub switch_any: bool,
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
        let wanted =
            || self.interrupted.load(Ordering::SeqCst) || crate::runtime::gil::drop_requested(self);
        let on = wanted();
        self.breaker.store(on, Ordering::SeqCst);
        // A signal or drop request that arrived between the check and the store must not be lost.
        if !on && wanted() {
            self.breaker.store(true, Ordering::SeqCst);
        }
    }

    pub fn gil_enabled(&self) -> bool {
        self.gil.enabled
    }

    pub fn recursion_limit(&self) -> usize {
        self.recursion_limit.load(Ordering::Relaxed)
    }
}

/// Per-thread interpreter state.
pub struct Vm {
    pub interp: Arc<Interp>,
    /// Boxed so pushing and popping moves a pointer; finished frames return to `frame_pool`.
    pub frames: Vec<Box<Frame>>,
    /// Exceptions being handled (innermost last), for `__context__` and bare `raise`.
    pub handled: Vec<Value>,
    /// Depth of Rust-level re-entry (natives calling back into mt), bounded to protect the
    /// Rust stack.
    pub native_depth: usize,
    /// Closing dropped generators (`finalize`): not re-entered from their own calls.
    pub finalizing: bool,
    pub is_main_thread: bool,
    /// Copied from `Interp::switch_any`: poll the breaker before every instruction.
    pub switch_any: bool,
    /// This thread's `threading.get_ident()`.
    pub ident: u64,
    /// Unique per `Vm` for the life of the process (keys thread-local data; idents repeat).
    pub serial: u64,
    /// What `time.sleep` waits on (Ctrl-C wakes it).
    pub sleeper: Arc<crate::runtime::wait::Waitable<()>>,
    /// Stands in for the running frame while natives that read the frame stack run (see
    /// `Vm::call_with_frame_visible`).
    pub placeholder: Option<Box<Frame>>,
    /// Containers whose repr is being computed, to print `[...]` for self-references.
    pub repr_stack: Vec<usize>,
    /// Set while re-raising (bare `raise`, end of `finally`): no new traceback entry.
    pub reraising: bool,
    /// Set for an exception thrown into a generator: its context is only what the generator
    /// itself was handling, never the caller's (CPython's `_PyErr_ChainStackItem`).
    pub thrown: bool,
    /// How deep comparisons of containers are nested in Rust (`[a] == [b]` compares `a` and
    /// `b`), bounded like CPython's Py_EnterRecursiveCall so self-containing lists raise
    /// RecursionError instead of overflowing the stack.
    pub compare_depth: usize,
    /// How the last nested run of the eval loop ended: a generator yielded (true) or the
    /// frame returned (false); read by `gen_resume`.
    pub yielded: bool,
    /// Finished frames, kept with their vectors' capacity for the next call.
    pub frame_pool: Vec<Box<Frame>>,
    pub global_cache: Vec<cache::GlobalEntry>,
    pub method_cache: Box<[cache::MethodEntry]>,
    /// Attribute inline caches: per (code object, name) slot, the instance-dict entry index
    /// where the attribute was last found (see `Dict::read_str_hinted`).
    pub attr_hints: Vec<u32>,
}

impl Vm {
    /// A frame for `code`, reusing a pooled one when there is one.
    #[inline]
    pub fn new_frame(
        &mut self,
        code: &Arc<crate::bytecode::Code>,
        globals: &Arc<Dict>,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.reset(code, globals);
                f
            }
            None => Box::new(Frame::new(code.clone(), globals.clone())),
        }
    }

    /// A frame for `code` with no locals yet (the caller fills `fast`), reusing a pooled one.
    #[inline]
    pub fn new_frame_empty(
        &mut self,
        code: &Arc<crate::bytecode::Code>,
        globals: &Arc<Dict>,
    ) -> Box<Frame> {
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.retarget(code, globals);
                f
            }
            None => Box::new(Frame::with_vecs(
                code.clone(),
                globals.clone(),
                Vec::with_capacity(code.varnames.len()),
                Vec::with_capacity(8),
            )),
        }
    }

    /// Returns a finished frame to the pool, dropping the values it held.
    #[inline(always)]
    pub fn recycle(&mut self, mut f: Box<Frame>) {
        if self.frame_pool.len() < 256 {
            f.clear();
            self.frame_pool.push(f);
        }
    }

    /// The attribute inline-cache hint for cache slot `slot`.
    #[inline]
    pub fn attr_hint(&mut self, slot: usize) -> &mut u32 {
        if slot >= self.attr_hints.len() {
            self.attr_hints.resize(slot + 64, u32::MAX);
        }
        &mut self.attr_hints[slot]
    }

    pub fn new(interp: Arc<Interp>, is_main_thread: bool) -> Vm {
        Vm {
            switch_any: interp.switch_any,
            interp,
            frames: Vec::with_capacity(64),
            handled: Vec::new(),
            native_depth: 0,
            finalizing: false,
            is_main_thread,
            ident: crate::runtime::threads::current_ident(),
            serial: crate::objects::thread_local::next_serial(),
            sleeper: crate::runtime::wait::Waitable::new(()),
            placeholder: None,
            repr_stack: Vec::new(),
            reraising: false,
            thrown: false,
            compare_depth: 0,
            yielded: false,
            frame_pool: Vec::new(),
            global_cache: Vec::new(),
            attr_hints: Vec::new(),
            method_cache: vec![cache::MethodEntry::default(); cache::METHOD_CACHE_SIZE]
                .into_boxed_slice(),
        }
    }
}
