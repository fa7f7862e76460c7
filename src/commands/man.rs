//! `kdcl man`: the manual page, in roff.

use crate::commands::common::{emit, refuse};
use crate::msg;

/// The manual page of the command line `kdcl` defines, in the chosen language.
pub fn run(kdcl: clap::Command) -> i32 {
    let mut out = Vec::new();
    match clap_mangen::Man::new(kdcl).render(&mut out) {
        Ok(()) => {
            emit(&String::from_utf8_lossy(&out));
            0
        }
        Err(e) => refuse(msg!(MAN_FAILED, reason = e)),
    }
}

crate::texts! {
    pub(crate) MAN_FAILED = "man-failed" {
        "cannot write the manual page: {reason}",
        "không ghi được trang hướng dẫn (man page): {reason}",
    }
}
