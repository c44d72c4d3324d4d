//! The entry point, twice: on the page it starts the viewer (the full page,
//! or the script embeds); inside the engine's Web Worker (started by the page
//! with this same module) it serves comparisons.

fn main() {
    if diptych::analyser::in_worker() {
        diptych::analyser::serve();
    } else {
        diptych::embed::start();
    }
}
