//! Placeholder web shell; the viewer is built in its own issue.
fn main() {}
