import { createHash } from "node:crypto";

/** SHA-256 of the stored (NFC) text: how duplicates are recognised within a project. */
export function textHash(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
