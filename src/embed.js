/*! rolefit embed v1 · <div data-rolefit></div><script src=".../embed.js" async></script>
 * Turns each [data-rolefit] element into an iframe of the widget, passes its
 * data-* options on, sizes the frame to its content and re-dispatches the
 * widget's events on the element as DOM CustomEvents (rolefit:ready, :start,
 * :progress, :complete, :error). Elements added later are mounted and removed
 * ones cleaned up, so single-page apps need nothing more. window.rolefit.mount
 * does the same from script and returns a handle (on, destroy). If the widget
 * cannot load, the element's own content (or a short message with a link to
 * the widget) comes back and rolefit:error fires with code "load-failed". No
 * dependencies; see the README and embed.d.ts. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.URL || !window.URLSearchParams || !window.MutationObserver) return;
  var widget = new URL(".", script.src);
  var OPTIONS = ["lang", "theme", "accent", "intro", "owner-cta-label", "owner-cta-url",
    "manager-cta-label", "manager-cta-url", "share-base"];
  var EVENTS = ["ready", "start", "progress", "complete", "error"];
  var PREFIX = "rolefit:v1:";
  // How long a loaded frame may stay silent before the widget counts as
  // unavailable (its page, wasm or words could not be fetched).
  var SILENCE_MS = 10000;
  // Every widget on the page: its element, its frame and how to reach it.
  // One message listener and one hashchange listener serve them all, so
  // mounting and destroying leaves nothing behind.
  var mounted = [];
  // Elements whose widget the page destroyed itself: not mounted again by
  // the observer (mount() from script still can).
  var destroyed = new WeakSet();

  // Where shared links should point: this page without its fragment, or
  // without its query too where the widget would refuse it as a share base
  // (a backtick or backslash, or over 2,000 characters).
  function shareBase() {
    var page = location.href.split("#")[0];
    return /[`\\]/.test(page) || page.length > 2000 ? location.origin + location.pathname : page;
  }

  // A result code in this page's fragment, passed on as it is: the widget
  // tells a damaged one apart and says so.
  function codeInHash() {
    var match = /(?:^#|&)r=([^&]*)/.exec(location.hash);
    return match ? match[1].slice(0, 2000) : null;
  }

  // An option from the call (as "owner-cta-label" or ownerCtaLabel), else
  // from the element's data-* attribute.
  function option(host, options, name) {
    var camel = name.replace(/-(\w)/g, function (_, c) { return c.toUpperCase(); });
    var value = options[name] != null ? options[name] : options[camel];
    return value != null ? String(value) : host.getAttribute("data-" + name);
  }

  function find(host) {
    for (var i = 0; i < mounted.length; i++) if (mounted[i].host === host) return mounted[i];
    return null;
  }

  function mount(host, options) {
    options = options || {};
    destroyed.delete(host);
    var existing = find(host);
    if (existing) return existing.handle;
    var params = new URLSearchParams();
    OPTIONS.forEach(function (name) {
      var value = option(host, options, name);
      if (value !== null) params.set(name, value);
    });
    // Shared links come back to this page; a result link opened here is
    // handed to the widget.
    if (!params.has("share-base")) params.set("share-base", shareBase());
    params.set("origin", location.origin);
    var src = new URL(widget.href);
    src.search = params.toString();
    var code = codeInHash();
    if (code !== null) src.hash = "r=" + code;

    // The element's own content is the fallback: taken out while the widget
    // shows, put back if it cannot load, and when the widget is destroyed.
    var own = Array.prototype.slice.call(host.childNodes);
    var fallback = /\S/.test(host.textContent) ? own : [unavailableMessage(src)];
    own.forEach(function (node) { host.removeChild(node); });

    var frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title = option(host, options, "title") || "Product owner or product manager? A short self-assessment";
    frame.loading = "lazy";
    frame.setAttribute("sandbox",
      "allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation");
    // web-share only where the browser has it: elsewhere the token only
    // produces a console warning.
    frame.setAttribute("allow", "clipboard-write" + (navigator.share ? "; web-share" : ""));
    frame.setAttribute("scrolling", "no");
    frame.style.cssText = "display:block;width:100%;border:0;overflow:hidden;height:560px;visibility:hidden";
    // Shown only once it has its content's height, so the widget never
    // appears at a guessed size and then jumps (or if the widget cannot say,
    // after a few seconds).
    var reveal = function () { frame.style.visibility = ""; };
    var timers = [setTimeout(reveal, 4000)];
    host.appendChild(frame);
    host.setAttribute("data-rolefit-mounted", "true");

    var heard = false, failed = false;
    var showFallback = function (show) {
      failed = show;
      fallback.forEach(function (node) {
        if (show) host.insertBefore(node, frame);
        else if (node.parentNode === host) host.removeChild(node);
      });
      frame.style.display = show ? "none" : "block";
    };
    var fail = function () {
      if (failed || heard) return;
      showFallback(true);
      emit("error", { code: "load-failed" });
    };
    // A page that loaded but never speaks (a wrong path, a 404) is unavailable.
    frame.addEventListener("load", function () {
      if (!heard) timers.push(setTimeout(fail, SILENCE_MS));
    });

    var listeners = [];
    function emit(name, detail) {
      host.dispatchEvent(new CustomEvent("rolefit:" + name, { detail: detail, bubbles: true }));
    }
    var entry = {
      host: host,
      frame: frame,
      receive: function (data) {
        var name = data.type.slice(PREFIX.length);
        var detail = data.detail && typeof data.detail === "object" ? data.detail : {};
        if (name === "error" && detail.code === "load-failed") return fail();
        if (!heard) {
          heard = true;
          // A slow widget that speaks after all takes its place back.
          if (failed) showFallback(false);
        }
        if (name === "resize") {
          var height = Number(detail.height);
          if (height > 0 && height < 100000) {
            frame.style.height = Math.ceil(height) + "px";
            reveal();
          }
        } else if (EVENTS.indexOf(name) >= 0) {
          emit(name, detail);
        }
      },
      // A result link pasted into this page after load opens in the widget.
      follow: function (code) {
        var next = new URL(frame.src);
        next.hash = "r=" + code;
        frame.src = next.href;
      },
      handle: {
        element: host,
        on: function (name, handler) {
          var type = "rolefit:" + name;
          host.addEventListener(type, handler);
          listeners.push([type, handler]);
          return entry.handle;
        },
        destroy: function () {
          var index = mounted.indexOf(entry);
          if (index < 0) return;
          mounted.splice(index, 1);
          destroyed.add(host);
          timers.forEach(clearTimeout);
          listeners.forEach(function (l) { host.removeEventListener(l[0], l[1]); });
          if (frame.parentNode) frame.parentNode.removeChild(frame);
          if (!failed) own.forEach(function (node) { host.appendChild(node); });
          host.removeAttribute("data-rolefit-mounted");
        }
      }
    };
    mounted.push(entry);
    var on = options.on || {};
    Object.keys(on).forEach(function (name) { entry.handle.on(name, on[name]); });
    return entry.handle;
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

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (event.origin !== widget.origin || !data || typeof data.type !== "string" || data.type.indexOf(PREFIX) !== 0) return;
    mounted.forEach(function (entry) {
      if (event.source === entry.frame.contentWindow) entry.receive(data);
    });
  });

  window.addEventListener("hashchange", function () {
    var code = codeInHash();
    if (code !== null) mounted.forEach(function (entry) { entry.follow(code); });
  });

  // The widget in a modal dialog: the browser keeps focus inside it, makes
  // the page behind inert and closes it on Esc (returning focus to the
  // opener); the page does not scroll behind it. Full screen on a phone,
  // centred on a larger screen. The widget is mounted on first open and kept
  // while closed, so progress survives closing and reopening.
  function popup(options) {
    options = options || {};
    var dialog = document.createElement("dialog");
    var close = document.createElement("button");
    var body = document.createElement("div");
    var opener = null, overflow = "";
    dialog.setAttribute("aria-label", options.title || "Product owner or product manager? A short self-assessment");
    dialog.style.cssText = "padding:0;border:0;border-radius:12px;overflow:auto;background:Canvas;color:CanvasText";
    close.type = "button";
    close.textContent = options.closeLabel || options["close-label"] || "Close";
    close.style.cssText = "display:block;margin:8px 8px 0 auto;min-height:44px;padding:0 16px;font:inherit;cursor:pointer";
    close.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () {
      document.documentElement.style.overflow = overflow;
      if (opener && opener.focus) opener.focus();
    });
    dialog.appendChild(close);
    dialog.appendChild(body);
    var handle = null;
    return {
      open: function () {
        if (dialog.open) return;
        if (!dialog.isConnected) document.body.appendChild(dialog);
        if (!handle) handle = mount(body, options);
        var phone = window.matchMedia("(max-width: 40rem)").matches;
        dialog.style.width = phone ? "100vw" : "min(44rem, 100vw - 2rem)";
        dialog.style.height = dialog.style.maxHeight = phone ? "100dvh" : "min(52rem, 100dvh - 2rem)";
        dialog.style.maxWidth = "100vw";
        opener = document.activeElement;
        overflow = document.documentElement.style.overflow;
        document.documentElement.style.overflow = "hidden";
        dialog.showModal();
      },
      close: function () { if (dialog.open) dialog.close(); },
      destroy: function () {
        if (handle) handle.destroy();
        if (dialog.open) dialog.close();
        dialog.remove();
      }
    };
  }

  // Any button with data-rolefit-popup opens the widget in a dialog, with the
  // button's data-* options; one listener on the document serves them all.
  var popups = new WeakMap();
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-rolefit-popup]");
    if (!button) return;
    event.preventDefault();
    if (!popups.has(button)) {
      var options = {};
      OPTIONS.concat(["title", "close-label"]).forEach(function (name) {
        var value = button.getAttribute("data-" + name);
        if (value !== null) options[name] = value;
      });
      popups.set(button, popup(options));
    }
    popups.get(button).open();
  });

  // Elements with data-rolefit, now and whenever the page adds them; widgets
  // whose element left the page are destroyed.
  function sync() {
    mounted.slice().forEach(function (entry) { if (!entry.host.isConnected) entry.handle.destroy(); });
    Array.prototype.forEach.call(document.querySelectorAll("[data-rolefit]"), function (host) {
      if (!destroyed.has(host)) mount(host);
    });
  }
  new MutationObserver(sync).observe(document.documentElement, { childList: true, subtree: true });
  sync();

  // The API, then the calls a page queued before this script arrived (the
  // snippet in the README). mount() on a mounted element returns its handle.
  var queued = (window.rolefit && window.rolefit.q) || [];
  window.rolefit = { version: 1, mount: mount, popup: popup };
  queued.forEach(function (call) {
    if (window.rolefit[call[0]]) window.rolefit[call[0]].apply(null, call[1]);
  });
})();
