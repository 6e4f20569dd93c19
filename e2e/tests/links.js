// Helpers to take a result link apart and build bad ones, mirroring the
// documented layout in src/share.rs (version, fingerprint, n, fits, answers,
// checksum) so that each class of bad link can be made on purpose.

export const codeOf = (link) => new URL(link).hash.replace(/^#r=/, "");

const toBytes = (code) => Buffer.from(code, "base64url");
const toCode = (bytes) => Buffer.from(bytes).toString("base64url");

function checksum(bytes) {
  let hash = 0x811c9dc5;
  for (const b of bytes) hash = Math.imul(hash ^ b, 0x01000193) >>> 0;
  return ((hash >>> 16) ^ hash) & 0xffff;
}

/** Re-seals a body (everything before the checksum) into a valid-looking code. */
export function seal(body) {
  const sum = checksum(body);
  return toCode([...body, sum >> 8, sum & 0xff]);
}

/** The body of a code: its bytes without the checksum. */
export const body = (code) => [...toBytes(code)].slice(0, -2);

/** Each class of bad link, made from a good code. */
export function badLinks(code) {
  const good = body(code);
  const n = good[5];
  const edited = code.slice(0, 10) + (code[10] === "A" ? "B" : "A") + code.slice(11);
  return {
    truncated: code.slice(0, -5),
    "edited character": edited,
    "random text": "ThisIsJustSomeRandomText42",
    "very long": "A".repeat(400),
    "not base64": "%%%not*base64!!",
    "unknown version": seal([7, ...good.slice(1)]),
    "version 0": seal([0, ...good.slice(1)]),
    "wrong number of answers": seal([...good.slice(0, 5), n - 2, ...good.slice(6, -1)]),
    "out-of-range answer": seal([...good.slice(0, 8), 0xf0 | (good[8] & 0x0f), ...good.slice(9)]),
  };
}
