import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { bratWriter } from "./brat";
import { CSV_COLUMNS, csvWriter } from "./csv";
import { jsonlWriter, ZDatasetArticle } from "./jsonl";
import { asText, bundle, collect } from "./test-fixtures";
import type { TArticleBundle } from "./types";
import { w3cWriter } from "./w3c";

const SHA = "a4019249f1ac15ada3d69781ff0b3ffac3292065aaf1d53e1d22d6695684d09b";

function captured(): TArticleBundle {
  return {
    ...bundle(),
    version: 5,
    articleVersion: 3,
    provenance: {
      kind: "URL",
      sourceUrl: "https://wire.example/a/1",
      fileName: null,
      sha256: SHA,
      capturedAt: "2024-01-14T08:00:00.000Z",
      articleVersion: 1,
    },
  };
}

describe("provenance of captured articles in the exports", () => {
  it("CSV: where and when the page was captured, its SHA-256 and the article version, on every row", () => {
    const lines = asText(collect(csvWriter, [captured()]))
      .slice(1)
      .split("\r\n");
    const header = lines[0]!.split(",");
    expect(header).toEqual([...CSV_COLUMNS]);
    const row = lines[1]!.split(",");
    const cell = (name: string) => row[header.indexOf(name)];
    expect([
      cell("article_version"),
      cell("source_captured_from"),
      cell("source_sha256"),
      cell("source_captured_at"),
    ]).toEqual(["3", "https://wire.example/a/1", SHA, "2024-01-14T08:00:00.000Z"]);
    const plain = asText(collect(csvWriter, [bundle()]))
      .slice(1)
      .split("\r\n")[1]!
      .split(",");
    expect(plain[header.indexOf("source_sha256")]).toBe("");
  });

  it("W3C: a TimeState with the capture time and the captured bytes named by their SHA-256 (RFC 6920)", () => {
    const doc = JSON.parse(asText(collect(w3cWriter, [captured()]))) as {
      first: { items: { target: { state?: unknown } | unknown[] }[] };
    };
    const target = doc.first.items.map((a) => a.target).find((t) => !Array.isArray(t)) as { state?: unknown };
    expect(target.state).toEqual({
      type: "TimeState",
      sourceDate: "2024-01-14T08:00:00.000Z",
      cached: `ni:///sha-256;${Buffer.from(SHA, "hex").toString("base64url")}`,
    });
    const plain = JSON.parse(asText(collect(w3cWriter, [bundle()]))) as typeof doc;
    expect(plain.first.items.every((a) => Array.isArray(a.target) || !("state" in (a.target as object)))).toBe(true);
  });

  it("W3C: every target's source names the text version its selectors refer to (schema:version)", () => {
    const doc = JSON.parse(asText(collect(w3cWriter, [captured()]))) as {
      first: { items: { target: { source: { id: string; "schema:version"?: number } } | unknown[] }[] };
    };
    const sources = doc.first.items.flatMap((a) => (Array.isArray(a.target) ? a.target : [a.target])) as {
      source: { id: string; "schema:version"?: number };
    }[];
    const local = sources.filter((t) => t.source.id === `urn:uuid:${captured().id}`);
    expect(local.length).toBeGreaterThan(5);
    for (const target of local) expect(target.source["schema:version"]).toBe(3);
    // A claim in another article is named in that article's text version.
    const remote = sources.filter((t) => t.source.id !== `urn:uuid:${captured().id}`);
    expect(remote).toHaveLength(1);
    expect(remote[0]!.source["schema:version"]).toBeUndefined();
    const revisedElsewhere = {
      ...captured(),
      links: captured().links.map((l) => ({ ...l, to: { ...l.to, articleVersion: 4 } })),
    };
    const other = JSON.parse(asText(collect(w3cWriter, [revisedElsewhere]))) as typeof doc;
    const far = other.first.items
      .flatMap((a) => (Array.isArray(a.target) ? a.target : [a.target]))
      .map((t) => (t as { source: { id: string; "schema:version"?: number } }).source)
      .filter((s) => s.id !== `urn:uuid:${captured().id}`);
    expect(far.map((s) => s["schema:version"])).toEqual([4]);
  });

  it("brat: articles.tsv names the text version and where the page was captured", () => {
    const files = unzipSync(
      new Uint8Array(Buffer.concat(collect(bratWriter, [captured()]).map((c) => Buffer.from(c)))),
    );
    const [header, row] = new TextDecoder().decode(files["articles.tsv"]).replace(/\n$/, "").split("\n");
    const columns = header!.split("\t");
    const cells = row!.split("\t");
    const cell = (name: string) => cells[columns.indexOf(name)];
    expect([
      cell("article_version"),
      cell("source_captured_from"),
      cell("source_sha256"),
      cell("source_captured_at"),
    ]).toEqual(["3", "https://wire.example/a/1", SHA, "2024-01-14T08:00:00.000Z"]);
  });

  it("JSONL: the article record carries its provenance, and reads back", () => {
    const [, line] = asText(collect(jsonlWriter, [captured()])).split("\n");
    const record = ZDatasetArticle.parse(JSON.parse(line!));
    expect(record.provenance).toEqual(captured().provenance);
    expect(record.version).toBe(5);
    expect(record.articleVersion).toBe(3);
  });
});
