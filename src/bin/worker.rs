//! Entry point of the Web Worker (built by Trunk as a worker binary).

use gloo_worker::Registrable;

fn main() {
    diptych::analyser::Analyser::registrar().register();
}
