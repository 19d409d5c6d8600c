//! `queue` (https://docs.python.org/3.13/library/queue.html) and `_queue`: `Queue`,
//! `LifoQueue`, `PriorityQueue`, `SimpleQueue` and the exceptions `Empty` (`_queue.Empty`, as
//! CPython names it), `Full` and `ShutDown`, with CPython 3.13's queue.py semantics: the same
//! checks in the same order, `task_done`/`join`, and `shutdown(immediate=False)`.
//!
//! A queue keeps its items and counters in one `Waitable`; `put`, `get` and `join` wait through
//! `runtime::wait::block` (GIL released, Ctrl-C, deadlock reports naming `Queue.get`...), and an
//! uncontended call only takes the state lock. A FIFO or LIFO queue never runs mt code, so it
//! does everything under that lock. A `PriorityQueue` orders items with mt's `<`, which may run
//! a user `__lt__`: DESIGN.md decision 2 forbids holding a Rust lock meanwhile, so the heap has
//! CPython's `Queue.mutex` instead: a `busy` flag in the same state, taken through `block` (the
//! GIL is released while waiting for it). Its holder takes the heap out of the state, sifts it
//! with heapq's algorithm (the same comparisons in the same order, so a raising `__lt__` leaves
//! the heap as heapq would) and puts it back. The item count is kept apart, so `qsize`, `empty`
//! and `full` never wait.
//!
//! Differences, none visible inside the subset: `queue` (the attribute) is a snapshot list,
//! `maxsize` is read-only, and `shutdown(immediate=True)` drops a priority queue's items without
//! comparing them.

use super::native::{self, Kind};
use super::sync::{class_arg, duration, given, init_in_mt, number, py_args, wait_overflow};
use crate::builtins::args::bind;
use crate::objects::class::Class;
use crate::objects::function::NativeFn;
use crate::objects::{new_str, Builtin, Value};
use crate::runtime::deadlock::Blocker;
use crate::runtime::wait::{block, Waitable};
use crate::vm::error::*;
use crate::vm::protocol::class_of;
use crate::vm::{KwArgs, PyResult, Vm};
use std::collections::VecDeque;
use std::sync::{Arc, OnceLock};
use std::time::Duration;

// ------------------------------------------------------------------ exceptions

pub fn empty_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| native::exception("_queue", "Empty", exc_class("Exception")))
}

pub fn full_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| native::exception("queue", "Full", exc_class("Exception")))
}

pub fn shutdown_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| native::exception("queue", "ShutDown", exc_class("Exception")))
}

fn empty() -> Value {
    new_exception(empty_class().clone(), vec![])
}

fn full() -> Value {
    new_exception(full_class().clone(), vec![])
}

fn shut_down() -> Value {
    new_exception(shutdown_class().clone(), vec![])
}

// ------------------------------------------------------------------ Queue, LifoQueue, PriorityQueue

#[derive(Clone, Copy, PartialEq, Eq)]
enum Order {
    Fifo,
    Lifo,
    Priority,
}

struct State {
    /// FIFO and LIFO items, oldest first.
    items: VecDeque<Value>,
    /// PriorityQueue's heap (empty while its holder has it out).
    heap: Vec<Value>,
    /// Items in the queue, counted also while the heap is out.
    len: usize,
    /// `maxsize` (<= 0: unbounded).
    maxsize: i64,
    unfinished: i64,
    shutdown: bool,
    /// PriorityQueue: a thread holds the queue's mutex, sifting the heap with mt comparisons.
    busy: bool,
}

/// `queue.Queue`, `LifoQueue` or `PriorityQueue`.
pub struct Queue {
    order: Order,
    w: Arc<Waitable<State>>,
}

/// What a put attempt decided.
enum Put {
    Done,
    /// The heap, taken out to push on (PriorityQueue).
    Heap(Vec<Value>),
    ShutDown,
    Full,
}

/// What a get attempt decided.
enum Get {
    Item(Value),
    /// The heap, taken out to pop from (PriorityQueue).
    Heap(Vec<Value>),
    ShutDown,
    Empty,
}

fn fresh_state(maxsize: i64) -> State {
    State {
        items: VecDeque::new(),
        heap: Vec::new(),
        len: 0,
        maxsize,
        unfinished: 0,
        shutdown: false,
        busy: false,
    }
}

impl Queue {
    fn new(order: Order) -> Queue {
        Queue {
            order,
            w: Waitable::new(fresh_state(0)),
        }
    }

    /// `__init__(maxsize=0)`: an empty queue.
    fn init(&self, vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<()> {
        let p = py_args("Queue.__init__", a, kw, &["maxsize"], 0)?;
        let maxsize = match &p[0] {
            Some(v) => vm.to_index(v)?,
            None => 0,
        };
        let old = self
            .w
            .update(|s| std::mem::replace(s, fresh_state(maxsize)));
        drop(old);
        Ok(())
    }

    fn is_full(s: &State) -> bool {
        s.maxsize > 0 && s.len as i64 >= s.maxsize
    }

    /// One put attempt under the state lock: None to keep waiting. `last` turns "full" into
    /// the Full outcome (a non-blocking put, or the timeout has passed).
    fn try_put(&self, s: &mut State, item: &mut Option<Value>, last: bool) -> Option<Put> {
        if s.busy {
            return None;
        }
        if s.shutdown {
            return Some(Put::ShutDown);
        }
        if Queue::is_full(s) {
            return last.then_some(Put::Full);
        }
        if self.order == Order::Priority {
            s.busy = true;
            s.len += 1;
            return Some(Put::Heap(std::mem::take(&mut s.heap)));
        }
        s.items.push_back(item.take()?);
        s.len += 1;
        s.unfinished += 1;
        self.w.wake_locked();
        Some(Put::Done)
    }

    /// `put(item, block, timeout)`; `timeout` is given and not None.
    pub fn put(
        &self,
        vm: &mut Vm,
        addr: usize,
        item: Value,
        blocking: bool,
        timeout: Option<&Value>,
    ) -> PyResult<()> {
        // queue.py looks at `block` and `timeout` only for a bounded queue (an unbounded put
        // never waits, whatever they say).
        let (wait, overflow) = if !blocking {
            (Some(Duration::ZERO), None)
        } else if timeout.is_none() {
            (None, None)
        } else if self.w.lock().maxsize > 0 {
            self.timeout(timeout, |s| s.shutdown)?
        } else {
            (Some(Duration::ZERO), None)
        };
        let blocker = |_: &State| Blocker::Other {
            what: "Queue.put",
            addr,
        };
        let mut item = Some(item);
        let mut out = None;
        let done = block(vm, &self.w, wait, blocker, |s| {
            out = self.try_put(s, &mut item, false);
            out.is_some()
        })?;
        if !done {
            if let Some(e) = overflow {
                return Err(e);
            }
            // Not full within the time: the final check once the mutex is free.
            block(vm, &self.w, None, blocker, |s| {
                out = self.try_put(s, &mut item, true);
                out.is_some()
            })?;
        }
        match out {
            Some(Put::Done) => Ok(()),
            Some(Put::Heap(mut heap)) => {
                // heappush: append, then sift; a raising `<` leaves the item in the heap.
                heap.push(item.take().unwrap_or(Value::None));
                let pos = heap.len() - 1;
                let r = sift_down(vm, &mut heap, 0, pos);
                self.w.update(|s| {
                    s.heap = heap;
                    s.busy = false;
                    if r.is_ok() {
                        s.unfinished += 1;
                    }
                });
                r
            }
            Some(Put::ShutDown) => Err(shut_down()),
            Some(Put::Full) | None => Err(full()),
        }
    }

    /// A blocking call's timeout: None for ever; a negative one is a ValueError, unless the
    /// queue is shut down (`shut(state)`: queue.py checks that first).
    ///
    /// A timeout beyond what CPython's clock holds only fails once the call has to wait: it
    /// comes back as a zero wait and the error to raise then.
    fn timeout(
        &self,
        timeout: Option<&Value>,
        shut: impl Fn(&State) -> bool,
    ) -> PyResult<(Option<Duration>, Option<Value>)> {
        let Some(t) = timeout else {
            return Ok((None, None));
        };
        let secs = number(t, "<")?;
        if secs < 0.0 {
            if shut(&self.w.lock()) {
                return Err(shut_down());
            }
            return value_error("'timeout' must be a non-negative number");
        }
        // queue.py waits for `endtime - time()`, a float whatever the timeout was.
        match wait_overflow(&Value::Float(secs), secs) {
            Some(e) => Ok((Some(Duration::ZERO), Some(e))),
            None => Ok((Some(duration(secs)), None)),
        }
    }

    fn try_get(&self, s: &mut State, last: bool) -> Option<Get> {
        if s.busy {
            return None;
        }
        if s.len == 0 {
            return if s.shutdown {
                Some(Get::ShutDown)
            } else {
                last.then_some(Get::Empty)
            };
        }
        let item = match self.order {
            Order::Priority => {
                s.busy = true;
                s.len -= 1;
                return Some(Get::Heap(std::mem::take(&mut s.heap)));
            }
            Order::Fifo => s.items.pop_front()?,
            Order::Lifo => s.items.pop_back()?,
        };
        s.len -= 1;
        if s.maxsize > 0 {
            // Only putters wait for room.
            self.w.wake_locked();
        }
        Some(Get::Item(item))
    }

    /// `get(block, timeout)`; `timeout` is given and not None.
    pub fn get(
        &self,
        vm: &mut Vm,
        addr: usize,
        blocking: bool,
        timeout: Option<&Value>,
    ) -> PyResult<Value> {
        let (wait, overflow) = if !blocking {
            (Some(Duration::ZERO), None)
        } else {
            self.timeout(timeout, |s| s.shutdown && s.len == 0)?
        };
        let blocker = |_: &State| Blocker::Other {
            what: "Queue.get",
            addr,
        };
        let mut out = None;
        let done = block(vm, &self.w, wait, blocker, |s| {
            out = self.try_get(s, false);
            out.is_some()
        })?;
        if !done {
            if let Some(e) = overflow {
                return Err(e);
            }
            block(vm, &self.w, None, blocker, |s| {
                out = self.try_get(s, true);
                out.is_some()
            })?;
        }
        match out {
            Some(Get::Item(v)) => Ok(v),
            Some(Get::Heap(mut heap)) => {
                // heappop: the last item replaces the root and sifts; a raising `<` loses the
                // root, as heapq does.
                let r = match heap.pop() {
                    None => Err(empty()),
                    Some(last) if heap.is_empty() => Ok(last),
                    Some(last) => {
                        let top = std::mem::replace(&mut heap[0], last);
                        sift_up(vm, &mut heap, 0).map(|_| top)
                    }
                };
                self.w.update(|s| {
                    s.heap = heap;
                    s.busy = false;
                });
                r
            }
            Some(Get::ShutDown) => Err(shut_down()),
            Some(Get::Empty) | None => Err(empty()),
        }
    }

    pub fn task_done(&self) -> PyResult<()> {
        let mut s = self.w.lock();
        if s.unfinished <= 0 {
            drop(s);
            return value_error("task_done() called too many times");
        }
        s.unfinished -= 1;
        if s.unfinished == 0 {
            self.w.wake_locked();
        }
        Ok(())
    }

    pub fn join(&self, vm: &mut Vm, addr: usize) -> PyResult<()> {
        block(
            vm,
            &self.w,
            None,
            |_| Blocker::Other {
                what: "Queue.join",
                addr,
            },
            |s| s.unfinished == 0,
        )?;
        Ok(())
    }

    /// `shutdown(immediate)`: puts raise ShutDown from now on, gets once the queue is empty
    /// (at once when `immediate`, which also drops the items and their unfinished tasks).
    pub fn shutdown(&self, vm: &mut Vm, addr: usize, immediate: bool) -> PyResult<()> {
        let mut dropped: Vec<Value> = Vec::new();
        block(
            vm,
            &self.w,
            None,
            |_| Blocker::Other {
                what: "Queue.shutdown",
                addr,
            },
            |s| {
                if s.busy {
                    return false;
                }
                s.shutdown = true;
                if immediate {
                    dropped.extend(s.items.drain(..));
                    dropped.append(&mut s.heap);
                    s.unfinished = (s.unfinished - s.len as i64).max(0);
                    s.len = 0;
                }
                self.w.wake_locked();
                true
            },
        )?;
        drop(dropped);
        Ok(())
    }

    /// The items as a list (CPython's `queue` attribute), waiting for a sifting thread.
    fn snapshot(&self, vm: &mut Vm, addr: usize) -> PyResult<Value> {
        let mut items = Vec::new();
        block(
            vm,
            &self.w,
            None,
            |_| Blocker::Other {
                what: "Queue.queue",
                addr,
            },
            |s| {
                if s.busy {
                    return false;
                }
                items = match self.order {
                    Order::Priority => s.heap.clone(),
                    _ => s.items.iter().cloned().collect(),
                };
                true
            },
        )?;
        Ok(Value::list(items))
    }
}

/// heapq's `_siftdown`: the item at `pos` moves towards `start` while it is `<` its parent.
fn sift_down(vm: &mut Vm, heap: &mut [Value], start: usize, mut pos: usize) -> PyResult<()> {
    while pos > start {
        let parent = (pos - 1) >> 1;
        if !vm.lt(&heap[pos], &heap[parent])? {
            break;
        }
        heap.swap(pos, parent);
        pos = parent;
    }
    Ok(())
}

/// heapq's `_siftup`: the smaller child moves up until a leaf, then the item sifts down.
fn sift_up(vm: &mut Vm, heap: &mut [Value], start: usize) -> PyResult<()> {
    let end = heap.len();
    let limit = end >> 1;
    let mut pos = start;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end && !vm.lt(&heap[child], &heap[child + 1])? {
            child += 1;
        }
        heap.swap(pos, child);
        pos = child;
    }
    sift_down(vm, heap, start, pos)
}

const QUEUE_METHODS: &[(&str, NativeFn, Kind)] = &[
    ("__init__", q_init, Kind::Plain),
    ("put", q_put, Kind::Blocking),
    ("get", q_get, Kind::Blocking),
    ("put_nowait", q_put_nowait, Kind::Blocking),
    ("get_nowait", q_get_nowait, Kind::Blocking),
    ("qsize", q_qsize, Kind::Plain),
    ("empty", q_empty, Kind::Plain),
    ("full", q_full, Kind::Plain),
    ("task_done", q_task_done, Kind::Plain),
    ("join", q_join, Kind::Blocking),
    ("shutdown", q_shutdown, Kind::Blocking),
    ("__repr__", q_repr, Kind::Plain),
];

pub fn queue_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = native::class("queue", "Queue", QUEUE_METHODS);
        native::add_getter(&c, "Queue", "maxsize", q_maxsize);
        native::add_getter(&c, "Queue", "unfinished_tasks", q_unfinished);
        native::add_getter(&c, "Queue", "is_shutdown", q_is_shutdown);
        native::add_getter(&c, "Queue", "queue", q_queue);
        add_new(&c, fifo_new);
        c
    })
}

pub fn lifo_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = native::subclass(
            "queue",
            "LifoQueue",
            queue_class(),
            &[("__repr__", q_repr, Kind::Plain)],
        );
        add_new(&c, lifo_new);
        c
    })
}

pub fn priority_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = native::subclass(
            "queue",
            "PriorityQueue",
            queue_class(),
            &[("__repr__", q_repr, Kind::Plain)],
        );
        add_new(&c, priority_new);
        c
    })
}

fn add_new(c: &Class, f: NativeFn) {
    c.dict
        .set_str(new_str("__new__"), Builtin::function("__new__", f));
}

fn q_of(a: &[Value]) -> PyResult<&Queue> {
    native::receiver::<Queue>(a, "put", "Queue")
}

fn make_queue(
    vm: &mut Vm,
    a: &[Value],
    kw: &KwArgs,
    order: Order,
    default: &Arc<Class>,
) -> PyResult<Value> {
    let class = class_arg(a, default);
    let q = Queue::new(order);
    if !init_in_mt(&class) {
        q.init(vm, a.get(1..).unwrap_or(&[]), kw)?;
    }
    Ok(native::object(&class, q))
}

fn fifo_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    make_queue(vm, a, kw, Order::Fifo, queue_class())
}

fn lifo_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    make_queue(vm, a, kw, Order::Lifo, lifo_class())
}

fn priority_new(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    make_queue(vm, a, kw, Order::Priority, priority_class())
}

fn q_init(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    q_of(a)?.init(vm, &a[1..], kw)?;
    Ok(Value::None)
}

/// `block` and `timeout` as bound by queue.py's signatures (`p[i]`, `p[i + 1]`).
fn block_timeout(vm: &mut Vm, p: &[Option<Value>]) -> PyResult<(bool, Option<Value>)> {
    let blocking = match &p[0] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    Ok((blocking, given(&p[1]).cloned()))
}

/// `put(item, block=True, timeout=None)`.
fn q_put(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = q_of(a)?;
    if a.len() == 2 && kw.is_empty() {
        q.put(vm, a[0].id(), a[1].clone(), true, None)?;
        return Ok(Value::None);
    }
    let p = py_args("Queue.put", &a[1..], kw, &["item", "block", "timeout"], 1)?;
    let item = p[0].clone().unwrap_or(Value::None);
    let (blocking, timeout) = block_timeout(vm, &p[1..])?;
    q.put(vm, a[0].id(), item, blocking, timeout.as_ref())?;
    Ok(Value::None)
}

/// `get(block=True, timeout=None)`.
fn q_get(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = q_of(a)?;
    if a.len() == 1 && kw.is_empty() {
        return q.get(vm, a[0].id(), true, None);
    }
    let p = py_args("Queue.get", &a[1..], kw, &["block", "timeout"], 0)?;
    let (blocking, timeout) = block_timeout(vm, &p)?;
    q.get(vm, a[0].id(), blocking, timeout.as_ref())
}

fn q_put_nowait(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = q_of(a)?;
    let p = py_args("Queue.put_nowait", &a[1..], kw, &["item"], 1)?;
    let item = p[0].clone().unwrap_or(Value::None);
    q.put(vm, a[0].id(), item, false, None)?;
    Ok(Value::None)
}

fn q_get_nowait(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = q_of(a)?;
    py_args("Queue.get_nowait", &a[1..], kw, &[], 0)?;
    q.get(vm, a[0].id(), false, None)
}

/// Checks that a method without parameters got no arguments.
fn no_args(qualname: &str, a: &[Value], kw: &KwArgs) -> PyResult<()> {
    if a.len() > 1 || !kw.is_empty() {
        py_args(qualname, &a[1..], kw, &[], 0)?;
    }
    Ok(())
}

fn q_qsize(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = q_of(a)?;
    no_args("Queue.qsize", a, kw)?;
    let n = q.w.lock().len;
    Ok(Value::Int(n as i64))
}

fn q_empty(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = q_of(a)?;
    no_args("Queue.empty", a, kw)?;
    let n = q.w.lock().len;
    Ok(Value::Bool(n == 0))
}

fn q_full(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = q_of(a)?;
    no_args("Queue.full", a, kw)?;
    let full = Queue::is_full(&q.w.lock());
    Ok(Value::Bool(full))
}

fn q_task_done(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = q_of(a)?;
    no_args("Queue.task_done", a, kw)?;
    q.task_done()?;
    Ok(Value::None)
}

fn q_join(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = q_of(a)?;
    no_args("Queue.join", a, kw)?;
    q.join(vm, a[0].id())?;
    Ok(Value::None)
}

fn q_shutdown(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = q_of(a)?;
    let p = py_args("Queue.shutdown", &a[1..], kw, &["immediate"], 0)?;
    let immediate = match &p[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    q.shutdown(vm, a[0].id(), immediate)?;
    Ok(Value::None)
}

/// `<queue.Queue object at 0x...>`, naming the object's own class.
fn q_repr(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    let c = class_of(&a[0]);
    Ok(Value::string(format!(
        "<{}.{} object at {:#x}>",
        c.module,
        c.qualname,
        a[0].id()
    )))
}

fn q_maxsize(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(q_of(a)?.w.lock().maxsize))
}

fn q_unfinished(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Int(q_of(a)?.w.lock().unfinished))
}

fn q_is_shutdown(_vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    Ok(Value::Bool(q_of(a)?.w.lock().shutdown))
}

fn q_queue(vm: &mut Vm, a: &[Value], _kw: &KwArgs) -> PyResult<Value> {
    q_of(a)?.snapshot(vm, a[0].id())
}

// ------------------------------------------------------------------ SimpleQueue

/// `queue.SimpleQueue` (`_queue.SimpleQueue`): unbounded FIFO, no task tracking; `put` never
/// blocks.
pub struct SimpleQueue(Arc<Waitable<VecDeque<Value>>>);

impl SimpleQueue {
    pub fn put(&self, item: Value) {
        let mut items = self.0.lock();
        items.push_back(item);
        self.0.wake_locked();
    }

    pub fn get(&self, vm: &mut Vm, addr: usize, timeout: Option<Duration>) -> PyResult<Value> {
        let mut got = None;
        block(
            vm,
            &self.0,
            timeout,
            |_| Blocker::Other {
                what: "SimpleQueue.get",
                addr,
            },
            |items| {
                got = items.pop_front();
                got.is_some()
            },
        )?;
        got.ok_or_else(empty)
    }
}

pub fn simple_queue_class() -> &'static Arc<Class> {
    static C: OnceLock<Arc<Class>> = OnceLock::new();
    C.get_or_init(|| {
        let c = native::class(
            "_queue",
            "SimpleQueue",
            &[
                ("put", sq_put, Kind::Plain),
                ("put_nowait", sq_put_nowait, Kind::Plain),
                ("get", sq_get, Kind::Blocking),
                ("get_nowait", sq_get_nowait, Kind::Blocking),
                ("empty", sq_empty, Kind::Plain),
                ("qsize", sq_qsize, Kind::Plain),
                ("__repr__", q_repr, Kind::Plain),
            ],
        );
        add_new(&c, sq_new);
        c
    })
}

fn sq_of(a: &[Value]) -> PyResult<&SimpleQueue> {
    native::receiver::<SimpleQueue>(a, "get", "_queue.SimpleQueue")
}

fn sq_new(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let class = class_arg(a, simple_queue_class());
    // _queue.c checks the arguments unless a subclass has an `__init__` of its own.
    if !init_in_mt(&class) {
        if a.len() > 1 {
            return type_error("SimpleQueue() takes no positional arguments");
        }
        if !kw.is_empty() {
            return type_error("SimpleQueue() takes no keyword arguments");
        }
    }
    Ok(native::object(
        &class,
        SimpleQueue(Waitable::new(VecDeque::new())),
    ))
}

/// `put(item, block=True, timeout=None)`: the last two are accepted and ignored.
fn sq_put(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = sq_of(a)?;
    if a.len() == 2 && kw.is_empty() {
        q.put(a[1].clone());
        return Ok(Value::None);
    }
    let p = bind("put", &a[1..], kw, &["item", "block", "timeout"], 1)?;
    q.put(p[0].clone().unwrap_or(Value::None));
    Ok(Value::None)
}

fn sq_put_nowait(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = sq_of(a)?;
    let p = bind("put_nowait", &a[1..], kw, &["item"], 1)?;
    q.put(p[0].clone().unwrap_or(Value::None));
    Ok(Value::None)
}

/// `get(block=True, timeout=None)`, as _queue.c parses it.
fn sq_get(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = sq_of(a)?;
    if a.len() == 1 && kw.is_empty() {
        return q.get(vm, a[0].id(), None);
    }
    let p = bind("get", &a[1..], kw, &["block", "timeout"], 0)?;
    let blocking = match &p[0] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let timeout = if !blocking {
        Some(Duration::ZERO)
    } else {
        match given(&p[1]) {
            None => None,
            Some(t) => {
                let secs = match t {
                    Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::BigInt(_) => {
                        number(t, "<")?
                    }
                    _ => {
                        return type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            crate::vm::protocol::type_name(t)
                        ))
                    }
                };
                if secs.is_nan() {
                    return value_error("Invalid value NaN (not a number)");
                }
                if let Some(e) = wait_overflow(t, secs) {
                    return Err(e);
                }
                if secs < 0.0 {
                    return value_error("'timeout' must be a non-negative number");
                }
                Some(duration(secs))
            }
        }
    };
    q.get(vm, a[0].id(), timeout)
}

fn sq_get_nowait(vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = sq_of(a)?;
    crate::builtins::args::arity("get_nowait", &a[1..], kw, 0, 0)?;
    q.get(vm, a[0].id(), Some(Duration::ZERO))
}

fn sq_empty(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = sq_of(a)?;
    crate::builtins::args::arity("empty", &a[1..], kw, 0, 0)?;
    let n = q.0.lock().len();
    Ok(Value::Bool(n == 0))
}

fn sq_qsize(_vm: &mut Vm, a: &[Value], kw: &KwArgs) -> PyResult<Value> {
    let q = sq_of(a)?;
    crate::builtins::args::arity("qsize", &a[1..], kw, 0, 0)?;
    let n = q.0.lock().len();
    Ok(Value::Int(n as i64))
}

// ------------------------------------------------------------------ the modules

/// `queue`.
pub fn make(_vm: &mut Vm) -> Arc<crate::objects::Dict> {
    let d = super::module_dict("queue");
    let class = |c: &Arc<Class>| Value::Class(c.clone());
    d.set_str(new_str("Queue"), class(queue_class()));
    d.set_str(new_str("LifoQueue"), class(lifo_class()));
    d.set_str(new_str("PriorityQueue"), class(priority_class()));
    d.set_str(new_str("SimpleQueue"), class(simple_queue_class()));
    d.set_str(new_str("Empty"), class(empty_class()));
    d.set_str(new_str("Full"), class(full_class()));
    d.set_str(new_str("ShutDown"), class(shutdown_class()));
    d
}

/// `_queue`: the C half of queue (SimpleQueue and Empty).
pub fn make_c(_vm: &mut Vm) -> Arc<crate::objects::Dict> {
    let d = super::module_dict("_queue");
    d.set_str(
        new_str("SimpleQueue"),
        Value::Class(simple_queue_class().clone()),
    );
    d.set_str(new_str("Empty"), Value::Class(empty_class().clone()));
    d
}
