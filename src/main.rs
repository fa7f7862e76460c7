/// mimalloc: kdcl allocates many small strings (names, cells, spans) on
/// both cores; the system allocator spent a quarter of a national check.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
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
