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

/// Entries a long list shows before "Show all".
pub const LIST_FIRST: usize = 40;

/// Scrolls the first element matching `selector` to the middle of the view.
/// Long comparisons are drawn a block per frame, so the element may not be
/// there yet: look again for a few seconds.
pub fn scroll_to(selector: String) {
    fn attempt(selector: String, left: u32) {
        let found = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector(&selector).ok().flatten());
        match found {
            Some(el) => {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Center);
                el.scroll_into_view_with_scroll_into_view_options(&options);
                // Keyboard users continue from there.
                if let Some(el) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&el) {
                    let options = web_sys::FocusOptions::new();
                    options.set_prevent_scroll(true);
                    let _ = el.focus_with_options(&options);
                }
            }
            None if left > 0 => {
                gloo_timers::callback::Timeout::new(100, move || attempt(selector, left - 1)).forget();
            }
            None => {}
        }
    }
    attempt(selector, 50);
}
