// Result links for the tests, made by the widget's own codec: the contract's
// link fixtures (src/contract.rs), each checked there against the decoder,
// so that each class of bad link is what its name says.
import { contract } from "./contract.js";

export const codeOf = (link) => new URL(link).hash.replace(/^#r=/, "");

/** A link made with other questions: `{ code, ownerFit, managerFit }`, the fits it recorded. */
export const staleLink = contract.links.stale;

/** Each class of bad link, by name: its code (after `#r=`). */
export const badLinks = () => Object.fromEntries(Object.entries(contract.links.bad).map(([name, bad]) => [name, bad.code]));
