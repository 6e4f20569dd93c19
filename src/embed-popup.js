/*! rolefit embed popup v1 · loaded by embed.js the first time a popup is made.
 * The widget in a modal dialog: the browser keeps focus inside it, makes the
 * page behind inert and closes it on Esc (returning focus to the opener); a
 * click on the backdrop closes it too. Its Close button sits in a bar that stays at the top however
 * far the widget is scrolled. The page does not scroll behind it. Full screen
 * on a phone, centred on a larger screen. The widget is mounted on first open
 * and kept while closed, so progress survives closing and reopening. */
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
    var bar = document.createElement("div");
    var close = document.createElement("button");
    var body = document.createElement("div");
    var handle = null, opener = null, pressedOutside = false;
    var shut = function () { if (dialog.open) dialog.close(); };
    dialog.setAttribute("aria-label", options.title || "Product owner or product manager? A short self-assessment");
    // What takes focus scrolls into view below the bar, not under it.
    dialog.style.cssText = "padding:0;border:0;border-radius:12px;overflow:auto;max-width:100vw;scroll-padding-top:64px";
    // The dialog's own surface follows the widget's theme: light unless the
    // options say otherwise, as embed.js does; "auto" follows the system.
    var theme = options.theme;
    dialog.style.colorScheme = theme === "dark" ? "dark" : theme === "auto" ? "light dark" : "light";
    dialog.style.background = "Canvas";
    dialog.style.color = "CanvasText";
    // The dialog is what scrolls, so the bar sticks to its top.
    bar.style.cssText = "position:sticky;top:0;z-index:1;display:flex;justify-content:flex-end;padding:8px;background:Canvas;box-shadow:0 1px 0 rgba(128,128,128,.4)";
    close.type = "button";
    close.textContent = options.closeLabel || options["close-label"] || "Close";
    // A long label wraps rather than running off the screen.
    close.style.cssText = "min-height:44px;max-width:100%;padding:0 16px;font:inherit;cursor:pointer;overflow-wrap:anywhere";
    close.addEventListener("click", shut);
    // A click on the backdrop (the dialog element itself, outside its box)
    // closes it; one that began inside, such as a text selection dragged out,
    // does not.
    var outside = function (event) {
      var box = dialog.getBoundingClientRect();
      return event.target === dialog && (event.clientX < box.left || event.clientX >= box.right ||
        event.clientY < box.top || event.clientY >= box.bottom);
    };
    dialog.addEventListener("pointerdown", function (event) { pressedOutside = outside(event); });
    dialog.addEventListener("click", function (event) {
      if (pressedOutside && outside(event)) shut();
      pressedOutside = false;
    });
    dialog.addEventListener("close", function () {
      // The event comes after close() returns: open() may have come first.
      if (dialog.open) return;
      hold(dialog, false);
      if (opener && opener.focus) opener.focus();
    });
    bar.appendChild(close);
    dialog.appendChild(bar);
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
      close: shut,
      destroy: function () {
        shut();
        if (handle) handle.destroy();
        handle = null;
        dialog.remove();
      }
    };
  };
})();
