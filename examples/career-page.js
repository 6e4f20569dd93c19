// How a host page listens to the widget: DOM events on the container.
// Here they are only logged; a real page might send them to its analytics.
for (const name of ["ready", "start", "progress", "complete", "error"]) {
  document.addEventListener(`rolefit:${name}`, (event) => {
    console.log(`rolefit:${name}`, JSON.stringify(event.detail));
  });
}
