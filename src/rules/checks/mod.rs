//! Rules run on a loaded plan, by family. Each family reads the plan (and its
//! roster, once entries are matched) and pushes findings; none renders text.

pub mod evaluation;
