//! The interactive session: `mt` with no program on a terminal, and `mt -i`.
//!
//! Modelled on CPython's REPL: prompts `>>> ` and `... `, each complete input compiled in
//! interactive mode (expression results echoed with `repr` and kept in `_`) and run in one
//! persistent `__main__`, a traceback for an exception after which the session goes on, a
//! caret under a syntax error, `exit()`, `quit()` and Ctrl-D to leave (SystemExit's status
//! becomes the process's). From IPython it takes auto-indentation, Tab completion without
//! side effects, syntax highlighting, and running a bare `exit`, `quit` or `help`.
//!
//! Lines come from rustyline when standard input is a terminal, with history kept in
//! `~/.mt_history` (`MT_HISTORY=path` moves it, `MT_HISTORY=` turns it off); otherwise (`mt -i`
//! with a pipe) they are read plainly and the prompts go to stderr, as CPython does. Waiting
//! for a line releases the GIL so threads started at the prompt keep running. Ctrl-C at the
//! prompt drops the input being typed; while code runs, a SIGINT handler (`sigint`) turns it
//! into `KeyboardInterrupt`.
//!
//! Submodules: `input` decides when an input is complete and how to indent the next line,
//! `helper` is the line editor's completion and highlighting, `sigint` the Ctrl-C handler.

pub mod helper;
pub mod input;
mod sigint;

use crate::builtins::args::arity;
use crate::objects::names::names;
use crate::objects::{new_str, Builtin, Dict, Value};
use crate::runtime::gil::without_gil;
use crate::runtime::stdio::{flush_stdout, write_stderr, write_stdout};
use crate::syntax::ast::Body;
use crate::syntax::SyntaxError;
use crate::vm::error::is_exc;
use crate::vm::frame::Frame;
use crate::vm::{KwArgs, PyResult, Vm};
use crate::Config;
use helper::{BackspaceKey, MtHelper, TabKey};
use input::{classify, next_indent, End, Status};
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{ColorMode, CompletionType, Editor, EventHandler, KeyCode, KeyEvent, Modifiers};
use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;
use std::sync::Arc;

/// The file name tracebacks and syntax errors show for typed input, as in CPython.
const INPUT_NAME: &str = "<stdin>";

const PROMPT_STYLE: &str = "\x1b[1;35m";
const RESET: &str = "\x1b[0m";

const HELP_TEXT: &str = "\
Welcome to mt, a Python 3 subset built for real, visible multitasking.

Type code at the prompt and press Enter. Expression results are echoed and kept in `_`.
A line ending in ':' opens a block (the next line is indented for you); an empty line
closes it.

  Tab           complete keywords, names and attributes (math.sq<Tab>); indent
  Up / Down     browse the history; Ctrl-R searches it
  Ctrl-C        cancel the line being typed, or interrupt running code
  Ctrl-D        leave the session (so do exit() and quit())

help(obj) shows an object's documentation.
";

/// Code to run before the first prompt (`mt -i script.mt`, `mt -i -c cmd`).
pub struct Startup {
    pub source: String,
    pub filename: String,
}

/// Runs an interactive session; returns the process exit status.
pub fn run(config: &Config, startup: Option<Startup>) -> i32 {
    let interp = crate::new_interp(config);
    let script_dir = startup
        .as_ref()
        .and_then(|s| std::path::Path::new(&s.filename).parent())
        .filter(|d| !d.as_os_str().is_empty())
        .map_or_else(|| PathBuf::from("."), |d| d.to_path_buf());
    *interp.script_dir.lock() = Some(script_dir);
    let vm = Vm::new(interp.clone(), true);
    crate::runtime::gil::take(&interp);
    crate::runtime::deadlock::thread_started(vm.ident, "MainThread", true);
    let globals = crate::main_module(
        &vm,
        startup
            .as_ref()
            .map(|s| s.filename.as_str())
            .filter(|f| !f.starts_with('<')),
    );
    if interp.builtins.get_str(&new_str("help")).is_none() {
        interp
            .builtins
            .set_str(new_str("help"), Builtin::function("help", help));
    }
    sigint::install(&interp);
    let source: Box<dyn LineSource> = match std::io::stdin().is_terminal() {
        true => match Terminal::new(vm.interp.clone(), globals.clone()) {
            Ok(t) => Box::new(t),
            Err(_) => Box::new(Piped),
        },
        false => Box::new(Piped),
    };
    let mut session = Session {
        vm,
        globals,
        source,
        buf: Vec::new(),
        prefill: String::new(),
    };
    match startup {
        Some(s) => session.run_startup(&s),
        None => {
            let gil = if config.gil { "on" } else { "off" };
            let _ = write_stderr(&format!(
                "mt {} (GIL {gil}) \u{2014} type help, exit() or Ctrl-D\n",
                env!("CARGO_PKG_VERSION")
            ));
        }
    }
    let status = session.interact();
    crate::wait_for_threads(&mut session.vm);
    let _ = flush_stdout();
    status
}

/// What a line source returned.
enum Read {
    Line(String),
    /// Ctrl-C while typing.
    Interrupt,
    /// Ctrl-D on an empty line, or the end of the input.
    Eof,
}

/// Where lines come from: the line editor, or plain standard input.
trait LineSource {
    /// Shows `prompt` and reads one line (without its newline); `prefill` is the text the line
    /// starts with (the auto-indentation).
    fn read(&mut self, vm: &mut Vm, prompt: &str, prefill: &str) -> Read;
    /// Records an entered line in the history.
    fn remember(&mut self, _line: &str) {}
}

/// The line editor on a terminal.
struct Terminal {
    editor: Editor<MtHelper, FileHistory>,
    history: Option<PathBuf>,
    color: bool,
}

impl Terminal {
    fn new(interp: Arc<crate::vm::Interp>, globals: Arc<Dict>) -> rustyline::Result<Terminal> {
        let color = std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && std::env::var_os("TERM").is_none_or(|t| t != "dumb");
        let config = rustyline::Config::builder()
            .auto_add_history(false)
            .max_history_size(10_000)?
            .history_ignore_dups(true)?
            .completion_type(CompletionType::List)
            .indent_size(helper::INDENT as u8)
            .color_mode(if color {
                ColorMode::Enabled
            } else {
                ColorMode::Disabled
            })
            .build();
        let mut editor: Editor<MtHelper, FileHistory> = Editor::with_config(config)?;
        editor.set_helper(Some(MtHelper::new(interp, globals, color)));
        editor.bind_sequence(
            KeyEvent(KeyCode::Tab, Modifiers::NONE),
            EventHandler::Conditional(Box::new(TabKey)),
        );
        editor.bind_sequence(
            KeyEvent(KeyCode::Backspace, Modifiers::NONE),
            EventHandler::Conditional(Box::new(BackspaceKey)),
        );
        let history = history_path();
        if let Some(path) = &history {
            // A missing or unreadable file starts an empty history.
            let _ = editor.load_history(path);
        }
        Ok(Terminal {
            editor,
            history,
            color,
        })
    }
}

impl LineSource for Terminal {
    fn read(&mut self, vm: &mut Vm, prompt: &str, prefill: &str) -> Read {
        let styled = if self.color {
            format!("{PROMPT_STYLE}{prompt}{RESET}")
        } else {
            prompt.to_string()
        };
        let prompt = (prompt, styled.as_str());
        if !crate::runtime::stdio::at_line_start() {
            // The prompt redraws its whole line: start it below unfinished output.
            let _ = write_stdout("\n");
            let _ = flush_stdout();
        }
        let editor = &mut self.editor;
        let result = without_gil(vm, || {
            if prefill.is_empty() {
                editor.readline(&prompt)
            } else {
                editor.readline_with_initial(&prompt, (prefill, ""))
            }
        });
        match result {
            Ok(line) => Read::Line(line),
            Err(ReadlineError::Interrupted) => Read::Interrupt,
            Err(ReadlineError::Eof) => Read::Eof,
            Err(e) => {
                let _ = write_stderr(&format!("mt: cannot read input: {e}\n"));
                Read::Eof
            }
        }
    }

    fn remember(&mut self, line: &str) {
        if line.trim().is_empty() {
            return;
        }
        if self.editor.add_history_entry(line).unwrap_or(false) {
            if let Some(path) = &self.history {
                // Saved at once, so a session that is killed keeps its history.
                let _ = self.editor.append_history(path);
            }
        }
    }
}

/// The history file: `MT_HISTORY` if set (empty: no history), else `~/.mt_history`.
fn history_path() -> Option<PathBuf> {
    match std::env::var_os("MT_HISTORY") {
        Some(p) if p.is_empty() => None,
        Some(p) => Some(PathBuf::from(p)),
        None => std::env::var_os("HOME")
            .filter(|h| !h.is_empty())
            .map(|h| PathBuf::from(h).join(".mt_history")),
    }
}

/// Plain standard input (not a terminal): prompts go to stderr, as in CPython.
struct Piped;

impl LineSource for Piped {
    fn read(&mut self, vm: &mut Vm, prompt: &str, _prefill: &str) -> Read {
        let _ = write_stderr(prompt);
        let mut line = String::new();
        let n = without_gil(vm, || std::io::stdin().lock().read_line(&mut line));
        match n {
            Ok(0) | Err(_) => Read::Eof,
            Ok(_) => {
                if line.ends_with('\n') {
                    line.pop();
                    if line.ends_with('\r') {
                        line.pop();
                    }
                }
                Read::Line(line)
            }
        }
    }
}

/// What to do after a line.
enum Flow {
    Go,
    Exit(i32),
}

struct Session {
    vm: Vm,
    /// The persistent `__main__` namespace.
    globals: Arc<Dict>,
    source: Box<dyn LineSource>,
    /// The lines of the input being typed.
    buf: Vec<String>,
    /// The indentation the next line starts with.
    prefill: String,
}

impl Session {
    /// Runs `mt -i`'s program; any exception (SystemExit too) prints and the session opens.
    fn run_startup(&mut self, s: &Startup) {
        let code = crate::compile_source(&s.source, &s.filename);
        match code {
            Ok(code) => {
                if let Err(e) = self.run_code(code) {
                    let text = self.vm.format_exception(&e);
                    let _ = write_stderr(&text);
                }
            }
            Err(e) => report_syntax_error(&e, &s.filename, &s.source),
        }
    }

    /// The read-eval-print loop; returns the exit status.
    fn interact(&mut self) -> i32 {
        loop {
            let _ = flush_stdout();
            let prompt = if self.buf.is_empty() { ">>> " } else { "... " };
            let prefill = std::mem::take(&mut self.prefill);
            match self.source.read(&mut self.vm, prompt, &prefill) {
                Read::Line(text) => {
                    let lines: Vec<&str> = text
                        .split('\n')
                        .map(|l| l.strip_suffix('\r').unwrap_or(l))
                        .collect();
                    for (i, line) in lines.iter().enumerate() {
                        self.source.remember(line);
                        // In pasted text, an empty line followed by indented code is part of
                        // the block (blank lines between methods), not its end.
                        let pasted_gap = line.trim().is_empty()
                            && lines[i + 1..]
                                .iter()
                                .find(|l| !l.trim().is_empty())
                                .is_some_and(|l| l.starts_with([' ', '\t']));
                        if pasted_gap && !self.buf.is_empty() {
                            self.buf.push(String::new());
                            continue;
                        }
                        if let Flow::Exit(status) = self.feed(line) {
                            return status;
                        }
                    }
                }
                Read::Interrupt => {
                    self.buf.clear();
                    let _ = write_stderr("KeyboardInterrupt\n");
                }
                Read::Eof => {
                    // Leave the prompt's line, then run what was typed before the Ctrl-D.
                    let _ = write_stdout("\n");
                    if self.buf.is_empty() {
                        return 0;
                    }
                    return match self.finish(End::Eof) {
                        Flow::Exit(status) => status,
                        Flow::Go => 0,
                    };
                }
            }
        }
    }

    /// Adds one line to the input and runs the input once it is complete.
    fn feed(&mut self, line: &str) -> Flow {
        let blank = line.trim().is_empty();
        if self.buf.is_empty() && (blank || line.trim_start().starts_with('#')) {
            return Flow::Go;
        }
        self.buf.push(line.to_string());
        self.finish(if blank { End::Blank } else { End::More })
    }

    /// Classifies the buffered input: asks for more, reports an error, or runs it.
    fn finish(&mut self, end: End) -> Flow {
        let mut src = self.buf.join("\n");
        src.push('\n');
        self.prefill.clear();
        match classify(&src, end) {
            Status::Incomplete(open) => {
                let last = self
                    .buf
                    .iter()
                    .rev()
                    .find(|l| !l.trim().is_empty())
                    .map_or("", |l| l.as_str());
                self.prefill = next_indent(last, open);
                Flow::Go
            }
            Status::Invalid(e) => {
                self.buf.clear();
                report_syntax_error(&e, INPUT_NAME, &src);
                Flow::Go
            }
            Status::Complete(body) => {
                self.buf.clear();
                self.execute(&src, &body)
            }
        }
    }

    /// Compiles and runs one complete input in `__main__`.
    fn execute(&mut self, src: &str, body: &Body) -> Flow {
        let word = src.trim();
        if matches!(word, "exit" | "quit" | "help")
            && self.globals.get_str(&new_str(word)).is_none()
        {
            // IPython's convenience: a bare `exit` leaves, a bare `help` helps.
            if word == "help" {
                let _ = write_stdout(HELP_TEXT);
                return Flow::Go;
            }
            return Flow::Exit(0);
        }
        let code = match crate::compile::compile_module(body, INPUT_NAME, src, true) {
            Ok(c) => c,
            Err(e) => {
                report_syntax_error(&e, INPUT_NAME, src);
                return Flow::Go;
            }
        };
        crate::diagnostics::print_warnings(&code, INPUT_NAME, src);
        match self.run_code(code) {
            Ok(()) => Flow::Go,
            Err(e) if is_exc(&e, "SystemExit") => {
                Flow::Exit(crate::exit_status_for(&mut self.vm, &e))
            }
            Err(e) => {
                let text = self.vm.format_exception(&e);
                let _ = write_stderr(&text);
                Flow::Go
            }
        }
    }

    /// Runs a code object in the session's `__main__`, flushing its output.
    fn run_code(&mut self, code: Arc<crate::bytecode::Code>) -> Result<(), Value> {
        // A Ctrl-C that came while nothing ran must not interrupt this input.
        sigint::clear(&self.vm.interp);
        let frame = Box::new(Frame::new(code, self.globals.clone()));
        let result = self.vm.run_frame(frame);
        // Whatever unwinding left behind belongs to this input only.
        self.vm.frames.clear();
        self.vm.handled.clear();
        let _ = flush_stdout();
        result.map(|_| ())
    }
}

fn report_syntax_error(e: &SyntaxError, filename: &str, src: &str) {
    let _ = flush_stdout();
    let text = crate::diagnostics::format_syntax_error(e, filename, src);
    let _ = write_stderr(&format!("{text}\n"));
}

/// `help()`: the session's help text; `help(obj)`: the object's docstring. (CPython's
/// `help` comes from `site` and pydoc; this is the small version the REPL installs.)
fn help(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    arity("help", a, kw, 0, 1)?;
    let text = match a.first() {
        None => HELP_TEXT.to_string(),
        Some(v) => {
            let what = vm.repr(v)?;
            let doc = match vm.getattr_opt(v, &names().doc)? {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => "No documentation.".to_string(),
            };
            let body: Vec<String> = doc
                .lines()
                .map(|l| format!("    {l}").trim_end().to_string())
                .collect();
            format!("Help on {what}:\n\n{}\n", body.join("\n"))
        }
    };
    crate::builtins::print::write_stdout(vm, &text)?;
    Ok(Value::None)
}
