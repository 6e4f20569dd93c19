/*! rolefit embed v1 · <div data-rolefit></div><script src=".../embed.js" async></script>
 * Turns each [data-rolefit] element into an iframe of the widget, passes its
 * data-* options on, sizes the frame to its content and re-dispatches the
 * widget's events on the element as DOM CustomEvents (rolefit:ready, :start,
 * :progress, :complete, :error). If the widget cannot load, the element's own
 * content (or a short message with a link to the widget) comes back and
 * rolefit:error fires with code "load-failed". No dependencies; see the README. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.URL || !window.URLSearchParams) return;
  var widget = new URL(".", script.src);
  var OPTIONS = ["lang", "theme", "accent", "intro", "owner-cta-label", "owner-cta-url",
    "manager-cta-label", "manager-cta-url", "share-base"];
  var EVENTS = ["ready", "start", "progress", "complete", "error"];
  var PREFIX = "rolefit:v1:";
  // How long a loaded frame may stay silent before the widget counts as
  // unavailable (its page, wasm or words could not be fetched).
  var SILENCE_MS = 10000;

  function mount(host) {
    if (host.getAttribute("data-rolefit-mounted")) return;
    host.setAttribute("data-rolefit-mounted", "true");
    var params = new URLSearchParams();
    OPTIONS.forEach(function (name) {
      var value = host.getAttribute("data-" + name);
      if (value !== null) params.set(name, value);
    });
    // Shared links come back to this page; a result link opened here is
    // handed to the widget.
    if (!params.has("share-base")) params.set("share-base", location.href.split("#")[0]);
    params.set("origin", location.origin);
    var src = new URL(widget.href);
    src.search = params.toString();
    var code = /(?:^#|&)r=([A-Za-z0-9_-]{1,200})(?:&|$)/.exec(location.hash);
    if (code) src.hash = "r=" + code[1];

    // The element's own content is the fallback: taken out while the widget
    // shows, put back if it cannot load.
    var fallback = document.createDocumentFragment();
    while (host.firstChild) fallback.appendChild(host.firstChild);
    if (!/\S/.test(fallback.textContent)) fallback = unavailableMessage(src);

    var frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title = host.getAttribute("data-title") || "Product owner or product manager? A short self-assessment";
    frame.loading = "lazy";
    frame.setAttribute("sandbox",
      "allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation");
    // web-share only where the browser has it: elsewhere the token only
    // produces a console warning.
    frame.setAttribute("allow", "clipboard-write" + (navigator.share ? "; web-share" : ""));
    frame.setAttribute("scrolling", "no");
    frame.style.display = "block";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.overflow = "hidden";
    frame.style.height = "560px";
    // Shown only once it has its content's height, so the widget never
    // appears at a guessed size and then jumps (or if the widget cannot say,
    // after a few seconds).
    frame.style.visibility = "hidden";
    var reveal = function () { frame.style.visibility = ""; };
    setTimeout(reveal, 4000);
    host.appendChild(frame);

    var heard = false, failed = null, silence;
    var fail = function () {
      if (failed || heard) return;
      failed = fallback.nodeType === 11 ? Array.prototype.slice.call(fallback.childNodes) : [fallback];
      failed.forEach(function (node) { host.insertBefore(node, frame); });
      frame.style.display = "none";
      host.dispatchEvent(new CustomEvent("rolefit:error", { detail: { code: "load-failed" }, bubbles: true }));
    };
    // A page that loaded but never speaks (a wrong path, a 404) is unavailable.
    frame.addEventListener("load", function () {
      clearTimeout(silence);
      if (!heard) silence = setTimeout(fail, SILENCE_MS);
    });

    window.addEventListener("message", function (event) {
      if (event.source !== frame.contentWindow || event.origin !== widget.origin) return;
      var data = event.data;
      if (!data || typeof data.type !== "string" || data.type.indexOf(PREFIX) !== 0) return;
      var name = data.type.slice(PREFIX.length);
      var detail = data.detail && typeof data.detail === "object" ? data.detail : {};
      if (name === "error" && detail.code === "load-failed") return fail();
      if (!heard) {
        heard = true;
        clearTimeout(silence);
        // A slow widget that speaks after all takes its place back.
        if (failed) {
          failed.forEach(function (node) { if (node.parentNode === host) host.removeChild(node); });
          frame.style.display = "block";
          failed = null;
        }
      }
      if (name === "resize") {
        var height = Number(detail.height);
        if (height > 0 && height < 100000) {
          frame.style.height = Math.ceil(height) + "px";
          reveal();
        }
      } else if (EVENTS.indexOf(name) >= 0) {
        host.dispatchEvent(new CustomEvent("rolefit:" + name, { detail: detail, bubbles: true }));
      }
    });
  }

  // Used when the element has no content of its own to fall back on; a page
  // in another language puts its own wording inside the element.
  function unavailableMessage(src) {
    var message = document.createElement("p");
    var link = document.createElement("a");
    link.href = src.href;
    link.target = "_blank";
    link.rel = "noopener";
    link.textContent = "Open it in a new tab";
    message.appendChild(document.createTextNode("The self-assessment could not be loaded here. "));
    message.appendChild(link);
    message.appendChild(document.createTextNode("."));
    return message;
  }

  function mountAll() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-rolefit]"), mount);
  }
  mountAll();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
})();
