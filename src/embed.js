/*! rolefit embed v1 · <div data-rolefit></div><script src=".../embed.js" async></script>
 * Turns each [data-rolefit] element into an iframe of the widget, passes its
 * data-* options on, sizes the frame to its content and re-dispatches the
 * widget's events on the element as DOM CustomEvents (rolefit:ready, :start,
 * :progress, :complete, :error). No dependencies; see the README. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.URL || !window.URLSearchParams) return;
  var widget = new URL(".", script.src);
  var OPTIONS = ["lang", "theme", "accent", "intro", "owner-cta-label", "owner-cta-url",
    "manager-cta-label", "manager-cta-url", "share-base"];
  var EVENTS = ["ready", "start", "progress", "complete", "error"];
  var PREFIX = "rolefit:v1:";

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

    window.addEventListener("message", function (event) {
      if (event.source !== frame.contentWindow || event.origin !== widget.origin) return;
      var data = event.data;
      if (!data || typeof data.type !== "string" || data.type.indexOf(PREFIX) !== 0) return;
      var name = data.type.slice(PREFIX.length);
      var detail = data.detail && typeof data.detail === "object" ? data.detail : {};
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

  function mountAll() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-rolefit]"), mount);
  }
  mountAll();
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
})();
