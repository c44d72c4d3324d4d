//! The page's parts: inputs, overview, the corrections toolbar, the
//! side-by-side comparison, the entity list and the divergences panel.

pub(crate) mod app;
mod comparison;
mod corrections;
mod entities;
mod export;
mod input;
mod overview;
mod recents;

pub use app::{App, AppProps};
pub use comparison::Comparison;
pub use entities::{Divergences, EntityList};
pub use export::download;
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

/// How many of a list's `total` entries are shown: the first ones, or all
/// once the reader asked.
pub fn shown(all: bool, total: usize) -> usize {
    if all {
        total
    } else {
        total.min(LIST_FIRST)
    }
}

/// The "Show all" button of list `g` among those `expanded` tracks.
pub fn show_all<const N: usize>(
    expanded: &yew::UseStateHandle<[bool; N]>,
    g: usize,
) -> yew::Callback<web_sys::MouseEvent> {
    let expanded = expanded.clone();
    yew::Callback::from(move |_| {
        let mut all = *expanded;
        all[g] = true;
        expanded.set(all);
    })
}

/// The nearest element around an event's target matching `selector`.
pub fn closest(target: Option<web_sys::EventTarget>, selector: &str) -> Option<web_sys::Element> {
    let target: web_sys::Element = wasm_bindgen::JsCast::dyn_into(target?).ok()?;
    target.closest(selector).ok().flatten()
}

/// The viewer an event happened in (a page may hold several embeds).
pub fn viewer_of(event: &web_sys::Event) -> Option<web_sys::Element> {
    closest(event.target(), ".page")
}

/// Scrolls the first element matching `selector` in the viewer `root` to
/// the middle of the view. Long comparisons are drawn a block per frame, so
/// the element may not be there yet: look again for a few seconds.
pub fn scroll_to(root: Option<web_sys::Element>, selector: String) {
    fn attempt(root: Option<web_sys::Element>, selector: String, left: u32) {
        let found = match &root {
            Some(root) => root.query_selector(&selector).ok().flatten(),
            None => web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(&selector).ok().flatten()),
        };
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
                gloo_timers::callback::Timeout::new(100, move || attempt(root, selector, left - 1))
                    .forget();
            }
            None => {}
        }
    }
    attempt(root, selector, 50);
}
