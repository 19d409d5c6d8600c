//! The interactive session, driven through a real pseudo-terminal (`rexpect`): the line
//! editor, prompts, echo, `_`, errors, Ctrl-C, Ctrl-D, completion, history, `-i`, and the
//! non-terminal paths. Every step waits for the text it expects (a prompt, an output) with a
//! generous timeout; nothing sleeps and hopes. Outputs are compared without their ANSI
//! escapes, except in the highlighting test.

mod common;

use rexpect::process::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::PtySession;
use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Stdio};

const MT: &str = env!("CARGO_BIN_EXE_mt");
const TIMEOUT_MS: u64 = 20_000;

/// Written by the line editor right after it puts the terminal in raw mode, before it draws
/// a prompt. Keys (Ctrl-C above all) are sent only after it: in the terminal's cooked mode,
/// between two prompts, the line discipline would act on control characters itself.
const RAW_MODE_ON: &str = "\x1b[?2004h";

/// Starts `mt args` on a pseudo-terminal without colour or history (unless `env` says so).
fn spawn_with(args: &[&str], env: &[(&str, &str)]) -> PtySession {
    let mut cmd = Command::new(MT);
    cmd.args(args)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env("MT_HISTORY", "");
    for (k, v) in env {
        cmd.env(k, v);
    }
    common::default_sigint(&mut cmd);
    let options = Options::new().timeout_ms(Some(TIMEOUT_MS));
    rexpect::spawn_with_options(cmd, options).expect("spawn mt on a pty")
}

fn spawn(args: &[&str]) -> PtySession {
    spawn_with(args, &[])
}

/// The text without ANSI escape sequences and carriage returns.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_escape = false;
    for c in text.chars() {
        if in_escape {
            in_escape = !c.is_ascii_alphabetic();
        } else if c == '\x1b' {
            in_escape = true;
        } else if c != '\r' {
            out.push(c);
        }
    }
    out
}

/// Waits for `text` (matched in the raw output); returns what came before it, made plain.
fn expect(p: &mut PtySession, text: &str) -> String {
    match p.exp_string(text) {
        Ok(before) => plain(&before),
        Err(e) => panic!("waiting for {text:?}: {e}"),
    }
}

/// Waits for a fresh prompt (not a redraw of the current line).
fn wait_prompt(p: &mut PtySession, prompt: &str) -> String {
    let before = expect(p, RAW_MODE_ON);
    expect(p, prompt);
    before
}

fn prompt(p: &mut PtySession) -> String {
    wait_prompt(p, ">>> ")
}

fn more(p: &mut PtySession) -> String {
    wait_prompt(p, "... ")
}

/// Sends keys without a newline (the writer is line-buffered, so flush).
fn send(p: &mut PtySession, keys: &str) {
    p.send(keys).expect("send");
    p.flush().expect("flush");
}

/// Sends a line, then waits for the next primary prompt; returns the output after the
/// line's own echo.
fn run(p: &mut PtySession, line: &str) -> String {
    p.send_line(line).expect("send");
    let out = prompt(p);
    match out.split_once('\n') {
        Some((_echo, rest)) => rest.to_string(),
        None => out,
    }
}

fn exit_code(p: &mut PtySession) -> i32 {
    p.exp_eof().expect("the session ends");
    match p.process().wait() {
        Ok(WaitStatus::Exited(_, code)) => code,
        other => panic!("mt did not exit normally: {other:?}"),
    }
}

fn temp_path(name: &str) -> PathBuf {
    std::env::temp_dir().join(format!("mt-repl-test-{}-{name}", std::process::id()))
}

#[test]
fn banner_echo_and_underscore() {
    // The default mode is on; the suite may itself run under MT_GIL=0.
    let mut p = spawn_with(&["--gil=on"], &[]);
    let banner = prompt(&mut p);
    assert!(banner.contains("mt 0.1.0 (GIL on)"), "{banner:?}");
    assert_eq!(run(&mut p, "x = 6"), "");
    assert_eq!(run(&mut p, "x * 7"), "42\n");
    assert_eq!(run(&mut p, "_ + 1"), "43\n");
    assert_eq!(run(&mut p, "'a' + 'b'"), "'ab'\n");
    // None is not echoed, and `_` keeps the last echoed value.
    assert_eq!(run(&mut p, "None"), "");
    assert_eq!(run(&mut p, "_"), "'ab'\n");
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

#[test]
fn gil_mode_in_banner() {
    let mut p = spawn(&["--gil=off"]);
    assert!(prompt(&mut p).contains("(GIL off)"));
    p.send_line("exit()").unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

#[test]
fn multi_line_blocks_with_auto_indent() {
    let mut p = spawn(&[]);
    prompt(&mut p);
    p.send_line("def total(n):").unwrap();
    more(&mut p);
    // The continuation line starts indented: the body is typed without its own indent.
    p.send_line("s = 0").unwrap();
    more(&mut p);
    p.send_line("for i in range(n):").unwrap();
    more(&mut p);
    p.send_line("s += i").unwrap();
    more(&mut p);
    // Backspace at an indentation stop removes one level.
    send(&mut p, "\x7freturn s\n");
    more(&mut p);
    // The prompt after `return` is dedented to column 0: an empty line ends the block.
    run(&mut p, "");
    assert!(run(&mut p, "total(5)").contains("10\n"));
    // Open brackets and triple-quoted strings continue too; the empty line stays inside.
    p.send_line("(1 +").unwrap();
    more(&mut p);
    assert!(run(&mut p, "2)").contains("3\n"));
    p.send_line("s = '''a").unwrap();
    more(&mut p);
    p.send_line("").unwrap();
    more(&mut p);
    run(&mut p, "b'''");
    assert!(run(&mut p, "s").contains("'a\\n\\nb'\n"));
    // A one-line compound statement waits for the empty line.
    p.send_line("if True: print('y' * 3)").unwrap();
    more(&mut p);
    assert!(run(&mut p, "").contains("yyy\n"));
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

#[test]
fn errors_leave_the_session_usable() {
    let mut p = spawn(&[]);
    prompt(&mut p);
    run(&mut p, "keep = 'kept'");
    let out = run(&mut p, "1 / 0");
    assert!(
        out.contains("Traceback (most recent call last):"),
        "{out:?}"
    );
    assert!(
        out.contains("File \"<stdin>\", line 1, in <module>"),
        "{out:?}"
    );
    assert!(
        out.contains("ZeroDivisionError: division by zero"),
        "{out:?}"
    );
    let out = run(&mut p, "x = = 1");
    assert!(
        out.contains("    x = = 1\n        ^\nSyntaxError: invalid syntax"),
        "{out:?}"
    );
    let out = run(&mut p, "undefined_name");
    assert!(
        out.contains("NameError: name 'undefined_name' is not defined"),
        "{out:?}"
    );
    assert!(run(&mut p, "keep").contains("'kept'\n"));
    p.send_line("raise SystemExit(3)").unwrap();
    assert_eq!(exit_code(&mut p), 3);
}

#[test]
fn ctrl_c_cancels_the_line_and_interrupts_code() {
    let mut p = spawn(&[]);
    prompt(&mut p);
    // At the prompt: the half-typed line is dropped.
    send(&mut p, "1 + ");
    p.send_control('c').unwrap();
    expect(&mut p, "KeyboardInterrupt");
    prompt(&mut p);
    // While code runs: KeyboardInterrupt with a traceback, and the session goes on. The
    // loop prints once it runs: by then the line editor has left raw mode, so Ctrl-C is a
    // SIGINT and not a key.
    run(&mut p, "n = 0");
    p.send_line("while True:").unwrap();
    more(&mut p);
    p.send_line("n += 1").unwrap();
    more(&mut p);
    p.send_line("if n == 1: print('loop' + 'ing')").unwrap();
    more(&mut p);
    p.send_line("").unwrap();
    expect(&mut p, "looping");
    interrupt_to_prompt(&mut p);
    assert!(run(&mut p, "n > 0").contains("True\n"));
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

#[test]
fn exit_and_quit() {
    let mut p = spawn(&[]);
    prompt(&mut p);
    p.send_line("quit(4)").unwrap();
    assert_eq!(exit_code(&mut p), 4);
    let mut p = spawn(&[]);
    prompt(&mut p);
    p.send_line("exit").unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

#[test]
fn tab_completion() {
    let mut p = spawn(&[]);
    prompt(&mut p);
    run(&mut p, "import math");
    run(&mut p, "my_long_variable = 20");
    // A global name, then an attribute after a dot (callables get their parenthesis).
    send(&mut p, "my_lo\t");
    expect(&mut p, "my_long_variable");
    assert!(run(&mut p, " + 1").contains("21\n"));
    send(&mut p, "math.sq\t");
    expect(&mut p, "math.sqrt(");
    assert!(run(&mut p, "16)").contains("4.0\n"));
    // A keyword, and a builtin.
    send(&mut p, "whi\t");
    expect(&mut p, "while ");
    p.send_control('c').unwrap();
    prompt(&mut p);
    send(&mut p, "isinst\t");
    expect(&mut p, "isinstance(");
    assert!(run(&mut p, "3, int)").contains("True\n"));
    // The issue's own example: a class in the threading module.
    run(&mut p, "import threading");
    send(&mut p, "threading.Th\t");
    expect(&mut p, "threading.Thread");
    assert!(run(&mut p, "().name.startswith('Thread-')").contains("True\n"));
    // Several candidates are listed.
    send(&mut p, "math.a\t\t");
    let listing = expect(&mut p, "atan2");
    assert!(listing.contains("acos"), "{listing:?}");
    p.send_control('c').unwrap();
    prompt(&mut p);
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

#[test]
fn history_persists_across_sessions() {
    let path = temp_path("history");
    let _ = std::fs::remove_file(&path);
    let hist = path.to_str().unwrap();
    let mut p = spawn_with(&[], &[("MT_HISTORY", hist)]);
    prompt(&mut p);
    run(&mut p, "first_entry = 1");
    run(&mut p, "print('found' + '_it')");
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&mut p), 0);

    let mut p = spawn_with(&[], &[("MT_HISTORY", hist)]);
    prompt(&mut p);
    run(&mut p, "first_entry = 10");
    // Up arrow recalls the newest line; Ctrl-R searches older ones, Enter runs the match.
    send(&mut p, "\x1b[A");
    expect(&mut p, "first_entry = 10");
    p.send_control('u').unwrap();
    p.send_control('r').unwrap();
    send(&mut p, "found");
    expect(&mut p, "print('found' + '_it')");
    send(&mut p, "\r");
    let out = prompt(&mut p);
    assert!(out.contains("found_it\n"), "{out:?}");
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&mut p), 0);
    let saved = std::fs::read_to_string(&path).unwrap_or_default();
    let _ = std::fs::remove_file(&path);
    assert!(saved.contains("first_entry = 1\n"), "{saved:?}");
    assert!(saved.contains("first_entry = 10\n"), "{saved:?}");
}

#[test]
fn inspect_after_a_script() {
    let script = temp_path("script.mt");
    std::fs::write(
        &script,
        "def greet(who):\n    return 'hi ' + who\nname = 'ann'\nprint('script ran')\n",
    )
    .unwrap();
    let mut p = spawn(&["-i", script.to_str().unwrap()]);
    let out = prompt(&mut p);
    assert!(out.contains("script ran"), "{out:?}");
    assert!(!out.contains("GIL"), "no banner after a script: {out:?}");
    assert!(run(&mut p, "greet(name)").contains("'hi ann'\n"));
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&mut p), 0);
    let _ = std::fs::remove_file(&script);

    // An exception in the script prints its traceback; the session still opens.
    let mut p = spawn(&["-i", "-c", "a = 1\nraise ValueError('boom')"]);
    let out = prompt(&mut p);
    assert!(out.contains("ValueError: boom"), "{out:?}");
    assert!(run(&mut p, "a + 1").contains("2\n"));
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

#[test]
fn pasted_code_keeps_blank_lines_inside_blocks() {
    let mut p = spawn(&[]);
    prompt(&mut p);
    // A bracketed paste arrives as one piece: the blank line between the methods does not
    // end the class, the one before `print` does.
    send(
        &mut p,
        "\x1b[200~class B:\n    def m(self):\n        return 5\n\n    def n(self):\n        \
         return 6\n\nprint(B().m() + B().n())\x1b[201~\r",
    );
    let out = prompt(&mut p);
    assert!(out.ends_with("\n11\n"), "{out:?}");
    // A bare `help` prints the session's help.
    assert!(run(&mut p, "help").starts_with("Welcome to mt"));
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

#[test]
fn unfinished_output_is_not_overwritten() {
    let mut p = spawn(&[]);
    prompt(&mut p);
    let out = run(&mut p, "print('partial', end='')");
    assert!(out.contains("partial\n"), "{out:?}");
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

#[test]
fn highlighting_when_colour_is_on() {
    let mut p = spawn_with(&[], &[("NO_COLOR", "")]);
    prompt(&mut p);
    send(&mut p, "if 'text'");
    expect(&mut p, "\x1b[1;34mif\x1b[0m \x1b[32m'text'\x1b[0m");
    p.send_control('c').unwrap();
    prompt(&mut p);
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

/// Runs `mt args` with `input` on a pipe; returns (status, stdout, stderr).
fn piped(args: &[&str], input: &str) -> (i32, String, String) {
    let mut child = Command::new(MT)
        .args(args)
        .env("MT_HISTORY", "")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn mt");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn piped_stdin_runs_the_whole_program() {
    let (status, out, err) = piped(&[], "x = 2\nprint(x * 21)\nx\n");
    assert_eq!((status, out.as_str(), err.as_str()), (0, "42\n", ""));
}

#[test]
fn inspect_with_piped_stdin_reads_lines() {
    let (status, out, err) = piped(
        &["-i", "-c", "base = 40"],
        "base + 2\nfor i in range(2):\n    i\n\n1/0\nbase\n",
    );
    assert_eq!(status, 0, "{err}");
    assert_eq!(out, "42\n0\n1\n40\n\n");
    assert!(err.starts_with(">>> >>> ... ... >>> Traceback"), "{err:?}");
    assert!(
        err.contains("ZeroDivisionError: division by zero\n>>> >>> "),
        "{err:?}"
    );
}

#[test]
fn threads_run_while_the_prompt_waits() {
    // The thread needs the GIL for its whole loop; it can only finish and print while the
    // session waits for a line (no more input is sent), because waiting releases the GIL.
    let mut p = spawn(&[]);
    prompt(&mut p);
    run(&mut p, "import threading");
    p.send_line("def work():").unwrap();
    more(&mut p);
    p.send_line("total = sum(i for i in range(200000))")
        .unwrap();
    more(&mut p);
    p.send_line("print('background', total)").unwrap();
    more(&mut p);
    p.send_line("").unwrap();
    prompt(&mut p);
    p.send_line("t = threading.Thread(target=work); t.start()")
        .unwrap();
    expect(&mut p, "background 19999900000");
    // The thread may have printed before or after the prompt was drawn: a marker line
    // re-synchronises on a prompt that surely comes after both.
    p.send_line("print('mark', 6 * 7)").unwrap();
    expect(&mut p, "mark 42");
    prompt(&mut p);
    let out = run(&mut p, "t.join(); threading.active_count()");
    assert!(out.ends_with("1\n"), "{out:?}");
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

#[test]
fn ctrl_c_interrupts_input() {
    let mut p = spawn(&[]);
    prompt(&mut p);
    // The prompt is built so that the echoed line does not contain it: only input() itself
    // prints `name? `, and Ctrl-C is sent once it has.
    p.send_line("answer = input('na' + 'me? ')").unwrap();
    expect(&mut p, "name? ");
    interrupt_to_prompt(&mut p);
    // input() still works afterwards.
    p.send_line("answer = input('aga' + 'in? ')").unwrap();
    expect(&mut p, "again? ");
    p.send_line("mt").unwrap();
    prompt(&mut p);
    assert_eq!(run(&mut p, "answer"), "'mt'\n");
    p.send_control('d').unwrap();
    assert_eq!(exit_code(&mut p), 0);
}

/// Sends Ctrl-C and checks the session prints a KeyboardInterrupt traceback and a new prompt.
fn interrupt_to_prompt(p: &mut PtySession) {
    p.send_control('c').unwrap();
    let out = expect(p, "KeyboardInterrupt");
    prompt(p);
    assert!(
        out.contains("Traceback (most recent call last):"),
        "{out:?}"
    );
}
