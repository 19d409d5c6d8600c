//! Finalizers: an instance's `__del__`, and the closing of a suspended generator, which
//! CPython runs as the object's last reference goes (so a generator's `finally` blocks and
//! `with` exits run, PEP 342). Dropping the last `Value` happens where no VM is at hand
//! (inside `Drop`), so the object is rebuilt from its parts and queued on its thread, and
//! the VM runs the finalizer at its next call or `del` (`Vm::run_finalizers`): before any
//! further output, as CPython's order shows. Only a generator suspended inside a
//! `try`/`with` block is queued; closing any other one would run no code. An exception a
//! finalizer raises is reported as CPython's "Exception ignored in" and dropped. `__del__`
//! runs once per drop of the last reference; the rebuilt instance has a new `id()`.

use super::Vm;
use crate::objects::object::{GenState, Generator, ObjKind};
use crate::objects::spin::SpinMutex;
use crate::objects::trashcan;
use crate::objects::{Instance, Value};
use std::cell::{Cell, RefCell};
use std::mem::ManuallyDrop;
use std::sync::Arc;

enum Pending {
    Generator(Generator),
    Instance(Arc<Instance>),
}

thread_local! {
    static PENDING: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
    static ANY_PENDING: Cell<bool> = const { Cell::new(false) };
    /// The rebuilt instance whose `__del__` just ran: its own drop must not queue it again.
    static FINALIZED: Cell<usize> = const { Cell::new(0) };
}

/// Queues a finalizer built by `make` (only when the queue is there to take it: during
/// thread teardown nothing is built, and the parts are dropped unrun).
fn defer(make: impl FnOnce() -> Pending) {
    let _ = PENDING.try_with(|p| {
        if let Ok(mut p) = p.try_borrow_mut() {
            p.push(make());
            ANY_PENDING.with(|a| a.set(true));
        }
    });
}

/// True when this thread has finalizers waiting to run.
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
        defer(|| {
            Pending::Generator(Generator {
                name,
                qualname,
                state: SpinMutex::new(GenState {
                    frame: frame.take(),
                    running: false,
                    finished: false,
                    started: true,
                }),
            })
        });
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        // SAFETY: `drop` runs once, and `attrs` is not used after this.
        let attrs = unsafe { ManuallyDrop::take(&mut self.attrs) };
        // Stale class flags (a class changed since they were computed) queue the instance
        // too; `run_del` then looks `__del__` up properly.
        if super::cache::class_has_del_hint(&self.class) == Some(false)
            || FINALIZED.try_with(Cell::get).unwrap_or(0) == self as *const Instance as usize
        {
            return trashcan::release(attrs);
        }
        let class = self.class.clone();
        let (exc, native) = (self.exc.take(), self.native.take());
        defer(|| {
            Pending::Instance(Arc::new(Instance {
                class,
                attrs: ManuallyDrop::new(attrs),
                exc,
                native,
            }))
        });
    }
}

impl Vm {
    /// Runs the finalizers queued on this thread since the last call (`__del__`, closing
    /// generators), reporting what they raise.
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
            for p in batch {
                match p {
                    Pending::Generator(g) => {
                        let gen = Value::object(ObjKind::Generator(g));
                        if let Err(e) = self.gen_close(&gen) {
                            self.report_ignored(&gen, &e);
                        }
                    }
                    Pending::Instance(inst) => self.run_del(inst),
                }
            }
        }
        self.finalizing = false;
    }

    /// `obj.__del__()`; the instance is then dropped without being queued again (unless
    /// `__del__` stored it somewhere, when a later drop runs it again).
    fn run_del(&mut self, inst: Arc<Instance>) {
        let del = crate::objects::names::names().del.clone();
        let func = self.cls_lookup(&inst.class, &del);
        let obj = Value::Instance(inst);
        if let Some(func) = func {
            if let Err(e) = self.call_method(&obj, del.as_str(), &[]) {
                self.report_ignored(&func, &e);
            }
        }
        if let Value::Instance(inst) = obj {
            let last = Arc::strong_count(&inst) == 1;
            if last {
                FINALIZED.with(|f| f.set(Arc::as_ptr(&inst) as usize));
            }
            drop(inst);
            if last {
                FINALIZED.with(|f| f.set(0));
            }
        }
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
