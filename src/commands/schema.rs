//! `kdcl schema`: the JSON Schema of plan files, for editors.

use crate::commands::common::emit;

pub fn run() -> i32 {
    emit(&crate::render::schema::render());
    0
}
