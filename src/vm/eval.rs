//! The eval loop. It runs the top frame of this thread's frame stack until the stack drops to
//! the depth it was entered at. mt-to-mt calls push a frame and continue in the same loop
//! (stackless); generator frames resumed by `for` loops are pushed the same way. Exceptions
//! unwind through `unwind`, which finds the innermost handler block or pops frames, adding a
//! traceback entry for every frame the exception passes through (as CPython's PyTraceBack_Here).

use super::call::NewInstance;
use super::error::*;
use super::frame::{push_clone, Block, BlockKind, Frame, ReturnMode};
use super::protocol::{char_str, class_of, norm_index, type_name};
use super::subclass::native_of;
use super::{PyResult, Vm};
use crate::bytecode::Op;
use crate::objects::class::{Layout, TbEntry};
use crate::objects::dict::quick_hash;
use crate::objects::methods::list as list_methods;
use crate::objects::names::names;
use crate::objects::object::IterState;
use crate::objects::{new_str, Dict, Function, ObjKind, Set, Str, Value};
use crate::syntax::ast::BinOp;
use smallvec::SmallVec;
use std::sync::Arc;

type Args = SmallVec<[Value; 8]>;

/// The frame on top of the frame stack (outside the loop, where the current frame is there).
macro_rules! top {
    ($s:ident) => {
        $s.frames.last_mut().expect("a frame is running")
    };
}

impl Vm {
    /// Runs until the frame stack is back to `stop` frames; the result of the frame that was
    /// at depth `stop`.
    pub fn run(&mut self, stop: usize) -> PyResult<Value> {
        self.run_with(stop, None)
    }

    /// Like `run`, raising `pending` in the top frame first (generator `throw`).
    pub fn run_with(&mut self, stop: usize, mut pending: Option<Value>) -> PyResult<Value> {
        loop {
            let err = match pending.take() {
                Some(e) => {
                    self.thrown = true;
                    e
                }
                None => match self.execute(stop) {
                    Ok(v) => return Ok(v),
                    Err(e) => e,
                },
            };
            self.unwind(err, stop)?;
        }
    }

    /// Finds a handler for `exc`, popping frames down to `stop`; Err when none catches it.
    fn unwind(&mut self, exc: Value, stop: usize) -> PyResult<()> {
        let mut exc = exc;
        loop {
            let reraise = std::mem::replace(&mut self.reraising, false);
            let thrown = std::mem::replace(&mut self.thrown, false);
            let frame = top!(self);
            if !reraise {
                if let Some(data) = exc_data(&exc) {
                    let mut d = data.lock();
                    if d.traceback.is_empty() && d.context.is_none() {
                        let handling = match thrown {
                            true => &self.handled[frame.handled_base.min(self.handled.len())..],
                            false => &self.handled[..],
                        };
                        if let Some(h) = handling.last() {
                            if !h.is(&exc) {
                                d.context = Some(h.clone());
                            }
                        }
                    }
                    d.traceback.push(TbEntry {
                        code: frame.code.clone(),
                        line: frame.line(),
                        span: frame.span(),
                    });
                }
            }
            let frame = top!(self);
            if let Some(block) = frame.blocks.pop() {
                frame.stack.truncate(block.depth as usize);
                frame.stack.push(exc.clone());
                frame.ip = block.handler as usize;
                let base = frame.handled_base;
                self.handled.truncate(base + block.handled as usize);
                self.handled.push(exc);
                return Ok(());
            }
            let f = self.frames.pop().expect("a frame is running");
            self.handled.truncate(f.handled_base);
            if !f.generator.is_none() {
                if let Some(gen) = gen_of(&f.generator) {
                    let mut st = gen.state.lock();
                    st.finished = true;
                    st.running = false;
                }
                if is_exc(&exc, "StopIteration") {
                    let e = super::error::exc("RuntimeError", "generator raised StopIteration");
                    if let Some(d) = exc_data(&e) {
                        let mut d = d.lock();
                        d.cause = Some(exc.clone());
                        d.context = Some(exc.clone());
                        d.suppress_context = true;
                    }
                    exc = e;
                }
            }
            if self.frames.len() <= stop {
                return Err(exc);
            }
        }
    }

    /// NameError for `name`, remembering the globals it was looked up in so the traceback
    /// printer can suggest a close name after the frames are gone.
    fn name_error(&self, name: &Str, globals: &Arc<Dict>) -> Value {
        let e = exc(
            "NameError",
            format!("name '{}' is not defined", name.as_str()),
        );
        if let Some(d) = exc_data(&e) {
            let mut d = d.lock();
            d.name = Some(Value::Str(name.clone()));
            d.obj = Some(Value::Dict(globals.clone()));
        }
        e
    }

    /// Hands a returning frame's value to its caller `frame`, as its return mode says.
    #[inline(always)]
    fn deliver(&mut self, frame: &mut Frame, v: Value, ret: ReturnMode) -> PyResult<()> {
        match ret {
            ReturnMode::Value => frame.stack.push(v),
            ReturnMode::Discard => {
                v.discard();
                frame.ip += 1;
            }
            ReturnMode::Init => {
                if !v.is_none() {
                    return type_error(format!(
                        "__init__() should return None, not '{}'",
                        type_name(&v)
                    ));
                }
            }
            ReturnMode::ForIter { exit } => {
                frame.stack.pop();
                frame.ip = exit as usize;
            }
            ReturnMode::YieldFrom => {
                frame.stack.pop();
                frame.stack.push(v);
            }
        }
        Ok(())
    }

    /// After the call of a `CallPop`/`CallMethodPop` (the `Pop` is still the next
    /// instruction): a native's result is dropped now and the `Pop` skipped; an mt callee
    /// that returns a plain value (not `__init__`'s instance) drops it and skips the `Pop`
    /// when it returns (`ReturnMode::Discard`). `depth` is the frame stack's height before
    /// the call: higher now means a frame was entered and `frame` is the callee.
    #[inline(always)]
    fn discard_result(&mut self, frame: &mut Frame, depth: usize) {
        if self.frames.len() > depth {
            if matches!(frame.ret, ReturnMode::Value) {
                frame.ret = ReturnMode::Discard;
            }
        } else {
            frame.stack.pop().expect("the call's result").discard();
            frame.ip += 1;
        }
    }

    /// Makes `callee` the current frame, its caller going onto the frame stack.
    #[inline]
    fn enter(&mut self, frame: &mut Box<Frame>, mut callee: Box<Frame>) -> PyResult<()> {
        if self.frame_depth() >= self.interp.recursion_limit() {
            self.recycle(callee);
            return raise("RecursionError", "maximum recursion depth exceeded");
        }
        callee.handled_base = self.handled.len();
        let caller = std::mem::replace(frame, callee);
        self.frames.push(caller);
        Ok(())
    }

    /// Runs the top frame. While it runs, the current frame lives in a local (not on
    /// `self.frames`, which holds its callers), so the loop reaches it without indexing the
    /// frame stack; it goes back on the stack when an exception leaves the loop.
    fn execute(&mut self, stop: usize) -> PyResult<Value> {
        let mut frame = self.frames.pop().expect("a frame is running");
        // Two instances of the loop, so the default one pays nothing for `--switch-points=any`.
        let r = if self.switch_any {
            self.exec_loop::<true>(&mut frame, stop)
        } else {
            self.exec_loop::<false>(&mut frame, stop)
        };
        match r {
            Ok(v) => {
                if self.yielded {
                    suspend_in_generator(frame);
                } else {
                    self.recycle(frame);
                }
                Ok(v)
            }
            Err(e) => {
                self.frames.push(frame);
                Err(e)
            }
        }
    }

    fn exec_loop<const SWITCH_ANY: bool>(
        &mut self,
        frame: &mut Box<Frame>,
        stop: usize,
    ) -> PyResult<Value> {
        // Inside the loop the current frame is the local `frame`.
        macro_rules! top {
            ($s:ident) => {
                &mut **frame
            };
        }
        macro_rules! pop {
            ($s:ident) => {
                frame.stack.pop().expect("operand stack underflow")
            };
        }
        macro_rules! push {
            ($s:ident, $v:expr) => {{
                let v = $v;
                frame.stack.push(v)
            }};
        }
        // Instruction bodies shared by an instruction and the superinstructions that end in it.
        macro_rules! load_global {
            ($i:expr) => {{
                // The frame is a local, not part of `self`: its globals and names are
                // borrowed, not cloned (no reference-count traffic per load).
                let i = $i as usize;
                let slot = frame.code.cache_base as usize + i;
                let name = &frame.code.names[i];
                match self.load_global(slot, &frame.globals, name) {
                    Some(v) => v,
                    None => return Err(self.name_error(name, &frame.globals)),
                }
            }};
        }
        macro_rules! load_method {
            ($obj:expr, $i:expr) => {{
                let obj: Value = $obj;
                let name = &frame.code.names[$i as usize];
                // A method found on the class: pushed unbound, then self.
                let pushed = match &obj {
                    Value::Instance(inst) if !self.has_custom_getattribute(&inst.class) => {
                        match self.cls_lookup_ref(&inst.class, name) {
                            Some(m @ Value::Function(_)) if inst.attrs.get_str(name).is_none() => {
                                push_clone(&mut frame.stack, m);
                                true
                            }
                            _ => false,
                        }
                    }
                    Value::Str(_)
                    | Value::List(_)
                    | Value::Dict(_)
                    | Value::Tuple(_)
                    | Value::Set(_)
                    | Value::Int(_)
                    | Value::Float(_) => match self.cls_lookup_ref(class_of(&obj), name) {
                        Some(m @ Value::Builtin(_)) => {
                            push_clone(&mut frame.stack, m);
                            true
                        }
                        _ => false,
                    },
                    // Locks, queues, events: methods from the native class (or an mt
                    // subclass of it), unless an instance attribute shadows them.
                    Value::Object(o)
                        if matches!(o.kind, ObjKind::Native { .. })
                            && crate::vm::protocol::local_data(&obj).is_none()
                            && crate::vm::protocol::native_attrs(&obj)
                                .is_none_or(|d| d.get_str(name).is_none()) =>
                    {
                        match class_of(&obj).lookup(name) {
                            Some(m @ (Value::Builtin(_) | Value::Function(_))) => {
                                frame.stack.push(m);
                                true
                            }
                            _ => false,
                        }
                    }
                    _ => false,
                };
                if pushed {
                    frame.stack.push(obj);
                } else {
                    let v = self.getattr(&obj, name)?;
                    frame.stack.push(v);
                    // The marker for "no receiver": None, which the unbound path never
                    // pushes as a receiver (no allocation, no shared refcount).
                    frame.push_none();
                }
            }};
        }
        macro_rules! store_attr {
            ($obj:expr, $v:expr, $i:expr) => {{
                let (obj, v): (&Value, Value) = ($obj, $v);
                let i = $i as usize;
                let name = &frame.code.names[i];
                match obj {
                    Value::Instance(inst)
                        if self.stores_in_dict(inst)
                            && !super::attrs::is_instance_special(name) =>
                    {
                        let slot = frame.code.cache_base as usize + i;
                        inst.attrs.set_str_hinted(name, v, self.attr_hint(slot));
                    }
                    _ => self.setattr(obj, name, v)?,
                }
            }};
        }
        // `a op b` pushed; small-int results take the whole-store push (`Value::write_int`).
        macro_rules! push_binary {
            ($bop:expr, $a:expr, $b:expr) => {{
                let (a, b): (&Value, &Value) = ($a, $b);
                let fast = int_fast_path($bop, a, b);
                match fast {
                    Some(r) => frame.push_int(r),
                    None => {
                        let r = self.binary($bop, a, b)?;
                        frame.stack.push(r);
                    }
                }
            }};
        }
        // `a op= b` pushed (small ints added or subtracted in place, with the whole-store
        // push); `a` is consumed.
        macro_rules! push_inplace {
            ($bop:expr, $a:expr, $b:expr) => {{
                let (a, b): (Value, &Value) = ($a, $b);
                // An int has no in-place operators: `a op= b` is `a op b`.
                let fast = int_fast_path($bop, &a, b);
                match fast {
                    Some(r) => frame.push_int(r),
                    None => {
                        let r = self.inplace($bop, &a, b);
                        a.discard();
                        frame.stack.push(r?);
                    }
                }
            }};
        }
        macro_rules! return_value {
            ($v:expr) => {{
                let v: Value = $v;
                self.handled.truncate(frame.handled_base);
                if !frame.generator.is_none() {
                    if let Some(gen) = gen_of(&frame.generator) {
                        let mut st = gen.state.lock();
                        st.finished = true;
                        st.running = false;
                    }
                }
                if self.frames.len() <= stop {
                    self.yielded = false;
                    return Ok(v);
                }
                let ret = frame.ret;
                let caller = self.frames.pop().expect("a caller frame");
                let finished = std::mem::replace(frame, caller);
                self.recycle(finished);
                if ret == ReturnMode::Value {
                    frame.stack.push(v);
                } else {
                    self.deliver(frame, v, ret)?;
                }
            }};
        }
        // The instruction pointer of the current frame, kept in locals so that fetching an
        // instruction does not wait on loads through the frame: `ops` is its code's
        // instructions, `ip` the index of the next one, and `cur` the frame they belong to.
        // `frame.ip` is kept equal to `ip` (`set_ip!`), for tracebacks and for the helpers
        // that read it; when the current frame changes (a call, a return, a yield), the loop
        // head notices and reloads both. A helper that moves the current frame's `ip` in
        // place is followed by `reload_ip!`.
        let mut cur: *const Frame = std::ptr::null();
        let mut ops = frame.ops_ptr();
        let mut ip = frame.ip;
        // After `del`: a generator whose last reference went closes now (`finalize`).
        // Deleting a global also empties the global-load cache, whose copy of the value
        // would keep it alive.
        macro_rules! finalize_dropped {
            (global) => {
                self.global_cache.clear();
                finalize_dropped!();
            };
            () => {
                if super::finalize::pending() {
                    self.run_finalizers();
                }
            };
        }
        macro_rules! set_ip {
            ($e:expr) => {{
                let t: usize = $e;
                ip = t;
                frame.ip = t;
            }};
        }
        macro_rules! reload_ip {
            () => {
                ip = frame.ip
            };
        }
        loop {
            if SWITCH_ANY {
                self.check_breaker()?;
            }
            let here: *const Frame = &**frame;
            if here != cur {
                cur = here;
                debug_assert!(std::ptr::eq(frame.ops_ptr(), frame.code.ops.as_ptr()));
                ops = frame.ops_ptr();
                ip = frame.ip;
            }
            // SAFETY: `ops` is the current frame's code (reloaded just above when the frame
            // changed), which that frame keeps alive; every code object ends in a return, so
            // `ip` stays in bounds.
            let op = unsafe { *ops.add(ip) };
            #[cfg(feature = "opstats")]
            super::opstats::note(op);
            set_ip!(ip + 1);
            match op {
                Op::Nop => {}
                Op::Pop => {
                    pop!(self).discard();
                }
                Op::PopIter => {
                    let it = pop!(self);
                    if let Value::Object(o) = &it {
                        if matches!(o.kind, ObjKind::Generator(_)) && Arc::strong_count(o) == 1 {
                            self.gen_close(&it)?;
                        }
                    }
                }
                Op::Dup => {
                    let f = top!(self);
                    let v = f.stack.last().expect("operand stack underflow").clone();
                    f.stack.push(v);
                }
                Op::Dup2 => {
                    let f = top!(self);
                    let n = f.stack.len();
                    let (a, b) = (f.stack[n - 2].clone(), f.stack[n - 1].clone());
                    f.stack.push(a);
                    f.stack.push(b);
                }
                Op::Rot2 => {
                    let f = top!(self);
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - 2);
                }
                Op::Rot3 => {
                    let f = top!(self);
                    let v = f.stack.pop().expect("operand stack underflow");
                    let n = f.stack.len();
                    f.stack.insert(n - 2, v);
                }
                Op::Rot4 => {
                    let f = top!(self);
                    let v = f.stack.pop().expect("operand stack underflow");
                    let n = f.stack.len();
                    f.stack.insert(n - 3, v);
                }
                Op::LoadConst(i) => {
                    let f = top!(self);
                    push_clone(&mut f.stack, &f.code.consts[i as usize]);
                }
                Op::LoadFast(i) => {
                    let f = top!(self);
                    if !f.push_local(i as usize) {
                        return Err(unbound_local(f, i));
                    }
                }
                Op::LocalInplaceConst(bop, l, m) | Op::LocalInplaceLocal(bop, l, m) => {
                    let f = &mut **frame;
                    let operand = match op {
                        Op::LocalInplaceLocal(..) => f.local(m as usize).as_ref(),
                        _ => f.code.consts.get(m as usize),
                    };
                    let fast = match (f.local(l as usize), operand) {
                        (Some(a), Some(b)) => int_fast_path(bop, a, b),
                        _ => None,
                    };
                    if let Some(r) = fast {
                        if let Some(a) = f.local_mut(l as usize) {
                            // SAFETY: the local holds an int (no reference to drop).
                            unsafe { Value::write_int(a, r) };
                        }
                        set_ip!(ip + 3);
                        continue;
                    }
                    // Anything else runs as LoadFast, then the instructions this covers.
                    if !f.push_local(l as usize) {
                        return Err(unbound_local(f, l as u32));
                    }
                }
                Op::StoreFast(i) => frame.store_top(i as usize),
                Op::DeleteFast(i) => {
                    let f = top!(self);
                    if f.fast[i as usize].take().is_none() {
                        let name = f.code.varnames[i as usize].as_str();
                        return raise(
                            "UnboundLocalError",
                            format!("cannot access local variable '{name}' where it is not associated with a value"),
                        );
                    }
                    finalize_dropped!();
                }
                Op::LoadDeref(i) => {
                    let f = top!(self);
                    if f.cells[i as usize]
                        .read(|v| push_clone(&mut f.stack, v))
                        .is_none()
                    {
                        return Err(self.unbound_deref(frame, i));
                    }
                }
                Op::StoreDeref(i) => {
                    let f = top!(self);
                    let v = f.stack.pop().expect("operand stack underflow");
                    f.cells[i as usize].set(Some(v));
                }
                Op::DeleteDeref(i) => {
                    let f = top!(self);
                    f.cells[i as usize].set(None);
                }
                Op::LoadClosure(i) => {
                    let f = top!(self);
                    let c = f.cells[i as usize].clone();
                    f.stack.push(Value::object(ObjKind::Cell(c)));
                }
                Op::LoadGlobal(i) => {
                    let v = load_global!(i);
                    push_clone(&mut frame.stack, v);
                }
                Op::GlobalMethod(g, m) => {
                    let obj = load_global!(g).clone();
                    set_ip!(ip + 1);
                    load_method!(obj, m);
                }
                Op::StoreGlobal(i) => {
                    // A module-level loop stores the same global over and over: the entry
                    // index is remembered like an attribute's (no hashing, no key clone).
                    let v = pop!(self);
                    let slot = frame.code.cache_base as usize + i as usize;
                    let hint = self.attr_hint(slot);
                    frame
                        .globals
                        .set_str_hinted(&frame.code.names[i as usize], v, hint);
                }
                Op::DeleteGlobal(i) => {
                    let f = top!(self);
                    let name = f.code.names[i as usize].clone();
                    if f.globals.remove_str(&name).is_none() {
                        return Err(self.name_error(&name, &frame.globals));
                    }
                    finalize_dropped!(global);
                }
                Op::LoadName(i) => {
                    let f = top!(self);
                    let name = f.code.names[i as usize].clone();
                    let found = f
                        .locals_dict
                        .as_ref()
                        .and_then(|d| d.get_str(&name))
                        .or_else(|| f.globals.get_str(&name))
                        .or_else(|| self.builtins_of(&f.globals).get_str(&name));
                    match found {
                        Some(v) => push!(self, v),
                        None => return Err(self.name_error(&name, &frame.globals)),
                    }
                }
                Op::StoreName(i) => {
                    let f = top!(self);
                    let v = f.stack.pop().expect("operand stack underflow");
                    let name = f.code.names[i as usize].clone();
                    match &f.locals_dict {
                        Some(d) => d.set_str(name, v),
                        None => f.globals.set_str(name, v),
                    }
                }
                Op::DeleteName(i) => {
                    let f = top!(self);
                    let name = f.code.names[i as usize].clone();
                    let removed = match &f.locals_dict {
                        Some(d) => d.remove_str(&name),
                        None => f.globals.remove_str(&name),
                    };
                    if removed.is_none() {
                        return Err(self.name_error(&name, &frame.globals));
                    }
                    drop(removed);
                    finalize_dropped!(global);
                }
                Op::LoadAttr(i) => {
                    let obj = pop!(self);
                    // The name and the object are borrowed from the frame (no refcounting).
                    let slot = frame.code.cache_base as usize + i as usize;
                    let f = &mut **frame;
                    self.push_attr(&mut f.stack, &obj, &f.code.names[i as usize], slot)?;
                }
                Op::LoadFastAttr(l, n) | Op::ReturnFastAttr(l, n) => {
                    set_ip!(ip + 1);
                    let f = &mut **frame;
                    // SAFETY: local indices are checked by the compiler (`Compiler::pop_unit`).
                    let Some(obj) = (unsafe { f.fast.get_unchecked(l as usize) }) else {
                        return Err(unbound_at(frame, 2, l as u32));
                    };
                    let slot = f.code.cache_base as usize + n as usize;
                    self.push_attr(&mut f.stack, obj, &f.code.names[n as usize], slot)?;
                    if let Op::ReturnFastAttr(..) = op {
                        let v = pop!(self);
                        return_value!(v);
                    }
                }
                Op::LoadFastDupAttr(l, n)
                | Op::AttrInplaceFast(_, l, n, _)
                | Op::AttrInplaceConst(_, l, n, _) => {
                    if !matches!(op, Op::LoadFastDupAttr(..)) && self.attr_inplace_int(frame, op) {
                        set_ip!(ip + 6);
                        continue;
                    }
                    // Anything else runs as LoadFastDupAttr, then the in-place and store
                    // instructions an AttrInplace covers.
                    if !frame.push_local(l as usize) {
                        return Err(unbound_local(frame, l as u32));
                    }
                    set_ip!(ip + 2);
                    let f = &mut **frame;
                    let slot = f.code.cache_base as usize + n as usize;
                    // SAFETY: as LoadFastAttr; the local was just found bound.
                    let Some(obj) = (unsafe { f.fast.get_unchecked(l as usize) }) else {
                        unreachable!("the local was just pushed");
                    };
                    self.push_attr(&mut f.stack, obj, &f.code.names[n as usize], slot)?;
                }
                Op::LoadFast2(a, b) => {
                    if !frame.push_local(a as usize) {
                        return Err(unbound_local(frame, a as u32));
                    }
                    if !frame.push_local(b as usize) {
                        return Err(unbound_local(frame, b as u32));
                    }
                    set_ip!(ip + 1);
                }
                Op::BinaryConst(bop, c) => {
                    set_ip!(ip + 1);
                    let a = pop!(self);
                    push_binary!(bop, &a, &frame.code.consts[c as usize]);
                    a.discard();
                }
                Op::CompareJump(cop, t) => {
                    let b = pop!(self);
                    let a = pop!(self);
                    let truth = self.compare_truth(cop, &a, &b);
                    a.discard();
                    b.discard();
                    if truth? {
                        set_ip!(ip + 1);
                    } else {
                        set_ip!(t as usize);
                    }
                }
                Op::FastBinaryConst(bop, l, c) => {
                    set_ip!(ip + 2);
                    let Some(a) = frame.local(l as usize) else {
                        return Err(unbound_at(frame, 3, l as u32));
                    };
                    push_binary!(bop, a, &frame.code.consts[c as usize]);
                }
                Op::CallFastBinaryConst(bop, l, c) => {
                    set_ip!(ip + 2);
                    let Some(a) = frame.local(l as usize) else {
                        return Err(unbound_at(frame, 3, l as u32));
                    };
                    push_binary!(bop, a, &frame.code.consts[c as usize]);
                    // Past the Call: a callee returns here.
                    set_ip!(ip + 1);
                    let func_pos = frame.stack.len() - 2;
                    self.call_at(frame, func_pos, 1)?;
                }
                Op::FastBinaryFast(bop, l, m) => {
                    set_ip!(ip + 2);
                    let (a, b) = two_locals(frame, l, m)?;
                    push_binary!(bop, a, b);
                }
                Op::FastCompareConstJump(cop, l, c, t) => {
                    set_ip!(ip + 2);
                    let Some(a) = frame.local(l as usize) else {
                        return Err(unbound_at(frame, 3, l as u32));
                    };
                    let b = &frame.code.consts[c as usize];
                    if self.compare_truth(cop, a, b)? {
                        set_ip!(ip + 1);
                    } else {
                        set_ip!(t as usize);
                    }
                }
                Op::FastCompareFastJump(cop, l, m, t) => {
                    set_ip!(ip + 2);
                    let (a, b) = two_locals(frame, l as u16, m as u16)?;
                    if self.compare_truth(cop, a, b)? {
                        set_ip!(ip + 1);
                    } else {
                        set_ip!(t as usize);
                    }
                }
                Op::StoreAttr(i) => {
                    let obj = pop!(self);
                    let v = pop!(self);
                    store_attr!(&obj, v, i);
                }
                Op::StoreFastAttr(l, n) => {
                    set_ip!(ip + 1);
                    let v = pop!(self);
                    // The object stays borrowed from the locals: no reference-count traffic.
                    let Some(obj) = frame.local(l as usize) else {
                        return Err(unbound_at(frame, 2, l as u32));
                    };
                    store_attr!(obj, v, n);
                }
                Op::RotStoreAttr(n) => {
                    set_ip!(ip + 1);
                    let v = pop!(self);
                    let obj = pop!(self);
                    store_attr!(&obj, v, n);
                }
                Op::DeleteAttr(i) => {
                    let f = top!(self);
                    let name = f.code.names[i as usize].clone();
                    let obj = f.stack.pop().expect("operand stack underflow");
                    self.delattr(&obj, &name)?;
                }
                Op::LoadMethod(i) => {
                    let obj = pop!(self);
                    load_method!(obj, i);
                }
                Op::CallMethod(n) | Op::CallMethodPop(n) => {
                    let func_pos = frame.stack.len() - n as usize - 2;
                    // The slice pattern holds only when n == 1.
                    if matches!(&frame.stack[func_pos..], [Value::Builtin(b), Value::List(_), _]
                        if list_methods::is_append(b))
                    {
                        // Checked just above: [list.append, the list, the item].
                        let item = pop!(self);
                        let list = pop!(self);
                        if let Value::List(l) = &list {
                            l.items.lock().push(item);
                        }
                        list.discard();
                        pop!(self).discard();
                        if matches!(op, Op::CallMethodPop(_)) {
                            set_ip!(ip + 1);
                        } else {
                            frame.push_none();
                        }
                        continue;
                    }
                    let f = top!(self);
                    let mut nargs = n as usize + 1;
                    if matches!(f.stack[func_pos + 1], Value::None) {
                        // No unbound method: [callable, marker, args...] is a plain call.
                        f.stack.remove(func_pos + 1);
                        nargs = n as usize;
                    }
                    let depth = self.frames.len();
                    self.call_at(frame, func_pos, nargs)?;
                    if matches!(op, Op::CallMethodPop(_)) {
                        self.discard_result(frame, depth);
                        reload_ip!();
                    }
                }
                Op::Call(n) | Op::CallPop(n) => {
                    let func_pos = frame.stack.len() - n as usize - 1;
                    let depth = self.frames.len();
                    self.call_at(frame, func_pos, n as usize)?;
                    if matches!(op, Op::CallPop(_)) {
                        self.discard_result(frame, depth);
                        reload_ip!();
                    }
                }
                Op::CallKw(n) => {
                    let f = top!(self);
                    let kwnames = f.stack.pop().expect("operand stack underflow");
                    let names_t: Vec<Value> = match &kwnames {
                        Value::Tuple(t) => t.items.to_vec(),
                        _ => vec![],
                    };
                    let len = f.stack.len();
                    let mut args: Args = f.stack.drain(len - n as usize..).collect();
                    let func = f.stack.pop().expect("operand stack underflow");
                    let kwvals: Vec<Value> = args.drain(args.len() - names_t.len()..).collect();
                    let kw: Vec<(Str, Value)> = names_t
                        .into_iter()
                        .zip(kwvals)
                        .filter_map(|(k, v)| match k {
                            Value::Str(s) => Some((s, v)),
                            _ => None,
                        })
                        .collect();
                    self.call_value(frame, func, args, &kw)?;
                }
                Op::CallEx => {
                    let kwargs = pop!(self);
                    let args = pop!(self);
                    let func = pop!(self);
                    let args: Args = match &args {
                        Value::Tuple(t) => t.items.iter().cloned().collect(),
                        other => self.to_vec(other)?.into_iter().collect(),
                    };
                    let mut kw: Vec<(Str, Value)> = Vec::new();
                    if let Value::Dict(d) = &kwargs {
                        for (k, v) in d.items() {
                            match k {
                                Value::Str(s) => kw.push((s, v)),
                                _ => return type_error("keywords must be strings"),
                            }
                        }
                    }
                    self.call_value(frame, func, args, &kw)?;
                }
                Op::Subscript => {
                    let key = pop!(self);
                    let obj = pop!(self);
                    match (&obj, &key) {
                        (Value::Str(s), Value::Int(i)) if s.is_ascii() => {
                            if let Some(j) = norm_index(*i, s.char_len()) {
                                let c = s.as_str().as_bytes()[j] as char;
                                frame.stack.push(Value::Str(char_str(c)));
                                obj.discard();
                                continue;
                            }
                        }
                        (Value::List(l), Value::Int(i)) => {
                            let items = l.items.lock();
                            if let Some(j) = norm_index(*i, items.len()) {
                                push_clone(&mut frame.stack, &items[j]);
                                drop(items);
                                key.discard();
                                obj.discard();
                                continue;
                            }
                        }
                        (Value::Dict(d), _) => {
                            if let Some(h) = quick_hash(&key) {
                                let stack = &mut frame.stack;
                                if let Ok(Some(())) =
                                    d.read_hashed(h, &key, |v| push_clone(stack, v))
                                {
                                    key.discard();
                                    obj.discard();
                                    continue;
                                }
                            }
                        }
                        _ => {}
                    }
                    let v = self.getitem(&obj, &key)?;
                    push!(self, v);
                }
                Op::StoreSubscr => {
                    let key = pop!(self);
                    let obj = pop!(self);
                    let v = pop!(self);
                    if let (Value::Dict(d), Some(h)) = (&obj, quick_hash(&key)) {
                        match d.set_hashed(h, key, v) {
                            Ok(()) => obj.discard(),
                            Err((key, v)) => self.setitem(&obj, &key, v)?,
                        }
                        continue;
                    }
                    self.setitem(&obj, &key, v)?;
                }
                Op::DeleteSubscr => {
                    let key = pop!(self);
                    let obj = pop!(self);
                    self.delitem(&obj, &key)?;
                }
                Op::Binary(bop) => {
                    if fold_top2_int(frame, bop) {
                        continue;
                    }
                    let b = pop!(self);
                    let a = pop!(self);
                    push_binary!(bop, &a, &b);
                    a.discard();
                    b.discard();
                }
                Op::Inplace(bop) => {
                    // An int has no in-place operators: `a op= b` is `a op b`.
                    if fold_top2_int(frame, bop) {
                        continue;
                    }
                    let b = pop!(self);
                    let a = pop!(self);
                    push_inplace!(bop, a, &b);
                    b.discard();
                }
                Op::FastInplace(bop, l) => {
                    set_ip!(ip + 1);
                    let a = pop!(self);
                    // The operand stays borrowed from the locals.
                    let Some(b) = frame.local(l as usize) else {
                        return Err(unbound_at(frame, 2, l as u32));
                    };
                    push_inplace!(bop, a, b);
                }
                Op::ConstInplace(bop, c) => {
                    set_ip!(ip + 1);
                    let a = pop!(self);
                    push_inplace!(bop, a, &frame.code.consts[c as usize]);
                }
                Op::Neg => {
                    let a = pop!(self);
                    let r = self.neg(&a)?;
                    push!(self, r);
                }
                Op::Pos => {
                    let a = pop!(self);
                    let r = self.pos(&a)?;
                    push!(self, r);
                }
                Op::Invert => {
                    let a = pop!(self);
                    let r = self.invert(&a)?;
                    push!(self, r);
                }
                Op::Not => {
                    let a = pop!(self);
                    let r = self.truthy(&a)?;
                    frame.push_bool(!r);
                }
                Op::Compare(cop) => {
                    let f = top!(self);
                    let b = f.stack.pop().expect("operand stack underflow");
                    let a = f.stack.pop().expect("operand stack underflow");
                    if let (Value::Int(x), Value::Int(y)) = (&a, &b) {
                        use crate::syntax::ast::CmpOp::*;
                        let r = match cop {
                            Lt => Some(x < y),
                            LtE => Some(x <= y),
                            Gt => Some(x > y),
                            GtE => Some(x >= y),
                            Eq | Is => Some(x == y),
                            NotEq | IsNot => Some(x != y),
                            _ => None,
                        };
                        if let Some(r) = r {
                            f.push_bool(r);
                            continue;
                        }
                    }
                    let r = self.compare(cop, &a, &b);
                    a.discard();
                    b.discard();
                    push!(self, r?);
                }
                Op::Jump(t) => {
                    if (t as usize) < ip {
                        self.check_breaker()?;
                    }
                    set_ip!(t as usize);
                }
                Op::JumpIfFalse(t) => {
                    let v = pop!(self);
                    let truth = match v {
                        Value::Bool(b) => b,
                        ref other => self.truthy(other)?,
                    };
                    if !truth {
                        set_ip!(t as usize);
                    }
                }
                Op::JumpIfTrue(t) => {
                    let v = pop!(self);
                    let truth = match v {
                        Value::Bool(b) => b,
                        ref other => self.truthy(other)?,
                    };
                    if truth {
                        set_ip!(t as usize);
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = top!(self)
                        .stack
                        .last()
                        .expect("operand stack underflow")
                        .clone();
                    if !self.truthy(&v)? {
                        set_ip!(t as usize);
                    } else {
                        pop!(self);
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = top!(self)
                        .stack
                        .last()
                        .expect("operand stack underflow")
                        .clone();
                    if self.truthy(&v)? {
                        set_ip!(t as usize);
                    } else {
                        pop!(self);
                    }
                }
                Op::GetIter => {
                    let v = pop!(self);
                    let it = self.iter(&v)?;
                    push!(self, it);
                }
                Op::ForIter(_) | Op::ForIterStore(..) | Op::JumpForIter(_) => {
                    // A loop's back edge runs the loop head it jumps to, with no dispatch of
                    // its own.
                    let head = match op {
                        Op::JumpForIter(t) => {
                            set_ip!(t as usize + 1);
                            frame.code.ops[t as usize]
                        }
                        _ => op,
                    };
                    // The item goes straight into a local when the head is ForIterStore
                    // (its StoreFast, next, is then skipped); otherwise it is pushed.
                    let (target, store) = match head {
                        Op::ForIterStore(t, l) => (t, Some(l as usize)),
                        Op::ForIter(t) => (t, None),
                        _ => unreachable!("JumpForIter jumps to a loop head"),
                    };
                    macro_rules! stored {
                        () => {
                            if let Some(l) = store {
                                set_ip!(ip + 1);
                                frame.store_top(l);
                            }
                        };
                    }
                    // Ranges and lists step in place, the iterator borrowed from the stack;
                    // a list item is cloned straight into the slot above it.
                    frame.stack.reserve(1);
                    let len = frame.stack.len();
                    // SAFETY: within capacity; the slot is counted (`set_len`) only once
                    // written, and the reservation keeps it from moving meanwhile.
                    let above = unsafe { frame.stack.as_mut_ptr().add(len) };
                    let stepped = match frame.stack.last() {
                        Some(Value::Object(o)) => match &o.kind {
                            ObjKind::Iter(st) => {
                                let mut s = st.lock();
                                match &mut *s {
                                    IterState::Range {
                                        cur,
                                        stop: end,
                                        step,
                                    } => {
                                        if (*step > 0 && *cur < *end) || (*step < 0 && *cur > *end)
                                        {
                                            let v = *cur;
                                            *cur = cur.wrapping_add(*step);
                                            Step::Int(v)
                                        } else {
                                            Step::Done
                                        }
                                    }
                                    IterState::Seq {
                                        seq: Value::List(l),
                                        idx,
                                    } => {
                                        let found = l.items.lock().get(*idx).map(|item| {
                                            // SAFETY: see `above`.
                                            unsafe { Value::clone_into(item, above) }
                                        });
                                        if found.is_some() {
                                            *idx += 1;
                                            Step::Pushed
                                        } else {
                                            *s = IterState::Done;
                                            Step::Done
                                        }
                                    }
                                    _ => Step::General,
                                }
                            }
                            _ => Step::General,
                        },
                        _ => Step::General,
                    };
                    let next = match stepped {
                        Step::Int(v) => {
                            frame.push_int(v);
                            stored!();
                            continue;
                        }
                        Step::Pushed => {
                            // SAFETY: the item was just written to `above`.
                            unsafe { frame.stack.set_len(len + 1) };
                            stored!();
                            continue;
                        }
                        Step::Done => None,
                        Step::General => {
                            let it = frame.stack.last().expect("operand stack underflow");
                            if gen_of(it).is_some() {
                                // The value a yield sends back is pushed here, and the
                                // StoreFast after the head (not skipped) stores it.
                                self.resume_generator_for(frame, target)?;
                                reload_ip!();
                                continue;
                            }
                            let it = it.clone();
                            self.next(&it)?
                        }
                    };
                    match next {
                        Some(v) => {
                            frame.stack.push(v);
                            stored!();
                        }
                        None => {
                            frame.stack.pop();
                            set_ip!(target as usize);
                        }
                    }
                }
                Op::MakeFunction(flags) => {
                    let qualname = pop!(self);
                    let code = pop!(self);
                    let closure = if flags & 8 != 0 {
                        Some(pop!(self))
                    } else {
                        None
                    };
                    let annotations = if flags & 4 != 0 {
                        Some(pop!(self))
                    } else {
                        None
                    };
                    let kwdefaults = if flags & 2 != 0 {
                        Some(pop!(self))
                    } else {
                        None
                    };
                    let defaults = if flags & 1 != 0 {
                        Some(pop!(self))
                    } else {
                        None
                    };
                    let Value::Object(co) = &code else {
                        return raise("SystemError", "bad code object");
                    };
                    let ObjKind::Code(code) = &co.kind else {
                        return raise("SystemError", "bad code object");
                    };
                    let cells = match &closure {
                        Some(Value::Tuple(t)) => t
                            .items
                            .iter()
                            .filter_map(|c| match c {
                                Value::Object(o) => match &o.kind {
                                    ObjKind::Cell(c) => Some(c.clone()),
                                    _ => None,
                                },
                                _ => None,
                            })
                            .collect(),
                        _ => Vec::new(),
                    };
                    let kwdefaults = match &kwdefaults {
                        Some(Value::Dict(d)) => d
                            .items()
                            .into_iter()
                            .filter_map(|(k, v)| match k {
                                Value::Str(s) => Some((s, v)),
                                _ => None,
                            })
                            .collect(),
                        _ => Vec::new(),
                    };
                    let defaults = match defaults {
                        Some(Value::Tuple(t)) => t.items.to_vec(),
                        _ => Vec::new(),
                    };
                    let qualname = match qualname {
                        Value::Str(s) => s,
                        _ => code.qualname.clone(),
                    };
                    let globals = top!(self).globals.clone();
                    let func =
                        Function::new(code.clone(), globals, defaults, kwdefaults, cells, qualname);
                    if annotations.is_some() {
                        func.set_annotations(annotations);
                    }
                    push!(self, Value::Function(Arc::new(func)));
                }
                Op::BuildClass(n) | Op::BuildClassKw(n) => {
                    let mut kwargs = Vec::new();
                    if let Op::BuildClassKw(_) = op {
                        if let Value::Dict(d) = pop!(self) {
                            for (k, v) in d.items() {
                                if let Value::Str(k) = k {
                                    kwargs.push((k, v));
                                }
                            }
                        }
                    }
                    let f = top!(self);
                    let len = f.stack.len();
                    let bases: Vec<Value> = f.stack.drain(len - n as usize..).collect();
                    let name = f.stack.pop().expect("operand stack underflow");
                    let body = f.stack.pop().expect("operand stack underflow");
                    let cls = self.build_class(body, name, bases, kwargs)?;
                    push!(self, cls);
                }
                Op::BuildTuple(n) => {
                    let f = top!(self);
                    let len = f.stack.len();
                    let items: Vec<Value> = f.stack.drain(len - n as usize..).collect();
                    f.stack.push(Value::tuple(items));
                }
                Op::BuildList(n) => {
                    let f = top!(self);
                    let len = f.stack.len();
                    let items: Vec<Value> = f.stack.drain(len - n as usize..).collect();
                    f.stack.push(Value::list(items));
                }
                Op::BuildSet(n) => {
                    let f = top!(self);
                    let len = f.stack.len();
                    let items: Vec<Value> = f.stack.drain(len - n as usize..).collect();
                    let set = Set::empty(false);
                    for it in items {
                        set.table.add(self, it)?;
                    }
                    push!(self, Value::Set(set));
                }
                Op::BuildMap(n) => {
                    let f = top!(self);
                    let len = f.stack.len();
                    let items: Vec<Value> = f.stack.drain(len - 2 * n as usize..).collect();
                    let d = Arc::new(Dict::new());
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        d.set(self, k, v)?;
                    }
                    push!(self, Value::Dict(d));
                }
                Op::BuildSlice(n) => {
                    let step = if n == 3 { pop!(self) } else { Value::None };
                    let stop_v = pop!(self);
                    let start = pop!(self);
                    push!(self, Value::object(ObjKind::Slice(start, stop_v, step)));
                }
                Op::BuildString(n) => {
                    let f = top!(self);
                    let len = f.stack.len();
                    let mut s = String::new();
                    for v in f.stack.drain(len - n as usize..) {
                        if let Value::Str(p) = v {
                            s.push_str(p.as_str());
                        }
                    }
                    f.stack.push(Value::string(s));
                }
                Op::ListAppend(d) => {
                    let f = top!(self);
                    let v = f.stack.pop().expect("operand stack underflow");
                    let n = f.stack.len();
                    if let Value::List(l) = &f.stack[n - d as usize] {
                        l.items.lock().push(v);
                    }
                }
                Op::SetAdd(d) => {
                    let f = top!(self);
                    let v = f.stack.pop().expect("operand stack underflow");
                    let n = f.stack.len();
                    let s = f.stack[n - d as usize].clone();
                    if let Value::Set(s) = &s {
                        s.table.add(self, v)?;
                    }
                }
                Op::MapAdd(d) => {
                    let f = top!(self);
                    let v = f.stack.pop().expect("operand stack underflow");
                    let k = f.stack.pop().expect("operand stack underflow");
                    let n = f.stack.len();
                    let m = f.stack[n - d as usize].clone();
                    if let Value::Dict(m) = &m {
                        m.set(self, k, v)?;
                    }
                }
                Op::ListExtend(in_call) => {
                    let src = pop!(self);
                    let items = match self.to_vec(&src) {
                        Ok(items) => items,
                        Err(e) if is_exc(&e, "TypeError") && !self.is_iterable(&src) => {
                            let what = if in_call == 1 {
                                let n = frame.stack.len();
                                let callee = frame.stack[n.saturating_sub(2)].clone();
                                format!("{} argument", self.function_str(&callee))
                            } else {
                                "Value".to_string()
                            };
                            return type_error(format!(
                                "{what} after * must be an iterable, not {}",
                                type_name(&src)
                            ));
                        }
                        Err(e) => return Err(e),
                    };
                    if let Value::List(l) =
                        top!(self).stack.last().expect("operand stack underflow")
                    {
                        l.items.lock().extend(items);
                    }
                }
                Op::SetUpdate => {
                    let src = pop!(self);
                    let s = top!(self)
                        .stack
                        .last()
                        .expect("operand stack underflow")
                        .clone();
                    if let Value::Set(s) = &s {
                        crate::objects::methods::set::update_internal(self, &s.table, &src)?;
                    }
                }
                Op::DictUpdate | Op::DictMerge => {
                    self.dict_update(&mut frame.stack, op == Op::DictMerge)?;
                }
                Op::ListToTuple => {
                    let v = pop!(self);
                    let items = match &v {
                        Value::List(l) => l.items.lock().clone(),
                        _ => Vec::new(),
                    };
                    push!(self, Value::tuple(items));
                }
                Op::UnpackSequence(n) => {
                    let seq = pop!(self);
                    let items = self.unpack(&seq, n as usize)?;
                    let f = top!(self);
                    f.stack.extend(items.into_iter().rev());
                }
                Op::UnpackEx(arg) => {
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let seq = pop!(self);
                    let items = self.to_vec(&seq).map_err(|e| self.unpack_error(&seq, e))?;
                    if items.len() < before + after {
                        return value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        ));
                    }
                    let mid = items[before..items.len() - after].to_vec();
                    let f = top!(self);
                    for v in items[items.len() - after..].iter().rev() {
                        f.stack.push(v.clone());
                    }
                    f.stack.push(Value::list(mid));
                    for v in items[..before].iter().rev() {
                        f.stack.push(v.clone());
                    }
                }
                Op::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 {
                        Some(pop!(self))
                    } else {
                        None
                    };
                    let v = pop!(self);
                    let v = match flags & 3 {
                        1 => self.str_value(&v)?,
                        2 => Value::string(self.repr(&v)?),
                        3 => Value::string(crate::builtins::ascii_of(&self.repr(&v)?)),
                        _ => v,
                    };
                    let spec_s = match &spec {
                        Some(Value::Str(s)) => s.as_str().to_string(),
                        _ => String::new(),
                    };
                    // An instance's `__format__` sees even an empty spec, as in CPython.
                    let r = if spec_s.is_empty() && !matches!(v, Value::Instance(_)) {
                        self.str_value(&v)?
                    } else {
                        Value::string(self.format(&v, &spec_s)?)
                    };
                    push!(self, r);
                }
                Op::ReturnValue => {
                    let v = pop!(self);
                    return_value!(v);
                }
                Op::BinaryReturn(bop) => {
                    let v = match pop2_int_op(frame, bop) {
                        Some(r) => Value::Int(r),
                        None => {
                            let b = pop!(self);
                            let a = pop!(self);
                            let r = self.binary(bop, &a, &b);
                            a.discard();
                            b.discard();
                            r?
                        }
                    };
                    set_ip!(ip + 1);
                    return_value!(v);
                }
                Op::ReturnFast(l) => {
                    set_ip!(ip + 1);
                    // The frame dies with this return: its local moves out, no new reference.
                    let Some(v) = frame.local_mut(l as usize).take() else {
                        return Err(unbound_at(frame, 2, l as u32));
                    };
                    return_value!(v);
                }
                Op::ReturnConst(c) => {
                    set_ip!(ip + 1);
                    let v = frame.code.consts[c as usize].clone();
                    return_value!(v);
                }
                Op::YieldValue => {
                    let v = pop!(self);
                    if let Some(v) = self.do_yield(frame, v, stop) {
                        return Ok(v);
                    }
                }
                Op::YieldFrom => {
                    let v = pop!(self);
                    let it = top!(self)
                        .stack
                        .last()
                        .expect("operand stack underflow")
                        .clone();
                    if gen_of(&it).is_some() {
                        // Stackless: the sub-generator's frame runs on top of this one.
                        self.resume_generator_from(frame, &it, v)?;
                        reload_ip!();
                        continue;
                    }
                    match self.delegate(&it, v)? {
                        Delegated::Yielded(x) => {
                            // Suspend re-executing YieldFrom, which sends the next value in.
                            set_ip!(ip - 1);
                            if let Some(v) = self.do_yield(frame, x, stop) {
                                return Ok(v);
                            }
                        }
                        Delegated::Returned(r) => {
                            let f = top!(self);
                            f.stack.pop();
                            f.stack.push(r);
                        }
                    }
                }
                Op::SetupExcept(t) | Op::SetupFinally(t) => {
                    let f = top!(self);
                    let handled = self.handled.len().saturating_sub(f.handled_base) as u32;
                    let kind = if matches!(op, Op::SetupExcept(_)) {
                        BlockKind::Except
                    } else {
                        BlockKind::Finally
                    };
                    let depth = f.stack.len() as u32;
                    f.blocks.push(Block {
                        kind,
                        handler: t,
                        depth,
                        handled,
                    });
                }
                Op::SetupWith(t) => {
                    let mgr = pop!(self);
                    // A native manager's (a lock's) __enter__ and __exit__ are called on it
                    // directly, without building bound methods; special methods come from the
                    // type, as in CPython.
                    let native = match &mgr {
                        Value::Object(o) if matches!(o.kind, ObjKind::Native { .. }) => {
                            let class = class_of(&mgr);
                            match (
                                self.cls_lookup(class, &names().enter),
                                self.cls_lookup(class, &names().exit),
                            ) {
                                (Some(Value::Builtin(b)), Some(exit))
                                    if b.bound.is_none()
                                        && matches!(&exit, Value::Builtin(e) if e.bound.is_none()) =>
                                {
                                    Some((b, exit))
                                }
                                _ => None,
                            }
                        }
                        _ => None,
                    };
                    // __enter__ runs before the block exists: if it raises, __exit__ is not called.
                    // The block keeps two slots for the exit: [manager, unbound native
                    // __exit__] or [None, bound __exit__] (`exit_with` tells them apart).
                    let (r, receiver, exit) = match native {
                        Some((enter, exit)) => {
                            let (f, args) = (enter.func, std::slice::from_ref(&mgr));
                            let r = if enter.sees_frame {
                                self.with_frame_visible(frame, |vm| f(vm, args, &[]))?
                            } else {
                                f(self, args, &[])?
                            };
                            (r, mgr, exit)
                        }
                        None => {
                            let (enter, exit) = self.context_methods(&mgr)?;
                            let r = if matches!(&enter, Value::Builtin(b) if b.sees_frame) {
                                self.with_frame_visible(frame, |vm| vm.call(&enter, &[], &[]))?
                            } else {
                                self.call(&enter, &[], &[])?
                            };
                            (r, Value::None, exit)
                        }
                    };
                    let f = top!(self);
                    let handled = self.handled.len().saturating_sub(f.handled_base) as u32;
                    f.stack.push(receiver);
                    f.stack.push(exit);
                    let depth = f.stack.len() as u32;
                    f.blocks.push(Block {
                        kind: BlockKind::With,
                        handler: t,
                        depth,
                        handled,
                    });
                    f.stack.push(r);
                }
                Op::WithExitNormal => {
                    let exit = pop!(self);
                    let receiver = pop!(self);
                    self.exit_with(receiver, &exit, [Value::None, Value::None, Value::None])?;
                }
                Op::WithExcept => {
                    let e = pop!(self);
                    let exit = pop!(self);
                    let receiver = pop!(self);
                    let cls = Value::Class(class_of(&e).clone());
                    let tb = self.getattr(&e, &new_str("__traceback__"))?;
                    let r = self.exit_with(receiver, &exit, [cls, e.clone(), tb])?;
                    if self.truthy(&r)? {
                        self.handled.pop();
                    } else {
                        self.reraising = true;
                        return Err(e);
                    }
                }
                Op::PopBlock => {
                    top!(self).blocks.pop();
                }
                Op::PopExcept => {
                    self.handled.pop();
                }
                Op::Raise(n) => return Err(self.do_raise(frame, n)?),
                Op::Reraise => {
                    let e = pop!(self);
                    self.reraising = true;
                    return Err(e);
                }
                Op::JumpIfNotExcMatch(t) => {
                    let ty = pop!(self);
                    let e = pop!(self);
                    if !self.exc_matches(&e, &ty)? {
                        set_ip!(t as usize);
                    }
                }
                Op::ExceptStarBegin => self.except_star_begin(&mut frame.stack),
                Op::ExceptStarMatch(t) => {
                    if !self.except_star_match(&mut frame.stack)? {
                        set_ip!(t as usize);
                    }
                }
                Op::ExceptStarRaised => self.except_star_raised(&mut frame.stack),
                Op::ExceptStarEnd => self.except_star_end(&mut frame.stack)?,
                Op::LoadAssertionError => {
                    push!(self, Value::Class(exc_class("AssertionError").clone()));
                }
                Op::LoadSuper(slot) => {
                    let f = top!(self);
                    let cls = f.cells.get(slot as usize).and_then(|c| c.get());
                    let first = f.fast.first().cloned().flatten();
                    let (Some(Value::Class(cls)), Some(obj)) = (cls, first) else {
                        return raise("RuntimeError", "super(): no arguments");
                    };
                    push!(self, crate::builtins::convert::new_super(cls, obj)?);
                }
                Op::ImportName(i) => {
                    let name = top!(self).code.names[i as usize].clone();
                    let m = self.import_module(name.as_str())?;
                    push!(self, m);
                }
                Op::ImportFrom(i) => {
                    let f = top!(self);
                    let name = f.code.names[i as usize].clone();
                    let m = f.stack.last().expect("operand stack underflow").clone();
                    let v = match self.getattr_opt(&m, &name)? {
                        Some(v) => v,
                        None => {
                            // A submodule not yet imported: `from gevent import monkey`.
                            let (mname, file) = match &m {
                                Value::Object(o) => match &o.kind {
                                    ObjKind::Module(md) => (
                                        md.name.as_str().to_string(),
                                        md.dict.get_str(&names().file),
                                    ),
                                    _ => (String::new(), None),
                                },
                                _ => (String::new(), None),
                            };
                            match self.import_module(&format!("{mname}.{}", name.as_str())) {
                                Ok(v) => v,
                                Err(_) => {
                                    // CPython names the module's file, when it has one.
                                    let place = match file {
                                        Some(Value::Str(p)) => p.as_str().to_string(),
                                        _ => "unknown location".to_string(),
                                    };
                                    return raise(
                                        "ImportError",
                                        format!(
                                            "cannot import name '{}' from '{mname}' ({place})",
                                            name.as_str()
                                        ),
                                    );
                                }
                            }
                        }
                    };
                    push!(self, v);
                }
                Op::ImportStar => {
                    let m = pop!(self);
                    if let Value::Object(o) = &m {
                        if let ObjKind::Module(md) = &o.kind {
                            let globals = top!(self).globals.clone();
                            let all = md.dict.get_str(&new_str("__all__"));
                            match all {
                                Some(list) => {
                                    for n in self.to_vec(&list)? {
                                        if let Value::Str(s) = n {
                                            if let Some(v) = md.dict.get_str(&s) {
                                                globals.set_str(s, v);
                                            }
                                        }
                                    }
                                }
                                None => {
                                    for (k, v) in md.dict.items() {
                                        if let Value::Str(s) = k {
                                            if !s.as_str().starts_with('_') {
                                                globals.set_str(s, v);
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                Op::SetupAnnotations => setup_annotations(frame),
                Op::PrintExpr => {
                    let v = pop!(self);
                    if !v.is_none() {
                        let s = self.repr(&v)?;
                        crate::builtins::print::write_stdout(self, &format!("{s}\n"))?;
                        self.interp.builtins.set_str(new_str("_"), v);
                    }
                }
            }
        }
    }

    /// Suspends the running generator frame with `v`: stores the frame back in its generator,
    /// then returns `v` from the loop (at `stop`) or hands it to the `for` loop below.
    fn do_yield(&mut self, frame: &mut Box<Frame>, v: Value, stop: usize) -> Option<Value> {
        loop {
            if self.handled.len() > frame.handled_base {
                let mine = self.handled.drain(frame.handled_base..);
                frame.saved_handled.extend(mine);
            }
            let mode = frame.ret;
            frame.ret = ReturnMode::Value;
            if self.frames.len() <= stop {
                // Resumed natively: the loop returns with the frame in place, and `execute`
                // stores it in its generator.
                self.yielded = true;
                return Some(v);
            }
            let caller = self
                .frames
                .pop()
                .expect("the frame that resumed the generator");
            let suspended = std::mem::replace(frame, caller);
            suspend_in_generator(suspended);
            if mode == ReturnMode::YieldFrom {
                // The delegating generator yields the value on, suspended at its YieldFrom.
                frame.ip -= 1;
                continue;
            }
            frame.stack.push(v);
            // A `for` loop whose head stores into a local (ForIterStore) resumes at that
            // StoreFast: run it here rather than dispatch it.
            if let (ReturnMode::ForIter { .. }, Some(&Op::StoreFast(l))) =
                (mode, frame.code.ops.get(frame.ip))
            {
                frame.ip += 1;
                frame.store_top(l as usize);
            }
            return None;
        }
    }

    fn unbound_deref(&mut self, f: &Frame, i: u32) -> Value {
        let ncell = f.code.cellvars.len();
        let idx = i as usize;
        if idx < ncell {
            let name = f.code.cellvars[idx].as_str().to_string();
            exc(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            let name = f
                .code
                .freevars
                .get(idx - ncell)
                .map(|s| s.as_str().to_string())
                .unwrap_or_default();
            exc("NameError", format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"))
        }
    }

    /// How CPython names a callable in call errors (`_PyObject_FunctionStr`): `mod.f()`,
    /// `print()`, `list.append()`.
    fn function_str(&mut self, f: &Value) -> String {
        match f {
            Value::Function(func) => match func.globals.get_str(&names().name) {
                Some(Value::Str(m)) if m.as_str() != "builtins" => {
                    format!("{}.{}()", m.as_str(), func.qualname.as_str())
                }
                _ => format!("{}()", func.qualname.as_str()),
            },
            Value::Builtin(b) => match b.owner {
                Some(owner) => format!("{owner}.{}()", b.name),
                None => format!("{}()", b.name),
            },
            Value::Class(c) if c.module != "builtins" => format!("{}.{}()", c.module, c.qualname),
            Value::Class(c) => format!("{}()", c.qualname),
            Value::Object(o) => match &o.kind {
                ObjKind::BoundMethod { func, .. } => {
                    let func = func.clone();
                    self.function_str(&func)
                }
                _ => format!("{} object", type_name(f)),
            },
            _ => format!("{} object", type_name(f)),
        }
    }

    /// The truth of `a op b`, as a conditional jump tests it (ints compared directly).
    #[inline(always)]
    fn compare_truth(
        &mut self,
        cop: crate::syntax::ast::CmpOp,
        a: &Value,
        b: &Value,
    ) -> PyResult<bool> {
        use crate::syntax::ast::CmpOp::*;
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            match cop {
                Lt => return Ok(x < y),
                LtE => return Ok(x <= y),
                Gt => return Ok(x > y),
                GtE => return Ok(x >= y),
                Eq | Is => return Ok(x == y),
                NotEq | IsNot => return Ok(x != y),
                _ => {}
            }
        }
        // `key in dict` for str and int keys, without `compare`'s boxed bool (7% of the
        // instructions of a word-count loop; `Dict::contains` serves every other caller).
        if let (In | NotIn, Value::Dict(d), Some(h)) = (cop, b, quick_hash(a)) {
            if let Ok(found) = d.read_hashed(h, a, |_| ()) {
                return Ok(found.is_some() == (cop == In));
            }
        }
        match self.compare(cop, a, b)? {
            Value::Bool(v) => Ok(v),
            r => self.truthy(&r),
        }
    }

    /// Whether `iter(v)` would work (to tell a non-iterable from an error raised while
    /// iterating).
    fn is_iterable(&mut self, v: &Value) -> bool {
        match v {
            Value::Instance(_) => {
                self.lookup_special(v, &names().iter).is_some()
                    || self.lookup_special(v, &names().getitem).is_some()
            }
            other => self.iter(other).is_ok(),
        }
    }

    /// Calls a `with` block's exit: `exit(*args)` when `receiver` is None (a bound method or
    /// any callable), else the native `exit(receiver, *args)` without a bound method.
    fn exit_with(&mut self, receiver: Value, exit: &Value, args: [Value; 3]) -> PyResult<Value> {
        match (&receiver, exit) {
            (Value::None, _) => self.call(exit, &args, &[]),
            (_, Value::Builtin(b)) => {
                let [a, b2, c] = args;
                (b.func)(self, &[receiver, a, b2, c], &[])
            }
            _ => unreachable!("a native exit is a builtin"),
        }
    }

    /// `AttrInplaceFast`/`AttrInplaceConst`: `local.attr op= v` done in place when the
    /// attribute is a small int in a plain instance's dict, `v` is a small int and the result
    /// fits; false leaves everything untouched for the general instructions. Out of line, so
    /// the eval loop stays small.
    #[inline(never)]
    fn attr_inplace_int(&mut self, f: &Frame, op: Op) -> bool {
        let (Op::AttrInplaceFast(bop, l, n, m) | Op::AttrInplaceConst(bop, l, n, m)) = op else {
            return false;
        };
        let operand = match op {
            Op::AttrInplaceFast(..) => f.local(m as usize).as_ref(),
            _ => f.code.consts.get(m as usize),
        };
        let (Some(Value::Instance(inst)), Some(y @ Value::Int(_))) =
            (f.local(l as usize).as_ref(), operand)
        else {
            return false;
        };
        if !self.stores_in_dict(inst) {
            return false;
        }
        let hint = self.attr_hint(f.code.cache_base as usize + n as usize);
        let update = |x: &mut Value| match int_fast_path(bop, x, y) {
            // SAFETY: `x` is an int (no reference to drop).
            Some(r) => unsafe {
                Value::write_int(x, r);
                true
            },
            None => false,
        };
        inst.attrs
            .update_str_hinted(&f.code.names[n as usize], hint, update)
            .unwrap_or(false)
    }

    /// Pushes `obj.name`, with the common case (an instance attribute, no property) first:
    /// that attribute is cloned from the instance dict straight onto the stack.
    #[inline]
    fn push_attr(
        &mut self,
        stack: &mut Vec<Value>,
        obj: &Value,
        name: &Str,
        slot: usize,
    ) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            let hint = self.attr_hint(slot);
            if inst
                .attrs
                .read_str_hinted(name, hint, |v| push_clone(stack, v))
                .is_some()
            {
                if !self.class_is_plain(&inst.class) && self.shadows_instance_dict(inst, name) {
                    stack.pop();
                    stack.push(self.getattr(obj, name)?);
                }
                return Ok(());
            }
        }
        stack.push(self.getattr(obj, name)?);
        Ok(())
    }

    /// Whether reading `name` from the instance dict would bypass the class: a property or
    /// a user data descriptor of that name, or the class's own `__getattribute__`.
    fn shadows_instance_dict(&mut self, inst: &crate::objects::Instance, name: &Str) -> bool {
        if self.has_custom_getattribute(&inst.class) {
            return true;
        }
        match self.cls_lookup(&inst.class, name) {
            Some(Value::Object(o)) => matches!(o.kind, ObjKind::Property { .. }),
            Some(Value::Instance(d)) => self.is_data_descriptor(&d),
            _ => false,
        }
    }

    /// The common call: a plain mt function given exactly its positional parameters. The
    /// arguments move from the caller's stack straight into the new frame's locals.
    #[inline]
    fn try_fast_call(
        &mut self,
        frame: &mut Box<Frame>,
        func_pos: usize,
        nargs: usize,
    ) -> PyResult<bool> {
        let Value::Function(fun) = &frame.stack[func_pos] else {
            return Ok(false);
        };
        if fun.code.fast_argcount as usize != nargs {
            return Ok(false);
        }
        self.check_breaker()?;
        // A pooled frame (borrowing the function from the caller's stack: no refcount
        // traffic) with empty locals; the arguments move straight across, then the other
        // locals start unbound.
        let mut callee = self.new_frame_empty(&fun.code, &fun.globals);
        // A closure's frame sees its free variables (it has no cell variables of its own, or
        // `fast_argcount` would not match).
        if !fun.closure.is_empty() {
            callee.cells.extend(fun.closure.iter().cloned());
        }
        let nlocals = callee.code.varnames.len();
        callee.fast.reserve(nlocals);
        debug_assert!(callee.fast.is_empty() && frame.stack.len() == func_pos + 1 + nargs);
        // SAFETY: `fast` is empty with room for `nlocals >= nargs` slots; each argument is
        // read exactly once and the caller's stack is shortened past them before anything
        // else can see it, so every value keeps exactly one owner.
        unsafe {
            let src = frame.stack.as_ptr().add(func_pos + 1);
            let dst = callee.fast.as_mut_ptr();
            for k in 0..nargs {
                std::ptr::write(dst.add(k), Some(std::ptr::read(src.add(k))));
            }
            frame.stack.set_len(func_pos + 1);
            callee.fast.set_len(nargs);
        }
        if nlocals > nargs {
            callee.fast.resize(nlocals, None);
        }
        frame.stack.pop().expect("the function called").discard();
        self.enter(frame, callee)?;
        Ok(true)
    }

    /// Calls the callable at `func_pos` with the `nargs` values above it: a new frame for a
    /// plain mt function, a direct call for a native, the general path otherwise.
    #[inline]
    fn call_at(&mut self, frame: &mut Box<Frame>, func_pos: usize, nargs: usize) -> PyResult<()> {
        // Generators dropped since the last call close first, so their output comes before
        // the call's, in CPython's order (`finalize`).
        if super::finalize::pending() {
            self.run_finalizers();
        }
        if self.try_fast_call(frame, func_pos, nargs)? || self.try_native_call(frame, func_pos)? {
            return Ok(());
        }
        let args: Args = frame.stack.drain(func_pos + 1..).collect();
        let func = frame.stack.pop().expect("operand stack underflow");
        self.call_value(frame, func, args, &[])
    }

    /// A native function or unbound native method: called on a slice of the caller's stack
    /// (the receiver first), no argument vector built. Natives that read the calling frame
    /// (`globals()`...) and receiver-less method calls take the general path.
    #[inline]
    fn try_native_call(&mut self, frame: &mut Box<Frame>, func_pos: usize) -> PyResult<bool> {
        let b = match &frame.stack[func_pos] {
            Value::Builtin(b) => b,
            Value::Class(_) => return self.try_builtin_new(frame, func_pos),
            _ => return Ok(false),
        };
        let nargs = frame.stack.len() - func_pos - 1;
        // A method called without a receiver, or on an instance of a subclass (which passes
        // the built-in value inside instead), takes the general path.
        if b.bound.is_some()
            || b.owner.is_some() && (nargs == 0 || native_of(&frame.stack[func_pos + 1]).is_some())
        {
            return Ok(false);
        }
        let f = b.func;
        let r = if b.sees_frame {
            // The arguments leave the stack first: the frame moves onto the frame stack.
            let args: Args = frame.stack.drain(func_pos + 1..).collect();
            self.with_frame_visible(frame, |vm| f(vm, &args, &[]))
        } else {
            f(self, &frame.stack[func_pos + 1..], &[])
        };
        frame.stack.truncate(func_pos);
        frame.stack.push(r?);
        Ok(true)
    }

    /// Calling a built-in type (`range(n)`, `int(s)`, `str(x)`): its native `__new__` runs on
    /// the caller's stack slice, whose first value is the class itself, so no argument vector
    /// is built. Every class of the `builtins` module constructs through its `__new__`; the
    /// lookup goes through the method cache.
    #[inline]
    fn try_builtin_new(&mut self, frame: &mut Box<Frame>, func_pos: usize) -> PyResult<bool> {
        let Value::Class(c) = &frame.stack[func_pos] else {
            return Ok(false);
        };
        if c.layout != Layout::Builtin || c.module != "builtins" {
            return Ok(false);
        }
        let f = match self.cls_lookup(c, &names().new) {
            Some(Value::Builtin(b)) if b.bound.is_none() && !b.sees_frame => b.func,
            _ => return Ok(false),
        };
        let r = f(self, &frame.stack[func_pos..], &[]);
        frame.stack.truncate(func_pos);
        frame.stack.push(r?);
        Ok(true)
    }

    /// The call instruction: mt functions get a new frame in this loop; everything else is
    /// called natively and its result pushed.
    fn call_value(
        &mut self,
        frame: &mut Box<Frame>,
        func: Value,
        args: Args,
        kw: &[(Str, Value)],
    ) -> PyResult<()> {
        if super::finalize::pending() {
            self.run_finalizers();
        }
        match &func {
            Value::Function(fun) => {
                self.check_breaker()?;
                let callee = self.make_frame(fun, &args, kw)?;
                if fun.code.flags.generator {
                    let g = self.make_generator(fun, callee);
                    frame.stack.push(g);
                    return Ok(());
                }
                self.enter(frame, callee)
            }
            Value::Object(o) => match &o.kind {
                ObjKind::BoundMethod { func: inner, obj }
                    if matches!(inner, Value::Function(_)) =>
                {
                    let mut all: Args = SmallVec::with_capacity(args.len() + 1);
                    all.push(obj.clone());
                    all.extend(args);
                    let inner = inner.clone();
                    self.call_value(frame, inner, all, kw)
                }
                _ => {
                    let r = self.call(&func, &args, kw)?;
                    frame.stack.push(r);
                    Ok(())
                }
            },
            Value::Class(c) if c.layout != Layout::Builtin => match self
                .new_instance(c, &args, kw)?
            {
                NewInstance::Done(v) => {
                    frame.stack.push(v);
                    Ok(())
                }
                NewInstance::Init(inst, Value::Function(init)) if !init.code.flags.generator => {
                    let mut all: Args = SmallVec::with_capacity(args.len() + 1);
                    all.push(inst.clone());
                    all.extend(args);
                    let mut callee = self.make_frame(&init, &all, kw)?;
                    callee.ret = ReturnMode::Init;
                    // The call's result, in place before `__init__` runs.
                    frame.stack.push(inst);
                    self.enter(frame, callee)
                }
                NewInstance::Init(inst, init) => {
                    let mut all: Args = SmallVec::with_capacity(args.len() + 1);
                    all.push(inst.clone());
                    all.extend(args);
                    let r = self.call(&init, &all, kw)?;
                    if !r.is_none() {
                        return type_error(format!(
                            "__init__() should return None, not '{}'",
                            type_name(&r)
                        ));
                    }
                    frame.stack.push(inst);
                    Ok(())
                }
            },
            Value::Builtin(b) if b.sees_frame => {
                let r = self.with_frame_visible(frame, |vm| vm.call(&func, &args, kw))?;
                frame.stack.push(r);
                Ok(())
            }
            _ => {
                let r = self.call(&func, &args, kw)?;
                frame.stack.push(r);
                Ok(())
            }
        }
    }

    /// `DictUpdate`/`DictMerge`: `[.. callee? dict src] -> [.. dict]`, src's pairs added to
    /// dict; a merge (`f(**a, **b)`) refuses a key twice, naming the callee. Kept out of the
    /// eval loop: inlined there, it cost the loop's hot arms about 5% more instructions.
    #[inline(never)]
    fn dict_update(&mut self, stack: &mut Vec<Value>, merge: bool) -> PyResult<()> {
        let src = stack.pop().expect("operand stack underflow");
        let Some(Value::Dict(d)) = stack.last().cloned() else {
            return raise("SystemError", "bad dict");
        };
        let callee = |vm: &mut Vm, stack: &[Value]| {
            let callee = stack[stack.len().saturating_sub(3)].clone();
            vm.function_str(&callee)
        };
        let items = match crate::builtins::convert::mapping_items(self, &src)? {
            Some(items) => items,
            None if merge => {
                return type_error(format!(
                    "{} argument after ** must be a mapping, not {}",
                    callee(self, stack),
                    type_name(&src)
                ));
            }
            None => {
                return type_error(format!("'{}' object is not a mapping", type_name(&src)));
            }
        };
        for (k, v) in items {
            if merge && d.contains(self, &k)? {
                let kn = self.str(&k)?;
                return type_error(format!(
                    "{} got multiple values for keyword argument '{kn}'",
                    callee(self, stack)
                ));
            }
            d.set(self, k, v)?;
        }
        Ok(())
    }

    /// The error of unpacking `seq`: CPython's "cannot unpack non-iterable" when its type
    /// cannot be iterated at all; an error of its own `__iter__` as it is.
    fn unpack_error(&mut self, seq: &Value, e: Value) -> Value {
        let iterable_type = matches!(seq, Value::Instance(_))
            && (self.lookup_special(seq, &names().iter).is_some()
                || self.lookup_special(seq, &names().getitem).is_some());
        if is_exc(&e, "TypeError") && !iterable_type {
            return exc(
                "TypeError",
                format!("cannot unpack non-iterable {} object", type_name(seq)),
            );
        }
        e
    }

    fn unpack(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match seq {
            Value::Tuple(t) => t.items.to_vec(),
            Value::List(l) => l.items.lock().clone(),
            _ => {
                let it = self.iter(seq).map_err(|e| self.unpack_error(seq, e))?;
                let mut out = Vec::with_capacity(n);
                while let Some(v) = self.next(&it)? {
                    out.push(v);
                    if out.len() > n {
                        return value_error(format!("too many values to unpack (expected {n})"));
                    }
                }
                out
            }
        };
        if items.len() > n {
            return value_error(format!("too many values to unpack (expected {n})"));
        }
        if items.len() < n {
            return value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            ));
        }
        Ok(items)
    }

    fn context_methods(&mut self, mgr: &Value) -> PyResult<(Value, Value)> {
        let n = names();
        // Special methods come from the type: an instance attribute named `__enter__` does
        // not make a context manager.
        let on_type = |vm: &mut Vm, name: &Str| -> PyResult<Option<Value>> {
            match mgr {
                Value::Instance(_) if vm.lookup_special(mgr, name).is_none() => Ok(None),
                _ => vm.getattr_opt(mgr, name),
            }
        };
        let enter = on_type(self, &n.enter)?;
        let exit = on_type(self, &n.exit)?;
        match (enter, exit) {
            (Some(e), Some(x)) => Ok((e, x)),
            (None, _) => type_error(format!(
                "'{}' object does not support the context manager protocol",
                type_name(mgr)
            )),
            (_, None) => Err(no_context_exit(mgr)),
        }
    }

    /// Turns the operand of `raise` into an exception instance.
    pub fn make_exception(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Class(c) if c.is_exception() => self.instantiate(c, &[], &[]),
            Value::Instance(i) if i.exc.is_some() => Ok(v),
            _ => type_error("exceptions must derive from BaseException"),
        }
    }

    fn do_raise(&mut self, frame: &mut Frame, n: u32) -> PyResult<Value> {
        match n {
            0 => match self.handled.last() {
                Some(e) => {
                    self.reraising = true;
                    Ok(e.clone())
                }
                None => raise("RuntimeError", "No active exception to reraise"),
            },
            1 => {
                let v = frame.stack.pop().expect("operand stack underflow");
                self.make_exception(v)
            }
            _ => {
                let cause = frame.stack.pop().expect("operand stack underflow");
                let v = frame.stack.pop().expect("operand stack underflow");
                let e = self.make_exception(v)?;
                let cause = match &cause {
                    Value::None => None,
                    Value::Class(c) if c.is_exception() => Some(self.instantiate(c, &[], &[])?),
                    Value::Instance(i) if i.exc.is_some() => Some(cause.clone()),
                    _ => return type_error("exception causes must derive from BaseException"),
                };
                if let Some(d) = exc_data(&e) {
                    let mut d = d.lock();
                    d.cause = cause;
                    d.suppress_context = true;
                }
                Ok(e)
            }
        }
    }

    pub fn exc_matches(&mut self, e: &Value, ty: &Value) -> PyResult<bool> {
        check_except_type(ty)?;
        let class = class_of(e);
        Ok(match ty {
            Value::Tuple(t) => t.items.iter().any(|x| match x {
                Value::Class(c) => class.is_subclass(c),
                _ => false,
            }),
            Value::Class(c) => class.is_subclass(c),
            _ => false,
        })
    }

    /// Runs `f` with the running frame back on the frame stack, for natives that read it
    /// (`globals()`) or may block (deadlock reports show the line that waits). A placeholder
    /// frame stands in for the local meanwhile: only pointers move.
    pub fn with_frame_visible<T>(
        &mut self,
        frame: &mut Box<Frame>,
        f: impl FnOnce(&mut Vm) -> T,
    ) -> T {
        let placeholder = match self.placeholder.take() {
            Some(p) => p,
            None => Box::new(Frame::new(frame.code.clone(), frame.globals.clone())),
        };
        let current = std::mem::replace(frame, placeholder);
        self.frames.push(current);
        let r = f(self);
        let current = self.frames.pop().expect("the calling frame");
        self.placeholder = Some(std::mem::replace(frame, current));
        r
    }

    /// The eval breaker: polled on backward jumps and calls (CPython's points). Hands the GIL
    /// over when another thread asks, and turns Ctrl-C into KeyboardInterrupt.
    #[inline]
    pub fn check_breaker(&mut self) -> PyResult<()> {
        if self
            .interp
            .breaker
            .load(std::sync::atomic::Ordering::Relaxed)
        {
            return self.handle_breaker();
        }
        Ok(())
    }

    #[cold]
    fn handle_breaker(&mut self) -> PyResult<()> {
        if self.is_main_thread
            && self
                .interp
                .interrupted
                .swap(false, std::sync::atomic::Ordering::SeqCst)
        {
            self.interp.refresh_breaker();
            return raise("KeyboardInterrupt", "");
        }
        crate::runtime::gil::yield_if_requested(self);
        Ok(())
    }
}

/// What `ForIter`'s in-place step found.
enum Step {
    /// The next int of a range, to push.
    Int(i64),
    /// The next list item, already pushed.
    Pushed,
    /// Exhausted.
    Done,
    /// Not a range or list iterator: `next()` it.
    General,
}

/// Stores a generator's frame, which just yielded, back in its generator. The frame's
/// reference to the generator goes (it would be a cycle once the frame is stored there); it is
/// read out and overwritten with one whole store, as `Option::take` copied it byte by byte
/// through a temporary, stalling the loads after it.
fn suspend_in_generator(mut suspended: Box<Frame>) {
    // SAFETY: the field is overwritten at once, so the value read keeps its only owner.
    let g = unsafe {
        let g = std::ptr::read(&suspended.generator);
        Value::write_none(&mut suspended.generator);
        g
    };
    if let Some(gen) = gen_of(&g) {
        let mut st = gen.state.lock();
        st.running = false;
        st.frame = Some(suspended);
    }
}

/// Small-int arithmetic the loop does inline; None sends the operation to `Vm::binary`
/// (overflow into big ints, negative floor division and modulo, everything else).
#[inline(always)]
fn int_fast_path(op: BinOp, a: &Value, b: &Value) -> Option<i64> {
    let (Value::Int(x), Value::Int(y)) = (a, b) else {
        return None;
    };
    let (x, y) = (*x, *y);
    match op {
        BinOp::Add => x.checked_add(y),
        BinOp::Sub => x.checked_sub(y),
        BinOp::Mul => x.checked_mul(y),
        BinOp::Mod if y > 0 && x >= 0 => Some(x % y),
        BinOp::FloorDiv if y > 0 && x >= 0 => Some(x / y),
        _ => None,
    }
}

/// `a op b` for the top two values of the stack, popped, when both are small ints and the
/// result fits: read where they lie, and dropped by shortening the stack (an int owns
/// nothing), so neither is copied out first.
#[inline(always)]
fn pop2_int_op(frame: &mut Frame, op: BinOp) -> Option<i64> {
    let n = frame.stack.len();
    debug_assert!(n >= 2, "operand stack underflow");
    let top = frame.stack.get(n.wrapping_sub(2)..)?;
    let r = int_fast_path(op, &top[0], &top[1])?;
    // SAFETY: the two values just read are ints, which own nothing.
    unsafe { frame.stack.set_len(n - 2) };
    Some(r)
}

/// `pop2_int_op` with the result written over the left operand: true when it applied.
#[inline(always)]
fn fold_top2_int(frame: &mut Frame, op: BinOp) -> bool {
    match pop2_int_op(frame, op) {
        Some(r) => {
            frame.push_int(r);
            true
        }
        None => false,
    }
}

/// Locals `l` and `m`, read by the first two instructions of a superinstruction's run (the
/// instruction pointer already past the run's third).
#[inline(always)]
fn two_locals(frame: &mut Frame, l: u16, m: u16) -> PyResult<(&Value, &Value)> {
    match (frame.local(l as usize), frame.local(m as usize)) {
        (Some(_), Some(_)) => {}
        (None, _) => return Err(unbound_at(frame, 3, l as u32)),
        (Some(_), None) => return Err(unbound_at(frame, 2, m as u32)),
    }
    match (frame.local(l as usize), frame.local(m as usize)) {
        (Some(a), Some(b)) => Ok((a, b)),
        _ => unreachable!("both locals were just checked"),
    }
}

/// The TypeError for a context manager without `__exit__`.
fn no_context_exit(mgr: &Value) -> Value {
    exc(
        "TypeError",
        format!(
            "'{}' object does not support the context manager protocol (missed __exit__ method)",
            type_name(mgr)
        ),
    )
}

/// UnboundLocalError for local `i` read by the instruction `back` places before the
/// instruction pointer (inside a superinstruction's run), so the traceback shows its line.
#[cold]
fn unbound_at(f: &mut Frame, back: usize, i: u32) -> Value {
    f.ip -= back - 1;
    unbound_local(f, i)
}

/// UnboundLocalError for fast local `i` of `f`.
fn unbound_local(f: &Frame, i: u32) -> Value {
    let name = f.code.varnames.get(i as usize).map_or("?", |n| n.as_str());
    exc(
        "UnboundLocalError",
        format!("cannot access local variable '{name}' where it is not associated with a value"),
    )
}

/// The generator object inside a value, if it is one.
pub fn gen_of(v: &Value) -> Option<&crate::objects::object::Generator> {
    match v {
        Value::Object(o) => match &o.kind {
            ObjKind::Generator(g) => Some(g),
            _ => None,
        },
        _ => None,
    }
}

pub enum Delegated {
    Yielded(Value),
    Returned(Value),
}

/// CPython's check_except_type_valid: every class an `except` names is checked before any
/// matches, and a tuple holds classes, not further tuples.
pub fn check_except_type(ty: &Value) -> PyResult<()> {
    let valid = |v: &Value| matches!(v, Value::Class(c) if c.is_exception());
    let ok = match ty {
        Value::Tuple(t) => t.items.iter().all(valid),
        other => valid(other),
    };
    if !ok {
        return type_error(
            "catching classes that do not inherit from BaseException is not allowed",
        );
    }
    Ok(())
}

/// SETUP_ANNOTATIONS: the namespace of a module or class body with annotated names gets an
/// empty `__annotations__` dict, unless it already has one.
#[inline(never)]
fn setup_annotations(f: &Frame) {
    let ns = f.locals_dict.as_ref().unwrap_or(&f.globals);
    let key = new_str("__annotations__");
    if ns.get_str(&key).is_none() {
        ns.set_str(key, Value::Dict(Arc::new(crate::objects::Dict::new())));
    }
}
