/*! rolefit embed v1 · <div data-rolefit></div><script src=".../embed.js" async></script> · types: embed.d.ts */
/* The banner above is all of this comment that ships; the rest is for whoever reads the source.
 * Turns each [data-rolefit] element into an iframe of the widget, passes its
 * data-* options on, sizes the frame to its content and re-dispatches the
 * widget's events on the element as DOM CustomEvents (rolefit:ready, :start,
 * :resume, :progress, :complete, :error). Elements added later are mounted,
 * and removed ones take their widget along, so single-page apps need nothing
 * more. window.rolefit.mount does the same from script and returns a handle
 * (on, destroy). If the widget cannot load, the element's own content (or a
 * short message with a link to the widget) comes back and rolefit:error
 * fires with code "load-failed". No dependencies; see the README and
 * embed.d.ts. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !window.URL || !window.URLSearchParams || !window.MutationObserver) return;
  // Loaded twice (the snippet pasted once per widget): the first copy serves.
  if (window.rolefit && window.rolefit.version) return;
  var widget = new URL(".", script.src);
  // What the widget's own code says (src/contract.rs), filled in at build
  // time by `cargo xtask post-build`: the options a page may set, the events
  // passed on to it, the messages' prefix and the start of a warning about
  // an option.
  var OPTIONS = /*contract:options.host*/null;
  var EVENTS = /*contract:events.forwarded*/null;
  var PREFIX = /*contract:events.prefix*/null;
  var IGNORING = /*contract:warnings.ignoring*/null;
  // How long a frame whose page has started may stay silent before the
  // widget counts as unavailable (its wasm or words hang). A frame whose page
  // loads without saying "loading" (a wrong path, a 404) is not the widget's
  // page: that fails at once.
  var SILENCE_MS = 10000;
  // The longest value the widget takes for any option: a longer one is left
  // out of the frame's address, which it could make too long for the server
  // to answer.
  var MAX_LEN = /*contract:options.maxLength*/null;
  // Query parameters that only track a visit, left out of share links.
  var TRACKING = /^(utm_\w+|gclid|gbraid|wbraid|dclid|fbclid|msclkid|ttclid|twclid|li_fat_id|yclid|mc_cid|mc_eid|_ga|_gl)$/i;
  // Every widget in the page: its element, its frame and how to reach it.
  // One message listener and one hashchange listener serve them all, so
  // mounting and destroying leaves nothing behind.
  var mounted = [];
  // Every widget not destroyed, by element, also while its element is out of
  // the page: one that comes back gets the same widget, handle and listeners.
  // Only the element holds it, so one dropped for good takes it along.
  var widgets = new WeakMap();
  // Elements whose widget the page destroyed itself: not mounted again by
  // the observer (mount() from script still can).
  var destroyed = new WeakSet();
  // The storage slots of every widget not destroyed, parked ones included,
  // so no two share one run (see address()).
  var slots = [];

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
    return /[`\\]/.test(base) || base.length > MAX_LEN ? location.origin + location.pathname : base;
  }

  // A result code in this page's fragment, passed on as it is: the widget
  // tells a damaged one apart and says so.
  function codeInHash() {
    // As the widget reads it: `R=`, and `r%3D` as some chat apps pass it on.
    var match = /(?:^#|&)r(?:=|%3D)([^&]*)/i.exec(location.hash);
    return match ? match[1].slice(0, 2000) : null;
  }

  // An option from the call (as "owner-cta-label" or ownerCtaLabel), else
  // from the element's data-* attribute.
  function option(host, options, name) {
    var camel = name.replace(/-(\w)/g, function (_, c) { return c.toUpperCase(); });
    var value = options[name] != null ? options[name] : options[camel];
    return value != null ? String(value) : host && host.getAttribute("data-" + name);
  }

  // A call to action's URL as the widget takes it: relative to this page,
  // as a link in it would be (its <base> included). One that is not http or
  // https is left out, with a warning here, in this page's own console. An
  // empty one stays empty, for the widget to refuse; the quotes and
  // backslashes a URL may keep are escaped, as the widget takes none.
  function link(name, value) {
    if (value === null || !/-url$/.test(name) || !value.trim()) return value;
    try {
      var url = new URL(value, document.baseURI);
      if (/^https?:$/.test(url.protocol)) {
        return url.href.replace(/['`\\]/g, function (c) { return "%" + c.charCodeAt(0).toString(16); });
      }
    } catch (notAUrl) {
      // Warned below.
    }
    console.warn(IGNORING + name + '="' + value.slice(0, 80) + '": only http and https links are allowed');
    return null;
  }

  // The widget's address with a widget's options and storage slot: its
  // frame's, or a new tab's where a popup cannot open (`host` is null then).
  function address(host, options, slot) {
    var params = new URLSearchParams();
    OPTIONS.forEach(function (name) {
      var value = link(name, option(host, options, name));
      // The widget would ignore it, with the same warning (a label takes
      // 200 characters).
      var most = /label/.test(name) ? 200 : MAX_LEN;
      if (value !== null && value.length > most) {
        console.warn(IGNORING + name + '="' + value.slice(0, 80) + '": it is longer than ' + most + " characters");
      } else if (value !== null) {
        params.set(name, value);
      }
    });
    // Shared links come back to this page; a result link opened here is
    // handed to the widget.
    if (!params.has("share-base")) params.set("share-base", shareBase());
    // A careers page is light unless it says otherwise (data-theme="auto"
    // follows the visitor's system; "dark" for a dark site).
    if (!params.has("theme")) params.set("theme", "light");
    params.set("origin", location.origin);
    if (slot) params.set("slot", slot);
    var src = new URL(widget.href);
    src.search = params.toString();
    var code = codeInHash();
    if (code !== null) src.hash = "r=" + code;
    return src;
  }

  // A handler that is not a function is the page's mistake: thrown before
  // anything changes.
  function checked(name, handler) {
    if (typeof handler !== "function") throw new TypeError("rolefit: the handler for " + name + " is not a function");
    return [name, handler];
  }

  // The `on` option as [name, handler] pairs.
  function handlers(on) {
    return Object.keys(on || {}).map(function (name) { return checked(name, on[name]); });
  }

  function mount(host, options) {
    options = options || {};
    var given = handlers(options.on);
    // The widget takes the element's content out: never the page's own.
    if (!host || host.nodeType !== 1 || /^(html|head|body)$/.test(host.localName)) {
      throw new TypeError("rolefit: mount() needs an element of its own for the widget");
    }
    destroyed.delete(host);
    var existing = widgets.get(host);
    if (existing) return existing.listen(given, options.on != null);
    // Each widget on the page keeps its own run: its slot is the element's
    // id, else the first number no other widget holds ("" for the first,
    // which keeps the records of the widget's own page).
    var slot = host.id, n = 0;
    while (!slot && slots.indexOf(n ? "#" + n : "") >= 0) n++;
    slot = slot || (n ? "#" + n : "");
    slots.push(slot);
    var src = address(host, options, slot);

    // The element's own content is the fallback: taken out while the widget
    // shows, put back if it cannot load, and when the widget is destroyed.
    var own = [], fallback = [], message = unavailableMessage(src);

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
    // Shown only once the widget is ready and has said its content's height,
    // so it never appears broken, or at a guessed size and then jumps.
    var reveal = function () { frame.style.visibility = ""; };
    var timers = [];
    host.appendChild(frame);
    host.setAttribute("data-rolefit-mounted", "true");

    var booted = false, heard = false, failed = false;
    // Takes the element's content out: all of it now, and later what the
    // page adds (such as the rest of the element, parsed after this script
    // has run): that is fallback too.
    var adopt = function () {
      var added = Array.prototype.filter.call(host.childNodes, function (node) {
        return node !== frame && fallback.indexOf(node) < 0;
      });
      if (!added.length && fallback.length) return;
      var shown = failed;
      showFallback(false);
      added.forEach(function (node) { host.removeChild(node); });
      own = own.concat(added);
      var text = own.some(function (node) { return /\S/.test(node.textContent); });
      fallback = text ? own : [message];
      showFallback(shown);
    };
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
    frame.addEventListener("load", function () {
      if (!heard) timers.push(setTimeout(fail, booted ? SILENCE_MS : 0));
    });

    // Every listener added through the handle; `fromOn` those the last
    // mount() call's `on` added.
    var listeners = [], fromOn = [];
    var add = function (name, handler) {
      var listener = ["rolefit:" + name, handler];
      host.addEventListener(listener[0], handler);
      listeners.push(listener);
      return listener;
    };
    function emit(name, detail) {
      host.dispatchEvent(new CustomEvent("rolefit:" + name, { detail: detail, bubbles: true }));
    }
    var entry = {
      host: host,
      frame: frame,
      receive: function (data) {
        var name = data.type.slice(PREFIX.length);
        var detail = data.detail && typeof data.detail === "object" ? data.detail : {};
        if (name === "loading") return void (booted = true);
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
        // shows their progress. Only the fragment's r= goes: the page's own
        // query may have an r of its own.
        if ((name === "start" || name === "resume") && codeInHash() !== null) {
          var hash = location.hash.replace(/([#&])r(?:=|%3D)[^&]*&?/i, "$1").replace(/[#&]$/, "");
          history.replaceState(history.state, "", location.href.split("#")[0] + hash);
        }
      },
      // A result link pasted into this page after load opens in the widget.
      follow: function (code) {
        var next = new URL(frame.src);
        next.hash = "r=" + code;
        frame.src = next.href;
      },
      adopt: adopt,
      // The `on` option of a mount() call: its handlers replace those of the
      // call before (so calling mount() again does not add them twice).
      listen: function (pairs, replace) {
        if (replace) {
          fromOn.forEach(function (l) {
            host.removeEventListener(l[0], l[1]);
            listeners.splice(listeners.indexOf(l), 1);
          });
          fromOn = [];
        }
        pairs.forEach(function (pair) { fromOn.push(add(pair[0], pair[1])); });
        return entry.handle;
      },
      // The element left the page, and the browser unloaded its frame.
      park: function () {
        timers.forEach(clearTimeout);
        timers = [];
        var at = mounted.indexOf(entry);
        if (at >= 0) mounted.splice(at, 1);
      },
      // It came back: its frame loads again, hidden until the widget is ready.
      unpark: function () {
        if (mounted.indexOf(entry) >= 0) return;
        mounted.push(entry);
        heard = false;
        frame.style.visibility = "hidden";
      },
      handle: {
        element: host,
        on: function (name, handler) {
          add.apply(null, checked(name, handler));
          return entry.handle;
        },
        // Takes the widget out and gives the element its own content back.
        destroy: function () {
          if (widgets.get(host) !== entry) return;
          widgets.delete(host);
          destroyed.add(host);
          slots.splice(slots.indexOf(slot), 1);
          entry.park();
          listeners.forEach(function (l) { host.removeEventListener(l[0], l[1]); });
          if (frame.parentNode) frame.parentNode.removeChild(frame);
          showFallback(false);
          own.forEach(function (node) { host.appendChild(node); });
          host.removeAttribute("data-rolefit-mounted");
        }
      }
    };
    adopt();
    widgets.set(host, entry);
    mounted.push(entry);
    return entry.listen(given, true);
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
    handlers(options.on);
    if (!popupCode) {
      popupCode = new Promise(function (resolve, reject) {
        var file = document.createElement("script");
        var url = new URL("embed-popup.js", script.src).href;
        // Under Trusted Types a script's address must come from a policy;
        // this one gives the popup's file and nothing else. On a page that
        // allows no policy of that name, setting the plain address throws,
        // and the popup opens in a new tab (below).
        try {
          url = trustedTypes.createPolicy("rolefit", { createScriptURL: function () { return url; } }).createScriptURL("");
        } catch (noPolicy) {
          // No Trusted Types, or none allowed: the plain address.
        }
        file.src = url;
        file.onload = function () { window.rolefit._popup ? resolve(window.rolefit._popup) : reject(); };
        file.onerror = reject;
        document.head.appendChild(file);
      });
    }
    // Where the popup cannot open (no popup file, no <dialog>), the widget
    // opens in a new tab instead, with the same options.
    var newTab = function () { window.open(address(null, options).href, "_blank", "noopener"); };
    var made = popupCode.then(function (create) { return create(options, mount, newTab); });
    var later = function (name) {
      return function () {
        made.then(function (p) { p[name](); }, function () { if (name === "open") newTab(); });
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
  // whose element left the page stop with it (the browser unloads the frame),
  // and come back, with the same handle, if it returns; content the page
  // adds to an element with a widget is fallback.
  function sync() {
    mounted.slice().forEach(function (entry) { if (!entry.host.isConnected) entry.park(); });
    buttons = buttons.filter(function (pair) {
      if (pair[0].isConnected) return true;
      pair[1].destroy();
      return false;
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-rolefit],[data-rolefit-mounted]"), function (host) {
      var entry = widgets.get(host);
      if (entry) entry.unpark();
      else if (host.hasAttribute("data-rolefit") && !destroyed.has(host)) mount(host);
    });
    mounted.forEach(function (entry) { entry.adopt(); });
  }

  // The API, then the calls a page queued before this script arrived (the
  // snippet in the README), then every [data-rolefit] element, now and as the
  // page adds them. mount() on a mounted element returns its handle (and adds
  // the `on` handlers it is given).
  var queued = (window.rolefit && window.rolefit.q) || [];
  window.rolefit = { version: 1, mount: mount, popup: popup };
  queued.forEach(function (call) {
    try {
      if (call[0] === "mount") mount.apply(null, call[1]);
    } catch (mistake) {
      // Reported as the page's own error, without stopping the calls after it.
      setTimeout(function () { throw mistake; });
    }
  });
  new MutationObserver(sync).observe(document.documentElement, { childList: true, subtree: true });
  sync();
})();
