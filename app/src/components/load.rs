//! A page's data, loaded once per render.
//!
//! On the server, `<Suspense>` walks its children once to start their loads (`dry_resolve`)
//! and then again to render them: a `Suspend` made inside the child closure was made twice, so
//! every load started, was dropped halfway and started again. Each view of Mijn overzicht ran
//! the case's queries twice and the header's once more, and the dropped loads made the database
//! pool throw connections away. Made in the component's body, a `Load` is shared by every run
//! of the closure:
//!
//! ```ignore
//! let cases = load(my_cases());
//! view! { <Suspense fallback=|| ()>{move || Suspend::new(async move {
//!     match cases.get().await { … }
//! })}</Suspense> }
//! ```

use std::future::Future;

use futures::future::{BoxFuture, FutureExt, Shared};
use leptos::prelude::*;

use crate::error::AppError;

/// A load started at its first await; every later await shares its result. `Copy`, so the
/// view's closures can await it as often as Leptos runs them.
pub struct Load<T: 'static>(StoredValue<Shared<BoxFuture<'static, T>>>);

impl<T: 'static> Clone for Load<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: 'static> Copy for Load<T> {}

/// Nothing runs yet: `future` starts when the view first awaits it.
pub fn load<T>(future: impl Future<Output = T> + Send + 'static) -> Load<T>
where
    T: Clone + Send + Sync + 'static,
{
    Load(StoredValue::new(future.boxed().shared()))
}

impl<T> Load<Result<T, AppError>>
where
    T: Clone + Send + Sync + 'static,
{
    /// The load, to await. Only after the component is gone, which never happens while its
    /// view renders, would it answer `Internal`.
    pub fn get(self) -> impl Future<Output = Result<T, AppError>> + Send + 'static {
        let shared = self.0.try_get_value();
        async move {
            match shared {
                Some(shared) => shared.await,
                None => Err(AppError::Internal),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    use leptos::prelude::Owner;

    use super::load;

    #[test]
    fn a_load_awaited_twice_runs_once() {
        let owner = Owner::new();
        owner.with(|| {
            let runs = Arc::new(AtomicUsize::new(0));
            let counted = runs.clone();
            let data = load(async move {
                counted.fetch_add(1, Ordering::SeqCst);
                Ok::<_, crate::error::AppError>(7)
            });
            // The first await is dropped before it finishes, as Leptos's first walk does.
            drop(data.get());
            let first = futures::executor::block_on(data.get());
            let second = futures::executor::block_on(data.get());
            assert_eq!((first, second), (Ok(7), Ok(7)));
            assert_eq!(runs.load(Ordering::SeqCst), 1);
        });
    }
}
