import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { TPageMetadata } from "./page-metadata";

/**
 * The raw page or document an article was extracted from, as it is stored: the bytes gzip-
 * compressed, with the SHA-256 of the bytes as captured (so anyone holding the original can check
 * it is the same), the capture time and what the extraction read from it.
 */
export type TSnapshotDraft = {
  kind: "URL" | "HTML_FILE" | "DOCX";
  requestedUrl: string | null;
  finalUrl: string | null;
  fileName: string | null;
  contentType: string;
  byteLength: number;
  sha256: string;
  content: Uint8Array;
  capturedAt: Date;
  metadata: (Partial<TPageMetadata> & { extractor: string }) | null;
};

export function makeSnapshot(
  bytes: Uint8Array,
  fields: Omit<TSnapshotDraft, "byteLength" | "sha256" | "content" | "capturedAt"> & { capturedAt?: Date },
): TSnapshotDraft {
  return {
    ...fields,
    byteLength: bytes.byteLength,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    content: gzipSync(bytes),
    capturedAt: fields.capturedAt ?? new Date(),
  };
}
