//! `from __future__ import ...` checks, as CPython's future.c: such imports must come first
//! in a module (after its docstring), and name a known feature. Every feature but
//! `annotations` (PEP 563: annotations kept as strings) is already the behaviour of mt.

use crate::syntax::ast::*;
use crate::syntax::SyntaxError;

/// The names CPython 3.11's `__future__` module defines.
const FEATURES: &[&str] = &[
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The features a module's `from __future__` imports turn on that change its compilation.
#[derive(Default)]
pub struct Features {
    pub annotations: bool,
}

pub fn check(body: &Body) -> Result<Features, SyntaxError> {
    let mut features = Features::default();
    let mut at_start = true;
    for (i, s) in body.iter().enumerate() {
        let is_doc =
            i == 0 && matches!(&s.kind, StmtKind::Expr(e) if matches!(e.kind, ExprKind::Str(_)));
        match &s.kind {
            StmtKind::ImportFrom(0, Some(m), names) if m == "__future__" => {
                if !at_start {
                    return Err(SyntaxError::spanning(
                        "from __future__ imports must occur at the beginning of the file",
                        s.span,
                    ));
                }
                let ImportNames::Names(names) = names else {
                    return Err(SyntaxError::new(
                        "future feature * is not defined",
                        s.span.start as usize,
                    ));
                };
                for (name, _) in names {
                    if name == "braces" {
                        return Err(SyntaxError::new("not a chance", s.span.start as usize));
                    }
                    if !FEATURES.contains(&name.as_str()) {
                        return Err(SyntaxError::new(
                            format!("future feature {name} is not defined"),
                            s.span.start as usize,
                        ));
                    }
                    features.annotations |= name == "annotations";
                }
            }
            _ if is_doc => {}
            _ => at_start = false,
        }
    }
    Ok(features)
}
