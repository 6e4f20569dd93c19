setInterval(() => {
  parent.postMessage({ type: "rolefit:v1:resize", detail: { height: 7 } }, "*");
  parent.postMessage({ type: "rolefit:v1:complete", detail: { verdict: "manager" } }, "*");
}, 50);
