// A tiny static file server for the tests, with no dependencies.
// Usage: node serve.mjs <dir> <port> [--csp] [--cache] [--rewrite FROM=TO] [--mount PATH]
//   --csp      send the strict Content Security Policy the widget promises to work under
//   --cache    send the caching headers the README gives hosts (hashed files
//              immutable for a year, everything else revalidated) instead of no-store
//   --gzip     compress every response (gzip -9) for a browser that accepts it, as hosts do
//   --rewrite  replace FROM with TO in served HTML (points examples at the local widget)
//   --mount    serve <dir> under PATH (such as /careers/rolefit/) and nothing elsewhere
import { createServer } from "node:http";
import { gzipSync } from "node:zlib";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const [dir = "../dist", portArg = "4173", ...flags] = process.argv.slice(2);
const root = resolve(dir);
const port = Number(portArg);
const csp = flags.includes("--csp");
const cache = flags.includes("--cache");
const gzip = flags.includes("--gzip");
// Trunk's content hash in a file's name (`rolefit-0123456789abcdef.js`).
const HASHED = /-[0-9a-f]{15,16}(_bg)?\.[a-z]+$/;
const rewrite = flags.includes("--rewrite") ? flags[flags.indexOf("--rewrite") + 1].split("=") : null;
const mount = flags.includes("--mount") ? flags[flags.indexOf("--mount") + 1] : "/";

export const POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".txt": "text/plain; charset=utf-8",
};

createServer(async (req, res) => {
  const full = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
  if (!full.startsWith(mount)) {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    return;
  }
  const path = `/${full.slice(mount.length)}`;
  const file = normalize(join(root, path.endsWith("/") ? `${path}index.html` : path));
  if (!file.startsWith(root)) {
    res.writeHead(403).end();
    return;
  }
  try {
    let body = await readFile(file);
    const caching = !cache ? "no-store" : HASHED.test(file) ? "public, max-age=31536000, immutable" : "no-cache";
    const headers = { "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": caching };
    if (extname(file) === ".html") {
      if (csp) headers["content-security-policy"] = POLICY;
      if (rewrite) body = body.toString().replaceAll(rewrite[0], rewrite[1]);
    }
    if (gzip && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
      body = gzipSync(body, { level: 9 });
      headers["content-encoding"] = "gzip";
      headers.vary = "accept-encoding";
    }
    res.writeHead(200, headers);
    res.end(body);
  } catch {
    res.writeHead(404, { "content-type": "text/plain" }).end("not found");
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}`));
