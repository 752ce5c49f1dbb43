import { createHash } from "node:crypto";

/**
 * A UUID (version 5 layout) derived from a suggestion and a role ("span", "speaker", "claim"), so
 * that accepting the same suggestion twice — a retry, or two analysts at once — creates the same
 * span and claim once: the create functions return the stored row for a known id.
 */
export function derivedId(suggestionId: string, role: string): string {
  const bytes = createHash("sha1").update(`suggestion:${suggestionId}:${role}`).digest().subarray(0, 16);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
