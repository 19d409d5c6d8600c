//! A spin lock for the objects' own short critical sections (a dict probe, a list push, a
//! generator's state, a closure cell). Unlocking is a plain release store, so an uncontended
//! lock/unlock pair costs one atomic read-modify-write instead of parking_lot's two; with the
//! GIL on these locks are never contended. A waiter spins briefly, then yields its time slice,
//! so a holder that the OS preempted is not starved. Never hold one across mt code or a wait.

use std::sync::atomic::{AtomicBool, Ordering};

pub struct RawSpinLock(AtomicBool);

// SAFETY: `lock` returns only after swapping the flag from false to true with Acquire
// ordering, and `unlock` clears it with Release, so at most one holder exists at a time and
// each holder sees everything the previous one wrote.
unsafe impl lock_api::RawMutex for RawSpinLock {
    #[allow(clippy::declare_interior_mutable_const)]
    const INIT: RawSpinLock = RawSpinLock(AtomicBool::new(false));
    type GuardMarker = lock_api::GuardSend;

    #[inline]
    fn lock(&self) {
        if !self.try_lock() {
            self.lock_contended();
        }
    }

    #[inline]
    fn try_lock(&self) -> bool {
        self.0
            .compare_exchange_weak(false, true, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
    }

    #[inline]
    unsafe fn unlock(&self) {
        self.0.store(false, Ordering::Release);
    }

    fn is_locked(&self) -> bool {
        self.0.load(Ordering::Relaxed)
    }
}

impl RawSpinLock {
    #[cold]
    fn lock_contended(&self) {
        let mut spins = 0u32;
        loop {
            while self.0.load(Ordering::Relaxed) {
                if spins < 64 {
                    spins += 1;
                    std::hint::spin_loop();
                } else {
                    std::thread::yield_now();
                }
            }
            if lock_api::RawMutex::try_lock(self) {
                return;
            }
        }
    }
}

pub type SpinMutex<T> = lock_api::Mutex<RawSpinLock, T>;
pub type SpinGuard<'a, T> = lock_api::MutexGuard<'a, RawSpinLock, T>;

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;

    #[test]
    fn excludes_concurrent_holders() {
        let m = Arc::new(SpinMutex::new(0u64));
        let threads: Vec<_> = (0..4)
            .map(|_| {
                let m = m.clone();
                std::thread::spawn(move || {
                    for _ in 0..100_000 {
                        *m.lock() += 1;
                    }
                })
            })
            .collect();
        for t in threads {
            t.join().expect("no panic");
        }
        assert_eq!(*m.lock(), 400_000);
    }
}
