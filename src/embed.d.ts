// Types for rolefit's embed.js (contract v1): window.rolefit, the options,
// and the DOM events a widget's element receives. Shipped next to embed.js.

/** Options of a widget: the same names as the data-* attributes, or camelCase. A value over
 * 2,000 characters, which the widget would refuse, is left out with a console warning. */
export interface RolefitOptions {
  /** The tag of a language the widget speaks, such as `de-DE`, or its first part (`de`); the
   * widget warns about any other. Default: the visitor's language. */
  lang?: string;
  /** `light`, `dark` or `auto` (follows the visitor's system). */
  theme?: "light" | "dark" | "auto";
  /** A hex colour such as `#0a6e5c`, adjusted for 4.5:1 contrast. */
  accent?: string;
  /** `"false"` starts at the first question. */
  intro?: "true" | "false" | boolean;
  "owner-cta-label"?: string;
  ownerCtaLabel?: string;
  /** An http(s) URL, or one relative to the page (resolved by embed.js). */
  "owner-cta-url"?: string;
  ownerCtaUrl?: string;
  "manager-cta-label"?: string;
  managerCtaLabel?: string;
  /** An http(s) URL, or one relative to the page (resolved by embed.js). */
  "manager-cta-url"?: string;
  managerCtaUrl?: string;
  /** Where shared result links point; default: the host page. */
  "share-base"?: string;
  shareBase?: string;
  /** The frame's accessible name (and the popup's). */
  title?: string;
  /** Handlers for the widget's events, by name. Given again to `mount()` on the same element,
   * they replace the ones given before. Each must be a function (else `mount()` throws a
   * `TypeError` before it changes anything). */
  on?: { [Name in keyof RolefitEventDetails]?: (event: CustomEvent<RolefitEventDetails[Name]>) => void };
}

/** Options of a popup: a widget's, plus its close button's label. */
export interface RolefitPopupOptions extends RolefitOptions {
  "close-label"?: string;
  closeLabel?: string;
}

/** Each event's `detail`. Events are dispatched on the widget's element as
 * bubbling `CustomEvent`s named `rolefit:<name>`; none carries the answers. */
export interface RolefitEventDetails {
  /** Rendered and usable. */
  ready: Record<string, never>;
  /** A run begins: the first question is on screen with nothing answered yet. Once per run. */
  start: Record<string, never>;
  /** The person is back in a run that has answers (Continue, a reload, a return to the page).
   * Never for a run's first question, so `start` counts real starts. */
  resume: Record<string, never>;
  /** Question `current` of `total` is on screen. */
  progress: { current: number; total: number };
  /** The result, never the answers. */
  complete: {
    verdict: "owner" | "manager" | "both";
    ownerFit: number;
    managerFit: number;
    dimensions: { id: string; owner: number; manager: number }[];
  };
  /** `bad-link`: a result link could not be shown; `load-failed`: the widget's files could not
   * be loaded (the element's fallback shows); `panic`: it stopped working. */
  error: { code: "bad-link" | "load-failed" | "panic" };
}

export type RolefitEventName = keyof RolefitEventDetails;

/** A mounted widget. */
export interface RolefitHandle {
  /** The element it lives in. */
  readonly element: Element;
  /** Listens to one of its events; the listener is removed by `destroy()`. Throws a
   * `TypeError` if `handler` is not a function. */
  on<Name extends RolefitEventName>(name: Name, handler: (event: CustomEvent<RolefitEventDetails[Name]>) => void): RolefitHandle;
  /** Removes the frame and every listener it added; the element gets its own content back.
   * The handle lasts as long as the widget: an element detached and put back keeps both. */
  destroy(): void;
}

/** A widget in a modal dialog, mounted on first open and kept while closed. Where the dialog
 * cannot open (no `<dialog>`, or its file cannot load), `open()` opens the widget in a new tab
 * with the same options. */
export interface RolefitPopup {
  open(): void;
  close(): void;
  /** Removes the dialog and its widget. */
  destroy(): void;
}

/** What `window.rolefit` is once embed.js has loaded. */
export interface Rolefit {
  readonly version: 1;
  readonly q?: undefined;
  /** Mounts a widget in `element` (or returns the handle of the one already there). Throws a
   * `TypeError`, before it changes anything, for the page's own `<html>`, `<head>` or `<body>`
   * and for a handler in `on` that is not a function. */
  mount(element: Element, options?: RolefitOptions): RolefitHandle;
  /** A popup; nothing shows until `open()`, which loads embed-popup.js the first time. */
  popup(options?: RolefitPopupOptions): RolefitPopup;
}

/** The README's queue line, which stands in for embed.js until it arrives: `mount()` calls wait
 * in `q` and return nothing; embed.js runs them in order when it loads. There is no `popup()`
 * yet. */
export interface RolefitQueue {
  readonly version?: undefined;
  q: ["mount", IArguments][];
  mount(element: Element, options?: RolefitOptions): undefined;
}

declare global {
  interface Window {
    /** The queue line's stand-in until embed.js has loaded (`version` tells them apart), then
     * embed.js's API. */
    rolefit: Rolefit | RolefitQueue;
  }
  // The events bubble, so listeners on any element or on the document get them.
  interface HTMLElementEventMap extends RolefitEventMap {}
  interface ElementEventMap extends RolefitEventMap {}
  interface DocumentEventMap extends RolefitEventMap {}
}

/** The DOM events of a widget, as `addEventListener` sees them. */
export interface RolefitEventMap {
  "rolefit:ready": CustomEvent<RolefitEventDetails["ready"]>;
  "rolefit:start": CustomEvent<RolefitEventDetails["start"]>;
  "rolefit:resume": CustomEvent<RolefitEventDetails["resume"]>;
  "rolefit:progress": CustomEvent<RolefitEventDetails["progress"]>;
  "rolefit:complete": CustomEvent<RolefitEventDetails["complete"]>;
  "rolefit:error": CustomEvent<RolefitEventDetails["error"]>;
}
