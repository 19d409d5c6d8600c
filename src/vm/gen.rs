//! Generators: resuming a suspended frame (`next`, `send`, `throw`, `close`), the stackless
//! resume used by `for` loops, and `yield from` delegation, following CPython's generator
//! semantics (StopIteration carries the return value; "generator already executing").

use super::error::*;
use super::eval::{gen_of, Delegated};
use super::frame::ReturnMode;
use super::protocol::type_name;
use super::{PyResult, Vm};
use crate::bytecode::Op;
use crate::objects::Value;

pub enum GenResult {
    Yielded(Value),
    Returned(Value),
}

impl Vm {
    /// Takes the generator's frame for resuming; None when it is exhausted. `throwing` when an
    /// exception, not a value, goes in.
    fn take_gen_frame(
        &mut self,
        gen: &Value,
        sent: Value,
        throwing: bool,
    ) -> PyResult<Option<Box<super::frame::Frame>>> {
        let Some(g) = gen_of(gen) else {
            return type_error("not a generator");
        };
        let mut st = g.state.lock();
        if st.running {
            return value_error("generator already executing");
        }
        if st.finished {
            return Ok(None);
        }
        let Some(mut frame) = st.frame.take() else {
            return Ok(None);
        };
        if st.started {
            // The value of the `yield` expression; None (a plain `next`) in one whole store.
            // A `yield` statement discards it with the Pop after it: a plain `next` then
            // skips both.
            if sent.is_none() {
                if !throwing && frame.code.ops.get(frame.ip) == Some(&Op::Pop) {
                    frame.ip += 1;
                } else {
                    frame.push_none();
                }
            } else {
                frame.stack.push(sent);
            }
        } else if !sent.is_none() {
            st.frame = Some(frame);
            return type_error("can't send non-None value to a just-started generator");
        }
        st.started = true;
        st.running = true;
        frame.generator = gen.clone();
        Ok(Some(frame))
    }

    /// Resumes a generator from native code (nested run) with `sent` (or an exception).
    pub fn gen_resume(
        &mut self,
        gen: &Value,
        sent: Value,
        throw: Option<Value>,
    ) -> PyResult<GenResult> {
        let taken = match throw {
            Some(_) => self.take_gen_frame(gen, Value::None, true),
            None => self.take_gen_frame(gen, sent, false),
        };
        let frame = match taken {
            Ok(Some(f)) => f,
            Ok(None) => {
                return match throw {
                    Some(e) => Err(e),
                    None => Ok(GenResult::Returned(Value::None)),
                }
            }
            Err(e) => return Err(e),
        };
        let mut frame = frame;
        frame.ret = ReturnMode::Value;
        let mut throw = throw;
        if throw.is_some() {
            // A thrown exception replaces the value a resumed `yield` would produce.
            frame.stack.pop();
            // Suspended in `yield from`: the exception goes to the sub-iterator first (PEP 380).
            if frame.code.ops.get(frame.ip) == Some(&crate::bytecode::Op::YieldFrom) {
                let inner = frame.stack.last().cloned().unwrap_or(Value::None);
                let e = throw.take().unwrap_or(Value::None);
                let r = if is_exc(&e, "GeneratorExit") {
                    // close() reaches the sub-iterator as its close(), not a throw (PEP 380);
                    // then GeneratorExit goes on into this generator.
                    let closed = if gen_of(&inner).is_some() {
                        self.gen_close(&inner)
                    } else {
                        match self.getattr_opt(&inner, &crate::objects::new_str("close"))? {
                            Some(c) => self.call(&c, &[], &[]),
                            None => Ok(Value::None),
                        }
                    };
                    closed.and(Err(e))
                } else if gen_of(&inner).is_some() {
                    self.gen_throw(&inner, e)
                } else {
                    match self.getattr_opt(&inner, &crate::objects::new_str("throw"))? {
                        Some(t) => self.call(&t, &[e], &[]),
                        None => Err(e),
                    }
                };
                match r {
                    Ok(v) => {
                        // The sub-iterator yielded: stay suspended where we were.
                        if let Some(g) = gen_of(gen) {
                            let mut st = g.state.lock();
                            frame.generator = Value::None;
                            st.frame = Some(frame);
                            st.running = false;
                        }
                        return Ok(GenResult::Yielded(v));
                    }
                    Err(e) if is_exc(&e, "StopIteration") => {
                        let v = exc_args(&e).first().cloned().unwrap_or(Value::None);
                        frame.stack.pop();
                        frame.stack.push(v);
                        frame.ip += 1;
                    }
                    Err(e) => throw = Some(e),
                }
            }
        }
        let stop = self.frames.len();
        if let Err(e) = self
            .check_native_stack()
            .and_then(|()| self.push_frame(frame))
        {
            if let Some(g) = gen_of(gen) {
                let mut st = g.state.lock();
                st.running = false;
                st.finished = true;
            }
            return Err(e);
        }
        self.native_depth += 1;
        let r = self.run_with(stop, throw);
        self.native_depth -= 1;
        let v = r?;
        if self.yielded {
            Ok(GenResult::Yielded(v))
        } else {
            Ok(GenResult::Returned(v))
        }
    }

    /// `next(gen)`: the yielded value, or None when it finished.
    pub fn gen_next(&mut self, gen: &Value) -> PyResult<Option<Value>> {
        match self.gen_resume(gen, Value::None, None)? {
            GenResult::Yielded(v) => Ok(Some(v)),
            GenResult::Returned(_) => Ok(None),
        }
    }

    /// `ForIter` on the generator on top of the stack (borrowed there, not cloned): push its
    /// frame (stackless) or, if exhausted, leave the loop.
    pub fn resume_generator_for(
        &mut self,
        frame: &mut Box<super::frame::Frame>,
        exit: u32,
    ) -> PyResult<()> {
        self.check_generator_depth()?;
        let gen = frame.stack.last().expect("operand stack underflow");
        match self.take_gen_frame(gen, Value::None, false)? {
            Some(callee) => {
                self.enter_generator(frame, callee, ReturnMode::ForIter { exit });
                Ok(())
            }
            None => {
                frame.stack.pop();
                frame.ip = exit as usize;
                Ok(())
            }
        }
    }

    /// `yield from` a generator, sending `v` in: its frame becomes the current one (stackless,
    /// so a chain of delegating generators is bounded by the recursion limit, not the Rust
    /// stack); if it is exhausted, None replaces it on the stack.
    pub fn resume_generator_from(
        &mut self,
        frame: &mut Box<super::frame::Frame>,
        gen: &Value,
        v: Value,
    ) -> PyResult<()> {
        self.check_generator_depth()?;
        match self.take_gen_frame(gen, v, false)? {
            Some(callee) => self.enter_generator(frame, callee, ReturnMode::YieldFrom),
            None => {
                frame.stack.pop();
                frame.stack.push(Value::None);
            }
        }
        Ok(())
    }

    /// Past the recursion limit, resuming a generator stacklessly is a RecursionError; checked
    /// before its frame is taken, so the generator stays suspended as it was.
    fn check_generator_depth(&self) -> PyResult<()> {
        if self.frame_depth() >= self.interp.recursion_limit() {
            return raise("RecursionError", "maximum recursion depth exceeded");
        }
        Ok(())
    }

    /// Makes a resumed generator's frame the current one, `frame` going onto the frame stack.
    fn enter_generator(
        &mut self,
        frame: &mut Box<super::frame::Frame>,
        mut callee: Box<super::frame::Frame>,
        mode: ReturnMode,
    ) {
        callee.ret = mode;
        callee.handled_base = self.handled.len();
        self.handled.append(&mut callee.saved_handled);
        let caller = std::mem::replace(frame, callee);
        self.frames.push(caller);
    }

    /// One step of `yield from it`: send `v` into the sub-iterator.
    pub fn delegate(&mut self, it: &Value, v: Value) -> PyResult<Delegated> {
        if gen_of(it).is_some() {
            return Ok(match self.gen_resume(it, v, None)? {
                GenResult::Yielded(x) => Delegated::Yielded(x),
                GenResult::Returned(r) => Delegated::Returned(r),
            });
        }
        // Built-in iterators end without a value; an mt iterator's `__next__` (or any `send`)
        // may end with one, which becomes the value of `yield from`.
        let r = match (&v, it) {
            (Value::None, Value::Instance(_)) => self.call_method(it, "__next__", &[]),
            (Value::None, _) => {
                return Ok(match self.next(it)? {
                    Some(x) => Delegated::Yielded(x),
                    None => Delegated::Returned(Value::None),
                })
            }
            _ => self.call_method(it, "send", &[v]),
        };
        let r = match r {
            Ok(x) => Ok(Some(x)),
            Err(e) if is_exc(&e, "StopIteration") => {
                let val = exc_args(&e).first().cloned().unwrap_or(Value::None);
                return Ok(Delegated::Returned(val));
            }
            Err(e) => Err(e),
        };
        match r {
            Ok(Some(x)) => Ok(Delegated::Yielded(x)),
            Ok(None) => Ok(Delegated::Returned(Value::None)),
            Err(e) => Err(e),
        }
    }

    /// generator.send(v): the next yielded value or StopIteration(return value).
    pub fn gen_send(&mut self, gen: &Value, v: Value) -> PyResult<Value> {
        match self.gen_resume(gen, v, None)? {
            GenResult::Yielded(x) => Ok(x),
            GenResult::Returned(r) => Err(stop_iteration(r)),
        }
    }

    /// generator.throw(exc).
    pub fn gen_throw(&mut self, gen: &Value, e: Value) -> PyResult<Value> {
        let e = self.make_exception(e)?;
        match self.gen_resume(gen, Value::None, Some(e))? {
            GenResult::Yielded(x) => Ok(x),
            GenResult::Returned(r) => Err(stop_iteration(r)),
        }
    }

    /// generator.close(): throw GeneratorExit; a generator that yields again is an error.
    pub fn gen_close(&mut self, gen: &Value) -> PyResult<Value> {
        let Some(g) = gen_of(gen) else {
            return type_error(format!("expected generator, got {}", type_name(gen)));
        };
        {
            let mut st = g.state.lock();
            if !st.started || st.finished {
                st.finished = true;
                st.frame = None;
                return Ok(Value::None);
            }
        }
        let exit = new_exception(exc_class("GeneratorExit").clone(), vec![]);
        match self.gen_resume(gen, Value::None, Some(exit)) {
            Ok(GenResult::Yielded(_)) => raise("RuntimeError", "generator ignored GeneratorExit"),
            Ok(GenResult::Returned(_)) => Ok(Value::None),
            Err(e) if is_exc(&e, "GeneratorExit") || is_exc(&e, "StopIteration") => Ok(Value::None),
            Err(e) => Err(e),
        }
    }
}
