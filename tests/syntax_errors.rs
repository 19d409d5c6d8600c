//! Whole syntax-error reports: every program of `tests/syntax_errors/cases.txt` must fail to
//! compile with exactly the stderr CPython 3.11 printed for it (file, line, source line, the
//! caret or `^^^^` range, the message) and exit status 1. The expected text is
//! `cases.expected`, written by `python3 tests/syntax_errors/regen.py`, never by hand.

use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

/// `(name, text)` pairs of a file made of sections that start with `marker NAME` lines.
fn sections(text: &str, marker: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some(name) = line.strip_prefix(marker) {
            out.push((name.trim().to_string(), String::new()));
        } else if let Some((_, body)) = out.last_mut() {
            body.push_str(line);
        }
    }
    out
}

#[test]
fn syntax_errors_match_cpython() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_errors");
    let cases = sections(&fs::read_to_string(here.join("cases.txt")).unwrap(), "### ");
    let expected = sections(
        &fs::read_to_string(here.join("cases.expected")).unwrap(),
        "=== ",
    );
    assert_eq!(
        cases.len(),
        expected.len(),
        "run regen.py after editing cases.txt"
    );
    let dir = std::env::temp_dir().join(format!("mt-syntax-errors-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let mut failures = Vec::new();
    for ((name, src), (ename, want)) in cases.iter().zip(&expected) {
        assert_eq!(name, ename, "cases.expected is out of date: run regen.py");
        fs::write(dir.join("case.mt"), src).unwrap();
        let out = Command::new(env!("CARGO_BIN_EXE_mt"))
            .arg("case.mt")
            .current_dir(&dir)
            .stdin(Stdio::null())
            .output()
            .expect("run mt");
        // CPython and mt both name the script by its absolute path.
        let got = String::from_utf8_lossy(&out.stderr).replace(&format!("{}/", dir.display()), "");
        if got != *want {
            failures.push(format!(
                "case {name}:\n{src}--- expected\n{want}--- got\n{got}"
            ));
        }
        if out.status.code() != Some(1) {
            failures.push(format!("case {name}: exit status {:?}", out.status));
        }
    }
    let _ = fs::remove_dir_all(&dir);
    assert!(
        failures.is_empty(),
        "{} of {} syntax errors differ:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}
