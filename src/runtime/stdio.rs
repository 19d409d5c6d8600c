//! Process standard streams. stdout is buffered (block-buffered like CPython's when it is a
//! pipe, flushed at each newline when it is a terminal) behind one lock, so each `print()`
//! lands as one piece even with the GIL off: lines from different threads never tear.

use parking_lot::Mutex;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// Whether the last text written to stdout or stderr ended a line (the REPL starts its prompt
/// on a new line when it did not, so a `print(x, end='')` is not overwritten).
static AT_LINE_START: AtomicBool = AtomicBool::new(true);

fn track(text: &str) {
    if let Some(&last) = text.as_bytes().last() {
        AT_LINE_START.store(last == b'\n', Ordering::Relaxed);
    }
}

/// Whether the cursor is, as far as mt's own output goes, at the start of a line.
pub fn at_line_start() -> bool {
    AT_LINE_START.load(Ordering::Relaxed)
}

struct Out {
    buf: Vec<u8>,
    tty: bool,
}

fn out() -> &'static Mutex<Out> {
    static OUT: OnceLock<Mutex<Out>> = OnceLock::new();
    OUT.get_or_init(|| {
        Mutex::new(Out {
            buf: Vec::with_capacity(8192),
            tty: std::io::stdout().is_terminal(),
        })
    })
}

/// Writes text to stdout (buffered). Errors (a closed pipe) are reported to the caller.
pub fn write_stdout(text: &str) -> std::io::Result<()> {
    track(text);
    let mut o = out().lock();
    o.buf.extend_from_slice(text.as_bytes());
    if o.buf.len() >= 8192 || (o.tty && text.contains('\n')) {
        let data = std::mem::take(&mut o.buf);
        let mut so = std::io::stdout().lock();
        so.write_all(&data)?;
        so.flush()?;
    }
    Ok(())
}

/// Flushes buffered stdout.
pub fn flush_stdout() -> std::io::Result<()> {
    let mut o = out().lock();
    let data = std::mem::take(&mut o.buf);
    let mut so = std::io::stdout().lock();
    so.write_all(&data)?;
    so.flush()
}

/// Writes text to stderr at once (unbuffered, as CPython's stderr is line-buffered).
pub fn write_stderr(text: &str) -> std::io::Result<()> {
    track(text);
    let mut e = std::io::stderr().lock();
    e.write_all(text.as_bytes())?;
    e.flush()
}
