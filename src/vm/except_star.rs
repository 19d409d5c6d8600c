//! The four instructions of `except*` (PEP 654), kept out of the eval loop's body: they are
//! rare, and the loop's hot arms stay laid out as before. The semantics are
//! `builtins::exception_group`'s (CPython's CHECK_EG_MATCH and PREP_RERAISE_STAR).

use super::{PyResult, Vm};
use crate::builtins::exception_group;
use crate::objects::Value;

impl Vm {
    /// `[exc] -> [exc raised rest]`.
    #[cold]
    #[inline(never)]
    pub(super) fn except_star_begin(&mut self, stack: &mut Vec<Value>) {
        let exc = stack.pop().expect("operand stack underflow");
        stack.push(exc.clone());
        stack.push(Value::list(Vec::new()));
        stack.push(exc);
    }

    /// `[rest type] -> [rest' match]` (the match becomes the handled exception) and true;
    /// `[rest type] -> [rest]` and false when nothing matches.
    #[cold]
    #[inline(never)]
    pub(super) fn except_star_match(&mut self, stack: &mut Vec<Value>) -> PyResult<bool> {
        let ty = stack.pop().expect("operand stack underflow");
        let rest = stack.pop().expect("operand stack underflow");
        let (matched, rest) = exception_group::except_star_match(self, &rest, &ty)?;
        stack.push(rest);
        Ok(match matched {
            Some(m) => {
                self.handled.push(m.clone());
                stack.push(m);
                true
            }
            None => false,
        })
    }

    /// `[raised rest exc] -> [raised rest]`: the handler raised exc.
    #[cold]
    #[inline(never)]
    pub(super) fn except_star_raised(&mut self, stack: &mut Vec<Value>) {
        let raised = stack.pop().expect("operand stack underflow");
        self.handled.pop();
        if let Some(Value::List(l)) = stack.iter().rev().nth(1) {
            l.items.lock().push(raised);
        }
    }

    /// `[exc raised rest] -> []`: Err with what is left to raise (to be re-raised as is),
    /// or Ok when the clauses handled everything.
    #[cold]
    #[inline(never)]
    pub(super) fn except_star_end(&mut self, stack: &mut Vec<Value>) -> PyResult<()> {
        let rest = stack.pop().expect("operand stack underflow");
        let raised = stack.pop().expect("operand stack underflow");
        let orig = stack.pop().expect("operand stack underflow");
        let mut excs = match &raised {
            Value::List(l) => l.items.lock().clone(),
            _ => Vec::new(),
        };
        excs.push(rest);
        match exception_group::prep_reraise_star(self, &orig, excs)? {
            Some(e) => {
                self.reraising = true;
                Err(e)
            }
            None => {
                self.handled.pop();
                Ok(())
            }
        }
    }
}
