//! How an island's view reads its own state.
//!
//! On the server, a `<Suspense>` may walk a finished view once more, from an effect on another
//! thread, after the request that made it has ended and its reactive owner is gone. A plain
//! `.get()` on such a disposed signal panics (seen under load: the session warning in the
//! header of every signed-in page). Nothing of that late walk reaches a person, so island views
//! read through `shown()`, which takes a disposed value as its default instead.

use leptos::prelude::Get;

pub trait Shown {
    type Value;
    /// The value, tracked as `.get()` tracks it; its default once the signal is disposed.
    fn shown(&self) -> Self::Value;
}

impl<S> Shown for S
where
    S: Get,
    S::Value: Default,
{
    type Value = S::Value;

    #[track_caller]
    fn shown(&self) -> S::Value {
        self.try_get().unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::Shown;
    use leptos::prelude::*;

    #[test]
    fn a_disposed_signal_reads_as_its_default_instead_of_panicking() {
        // A root that stays current: with the server's `sandboxed-arenas` feature every read
        // needs an active arena, which the root's child shares.
        let root = Owner::new();
        root.set();
        let owner = root.child();
        let signal = owner.with(|| RwSignal::new(true));
        assert!(signal.shown());
        drop(owner);
        assert!(!signal.shown());
    }
}
