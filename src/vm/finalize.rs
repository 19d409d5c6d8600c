//! Finalization of suspended generators that nothing references any more: CPython closes
//! such a generator as its last reference goes (PEP 342), so its `finally` blocks and `with`
//! exits run. Dropping the last `Value` happens where no VM is at hand (inside `Drop`), so
//! the generator is queued on its thread and the VM closes it at its next call or `del`
//! (`Vm::run_finalizers`): before any further output, as CPython's order shows. Only a
//! generator suspended inside a `try`/`with` block is queued; closing any other one would
//! run no code. An exception a finalizer raises is reported as CPython's "Exception ignored
//! in" and dropped.

use super::Vm;
use crate::objects::object::{GenState, Generator, ObjKind};
use crate::objects::spin::SpinMutex;
use crate::objects::Value;
use std::cell::{Cell, RefCell};

thread_local! {
    static PENDING: RefCell<Vec<Generator>> = const { RefCell::new(Vec::new()) };
    static ANY_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// True when this thread has generators waiting to be closed.
#[inline(always)]
pub fn pending() -> bool {
    ANY_PENDING.try_with(Cell::get).unwrap_or(false)
}

impl Drop for Generator {
    fn drop(&mut self) {
        let st = self.state.get_mut();
        let suspended_in_block =
            st.started && !st.finished && st.frame.as_ref().is_some_and(|f| !f.blocks.is_empty());
        if !suspended_in_block {
            return;
        }
        let mut frame = st.frame.take();
        let (name, qualname) = (self.name.clone(), self.qualname.clone());
        // During thread teardown the queue is gone: the frame is then dropped unrun (and the
        // generator never rebuilt, whose own drop would queue it again).
        let _ = PENDING.try_with(|p| {
            if let Ok(mut p) = p.try_borrow_mut() {
                p.push(Generator {
                    name,
                    qualname,
                    state: SpinMutex::new(GenState {
                        frame: frame.take(),
                        running: false,
                        finished: false,
                        started: true,
                    }),
                });
                ANY_PENDING.with(|a| a.set(true));
            }
        });
        drop(frame);
    }
}

impl Vm {
    /// Closes the generators dropped on this thread since the last call, reporting what
    /// their `finally` blocks raise.
    #[cold]
    pub fn run_finalizers(&mut self) {
        if self.finalizing {
            return;
        }
        self.finalizing = true;
        loop {
            let batch = PENDING.with(|p| std::mem::take(&mut *p.borrow_mut()));
            ANY_PENDING.with(|a| a.set(false));
            if batch.is_empty() {
                break;
            }
            for g in batch {
                let gen = Value::object(ObjKind::Generator(g));
                if let Err(e) = self.gen_close(&gen) {
                    self.report_ignored(&gen, &e);
                }
            }
        }
        self.finalizing = false;
    }

    /// CPython's report of an exception raised where nobody can catch it (a finalizer).
    pub fn report_ignored(&mut self, obj: &Value, e: &Value) {
        let _ = crate::runtime::stdio::flush_stdout();
        let what = self.repr(obj).unwrap_or_else(|_| "<object>".into());
        let text = self.format_exception_unchained(e);
        let _ =
            crate::runtime::stdio::write_stderr(&format!("Exception ignored in: {what}\n{text}"));
    }
}
