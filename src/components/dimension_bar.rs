//! One dimension on an owner ↔ manager axis, drawn as SVG with a text equivalent.

use yew::prelude::*;

use crate::bank::{CONTENT, Dimension};
use crate::scoring::DimensionScore;
use crate::text::fill;

/// Props for [`DimensionBar`].
#[derive(Properties, PartialEq)]
pub struct DimensionBarProps {
    /// The dimension.
    pub dimension: &'static Dimension,
    /// Its score.
    pub score: DimensionScore,
}

// Geometry of the drawing, in viewBox units. Integers on purpose: formatting
// floats would add kilobytes of wasm for no visible gain.
const WIDTH: u32 = 300;
const PAD: u32 = 10;

/// A labelled bar whose marker sits between "Owner" (left) and "Manager" (right).
#[component]
pub fn DimensionBar(props: &DimensionBarProps) -> Html {
    let ui = &CONTENT.ui;
    let DimensionScore { owner, manager, .. } = props.score;
    let values = [
        ("dimension", props.dimension.name.to_owned()),
        ("owner", owner.to_string()),
        ("manager", manager.to_string()),
    ];
    let values: Vec<(&str, &str)> = values.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let template = match owner.cmp(&manager) {
        std::cmp::Ordering::Greater => ui.dimension_lean_owner,
        std::cmp::Ordering::Less => ui.dimension_lean_manager,
        std::cmp::Ordering::Equal => ui.dimension_even,
    };
    let description = fill(template, &values);

    let span = WIDTH - 2 * PAD;
    let centre = WIDTH / 2;
    let marker = PAD + span * u32::from(props.score.position()) / 100;
    let (from, to) = if marker < centre {
        (marker, centre)
    } else {
        (centre, marker)
    };
    let side = if marker < centre {
        "rf-dim-fill--owner"
    } else {
        "rf-dim-fill--manager"
    };

    html! {
        <figure class="rf-dim">
            <figcaption class="rf-dim-head">
                <span class="rf-dim-name">{ props.dimension.name }</span>
                <span class="rf-dim-about">{ props.dimension.about }</span>
            </figcaption>
            <svg class="rf-dim-svg" viewBox={format!("0 0 {WIDTH} 28")} role="img" aria-label={description}>
                <rect class="rf-dim-track" x={PAD.to_string()} y="10" width={span.to_string()} height="8" rx="4" />
                <rect class={classes!("rf-dim-fill", side)} x={from.to_string()} y="10" width={(to - from).to_string()} height="8" />
                <line class="rf-dim-centre" x1={centre.to_string()} x2={centre.to_string()} y1="3" y2="25" />
                <circle class={classes!("rf-dim-marker", side)} cx={marker.to_string()} cy="14" r="7" />
            </svg>
            <div class="rf-dim-axis" aria-hidden="true">
                <span>{ format!("{} {owner}", ui.axis_owner) }</span>
                <span>{ format!("{manager} {}", ui.axis_manager) }</span>
            </div>
        </figure>
    }
}
