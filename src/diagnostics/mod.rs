//! Rendering errors as CPython does: syntax errors with file, line, the source line and a caret;
//! tracebacks with every frame and its source line, chained exceptions (`__cause__`,
//! `__context__`), and the "Did you mean" suggestions of NameError and AttributeError.

mod carets;
mod syntax;
mod traceback;

pub use syntax::{format_syntax_error, print_warnings, syntax_error_value, syntax_error_with};
pub use traceback::format_stack;

use crate::objects::class::TbEntry;
use crate::objects::Value;
use crate::vm::error::*;
use crate::vm::protocol::class_of;
use crate::vm::Vm;

/// Edit distance as CPython's suggestion code computes it (case changes cost 1, other
/// substitutions, insertions and deletions cost 2).
fn edit_cost(a: &str, b: &str, max: usize) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).map(|j| j * 2).collect();
    for i in 1..=a.len() {
        let mut cur = vec![i * 2; b.len() + 1];
        for j in 1..=b.len() {
            let sub = if a[i - 1] == b[j - 1] {
                0
            } else if a[i - 1].to_lowercase().eq(b[j - 1].to_lowercase()) {
                1
            } else {
                2
            };
            cur[j] = (prev[j - 1] + sub).min(prev[j] + 2).min(cur[j - 1] + 2);
        }
        prev = cur;
    }
    let d = prev[b.len()];
    if d > max {
        usize::MAX
    } else {
        d
    }
}

/// CPython's `_compute_suggestion_error`: the closest candidate within the cost bound.
pub fn suggest(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() > 750 {
        return None;
    }
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let max = (name.len() + c.len() + 3) * 2 / 6;
        let d = edit_cost(name, c, max);
        if d == usize::MAX {
            continue;
        }
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

impl Vm {
    fn suggestion_for(&mut self, e: &Value) -> Option<String> {
        let data = exc_data(e)?;
        let (name, obj) = {
            let d = data.lock();
            (d.name.clone(), d.obj.clone())
        };
        let name = name?.as_str()?.to_string();
        let mut candidates: Vec<String> = Vec::new();
        if is_exc(e, "AttributeError") {
            let obj = obj?;
            let dir = self
                .interp
                .builtins
                .get_str(&crate::objects::new_str("dir"))?;
            let list = self.call(&dir, &[obj], &[]).ok()?;
            candidates = self
                .to_vec(&list)
                .ok()?
                .iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect();
        } else if is_exc(e, "NameError") {
            let tb = data.lock().traceback.first().cloned();
            if let Some(TbEntry { code, .. }) = tb {
                candidates.extend(code.varnames.iter().map(|s| s.as_str().to_string()));
            }
            if let Some(Value::Dict(g)) = &obj {
                candidates.extend(g.keys().iter().filter_map(|k| k.as_str().map(String::from)));
            }
            candidates.extend(
                self.interp
                    .builtins
                    .keys()
                    .iter()
                    .filter_map(|k| k.as_str().map(String::from)),
            );
            // CPython's builtins module holds these too (mt compiles them as keywords).
            candidates.extend(["True", "False", "None"].map(String::from));
        }
        suggest(&name, &candidates)
    }

    /// The last line of a traceback: `TypeName: message`.
    pub fn exception_line(&mut self, e: &Value) -> String {
        let cls = class_of(e).clone();
        let name = if cls.module == "builtins" || cls.module == "__main__" {
            cls.qualname.clone()
        } else {
            format!("{}.{}", cls.module, cls.qualname)
        };
        if let Some((loc, msg)) = syntax::exception_location(e) {
            // CPython's print_exception: the location, then the message alone.
            let msg = self.str(&msg).unwrap_or_default();
            return format!("{}{name}: {msg}", syntax::render(&loc));
        }
        let msg = match self.str(e) {
            Ok(s) => s,
            Err(_) => "<exception str() failed>".to_string(),
        };
        let mut line = if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        };
        if is_exc(e, "NameError") || is_exc(e, "AttributeError") {
            if let Some(s) = self.suggestion_for(e) {
                line.push_str(&format!(". Did you mean: '{s}'?"));
            }
        }
        line
    }
}
