//! The page's entry point (see the library for its parts).

fn main() {
    yew::Renderer::<diptych::components::App>::new().render();
}
