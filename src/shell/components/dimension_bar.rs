//! One dimension on an owner ↔ manager axis, drawn as SVG with a text equivalent.

use yew::prelude::*;

use crate::core::bank::{DimensionText, Locale};
use crate::core::scoring::{DimensionScore, Role};
use crate::core::text::{fill, number};

/// What [`dimension_bar`] draws.
pub struct DimensionBarProps {
    /// The dimension.
    pub dimension: &'static DimensionText,
    /// Its score.
    pub score: DimensionScore,
}

/// A labelled bar whose marker sits between "Owner" (left) and "Manager" (right).
pub fn dimension_bar(t: &'static Locale, props: &DimensionBarProps) -> Html {
    let ui = &t.ui;
    let DimensionScore { owner, manager, .. } = props.score;
    let values = [
        ("dimension", props.dimension.name.to_owned()),
        ("owner", number(owner.into(), ui.group_separator)),
        ("manager", number(manager.into(), ui.group_separator)),
    ];
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let template = match owner.cmp(&manager) {
        std::cmp::Ordering::Greater => ui.dimension_lean_owner,
        std::cmp::Ordering::Less => ui.dimension_lean_manager,
        std::cmp::Ordering::Equal => ui.dimension_even,
    };
    let description = fill(template, &values);

    // Percentages keep the marker round at any width; the track runs the
    // full width of the SVG and the marker may overhang into its margin.
    let marker = u32::from(props.score.position());
    let (from, to) = if marker < 50 { (marker, 50) } else { (50, marker) };
    let side = if marker < 50 { Role::Owner } else { Role::Manager }.id();
    let pct = |n: u32| n.to_string() + "%";

    html! {
        <figure class="rf-dim">
            <figcaption class="rf-dim-head">
                <span class="rf-dim-name">{ props.dimension.name }</span>
                <span class="rf-dim-about">{ props.dimension.about }</span>
                <span class="rf-dim-items">{ fill(ui.dimension_items, &[("count", &number(props.score.items.into(), ui.group_separator))]) }</span>
            </figcaption>
            <svg class="rf-dim-svg" height="28" role="img" aria-label={description}>
                <rect class="rf-dim-track" x="0" y="10" width="100%" height="8" rx="4" />
                <rect class="rf-dim-fill" data-side={side} x={pct(from)} y="10" width={pct(to - from)} height="8" />
                <line class="rf-dim-centre" x1="50%" x2="50%" y1="3" y2="25" />
                <circle class="rf-dim-marker" data-side={side} cx={pct(marker)} cy="14" r="8" />
            </svg>
            <div class="rf-dim-axis" aria-hidden="true">
                <span>{ ui.axis_owner }{ " " }{ values[1].1 }</span>
                <span>{ values[2].1 }{ " " }{ ui.axis_manager }</span>
            </div>
        </figure>
    }
}
