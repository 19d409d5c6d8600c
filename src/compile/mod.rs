//! The compiler: AST -> code objects. One `Unit` per function, class body, comprehension or
//! module; names are placed by `scope` (CPython's symtable rules). Control flow that leaves a
//! `try`/`with`/`except` block early (return, break, continue) replays the cleanup inline, as
//! CPython 3.9+ does, so the VM's block stack only ever handles exceptions.

mod future;
pub mod scope;
mod warnings;

use crate::bytecode::{Code, CodeFlags, Op};
use crate::objects::pystr::intern;
use crate::objects::{new_str, ObjKind, Str, Value};
use crate::syntax::ast::*;
use crate::syntax::span::{LineIndex, Span};
use crate::syntax::SyntaxError;
use scope::{node_key, Place, ScopeKind, SymbolTable};
use std::collections::HashMap;
use std::sync::Arc;

type CResult<T> = Result<T, SyntaxError>;

/// What a code object is compiled for: CPython's `compile()` modes, plus a module.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A script or imported module: its names are the globals.
    Module,
    /// `compile(..., 'exec')`: statements run in a namespace that may be apart from the
    /// globals (`exec(code, g, l)`), so top-level names go through it (LOAD_NAME).
    Exec,
    /// `compile(..., 'eval')`: one expression (the body's only statement), whose value the
    /// code returns.
    Eval,
    /// `compile(..., 'single')` and the REPL: as `Exec`, printing each expression
    /// statement's value.
    Single,
}

/// Compiles a parsed module. `interactive` makes expression statements print their value.
pub fn compile_module(
    body: &Body,
    filename: &str,
    source: &str,
    interactive: bool,
) -> CResult<Arc<Code>> {
    let mode = if interactive {
        Mode::Single
    } else {
        Mode::Module
    };
    compile(body, filename, source, mode)
}

/// Compiles a parsed body in `mode` (for `Eval`, a body of one expression statement).
pub fn compile(body: &Body, filename: &str, source: &str, mode: Mode) -> CResult<Arc<Code>> {
    let features = future::check(body)?;
    let table = scope::analyze(body).map_err(|(m, span)| SyntaxError::spanning(m, span))?;
    let source: Arc<str> = Arc::from(source);
    let mut c = Compiler {
        table: &table,
        units: Vec::new(),
        lines: LineIndex::new(&source),
        filename: Arc::from(filename),
        source: source.clone(),
        interactive: mode == Mode::Single,
        names_in_namespace: mode != Mode::Module,
        string_annotations: features.annotations,
        warnings: Vec::new(),
    };
    c.push_unit(0, "<module>", "<module>".into(), 1);
    if let (Mode::Eval, [stmt]) = (mode, body.as_slice()) {
        if let StmtKind::Expr(e) = &stmt.kind {
            c.set_line(stmt.span);
            c.expr(e)?;
            c.emit(Op::ReturnValue);
            return Ok(c.pop_unit());
        }
    }
    if has_annotations(body) {
        c.emit(Op::SetupAnnotations);
    }
    if let Some(d) = docstring(body) {
        c.emit_const(Value::str(d));
        c.store_name("__doc__");
    }
    c.body(body)?;
    c.emit_const(Value::None);
    c.emit(Op::ReturnValue);
    Ok(c.pop_unit())
}

/// Why `break`, `continue` and `return` fail inside an `except*` clause.
const EXCEPT_STAR_EXIT: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

enum FBlock<'a> {
    Loop {
        continue_to: u32,
        breaks: Vec<usize>,
        /// `for` loops keep their iterator on the stack.
        has_iter: bool,
    },
    TryExcept,
    TryFinally(&'a Body),
    /// Inside an `except` clause; the name bound by `as`, to unbind on exit.
    Handler(Option<String>),
    /// Inside an `except*` clause: `break`, `continue` and `return` cannot leave it.
    ExceptStar,
    /// Inside a `finally` body run for an exception, which waits on the stack to be
    /// re-raised.
    FinallyExc,
    /// Inside a `finally` body run by `return`: the return value waits on the stack
    /// (CPython's POP_VALUE block), so a `break` there drops it.
    ReturnValue,
    With,
}

#[derive(Hash, PartialEq, Eq)]
enum ConstKey {
    None,
    Bool(bool),
    Int(i64),
    Float(u64),
    Str(String),
}

struct Unit<'a> {
    scope: usize,
    kind: ScopeKind,
    name: Str,
    qualname: String,
    firstlineno: u32,
    ops: Vec<Op>,
    lines: Vec<u32>,
    /// Per instruction, the source range of the node it runs (tracebacks underline it).
    spans: Vec<Span>,
    consts: Vec<Value>,
    const_map: HashMap<ConstKey, u32>,
    names: Vec<Str>,
    name_map: HashMap<String, u32>,
    varnames: Vec<Str>,
    var_map: HashMap<String, u32>,
    cellvars: Vec<String>,
    freevars: Vec<String>,
    fblocks: Vec<FBlock<'a>>,
    line: u32,
    span: Span,
    argcount: u32,
    posonlycount: u32,
    kwonlycount: u32,
    flags: CodeFlags,
    doc: Option<Value>,
}

/// Whether a module or class body annotates a name, where CPython's find_ann looks: its
/// statements and the blocks nested in them, not the functions and classes it defines.
fn has_annotations(body: &Body) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign(..) => true,
        StmtKind::If(_, a, b) | StmtKind::While(_, a, b) | StmtKind::For(_, _, a, b) => {
            has_annotations(a) || has_annotations(b)
        }
        StmtKind::With(_, b) => has_annotations(b),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            has_annotations(body)
                || handlers.iter().any(|h| has_annotations(&h.body))
                || has_annotations(orelse)
                || has_annotations(finalbody)
        }
        _ => false,
    })
}

/// The docstring of a body: its first statement, when that is a string literal.
fn docstring(body: &Body) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Str(s),
            ..
        })) => Some(s),
        _ => None,
    }
}

struct Compiler<'a> {
    table: &'a SymbolTable,
    units: Vec<Unit<'a>>,
    lines: LineIndex<'a>,
    filename: Arc<str>,
    source: Arc<str>,
    interactive: bool,
    /// Top-level names live in the frame's namespace (`Mode` says when).
    names_in_namespace: bool,
    /// `from __future__ import annotations`: annotations are kept as their source text.
    string_annotations: bool,
    /// SyntaxWarnings found so far, (line, message).
    warnings: Vec<(u32, String)>,
}

fn err<T>(msg: impl Into<String>, span: Span) -> CResult<T> {
    Err(SyntaxError::spanning(msg, span))
}

impl<'a> Compiler<'a> {
    // ------------------------------------------------------------ units

    fn push_unit(&mut self, scope: usize, name: &str, qualname: String, firstlineno: u32) {
        let s = &self.table.scopes[scope];
        let kind = s.kind.unwrap_or(ScopeKind::Module);
        let mut u = Unit {
            scope,
            kind,
            name: new_str(name),
            qualname,
            firstlineno,
            ops: Vec::new(),
            lines: Vec::new(),
            spans: Vec::new(),
            consts: Vec::new(),
            const_map: HashMap::new(),
            names: Vec::new(),
            name_map: HashMap::new(),
            varnames: Vec::new(),
            var_map: HashMap::new(),
            cellvars: s.cells.clone(),
            freevars: s.frees.clone(),
            fblocks: Vec::new(),
            line: firstlineno,
            span: Span::default(),
            argcount: 0,
            posonlycount: 0,
            kwonlycount: 0,
            flags: CodeFlags {
                generator: s.is_generator,
                uses_names: kind != ScopeKind::Function,
                ..Default::default()
            },
            doc: None,
        };
        for p in &s.params {
            let i = u.varnames.len() as u32;
            u.varnames.push(intern(p.as_str()));
            u.var_map.insert(p.clone(), i);
        }
        self.units.push(u);
    }

    fn pop_unit(&mut self) -> Arc<Code> {
        let u = self.units.pop().expect("unit stack never empty here");
        let cell_params = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| u.var_map.get(name).map(|&li| (ci as u32, li)))
            .filter(|&(_, li)| (li as usize) < self.table.scopes[u.scope].params.len())
            .collect();
        let cache_base = crate::bytecode::alloc_cache_slots(u.names.len());
        let mut u = u;
        crate::bytecode::peephole::fuse(&mut u.ops);
        // The eval loop fetches instructions without a bounds check; this is what makes that
        // sound: execution can only leave the last instruction by returning, and every jump
        // lands inside the code.
        // Likewise locals are read without a bounds check: every local index names a slot of
        // `varnames`, which is how many slots a frame's `fast` has.
        let nlocals = u.varnames.len();
        assert!(
            u.ops.iter().all(|op| match *op {
                Op::LoadFast(i) | Op::StoreFast(i) | Op::DeleteFast(i) => (i as usize) < nlocals,
                Op::LoadFast2(a, b) => (a.max(b) as usize) < nlocals,
                Op::LoadFastAttr(l, _)
                | Op::FastBinaryConst(_, l, _)
                | Op::CallFastBinaryConst(_, l, _)
                | Op::LocalInplaceConst(_, l, _)
                | Op::StoreFastAttr(l, _)
                | Op::FastInplace(_, l)
                | Op::LoadFastDupAttr(l, _)
                | Op::ReturnFastAttr(l, _)
                | Op::AttrInplaceConst(_, l, _, _)
                | Op::ReturnFast(l) => (l as usize) < nlocals,
                Op::AttrInplaceFast(_, a, _, b) => (a.max(b) as usize) < nlocals,
                Op::ForIterStore(_, l) => (l as usize) < nlocals,
                Op::FastBinaryFast(_, a, b) | Op::LocalInplaceLocal(_, a, b) => {
                    (a.max(b) as usize) < nlocals
                }
                Op::FastCompareConstJump(_, l, _, _) => (l as usize) < nlocals,
                Op::FastCompareFastJump(_, a, b, _) => (a.max(b) as usize) < nlocals,
                _ => true,
            }),
            "code object {} names a local it does not have",
            u.qualname
        );
        assert!(
            matches!(u.ops.last(), Some(Op::ReturnValue))
                && u.ops
                    .iter()
                    .filter_map(Op::jump_target)
                    .all(|t| (t as usize) < u.ops.len()),
            "code object {} can run past its end",
            u.qualname
        );
        let simple = !u.flags.generator
            && !u.flags.varargs
            && !u.flags.varkw
            && u.kwonlycount == 0
            && u.cellvars.is_empty();
        Arc::new(Code {
            fast_argcount: if simple { u.argcount } else { u32::MAX },
            name: u.name,
            qualname: new_str(u.qualname),
            filename: self.filename.clone(),
            source: self.source.clone(),
            firstlineno: u.firstlineno,
            ops: u.ops,
            lines: u.lines,
            spans: u.spans,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars.iter().map(|s| new_str(s.as_str())).collect(),
            freevars: u.freevars.iter().map(|s| new_str(s.as_str())).collect(),
            cell_params,
            argcount: u.argcount,
            posonlycount: u.posonlycount,
            kwonlycount: u.kwonlycount,
            flags: u.flags,
            cache_base,
            doc: u.doc,
            warnings: if self.units.is_empty() {
                std::mem::take(&mut self.warnings)
            } else {
                Vec::new()
            },
        })
    }

    /// Records a SyntaxWarning at the line `span` starts on.
    fn warn(&mut self, span: Span, msg: String) {
        let line = self.lines.line(span.start as usize) as u32;
        self.warnings.push((line, msg));
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit stack never empty here")
    }

    fn emit(&mut self, op: Op) -> usize {
        let u = self.unit();
        u.ops.push(op);
        u.lines.push(u.line);
        u.spans.push(u.span);
        u.ops.len() - 1
    }

    fn here(&mut self) -> u32 {
        self.unit().ops.len() as u32
    }

    /// Points the jump at `at` to the current position.
    fn patch(&mut self, at: usize) {
        let target = self.here();
        self.patch_to(at, target);
    }

    fn patch_to(&mut self, at: usize, target: u32) {
        let op = &mut self.unit().ops[at];
        *op = op.with_target(target);
    }

    /// Makes `span` (and its first line) the position of the instructions emitted next;
    /// the previous position, for `restore_pos`.
    fn set_line(&mut self, span: Span) -> (u32, Span) {
        let line = self.lines.line(span.start as usize) as u32;
        let u = self.unit();
        (
            std::mem::replace(&mut u.line, line),
            std::mem::replace(&mut u.span, span),
        )
    }

    fn restore_pos(&mut self, (line, span): (u32, Span)) {
        let u = self.unit();
        u.line = line;
        u.span = span;
    }

    /// Emits `op` positioned at `span` (the line stays): a store or unpack is underlined at
    /// its target, as CPython does.
    fn emit_at(&mut self, span: Span, op: Op) -> usize {
        let prev = std::mem::replace(&mut self.unit().span, span);
        let at = self.emit(op);
        self.unit().span = prev;
        at
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let key = match &v {
            Value::None => Some(ConstKey::None),
            Value::Bool(b) => Some(ConstKey::Bool(*b)),
            Value::Int(i) => Some(ConstKey::Int(*i)),
            Value::Float(f) => Some(ConstKey::Float(f.to_bits())),
            Value::Str(s) => Some(ConstKey::Str(s.as_str().to_string())),
            _ => None,
        };
        let u = self.unit();
        if let Some(k) = &key {
            if let Some(&i) = u.const_map.get(k) {
                return i;
            }
        }
        let i = u.consts.len() as u32;
        u.consts.push(v);
        if let Some(k) = key {
            u.const_map.insert(k, i);
        }
        i
    }

    fn emit_const(&mut self, v: Value) {
        let i = self.add_const(v);
        self.emit(Op::LoadConst(i));
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.name_map.get(name) {
            return i;
        }
        let i = u.names.len() as u32;
        u.names.push(intern(name));
        u.name_map.insert(name.to_string(), i);
        i
    }

    fn var_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(&i) = u.var_map.get(name) {
            return i;
        }
        let i = u.varnames.len() as u32;
        u.varnames.push(intern(name));
        u.var_map.insert(name.to_string(), i);
        i
    }

    fn cell_idx(&mut self, name: &str) -> Option<u32> {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        u.freevars
            .iter()
            .position(|c| c == name)
            .map(|i| (i + u.cellvars.len()) as u32)
    }

    fn place(&mut self, name: &str) -> Place {
        let scope = self.unit().scope;
        self.table.scopes[scope].place(name)
    }

    // ------------------------------------------------------------ names

    /// Emits the load, store or delete of `name` for wherever the scope puts it.
    fn name_op(&mut self, name: &str, access: Access) {
        let op = match self.place(name) {
            Place::Local => {
                let i = self.var_idx(name);
                [Op::LoadFast(i), Op::StoreFast(i), Op::DeleteFast(i)]
            }
            Place::Cell | Place::Free => {
                let i = self.cell_idx(name).unwrap_or(0);
                [Op::LoadDeref(i), Op::StoreDeref(i), Op::DeleteDeref(i)]
            }
            Place::Global
                if self.names_in_namespace
                    && self.units.len() == 1
                    && !self.table.scopes[0].globals.contains(name) =>
            {
                let i = self.name_idx(name);
                [Op::LoadName(i), Op::StoreName(i), Op::DeleteName(i)]
            }
            Place::Global => {
                let i = self.name_idx(name);
                [Op::LoadGlobal(i), Op::StoreGlobal(i), Op::DeleteGlobal(i)]
            }
            Place::Name => {
                let i = self.name_idx(name);
                [Op::LoadName(i), Op::StoreName(i), Op::DeleteName(i)]
            }
        };
        self.emit(op[access as usize]);
    }

    fn load_name(&mut self, name: &str) {
        self.name_op(name, Access::Load);
    }

    fn store_name(&mut self, name: &str) {
        self.name_op(name, Access::Store);
    }

    fn delete_name(&mut self, name: &str) {
        self.name_op(name, Access::Delete);
    }

    // ------------------------------------------------------------ statements

    fn body(&mut self, b: &'a Body) -> CResult<()> {
        b.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                if self.interactive && self.units.len() == 1 {
                    self.emit(Op::PrintExpr);
                } else {
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Assign(targets, value) => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign(t, op, v) => self.aug_assign(t, *op, v)?,
            StmtKind::AnnAssign(t, ann, v) => self.annotated_assign(t, ann, v.as_ref())?,
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Pass => {}
            StmtKind::Break => self.break_or_continue(true, s.span)?,
            StmtKind::Continue => self.break_or_continue(false, s.span)?,
            StmtKind::Return(v) => {
                if self.unit().kind != ScopeKind::Function {
                    return err("'return' outside function", s.span);
                }
                if self.in_except_star(0) {
                    // CPython has compiled the value when it finds out.
                    return err(EXCEPT_STAR_EXIT, v.as_ref().map_or(s.span, |v| v.span));
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                self.unwind_all()?;
                self.emit(Op::ReturnValue);
            }
            StmtKind::If(test, body, orelse) => {
                self.expr(test)?;
                let jf = self.emit(Op::JumpIfFalse(0));
                self.body(body)?;
                if orelse.is_empty() {
                    self.patch(jf);
                } else {
                    let j = self.emit(Op::Jump(0));
                    self.patch(jf);
                    self.body(orelse)?;
                    self.patch(j);
                }
            }
            StmtKind::While(test, body, orelse) => {
                let top = self.here();
                self.expr(test)?;
                let jf = self.emit(Op::JumpIfFalse(0));
                self.unit().fblocks.push(FBlock::Loop {
                    continue_to: top,
                    breaks: vec![],
                    has_iter: false,
                });
                self.body(body)?;
                self.emit(Op::Jump(top));
                let breaks = self.pop_loop();
                self.patch(jf);
                self.body(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::For(target, iter, body, orelse) => {
                self.iter_expr(iter)?;
                self.emit(Op::GetIter);
                let top = self.here();
                let fi = self.emit(Op::ForIter(0));
                self.unit().fblocks.push(FBlock::Loop {
                    continue_to: top,
                    breaks: vec![],
                    has_iter: true,
                });
                self.store_target(target)?;
                self.body(body)?;
                self.set_line(s.span);
                self.emit(Op::Jump(top));
                let breaks = self.pop_loop();
                self.patch(fi);
                self.body(orelse)?;
                for b in breaks {
                    self.patch(b);
                }
            }
            StmtKind::FunctionDef(f) => self.function_def(f, s.span)?,
            StmtKind::ClassDef(c) => self.class_def(c, s.span)?,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Raise(exc, cause) => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.emit(Op::Raise(n));
            }
            StmtKind::With(items, body) => self.with_stmt(items, body)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(names) => {
                for (name, alias) in names {
                    let i = self.name_idx(name);
                    self.emit(Op::ImportName(i));
                    match alias {
                        Some(a) => self.store_name(a),
                        None => {
                            let top = name.split('.').next().unwrap_or(name);
                            if top != name {
                                self.emit(Op::Pop);
                                let i = self.name_idx(top);
                                self.emit(Op::ImportName(i));
                            }
                            self.store_name(top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom(level, module, names) => {
                if *level > 0 {
                    return err("relative imports are not supported by mt", s.span);
                }
                let m = module.clone().unwrap_or_default();
                let i = self.name_idx(&m);
                self.emit(Op::ImportName(i));
                match names {
                    ImportNames::Star => {
                        self.emit(Op::ImportStar);
                    }
                    ImportNames::Names(ns) => {
                        for (n, a) in ns {
                            let i = self.name_idx(n);
                            self.emit(Op::ImportFrom(i));
                            self.store_name(a.as_ref().unwrap_or(n));
                        }
                        self.emit(Op::Pop);
                    }
                }
            }
            StmtKind::Assert(test, msg) => {
                if let Some(w) = warnings::assert(test) {
                    self.warn(s.span, w);
                }
                self.expr(test)?;
                // The AssertionError is raised at the test (CPython underlines it), unless
                // the test is a constant CPython folds away: then at the statement.
                if !folds_to_const(test) {
                    self.set_line(test.span);
                }
                let j = self.emit(Op::JumpIfTrue(0));
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.patch(j);
            }
        }
        Ok(())
    }

    /// Whether an `except*` clause lies between the innermost block and `fblocks[from..]`.
    fn in_except_star(&mut self, from: usize) -> bool {
        self.unit().fblocks[from..]
            .iter()
            .any(|b| matches!(b, FBlock::ExceptStar))
    }

    fn pop_loop(&mut self) -> Vec<usize> {
        match self.unit().fblocks.pop() {
            Some(FBlock::Loop { breaks, .. }) => breaks,
            _ => vec![],
        }
    }

    /// Emits the cleanup for leaving blocks down to (not including) the innermost loop.
    fn break_or_continue(&mut self, is_break: bool, span: Span) -> CResult<()> {
        let Some(loop_idx) = self
            .unit()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            if self.in_except_star(0) {
                return err(EXCEPT_STAR_EXIT, span);
            }
            let msg = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return err(msg, span);
        };
        if self.in_except_star(loop_idx) {
            return err(EXCEPT_STAR_EXIT, span);
        }
        let saved: Vec<FBlock<'a>> = self.unit().fblocks.drain(loop_idx + 1..).collect();
        for b in saved.iter().rev() {
            self.unwind_block(b)?;
        }
        self.unit().fblocks.extend(saved);
        if is_break {
            let has_iter = matches!(
                self.unit().fblocks[loop_idx],
                FBlock::Loop { has_iter: true, .. }
            );
            if has_iter {
                self.emit(Op::PopIter);
            }
            let j = self.emit(Op::Jump(0));
            if let FBlock::Loop { breaks, .. } = &mut self.unit().fblocks[loop_idx] {
                breaks.push(j);
            }
        } else {
            let target = match &self.unit().fblocks[loop_idx] {
                FBlock::Loop { continue_to, .. } => *continue_to,
                _ => 0,
            };
            self.emit(Op::Jump(target));
        }
        Ok(())
    }

    /// Cleanup for `return`: every block of the function, innermost first. The return value
    /// stays on top of the stack, so the cleanups must keep it there. While a block's cleanup
    /// is emitted, the blocks outside it stay active under a `ReturnValue` marker: a
    /// `break`/`continue` in a `finally` run by `return` drops the value and leaves properly.
    fn unwind_all(&mut self) -> CResult<()> {
        let mut left = Vec::new();
        while let Some(b) = self.unit().fblocks.pop() {
            self.unit().fblocks.push(FBlock::ReturnValue);
            match &b {
                FBlock::Loop { has_iter: true, .. } => {
                    self.emit(Op::Rot2);
                    self.emit(Op::PopIter);
                }
                FBlock::With => {
                    // The return value goes under the block's two exit slots.
                    self.emit(Op::PopBlock);
                    self.emit(Op::Rot3);
                    self.emit(Op::WithExitNormal);
                }
                FBlock::FinallyExc | FBlock::ReturnValue => {
                    if let FBlock::FinallyExc = b {
                        self.emit(Op::PopExcept);
                    }
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                }
                other => self.unwind_block(other)?,
            }
            self.unit().fblocks.pop();
            left.push(b);
        }
        left.reverse();
        self.unit().fblocks = left;
        Ok(())
    }

    fn unwind_block(&mut self, b: &FBlock<'a>) -> CResult<()> {
        match b {
            FBlock::Loop { has_iter, .. } => {
                if *has_iter {
                    self.emit(Op::PopIter);
                }
            }
            FBlock::TryExcept => {
                self.emit(Op::PopBlock);
            }
            FBlock::TryFinally(fin) => {
                self.emit(Op::PopBlock);
                self.body(fin)?;
            }
            FBlock::Handler(name) => {
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.emit_const(Value::None);
                    self.store_name(n);
                    self.delete_name(n);
                }
            }
            // Nothing leaves an `except*` clause but an exception (`in_except_star`).
            FBlock::ExceptStar => {}
            FBlock::FinallyExc => {
                self.emit(Op::PopExcept);
                self.emit(Op::Pop);
            }
            FBlock::ReturnValue => {
                self.emit(Op::Pop);
            }
            FBlock::With => {
                self.emit(Op::PopBlock);
                self.emit(Op::WithExitNormal);
            }
        }
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a Body,
        handlers: &'a [Handler],
        orelse: &'a Body,
    ) -> CResult<()> {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::TryExcept);
        self.body(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.body(orelse)?;
        let mut ends = vec![self.emit(Op::Jump(0))];
        self.patch(setup);
        // Stack: [exc]; the VM has made it the handled exception.
        if handlers.first().is_some_and(|h| h.star) {
            self.except_star_clauses(handlers)?;
            self.patch(ends[0]);
            return Ok(());
        }
        for (i, h) in handlers.iter().enumerate() {
            self.set_line(h.span);
            let mut next = None;
            match &h.kind {
                Some(k) => {
                    self.emit(Op::Dup);
                    self.expr(k)?;
                    next = Some(self.emit(Op::JumpIfNotExcMatch(0)));
                }
                None => {
                    if i + 1 != handlers.len() {
                        return err("default 'except:' must be last", h.span);
                    }
                }
            }
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Op::Pop);
                }
            }
            self.unit().fblocks.push(FBlock::Handler(h.name.clone()));
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.unwind_block(&FBlock::Handler(h.name.clone()))?;
            ends.push(self.emit(Op::Jump(0)));
            if let Some(n) = next {
                self.patch(n);
            }
        }
        self.emit(Op::Reraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// The `except*` clauses (PEP 654), entered with `[exc]`: each clause takes the part of
    /// what is still unhandled that its type matches; what the clauses raise and what none
    /// matched is raised again at the end, as CPython 3.11 compiles them.
    fn except_star_clauses(&mut self, handlers: &'a [Handler]) -> CResult<()> {
        self.emit(Op::ExceptStarBegin);
        for h in handlers {
            self.set_line(h.span);
            let Some(kind) = &h.kind else {
                return err("expected one or more exception types", h.span);
            };
            self.expr(kind)?;
            let next = self.emit(Op::ExceptStarMatch(0));
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Op::Pop);
                }
            }
            let raised = self.emit(Op::SetupExcept(0));
            self.unit().fblocks.push(FBlock::ExceptStar);
            self.body(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopBlock);
            let done = self.emit(Op::Jump(0));
            self.patch(raised);
            self.emit(Op::ExceptStarRaised);
            self.patch(done);
            self.emit(Op::PopExcept);
            if let Some(n) = &h.name {
                self.emit_const(Value::None);
                self.store_name(n);
                self.delete_name(n);
            }
            self.patch(next);
        }
        self.emit(Op::ExceptStarEnd);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a Body,
        handlers: &'a [Handler],
        orelse: &'a Body,
        finalbody: &'a Body,
    ) -> CResult<()> {
        let setup = self.emit(Op::SetupFinally(0));
        self.unit().fblocks.push(FBlock::TryFinally(finalbody));
        if handlers.is_empty() {
            self.body(body)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.body(finalbody)?;
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        // Exceptional path: [exc] on the stack, handled; run the body and re-raise.
        self.unit().fblocks.push(FBlock::FinallyExc);
        self.body(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise);
        self.patch(end);
        Ok(())
    }

    fn with_stmt(&mut self, items: &'a [(Expr, Option<Expr>)], body: &'a Body) -> CResult<()> {
        let Some(((ctx, target), rest)) = items.split_first() else {
            return self.body(body);
        };
        self.expr(ctx)?;
        let setup = self.emit(Op::SetupWith(0));
        match target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.unit().fblocks.push(FBlock::With);
        self.with_stmt(rest, body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.emit(Op::WithExitNormal);
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        self.emit(Op::WithExcept);
        self.patch(end);
        Ok(())
    }

    fn aug_assign(&mut self, t: &'a Expr, op: BinOp, v: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(v)?;
                self.emit(Op::Inplace(op));
                self.store_name(n);
            }
            ExprKind::Attribute(obj, name) => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                let i = self.name_idx(name);
                self.emit_at(t.span, Op::LoadAttr(i));
                self.expr(v)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot2);
                self.emit_at(t.span, Op::StoreAttr(i));
            }
            ExprKind::Subscript(obj, key) => {
                self.expr(obj)?;
                self.expr(key)?;
                self.emit(Op::Dup2);
                self.emit_at(t.span, Op::Subscript);
                self.expr(v)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot3);
                self.emit_at(t.span, Op::StoreSubscr);
            }
            _ => return err("illegal expression for augmented assignment", t.span),
        }
        Ok(())
    }

    fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute(obj, name) => {
                self.expr(obj)?;
                let i = self.name_idx(name);
                self.emit_at(t.span, Op::StoreAttr(i));
            }
            ExprKind::Subscript(obj, key) => {
                self.expr(obj)?;
                self.expr(key)?;
                self.emit_at(t.span, Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|i| matches!(i.kind, ExprKind::Starred(_)));
                match star {
                    None => {
                        self.emit_at(t.span, Op::UnpackSequence(items.len() as u32));
                    }
                    Some(k) => {
                        let after = items.len() - k - 1;
                        if k > 255 || after > 255 {
                            return err(
                                "too many expressions in star-unpacking assignment",
                                t.span,
                            );
                        }
                        self.emit_at(t.span, Op::UnpackEx(k as u32 | (after as u32) << 8));
                    }
                }
                for i in items {
                    match &i.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(i)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return err(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                )
            }
            _ => return err("cannot assign to expression", t.span),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute(obj, name) => {
                self.expr(obj)?;
                let i = self.name_idx(name);
                self.emit_at(t.span, Op::DeleteAttr(i));
            }
            ExprKind::Subscript(obj, key) => {
                self.expr(obj)?;
                self.expr(key)?;
                self.emit_at(t.span, Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return err("cannot delete expression", t.span),
        }
        Ok(())
    }

    fn qualname_for(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        match u.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            ScopeKind::Function => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Compiles a function body into a code object and emits MakeFunction for it.
    fn make_function(
        &mut self,
        key: usize,
        name: &str,
        params: &'a Params,
        returns: Option<&'a Expr>,
        line: u32,
        body: FuncBody<'a>,
    ) -> CResult<()> {
        let mut flags = 0;
        if !params.defaults.is_empty() {
            for d in &params.defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(params.defaults.len() as u32));
            flags |= 1;
        }
        let kwd: Vec<&(String, Option<Expr>)> =
            params.kwonly.iter().filter(|(_, d)| d.is_some()).collect();
        if !kwd.is_empty() {
            for (n, d) in &kwd {
                self.emit_const(Value::str(n));
                if let Some(d) = d {
                    self.expr(d)?;
                }
            }
            self.emit(Op::BuildMap(kwd.len() as u32));
            flags |= 2;
        }
        let annotations = params
            .annotations
            .iter()
            .map(|(n, e)| (n.as_str(), e))
            .chain(returns.map(|r| ("return", r)));
        let mut count = 0;
        for (n, e) in annotations {
            self.emit_const(Value::str(n));
            self.annotation(e)?;
            count += 1;
        }
        if count > 0 {
            self.emit(Op::BuildMap(count));
            flags |= 4;
        }
        let scope = *self
            .table
            .by_node
            .get(&key)
            .expect("scope analysed for every function");
        let qualname = self.qualname_for(name);
        self.push_unit(scope, name, qualname.clone(), line);
        {
            let u = self.unit();
            u.argcount = params.args.len() as u32;
            u.posonlycount = params.posonly as u32;
            u.kwonlycount = params.kwonly.len() as u32;
            u.flags.varargs = params.vararg.is_some();
            u.flags.varkw = params.kwarg.is_some();
        }
        match body {
            FuncBody::Stmts(b) => {
                self.unit().doc = docstring(b).map(Value::str);
                self.body(b)?;
                self.emit_const(Value::None);
                self.emit(Op::ReturnValue);
            }
            FuncBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::ReturnValue);
            }
        }
        let code = self.pop_unit();
        self.emit_closure(&code)?;
        if !code.freevars.is_empty() {
            flags |= 8;
        }
        self.emit_const(Value::object(ObjKind::Code(code)));
        self.emit_const(Value::str(&qualname));
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    /// `target: annotation [= value]`, as CPython's compiler_annassign: a module or class
    /// body evaluates the annotation and records a plain name's in `__annotations__`; a
    /// function evaluates neither.
    fn annotated_assign(&mut self, t: &'a Expr, ann: &'a Expr, v: Option<&'a Expr>) -> CResult<()> {
        if let Some(v) = v {
            self.expr(v)?;
            self.store_target(t)?;
        }
        let in_body = self.unit().kind != ScopeKind::Function;
        match &t.kind {
            ExprKind::Name(name) => {
                if in_body {
                    self.annotation(ann)?;
                    let i = self.name_idx("__annotations__");
                    self.emit(Op::LoadName(i));
                    self.emit_const(Value::str(name));
                    self.emit_at(t.span, Op::StoreSubscr);
                }
            }
            _ => {
                if v.is_none() {
                    // The target's object (and index) are still evaluated.
                    match &t.kind {
                        ExprKind::Attribute(obj, _) => {
                            self.expr(obj)?;
                            self.emit(Op::Pop);
                        }
                        ExprKind::Subscript(obj, key) => {
                            self.expr(obj)?;
                            self.emit(Op::Pop);
                            self.expr(key)?;
                            self.emit(Op::Pop);
                        }
                        _ => {}
                    }
                }
                if in_body && !self.string_annotations {
                    self.expr(ann)?;
                    self.emit(Op::Pop);
                }
            }
        }
        Ok(())
    }

    /// An annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    fn annotation(&mut self, e: &'a Expr) -> CResult<()> {
        if self.string_annotations {
            let text = self
                .source
                .get(e.span.start as usize..e.span.end as usize)
                .unwrap_or("")
                .to_string();
            self.emit_const(Value::str(&text));
            return Ok(());
        }
        self.expr(e)
    }

    fn emit_closure(&mut self, code: &Code) -> CResult<()> {
        if code.freevars.is_empty() {
            return Ok(());
        }
        for f in &code.freevars {
            let i = self.cell_idx(f.as_str()).unwrap_or(0);
            self.emit(Op::LoadClosure(i));
        }
        self.emit(Op::BuildTuple(code.freevars.len() as u32));
        Ok(())
    }

    fn function_def(&mut self, f: &'a FuncDef, span: Span) -> CResult<()> {
        for d in &f.decorators {
            self.expr(d)?;
        }
        self.set_line(span);
        let line = self.lines.line(span.start as usize) as u32;
        self.make_function(
            node_key(f),
            &f.name,
            &f.params,
            f.returns.as_ref(),
            line,
            FuncBody::Stmts(&f.body),
        )?;
        for _ in &f.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&f.name);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef, span: Span) -> CResult<()> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.set_line(span);
        let line = self.lines.line(span.start as usize) as u32;
        let scope = *self.table.by_node.get(&node_key(c)).expect("class scope");
        let qualname = self.qualname_for(&c.name);
        self.push_unit(scope, &c.name, qualname.clone(), line);
        let mod_name = self.name_idx("__name__");
        self.emit(Op::LoadGlobal(mod_name));
        let m = self.name_idx("__module__");
        self.emit(Op::StoreName(m));
        self.emit_const(Value::str(&qualname));
        let q = self.name_idx("__qualname__");
        self.emit(Op::StoreName(q));
        if let Some(d) = docstring(&c.body) {
            self.emit_const(Value::str(d));
            let i = self.name_idx("__doc__");
            self.emit(Op::StoreName(i));
        }
        if has_annotations(&c.body) {
            self.emit(Op::SetupAnnotations);
        }
        self.body(&c.body)?;
        match self.cell_idx("__class__") {
            Some(i) if self.unit().cellvars.iter().any(|c| c == "__class__") => {
                self.emit(Op::LoadClosure(i));
            }
            _ => self.emit_const(Value::None),
        }
        self.emit(Op::ReturnValue);
        let code = self.pop_unit();
        let mut flags = 0;
        self.emit_closure(&code)?;
        if !code.freevars.is_empty() {
            flags |= 8;
        }
        self.emit_const(Value::object(ObjKind::Code(code)));
        self.emit_const(Value::str(&qualname));
        self.emit(Op::MakeFunction(flags));
        self.emit_const(Value::str(&c.name));
        let mut nbases = 0;
        let mut keywords = Vec::new();
        for a in &c.args {
            match a {
                Arg::Pos(e) => {
                    self.expr(e)?;
                    nbases += 1;
                }
                Arg::Kw(k, v) => keywords.push((k, v)),
                _ => return err("class bases must be plain expressions in mt", span),
            }
        }
        if keywords.is_empty() {
            self.emit(Op::BuildClass(nbases));
        } else {
            for (k, v) in &keywords {
                self.emit_const(Value::str(k));
                self.expr(v)?;
            }
            self.emit(Op::BuildMap(keywords.len() as u32));
            self.emit(Op::BuildClassKw(nbases));
        }
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&c.name);
        Ok(())
    }

    // ------------------------------------------------------------ expressions

    /// The iterable of a `for` loop or comprehension: CPython turns a display of constants
    /// there into a frozenset constant (not merged into a new set like other displays).
    fn iter_expr(&mut self, e: &'a Expr) -> CResult<()> {
        if let ExprKind::Set(items) = &e.kind {
            if items.iter().all(folds_to_const) {
                return self.const_set(items);
            }
        }
        self.expr(e)
    }

    /// Pushes a set laid out like CPython's frozenset constant for a display of constants:
    /// built element by element, then rebuilt (`merge_consts_recursive`) by adding the
    /// elements again in the first table's order.
    fn const_set(&mut self, items: &'a [Expr]) -> CResult<()> {
        self.emit(Op::BuildSet(0));
        self.emit(Op::BuildList(0));
        for i in items {
            self.expr(i)?;
        }
        self.emit(Op::BuildSet(items.len() as u32));
        self.emit(Op::ListExtend(0));
        self.emit(Op::SetUpdate);
        Ok(())
    }

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let prev = self.set_line(e.span);
        let r = self.expr_inner(e);
        self.restore_pos(prev);
        r
    }

    fn expr_inner(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Int(IntLit::Small(i)) => self.emit_const(Value::Int(*i)),
            ExprKind::Int(IntLit::Big(b)) => self.emit_const(Value::from_bigint(b.clone())),
            ExprKind::Float(f) => self.emit_const(Value::Float(*f)),
            ExprKind::Str(s) => {
                let v = if s.len() <= 40 && s.chars().all(|c| c.is_alphanumeric() || c == '_') {
                    Value::Str(intern(s))
                } else {
                    Value::str(s)
                };
                self.emit_const(v)
            }
            ExprKind::True => self.emit_const(Value::Bool(true)),
            ExprKind::False => self.emit_const(Value::Bool(false)),
            ExprKind::None => self.emit_const(Value::None),
            ExprKind::Ellipsis => self.emit_const(Value::object(ObjKind::Ellipsis)),
            ExprKind::FString(parts) => self.fstring(parts)?,
            ExprKind::BinOp(a, op, b) => {
                self.expr(a)?;
                self.expr(b)?;
                self.emit(Op::Binary(*op));
            }
            ExprKind::Unary(op, a) => {
                self.expr(a)?;
                self.emit(match op {
                    UnaryOp::Neg => Op::Neg,
                    UnaryOp::Pos => Op::Pos,
                    UnaryOp::Invert => Op::Invert,
                    UnaryOp::Not => Op::Not,
                });
            }
            ExprKind::And(a, b) => {
                self.expr(a)?;
                let j = self.emit(Op::JumpIfFalseOrPop(0));
                self.expr(b)?;
                self.patch(j);
            }
            ExprKind::Or(a, b) => {
                self.expr(a)?;
                let j = self.emit(Op::JumpIfTrueOrPop(0));
                self.expr(b)?;
                self.patch(j);
            }
            ExprKind::Compare(first, rest) => {
                for w in warnings::compare(first, rest) {
                    self.warn(e.span, w);
                }
                self.compare(first, rest)?
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Op::JumpIfFalse(0));
                self.expr(body)?;
                let j = self.emit(Op::Jump(0));
                self.patch(jf);
                self.expr(orelse)?;
                self.patch(j);
            }
            ExprKind::Lambda(params, body) => {
                let line = self.unit().line;
                self.make_function(
                    node_key(e),
                    "<lambda>",
                    params,
                    None,
                    line,
                    FuncBody::Expr(body),
                )?;
            }
            ExprKind::Call(func, args) => {
                if let Some(w) = warnings::call(func) {
                    self.warn(e.span, w);
                }
                self.call(func, args)?
            }
            ExprKind::Attribute(obj, name) => {
                self.expr(obj)?;
                let i = self.name_idx(name);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript(obj, key) => {
                if let Some(w) = warnings::subscript(obj, key) {
                    self.warn(e.span, w);
                }
                self.expr(obj)?;
                self.expr(key)?;
                self.emit(Op::Subscript);
            }
            ExprKind::Slice(a, b, c) => {
                for x in [a, b] {
                    match x {
                        Some(x) => self.expr(x)?,
                        None => self.emit_const(Value::None),
                    }
                }
                match c {
                    Some(c) => {
                        self.expr(c)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::Tuple(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.starred_list(items)?;
                    self.emit(Op::ListToTuple);
                } else if let Some(c) = const_tuple(items) {
                    self.emit_const(c);
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildTuple(items.len() as u32));
                }
            }
            ExprKind::List(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.starred_list(items)?;
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildList(items.len() as u32));
                }
            }
            ExprKind::Set(items) => {
                if items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) {
                    self.emit(Op::BuildSet(0));
                    for i in items {
                        match &i.kind {
                            ExprKind::Starred(inner) => {
                                self.expr(inner)?;
                                self.emit(Op::SetUpdate);
                            }
                            _ => {
                                self.expr(i)?;
                                self.emit(Op::SetAdd(1));
                            }
                        }
                    }
                } else if items.len() > 2 && items.iter().all(folds_to_const) {
                    // CPython folds this display to a frozenset constant merged into a new set
                    // (BUILD_SET 0, LOAD_CONST, SET_UPDATE); the merge can lay the table out
                    // differently from adding the elements one by one, so do the same.
                    self.emit(Op::BuildSet(0));
                    self.const_set(items)?;
                    self.emit(Op::SetUpdate);
                } else {
                    for i in items {
                        self.expr(i)?;
                    }
                    self.emit(Op::BuildSet(items.len() as u32));
                }
            }
            ExprKind::Dict(items) => {
                if items.iter().any(|i| matches!(i, DictItem::Spread(_))) {
                    self.emit(Op::BuildMap(0));
                    for i in items {
                        match i {
                            DictItem::Pair(k, v) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd(1));
                            }
                            DictItem::Spread(m) => {
                                self.expr(m)?;
                                self.emit(Op::DictUpdate);
                            }
                        }
                    }
                } else {
                    for i in items {
                        if let DictItem::Pair(k, v) = i {
                            self.expr(k)?;
                            self.expr(v)?;
                        }
                    }
                    self.emit(Op::BuildMap(items.len() as u32));
                }
            }
            ExprKind::Starred(_) => return err("can't use starred expression here", e.span),
            ExprKind::ListComp(x, g) => self.comprehension(e, CompKind::List(x), g)?,
            ExprKind::SetComp(x, g) => self.comprehension(e, CompKind::Set(x), g)?,
            ExprKind::DictComp(k, v, g) => self.comprehension(e, CompKind::Dict(k, v), g)?,
            ExprKind::GenExp(x, g) => self.comprehension(e, CompKind::Gen(x), g)?,
            ExprKind::Yield(v) => {
                self.check_yield_place(e.span)?;
                match v {
                    Some(v) => self.expr(v)?,
                    None => self.emit_const(Value::None),
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::NamedExpr(target, v) => {
                self.expr(v)?;
                self.emit(Op::Dup);
                self.store_target(target)?;
            }
            ExprKind::YieldFrom(v) => {
                self.check_yield_place(e.span)?;
                self.expr(v)?;
                self.emit(Op::GetIter);
                self.emit_const(Value::None);
                self.emit(Op::YieldFrom);
            }
        }
        Ok(())
    }

    /// `yield` belongs in a function body; a comprehension's body is a function of its own
    /// in which CPython refuses it.
    fn check_yield_place(&mut self, span: Span) -> CResult<()> {
        if self.unit().kind != ScopeKind::Function {
            return err("'yield' outside function", span);
        }
        let inside = match self.unit().name.as_str() {
            "<listcomp>" => "list comprehension",
            "<setcomp>" => "set comprehension",
            "<dictcomp>" => "dict comprehension",
            "<genexpr>" => "generator expression",
            _ => return Ok(()),
        };
        err(format!("'yield' inside {inside}"), span)
    }

    fn starred_list(&mut self, items: &'a [Expr]) -> CResult<()> {
        self.emit(Op::BuildList(0));
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(Op::ListExtend(0));
                }
                _ => {
                    self.expr(i)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        Ok(())
    }

    fn compare(&mut self, first: &'a Expr, rest: &'a [(CmpOp, Expr)]) -> CResult<()> {
        self.expr(first)?;
        if rest.len() == 1 {
            self.expr(&rest[0].1)?;
            self.emit(Op::Compare(rest[0].0));
            return Ok(());
        }
        let mut cleanups = Vec::new();
        for (i, (op, e)) in rest.iter().enumerate() {
            self.expr(e)?;
            if i + 1 < rest.len() {
                self.emit(Op::Dup);
                self.emit(Op::Rot3);
                self.emit(Op::Compare(*op));
                cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.emit(Op::Compare(*op));
            }
        }
        let end = self.emit(Op::Jump(0));
        for c in cleanups {
            self.patch(c);
        }
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.patch(end);
        Ok(())
    }

    /// The position of a method call's instructions: `span`, but starting at the method's
    /// name when that is on a later line than `span` starts (CPython's
    /// `update_start_location_to_match_attr`, so a traceback shows the line with the name).
    fn method_pos(&self, span: Span, func: &Expr) -> Span {
        // The name as written (a private name's AST form is its mangled one).
        let end = func.span.end as usize;
        let head = self.source.get(..end).unwrap_or("");
        let name_start = head
            .trim_end_matches(|c: char| c.is_alphanumeric() || c == '_')
            .len();
        if self.lines.line(span.start as usize) == self.lines.line(name_start) {
            span
        } else {
            Span::new(name_start, span.end as usize)
        }
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Arg]) -> CResult<()> {
        let simple = args.iter().all(|a| matches!(a, Arg::Pos(_)));
        let has_star = args
            .iter()
            .any(|a| matches!(a, Arg::Star(_) | Arg::StarStar(_)));
        // Zero-argument super(): needs the __class__ cell and the first argument.
        if let ExprKind::Name(n) = &func.kind {
            if n == "super" && args.is_empty() && self.place("super") == Place::Global {
                if let Some(i) = self.cell_idx("__class__") {
                    self.emit(Op::LoadSuper(i));
                    return Ok(());
                }
            }
        }
        if let (ExprKind::Attribute(obj, name), true) = (&func.kind, simple) {
            // The call's own range (set by `expr`), for the CallMethod.
            let call_span = self.unit().span;
            self.expr(obj)?;
            let i = self.name_idx(name);
            self.set_line(self.method_pos(func.span, func));
            self.emit(Op::LoadMethod(i));
            for a in args {
                if let Arg::Pos(e) = a {
                    self.expr(e)?;
                }
            }
            self.set_line(self.method_pos(call_span, func));
            self.emit(Op::CallMethod(args.len() as u32));
            return Ok(());
        }
        self.expr(func)?;
        if !has_star {
            let mut kwnames = Vec::new();
            for a in args {
                match a {
                    Arg::Pos(e) => self.expr(e)?,
                    Arg::Kw(k, e) => {
                        if kwnames.iter().any(|n: &Value| n.as_str() == Some(k)) {
                            return err(format!("keyword argument repeated: {k}"), e.span);
                        }
                        self.expr(e)?;
                        kwnames.push(Value::str(k));
                    }
                    _ => {}
                }
            }
            if kwnames.is_empty() {
                self.emit(Op::Call(args.len() as u32));
            } else {
                self.emit_const(Value::tuple(kwnames));
                self.emit(Op::CallKw(args.len() as u32));
            }
            return Ok(());
        }
        // General form: positional arguments as a tuple, keywords as a dict.
        self.emit(Op::BuildList(0));
        for a in args {
            match a {
                Arg::Pos(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListAppend(1));
                }
                Arg::Star(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListExtend(1));
                }
                _ => {}
            }
        }
        self.emit(Op::ListToTuple);
        let has_kw = args
            .iter()
            .any(|a| matches!(a, Arg::Kw(..) | Arg::StarStar(_)));
        if has_kw {
            self.emit(Op::BuildMap(0));
            for a in args {
                match a {
                    Arg::Kw(k, e) => {
                        self.emit_const(Value::str(k));
                        self.expr(e)?;
                        self.emit(Op::BuildMap(1));
                        self.emit(Op::DictMerge);
                    }
                    Arg::StarStar(e) => {
                        self.expr(e)?;
                        self.emit(Op::DictMerge);
                    }
                    _ => {}
                }
            }
        } else {
            self.emit_const(Value::None);
        }
        self.emit(Op::CallEx);
        Ok(())
    }

    fn fstring(&mut self, parts: &'a [FPart]) -> CResult<()> {
        if parts.is_empty() {
            self.emit_const(Value::str(""));
            return Ok(());
        }
        for p in parts {
            match p {
                FPart::Lit(s) => self.emit_const(Value::str(s)),
                FPart::Value {
                    expr,
                    conversion,
                    spec,
                } => {
                    self.expr(expr)?;
                    let mut flags = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if let Some(spec) = spec {
                        self.fstring(spec)?;
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                }
            }
        }
        if parts.len() > 1 {
            self.emit(Op::BuildString(parts.len() as u32));
        } else if let FPart::Lit(_) = parts[0] {
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        kind: CompKind<'a>,
        gens: &'a [Comprehension],
    ) -> CResult<()> {
        let scope = *self
            .table
            .by_node
            .get(&node_key(e))
            .expect("comprehension scope");
        let name = match kind {
            CompKind::List(_) => "<listcomp>",
            CompKind::Set(_) => "<setcomp>",
            CompKind::Dict(..) => "<dictcomp>",
            CompKind::Gen(_) => "<genexpr>",
        };
        let qualname = self.qualname_for(name);
        let (line, span) = (self.unit().line, self.unit().span);
        self.push_unit(scope, name, qualname.clone(), line);
        self.restore_pos((line, span));
        self.unit().argcount = 1;
        match kind {
            CompKind::List(_) => {
                self.emit(Op::BuildList(0));
            }
            CompKind::Set(_) => {
                self.emit(Op::BuildSet(0));
            }
            CompKind::Dict(..) => {
                self.emit(Op::BuildMap(0));
            }
            CompKind::Gen(_) => {}
        }
        let mut loops = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            if i == 0 {
                self.emit(Op::LoadFast(0));
            } else {
                self.iter_expr(&g.iter)?;
                self.emit(Op::GetIter);
            }
            let top = self.here();
            let fi = self.emit(Op::ForIter(0));
            self.store_target(&g.target)?;
            let mut skips = Vec::new();
            for c in &g.ifs {
                self.expr(c)?;
                skips.push(self.emit(Op::JumpIfFalse(0)));
            }
            loops.push((top, fi, skips));
        }
        let depth = gens.len() as u32 + 1;
        match kind {
            CompKind::List(x) => {
                self.expr(x)?;
                self.emit(Op::ListAppend(depth));
            }
            CompKind::Set(x) => {
                self.expr(x)?;
                self.emit(Op::SetAdd(depth));
            }
            CompKind::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Op::MapAdd(depth));
            }
            CompKind::Gen(x) => {
                self.expr(x)?;
                self.emit(Op::YieldValue);
                self.emit(Op::Pop);
            }
        }
        for (top, fi, skips) in loops.into_iter().rev() {
            for s in skips {
                self.patch_to(s, top);
            }
            self.emit(Op::Jump(top));
            self.patch(fi);
        }
        if let CompKind::Gen(_) = kind {
            self.emit_const(Value::None);
        }
        self.emit(Op::ReturnValue);
        let code = self.pop_unit();
        let mut flags = 0;
        self.emit_closure(&code)?;
        if !code.freevars.is_empty() {
            flags |= 8;
        }
        self.emit_const(Value::object(ObjKind::Code(code)));
        self.emit_const(Value::str(&qualname));
        self.emit(Op::MakeFunction(flags));
        self.iter_expr(&gens[0].iter)?;
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }
}

/// What a name operation does (indexes the op triples in `name_op`).
#[derive(Clone, Copy)]
enum Access {
    Load = 0,
    Store = 1,
    Delete = 2,
}

enum FuncBody<'a> {
    Stmts(&'a Body),
    Expr(&'a Expr),
}

#[derive(Clone, Copy)]
enum CompKind<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}

/// Whether CPython's AST optimizer turns `e` into a constant: a literal, a sign or `~` on a
/// number, `not` on a constant, a tuple of constants. (Folded arithmetic is not modelled.)
pub(super) fn folds_to_const(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::True
        | ExprKind::False
        | ExprKind::None
        | ExprKind::Ellipsis => true,
        ExprKind::Unary(UnaryOp::Not, x) => folds_to_const(x),
        ExprKind::Unary(UnaryOp::Neg | UnaryOp::Pos, x) => folds_to_number(x, false),
        ExprKind::Unary(UnaryOp::Invert, x) => folds_to_number(x, true),
        ExprKind::Tuple(items) => items.iter().all(folds_to_const),
        _ => false,
    }
}

/// Whether `e` folds to a number (an int or bool when `int_only`).
fn folds_to_number(e: &Expr, int_only: bool) -> bool {
    match &e.kind {
        ExprKind::Int(_) | ExprKind::True | ExprKind::False => true,
        ExprKind::Float(_) => !int_only,
        ExprKind::Unary(UnaryOp::Not, x) => folds_to_const(x),
        ExprKind::Unary(UnaryOp::Neg | UnaryOp::Pos, x) => folds_to_number(x, int_only),
        ExprKind::Unary(UnaryOp::Invert, x) => folds_to_number(x, true),
        _ => false,
    }
}

fn const_tuple(items: &[Expr]) -> Option<Value> {
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        out.push(match &i.kind {
            ExprKind::Int(IntLit::Small(v)) => Value::Int(*v),
            ExprKind::Float(f) => Value::Float(*f),
            ExprKind::Str(s) => Value::str(s),
            ExprKind::True => Value::Bool(true),
            ExprKind::False => Value::Bool(false),
            ExprKind::None => Value::None,
            _ => return None,
        });
    }
    Some(Value::tuple(out))
}
