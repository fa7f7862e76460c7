/// mimalloc: kdcl allocates many small strings (names, cells, spans) on
/// both cores; the system allocator spent a quarter of a national check.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

unsafe extern "C" {
    /// mimalloc's own, linked with the allocator above.
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

/// `mi_option_purge_delay` in mimalloc.h (v3, as Cargo.lock pins it).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

fn main() {
    // Memory freed between chunks of a national check is kept for the next
    // chunk instead of being given back to the system and faulted in again
    // (zeroing those pages took a tenth of the time); a run lasts seconds.
    // SAFETY: sets an integer option before any other thread starts.
    unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, -1) };
    // A panic is a bug in kdcl, never the user's fault: say so in one line,
    // without a backtrace, and exit with "could not do its job".
    std::panic::set_hook(Box::new(|info| {
        let place = info
            .location()
            .map(|l| format!(" ({}:{})", l.file(), l.line()))
            .unwrap_or_default();
        eprintln!(
            "kdcl: {}",
            kdcl::msg!(kdcl::commands::INTERNAL_ERROR, place = place).render()
        );
    }));
    let status = std::panic::catch_unwind(|| kdcl::commands::run(std::env::args_os())).unwrap_or(2);
    std::process::exit(status);
}
