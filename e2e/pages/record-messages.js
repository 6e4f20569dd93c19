window.received = [];
window.addEventListener("message", (event) => window.received.push(event.data));
