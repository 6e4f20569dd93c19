//! Boots the widget into the page.

fn main() {
    rolefit::crash::install();
    yew::Renderer::<rolefit::App>::new().render();
}
