//! The command line: how mt is started (file, -c, -, piped stdin), its flags (--version,
//! --help, --gil, --dis, MT_GIL) and its exit statuses, which follow CPython's.

mod common;

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn mt(args: &[&str], stdin: Option<&str>, env: &[(&str, &str)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mt"));
    cmd.args(args).stdout(Stdio::piped()).stderr(Stdio::piped());
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    });
    let mut child = cmd.spawn().expect("mt starts");
    if let Some(text) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(text.as_bytes())
            .expect("write stdin");
    }
    child.wait_with_output().expect("mt finishes")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).to_string()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).to_string()
}

#[test]
fn version_and_help() {
    let o = mt(&["--version"], None, &[]);
    assert_eq!(stdout(&o), format!("mt {}\n", env!("CARGO_PKG_VERSION")));
    assert!(mt(&["--help"], None, &[]).status.success());
}

#[test]
fn dash_c_runs_code_with_argv() {
    let o = mt(
        &["-c", "import sys; print(sys.argv, 6 * 7)", "a", "b"],
        None,
        &[],
    );
    assert_eq!(stdout(&o), "['-c', 'a', 'b'] 42\n");
    assert_eq!(o.status.code(), Some(0));
}

#[test]
fn program_from_stdin() {
    let o = mt(&["-"], Some("print('from stdin')\n"), &[]);
    assert_eq!(stdout(&o), "from stdin\n");
    let o = mt(&[], Some("print(1 + 2)\n"), &[]);
    assert_eq!(stdout(&o), "3\n");
}

/// sys.stdin as CPython's: readline, iteration (lines keep their `\n`), readlines and read,
/// sharing one buffer; the expected text is what python3 prints for the same input.
#[test]
fn stdin_reads_lines_and_the_rest() {
    let program = "import sys\nfirst = sys.stdin.readline()\nprint(repr(first))\n\
                   for line in sys.stdin:\n    print(repr(line))\n    if line.startswith('b'):\n        break\n\
                   print(sys.stdin.readlines())\nprint(repr(sys.stdin.read()))\n";
    let o = mt(&["-c", program], Some("x\na\nb\nc\nd"), &[]);
    assert_eq!(stdout(&o), "'x\\n'\n'a\\n'\n'b\\n'\n['c\\n', 'd']\n''\n");
    assert_eq!(o.status.code(), Some(0));
}

/// input() drops only the `\n` (CPython on POSIX keeps a `\r` before it).
#[test]
fn input_keeps_carriage_returns() {
    let o = mt(
        &["-c", "print(repr(input()), repr(input()))"],
        Some("abc\r\ndef\n"),
        &[],
    );
    assert_eq!(stdout(&o), "'abc\\r' 'def'\n");
}

#[test]
fn exit_statuses_follow_cpython() {
    assert_eq!(
        mt(&["-c", "import sys; sys.exit(3)"], None, &[])
            .status
            .code(),
        Some(3)
    );
    assert_eq!(
        mt(&["-c", "raise SystemExit"], None, &[]).status.code(),
        Some(0)
    );
    let o = mt(&["-c", "import sys; sys.exit('bye')"], None, &[]);
    assert_eq!(
        (o.status.code(), stderr(&o)),
        (Some(1), "bye\n".to_string())
    );
    let o = mt(&["-c", "1/0"], None, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).ends_with("ZeroDivisionError: division by zero\n"),
        "{}",
        stderr(&o)
    );
    assert!(stderr(&o).starts_with("Traceback (most recent call last):\n"));
    assert_eq!(mt(&["--bogus"], None, &[]).status.code(), Some(2));
    assert_eq!(mt(&["/no/such/file.mt"], None, &[]).status.code(), Some(2));
}

#[test]
fn syntax_error_shows_file_line_and_caret() {
    let o = mt(&["-c", "x = 1\nif x\n    pass\n"], None, &[]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(
        stderr(&o),
        "  File \"<string>\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n"
    );
}

#[test]
fn gil_mode_is_reported() {
    let code = "import sys; print(sys._is_gil_enabled())";
    // The default (the suite may itself run under MT_GIL=0).
    let default = Command::new(env!("CARGO_BIN_EXE_mt"))
        .args(["-c", code])
        .env_remove("MT_GIL")
        .output()
        .expect("mt runs");
    assert_eq!(stdout(&default), "True\n");
    assert_eq!(
        stdout(&mt(&["--gil=off", "-c", code], None, &[])),
        "False\n"
    );
    assert_eq!(
        stdout(&mt(&["-c", code], None, &[("MT_GIL", "0")])),
        "False\n"
    );
    assert_eq!(
        stdout(&mt(&["--gil=on", "-c", code], None, &[("MT_GIL", "0")])),
        "True\n"
    );
}

#[test]
fn dis_prints_bytecode() {
    let o = mt(
        &["--dis", "-c", "def f(x):\n    return x + 1\nprint(f(1))\n"],
        None,
        &[],
    );
    let text = stdout(&o);
    assert!(text.contains("LoadConst"), "{text}");
    assert!(text.contains("Disassembly of <code object f>"), "{text}");
    assert!(text.contains("Binary"), "{text}");
}

#[test]
fn deep_recursion_with_raised_limit_works() {
    let code = "import sys\nsys.setrecursionlimit(200000)\ndef d(n):\n    return 0 if n == 0 else 1 + d(n - 1)\nprint(d(150000))\n";
    let o = mt(&["-c", code], None, &[]);
    assert_eq!(stdout(&o), "150000\n", "{}", stderr(&o));
}

#[test]
fn recursion_error_at_the_default_limit() {
    let code = "def d(n):\n    return d(n + 1)\ntry:\n    d(0)\nexcept RecursionError as e:\n    print('caught', e)\n";
    let o = mt(&["-c", code], None, &[]);
    assert_eq!(
        stdout(&o),
        "caught maximum recursion depth exceeded\n",
        "{}",
        stderr(&o)
    );
}

#[test]
fn ctrl_c_interrupts_sleep_and_exits_like_cpython() {
    use std::io::{BufRead, BufReader};
    use std::os::unix::process::ExitStatusExt;
    // 'ready' is printed inside the try: a Ctrl-C that lands before the sleep starts must
    // still be caught there.
    let code = "import time\ntry:\n    print('ready', flush=True)\n    time.sleep(60)\nexcept KeyboardInterrupt:\n    print('caught', flush=True)\ntime.sleep(60)\n";
    let mut child = spawn_c(code);
    let started = std::time::Instant::now();
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let mut line = String::new();
    let pid = child.id() as libc::pid_t;
    // Each SIGINT is sent only once mt has shown it is inside the sleep it should cut short.
    for expected in ["ready\n", "caught\n"] {
        line.clear();
        out.read_line(&mut line).expect("read a line");
        assert_eq!(line, expected);
        // SAFETY: sending SIGINT to the child we started.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
    }
    let output = child.wait_with_output().expect("mt exits");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(30),
        "sleep was not interrupted"
    );
    assert_eq!(
        output.status.signal(),
        Some(libc::SIGINT),
        "{:?}",
        output.status
    );
    let err = String::from_utf8_lossy(&output.stderr);
    assert!(err.ends_with("KeyboardInterrupt\n"), "{err}");
}

#[test]
fn every_ctrl_c_cuts_a_sleep_short_however_close_to_its_start() {
    use std::io::{BufRead, BufReader};
    // Each SIGINT is sent as soon as mt says it is about to sleep, so over many rounds some
    // land just before the wait is recorded; none may be lost (a lost one sleeps 30 s).
    let code = "import time\nfor i in range(100):\n    try:\n        print('ready', i, flush=True)\n        time.sleep(30)\n    except KeyboardInterrupt:\n        print('caught', i, flush=True)\n";
    let mut child = spawn_c(code);
    let started = std::time::Instant::now();
    let mut out = BufReader::new(child.stdout.take().expect("stdout"));
    let pid = child.id() as libc::pid_t;
    let mut line = String::new();
    for i in 0..100 {
        line.clear();
        out.read_line(&mut line).expect("read a line");
        assert_eq!(line, format!("ready {i}\n"));
        // SAFETY: sending SIGINT to the child we started.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0);
        line.clear();
        out.read_line(&mut line).expect("read a line");
        assert_eq!(line, format!("caught {i}\n"));
    }
    let output = child.wait_with_output().expect("mt exits");
    assert!(output.status.success(), "{:?}", output.status);
    assert!(
        started.elapsed() < std::time::Duration::from_secs(25),
        "a Ctrl-C was lost and a sleep ran its course"
    );
}

/// `mt -c code` with its output piped, for tests that signal it while it runs.
fn spawn_c(code: &str) -> std::process::Child {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mt"));
    cmd.args(["-c", code])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    common::default_sigint(&mut cmd).spawn().expect("mt starts")
}

/// Compile-time SyntaxWarnings go to stderr before the program runs, as CPython prints them
/// (`tests/warnings/regen.py` records CPython's output).
#[test]
fn syntax_warnings_match_cpython() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/warnings");
    for entry in std::fs::read_dir(&dir).expect("tests/warnings") {
        let path = entry.expect("entry").path();
        if path.extension().and_then(|e| e.to_str()) != Some("mt") {
            continue;
        }
        let o = mt(&[path.to_str().expect("utf-8 path")], None, &[]);
        let read = |ext: &str| {
            std::fs::read_to_string(path.with_extension(ext))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        };
        let err = stderr(&o).replace(&format!("{}/", dir.display()), "DIR/");
        assert_eq!(err, read("stderr"), "stderr of {}", path.display());
        assert_eq!(stdout(&o), read("stdout"), "stdout of {}", path.display());
    }
}
