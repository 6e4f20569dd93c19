// The configurator: reads the form, checks it with the widget's own rules
// (rules.js), shows the widget's messages, re-mounts the preview and writes
// the snippets. Everything points at the copy of the widget this page sits
// beside. The plain iframe's height comes from heights.json: per language,
// the tallest result measured 360 px wide (an end-to-end test keeps each
// figure at least what the widget measures).
(function () {
  "use strict";
  var form = document.getElementById("options");
  var preview = document.getElementById("preview");
  var messages = document.getElementById("messages");
  var snippets = document.getElementById("snippets");
  var base = new URL("../", location.href).href;
  var embedUrl = base + "embed.js";
  var contract = window.rolefitContract;
  // The options a page may set, as the widget names them.
  var NAMES = contract.options.host;
  // What embed.js reads besides the widget's options: the frame's (and the
  // popup's) name, and the popup's close button.
  var HOST_ONLY = ["title", "close-label"];
  var TITLE = "Product owner or product manager? A short self-assessment";
  var handle = null, popup = null, heights = null;

  // Every language the widget speaks, each in its own name.
  contract.languages.forEach(function (language) {
    var option = new Option(language.name, language.tag);
    option.lang = language.tag;
    form.elements.lang.appendChild(option);
  });

  // The form as the widget's options: only what differs from the defaults.
  function read() {
    var values = {};
    NAMES.forEach(function (name) {
      var field = form.elements[name];
      if (!field) return;
      var value = name === "intro" ? (field.checked ? "" : "false") : window.rolefitRules.trim(field.value);
      // The theme always, as chosen: embed.js is light without one, and
      // a plain iframe follows the system.
      if (value !== "") values[name] = value;
    });
    var checked = window.rolefitRules.check(function (name) { return name in values ? values[name] : null; });
    // Only what the widget would use goes into the snippets.
    var kept = {};
    Object.keys(values).forEach(function (name) {
      if (name in checked.options || name === "intro") kept[name] = values[name];
    });
    var mode = form.elements.mode.value;
    var names = {};
    HOST_ONLY.forEach(function (name) {
      var value = window.rolefitRules.trim(form.elements[name].value);
      if (value !== "" && (name !== "close-label" || mode === "popup")) names[name] = value;
    });
    return { options: kept, names: names, warnings: checked.warnings, mode: mode };
  }

  // The plain iframe's height: the tallest stored result among the chosen
  // language, or all of them when the visitor's language decides.
  function frameHeight(lang) {
    var tags = lang ? [lang] : Object.keys(heights.heights);
    return Math.max.apply(null, tags.map(function (tag) { return heights.heights[tag]; }));
  }

  // Every value in a snippet is written so that it cannot end or break what
  // holds it: an attribute value (HTML-escaped) or a script (see scriptJson).
  var escape = function (text) {
    return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  };
  var attributes = function (options) {
    return Object.keys(options).map(function (name) { return "\n     data-" + name + "=\"" + escape(options[name]) + "\""; }).join("");
  };
  // JSON inside a <script> element: "<", ">" and "&" as \u escapes, so no
  // value can close the element ("</script>") or start a comment that
  // swallows the page after it ("<!--"); U+2028 and U+2029 too, which older
  // browsers take for line ends. Each escape is the same character to JavaScript.
  var scriptJson = function (value) {
    return JSON.stringify(value, null, 2).replace(/[<>&\u2028\u2029]/g, function (c) {
      return "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4);
    });
  };

  // [heading, code, note] for each snippet.
  function snippetsFor(options, names, mode) {
    var all = Object.assign({}, options, names);
    var json = scriptJson(all);
    var query = new URLSearchParams(options).toString();
    var src = escape(embedUrl);
    var height = frameHeight(options.lang);
    var languages = options.lang ? "the chosen language" : "any of its languages";
    return [
      mode === "popup"
        ? ["Popup button", "<button type=\"button\" data-rolefit-popup" + attributes(all) + ">\n  Which product role suits you?\n</button>\n<script src=\"" + src + "\" async></script>"]
        : ["In the page", "<div data-rolefit" + attributes(all) + ">\n  <a href=\"" + escape(base) + "\">Product owner or product manager? Find out</a>\n</div>\n<script src=\"" + src + "\" async></script>"],
      ["JavaScript API", (mode === "popup" ? "" : "<div id=\"rolefit\"></div>\n") + "<script src=\"" + src + "\"></script>\n<script>\n  " +
        (mode === "popup"
          ? "const popup = window.rolefit.popup(" + json.replace(/\n/g, "\n  ") + ");\n  // popup.open() from your own button"
          : "window.rolefit.mount(document.getElementById(\"rolefit\"), " + json.replace(/\n/g, "\n  ") + ");") +
        "\n</script>"],
      ["Plain iframe (no script; fixed height)", "<iframe src=\"" + escape(base + (query ? "?" + query : "")) + "\"\n        title=\"" + escape(names.title || TITLE) + "\" loading=\"lazy\"\n        sandbox=\"allow-scripts allow-same-origin allow-forms allow-top-navigation-by-user-activation\"\n        allow=\"clipboard-write\" width=\"100%\" height=\"" + height + "\" style=\"border: 0\"></iframe>",
        "Its height, " + height + " px, holds the tallest result in " + languages + " on a phone " + heights.width +
        " px wide, with both calls to action and its sections folded; on a wider screen it leaves space below, and opening a section scrolls inside the frame. Use embed.js where the page allows a script: it sizes the frame to fit."],
    ];
  }

  function render() {
    var state = read();
    messages.replaceChildren();
    if (state.warnings.length) {
      var list = document.createElement("ul");
      state.warnings.forEach(function (text) {
        var item = document.createElement("li");
        item.textContent = text.replace(/^rolefit: /, "");
        list.appendChild(item);
      });
      messages.appendChild(list);
    }
    // The preview: the widget itself, mounted again with the new options.
    if (handle) handle.destroy();
    if (popup) popup.destroy();
    handle = popup = null;
    preview.replaceChildren();
    var options = Object.assign({}, state.options, state.names);
    if (state.mode === "popup") {
      popup = window.rolefit.popup(options);
      var open = document.createElement("button");
      open.type = "button";
      open.textContent = "Open the popup";
      open.addEventListener("click", function () { popup.open(); });
      preview.appendChild(open);
    } else {
      var host = document.createElement("div");
      preview.appendChild(host);
      handle = window.rolefit.mount(host, options);
    }
    snippets.replaceChildren();
    snippetsFor(state.options, state.names, state.mode).forEach(function (pair) {
      var section = document.createElement("section");
      var heading = document.createElement("h3");
      var code = document.createElement("pre");
      var copy = document.createElement("button");
      heading.textContent = pair[0];
      code.textContent = pair[1];
      code.tabIndex = 0;
      copy.type = "button";
      copy.textContent = "Copy";
      copy.setAttribute("aria-label", "Copy the snippet: " + pair[0]);
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(pair[1]).then(function () { copy.textContent = "Copied"; }, function () {
          copy.textContent = "Select the text and copy it";
        });
      });
      section.append(heading, code, copy);
      if (pair[2]) {
        var note = document.createElement("p");
        note.textContent = pair[2];
        section.insertBefore(note, code);
      }
      snippets.appendChild(section);
    });
  }

  // embed.js from beside the widget and the measured heights, then the
  // first render; each change after.
  var embed = new Promise(function (resolve, reject) {
    var script = document.createElement("script");
    script.src = embedUrl;
    script.onload = resolve;
    script.onerror = reject;
    document.head.appendChild(script);
  });
  var measured = fetch("heights.json").then(function (response) {
    if (!response.ok) throw new Error(response.status);
    return response.json();
  });
  Promise.all([embed, measured]).then(function (loaded) {
    heights = loaded[1];
    render();
    form.addEventListener("change", render);
  }, function () {
    messages.textContent = "The widget's files (embed.js, configurator/heights.json) could not be loaded from " + base + ": check that this page sits in the widget's own folder.";
  });
  window.rolefitConfigurator = { read: read };
})();
