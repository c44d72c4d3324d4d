//! Entry point of the Web Worker (built by Trunk as a worker binary).

#[path = "../analyser.rs"]
mod analyser;

use gloo_worker::Registrable;

fn main() {
    analyser::Analyser::registrar().register();
}
