//! Talking to the embedding page: `postMessage` to the parent only, in the
//! documented shapes, and only the documented message back.

use gloo_events::EventListener;
use js_sys::{Array, Object, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen::JsValue;
use wasm_bindgen::prelude::Closure;

use crate::core::bank::CONTENT;
use crate::core::events::{HostEvent, MEASURE, PREFIX, Value};

/// The parent window, if the widget is framed.
fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok()??;
    (!JsValue::from(&parent).loose_eq(&JsValue::from(&window))).then_some(parent)
}

/// Whether the widget runs inside a frame.
pub fn is_framed() -> bool {
    parent().is_some()
}

fn to_js(value: &Value) -> JsValue {
    match value {
        Value::Number(n) => JsValue::from(*n),
        Value::Text(t) => JsValue::from_str(t),
        Value::List(items) => items.iter().map(|fields| JsValue::from(object(fields))).collect::<Array>().into(),
    }
}

fn object(fields: &[(&'static str, Value)]) -> Object {
    let object = Object::new();
    for (key, value) in fields {
        let _ = Reflect::set(&object, &JsValue::from_str(key), &to_js(value));
    }
    object
}

/// Posts `event` to the parent window, to `origin` when known. Does nothing
/// when the widget is not framed.
pub fn post(event: &HostEvent, origin: Option<&str>) {
    let Some(parent) = parent() else { return };
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &JsValue::from_str(&[PREFIX, event.name()].concat()));
    let _ = Reflect::set(&message, &"detail".into(), &object(&event.detail(&CONTENT.bank)));
    let _ = parent.post_message(&message, origin.unwrap_or("*"));
}

/// The height of the widget's content, in CSS pixels.
pub fn content_height() -> u32 {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .map_or(0, |body| body.get_bounding_client_rect().height().ceil() as u32)
}

/// Calls `on_change` whenever the content's height changes (for as long as
/// the page lives).
pub fn observe_height(on_change: impl Fn() + 'static) {
    let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) else {
        return;
    };
    let callback = Closure::<dyn Fn()>::new(on_change);
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
    }
    // The observer lives as long as the page, and so must its callback.
    callback.forget();
}

/// Listens for the one documented message from the parent, accepting it only
/// from the parent window (and from `origin`, when known).
pub fn on_measure_request(origin: Option<String>, on_request: impl Fn() + 'static) -> Option<EventListener> {
    let window = web_sys::window()?;
    let parent: JsValue = parent()?.into();
    Some(EventListener::new(&window, "message", move |event| {
        let Some(event) = event.dyn_ref::<web_sys::MessageEvent>() else {
            return;
        };
        let from_parent = event.source().is_some_and(|source| JsValue::from(source).loose_eq(&parent));
        let from_origin = origin.as_deref().is_none_or(|o| o == event.origin());
        let kind = Reflect::get(&event.data(), &"type".into()).ok().and_then(|t| t.as_string());
        if from_parent && from_origin && kind.as_deref() == Some(MEASURE) {
            on_request();
        }
    }))
}
