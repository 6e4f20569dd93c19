/*! rolefit embed popup v1 · loaded by embed.js the first time a popup is made.
 * The widget in a modal dialog: the browser keeps focus inside it, makes the
 * page behind inert and closes it on Esc (returning focus to the opener); the
 * page does not scroll behind it. Full screen on a phone, centred on a larger
 * screen. The widget is mounted on first open and kept while closed, so
 * progress survives closing and reopening. */
(function () {
  "use strict";
  if (!window.rolefit || window.rolefit.version !== 1) return;

  // `mount` is embed.js's; `href` the widget's own page, opened in a new tab
  // where the browser has no <dialog>.
  window.rolefit._popup = function (options, mount, href) {
    var dialog = document.createElement("dialog");
    var close = document.createElement("button");
    var body = document.createElement("div");
    var handle = null, opener = null, overflow = "";
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
      document.documentElement.style.overflow = overflow;
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
        if (typeof dialog.showModal !== "function") {
          window.open(href, "_blank", "noopener");
          return;
        }
        if (!dialog.isConnected) document.body.appendChild(dialog);
        if (!handle || !body.querySelector("iframe")) handle = mount(body, options);
        size("width", "100vw", "min(44rem, 100vw - 2rem)");
        size("height", "100dvh", "min(52rem, 100dvh - 2rem)");
        size("maxHeight", "100dvh", "min(52rem, 100dvh - 2rem)");
        opener = document.activeElement;
        dialog.showModal();
        overflow = document.documentElement.style.overflow;
        document.documentElement.style.overflow = "hidden";
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
