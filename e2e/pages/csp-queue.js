// Queued before embed.js arrives, as a page under a strict policy does from its own file.
window.rolefit.mount(document.getElementById("w"), { lang: "en-GB" });
