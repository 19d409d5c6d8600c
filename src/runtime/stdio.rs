//! Process standard streams. stdout is buffered (block-buffered like CPython's when it is a
//! pipe, flushed at each newline when it is a terminal) behind one lock, so each `print()`
//! lands as one piece even with the GIL off: lines from different threads never tear.

use parking_lot::Mutex;
use std::io::{IsTerminal, Write};
use std::sync::OnceLock;

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
    let mut e = std::io::stderr().lock();
    e.write_all(text.as_bytes())?;
    e.flush()
}
