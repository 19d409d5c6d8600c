//! The `mt` command line: parses arguments the way CPython's `python3` does (options before
//! the script; everything after it goes to `sys.argv`), builds a `Config`, hands off to the
//! library. Nothing below imports this file.

use std::io::{IsTerminal, Read};

/// mimalloc: interpreters allocate many small objects; it is markedly faster than glibc's.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USAGE: &str = "usage: mt [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c cmd        program passed in as string (terminates option list)
  -h, --help    print this help message and exit
  -i            inspect interactively after running the script or command;
                with no program, the interactive session opens when stdin is a terminal
  -V, --version print the version number and exit
  --gil=on|off  run with the global interpreter lock on (default) or off;
                the MT_GIL=1|0 environment variable does the same (the flag wins)
  --switch-points=calls|any
                where a thread may hand the GIL to another: at calls and backward
                jumps (default, as CPython 3.10+), or between any two instructions
                (as CPython 3.9; shows races like `g += 1` with the GIL on)
  --dis         print the bytecode of the program instead of running it
  file          program read from script file
  -             program read from stdin (default when stdin is not a terminal)
  arg ...       arguments passed to program in sys.argv[1:]";

fn usage_error(msg: &str) -> ! {
    eprintln!("{msg}\n{USAGE}");
    std::process::exit(2);
}

/// No transparent huge pages for this process. mimalloc asks for them (`MADV_HUGEPAGE`) on
/// its arenas, and after it returns freed memory to the OS, every reuse faults in a fresh
/// 2 MiB page the kernel must zero: on strings_dicts that was a fifth of the run time and
/// 15 MB more memory. This is mimalloc's own `allow_thp=0`, which it applies only at its
/// start-up, before `main` could set the option. CPython's arenas get no huge pages either.
fn disable_huge_pages() {
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with PR_SET_THP_DISABLE takes plain integer arguments and only sets a
    // flag of the calling process.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

fn main() {
    disable_huge_pages();
    // A panic is a bug in mt. In a thread other than the main one it would otherwise end only
    // that OS thread, leaving its joiners (and perhaps the GIL) waiting for ever: say what
    // happened and end the process instead of hanging.
    std::panic::set_hook(Box::new(|info| {
        eprintln!("mt: internal error (please report this bug): {info}");
        std::process::exit(70);
    }));
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut config = mt::Config {
        gil: !matches!(std::env::var("MT_GIL").as_deref(), Ok("0") | Ok("off")),
        ..Default::default()
    };
    let mut i = 0;
    let mut program: Option<(String, String)> = None; // (source, filename)
    let mut script: Option<String> = None;
    let mut inspect = false;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            "-V" | "--version" => {
                println!("mt {}", env!("CARGO_PKG_VERSION"));
                return;
            }
            "--dis" => config.dis = true,
            "-i" => inspect = true,
            "-c" => {
                let Some(code) = args.get(i + 1) else {
                    usage_error("Argument expected for the -c option")
                };
                config.argv = std::iter::once("-c".to_string())
                    .chain(args[i + 2..].iter().cloned())
                    .collect();
                program = Some((code.clone(), "<string>".into()));
                break;
            }
            "-" => {
                let mut src = String::new();
                if std::io::stdin().read_to_string(&mut src).is_err() {
                    usage_error("mt: cannot read the program from stdin");
                }
                config.argv = std::iter::once("-".to_string())
                    .chain(args[i + 1..].iter().cloned())
                    .collect();
                program = Some((src, "<stdin>".into()));
                break;
            }
            s if s.starts_with("--gil=") => match &s[6..] {
                "on" | "1" => config.gil = true,
                "off" | "0" => config.gil = false,
                other => usage_error(&format!("mt: --gil must be on or off, not '{other}'")),
            },
            s if s.starts_with("--switch-points=") => match &s[16..] {
                "calls" => config.switch_any = false,
                "any" => config.switch_any = true,
                other => usage_error(&format!(
                    "mt: --switch-points must be calls or any, not '{other}'"
                )),
            },
            s if s.starts_with('-') && s.len() > 1 => usage_error(&format!("Unknown option: {s}")),
            _ => {
                config.argv = args[i..].to_vec();
                script = Some(a.clone());
                break;
            }
        }
        i += 1;
    }
    let interactive =
        inspect || (program.is_none() && script.is_none() && std::io::stdin().is_terminal());
    let status = run_big_stack(move || match (program, script) {
        (program, script) if interactive => {
            let startup = match (program, script) {
                (Some((source, filename)), _) => Some(mt::repl::Startup { source, filename }),
                (None, Some(path)) => match mt::read_script(&path) {
                    Ok(source) => Some(mt::repl::Startup {
                        source,
                        filename: mt::script_path(&path),
                    }),
                    Err(status) => return status,
                },
                (None, None) => None,
            };
            mt::repl::run(&config, startup)
        }
        (Some((src, name)), _) => mt::run_source(&src, &name, &config),
        (None, Some(path)) => mt::run_file(&path, &config),
        (None, None) => {
            let mut src = String::new();
            if std::io::stdin().read_to_string(&mut src).is_err() {
                return 1;
            }
            config.argv = vec![String::new()];
            mt::run_source(&src, "<stdin>", &config)
        }
    });
    std::process::exit(status);
}

/// Runs the interpreter on a thread with a large stack: mt code never recurses on the Rust
/// stack, but natives that call back into mt (sort keys, `__repr__`) do.
fn run_big_stack(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    let interpreter = std::thread::Builder::new()
        .name("MainThread".into())
        .stack_size(256 << 20)
        .spawn(f);
    // SIGINT must reach the interpreter's thread (it interrupts its blocking reads), not
    // this one, which only waits for it.
    mt::runtime::signals::block_sigint_here();
    interpreter.ok().and_then(|h| h.join().ok()).unwrap_or(70)
}
