import { createHash } from "node:crypto";

/**
 * The id an imported object gets in the target project: a UUID (version 8, "custom") derived from
 * the project, the kind of object and its id in the file. Deterministic, so a reference to an
 * object on a later line resolves without a table of every id seen, and the same file imported
 * into another project gets other ids.
 */
export function remapId(projectId: string, kind: string, fileId: string): string {
  const hash = createHash("sha256").update(`${projectId}\u0000${kind}\u0000${fileId}`).digest();
  hash.writeUInt8((hash.readUInt8(6) & 0x0f) | 0x80, 6);
  hash.writeUInt8((hash.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
