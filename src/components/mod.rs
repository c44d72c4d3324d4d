//! The page's parts: inputs, overview, the side-by-side comparison, the
//! entity list and the divergences panel.

mod app;
mod comparison;
mod entities;
mod export;
mod input;
mod overview;

pub use app::App;
pub use comparison::Comparison;
pub use entities::{Divergences, EntityList};
pub use input::SideInput;
pub use overview::Overview;

/// A share (0..=1) as a whole percentage. Integer formatting keeps the
/// float-printing tables out of the download.
#[allow(clippy::cast_possible_truncation)]
pub fn percent(share: f64) -> i64 {
    (share * 100.0).round() as i64
}
