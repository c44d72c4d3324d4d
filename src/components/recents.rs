//! The recent comparisons kept in this browser: reopen one, delete one,
//! delete all. The page keeps each comparison it makes (see `app.rs`).

use yew::prelude::*;

use crate::recents::{self, Recent};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub dispatch: Callback<Action>,
    /// Changes whenever a comparison was kept, so the list is read again.
    pub version: u32,
}

/// A time as this reader's browser writes dates ("26 Nov 2026, 22:10").
fn when(ms: f64) -> String {
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"dateStyle".into(), &"medium".into());
    let _ = js_sys::Reflect::set(&options, &"timeStyle".into(), &"short".into());
    js_sys::Date::new(&ms.into())
        .to_locale_string("default", &options)
        .into()
}

#[component]
pub fn Recents(props: &Props) -> Html {
    // None while reading; then the list, or why there is none.
    let list = use_state(|| None::<Result<Vec<Recent>, String>>);
    let problem = use_state(|| None::<String>);
    let reread = {
        let list = list.clone();
        Callback::from(move |()| {
            let list = list.clone();
            wasm_bindgen_futures::spawn_local(async move {
                list.set(Some(recents::list().await));
            });
        })
    };
    {
        let reread = reread.clone();
        use_effect_with(props.version, move |_| reread.emit(()));
    }
    let after = |reread: Callback<()>, problem: UseStateHandle<Option<String>>| {
        move |outcome: Result<(), String>| {
            problem.set(outcome.err());
            reread.emit(());
        }
    };
    let open = |key: String| {
        let (dispatch, problem) = (props.dispatch.clone(), problem.clone());
        Callback::from(move |_: MouseEvent| {
            let (key, dispatch, problem) = (key.clone(), dispatch.clone(), problem.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match recents::get_one(&key).await {
                    Ok(s) => {
                        problem.set(None);
                        dispatch.emit(Action::Restore {
                            left: s.left,
                            right: s.right,
                            corrections: s.corrections,
                        });
                    }
                    Err(e) => problem.set(Some(e)),
                }
            });
        })
    };
    let delete = |key: String| {
        let done = after(reread.clone(), problem.clone());
        let done = std::rc::Rc::new(done);
        Callback::from(move |_: MouseEvent| {
            let (key, done) = (key.clone(), done.clone());
            wasm_bindgen_futures::spawn_local(async move { done(recents::delete(&key).await) });
        })
    };
    let clear = {
        let done = std::rc::Rc::new(after(reread.clone(), problem.clone()));
        Callback::from(move |_: MouseEvent| {
            let done = done.clone();
            wasm_bindgen_futures::spawn_local(async move { done(recents::clear().await) });
        })
    };
    let count = match &*list {
        Some(Ok(l)) => l.len(),
        _ => 0,
    };
    html! {
        <details class="recents">
            <summary>{ format!("Recent comparisons ({count}), kept only in this browser") }</summary>
            <p class="hint">{ format!(
                "Each comparison made here is kept in this browser, on this device, and nowhere else: \
                 both texts and your corrections, the last {} of them. Delete them here, or by clearing this site's data.",
                recents::KEEP
            ) }</p>
            if let Some(p) = &*problem {
                <p class="error" role="alert">{ p }</p>
            }
            { match &*list {
                None => html! {},
                Some(Err(e)) => html! { <p class="error">{ e }</p> },
                Some(Ok(l)) if l.is_empty() => html! { <p class="hint">{ "None kept yet." }</p> },
                Some(Ok(l)) => html! {
                    <>
                    <ul>
                        { for l.iter().map(|r| html! {
                            <li key={r.key.clone()}>
                                <button class="button recent-open" onclick={open(r.key.clone())}>{ &r.title }</button>
                                <span class="hint">{ format!(" {} · {} ", r.names, when(r.saved)) }</span>
                                <button class="button recent-delete" onclick={delete(r.key.clone())}
                                        aria-label={format!("Delete “{}”", r.title)}>{ "Delete" }</button>
                            </li>
                        }) }
                    </ul>
                    <button class="button recent-clear" onclick={clear}>{ "Delete all" }</button>
                    </>
                },
            } }
        </details>
    }
}
