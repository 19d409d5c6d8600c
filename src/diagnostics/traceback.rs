//! Tracebacks of uncaught exceptions, as CPython 3.11's Python/pythonrun.c prints them: every
//! frame with its source line and carets, chained exceptions (`__cause__`, `__context__`)
//! first, the notes after the exception line, and exception groups drawn as nested boxes
//! (`print_exception_group`: at most 15 members and 10 levels shown).

use super::carets;
use crate::builtins::exception_group;
use crate::objects::class::TbEntry;
use crate::objects::Value;
use crate::syntax::span::LineIndex;
use crate::vm::error::*;
use crate::vm::Vm;

const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

const CAUSE_MESSAGE: &str =
    "The above exception was the direct cause of the following exception:\n";
const CONTEXT_MESSAGE: &str =
    "During handling of the above exception, another exception occurred:\n";

/// CPython's `exception_print_context`: the exceptions already shown, and where inside the
/// boxes of an exception group the next line goes.
struct PrintContext {
    seen: Vec<usize>,
    group_depth: usize,
    need_close: bool,
    out: String,
}

impl PrintContext {
    fn indent(&self) -> String {
        " ".repeat(2 * self.group_depth)
    }

    fn margin(&self) -> &'static str {
        if self.group_depth > 0 {
            "| "
        } else {
            ""
        }
    }

    /// Writes `text` with every line (blank ones too) indented and given the margin.
    fn emit(&mut self, text: &str) {
        let prefix = format!("{}{}", self.indent(), self.margin());
        for line in text.split_inclusive('\n') {
            self.out.push_str(&prefix);
            self.out.push_str(line);
        }
    }
}

impl Vm {
    /// The full traceback text for an uncaught exception, chained exceptions first.
    pub fn format_exception(&mut self, e: &Value) -> String {
        let mut ctx = PrintContext {
            seen: Vec::new(),
            group_depth: 0,
            need_close: false,
            out: String::new(),
        };
        self.print_recursive(&mut ctx, e);
        ctx.out
    }

    /// The traceback of `e` alone, without the exceptions it was raised from or during: how
    /// CPython reports an exception nobody could catch (a finalizer's, "Exception ignored").
    pub fn format_exception_unchained(&mut self, e: &Value) -> String {
        let seen: Vec<usize> = exc_data(e)
            .map(|d| {
                let d = d.lock();
                [&d.cause, &d.context]
                    .into_iter()
                    .flatten()
                    .map(Value::id)
                    .collect()
            })
            .unwrap_or_default();
        let mut ctx = PrintContext {
            seen,
            group_depth: 0,
            need_close: false,
            out: String::new(),
        };
        self.print_recursive(&mut ctx, e);
        ctx.out
    }

    fn print_recursive(&mut self, ctx: &mut PrintContext, e: &Value) {
        if self.rust_stack_low() {
            return;
        }
        self.print_cause_and_context(ctx, e);
        if exception_group::is_group(e) {
            self.print_group(ctx, e);
        } else {
            self.print_one(ctx, e);
        }
    }

    /// CPython's `print_exception_cause_and_context`: a cause, when there is one, is shown
    /// (unless already shown) instead of the context.
    fn print_cause_and_context(&mut self, ctx: &mut PrintContext, e: &Value) {
        ctx.seen.push(e.id());
        let Some(data) = exc_data(e) else {
            return;
        };
        let (cause, context, suppress) = {
            let d = data.lock();
            (d.cause.clone(), d.context.clone(), d.suppress_context)
        };
        let (chained, message) = match (cause, context) {
            (Some(c), _) => (c, CAUSE_MESSAGE),
            (None, Some(c)) if !suppress => (c, CONTEXT_MESSAGE),
            _ => return,
        };
        if ctx.seen.contains(&chained.id()) {
            return;
        }
        let need_close = ctx.need_close;
        self.print_recursive(ctx, &chained);
        ctx.need_close = need_close;
        ctx.emit("\n");
        ctx.emit(message);
        ctx.emit("\n");
    }

    /// One exception: its traceback (with a header), its line and its notes.
    fn print_one(&mut self, ctx: &mut PrintContext, e: &Value) {
        let tb = exc_data(e)
            .map(|d| d.lock().traceback.clone())
            .unwrap_or_default();
        let limit = crate::modules::sys::traceback_limit(self).unwrap_or(i64::MAX);
        if !tb.is_empty() && limit > 0 {
            let (header, header_margin) = match exception_group::parts(e) {
                Some(_) if ctx.group_depth == 1 => {
                    ("Exception Group Traceback (most recent call last):\n", "+ ")
                }
                Some(_) => (
                    "Exception Group Traceback (most recent call last):\n",
                    ctx.margin(),
                ),
                None => ("Traceback (most recent call last):\n", ctx.margin()),
            };
            ctx.out.push_str(&ctx.indent());
            ctx.out.push_str(header_margin);
            ctx.out.push_str(header);
            ctx.emit(&format_frames(&tb, limit));
        }
        let line = self.exception_line(e);
        ctx.emit(&format!("{line}\n"));
        let notes = self.notes_of(e);
        ctx.emit(&notes);
    }

    /// CPython's `print_exception_group`: the group itself, then each member in a box
    /// numbered from 1.
    fn print_group(&mut self, ctx: &mut PrintContext, e: &Value) {
        if ctx.group_depth > MAX_GROUP_DEPTH {
            ctx.emit(&format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        if ctx.group_depth == 0 {
            ctx.group_depth += 1;
        }
        self.print_one(ctx, e);
        let members = exception_group::parts(e)
            .map(|(_, m)| m)
            .unwrap_or_default();
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for i in 0..n {
            let last = i + 1 == n;
            if last {
                // The closing line may be written by a nested group instead.
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let corner = if i == 0 { "+-" } else { "  " };
            ctx.out.push_str(&format!(
                "{}{corner}+---------------- {title} ----------------\n",
                ctx.indent()
            ));
            ctx.group_depth += 1;
            if truncated {
                let more = members.len() - MAX_GROUP_WIDTH;
                let plural = if more > 1 { "s" } else { "" };
                ctx.emit(&format!("and {more} more exception{plural}\n"));
            } else {
                self.print_recursive(ctx, &members[i]);
            }
            if last && ctx.need_close {
                ctx.out.push_str(&ctx.indent());
                ctx.out.push_str("+------------------------------------\n");
                ctx.need_close = false;
            }
            ctx.group_depth -= 1;
        }
        if ctx.group_depth == 1 {
            ctx.group_depth = 0;
        }
    }

    /// The lines of `e.__notes__` (`add_note`), printed under the exception line.
    fn notes_of(&mut self, e: &Value) -> String {
        let Ok(Some(notes)) = self.getattr_opt(e, &crate::objects::new_str("__notes__")) else {
            return String::new();
        };
        let items = match &notes {
            Value::List(_) | Value::Tuple(_) => self.to_vec(&notes).unwrap_or_default(),
            other => {
                let r = self
                    .repr(other)
                    .unwrap_or_else(|_| "<__notes__ repr() failed>".into());
                return format!("{r}\n");
            }
        };
        let mut out = String::new();
        for n in items {
            let text = match &n {
                Value::Str(s) => s.as_str().to_string(),
                other => self
                    .str(other)
                    .unwrap_or_else(|_| "<note str() failed>".into()),
            };
            out.push_str(&text);
            out.push('\n');
        }
        out
    }
}

/// The frames of a traceback, outermost first, at most `limit` of the innermost; runs of
/// more than three identical lines (deep recursion) are folded as CPython folds them.
fn format_frames(tb: &[TbEntry], limit: i64) -> String {
    let mut out = String::new();
    let mut entries: Vec<&TbEntry> = tb.iter().rev().collect();
    let keep = usize::try_from(limit)
        .unwrap_or(usize::MAX)
        .min(entries.len());
    entries.drain(..entries.len() - keep);
    let mut i = 0;
    while i < entries.len() {
        let mut run = 1;
        while i + run < entries.len()
            && std::sync::Arc::ptr_eq(&entries[i + run].code, &entries[i].code)
            && entries[i + run].line == entries[i].line
        {
            run += 1;
        }
        for _ in 0..run.min(3) {
            out.push_str(&format_entry(entries[i]));
        }
        if run > 3 {
            let more = run - 3;
            out.push_str(&format!(
                "  [Previous line repeated {more} more time{}]\n",
                if more == 1 { "" } else { "s" }
            ));
        }
        i += run;
    }
    out
}

fn format_entry(t: &TbEntry) -> String {
    let idx = LineIndex::new(&t.code.source);
    // Like CPython (whose linecache reads files), no source line for code that came from no
    // file: `-c`, `-` (stdin) and the REPL.
    let text = if t.code.filename.starts_with('<') {
        ""
    } else {
        idx.line_text(t.line as usize).trim()
    };
    let mut s = format!(
        "  File \"{}\", line {}, in {}\n",
        t.code.filename,
        t.line,
        t.code.name.as_str()
    );
    if !text.is_empty() {
        s.push_str(&format!("    {text}\n"));
        if let Some(marks) = carets::caret_line(&idx, t.line as usize, t.span) {
            s.push_str(&marks);
            s.push('\n');
        }
    }
    s
}

/// A stack as traceback lines, outermost call first (deadlock reports use it).
pub fn format_stack(entries: &[TbEntry]) -> String {
    entries.iter().map(format_entry).collect()
}
