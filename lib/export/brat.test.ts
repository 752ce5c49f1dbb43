import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { ARTICLES_TSV_COLUMNS, annFile, bratTypeName, bratWriter, fragments } from "./brat";
import { bundle, collect, PROJECT, TEXT } from "./test-fixtures";
import { collectionDirection } from "./text-direction";

function unzip(chunks: (string | Uint8Array)[]): Record<string, string> {
  const bytes = Buffer.concat(chunks.map((c) => (typeof c === "string" ? Buffer.from(c) : Buffer.from(c))));
  return Object.fromEntries(
    Object.entries(unzipSync(new Uint8Array(bytes))).map(([name, data]) => [name, new TextDecoder().decode(data)]),
  );
}

/** The standoff lines as brat reads them (https://brat.nlplab.org/standoff.html). */
const LINE = {
  T: /^T\d+\t[A-Za-z][A-Za-z0-9_-]* \d+ \d+(;\d+ \d+)*\t[^\t\n]*$/,
  R: /^R\d+\t[A-Za-z][A-Za-z0-9_-]* Arg1:T\d+ Arg2:T\d+$/,
  A: /^A\d+\t[A-Za-z]+ T\d+( [A-Z_]+)?$/,
  "#": /^#\d+\tAnnotatorNotes T\d+\t[^\t\n]+$/,
};

describe("brat standoff", () => {
  it("zips a .txt and an .ann per article with annotation.conf and visual.conf", () => {
    const files = unzip(collect(bratWriter));
    const id = bundle().id;
    expect(Object.keys(files).sort()).toEqual(
      ["annotation.conf", "visual.conf", `${id}.ann`, `${id}.txt`, "articles.tsv"].sort(),
    );
    expect(files[`${id}.txt`]).toBe(TEXT);
    for (const line of files[`${id}.ann`]!.trimEnd().split("\n")) {
      const kind = line[0] as keyof typeof LINE;
      expect(LINE[kind], line).toBeDefined();
      expect(line).toMatch(LINE[kind]);
    }
    const conf = files["annotation.conf"]!;
    for (const type of ["claim", "count", "person"]) expect(conf).toContain(`\n${type}\n`);
    expect(conf).toContain("ClaimKind\tArg:<ENTITY>");
    expect(files["visual.conf"]).toContain("claim\tbgColor:#e11d48");
  });

  it("names each document's article and the text version its offsets refer to in articles.tsv, which brat does not list as a document", () => {
    const revised = { ...bundle(), title: "عنوان\tمع فاصل", articleVersion: 3 };
    const files = unzip(collect(bratWriter, [revised]));
    // brat's document list is the collection's files ending in "txt".
    expect(Object.keys(files).filter((name) => name.endsWith("txt"))).toEqual([`${revised.id}.txt`]);
    const [header, row, ...rest] = files["articles.tsv"]!.replace(/\n$/, "").split("\n");
    expect(header!.split("\t")).toEqual([...ARTICLES_TSV_COLUMNS]);
    expect(rest).toEqual([]);
    const cells = row!.split("\t");
    expect(cells).toHaveLength(ARTICLES_TSV_COLUMNS.length);
    const cell = (name: (typeof ARTICLES_TSV_COLUMNS)[number]) => cells[ARTICLES_TSV_COLUMNS.indexOf(name)];
    expect([cell("document"), cell("article_id"), cell("article_version"), cell("title")]).toEqual([
      revised.id,
      revised.id,
      "3",
      "عنوان مع فاصل",
    ]);
    expect(cell("source_sha256")).toBe("");
  });

  it("tells brat that a right-to-left project's text runs right to left, and says nothing for left-to-right", () => {
    const rtl = unzip(collect(bratWriter))["visual.conf"]!;
    // brat reads `[options]` with `Text direction:rtl` (its example-conf/visual.conf documents the option).
    expect(rtl.split("\n").slice(0, 2)).toEqual(["[options]", "Text direction:rtl"]);
    expect(rtl).toContain("\n[labels]\n");
    const ltr = unzip(collect(bratWriter, [bundle()], { ...PROJECT, textDirection: "ltr" }))["visual.conf"]!;
    expect(ltr).not.toContain("Text direction");
    expect(ltr.startsWith("[labels]\n")).toBe(true);
  });

  it("counts offsets in code points, so Python's slicing of the text gives each span's text", () => {
    const codePoints = [...TEXT];
    const ann = annFile(bundle(), {
      types: new Map(PROJECT.labels.map((l) => [l.id, l.key === "مكان" ? "Label" : l.key])),
      entities: new Map(),
    });
    const entities = ann.split("\n").filter((l) => l.startsWith("T"));
    expect(entities).toHaveLength(5);
    for (const line of entities) {
      const [, where, text] = line.split("\t") as [string, string, string];
      const pieces = where
        .split(" ")
        .slice(1)
        .join(" ")
        .split(";")
        .map((p) => p.split(" ").map(Number) as [number, number]);
      expect(pieces.map(([a, b]) => codePoints.slice(a, b).join("")).join(" ")).toBe(text);
    }
    expect(entities).toContainEqual(`T2\tperson 14 15\t𝐀`);
  });

  it("splits a span across a line break into fragments, as brat writes discontinuous spans", () => {
    const start = TEXT.indexOf("أصابت");
    const end = TEXT.indexOf("وأضاف") + "وأضاف".length;
    expect(fragments(TEXT, start, end)).toEqual([
      [start, TEXT.indexOf("\n")],
      [TEXT.indexOf("\n") + 1, end],
    ]);
    const ann = annFile(bundle(), { types: new Map([["l-claim", "claim"]]), entities: new Map() });
    expect(ann).toMatch(/^T4\tclaim \d+ \d+;\d+ \d+\tأصابت القاعدة\. وأضاف$/m);
  });

  it("writes claim attributes, the speaker relation, links and notes", () => {
    const ann = annFile(bundle(), {
      types: new Map(PROJECT.labels.map((l) => [l.id, l.key])),
      entities: new Map(PROJECT.entities.map((e) => [e.id, e])),
    });
    expect(ann).toContain("A1\tClaimKind T3 COUNT");
    expect(ann).toContain("A2\tClaimStatus T3 REVIEWED");
    expect(ann).toMatch(/A\d+\tVerdict T5 FALSE/);
    expect(ann).toContain("R1\tSpeaker Arg1:T3 Arg2:T1");
    expect(ann).toContain("R2\tUpdates Arg1:T3 Arg2:T5");
    expect(ann).toMatch(/AnnotatorNotes T5\t.*en: killing two soldiers.*contradicts → claim c-remote in "مقال آخر"/);
    expect(ann).toMatch(
      /AnnotatorNotes T1\t=HYPERLINK\("http:\/\/x"\) \| entity: Department of Defense \/ وزارة الدفاع/,
    );
  });

  it("makes brat type names from any label key", () => {
    const taken = new Set<string>();
    expect(bratTypeName("casualty", taken)).toBe("casualty");
    expect(bratTypeName("مكان", taken)).toBe("Label");
    expect(bratTypeName("شخص", taken)).toBe("Label_2");
    expect(bratTypeName("source/outlet", taken)).toBe("source_outlet");
    expect(bratTypeName("Speaker", taken)).toBe("Speaker_2");
  });
});

describe("collection direction", () => {
  it("is right to left when most articles are in a right-to-left language", () => {
    expect(
      collectionDirection([
        { language: "ar", count: 3 },
        { language: "en", count: 1 },
      ]),
    ).toBe("rtl");
    expect(collectionDirection([{ language: "fa-IR", count: 1 }])).toBe("rtl");
    expect(
      collectionDirection([
        { language: "ar", count: 1 },
        { language: "en", count: 2 },
      ]),
    ).toBe("ltr");
    expect(collectionDirection([])).toBe("ltr");
  });
});
