// A tiny single-page "app": each view replaces the last, as a client-side
// router does. The quiz view renders an element with data-rolefit and
// listens to its events through window.rolefit's handle.
const views = {
  roles() {
    const section = document.createElement("section");
    section.innerHTML = "<h1>Open roles</h1><ul><li>Product Owner, Payments</li><li>Product Manager, Growth</li></ul>";
    return section;
  },
  quiz() {
    const section = document.createElement("section");
    section.innerHTML = "<h1>Product owner or product manager?</h1>";
    const widget = document.createElement("div");
    widget.setAttribute("data-theme", "light");
    section.append(widget);
    // Mounted through the API once it is in the page (queued if embed.js is
    // still on its way).
    section.mounted = () =>
      window.rolefit.mount(widget, {
        accent: "#0a6e5c",
        on: { complete: (event) => console.log("rolefit result", event.detail.verdict) },
      });
    return section;
  },
};

function show(name) {
  // Replacing the view removes the widget's element; its widget goes with
  // it and leaves no frame or listener behind in the page.
  const view = views[name]();
  document.getElementById("view").replaceChildren(view);
  view.mounted?.();
}

document.querySelectorAll("[data-view]").forEach((button) => button.addEventListener("click", () => show(button.dataset.view)));
show("quiz");
