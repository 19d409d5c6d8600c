"""threading: Thread objects (Thread, Timer, the main and dummy threads), the registry of live
threads (current_thread, enumerate, active_count, main_thread), thread-local data (local),
the uncaught-exception hook (excepthook, ExceptHookArgs) and the interpreter's exit-time join
of non-daemon threads (_shutdown, which the runtime calls).

Follows https://docs.python.org/3.11/library/threading.html and CPython 3.11's
Lib/threading.py: same names, signatures, defaults, exceptions, messages and reprs. The
primitives are native: Lock, RLock, get_ident... come from _thread (modules/thread.rs);
Condition, Semaphore, BoundedSemaphore, Event, Barrier and BrokenBarrierError from _threading
(modules/sync.rs). Where CPython waits on a thread's "tstate lock", mt joins the
_thread._ThreadHandle that start_joinable_thread returns (CPython 3.13's design).
Kept from CPython 3.11, quirks included: Ctrl-C (any exception) interrupting join() marks
the thread stopped, so the interpreter does not wait for it at exit.
Differences: settrace/setprofile only store their hooks (mt has no sys.settrace), the
camelCase aliases give no DeprecationWarning; local is _thread._local, native.
"""

import sys as _sys
import _thread
from _threading import (Condition, Semaphore, BoundedSemaphore, Event, Barrier,
                        BrokenBarrierError)

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile', 'get_native_id']

_start_joinable_thread = _thread.start_joinable_thread
_allocate_lock = _thread.allocate_lock
_set_thread_name = _thread._set_thread_name
_format_exception = _thread._format_exception
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
ThreadError = _thread.error
_CRLock = _thread.RLock
TIMEOUT_MAX = _thread.TIMEOUT_MAX
stack_size = _thread.stack_size


# Profile and trace hooks: stored and returned, never installed (mt has no sys.settrace).

_profile_hook = None
_trace_hook = None

def setprofile(func):
    """Set a profile function for all threads started from the threading module.

    The func will be passed to sys.setprofile() for each thread, before its
    run() method is called.

    """
    global _profile_hook
    _profile_hook = func

def getprofile():
    """Get the profiler function as set by threading.setprofile()."""
    return _profile_hook

def settrace(func):
    """Set a trace function for all threads started from the threading module.

    The func will be passed to sys.settrace() for each thread, before its run()
    method is called.

    """
    global _trace_hook
    _trace_hook = func

def gettrace():
    """Get the trace function as set by threading.settrace()."""
    return _trace_hook


# Synchronization classes

Lock = _allocate_lock

def RLock(*args, **kwargs):
    """Factory function that returns a new reentrant lock.

    A reentrant lock must be released by the thread that acquired it. Once a
    thread has acquired a reentrant lock, the same thread may acquire it again
    without blocking; the thread must release it once for each time it has
    acquired it.

    """
    return _CRLock(*args, **kwargs)


# Helper to generate new thread names (one counter for Thread-N and Dummy-N). A lock, not a
# bare global increment: with the GIL off two threads may create threads at once.
_counter = 0
_counter_lock = _allocate_lock()

def _newname(name_template):
    global _counter
    with _counter_lock:
        _counter += 1
        n = _counter
    return name_template % n


# Active thread administration.
_active_limbo_lock = RLock()
_active = {}    # maps thread id to Thread object
_limbo = {}

# The started non-daemon threads, which _shutdown() joins. Finished ones are dropped whenever
# the list has doubled, so programs that start many threads stay bounded.
_shutdown_locks_lock = _allocate_lock()
_shutdown_threads = []
_shutdown_prune_at = 64

def _add_shutdown_thread(thread):
    global _shutdown_prune_at
    with _shutdown_locks_lock:
        _shutdown_threads.append(thread)
        if len(_shutdown_threads) >= _shutdown_prune_at:
            _shutdown_threads[:] = [t for t in _shutdown_threads if not t._handle.is_done()]
            _shutdown_prune_at = max(64, 2 * len(_shutdown_threads))


def _timeout_error(timeout):
    """The error CPython raises converting a lock timeout above TIMEOUT_MAX (or NaN) to its
    nanosecond clock; None for the values it accepts (they wait "for ever")."""
    if timeout != timeout:
        return ValueError("Invalid value NaN (not a number)")
    if isinstance(timeout, int):
        if timeout * 1000000000 >= 9223372036854775808:
            return OverflowError("timestamp too large to convert to C _PyTime_t")
    elif timeout * 1e9 >= 9.223372036854775807e18:
        return OverflowError("timestamp out of range for platform time_t")
    return None


class _MainThreadHandle:
    """What joining the main thread waits on: released by _shutdown() (CPython releases the
    main thread's tstate lock there too)."""

    def __init__(self):
        self._lock = _allocate_lock()
        self._lock.acquire()

    def is_done(self):
        return not self._lock.locked()

    def join(self, timeout=None):
        if timeout is None:
            timeout = -1
        if self._lock.acquire(True, timeout):
            self._lock.release()

    def _set_done(self):
        if self._lock.locked():
            self._lock.release()


# Main class for threads

class Thread:
    """A class that represents a thread of control.

    This class can be safely subclassed in a limited fashion. There are two ways
    to specify the activity: by passing a callable object to the constructor, or
    by overriding the run() method in a subclass.

    """

    _initialized = False

    def __init__(self, group=None, target=None, name=None,
                 args=(), kwargs=None, *, daemon=None):
        """This constructor should always be called with keyword arguments. Arguments are:

        *group* should be None; reserved for future extension when a ThreadGroup
        class is implemented.

        *target* is the callable object to be invoked by the run()
        method. Defaults to None, meaning nothing is called.

        *name* is the thread name. By default, a unique name is constructed of
        the form "Thread-N" where N is a small decimal number.

        *args* is a list or tuple of arguments for the target invocation. Defaults to ().

        *kwargs* is a dictionary of keyword arguments for the target
        invocation. Defaults to {}.

        If a subclass overrides the constructor, it must make sure to invoke
        the base class constructor (Thread.__init__()) before doing anything
        else to the thread.

        """
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    target_name = target.__name__
                    name += f" ({target_name})"
                except AttributeError:
                    pass

        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        if daemon is not None:
            self._daemonic = daemon
        else:
            self._daemonic = current_thread().daemon
        self._ident = None
        self._native_id = None
        self._handle = None
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        # Copy of sys.stderr used by _invoke_excepthook()
        self._stderr = _sys.stderr

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started.is_set():
            status = "started"
        self.is_alive() # easy way to get ._is_stopped set when appropriate
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        """Start the thread's activity.

        It must be called at most once per thread object. It arranges for the
        object's run() method to be invoked in a separate thread of control.

        This method will raise a RuntimeError if called more than once on the
        same thread object.

        """
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")

        if self._started.is_set():
            raise RuntimeError("threads can only be started once")

        # The new thread takes _active_limbo_lock before it sets _started, so whoever sees
        # _started set (is_alive, join, repr, in any thread) also sees _handle.
        with _active_limbo_lock:
            _limbo[self] = self
            try:
                self._handle = _start_joinable_thread(self._bootstrap, daemon=self._daemonic,
                                                      name=self._name)
            except Exception:
                del _limbo[self]
                raise
        if not self._daemonic:
            _add_shutdown_thread(self)
        self._started.wait()

    def run(self):
        """Method representing the thread's activity.

        You may override this method in a subclass. The standard run() method
        invokes the callable object passed to the object's constructor as the
        target argument, if any, with sequential and keyword arguments taken
        from the args and kwargs arguments, respectively.

        """
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # Avoid a refcycle if the thread is running a function with
            # an argument that has a member that points to the thread.
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        self._bootstrap_inner()

    def _bootstrap_inner(self):
        try:
            ident = get_ident()
            self._ident = ident
            self._native_id = get_native_id()
            with _active_limbo_lock:
                _active[ident] = self
                del _limbo[self]
            self._started.set()
            try:
                self.run()
            except BaseException as exc:
                _invoke_excepthook(self, exc)
        finally:
            self._delete()

    def _stop(self):
        # After calling ._stop(), .is_alive() returns False and .join() returns immediately.
        self._is_stopped = True

    def _delete(self):
        "Remove current thread from the dict of currently running threads."
        ident = get_ident()
        with _active_limbo_lock:
            del _active[ident]

    def join(self, timeout=None):
        """Wait until the thread terminates.

        This blocks the calling thread until the thread whose join() method is
        called terminates -- either normally or through an unhandled exception
        or until the optional timeout occurs.

        When the timeout argument is present and not None, it should be a
        floating point number specifying a timeout for the operation in seconds
        (or fractions thereof). As join() always returns None, you must call
        is_alive() after join() to decide whether a timeout happened -- if the
        thread is still alive, the join() call timed out.

        When the timeout argument is not present or None, the operation will
        block until the thread terminates.

        A thread can be join()ed many times.

        join() raises a RuntimeError if an attempt is made to join the current
        thread as that would cause a deadlock. It is also an error to join() a
        thread before it has been started and attempts to do so raises the same
        exception.

        """
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if self._is_stopped:
            return
        if timeout is not None and 0 > timeout:
            # the behavior of a negative timeout isn't documented, but
            # historically .join(timeout=x) for x<0 has acted as if timeout=0
            # (CPython writes max(timeout, 0), which compares 0 > timeout)
            timeout = 0
        try:
            if timeout is not None and not timeout <= TIMEOUT_MAX:
                error = _timeout_error(timeout)
                if error is not None:
                    raise error
            self._handle.join(timeout)
        except:
            # As CPython 3.11 does (bpo-45274): an exception interrupting the wait (Ctrl-C)
            # marks the thread stopped, so is_alive() is False and the interpreter does not
            # wait for it at exit.
            self._stop()
            raise
        if self._handle.is_done():
            self._stop()

    @property
    def name(self):
        """A string used for identification purposes only.

        It has no semantics. Multiple threads may be given the same name. The
        initial name is set by the constructor.

        """
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, name):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(name)
        if self._ident is not None and not self._is_stopped:
            _set_thread_name(self._ident, self._name)

    @property
    def ident(self):
        """Thread identifier of this thread or None if it has not been started.

        This is a nonzero integer. See the get_ident() function. Thread
        identifiers may be recycled when a thread exits and another thread is
        created. The identifier is available even after the thread has exited.

        """
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """Native integral thread ID of this thread, or None if it has not been started.

        This is a non-negative integer. See the get_native_id() function.
        This represents the Thread ID as reported by the kernel.

        """
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    def is_alive(self):
        """Return whether the thread is alive.

        This method returns True just before the run() method starts until just
        after the run() method terminates. See also the module function
        enumerate().

        """
        assert self._initialized, "Thread.__init__() not called"
        if self._is_stopped or not self._started.is_set():
            return False
        if self._handle.is_done():
            self._stop()
            return False
        return True

    @property
    def daemon(self):
        """A boolean value indicating whether this thread is a daemon thread.

        This must be set before start() is called, otherwise RuntimeError is
        raised. Its initial value is inherited from the creating thread; the
        main thread is not a daemon thread and therefore all threads created in
        the main thread default to daemon = False.

        The entire Python program exits when only daemon threads are left.

        """
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        """Return whether this thread is a daemon.

        This method is deprecated, use the daemon attribute instead.

        """
        return self.daemon

    def setDaemon(self, daemonic):
        """Set whether this thread is a daemon.

        This method is deprecated, use the .daemon property instead.

        """
        self.daemon = daemonic

    def getName(self):
        """Return a string used for identification purposes only.

        This method is deprecated, use the name attribute instead.

        """
        return self.name

    def setName(self, name):
        """Set the name string for this thread.

        This method is deprecated, use the name attribute instead.

        """
        self.name = name


# The uncaught-exception hook (CPython's _thread._excepthook and _thread._ExceptHookArgs).

class _ExceptHookArgs:
    """ExceptHookArgs

    Type used to pass arguments to threading.excepthook."""

    __module__ = '_thread'

    def __init__(self, args):
        try:
            items = tuple(args)
        except TypeError:
            raise TypeError("constructor requires a sequence") from None
        if len(items) != 4:
            raise TypeError("_thread._ExceptHookArgs() takes a 4-sequence "
                            "(%d-sequence given)" % len(items))
        self._items = items
        self.exc_type, self.exc_value, self.exc_traceback, self.thread = items

    def __repr__(self):
        return ("_thread._ExceptHookArgs(exc_type=%r, exc_value=%r, exc_traceback=%r, "
                "thread=%r)" % self._items)

    def __len__(self):
        return 4

    def __getitem__(self, index):
        return self._items[index]

    def __iter__(self):
        return iter(self._items)

    def __eq__(self, other):
        if isinstance(other, _ExceptHookArgs):
            other = other._items
        return self._items == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._items)

ExceptHookArgs = _ExceptHookArgs


def _excepthook(args, /):
    """Handle uncaught Thread.run() exception."""
    if args.exc_type is SystemExit:
        # silently ignore SystemExit
        return
    if _sys.stderr is not None:
        stderr = _sys.stderr
    elif args.thread is not None:
        stderr = args.thread._stderr
        if stderr is None:
            # do nothing if sys.stderr is None and sys.stderr was None
            # when the thread was created
            return
    else:
        # do nothing if sys.stderr is None and args.thread is None
        return
    if args.thread is not None:
        name = args.thread.name
    else:
        name = get_ident()
    stderr.write("Exception in thread %s:\n" % name)
    if args.exc_value is not None:
        stderr.write(_format_exception(args.exc_value))
    elif args.exc_type is not None:
        stderr.write("%s\n" % args.exc_type.__name__)
    stderr.flush()

excepthook = _excepthook

# Original value of threading.excepthook
__excepthook__ = excepthook


def _make_invoke_excepthook():
    # One function for every thread (CPython makes one per Thread, to keep the hooks alive
    # late in interpreter shutdown).
    old_excepthook = excepthook

    def invoke_excepthook(thread, exc):
        """Calls threading.excepthook for `exc`, which escaped `thread`.run()."""
        hook = excepthook
        if hook is None:
            hook = old_excepthook
        try:
            args = ExceptHookArgs([type(exc), exc, exc.__traceback__, thread])

            hook(args)
        except Exception as hook_exc:
            # Assigning __cause__ sets __suppress_context__, as CPython does here.
            hook_exc.__cause__ = hook_exc.__cause__
            if _sys.stderr is not None:
                stderr = _sys.stderr
            else:
                stderr = thread._stderr
            if stderr is not None:
                stderr.write("Exception in threading.excepthook:\n")
                stderr.write(_format_exception(hook_exc))
                stderr.flush()
        finally:
            # Break reference cycle (exception stored in a variable)
            args = None

    return invoke_excepthook

_invoke_excepthook = _make_invoke_excepthook()


# The timer class was contributed by Itamar Shtull-Trauring

class Timer(Thread):
    """Call a function after a specified number of seconds:

            t = Timer(30.0, f, args=None, kwargs=None)
            t.start()
            t.cancel()     # stop the timer's action if it's still waiting

    """

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it hasn't finished yet."""
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


# Special thread class to represent the main thread

class _MainThread(Thread):

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._handle = _MainThreadHandle()
        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        with _active_limbo_lock:
            _active[self._ident] = self


# Dummy thread class to represent threads not started here.
# These aren't garbage collected when they die, nor can they be waited for.
# If they invoke anything in threading.py that calls current_thread(), they
# leave an entry in the _active dict forever after.
# Their purpose is to return *something* from current_thread().
# They are marked as daemon threads so we won't wait for them
# when we exit (conform previous semantics).

class _DummyThread(Thread):

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)

        self._started.set()
        self._ident = get_ident()
        self._native_id = get_native_id()
        _set_thread_name(self._ident, self._name)
        with _active_limbo_lock:
            _active[self._ident] = self

    def _stop(self):
        pass

    def is_alive(self):
        assert not self._is_stopped and self._started.is_set()
        return True

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"


# Global API functions

def current_thread():
    """Return the current Thread object, corresponding to the caller's thread of control.

    If the caller's thread of control was not created through the threading
    module, a dummy thread object with limited functionality is returned.

    """
    try:
        return _active[get_ident()]
    except KeyError:
        return _DummyThread()

def currentThread():
    """Return the current Thread object, corresponding to the caller's thread of control.

    This function is deprecated, use current_thread() instead.

    """
    return current_thread()

def active_count():
    """Return the number of Thread objects currently alive.

    The returned count is equal to the length of the list returned by
    enumerate().

    """
    with _active_limbo_lock:
        return len(_active) + len(_limbo)

def activeCount():
    """Return the number of Thread objects currently alive.

    This function is deprecated, use active_count() instead.

    """
    return active_count()

def _enumerate():
    # Same as enumerate(), but without the lock. Internal use only.
    return list(_active.values()) + list(_limbo.values())

def enumerate():
    """Return a list of all Thread objects currently alive.

    The list includes daemonic threads, dummy thread objects created by
    current_thread(), and the main thread. It excludes terminated threads and
    threads that have not yet been started.

    """
    with _active_limbo_lock:
        return list(_active.values()) + list(_limbo.values())


_threading_atexits = []
_SHUTTING_DOWN = False

def _register_atexit(func, *arg, **kwargs):
    """CPython internal: register *func* to be called before joining threads.

    The registered *func* is called with its arguments just before all
    non-daemon threads are joined in `_shutdown()`. It provides a similar
    purpose to `atexit.register()`, but its functions are called prior to
    threading shutdown instead of interpreter shutdown.

    For similarity to atexit, the registered functions are called in reverse.
    """
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append((func, arg, kwargs))


# Create the main thread object,
# and make it available for the interpreter as threading._shutdown.

_main_thread = _MainThread()

def _shutdown():
    """
    Wait until all non-daemon threads have finished (the runtime calls this at exit).
    """
    if _main_thread._is_stopped:
        # _shutdown() was already called
        return

    global _SHUTTING_DOWN
    _SHUTTING_DOWN = True

    # Call registered threading atexit functions before threads are joined.
    # Order is reversed, similar to atexit.
    for func, arg, kwargs in reversed(_threading_atexits):
        func(*arg, **kwargs)

    # Main thread
    if _main_thread.ident == get_ident():
        _main_thread._handle._set_done()
        _main_thread._stop()
    # else: _shutdown() must be called in the main thread; if threading was first imported
    # elsewhere, _main_thread is that thread and is ignored (as CPython does).

    # Join all non-daemon threads
    while True:
        with _shutdown_locks_lock:
            threads = _shutdown_threads[:]
            _shutdown_threads.clear()

        if not threads:
            break

        for thread in threads:
            # A thread whose join() was interrupted counts as stopped (see Thread.join).
            if not thread._is_stopped:
                thread._handle.join()

        # new threads can be spawned while we were waiting for the other
        # threads to complete


def main_thread():
    """Return the main thread object.

    In normal conditions, the main thread is the thread from which the
    Python interpreter was started.
    """
    return _main_thread


# Thread-local data: native (objects/thread_local.rs), as CPython's _thread._local.
local = _thread._local


def _after_fork():
    """
    Cleanup threading module state that should not exist after a fork: the forking thread
    is the only one left, and becomes the main thread.
    """
    global _active_limbo_lock, _main_thread, _shutdown_locks_lock, _shutdown_threads
    _active_limbo_lock = RLock()

    # fork() only copied the current thread; clear references to others.
    new_active = {}

    try:
        current = _active[get_ident()]
    except KeyError:
        # fork() was called in a thread which was not spawned
        # by threading.Thread. For example, a thread spawned
        # by thread.start_new_thread().
        current = _MainThread()

    _main_thread = current
    current._handle = _MainThreadHandle()

    # reset _shutdown() handles: none of the other threads exists any more
    _shutdown_locks_lock = _allocate_lock()
    _shutdown_threads = []

    with _active_limbo_lock:
        for thread in _enumerate():
            if thread is current:
                # There is only one active thread. We reset the ident to
                # its new value since it can have changed.
                ident = get_ident()
                thread._ident = ident
                thread._native_id = get_native_id()
                new_active[ident] = thread
            else:
                # All the others are already stopped.
                thread._stop()

        _limbo.clear()
        _active.clear()
        _active.update(new_active)
        assert len(_active) == 1
