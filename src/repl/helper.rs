//! The line editor's helper: Tab completion, syntax highlighting and the indentation keys.
//!
//! Completion follows CPython's `rlcompleter`: keywords (with the space or colon that follows
//! them), builtins and the session's globals, and after a dot the attributes of the object a
//! plain dotted name refers to (`math.sq<TAB>` gives `math.sqrt(`; callables get `(`; names
//! starting with `_` only once the typed prefix does). Unlike `rlcompleter`, the dotted name
//! is resolved by reading module, class and instance dictionaries, never by running code
//! (IPython's "limited" evaluation): completion runs while the GIL is released for the
//! prompt, so it must not execute mt code, and a property or `__getattr__` must not fire on
//! a Tab press.
//!
//! Highlighting runs mt's own tokenizer over the line: keywords, strings, numbers, comments
//! and builtin names get ANSI colours. Tab in the indentation inserts spaces up to the next
//! multiple of four and Backspace there removes back to the previous one, as IPython does.

use crate::objects::{new_str, Dict, ObjKind, Value};
use crate::syntax::token::{LexErrorKind, Tok};
use crate::vm::protocol::class_of;
use crate::vm::{Interp, Vm};
use logos::Logos;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{
    Cmd, ConditionalEventHandler, Context, Event, EventContext, Movement, RepeatCount,
};
use std::borrow::Cow;
use std::sync::Arc;

/// Python's keywords (`keyword.kwlist`).
pub const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Indentation step for auto-indent, Tab and Backspace.
pub const INDENT: usize = 4;

const KEYWORD_STYLE: &str = "\x1b[1;34m";
const STRING_STYLE: &str = "\x1b[32m";
const NUMBER_STYLE: &str = "\x1b[33m";
const COMMENT_STYLE: &str = "\x1b[90m";
const BUILTIN_STYLE: &str = "\x1b[36m";
const RESET: &str = "\x1b[0m";

/// The rustyline helper of an interactive session.
pub struct MtHelper {
    interp: Arc<Interp>,
    globals: Arc<Dict>,
    color: bool,
}

impl MtHelper {
    pub fn new(interp: Arc<Interp>, globals: Arc<Dict>, color: bool) -> MtHelper {
        MtHelper {
            interp,
            globals,
            color,
        }
    }

    /// Completions for the word that ends at `pos`: its start and the candidates.
    pub fn completions(&self, line: &str, pos: usize) -> (usize, Vec<Pair>) {
        let before = &line[..pos];
        if in_string_or_comment(before) {
            return (pos, Vec::new());
        }
        let start = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_' || *c == '.')
            .last()
            .map_or(pos, |(i, _)| i);
        let word = &before[start..];
        if word.is_empty() || word.starts_with(|c: char| c.is_ascii_digit() || c == '.') {
            return (pos, Vec::new());
        }
        match word.rsplit_once('.') {
            Some((head, attr)) => (pos - attr.len(), self.attribute_matches(head, attr)),
            None => (start, self.global_matches(word)),
        }
    }

    /// `rlcompleter.global_matches`: keywords, then globals and builtins.
    fn global_matches(&self, text: &str) -> Vec<Pair> {
        let mut out: Vec<Pair> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for kw in KEYWORDS.iter().filter(|k| k.starts_with(text)) {
            seen.insert(kw.to_string());
            let replacement = match *kw {
                "finally" | "try" => format!("{kw}:"),
                "False" | "None" | "True" | "break" | "continue" | "pass" | "else" => {
                    kw.to_string()
                }
                _ => format!("{kw} "),
            };
            out.push(pair(kw, replacement));
        }
        let mut names: Vec<(String, Value)> = Vec::new();
        for dict in [&*self.globals, &*self.interp.builtins] {
            for (k, v) in dict.items() {
                if let Value::Str(s) = k {
                    if s.as_str().starts_with(text) && seen.insert(s.as_str().to_string()) {
                        names.push((s.as_str().to_string(), v));
                    }
                }
            }
        }
        names.sort_by(|a, b| a.0.cmp(&b.0));
        out.extend(names.into_iter().map(|(n, v)| callable_pair(n, &v)));
        out
    }

    /// `rlcompleter.attr_matches`, for a plain dotted name only.
    fn attribute_matches(&self, head: &str, attr: &str) -> Vec<Pair> {
        let Some(obj) = self.resolve(head) else {
            return Vec::new();
        };
        let mut vm = Vm::new(self.interp.clone(), false);
        let Some(dir) = self.interp.builtins.get_str(&new_str("dir")) else {
            return Vec::new();
        };
        let names: Vec<String> = match vm.call(&dir, std::slice::from_ref(&obj), &[]) {
            Ok(list) => match vm.to_vec(&list) {
                Ok(items) => items
                    .iter()
                    .filter_map(|v| v.as_str().map(String::from))
                    .collect(),
                Err(_) => return Vec::new(),
            },
            Err(_) => return Vec::new(),
        };
        // Hide private names until the prefix asks for them, as rlcompleter does.
        let hidden = match attr {
            "" => "_",
            "_" => "__",
            _ => "",
        };
        names
            .into_iter()
            .filter(|n| n.starts_with(attr) && (hidden.is_empty() || !n.starts_with(hidden)))
            .map(|n| {
                let v = static_attr(&obj, &n);
                match v {
                    Some(v) => callable_pair(n, &v),
                    None => pair(&n, n.clone()),
                }
            })
            .collect()
    }

    /// The value a dotted name refers to, by dictionary reads only.
    fn resolve(&self, dotted: &str) -> Option<Value> {
        let mut parts = dotted.split('.');
        let first = parts.next()?;
        if !is_identifier(first) || KEYWORDS.contains(&first) {
            return None;
        }
        let key = new_str(first);
        let mut v = self
            .globals
            .get_str(&key)
            .or_else(|| self.interp.builtins.get_str(&key))?;
        for p in parts {
            if !is_identifier(p) {
                return None;
            }
            v = static_attr(&v, p)?;
        }
        Some(v)
    }

    /// The line with ANSI colours.
    pub fn colorize(&self, line: &str) -> String {
        let mut out = String::with_capacity(line.len() * 2);
        let mut at = 0;
        let mut lex = Tok::lexer(line);
        while let Some(item) = lex.next() {
            let span = lex.span();
            push_gap(&mut out, &line[at..span.start]);
            let text = &line[span.clone()];
            at = span.end;
            let style = match item {
                Ok(Tok::Str(_)) => Some(STRING_STYLE),
                Ok(Tok::Int(_) | Tok::Float(_)) => Some(NUMBER_STYLE),
                Ok(Tok::Name(n)) => self
                    .interp
                    .builtins
                    .get_str(&new_str(n.as_str()))
                    .is_some()
                    .then_some(BUILTIN_STYLE),
                Ok(_) if text.starts_with(|c: char| c.is_alphabetic()) => Some(KEYWORD_STYLE),
                Ok(_) => None,
                Err(LexErrorKind::UnterminatedString | LexErrorKind::UnterminatedTripleString) => {
                    // The string the user is still typing runs to the end of the line.
                    out.push_str(STRING_STYLE);
                    out.push_str(&line[span.start..]);
                    out.push_str(RESET);
                    return out;
                }
                Err(_) => None,
            };
            match style {
                Some(s) => {
                    out.push_str(s);
                    out.push_str(text);
                    out.push_str(RESET);
                }
                None => out.push_str(text),
            }
        }
        push_gap(&mut out, &line[at..]);
        out
    }
}

/// Text between tokens: whitespace, a line continuation, or a comment (to the line's end).
fn push_gap(out: &mut String, gap: &str) {
    match gap.find('#') {
        Some(i) => {
            out.push_str(&gap[..i]);
            out.push_str(COMMENT_STYLE);
            out.push_str(&gap[i..]);
            out.push_str(RESET);
        }
        None => out.push_str(gap),
    }
}

fn pair(display: &str, replacement: String) -> Pair {
    Pair {
        display: display.to_string(),
        replacement,
    }
}

/// A candidate for a name bound to `v`: callables get `(`, as in rlcompleter.
fn callable_pair(name: String, v: &Value) -> Pair {
    let replacement = if is_callable(v) {
        format!("{name}(")
    } else {
        name.clone()
    };
    Pair {
        display: name,
        replacement,
    }
}

fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Class(_) => true,
        Value::Object(o) => matches!(o.kind, ObjKind::BoundMethod { .. }),
        Value::Instance(i) => i.class.lookup(&new_str("__call__")).is_some(),
        _ => false,
    }
}

fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_alphabetic() || c == '_')
        && chars.all(|c| c.is_alphanumeric() || c == '_')
}

/// An attribute found in the object's own dictionaries, without running any code.
/// Properties are not evaluated: their value is unknown.
fn static_attr(obj: &Value, name: &str) -> Option<Value> {
    let key = new_str(name);
    let found = match obj {
        Value::Object(o) => match &o.kind {
            ObjKind::Module(m) => return m.dict.get_str(&key),
            _ => class_of(obj).lookup(&key),
        },
        Value::Instance(i) => match i.attrs.get_str(&key) {
            Some(v) => return Some(v),
            None => i.class.lookup(&key),
        },
        Value::Class(c) => c.lookup(&key),
        _ => class_of(obj).lookup(&key),
    }?;
    match &found {
        Value::Object(o) if matches!(o.kind, ObjKind::Property { .. }) => None,
        _ => Some(found),
    }
}

/// Whether the text ends inside a single-line string literal or a comment (no completion).
fn in_string_or_comment(before: &str) -> bool {
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for c in before.chars() {
        match quote {
            Some(q) => {
                if escaped {
                    escaped = false;
                } else if c == '\\' {
                    escaped = true;
                } else if c == q {
                    quote = None;
                }
            }
            None if c == '#' => return true,
            None if c == '\'' || c == '"' => quote = Some(c),
            None => {}
        }
    }
    quote.is_some()
}

impl Completer for MtHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        Ok(self.completions(line, pos))
    }
}

impl Hinter for MtHelper {
    type Hint = String;
}

impl Highlighter for MtHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        if self.color {
            Cow::Owned(self.colorize(line))
        } else {
            Cow::Borrowed(line)
        }
    }

    fn highlight_char(&self, _line: &str, _pos: usize, _kind: CmdKind) -> bool {
        // Any keystroke can change a token's colour (a name becoming a keyword).
        self.color
    }
}

impl Validator for MtHelper {}

impl rustyline::Helper for MtHelper {}

/// Tab: indents when only whitespace precedes the cursor, completes otherwise.
pub struct TabKey;

impl ConditionalEventHandler for TabKey {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        let before = &ctx.line()[..ctx.pos()];
        if before.chars().all(|c| c == ' ') {
            let n = INDENT - before.len() % INDENT;
            Some(Cmd::Insert(1, " ".repeat(n)))
        } else {
            Some(Cmd::Complete)
        }
    }
}

/// Backspace: in the indentation, removes one level (`INDENT` spaces, the editor's
/// `indent_size`). A `Dedent` of the whole line, not a `Kill` of n characters: rustyline
/// replays repeatable commands such as `Kill` with the key's repeat count, which would undo n.
pub struct BackspaceKey;

impl ConditionalEventHandler for BackspaceKey {
    fn handle(&self, _: &Event, _: RepeatCount, _: bool, ctx: &EventContext) -> Option<Cmd> {
        let before = &ctx.line()[..ctx.pos()];
        if !before.is_empty() && before.chars().all(|c| c == ' ') {
            Some(Cmd::Dedent(Movement::WholeLine))
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn helper() -> MtHelper {
        let interp = crate::new_interp(&crate::Config::default());
        let globals = Arc::new(Dict::new());
        globals.set_str(new_str("my_variable"), Value::Int(1));
        MtHelper::new(interp, globals, true)
    }

    fn replacements(line: &str) -> Vec<String> {
        let h = helper();
        h.completions(line, line.len())
            .1
            .into_iter()
            .map(|p| p.replacement)
            .collect()
    }

    #[test]
    fn completes_keywords_builtins_and_globals() {
        assert_eq!(replacements("whi"), ["while "]);
        assert_eq!(replacements("my_v"), ["my_variable"]);
        assert!(replacements("pri").contains(&"print(".to_string()));
        assert_eq!(replacements("x = 'pri"), Vec::<String>::new());
        assert_eq!(replacements("1"), Vec::<String>::new());
    }

    #[test]
    fn completes_attributes_of_dotted_names() {
        let h = helper();
        let (start, c) = h.completions("my_variable.bit_l", 17);
        assert_eq!(start, 12);
        assert_eq!(c[0].replacement, "bit_length(");
        assert!(h
            .completions("my_variable.", 12)
            .1
            .iter()
            .all(|p| !p.display.starts_with('_')));
        assert!(h.completions("f().x", 5).1.is_empty());
    }

    #[test]
    fn colours_tokens() {
        let h = helper();
        let s = h.colorize("if x: 'a' # c");
        assert!(s.starts_with("\x1b[1;34mif\x1b[0m"));
        assert!(s.contains("\x1b[32m'a'\x1b[0m"));
        assert!(s.contains("\x1b[90m# c\x1b[0m"));
        assert_eq!(h.colorize("\"abc"), "\x1b[32m\"abc\x1b[0m");
    }
}
