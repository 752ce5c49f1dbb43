import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildLedger, type TLedgerClaim } from "../incidents/ledger";
import { FIGURE_COLUMNS, INCIDENT_COLUMNS, incidentsWriter, SOURCE_COLUMNS } from "./incidents";

const incident = {
  id: "00000000-0000-4000-8000-000000000001",
  projectId: "00000000-0000-4000-8000-000000000002",
  titleAr: "هجوم",
  titleEn: '=HYPERLINK("x")',
  occurredOn: "2023-12-08",
  place: "",
  status: "CONFIRMED" as const,
  version: 2,
  grade: "WEAK" as const,
  gradeRationale: "one source",
  gradedBy: "Rev",
  gradedAt: "2023-12-12T10:00:00.000Z",
};
const claim = (id: string, over: Partial<TLedgerClaim>): TLedgerClaim => ({
  id,
  kind: "CASUALTY",
  figures: { killed: { qualifier: "at_least", value: 2 } },
  sourceText: "مصدر طبي",
  sourceType: "LOCAL",
  proposed: false,
  features: { victimCategory: "civilian" },
  article: {
    id: "00000000-0000-4000-9000-000000000001",
    title: "Report",
    source: "Outlet",
    publishedAt: new Date("2023-12-09T00:00:00Z"),
  },
  ...over,
});

function unzip(chunks: Uint8Array[]): Record<string, string[][]> {
  const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  const files = unzipSync(bytes);
  // Simple CSV read: these fixtures have no commas or quotes inside cells except the quoted formula.
  return Object.fromEntries(
    Object.entries(files).map(([name, data]) => [
      name,
      strFromU8(data)
        .replace(/^\uFEFF/, "")
        .trim()
        .split("\r\n")
        .map((line) => line.split(",")),
    ]),
  );
}

describe("incidents export", () => {
  it("writes incidents, sources and figures as three CSV tables in a zip, formula-safe", () => {
    const chunks: Uint8Array[] = [];
    const writer = incidentsWriter((c) => chunks.push(c));
    writer.incident(
      buildLedger({
        incident,
        contradictingLinks: 0,
        claims: [
          claim("00000000-0000-4000-8000-000000000011", {}),
          claim("00000000-0000-4000-8000-000000000012", {
            kind: "COUNT",
            figures: { thing: "rockets", value: { qualifier: "exactly", value: 7 } },
            sourceText: "",
          }),
        ],
      }),
    );
    writer.end();
    const tables = unzip(chunks);
    expect(Object.keys(tables).sort()).toEqual(["figures.csv", "incidents.csv", "sources.csv"]);
    expect(tables["incidents.csv"]![0]).toEqual([...INCIDENT_COLUMNS]);
    expect(tables["sources.csv"]![0]).toEqual([...SOURCE_COLUMNS]);
    expect(tables["figures.csv"]![0]).toEqual([...FIGURE_COLUMNS]);
    const row = tables["incidents.csv"]![1]!;
    expect(row[1]).toBe('"\'=HYPERLINK(""x"")"');
    const cell = (name: string) => row[INCIDENT_COLUMNS.indexOf(name as (typeof INCIDENT_COLUMNS)[number])];
    expect([
      cell("grade"),
      cell("proposed_grade"),
      cell("victim_category"),
      cell("killed_min"),
      cell("killed_max"),
    ]).toEqual(["WEAK", "FAIR", "civilian", "2", ""]);
    expect(
      tables["figures.csv"]!.slice(1).map((r) => [
        r[FIGURE_COLUMNS.indexOf("killed")],
        r[FIGURE_COLUMNS.indexOf("counted")],
        r[FIGURE_COLUMNS.indexOf("count")],
      ]),
    ).toEqual([
      ["at least 2", "", ""],
      ["", "rockets", "7"],
    ]);
    expect(
      tables["sources.csv"]!.slice(1).map((r) => [
        r[2],
        r[SOURCE_COLUMNS.indexOf("role")],
        r[SOURCE_COLUMNS.indexOf("latest_figure")],
      ]),
    ).toEqual([
      ["مصدر طبي", "killed", "at least 2"],
      ["Outlet", "count:rockets", "7"],
    ]);
  });
});
