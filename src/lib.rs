//! mt: a Python-3-subset interpreter built for real, visible multitasking.
//!
//! The embedding API lives here (`Config`, `run_source`, `run_file`, `compile_source`); the
//! layers below follow the dependency direction syntax -> compile -> bytecode -> vm, with
//! objects, builtins, modules and runtime beside the vm.

pub mod builtins;
pub mod bytecode;
pub mod compile;
pub mod diagnostics;
pub mod modules;
pub mod objects;
pub mod repl;
pub mod runtime;
pub mod syntax;
pub mod vm;

use objects::Value;
use std::sync::atomic::{AtomicBool, AtomicUsize};
use std::sync::Arc;
use vm::{Interp, Vm};

/// How to run a program.
#[derive(Clone, Debug)]
pub struct Config {
    pub gil: bool,
    /// `sys.argv`: the script name first.
    pub argv: Vec<String>,
    /// Print the bytecode instead of running.
    pub dis: bool,
    /// `--switch-points=any`: threads may switch between any two instructions.
    pub switch_any: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            gil: true,
            argv: vec![String::new()],
            dis: false,
            switch_any: false,
        }
    }
}

/// Parses and compiles a module.
pub fn compile_source(
    src: &str,
    filename: &str,
) -> Result<Arc<bytecode::Code>, syntax::SyntaxError> {
    let body = syntax::parser::parse_module(src)?;
    compile::compile_module(&body, filename, src, false)
}

/// Creates the shared interpreter state.
pub fn new_interp(config: &Config) -> Arc<Interp> {
    Arc::new(Interp {
        modules: Arc::new(objects::Dict::new()),
        builtins: builtins::make_builtins(),
        argv: parking_lot::Mutex::new(config.argv.clone()),
        recursion_limit: AtomicUsize::new(1000),
        gil: runtime::gil::Gil::new(config.gil),
        switch_any: config.switch_any,
        script_dir: Default::default(),
        interrupted: AtomicBool::new(false),
        switch_interval_us: AtomicUsize::new(5000),
        breaker: AtomicBool::new(false),
    })
}

/// Runs `src` as the `__main__` module; returns the process exit status.
pub fn run_source(src: &str, filename: &str, config: &Config) -> i32 {
    let src = &*syntax::universal_newlines(src);
    let code = match compile_source(src, filename) {
        Ok(c) => c,
        Err(e) => {
            let _ = runtime::stdio::write_stderr(&format!(
                "{}\n",
                diagnostics::format_syntax_error(&e, filename, src)
            ));
            return 1;
        }
    };
    diagnostics::print_warnings(&code, filename, src);
    if config.dis {
        let _ = runtime::stdio::write_stdout(&bytecode::dis::disassemble(&code));
        let _ = runtime::stdio::flush_stdout();
        return 0;
    }
    let interp = new_interp(config);
    if let Some(dir) = std::path::Path::new(filename).parent() {
        *interp.script_dir.lock() = Some(if dir.as_os_str().is_empty() {
            ".".into()
        } else {
            dir.to_path_buf()
        });
    }
    runtime::signals::install(&interp);
    let mut vm = Vm::new(interp, true);
    runtime::gil::take(&vm.interp);
    runtime::deadlock::thread_started(vm.ident, "MainThread", true);
    let globals = main_module(&vm, Some(filename));
    let frame = Box::new(vm::frame::Frame::new(code, globals.clone()));
    let result = vm.run_frame(frame);
    if vm::finalize::pending() {
        vm.run_finalizers();
    }
    #[cfg(feature = "opstats")]
    vm::opstats::dump();
    let (status, interrupted) = match result {
        Ok(_) => (0, false),
        Err(e) => (
            exit_status_for(&mut vm, &e),
            vm::error::is_exc(&e, "KeyboardInterrupt"),
        ),
    };
    let interrupted = !wait_for_threads(&mut vm) || interrupted;
    // Daemon threads still running would see the names go (CPython freezes them first).
    if !interrupted && runtime::threads::daemons_running() == 0 {
        clear_main_module(&mut vm, &globals);
    }
    let _ = runtime::stdio::flush_stdout();
    if interrupted {
        return runtime::signals::exit_by_sigint();
    }
    status
}

/// At exit, as CPython's finalization does when it frees the main module: its names are set
/// to None in insertion order, so what they held is finalized now (`__del__`, the `finally`
/// blocks of suspended generators) while the VM can still run it.
fn clear_main_module(vm: &mut Vm, globals: &Arc<objects::Dict>) {
    let keys: Vec<objects::Str> = globals
        .keys()
        .into_iter()
        .filter_map(|k| match k {
            Value::Str(s) if s.as_str() != "__builtins__" => Some(s),
            _ => None,
        })
        .collect();
    // The global-load cache's copies go first, so each value goes with its name.
    vm.global_cache.clear();
    for k in keys {
        globals.set_str(k, Value::None);
    }
    if vm::finalize::pending() {
        vm.run_finalizers();
    }
}

/// Waits for the non-daemon threads before the process ends, as CPython's finalization does
/// (`threading._shutdown`, when threading was imported). False when Ctrl-C ended the wait.
pub fn wait_for_threads(vm: &mut Vm) -> bool {
    let Some(threading) = vm.interp.modules.get_str(&objects::new_str("threading")) else {
        return true;
    };
    let shutdown = match vm.getattr(&threading, &objects::new_str("_shutdown")) {
        Ok(f) => f,
        Err(_) => return true,
    };
    match vm.call(&shutdown, &[], &[]) {
        Ok(_) => true,
        Err(e) => {
            let _ = runtime::stdio::flush_stdout();
            let text = vm.format_exception(&e);
            let _ = runtime::stdio::write_stderr(&format!(
                "Exception ignored in: <module 'threading' from '<frozen threading>'>\n{text}"
            ));
            !vm::error::is_exc(&e, "KeyboardInterrupt")
        }
    }
}

/// Creates the `__main__` module, registers it in `sys.modules` and returns its globals;
/// `filename` becomes `__file__` (the interactive session has none).
pub fn main_module(vm: &Vm, filename: Option<&str>) -> Arc<objects::Dict> {
    // CPython's names, in its order; `-c` code has no file.
    let filename = filename.filter(|f| *f != "<string>");
    let globals = modules::module_dict("__main__");
    let set = |name: &str, v: Value| globals.set_str(objects::new_str(name), v);
    set("__package__", Value::None);
    set(
        "__loader__",
        modules::main_loader(filename.filter(|f| !f.starts_with('<'))),
    );
    set("__spec__", Value::None);
    set(
        "__annotations__",
        Value::Dict(Arc::new(objects::Dict::new())),
    );
    set("__builtins__", modules::builtins_module(&vm.interp));
    if let Some(filename) = filename {
        set("__file__", Value::str(filename));
        set("__cached__", Value::None);
    }
    vm.interp.modules.set_str(
        objects::new_str("__main__"),
        Vm::new_module("__main__", globals.clone()),
    );
    globals
}

/// The exit status for an uncaught exception, printing its traceback (or SystemExit's message).
pub fn exit_status_for(vm: &mut Vm, e: &Value) -> i32 {
    if vm::error::is_exc(e, "SystemExit") {
        let args = vm::error::exc_args(e);
        let code = match args.len() {
            0 => Value::None,
            1 => args[0].clone(),
            _ => Value::tuple(args),
        };
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let _ = runtime::stdio::flush_stdout();
                let s = vm.str(&other).unwrap_or_default();
                let _ = runtime::stdio::write_stderr(&format!("{s}\n"));
                1
            }
        };
    }
    modules::sys::report_uncaught(vm, e);
    1
}

/// Runs a script file.
pub fn run_file(path: &str, config: &Config) -> i32 {
    match read_script(path) {
        Ok(src) => run_source(&src, &script_path(path), config),
        Err(status) => status,
    }
}

/// The name a script goes by in tracebacks and `__file__`: its path made absolute by joining
/// it to the working directory, without normalising, as CPython 3.9+ does (`./x.mt` becomes
/// `/cwd/./x.mt`). `sys.argv[0]` keeps the path as given.
pub fn script_path(path: &str) -> String {
    if std::path::Path::new(path).is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{path}", cwd.display()),
        Err(_) => path.to_string(),
    }
}

/// Reads a script file; when it cannot, prints CPython's message and gives the exit status.
pub fn read_script(path: &str) -> Result<String, i32> {
    std::fs::read_to_string(path).map_err(|e| {
        let path = script_path(path);
        let prog = std::env::args().next().unwrap_or_else(|| "mt".into());
        eprintln!(
            "{prog}: can't open file '{path}': [Errno {}] {}",
            e.raw_os_error().unwrap_or(2),
            std_error_text(&e)
        );
        2
    })
}

fn std_error_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}
