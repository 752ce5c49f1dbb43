import { bratWriter } from "./brat";
import { claimReviewWriter } from "./claimreview";
import { csvWriter } from "./csv";
import { jsonlWriter } from "./jsonl";
import type { TArticleExportFormat, TExportFormat, TExportWriter, TSink } from "./types";
import { w3cWriter } from "./w3c";

export type { TExportFormat } from "./types";

/** How each format is served: media type and file extension. */
export const FORMAT_INFO: Record<TExportFormat, { contentType: string; extension: string; label: string }> = {
  jsonl: {
    contentType: "application/x-ndjson; charset=utf-8",
    extension: "jsonl",
    label: "JSON Lines (native, re-importable)",
  },
  csv: { contentType: "text/csv; charset=utf-8", extension: "csv", label: "CSV (one row per claim)" },
  w3c: {
    contentType: "application/ld+json; charset=utf-8",
    extension: "jsonld",
    label: "W3C Web Annotation (JSON-LD)",
  },
  brat: { contentType: "application/zip", extension: "zip", label: "brat standoff (.txt + .ann, zip)" },
  claimreview: {
    contentType: "application/ld+json; charset=utf-8",
    extension: "claimreview.jsonld",
    label: "ClaimReview (schema.org JSON-LD)",
  },
  incidents: {
    contentType: "application/zip",
    extension: "incidents.zip",
    label: "Incident ledgers (incidents, sources, figures CSV, zip)",
  },
};

export function createWriter(format: TArticleExportFormat, sink: TSink): TExportWriter {
  switch (format) {
    case "jsonl":
      return jsonlWriter(sink);
    case "csv":
      return csvWriter(sink);
    case "w3c":
      return w3cWriter(sink);
    case "brat":
      return bratWriter(sink);
    case "claimreview":
      return claimReviewWriter(sink);
  }
}
