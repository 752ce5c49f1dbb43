import { describe, expect, it } from "vitest";
import { packedSpanIds, unpackSpans } from "./to-client";

const TEXT = "قالت وزارة الصحة إن الضربات قتلت مسلحين اثنين";
const ARTICLE = { id: "0194c1de-0000-7000-8000-000000000001", text: TEXT };
const IDS = [
  "0194c1de-7a11-7c3e-9f00-0a1b2c3d4e5f",
  "ffffffff-0000-4000-8000-00000000ab12",
  "0194c1de-7a11-7c3e-9f00-fedcba987654",
];
// What PostgreSQL sends: left(encode(uuid_send(id), 'base64'), 22) of each id, one after the other.
const base64 = (id: string) => Buffer.from(id.replace(/-/g, ""), "hex").toString("base64").slice(0, 22);
const LABELS = ["0194c1de-1111-7000-8000-000000000001", "0194c1de-2222-7000-8000-000000000002"];
const AUTHOR = { id: "0194c1de-3333-7000-8000-000000000003", name: "ليلى", email: "layla@example.org" };
const SINCE = Date.UTC(2026, 0, 2, 3, 4, 5, 678);

describe("unpackSpans", () => {
  it("reads the page's span columns back into the spans the reader works with", () => {
    const spans = unpackSpans(
      {
        count: 3,
        ids: IDS.map(base64).join(""),
        labels: LABELS,
        label: "1,0,1",
        startDelta: "0,5,0",
        length: "4,b,0",
        version: "1,3,1",
        since: SINCE,
        created: "0,3e8,0",
        updated: "0,1f4,-1",
        authors: [AUTHOR],
        author: "1,0,1",
        notes: [[1, "مصدر طبي"]],
        entities: [[2, "0194c1de-4444-7000-8000-000000000004"]],
      },
      ARTICLE,
    );
    expect(spans.map((s) => [s.id, s.labelId, s.start, s.end, s.quote, s.version])).toEqual([
      [IDS[0], LABELS[1], 0, 4, "قالت", 1],
      [IDS[1], LABELS[0], 5, 16, "وزارة الصحة", 3],
      [IDS[2], LABELS[1], 5, 5, "", 1],
    ]);
    expect(spans.map((s) => [s.author?.email ?? null, s.note, s.entityId])).toEqual([
      ["layla@example.org", "", null],
      [null, "مصدر طبي", null],
      ["layla@example.org", "", "0194c1de-4444-7000-8000-000000000004"],
    ]);
    expect(spans.map((s) => [s.createdAt, s.updatedAt])).toEqual([
      ["2026-01-02T03:04:05.678Z", "2026-01-02T03:04:05.678Z"],
      ["2026-01-02T03:04:06.678Z", "2026-01-02T03:04:07.178Z"],
      ["2026-01-02T03:04:05.678Z", "2026-01-02T03:04:05.677Z"],
    ]);
    expect(spans.every((s) => s.articleId === ARTICLE.id && s.deletedAt === null && s.prefix === "")).toBe(true);
  });

  it("reads no spans from empty columns, and refuses columns that do not match the count", () => {
    const empty = {
      count: 0,
      ids: "",
      labels: [],
      label: "",
      startDelta: "",
      length: "",
      version: "",
      since: 0,
      created: "",
      updated: "",
      authors: [],
      author: "",
      notes: [],
      entities: [],
    };
    expect(unpackSpans(empty, ARTICLE)).toEqual([]);
    expect(packedSpanIds({ ...empty, count: 1, ids: base64(IDS[0]!) })).toEqual([IDS[0]]);
    expect(() => unpackSpans({ ...empty, count: 1, ids: base64(IDS[0]!), label: "0,1" }, ARTICLE)).toThrow(
      /holds 2 values for 1 spans/,
    );
    expect(() => packedSpanIds({ ...empty, count: 2, ids: base64(IDS[0]!) })).toThrow(/do not make 2 spans/);
  });
});
