//! Scope analysis, as CPython's symtable: decides for every name in every scope whether it is a
//! fast local, a cell (a local captured by an inner function), a free variable (captured from
//! an enclosing function), a global, or (in class bodies) a namespace name.

use crate::syntax::ast::*;
use crate::syntax::span::Span;
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Function,
    Class,
}

/// Where a name lives in one scope.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Local,
    Cell,
    Free,
    Global,
    /// Module and class bodies: the namespace dict, then globals, then builtins.
    Name,
}

#[derive(Debug, Default)]
pub struct Scope {
    pub kind: Option<ScopeKind>,
    pub assigned: HashSet<String>,
    pub params: Vec<String>,
    pub globals: HashSet<String>,
    pub nonlocals: HashSet<String>,
    /// Where each `global` or `nonlocal` name was first declared, for error messages.
    pub declared_at: HashMap<String, Span>,
    pub used: HashSet<String>,
    pub children: Vec<usize>,
    pub parent: Option<usize>,
    pub cells: Vec<String>,
    pub frees: Vec<String>,
    pub is_generator: bool,
    /// Uses `super` or `__class__`: needs the implicit `__class__` cell of its class.
    pub needs_class_cell: bool,
    /// A comprehension's own scope: assignment expressions in it bind in the enclosing scope.
    pub is_comprehension: bool,
    /// A comprehension's iteration variables, which an assignment expression may not rebind.
    pub comp_targets: HashSet<String>,
}

impl Scope {
    pub fn place(&self, name: &str) -> Place {
        let kind = self.kind.unwrap_or(ScopeKind::Module);
        if self.globals.contains(name) {
            return Place::Global;
        }
        if kind == ScopeKind::Class
            && self.assigned.contains(name)
            && !self.nonlocals.contains(name)
        {
            // A class body's own names live in its namespace, even when the class passes a
            // cell of the same name through to its methods (CPython's STORE_NAME/LOAD_NAME).
            return Place::Name;
        }
        if self.cells.iter().any(|c| c == name) {
            return Place::Cell;
        }
        if self.frees.iter().any(|c| c == name) {
            return Place::Free;
        }
        match kind {
            ScopeKind::Module => Place::Global,
            ScopeKind::Class => Place::Name,
            ScopeKind::Function => {
                if self.assigned.contains(name) {
                    Place::Local
                } else {
                    Place::Global
                }
            }
        }
    }
}

/// The scopes of one module, keyed by the address of the AST node that opens each scope.
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    pub by_node: HashMap<usize, usize>,
}

pub fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Errors found while analysing scopes (`nonlocal` without a binding, ...), with the source
/// range CPython marks.
pub type ScopeError = (String, Span);

pub fn analyze(body: &Body) -> Result<SymbolTable, ScopeError> {
    let mut t = SymbolTable {
        scopes: vec![Scope {
            kind: Some(ScopeKind::Module),
            ..Default::default()
        }],
        by_node: HashMap::new(),
    };
    let mut c = Collector {
        t: &mut t,
        cur: 0,
        in_comp_iter: 0,
    };
    for s in body {
        c.stmt(s)?;
    }
    resolve(&mut t, 0)?;
    Ok(t)
}

struct Collector<'a> {
    t: &'a mut SymbolTable,
    cur: usize,
    /// Depth of comprehension iterables being visited, where `:=` is refused.
    in_comp_iter: usize,
}

impl Collector<'_> {
    fn scope(&mut self) -> &mut Scope {
        &mut self.t.scopes[self.cur]
    }

    fn new_scope(&mut self, key: usize, kind: ScopeKind) -> usize {
        let id = self.t.scopes.len();
        self.t.scopes.push(Scope {
            kind: Some(kind),
            parent: Some(self.cur),
            ..Default::default()
        });
        self.t.scopes[self.cur].children.push(id);
        self.t.by_node.insert(key, id);
        id
    }

    fn bind(&mut self, name: &str) {
        self.scope().assigned.insert(name.to_string());
    }

    fn use_name(&mut self, name: &str) {
        self.scope().used.insert(name.to_string());
    }

    /// Checks a `global` or `nonlocal` declaration of `n` as CPython's symtable does, in
    /// its order: a parameter, the other declaration, a use, an assignment before it.
    fn declare(&mut self, n: &str, kind: &str, span: Span) -> Result<(), ScopeError> {
        let sc = &self.t.scopes[self.cur];
        let other = match kind {
            "global" => &sc.nonlocals,
            _ => &sc.globals,
        };
        let msg = if sc.params.iter().any(|p| p == n) {
            format!("name '{n}' is parameter and {kind}")
        } else if other.contains(n) {
            let first = sc.declared_at.get(n).copied().unwrap_or(span);
            return Err((format!("name '{n}' is nonlocal and global"), first));
        } else if sc.used.contains(n) {
            format!("name '{n}' is used prior to {kind} declaration")
        } else if sc.assigned.contains(n) {
            format!("name '{n}' is assigned to before {kind} declaration")
        } else {
            self.scope()
                .declared_at
                .entry(n.to_string())
                .or_insert(span);
            return Ok(());
        };
        Err((msg, span))
    }

    fn target(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match &e.kind {
            ExprKind::Name(n) => {
                self.bind(n);
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|i| self.target(i))
            }
            ExprKind::Starred(inner) => self.target(inner),
            _ => self.expr(e),
        }
    }

    fn body(&mut self, b: &Body) -> Result<(), ScopeError> {
        b.iter().try_for_each(|s| self.stmt(s))
    }

    fn params_defaults(&mut self, p: &Params) -> Result<(), ScopeError> {
        for d in &p.defaults {
            self.expr(d)?;
        }
        for (_, d) in &p.kwonly {
            if let Some(d) = d {
                self.expr(d)?;
            }
        }
        // Annotations are evaluated where the function is defined, after the defaults.
        for (_, a) in &p.annotations {
            self.expr(a)?;
        }
        Ok(())
    }

    fn bind_params(&mut self, p: &Params) {
        let mut names: Vec<String> = p.args.clone();
        names.extend(p.kwonly.iter().map(|(n, _)| n.clone()));
        names.extend(p.vararg.clone());
        names.extend(p.kwarg.clone());
        for n in &names {
            self.bind(n);
        }
        self.scope().params = names;
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign(targets, v) => {
                self.expr(v)?;
                targets.iter().try_for_each(|t| self.target(t))
            }
            StmtKind::AugAssign(t, _, v) => {
                self.expr(v)?;
                if let ExprKind::Name(n) = &t.kind {
                    self.use_name(n);
                }
                self.target(t)
            }
            StmtKind::AnnAssign(t, ann, v) => {
                if let Some(v) = v {
                    self.expr(v)?;
                }
                // An annotated name is local to its scope even without a value (CPython's
                // DEF_ANNOT | DEF_LOCAL).
                if v.is_some() || matches!(t.kind, ExprKind::Name(_)) {
                    self.target(t)?;
                } else {
                    self.expr(t)?;
                }
                self.expr(ann)
            }
            StmtKind::Del(ts) => ts.iter().try_for_each(|t| self.target(t)),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => Ok(()),
            StmtKind::Return(v) => v.as_ref().map_or(Ok(()), |v| self.expr(v)),
            StmtKind::If(t, b, o) | StmtKind::While(t, b, o) => {
                self.expr(t)?;
                self.body(b)?;
                self.body(o)
            }
            StmtKind::For(t, i, b, o) => {
                self.expr(i)?;
                self.target(t)?;
                self.body(b)?;
                self.body(o)
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                self.params_defaults(&f.params)?;
                if let Some(r) = &f.returns {
                    self.expr(r)?;
                }
                self.bind(&f.name);
                let id = self.new_scope(node_key(f.as_ref()), ScopeKind::Function);
                let saved = self.cur;
                self.cur = id;
                self.bind_params(&f.params);
                self.body(&f.body)?;
                self.cur = saved;
                Ok(())
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d)?;
                }
                for a in &c.args {
                    self.arg(a)?;
                }
                self.bind(&c.name);
                let id = self.new_scope(node_key(c.as_ref()), ScopeKind::Class);
                let saved = self.cur;
                self.cur = id;
                self.body(&c.body)?;
                self.cur = saved;
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.body(body)?;
                for h in handlers {
                    if let Some(k) = &h.kind {
                        self.expr(k)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n);
                    }
                    self.body(&h.body)?;
                }
                self.body(orelse)?;
                self.body(finalbody)
            }
            StmtKind::Raise(e, c) => {
                if let Some(e) = e {
                    self.expr(e)?;
                }
                if let Some(c) = c {
                    self.expr(c)?;
                }
                Ok(())
            }
            StmtKind::With(items, b) => {
                for (e, t) in items {
                    self.expr(e)?;
                    if let Some(t) = t {
                        self.target(t)?;
                    }
                }
                self.body(b)
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.declare(n, "global", s.span)?;
                    self.scope().globals.insert(n.clone());
                }
                Ok(())
            }
            StmtKind::Nonlocal(names) => {
                if self.scope().kind == Some(ScopeKind::Module) {
                    return Err((
                        "nonlocal declaration not allowed at module level".into(),
                        s.span,
                    ));
                }
                for n in names {
                    self.declare(n, "nonlocal", s.span)?;
                    self.scope().nonlocals.insert(n.clone());
                }
                Ok(())
            }
            StmtKind::Import(names) => {
                for (name, alias) in names {
                    let bound = alias
                        .clone()
                        .unwrap_or_else(|| name.split('.').next().unwrap_or("").to_string());
                    self.bind(&bound);
                }
                Ok(())
            }
            StmtKind::ImportFrom(_, _, names) => {
                if let ImportNames::Names(ns) = names {
                    for (n, a) in ns {
                        self.bind(a.as_ref().unwrap_or(n));
                    }
                } else if self.scope().kind != Some(ScopeKind::Module) {
                    return Err(("import * only allowed at module level".into(), s.span));
                }
                Ok(())
            }
            StmtKind::Assert(t, m) => {
                self.expr(t)?;
                if let Some(m) = m {
                    self.expr(m)?;
                }
                Ok(())
            }
        }
    }

    fn arg(&mut self, a: &Arg) -> Result<(), ScopeError> {
        match a {
            Arg::Pos(e) | Arg::Star(e) | Arg::Kw(_, e) | Arg::StarStar(e) => self.expr(e),
        }
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        elts: &[&Expr],
        gens: &[Comprehension],
    ) -> Result<(), ScopeError> {
        // The first iterable is evaluated in the enclosing scope.
        self.comp_iter(&gens[0].iter)?;
        let id = self.new_scope(node_key(e), ScopeKind::Function);
        let saved = self.cur;
        self.cur = id;
        self.bind(".0");
        self.scope().params = vec![".0".into()];
        self.scope().is_comprehension = true;
        if matches!(e.kind, ExprKind::GenExp(..)) {
            self.scope().is_generator = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.comp_iter(&g.iter)?;
            }
            let before = self.scope().assigned.clone();
            self.target(&g.target)?;
            let new: Vec<String> = self.scope().assigned.difference(&before).cloned().collect();
            self.scope().comp_targets.extend(new);
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for x in elts {
            self.expr(x)?;
        }
        self.cur = saved;
        Ok(())
    }

    fn comp_iter(&mut self, iter: &Expr) -> Result<(), ScopeError> {
        self.in_comp_iter += 1;
        let r = self.expr(iter);
        self.in_comp_iter -= 1;
        r
    }

    /// `name := value`: binds in the current scope, or, inside comprehensions, in the nearest
    /// enclosing scope that is not one, as CPython's symtable_extend_namedexpr_scope.
    fn named_expr(&mut self, name: &str, span: Span, whole: Span) -> Result<(), ScopeError> {
        if self.in_comp_iter > 0 {
            return Err((
                "assignment expression cannot be used in a comprehension iterable expression"
                    .into(),
                whole,
            ));
        }
        let mut comps = Vec::new();
        let mut owner = self.cur;
        while self.t.scopes[owner].is_comprehension {
            if self.t.scopes[owner].comp_targets.contains(name) {
                return Err((
                    format!(
                        "assignment expression cannot rebind comprehension iteration variable '{name}'"
                    ),
                    span,
                ));
            }
            comps.push(owner);
            owner = self.t.scopes[owner].parent.unwrap_or(0);
        }
        if comps.is_empty() {
            self.bind(name);
            return Ok(());
        }
        let o = &self.t.scopes[owner];
        let global =
            match o.kind {
                Some(ScopeKind::Class) => return Err((
                    "assignment expression within a comprehension cannot be used in a class body"
                        .into(),
                    span,
                )),
                Some(ScopeKind::Module) => true,
                _ => o.globals.contains(name),
            };
        for c in comps {
            let sc = &mut self.t.scopes[c];
            if global {
                sc.globals.insert(name.to_string());
            } else {
                sc.nonlocals.insert(name.to_string());
            }
        }
        if !self.t.scopes[owner].nonlocals.contains(name) {
            self.t.scopes[owner].assigned.insert(name.to_string());
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match &e.kind {
            ExprKind::NamedExpr(target, v) => {
                self.expr(v)?;
                match &target.kind {
                    ExprKind::Name(name) => self.named_expr(name, target.span, e.span),
                    _ => self.target(target),
                }
            }
            ExprKind::Name(n) => {
                self.use_name(n);
                if n == "super" || n == "__class__" {
                    self.scope().needs_class_cell = true;
                }
                Ok(())
            }
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => Ok(()),
            ExprKind::FString(parts) => self.fparts(parts),
            ExprKind::BinOp(a, _, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                self.expr(a)?;
                self.expr(b)
            }
            ExprKind::Unary(_, a) | ExprKind::Starred(a) | ExprKind::Attribute(a, _) => {
                self.expr(a)
            }
            ExprKind::Compare(a, rest) => {
                self.expr(a)?;
                rest.iter().try_for_each(|(_, x)| self.expr(x))
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)
            }
            ExprKind::Lambda(p, body) => {
                self.params_defaults(p)?;
                let id = self.new_scope(node_key(e), ScopeKind::Function);
                let saved = (self.cur, self.in_comp_iter);
                self.cur = id;
                self.in_comp_iter = 0;
                self.bind_params(p);
                let r = self.expr(body);
                (self.cur, self.in_comp_iter) = saved;
                r
            }
            ExprKind::Call(f, args) => {
                self.expr(f)?;
                args.iter().try_for_each(|a| self.arg(a))
            }
            ExprKind::Subscript(a, b) => {
                self.expr(a)?;
                self.expr(b)
            }
            ExprKind::Slice(a, b, c) => {
                for x in [a, b, c].into_iter().flatten() {
                    self.expr(x)?;
                }
                Ok(())
            }
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                items.iter().try_for_each(|i| self.expr(i))
            }
            ExprKind::Dict(items) => items.iter().try_for_each(|i| match i {
                DictItem::Pair(k, v) => {
                    self.expr(k)?;
                    self.expr(v)
                }
                DictItem::Spread(x) => self.expr(x),
            }),
            ExprKind::ListComp(x, g) | ExprKind::SetComp(x, g) | ExprKind::GenExp(x, g) => {
                self.comprehension(e, &[x], g)
            }
            ExprKind::DictComp(k, v, g) => self.comprehension(e, &[k, v], g),
            ExprKind::Yield(v) => {
                self.scope().is_generator = true;
                v.as_ref().map_or(Ok(()), |v| self.expr(v))
            }
            ExprKind::YieldFrom(v) => {
                self.scope().is_generator = true;
                self.expr(v)
            }
        }
    }

    fn fparts(&mut self, parts: &[FPart]) -> Result<(), ScopeError> {
        for p in parts {
            if let FPart::Value { expr, spec, .. } = p {
                self.expr(expr)?;
                if let Some(s) = spec {
                    self.fparts(s)?;
                }
            }
        }
        Ok(())
    }
}

/// Second pass: decide cells and free variables, top-down.
fn resolve(t: &mut SymbolTable, id: usize) -> Result<(), ScopeError> {
    // Nonlocal names must be bound in an enclosing function.
    let nonlocals: Vec<String> = t.scopes[id].nonlocals.iter().cloned().collect();
    for n in nonlocals {
        if !bound_in_enclosing_function(t, id, &n) {
            let at = t.scopes[id].declared_at.get(&n).copied();
            return Err((
                format!("no binding for nonlocal '{n}' found"),
                at.unwrap_or_default(),
            ));
        }
        t.scopes[id].assigned.remove(&n);
        add_free(t, id, &n);
    }
    // Names used (or assigned via nonlocal) but not local: free if an enclosing function binds them.
    if t.scopes[id].kind != Some(ScopeKind::Module) {
        let used: Vec<String> = t.scopes[id].used.iter().cloned().collect();
        for n in used {
            let s = &t.scopes[id];
            let local = s.kind == Some(ScopeKind::Function) && s.assigned.contains(&n);
            if local || s.globals.contains(&n) || s.nonlocals.contains(&n) {
                continue;
            }
            if s.kind == Some(ScopeKind::Class) && s.assigned.contains(&n) {
                continue;
            }
            if bound_in_enclosing_function(t, id, &n) {
                add_free(t, id, &n);
            }
        }
        if t.scopes[id].needs_class_cell && t.scopes[id].kind == Some(ScopeKind::Function) {
            // Find the nearest enclosing class; functions in between pass the cell through.
            let mut p = t.scopes[id].parent;
            while let Some(pid) = p {
                if t.scopes[pid].kind == Some(ScopeKind::Class) {
                    if !t.scopes[pid].cells.iter().any(|c| c == "__class__") {
                        t.scopes[pid].cells.push("__class__".into());
                    }
                    add_free_until(t, id, pid, "__class__");
                    break;
                }
                p = t.scopes[pid].parent;
            }
        }
    }
    let children = t.scopes[id].children.clone();
    for c in children {
        resolve(t, c)?;
    }
    Ok(())
}

fn bound_in_enclosing_function(t: &SymbolTable, id: usize, name: &str) -> bool {
    let mut p = t.scopes[id].parent;
    while let Some(pid) = p {
        let s = &t.scopes[pid];
        if s.kind == Some(ScopeKind::Function)
            && (s.assigned.contains(name)
                || s.nonlocals.contains(name)
                || s.frees.iter().any(|f| f == name))
            && !s.globals.contains(name)
        {
            return true;
        }
        if s.globals.contains(name) && s.kind == Some(ScopeKind::Function) {
            return false;
        }
        p = s.parent;
    }
    false
}

/// Marks `name` free in `id` and every scope up to the function that binds it (made a cell).
fn add_free(t: &mut SymbolTable, id: usize, name: &str) {
    let mut cur = id;
    loop {
        if !t.scopes[cur].frees.iter().any(|f| f == name) {
            t.scopes[cur].frees.push(name.to_string());
        }
        let Some(pid) = t.scopes[cur].parent else {
            return;
        };
        let s = &mut t.scopes[pid];
        if s.kind == Some(ScopeKind::Function)
            && s.assigned.contains(name)
            && !s.nonlocals.contains(name)
        {
            if !s.cells.iter().any(|c| c == name) {
                s.cells.push(name.to_string());
            }
            return;
        }
        cur = pid;
    }
}

/// Marks `name` free from `id` up to (not including) `owner`, which holds the cell.
fn add_free_until(t: &mut SymbolTable, id: usize, owner: usize, name: &str) {
    let mut cur = id;
    while cur != owner {
        if !t.scopes[cur].frees.iter().any(|f| f == name) {
            t.scopes[cur].frees.push(name.to_string());
        }
        match t.scopes[cur].parent {
            Some(p) => cur = p,
            None => return,
        }
    }
}
