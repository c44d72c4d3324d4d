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
