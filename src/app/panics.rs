//! Panics while checking a file: caught and reported once, as an error for that file.
//! The hook stays quiet for a panic that `catch` will report, keeping where it happened
//! for the message; any other panic gets one line on stderr.

use std::cell::{Cell, RefCell};

thread_local! {
    /// Whether this thread is inside `catch`, which reports the panic itself.
    static CATCHING: Cell<bool> = const { Cell::new(false) };
    /// Where the caught panic happened.
    static WHERE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// The binary's panic hook.
pub fn hook(info: &std::panic::PanicHookInfo<'_>) {
    if CATCHING.get() {
        WHERE.set(info.location().map(|l| l.to_string()));
    } else {
        eprintln!("copydesk: internal error: {info}");
    }
}

/// Run `work`; a panic becomes the one-line reason it failed.
pub(super) fn catch<T>(work: impl FnOnce() -> T) -> Result<T, String> {
    let was = CATCHING.replace(true);
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
    CATCHING.set(was);
    result.map_err(|payload| {
        let what = payload
            .downcast_ref::<String>()
            .map(String::as_str)
            .or_else(|| payload.downcast_ref::<&str>().copied())
            .unwrap_or("unknown panic");
        let at = WHERE.take().map(|w| format!(" at {w}")).unwrap_or_default();
        format!("internal error while checking this file (a copydesk bug; please report it): {what}{at}")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_caught_panic_is_one_reason_with_its_place_and_nothing_else() {
        std::panic::set_hook(Box::new(hook));
        let got = catch(|| -> u8 { panic!("rule broke") }).unwrap_err();
        let _ = std::panic::take_hook();
        assert!(got.starts_with("internal error while checking this file"), "{got}");
        assert!(got.contains("rule broke at src/app/panics.rs:"), "{got}");
        assert_eq!(catch(|| 7), Ok(7));
        assert!(!CATCHING.get());
    }
}
