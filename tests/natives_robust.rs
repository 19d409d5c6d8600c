//! Native methods never panic on user input: `tests/robust/natives.mt` calls every method of
//! the built-in types with wrong receivers, argument counts, types and keywords; each call may
//! raise an mt exception, but mt must finish normally (DESIGN.md decision 6).

use std::process::Command;

#[test]
fn every_builtin_method_survives_odd_arguments() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/robust");
    let out = Command::new(env!("CARGO_BIN_EXE_mt"))
        .arg("natives.mt")
        .current_dir(&dir)
        .output()
        .expect("mt runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.contains("panicked"), "a native panicked:\n{stderr}");
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "calls True\nkw done\n"
    );
}
