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

/// Held while buffered stdout goes to the OS, taken before the buffer's lock is let go: two
/// threads' chunks reach the pipe in the order they left the buffer.
fn writer() -> &'static Mutex<()> {
    static W: Mutex<()> = Mutex::new(());
    &W
}

/// Buffered text on its way to the OS, with the right to write it next.
pub struct PendingFlush {
    data: Vec<u8>,
    _turn: parking_lot::MutexGuard<'static, ()>,
}

impl PendingFlush {
    /// Writes the text (this may block on a full pipe: callers release the GIL around it).
    pub fn write(self) -> std::io::Result<()> {
        let mut so = std::io::stdout().lock();
        so.write_all(&self.data)?;
        so.flush()
    }
}

fn take_for_flush(mut o: parking_lot::MutexGuard<'_, Out>) -> PendingFlush {
    let data = std::mem::take(&mut o.buf);
    let turn = writer().lock();
    drop(o);
    PendingFlush { data, _turn: turn }
}

/// Adds text to stdout's buffer; returns what must now go to the OS (the buffer is full, or a
/// line ended on a terminal), for the caller to write with the GIL released.
pub fn buffer_stdout(text: &str) -> Option<PendingFlush> {
    track(text);
    let mut o = out().lock();
    o.buf.extend_from_slice(text.as_bytes());
    if o.buf.len() >= 8192 || (o.tty && text.contains('\n')) {
        return Some(take_for_flush(o));
    }
    None
}

/// Writes text to stdout (buffered). Errors (a closed pipe) are reported to the caller.
pub fn write_stdout(text: &str) -> std::io::Result<()> {
    match buffer_stdout(text) {
        Some(p) => p.write(),
        None => Ok(()),
    }
}

/// Takes stdout's buffer for writing (`flush`), for the caller to write with the GIL released.
pub fn pending_stdout() -> PendingFlush {
    take_for_flush(out().lock())
}

/// Flushes buffered stdout.
pub fn flush_stdout() -> std::io::Result<()> {
    pending_stdout().write()
}

/// Writes text to stderr at once (unbuffered, as CPython's stderr is line-buffered).
pub fn write_stderr(text: &str) -> std::io::Result<()> {
    track(text);
    let mut e = std::io::stderr().lock();
    e.write_all(text.as_bytes())?;
    e.flush()
}
