// The widget's option rules (`src/core/options.rs` and `src/core/color.rs`),
// for the configurator: the same checks, in the same order, with the same
// messages, so a recruiter sees here what the widget would log. The
// languages, the limit and the words of every message come from the widget's
// code itself (contract.js, written at build time); the end-to-end tests hold
// the checks to the widget's, message for message.
(function () {
  "use strict";

  var contract = window.rolefitContract;
  var LANGUAGES = contract.languages.map(function (language) { return language.tag; });
  var MAX_LEN = contract.options.maxLength;
  var WHY = contract.warnings;
  var LIGHT_CARD = [0xff, 0xff, 0xff];
  var DARK_CARD = [0x19, 0x1d, 0x27];

  // The widget's trim (`text::trim` in src/core/text.rs): Unicode's
  // White_Space and the byte-order mark. Not String.prototype.trim, whose
  // set differs (it keeps U+0085).
  function trim(text) {
    return text.replace(/^[\p{White_Space}\uFEFF]+|[\p{White_Space}\uFEFF]+$/gu, "");
  }

  function findLanguage(tag) {
    tag = trim(tag);
    var primary = function (t) { return t.split(/[-_]/)[0].toLowerCase(); };
    return LANGUAGES.filter(function (l) { return l.toLowerCase() === tag.toLowerCase(); })[0] ||
      LANGUAGES.filter(function (l) { return tag !== "" && primary(l) === primary(tag); })[0] || null;
  }

  function isHttpUrl(text) {
    var rest = /^https?:\/\//i.exec(text) ? text.replace(/^https?:\/\//i, "") : null;
    if (rest === null) return false;
    var host = rest.search(/[/?#]/);
    // Length in UTF-8 bytes, as the widget counts it.
    return (host < 0 ? rest.length : host) > 0 && new TextEncoder().encode(text).length <= MAX_LEN &&
      !/[\u0000-\u0020\u007f<>"'`\\]/.test(text);
  }

  function parseHex(text) {
    var hex = trim(text).replace(/^#/, "");
    if (!/^[0-9a-f]+$/i.test(hex)) return null;
    var n = parseInt(hex, 16);
    if (hex.length === 3) return [(n >> 8) * 17, ((n >> 4) & 15) * 17, (n & 15) * 17];
    if (hex.length === 6) return [n >> 16, (n >> 8) & 255, n & 255];
    return null;
  }

  var hex = function (rgb) { return "#" + rgb.map(function (c) { return (c < 16 ? "0" : "") + c.toString(16); }).join(""); };
  // The widget computes in 32-bit floats; Math.fround keeps the thresholds identical.
  var f = Math.fround;
  function luminance(rgb) {
    var channel = function (c) {
      c = f(c / 255);
      return c <= 0.04045 ? f(c / 12.92) : f(Math.pow(f((c + 0.055) / 1.055), 2.4));
    };
    return f(f(f(0.2126 * channel(rgb[0])) + f(0.7152 * channel(rgb[1]))) + f(0.0722 * channel(rgb[2])));
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return f(f(Math.max(la, lb) + 0.05) / f(Math.min(la, lb) + 0.05));
  }
  function mix(from, to, t) {
    return from.map(function (a, i) { return Math.round(f(a + f(f(to[i] - a) * t))); });
  }
  function readableOn(rgb, card, toward) {
    for (var step = 0; step <= 20; step++) {
      var c = mix(rgb, toward, f(step / 20));
      if (contrast(c, card) >= 4.5) return c;
    }
    return toward;
  }

  function ignoring(warnings, name, value, why) {
    warnings.push(WHY.ignoring + name + "=\"" + Array.from(value).slice(0, 80).join("") + "\": " + why);
  }

  /** The widget's reading of `get(name)` options: `{ options, warnings }`. */
  function check(get) {
    var warnings = [];
    var options = { intro: true, theme: "auto" };
    var lang = get("lang");
    if (lang !== null) {
      var found = findLanguage(lang);
      if (found) options.lang = found;
      else ignoring(warnings, "lang", lang, WHY.lang + LANGUAGES.join(", "));
    }
    var theme = get("theme");
    if (theme !== null) {
      if (theme === "auto" || theme === "light" || theme === "dark") options.theme = theme;
      else ignoring(warnings, "theme", theme, WHY.theme);
    }
    var accent = get("accent");
    if (accent !== null) {
      var rgb = parseHex(accent);
      if (rgb) {
        var light = readableOn(rgb, LIGHT_CARD, [0, 0, 0]);
        var dark = readableOn(rgb, DARK_CARD, [255, 255, 255]);
        var changes = [];
        if (options.theme !== "dark" && hex(light) !== hex(rgb)) changes.push(hex(light) + WHY.onLight);
        if (options.theme !== "light" && hex(dark) !== hex(rgb)) changes.push(hex(dark) + WHY.onDark);
        if (changes.length) warnings.push(WHY.adjusted[0] + accent + WHY.adjusted[1] + changes.join(", "));
        options.accent = accent;
      } else {
        ignoring(warnings, "accent", accent, WHY.accent);
      }
    }
    var intro = get("intro");
    if (intro !== null) {
      if (["true", "1", "yes"].indexOf(intro) >= 0) options.intro = true;
      else if (["false", "0", "no"].indexOf(intro) >= 0) options.intro = false;
      else ignoring(warnings, "intro", intro, WHY.intro);
    }
    var base = get("share-base");
    if (base !== null) {
      if (isHttpUrl(base)) options["share-base"] = base;
      else ignoring(warnings, "share-base", base, WHY.shareBase);
    }
    ["owner", "manager"].forEach(function (role) {
      var labelName = role + "-cta-label", urlName = role + "-cta-url";
      var given = get(labelName), url = get(urlName), label = null;
      if (given !== null) {
        var trimmed = trim(given), length = Array.from(trimmed).length;
        if (length === 0) ignoring(warnings, labelName, trimmed, WHY.labelEmpty);
        else if (length > 200) ignoring(warnings, labelName, trimmed, WHY.labelTooLong);
        else label = trimmed;
      }
      if (label !== null && url !== null && isHttpUrl(url)) {
        options[labelName] = label;
        options[urlName] = url;
      } else if (url !== null && !isHttpUrl(url)) {
        ignoring(warnings, urlName, url, WHY.url);
      } else if (label === null && url !== null && given === null) {
        ignoring(warnings, urlName, url, WHY.needs[0] + labelName + WHY.needs[1]);
      } else if (label !== null && url === null) {
        ignoring(warnings, labelName, label, WHY.needs[0] + urlName + WHY.needs[1]);
      }
    });
    return { options: options, warnings: warnings };
  }

  window.rolefitRules = { check: check, trim: trim, languages: LANGUAGES };
})();
