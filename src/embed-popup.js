/*! rolefit embed popup v1 · loaded by embed.js the first time a popup is made.
 * The widget in a modal dialog: the browser keeps focus inside it, makes the
 * page behind inert and closes it on Esc (returning focus to the opener); the
 * page does not scroll behind it. Full screen on a phone, centred on a larger
 * screen. The widget is mounted on first open and kept while closed, so
 * progress survives closing and reopening. */
(function () {
  "use strict";
  if (!window.rolefit || window.rolefit.version !== 1) return;

  // Open dialogs keep the page behind from scrolling; the page's own
  // overflow comes back when the last of them has closed.
  var holding = [], overflow = "";
  function hold(dialog, on) {
    var root = document.documentElement.style, at = holding.indexOf(dialog);
    if (on && at < 0 && holding.push(dialog) === 1) {
      overflow = root.overflow;
      root.overflow = "hidden";
    } else if (!on && at >= 0) {
      holding.splice(at, 1);
      if (!holding.length) root.overflow = overflow;
    }
  }

  // `mount` is embed.js's; `newTab` opens the widget, with the same options,
  // in a new tab, where the browser has no <dialog>.
  window.rolefit._popup = function (options, mount, newTab) {
    var dialog = document.createElement("dialog");
    var close = document.createElement("button");
    var body = document.createElement("div");
    var handle = null, opener = null;
    dialog.setAttribute("aria-label", options.title || "Product owner or product manager? A short self-assessment");
    dialog.style.cssText = "padding:0;border:0;border-radius:12px;overflow:auto;max-width:100vw";
    // The dialog's own surface follows the widget's theme where one is set,
    // else the page's colour scheme.
    if (options.theme === "light" || options.theme === "dark") dialog.style.colorScheme = options.theme;
    dialog.style.background = "Canvas";
    dialog.style.color = "CanvasText";
    close.type = "button";
    close.textContent = options.closeLabel || options["close-label"] || "Close";
    close.style.cssText = "display:block;margin:8px 8px 0 auto;min-height:44px;padding:0 16px;font:inherit;cursor:pointer";
    close.addEventListener("click", function () { dialog.close(); });
    dialog.addEventListener("close", function () {
      // The event comes after close() returns: open() may have come first.
      if (dialog.open) return;
      hold(dialog, false);
      if (opener && opener.focus) opener.focus();
    });
    dialog.appendChild(close);
    dialog.appendChild(body);

    var size = function (property, phone, wide) {
      // `vh` first: where `dvh` is unknown the browser keeps it.
      dialog.style[property] = phone.replace("dvh", "vh");
      dialog.style[property] = phone;
      if (!window.matchMedia("(max-width: 40rem)").matches) dialog.style[property] = wide;
    };
    return {
      open: function () {
        if (dialog.open) return;
        if (typeof dialog.showModal !== "function") return newTab();
        if (!dialog.isConnected) document.body.appendChild(dialog);
        if (!handle || !body.querySelector("iframe")) handle = mount(body, options);
        size("width", "100vw", "min(44rem, 100vw - 2rem)");
        size("height", "100dvh", "min(52rem, 100dvh - 2rem)");
        size("maxHeight", "100dvh", "min(52rem, 100dvh - 2rem)");
        opener = document.activeElement;
        dialog.showModal();
        hold(dialog, true);
      },
      close: function () { if (dialog.open) dialog.close(); },
      destroy: function () {
        if (dialog.open) dialog.close();
        if (handle) handle.destroy();
        handle = null;
        dialog.remove();
      }
    };
  };
})();
