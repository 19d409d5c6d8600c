//! The SyntaxWarnings CPython 3.11's compiler gives for code that runs but is almost surely
//! a mistake (compile.c: check_compare, check_caller, check_subscripter, check_index and the
//! assert check): `x is 5`, `assert (x, "msg")`, `(1, 2)(3)`, `[1, 2] [0, 1]`. Each check
//! looks at the AST alone, after the constant folding CPython does first (`folds_to_const`).

use super::folds_to_const as is_constant;
use crate::syntax::ast::*;

/// The type a literal expression makes (CPython's infer_type), when the AST tells.
fn literal_type(e: &Expr) -> Option<&'static str> {
    Some(match &e.kind {
        ExprKind::Int(_) => "int",
        ExprKind::Float(_) => "float",
        ExprKind::Str(_) | ExprKind::FString(_) => "str",
        ExprKind::True | ExprKind::False => "bool",
        ExprKind::None => "NoneType",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Unary(UnaryOp::Not, _) if is_constant(e) => "bool",
        ExprKind::Unary(_, inner) if is_constant(e) => match literal_type(inner)? {
            "bool" => "int",
            t => t,
        },
        ExprKind::Tuple(_) => "tuple",
        ExprKind::List(_) | ExprKind::ListComp(..) => "list",
        ExprKind::Dict(_) | ExprKind::DictComp(..) => "dict",
        ExprKind::Set(_) | ExprKind::SetComp(..) => "set",
        ExprKind::GenExp(..) => "generator",
        ExprKind::Lambda(..) => "function",
        _ => return None,
    })
}

/// `is` or `is not` with a literal operand (None, True, False and `...` are fine).
pub fn compare(first: &Expr, rest: &[(CmpOp, Expr)]) -> Vec<String> {
    let literal = |e: &Expr| {
        is_constant(e)
            && !matches!(
                e.kind,
                ExprKind::None | ExprKind::True | ExprKind::False | ExprKind::Ellipsis
            )
    };
    let mut out = Vec::new();
    let mut left = first;
    for (op, right) in rest {
        let text = match op {
            CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?",
            CmpOp::IsNot => "\"is not\" with a literal. Did you mean \"!=\"?",
            _ => "",
        };
        if !text.is_empty() && (literal(left) || literal(right)) {
            out.push(text.to_string());
        }
        left = right;
    }
    out
}

/// `assert (test, msg)`: a non-empty tuple is always true.
pub fn assert(test: &Expr) -> Option<String> {
    match &test.kind {
        ExprKind::Tuple(items) if !items.is_empty() => {
            Some("assertion is always true, perhaps remove parentheses?".to_string())
        }
        _ => None,
    }
}

/// Calling a literal: `(1, 2)(3)` misses a comma.
pub fn call(func: &Expr) -> Option<String> {
    let callable_kind = matches!(
        func.kind,
        ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::ListComp(..)
            | ExprKind::Dict(_)
            | ExprKind::DictComp(..)
            | ExprKind::Set(_)
            | ExprKind::SetComp(..)
            | ExprKind::GenExp(..)
            | ExprKind::FString(_)
    );
    if !(callable_kind || is_constant(func)) {
        return None;
    }
    let ty = literal_type(func)?;
    Some(format!(
        "'{ty}' object is not callable; perhaps you missed a comma?"
    ))
}

/// Subscripting a literal that cannot be (`5[0]`), or a literal sequence with an index of
/// the wrong type (`[1, 2] [0, 1]`).
pub fn subscript(obj: &Expr, key: &Expr) -> Option<String> {
    let unsubscriptable = match &obj.kind {
        ExprKind::Set(_) | ExprKind::SetComp(..) | ExprKind::GenExp(..) | ExprKind::Lambda(..) => {
            true
        }
        _ => is_constant(obj) && !matches!(obj.kind, ExprKind::Str(_) | ExprKind::Tuple(_)),
    };
    if unsubscriptable {
        let ty = literal_type(obj)?;
        return Some(format!(
            "'{ty}' object is not subscriptable; perhaps you missed a comma?"
        ));
    }
    let index_ty = match &key.kind {
        ExprKind::Slice(..) => return None,
        _ => literal_type(key)?,
    };
    if matches!(index_ty, "int" | "bool") {
        return None;
    }
    let sequence = matches!(
        obj.kind,
        ExprKind::Str(_)
            | ExprKind::Tuple(_)
            | ExprKind::List(_)
            | ExprKind::ListComp(..)
            | ExprKind::FString(_)
    );
    if !sequence {
        return None;
    }
    let ty = literal_type(obj)?;
    Some(format!(
        "{ty} indices must be integers or slices, not {index_ty}; perhaps you missed a comma?"
    ))
}
