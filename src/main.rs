//! The entry point, twice: on the page it renders the app; inside the
//! engine's Web Worker (started by the page with this same module) it serves
//! comparisons.

fn main() {
    if diptych::analyser::in_worker() {
        diptych::analyser::serve();
    } else {
        yew::Renderer::<diptych::components::App>::new().render();
    }
}
