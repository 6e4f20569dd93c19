//! Boots the widget into the page.

fn main() {
    yew::Renderer::<rolefit::App>::new().render();
}
