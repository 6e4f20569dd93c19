/*! rolefit embed v1 · <div data-rolefit></div><script src=".../embed.js" async></script>
 * Turns each [data-rolefit] element into an iframe of the widget, passes its
 * data-* options on, sizes the frame to its content and re-dispatches the
 * widget's events on the element as DOM CustomEvents (rolefit:ready, :start,
 * :resume, :progress, :complete, :error). Elements added later are mounted and removed
 * ones cleaned up, so single-page apps need nothing more. window.rolefit.mount
 * does the same from script and returns a handle (on, destroy). If the widget
 * cannot load, the element's own content (or a short message with a link to
 * the widget) comes back and rolefit:error fires with code "load-failed". No
 * dependencies; see the README and embed.d.ts. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.URL || !window.URLSearchParams || !window.MutationObserver) return;
  // Loaded twice (the snippet pasted once per widget): the first copy serves.
  if (window.rolefit && window.rolefit.version) return;
  var widget = new URL(".", script.src);
  var OPTIONS = ["lang", "theme", "accent", "intro", "owner-cta-label", "owner-cta-url",
    "manager-cta-label", "manager-cta-url", "share-base"];
  var EVENTS = ["ready", "start", "resume", "progress", "complete", "error"];
  var PREFIX = "rolefit:v1:";
  // How long a loaded frame may stay silent before the widget counts as
  // unavailable (its page, wasm or words could not be fetched).
  var SILENCE_MS = 10000;
  // Query parameters that only track a visit, left out of share links.
  var TRACKING = /^(utm_\w+|gclid|gbraid|wbraid|dclid|fbclid|msclkid|ttclid|twclid|li_fat_id|yclid|mc_cid|mc_eid|_ga|_gl)$/i;
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
  // Tracking parameters (utm_*, click ids) are left out, so a visitor's
  // campaign does not follow every link they share; the others stay.
  function shareBase() {
    var page = new URL(location.href.split("#")[0]);
    Array.from(page.searchParams.keys()).forEach(function (key) {
      if (TRACKING.test(key)) page.searchParams.delete(key);
    });
    var base = page.href;
    return /[`\\]/.test(base) || base.length > 2000 ? location.origin + location.pathname : base;
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
    if (existing) return listen(existing.handle, options.on);
    var params = new URLSearchParams();
    OPTIONS.forEach(function (name) {
      var value = option(host, options, name);
      if (value !== null) params.set(name, value);
    });
    // Shared links come back to this page; a result link opened here is
    // handed to the widget.
    if (!params.has("share-base")) params.set("share-base", shareBase());
    // A careers page is light unless it says otherwise (data-theme="auto"
    // follows the visitor's system; "dark" for a dark site).
    if (!params.has("theme")) params.set("theme", "light");
    params.set("origin", location.origin);
    // Each widget on the page keeps its own run: its slot is the element's
    // id, else its place among the page's widgets (the first keeps the one
    // the widget's own page has).
    var slot = host.id || (mounted.length ? "" + mounted.length : "");
    if (slot) params.set("slot", slot);
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
    // On another origin the sandbox keeps the widget to its own frame. On the
    // page's own origin it could not (a same-origin frame allowed to run
    // scripts can lift its own sandbox, and browsers warn about it), so the
    // frame gets none there; the README recommends another origin.
    if (src.origin !== location.origin) {
      frame.setAttribute("sandbox",
        "allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation");
    }
    // web-share only where the browser has it: elsewhere the token only
    // produces a console warning.
    frame.setAttribute("allow", "clipboard-write" + (navigator.share ? "; web-share" : ""));
    frame.setAttribute("scrolling", "no");
    frame.style.cssText = "display:block;width:100%;border:0;overflow:hidden;height:560px;visibility:hidden";
    // Shown only once it has its content's height, so the widget never
    // appears at a guessed size and then jumps (or if the widget cannot say,
    // after a few seconds).
    var reveal = function () { frame.style.visibility = ""; };
    var timers = [];
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
      timers.push(setTimeout(reveal, 4000));
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
        // The person started (or went back to) their own run: the result
        // link this page was opened with has done its job, so a reload
        // shows their progress.
        if ((name === "start" || name === "resume") && codeInHash() !== null) {
          history.replaceState(history.state, "", location.href.replace(/([#&])r=[^&]*&?/, "$1").replace(/[#&]$/, ""));
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
          if (entry.remove()) destroyed.add(host);
        }
      },
      // Takes the widget out and gives the element its own content back;
      // false if it was already gone.
      remove: function () {
        var index = mounted.indexOf(entry);
        if (index < 0) return false;
        mounted.splice(index, 1);
        timers.forEach(clearTimeout);
        listeners.forEach(function (l) { host.removeEventListener(l[0], l[1]); });
        if (frame.parentNode) frame.parentNode.removeChild(frame);
        showFallback(false);
        own.forEach(function (node) { host.appendChild(node); });
        host.removeAttribute("data-rolefit-mounted");
        return true;
      }
    };
    mounted.push(entry);
    return listen(entry.handle, options.on);
  }

  // Adds the `on` option's handlers to a widget.
  function listen(handle, on) {
    Object.keys(on || {}).forEach(function (name) { handle.on(name, on[name]); });
    return handle;
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

  // A popup: the dialog lives in embed-popup.js, next to this file, loaded
  // the first time a popup is made, so pages without one never download it.
  // The returned object works at once; open() waits for the file.
  var popupCode = null;
  function popup(options) {
    options = options || {};
    if (!popupCode) {
      popupCode = new Promise(function (resolve, reject) {
        var file = document.createElement("script");
        file.src = new URL("embed-popup.js", script.src).href;
        file.onload = function () { window.rolefit._popup ? resolve(window.rolefit._popup) : reject(); };
        file.onerror = reject;
        document.head.appendChild(file);
      });
    }
    var href = widget.href + "?" + new URLSearchParams({ "share-base": shareBase() });
    var made = popupCode.then(function (create) { return create(options, mount, href); });
    var later = function (name) {
      return function () {
        // Without the popup's file, the widget opens in a new tab instead.
        made.then(function (p) { p[name](); }, function () { if (name === "open") window.open(href, "_blank", "noopener"); });
      };
    };
    return { open: later("open"), close: later("close"), destroy: later("destroy") };
  }

  // Any button with data-rolefit-popup opens the widget in a dialog, with the
  // button's data-* options; one listener on the document serves them all.
  // A button that leaves the page takes its popup with it (see sync).
  var buttons = [];
  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-rolefit-popup]");
    if (!button) return;
    event.preventDefault();
    var pair = buttons.filter(function (b) { return b[0] === button; })[0];
    if (!pair) {
      var options = {};
      OPTIONS.concat(["title", "close-label"]).forEach(function (name) {
        var value = button.getAttribute("data-" + name);
        if (value !== null) options[name] = value;
      });
      buttons.push(pair = [button, popup(options)]);
    }
    pair[1].open();
  });

  // Elements with data-rolefit, now and whenever the page adds them; widgets
  // whose element left the page are destroyed.
  // A widget whose element was only detached comes back when it returns.
  function sync() {
    mounted.slice().forEach(function (entry) { if (!entry.host.isConnected) entry.remove(); });
    buttons = buttons.filter(function (pair) {
      if (pair[0].isConnected) return true;
      pair[1].destroy();
      return false;
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-rolefit]"), function (host) {
      if (!destroyed.has(host)) mount(host);
    });
  }

  // The API, then the calls a page queued before this script arrived (the
  // snippet in the README), then every [data-rolefit] element, now and as the
  // page adds them. mount() on a mounted element returns its handle (and adds
  // the `on` handlers it is given).
  var queued = (window.rolefit && window.rolefit.q) || [];
  window.rolefit = { version: 1, mount: mount, popup: popup };
  queued.forEach(function (call) {
    if (call[0] === "mount") mount.apply(null, call[1]);
  });
  new MutationObserver(sync).observe(document.documentElement, { childList: true, subtree: true });
  sync();
})();
