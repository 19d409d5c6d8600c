//! Private name mangling, as CPython's compiler does it (`_Py_Mangle`): inside a class body,
//! and in every function nested in it, an identifier `__x` that does not end in `__` becomes
//! `_Class__x` (the class name without its leading underscores). Names, attribute names,
//! parameters and the names `def`, `class`, `except ... as`, `global` and `nonlocal` bind are
//! mangled; keyword arguments of calls and module names are not. Done on the tree before
//! scope analysis, so every later stage sees one spelling.

use super::ast::*;

/// Mangles the private names of every class in `body`.
pub fn mangle_module(body: &mut Body) {
    stmts(body, None);
}

fn mangle(name: &mut String, class: Option<&str>) {
    let Some(class) = class else { return };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return;
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return;
    }
    *name = format!("_{stripped}{name}");
}

/// An import binds a mangled name but still imports the name as written (CPython mangles
/// only the store): a name that changes gains an `as` alias.
fn import_alias((name, alias): &mut (String, Option<String>), class: Option<&str>) {
    match alias {
        Some(a) => mangle(a, class),
        None => {
            let mut bound = name.clone();
            mangle(&mut bound, class);
            if bound != *name {
                *alias = Some(bound);
            }
        }
    }
}

fn stmts(body: &mut Body, class: Option<&str>) {
    for s in body {
        stmt(s, class);
    }
}

fn stmt(s: &mut Stmt, class: Option<&str>) {
    match &mut s.kind {
        StmtKind::Expr(e) => expr(e, class),
        StmtKind::Assign(targets, value) => {
            targets.iter_mut().for_each(|t| expr(t, class));
            expr(value, class);
        }
        StmtKind::AugAssign(t, _, v) => {
            expr(t, class);
            expr(v, class);
        }
        StmtKind::AnnAssign(t, ann, v) => {
            expr(t, class);
            expr(ann, class);
            if let Some(v) = v {
                expr(v, class);
            }
        }
        StmtKind::Del(ts) => ts.iter_mut().for_each(|t| expr(t, class)),
        StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        StmtKind::Return(v) => {
            if let Some(v) = v {
                expr(v, class);
            }
        }
        StmtKind::If(test, body, orelse) | StmtKind::While(test, body, orelse) => {
            expr(test, class);
            stmts(body, class);
            stmts(orelse, class);
        }
        StmtKind::For(target, iter, body, orelse) => {
            expr(target, class);
            expr(iter, class);
            stmts(body, class);
            stmts(orelse, class);
        }
        StmtKind::FunctionDef(f) => {
            mangle(&mut f.name, class);
            f.decorators.iter_mut().for_each(|d| expr(d, class));
            params(&mut f.params, class);
            if let Some(r) = &mut f.returns {
                expr(r, class);
            }
            stmts(&mut f.body, class);
        }
        StmtKind::ClassDef(c) => {
            c.decorators.iter_mut().for_each(|d| expr(d, class));
            c.args.iter_mut().for_each(|a| arg(a, class));
            let own = c.name.clone();
            mangle(&mut c.name, class);
            stmts(&mut c.body, Some(&own));
        }
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            stmts(body, class);
            for h in handlers {
                if let Some(k) = &mut h.kind {
                    expr(k, class);
                }
                if let Some(n) = &mut h.name {
                    mangle(n, class);
                }
                stmts(&mut h.body, class);
            }
            stmts(orelse, class);
            stmts(finalbody, class);
        }
        StmtKind::Raise(e, cause) => {
            for x in [e, cause].into_iter().flatten() {
                expr(x, class);
            }
        }
        StmtKind::With(items, body) => {
            for (ctx, target) in items {
                expr(ctx, class);
                if let Some(t) = target {
                    expr(t, class);
                }
            }
            stmts(body, class);
        }
        StmtKind::Global(names) | StmtKind::Nonlocal(names) => {
            names.iter_mut().for_each(|n| mangle(n, class));
        }
        StmtKind::Import(names) => names.iter_mut().for_each(|n| import_alias(n, class)),
        StmtKind::ImportFrom(_, _, ImportNames::Names(names)) => {
            names.iter_mut().for_each(|n| import_alias(n, class))
        }
        StmtKind::ImportFrom(..) => {}
        StmtKind::Assert(test, msg) => {
            expr(test, class);
            if let Some(m) = msg {
                expr(m, class);
            }
        }
    }
}

fn params(p: &mut Params, class: Option<&str>) {
    p.defaults.iter_mut().for_each(|d| expr(d, class));
    p.args.iter_mut().for_each(|a| mangle(a, class));
    for (name, default) in &mut p.kwonly {
        mangle(name, class);
        if let Some(d) = default {
            expr(d, class);
        }
    }
    for name in [&mut p.vararg, &mut p.kwarg].into_iter().flatten() {
        mangle(name, class);
    }
    for (name, a) in &mut p.annotations {
        mangle(name, class);
        expr(a, class);
    }
}

fn arg(a: &mut Arg, class: Option<&str>) {
    match a {
        Arg::Pos(e) | Arg::Star(e) | Arg::Kw(_, e) | Arg::StarStar(e) => expr(e, class),
    }
}

fn comprehensions(gens: &mut [Comprehension], class: Option<&str>) {
    for g in gens {
        expr(&mut g.target, class);
        expr(&mut g.iter, class);
        g.ifs.iter_mut().for_each(|i| expr(i, class));
    }
}

fn fparts(parts: &mut [FPart], class: Option<&str>) {
    for p in parts {
        if let FPart::Value { expr: e, spec, .. } = p {
            expr(e, class);
            if let Some(spec) = spec {
                fparts(spec, class);
            }
        }
    }
}

fn expr(e: &mut Expr, class: Option<&str>) {
    match &mut e.kind {
        ExprKind::Name(n) => mangle(n, class),
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::True
        | ExprKind::False
        | ExprKind::None
        | ExprKind::Ellipsis => {}
        ExprKind::FString(parts) => fparts(parts, class),
        ExprKind::BinOp(a, _, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => {
            expr(a, class);
            expr(b, class);
        }
        ExprKind::Unary(_, a) | ExprKind::Starred(a) | ExprKind::YieldFrom(a) => expr(a, class),
        ExprKind::Compare(first, rest) => {
            expr(first, class);
            rest.iter_mut().for_each(|(_, x)| expr(x, class));
        }
        ExprKind::IfExp { test, body, orelse } => {
            expr(test, class);
            expr(body, class);
            expr(orelse, class);
        }
        ExprKind::Lambda(p, body) => {
            params(p, class);
            expr(body, class);
        }
        ExprKind::Call(f, args) => {
            expr(f, class);
            args.iter_mut().for_each(|a| arg(a, class));
        }
        ExprKind::Attribute(obj, name) => {
            expr(obj, class);
            mangle(name, class);
        }
        ExprKind::Subscript(a, b) => {
            expr(a, class);
            expr(b, class);
        }
        ExprKind::Slice(a, b, c) => {
            for x in [a, b, c].into_iter().flatten() {
                expr(x, class);
            }
        }
        ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
            items.iter_mut().for_each(|x| expr(x, class));
        }
        ExprKind::Dict(items) => {
            for item in items {
                match item {
                    DictItem::Pair(k, v) => {
                        expr(k, class);
                        expr(v, class);
                    }
                    DictItem::Spread(x) => expr(x, class),
                }
            }
        }
        ExprKind::ListComp(elt, gens)
        | ExprKind::SetComp(elt, gens)
        | ExprKind::GenExp(elt, gens) => {
            expr(elt, class);
            comprehensions(gens, class);
        }
        ExprKind::DictComp(k, v, gens) => {
            expr(k, class);
            expr(v, class);
            comprehensions(gens, class);
        }
        ExprKind::Yield(v) => {
            if let Some(v) = v {
                expr(v, class);
            }
        }
        ExprKind::NamedExpr(target, v) => {
            expr(target, class);
            expr(v, class);
        }
    }
}
