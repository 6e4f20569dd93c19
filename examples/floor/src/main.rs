//! One button with a counter: the smallest useful yew 0.23 page.
use yew::prelude::*;

#[component]
fn App() -> Html {
    let count = use_state(|| 0);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_| count.set(*count + 1))
    };
    html! { <button {onclick}>{ format!("Clicked {} times", *count) }</button> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
