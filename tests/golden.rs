//! Golden tests: run every `tests/golden/*.mt` program with the `mt` binary and compare what it
//! prints with what CPython 3.11 printed for the same program.
//!
//! For each `NAME.mt` whose name does not start with `_` (those are helper modules imported by the
//! tests), the harness runs `mt NAME.mt` with the working directory `tests/golden`, stdin closed
//! and `MT_GIL` set to `1` (`golden_gil_on`) or `0` (`golden_gil_off`), and checks:
//!
//! * stdout is byte-for-byte `NAME.out`;
//! * the exit status is 0, or, when `NAME.err` exists, the status on its first line;
//! * when `NAME.err` exists, the last non-blank line of stderr equals its second line (tracebacks
//!   and `File "..."` lines are not compared, only the final `ErrorType: message` line).
//!
//! Each program gets [`TIMEOUT`]; programs run on a pool of `available_parallelism` threads.
//! `MT_GOLDEN_FILTER=substring` runs only the programs whose file name contains the substring.
//! Every failure is reported (name, what differed, first differing line) before the test panics
//! with `N of M golden programs failed`.
//!
//! The expected files are produced by CPython, never by hand: `python3 tests/golden/regen.py`.
//! The harness never writes into `tests/golden` itself (some programs do, on purpose).

use std::collections::VecDeque;
use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

/// Wall-clock limit for one program.
const TIMEOUT: Duration = Duration::from_secs(30);

/// How long to wait for the output pipes to close once mt has exited.
const PIPE_GRACE: Duration = Duration::from_secs(5);

/// The two tests run the same programs in the same directory, and some programs write files
/// there, so the GIL-on and GIL-off runs must not overlap.
static SERIAL: Mutex<()> = Mutex::new(());

#[test]
fn golden_gil_on() {
    run_golden("1");
}

#[test]
fn golden_gil_off() {
    run_golden("0");
}

/// What one golden program is expected to do.
struct Case {
    name: String,
    expected_stdout: Vec<u8>,
    /// `(status, last non-blank stderr line)` from `NAME.err`, or `None` for a clean exit.
    expected_err: Option<(i32, String)>,
}

/// What `mt` actually did.
struct Outcome {
    status: Result<ExitStatus, String>,
    stdout: Vec<u8>,
    stderr: Vec<u8>,
}

fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

fn run_golden(gil: &str) {
    let _serial = SERIAL
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let dir = golden_dir();
    let filter = std::env::var("MT_GOLDEN_FILTER")
        .ok()
        .filter(|f| !f.is_empty());
    let cases = load_cases(&dir, filter.as_deref());
    let total = cases.len();
    if total == 0 {
        eprintln!("golden (MT_GIL={gil}): no programs matched filter {filter:?}");
        return;
    }

    let queue = Arc::new(Mutex::new(cases.into_iter().collect::<VecDeque<Case>>()));
    let failures = Arc::new(Mutex::new(Vec::<(String, String)>::new()));
    let workers = thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(total);
    let started = Instant::now();

    let handles: Vec<_> = (0..workers)
        .map(|_| {
            let queue = Arc::clone(&queue);
            let failures = Arc::clone(&failures);
            let dir = dir.clone();
            let gil = gil.to_string();
            thread::spawn(move || loop {
                let case = match queue.lock().unwrap_or_else(|p| p.into_inner()).pop_front() {
                    Some(case) => case,
                    None => break,
                };
                let outcome = run_mt(&dir, &case.name, &gil);
                if let Some(report) = compare(&case, &outcome) {
                    failures
                        .lock()
                        .unwrap_or_else(|p| p.into_inner())
                        .push((case.name.clone(), report));
                }
            })
        })
        .collect();
    for handle in handles {
        handle.join().expect("golden worker thread panicked");
    }

    let mut failures = std::mem::take(&mut *failures.lock().unwrap_or_else(|p| p.into_inner()));
    failures.sort();
    let elapsed = started.elapsed().as_secs_f64();
    // Programs listed in known_failures.txt document features mt does not have yet: they run,
    // their failures are reported but do not fail the test, and one that starts passing must
    // be taken off the list (so the list never hides a regression or goes stale).
    let known = known_failures(&dir);
    let mut stale: Vec<&String> = known
        .keys()
        .filter(|k| filter.as_deref().is_none_or(|f| k.contains(f)))
        .filter(|k| dir.join(k).exists() && !failures.iter().any(|(n, _)| n == *k))
        .collect();
    stale.sort();
    failures.retain(|(name, _)| {
        if let Some(why) = known.get(name) {
            eprintln!("known failure {name} (MT_GIL={gil}): {why}");
            return false;
        }
        true
    });
    if !stale.is_empty() {
        panic!(
            "these programs pass now; remove them from tests/golden/known_failures.txt: {stale:?}"
        );
    }
    if failures.is_empty() {
        eprintln!("golden (MT_GIL={gil}): all {total} programs passed in {elapsed:.1} s");
        return;
    }
    let mut message = String::new();
    for (name, report) in &failures {
        let _ = writeln!(message, "FAIL {name} (MT_GIL={gil})\n{report}");
    }
    eprintln!("{message}");
    panic!(
        "{} of {} golden programs failed (MT_GIL={gil})",
        failures.len(),
        total
    );
}

/// `known_failures.txt`: one `NAME.mt: reason` per line (`#` comments allowed).
fn known_failures(dir: &Path) -> std::collections::HashMap<String, String> {
    fs::read_to_string(dir.join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once(':'))
        .map(|(n, why)| (n.trim().to_string(), why.trim().to_string()))
        .collect()
}

/// Reads every test program (and its expected files) in `dir`, sorted by name.
fn load_cases(dir: &Path, filter: Option<&str>) -> Vec<Case> {
    let entries =
        fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    let mut names: Vec<String> = entries
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter(|name| name.ends_with(".mt") && !name.starts_with('_'))
        .filter(|name| filter.is_none_or(|f| name.contains(f)))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| {
            let stem = name.trim_end_matches(".mt");
            let out_path = dir.join(format!("{stem}.out"));
            let expected_stdout = fs::read(&out_path).unwrap_or_else(|e| {
                panic!(
                    "{}: {e} (run `python3 tests/golden/regen.py {name}`)",
                    out_path.display()
                )
            });
            let err_path = dir.join(format!("{stem}.err"));
            let expected_err = fs::read_to_string(&err_path).ok().map(|text| {
                let mut lines = text.lines();
                let status = lines
                    .next()
                    .and_then(|l| l.trim().parse::<i32>().ok())
                    .unwrap_or_else(|| {
                        panic!("{}: first line must be the exit status", err_path.display())
                    });
                (status, lines.next().unwrap_or("").to_string())
            });
            Case {
                name,
                expected_stdout,
                expected_err,
            }
        })
        .collect()
}

/// Runs `mt NAME.mt` in `dir` with the given GIL mode, enforcing [`TIMEOUT`].
fn run_mt(dir: &Path, name: &str, gil: &str) -> Outcome {
    let spawned = Command::new(env!("CARGO_BIN_EXE_mt"))
        .arg(name)
        .current_dir(dir)
        .env("MT_GIL", gil)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(e) => {
            return Outcome {
                status: Err(format!("cannot start mt: {e}")),
                stdout: vec![],
                stderr: vec![],
            }
        }
    };
    // Drain both pipes on their own threads so a chatty program cannot block on a full pipe.
    let stdout_reader = drain(child.stdout.take());
    let stderr_reader = drain(child.stderr.take());
    let mut status = wait_with_timeout(&mut child);
    // A process the program started may still hold the pipes open after mt is gone; do not
    // wait for it forever.
    let grace = if status.is_ok() {
        PIPE_GRACE
    } else {
        Duration::from_secs(1)
    };
    let stdout = stdout_reader.recv_timeout(grace);
    let stderr = stderr_reader.recv_timeout(grace);
    if status.is_ok() && (stdout.is_err() || stderr.is_err()) {
        status = Err(format!(
            "output pipes still open {} s after mt exited",
            grace.as_secs()
        ));
    }
    Outcome {
        status,
        stdout: stdout.unwrap_or_default(),
        stderr: stderr.unwrap_or_default(),
    }
}

/// Reads a pipe to its end on a thread of its own; the bytes arrive on the returned channel.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> mpsc::Receiver<Vec<u8>> {
    let (tx, rx) = mpsc::channel();
    thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut buf);
        }
        let _ = tx.send(buf);
    });
    rx
}

/// Polls the child until it exits or [`TIMEOUT`] passes; on timeout it is killed and reaped.
fn wait_with_timeout(child: &mut Child) -> Result<ExitStatus, String> {
    let deadline = Instant::now() + TIMEOUT;
    let mut pause = Duration::from_millis(1);
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Ok(status),
            Ok(None) => {}
            Err(e) => return Err(format!("wait failed: {e}")),
        }
        if Instant::now() >= deadline {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("timeout (killed after {} s)", TIMEOUT.as_secs()));
        }
        thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(20));
    }
}

/// Returns a description of every difference, or `None` when the program behaved as expected.
fn compare(case: &Case, outcome: &Outcome) -> Option<String> {
    let mut report = String::new();
    let stderr = String::from_utf8_lossy(&outcome.stderr);
    let stderr_last = last_nonblank_line(&stderr);
    let expected_status = case.expected_err.as_ref().map_or(0, |(status, _)| *status);

    match &outcome.status {
        Err(problem) => {
            let _ = writeln!(report, "  {problem}");
        }
        Ok(status) => {
            match status.code() {
                Some(code) if code == expected_status => {}
                Some(code) => {
                    let _ = writeln!(
                        report,
                        "  exit status: expected {expected_status}, got {code}"
                    );
                }
                None => {
                    let _ = writeln!(report, "  exit status: expected {expected_status}, got {status} (killed by a signal)");
                }
            }
        }
    }

    if outcome.stdout != case.expected_stdout {
        let _ = writeln!(
            report,
            "  stdout differs: {}",
            first_difference(&case.expected_stdout, &outcome.stdout)
        );
    }

    if let Some((_, expected_line)) = &case.expected_err {
        if stderr_last != expected_line.as_str() {
            let _ = writeln!(report, "  last stderr line differs:");
            let _ = writeln!(report, "    expected: {}", shown(expected_line));
            let _ = writeln!(report, "    got:      {}", shown(stderr_last));
        }
    } else if !report.is_empty() && !stderr_last.is_empty() {
        // An unexpected failure: the last stderr line usually says why.
        let _ = writeln!(report, "  stderr (last line): {}", shown(stderr_last));
    }

    if report.is_empty() {
        None
    } else {
        Some(report)
    }
}

fn last_nonblank_line(text: &str) -> &str {
    text.lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("")
}

/// Describes the first line where `got` departs from `expected` (1-based line numbers).
fn first_difference(expected: &[u8], got: &[u8]) -> String {
    let expected = String::from_utf8_lossy(expected);
    let got = String::from_utf8_lossy(got);
    let exp_lines: Vec<&str> = expected.split_inclusive('\n').collect();
    let got_lines: Vec<&str> = got.split_inclusive('\n').collect();
    for (i, (e, g)) in exp_lines.iter().zip(got_lines.iter()).enumerate() {
        if e != g {
            return format!(
                "first difference at line {}\n    expected: {}\n    got:      {}",
                i + 1,
                shown(e),
                shown(g)
            );
        }
    }
    let common = exp_lines.len().min(got_lines.len());
    if exp_lines.len() > got_lines.len() {
        format!(
            "output ends early after {} of {} lines\n    expected: {}\n    got:      <end of output>",
            common,
            exp_lines.len(),
            shown(exp_lines[common])
        )
    } else {
        format!(
            "{} extra line(s) after line {}\n    expected: <end of output>\n    got:      {}",
            got_lines.len() - common,
            common,
            shown(got_lines[common])
        )
    }
}

/// A line as Rust string literal syntax (so trailing spaces, tabs and missing newlines show),
/// cut short if it is very long.
fn shown(line: &str) -> String {
    const MAX: usize = 300;
    if line.chars().count() > MAX {
        let cut: String = line.chars().take(MAX).collect();
        format!("{cut:?}... ({} chars)", line.chars().count())
    } else {
        format!("{line:?}")
    }
}
