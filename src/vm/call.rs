//! Calls: binding arguments to parameters with CPython's rules and messages, building frames,
//! instantiating classes, and calling from native code (which runs mt code in a nested run of
//! the eval loop; calls made by mt code itself never nest, see `eval`).

use super::error::*;
use super::frame::Frame;
use super::protocol::{class_of, type_name};
use super::{KwArgs, PyResult, Vm};
use crate::builtins::types::types;
use crate::objects::class::Layout;
use crate::objects::names::names;
use crate::objects::object::{GenState, Generator};
use crate::objects::spin::SpinMutex;
use crate::objects::{Builtin, Cell, Class, Dict, Function, Instance, ObjKind, Str, Value};
use smallvec::SmallVec;
use std::sync::Arc;

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

fn name_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

impl Vm {
    /// Builds the frame for calling `func` with the given arguments.
    pub fn make_frame(
        &mut self,
        func: &Arc<Function>,
        args: &[Value],
        kw: &KwArgs,
    ) -> PyResult<Box<Frame>> {
        let code = &func.code;
        let mut frame = self.new_frame(code, &func.globals);
        let argc = code.argcount as usize;
        let simple = kw.is_empty()
            && args.len() == argc
            && !code.flags.varargs
            && !code.flags.varkw
            && code.kwonlycount == 0;
        if simple {
            for (slot, a) in frame.fast.iter_mut().zip(args) {
                *slot = Some(a.clone());
            }
        } else {
            self.bind_args(func, &mut frame.fast, args, kw)?;
        }
        if code.ncells() > 0 {
            let mut cells = Vec::with_capacity(code.ncells());
            for _ in 0..code.cellvars.len() {
                cells.push(Cell::new(None));
            }
            cells.extend(func.closure.iter().cloned());
            for &(ci, li) in &code.cell_params {
                cells[ci as usize].set(frame.fast[li as usize].clone());
            }
            frame.cells = cells;
        }
        Ok(frame)
    }

    fn bind_args(
        &mut self,
        func: &Arc<Function>,
        fast: &mut [Option<Value>],
        args: &[Value],
        kw: &KwArgs,
    ) -> PyResult<()> {
        let code = &func.code;
        let fname = func.qualname.as_str();
        let argc = code.argcount as usize;
        let kwonly = code.kwonlycount as usize;
        let varargs_slot = argc + kwonly;
        let varkw_slot = varargs_slot + code.flags.varargs as usize;
        let defaults = func.defaults();
        let ndefaults = defaults.len();
        for (i, a) in args.iter().take(argc).enumerate() {
            fast[i] = Some(a.clone());
        }
        if args.len() > argc {
            if code.flags.varargs {
                fast[varargs_slot] = Some(Value::tuple(args[argc..].to_vec()));
            } else {
                let given = args.len();
                let takes = if ndefaults > 0 {
                    format!("from {} to {} positional arguments", argc - ndefaults, argc)
                } else {
                    format!(
                        "{} positional argument{}",
                        argc,
                        if argc == 1 { "" } else { "s" }
                    )
                };
                let kwonly_given = kw
                    .iter()
                    .filter(|(k, _)| {
                        code.varnames[argc..argc + kwonly]
                            .iter()
                            .any(|v| v.as_str() == k.as_str())
                    })
                    .count();
                let msg = if kwonly_given > 0 {
                    let s = if given == 1 { "" } else { "s" };
                    let ks = if kwonly_given == 1 { "" } else { "s" };
                    format!(
                        "{fname}() takes {takes} but {given} positional argument{s} (and {kwonly_given} keyword-only argument{ks}) were given"
                    )
                } else {
                    let was = if given == 1 { "was" } else { "were" };
                    format!("{fname}() takes {takes} but {given} {was} given")
                };
                return type_error(msg);
            }
        } else if code.flags.varargs {
            fast[varargs_slot] = Some(Value::empty_tuple());
        }
        let kwdict = if code.flags.varkw {
            Some(Arc::new(Dict::new()))
        } else {
            None
        };
        for (name, val) in kw {
            let pos = code.varnames[code.posonlycount as usize..argc + kwonly]
                .iter()
                .position(|v| v.as_str() == name.as_str())
                .map(|p| p + code.posonlycount as usize);
            match pos {
                Some(i) => {
                    if fast[i].is_some() {
                        return type_error(format!(
                            "{fname}() got multiple values for argument '{}'",
                            name.as_str()
                        ));
                    }
                    fast[i] = Some(val.clone());
                }
                None => match &kwdict {
                    Some(d) => {
                        if d.get_str(name).is_some() {
                            return type_error(format!(
                                "{fname}() got multiple values for keyword argument '{}'",
                                name.as_str()
                            ));
                        }
                        d.set_str(name.clone(), val.clone());
                    }
                    None => {
                        if code.varnames[..(code.posonlycount as usize)]
                            .iter()
                            .any(|v| v.as_str() == name.as_str())
                        {
                            return type_error(format!(
                                "{fname}() got some positional-only arguments passed as keyword arguments: '{}'",
                                name.as_str()
                            ));
                        }
                        return type_error(format!(
                            "{fname}() got an unexpected keyword argument '{}'",
                            name.as_str()
                        ));
                    }
                },
            }
        }
        if let Some(d) = kwdict {
            fast[varkw_slot] = Some(Value::Dict(d));
        }
        let first_default = argc - ndefaults;
        let mut missing = Vec::new();
        for (i, slot) in fast
            .iter_mut()
            .enumerate()
            .take(argc)
            .skip(args.len().min(argc))
        {
            if slot.is_none() {
                if i >= first_default {
                    *slot = Some(defaults[i - first_default].clone());
                } else {
                    missing.push(code.varnames[i].as_str().to_string());
                }
            }
        }
        if !missing.is_empty() {
            return type_error(format!(
                "{fname}() missing {}: {}",
                plural(missing.len(), "required positional argument"),
                name_list(&missing)
            ));
        }
        let mut missing_kw = Vec::new();
        for (i, slot) in fast.iter_mut().enumerate().take(argc + kwonly).skip(argc) {
            if slot.is_none() {
                let name = &code.varnames[i];
                match func
                    .kwdefaults()
                    .iter()
                    .find(|(k, _)| k.as_str() == name.as_str())
                {
                    Some((_, v)) => *slot = Some(v.clone()),
                    None => missing_kw.push(name.as_str().to_string()),
                }
            }
        }
        if !missing_kw.is_empty() {
            return type_error(format!(
                "{fname}() missing {}: {}",
                plural(missing_kw.len(), "required keyword-only argument"),
                name_list(&missing_kw)
            ));
        }
        Ok(())
    }

    /// Wraps a generator function's fresh frame in a generator object.
    pub fn make_generator(&mut self, func: &Arc<Function>, frame: Box<Frame>) -> Value {
        Value::object(ObjKind::Generator(Generator {
            name: func.name.clone(),
            qualname: func.qualname.clone(),
            state: SpinMutex::new(GenState {
                frame: Some(frame),
                running: false,
                finished: false,
                started: false,
            }),
        }))
    }

    /// How deep the calls go, for the recursion limit: the frames waiting on the frame
    /// stack plus the one each nested run of the eval loop holds as its current frame.
    #[inline]
    pub fn frame_depth(&self) -> usize {
        self.frames.len() + self.native_depth
    }

    /// Pushes a frame, checking the recursion limit.
    pub fn push_frame(&mut self, mut frame: Box<Frame>) -> PyResult<()> {
        if self.frame_depth() >= self.interp.recursion_limit() {
            return raise("RecursionError", "maximum recursion depth exceeded");
        }
        frame.handled_base = self.handled.len();
        // A resumed generator's own exceptions being handled.
        self.handled.append(&mut frame.saved_handled);
        self.frames.push(frame);
        Ok(())
    }

    /// Refuses another nested run of the eval loop when the thread's Rust stack is nearly
    /// used up. Natives that call mt code (`__repr__`, sort keys, `map`) recurse on the Rust
    /// stack; measuring what is left lets such recursion go as deep as the recursion limit
    /// allows on any thread's stack, never overflowing it.
    pub fn check_native_stack(&self) -> PyResult<()> {
        if self.rust_stack_low() {
            return raise(
                "RecursionError",
                "maximum recursion depth exceeded while calling a Python object",
            );
        }
        Ok(())
    }

    /// Whether this thread's Rust stack is nearly used up (a reserve of 1 MiB is kept for
    /// the work between two checks). Where the stack cannot be measured, 400 nested runs
    /// of the eval loop count as the limit.
    pub fn rust_stack_low(&self) -> bool {
        const RESERVE: usize = 1 << 20;
        match stacker::remaining_stack() {
            Some(left) => left < RESERVE,
            None => self.native_depth > 400,
        }
    }

    /// Runs a frame to completion from native code (a nested run of the eval loop).
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<Value> {
        self.check_native_stack()?;
        let stop = self.frames.len();
        self.push_frame(frame)?;
        self.native_depth += 1;
        let r = self.run(stop);
        self.native_depth -= 1;
        r
    }

    /// Calls a native function, its bound receiver (if any) first.
    fn call_native(&mut self, b: &Builtin, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
        if super::finalize::pending() {
            self.run_finalizers();
        }
        match &b.bound {
            Some(recv) => {
                let mut all: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.len() + 1);
                all.push(recv.clone());
                all.extend(args.iter().cloned());
                (b.func)(self, &all, kw)
            }
            None => {
                // An unbound method (`str.upper`) needs its receiver: natives index it.
                if let (Some(owner), true) = (b.owner, args.is_empty()) {
                    return Err(crate::objects::methods::list::bad_receiver(
                        &[],
                        owner,
                        b.name,
                    ));
                }
                (b.func)(self, args, kw)
            }
        }
    }

    /// Calls any callable from native code.
    pub fn call(&mut self, f: &Value, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
        match f {
            Value::Function(func) => {
                let frame = self.make_frame(func, args, kw)?;
                if func.code.flags.generator {
                    return Ok(self.make_generator(func, frame));
                }
                self.run_frame(frame)
            }
            Value::Builtin(b) if b.owner.is_some() => {
                let recv = b.bound.as_ref().or(args.first());
                if let Some(native) = super::subclass::native_receiver(b, recv) {
                    let rest = if b.bound.is_some() { args } else { &args[1..] };
                    let mut all: SmallVec<[Value; 8]> = SmallVec::with_capacity(rest.len() + 1);
                    all.push(native);
                    all.extend(rest.iter().cloned());
                    let r = (b.func)(self, &all, kw)?;
                    // A mutable value handed back (`list.__iadd__` returns self) stands for
                    // the instance that holds it.
                    let mutable =
                        matches!(&all[0], Value::List(_) | Value::Dict(_) | Value::Set(_));
                    return Ok(if mutable && r.is(&all[0]) {
                        recv.cloned().unwrap_or(r)
                    } else {
                        r
                    });
                }
                self.call_native(b, args, kw)
            }
            Value::Builtin(b) => self.call_native(b, args, kw),
            Value::Class(c) => self.instantiate(c, args, kw),
            Value::Object(o) => match &o.kind {
                ObjKind::BoundMethod { func, obj } => {
                    let mut all: SmallVec<[Value; 8]> = SmallVec::with_capacity(args.len() + 1);
                    all.push(obj.clone());
                    all.extend(args.iter().cloned());
                    self.call(func, &all, kw)
                }
                // Callable since Python 3.10 (class methods are not).
                ObjKind::StaticMethod(inner) => self.call(inner, args, kw),
                _ => type_error(format!("'{}' object is not callable", type_name(f))),
            },
            Value::Instance(inst) => match self.cls_lookup(&inst.class, &names().call) {
                Some(m) => {
                    let mut all = Vec::with_capacity(args.len() + 1);
                    all.push(f.clone());
                    all.extend_from_slice(args);
                    self.call_descriptor(&m, f, &all, kw)
                }
                None => type_error(format!("'{}' object is not callable", type_name(f))),
            },
            _ => type_error(format!("'{}' object is not callable", type_name(f))),
        }
    }

    /// Calls a method by name: `obj.name(*args)`.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: &[Value]) -> PyResult<Value> {
        let n: Str = crate::objects::new_str(name);
        let m = self.getattr(obj, &n)?;
        self.call(&m, args, &[])
    }

    /// `C(*args, **kw)`: built-in constructors, exceptions, and user classes with `__init__`.
    pub fn instantiate(&mut self, c: &Arc<Class>, args: &[Value], kw: &KwArgs) -> PyResult<Value> {
        let (inst, init) = match self.new_instance(c, args, kw)? {
            NewInstance::Done(v) => return Ok(v),
            NewInstance::Init(inst, init) => (inst, init),
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(inst.clone());
        all.extend_from_slice(args);
        let r = self.call(&init, &all, kw)?;
        if !r.is_none() {
            return type_error(format!(
                "__init__() should return None, not '{}'",
                type_name(&r)
            ));
        }
        Ok(inst)
    }

    /// Creates the instance; returns the `__init__` still to run, if any.
    pub fn new_instance(
        &mut self,
        c: &Arc<Class>,
        args: &[Value],
        kw: &KwArgs,
    ) -> PyResult<NewInstance> {
        // Built-in classes construct through their native `__new__`.
        if c.layout == Layout::Builtin {
            if let Some(new) = c.dict.get_str(&names().new) {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(Value::Class(c.clone()));
                all.extend_from_slice(args);
                return self.call(&new, &all, kw).map(NewInstance::Done);
            }
            if Arc::ptr_eq(c, &types().object) {
                if !args.is_empty() || !kw.is_empty() {
                    return type_error("object() takes no arguments");
                }
            } else {
                return type_error(format!("cannot create '{}' instances", c.name.as_str()));
            }
        }
        if c.layout == Layout::NativeSubclass
            || c.layout == Layout::Object
                && matches!(self.cls_lookup_ref(c, &names().new), Some(f) if !matches!(f, Value::Builtin(_)))
        {
            return self.new_through_new(c, args, kw);
        }
        let mut class = c;
        if args.len() >= 2 && c.layout == Layout::Exception && Arc::ptr_eq(c, exc_class("OSError"))
        {
            // `OSError(errno, strerror)` makes the errno's subclass, as CPython's OSError_new.
            if let Some(sub) = crate::vm::protocol::int_key(&args[0]).and_then(oserror_subclass) {
                class = exc_class(sub);
            }
        }
        let mut group = None;
        if c.is_subclass(exc_class("BaseExceptionGroup")) {
            let (cls, g) = crate::builtins::exception_group::new_group(self, c, args)?;
            group = Some((cls, Box::new(g)));
        }
        if let Some((cls, _)) = &group {
            class = cls;
        }
        let inst = Instance::new(class.clone());
        if let Some(e) = &inst.exc {
            let mut e = e.lock();
            e.args = args.to_vec();
            e.group = group.map(|(_, g)| g);
        }
        let v = Value::Instance(inst);
        match c.lookup(&names().init) {
            Some(init @ Value::Function(_)) => Ok(NewInstance::Init(v, init)),
            Some(Value::Builtin(b)) if b.owner == Some("object") => {
                if c.layout != Layout::Exception && (!args.is_empty() || !kw.is_empty()) {
                    return type_error(format!("{}() takes no arguments", c.name.as_str()));
                }
                Ok(NewInstance::Done(v))
            }
            Some(init @ Value::Builtin(_)) => {
                let mut all = Vec::with_capacity(args.len() + 1);
                all.push(v.clone());
                all.extend_from_slice(args);
                self.call(&init, &all, kw)?;
                Ok(NewInstance::Done(v))
            }
            Some(init) => Ok(NewInstance::Init(v, init)),
            None => {
                if c.layout != Layout::Exception && (!args.is_empty() || !kw.is_empty()) {
                    return type_error(format!("{}() takes no arguments", c.name.as_str()));
                }
                Ok(NewInstance::Done(v))
            }
        }
    }

    /// An instance made by `__new__`: a class's own (a singleton's), or, for a subclass of a
    /// built-in type, the built-in type's. Then `__init__` runs as CPython's `type.__call__`
    /// runs it: only on an instance of the class, and a built-in `__init__` (list's, dict's)
    /// at once.
    fn new_through_new(
        &mut self,
        c: &Arc<Class>,
        args: &[Value],
        kw: &KwArgs,
    ) -> PyResult<NewInstance> {
        let new = c
            .lookup(&names().new)
            .expect("every class inherits object.__new__");
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(Value::Class(c.clone()));
        all.extend_from_slice(args);
        let v = match &new {
            Value::Builtin(_) => super::subclass::adopt_native(c, self.call(&new, &all, kw)?),
            Value::Object(o) => match &o.kind {
                ObjKind::StaticMethod(f) => self.call(f, &all, kw)?,
                _ => self.call(&new, &all, kw)?,
            },
            _ => self.call(&new, &all, kw)?,
        };
        if !class_of(&v).is_subclass(c) {
            return Ok(NewInstance::Done(v));
        }
        match c.lookup(&names().init) {
            // object.__init__ ignores the arguments: `__new__` took them.
            None => Ok(NewInstance::Done(v)),
            Some(Value::Builtin(b)) if b.owner == Some("object") => Ok(NewInstance::Done(v)),
            Some(init @ Value::Builtin(_)) => {
                all[0] = v.clone();
                self.call(&init, &all, kw)?;
                Ok(NewInstance::Done(v))
            }
            Some(init) => Ok(NewInstance::Init(v, init)),
        }
    }

    /// The class of a value, as an owned handle.
    pub fn type_of(&self, v: &Value) -> Arc<Class> {
        class_of(v).clone()
    }
}

pub enum NewInstance {
    Done(Value),
    Init(Value, Value),
}
