//! Helpers shared by the integration tests that send SIGINT to mt.

use std::os::unix::process::CommandExt;
use std::process::Command;

/// Makes the child start with SIGINT's default action. A test run launched in the background
/// of a shell without job control inherits SIGINT ignored, and mt (like CPython) keeps an
/// inherited SIG_IGN, so Ctrl-C tests would otherwise fail for a reason that is not mt's.
pub fn default_sigint(cmd: &mut Command) -> &mut Command {
    // SAFETY: only signal(2), which is async-signal-safe, runs between fork and exec.
    unsafe {
        cmd.pre_exec(|| {
            libc::signal(libc::SIGINT, libc::SIG_DFL);
            Ok(())
        })
    }
}
