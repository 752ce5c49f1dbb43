import { describe, expect, it } from "vitest";
import { applyManifest, parseManifest } from "./manifest";
import { parseUploadedFile } from "./parse-upload";

const enc = (s: string) => new TextEncoder().encode(s);
const opts = { maxBytes: 100_000 };

describe("titles of uploaded text files", () => {
  it("keeps the file name without its extension when the text has no title line", () => {
    const parsed = parseUploadedFile("تقرير بغداد 2023-12-08.txt", enc("وقال المسؤول إن الهجوم وقع فجرا."), opts);
    expect(parsed).toMatchObject({ ok: true, drafts: [{ title: "تقرير بغداد 2023-12-08" }] });
  });

  it("still prefers a title line, and the first words when the name is only an extension", () => {
    expect(parseUploadedFile("a.txt", enc("عنوان قصير\n\nنص المقال.\n"), opts)).toMatchObject({
      drafts: [{ title: "عنوان قصير", text: "نص المقال.\n" }],
    });
    expect(parseUploadedFile(".txt", enc("نص المقال."), opts)).toMatchObject({ drafts: [{ title: "نص المقال." }] });
  });

  it("uses the file name in the no-title-line mode too", () => {
    const parsed = parseUploadedFile("003.txt", enc("عنوان قصير\n\nنص المقال.\n"), { ...opts, titleMode: "none" });
    expect(parsed).toMatchObject({ drafts: [{ title: "003", text: "عنوان قصير\n\nنص المقال.\n" }] });
  });
});

describe("import manifest", () => {
  it("gives the named files their title and date, and leaves the others alone", () => {
    const manifest = parseManifest(
      JSON.stringify({
        "003.txt": { title: "هجوم على السفارة", publishedAt: "2023-12-08" },
        "004.txt": "عنوان فقط",
        "missing.txt": "not in this batch",
      }),
    );
    if (typeof manifest === "string") throw new Error(manifest);
    const sources = ["003.txt", "004.txt", "005.txt"].map((name) => parseUploadedFile(name, enc("نص المقال."), opts));
    expect(applyManifest(sources, manifest)).toMatchObject([
      { name: "003.txt", drafts: [{ title: "هجوم على السفارة", publishedAt: "2023-12-08" }] },
      { name: "004.txt", drafts: [{ title: "عنوان فقط", publishedAt: null }] },
      { name: "005.txt", drafts: [{ title: "005", publishedAt: null }] },
    ]);
  });

  it("says what is wrong with a malformed manifest", () => {
    expect(parseManifest("{")).toMatch(/^The manifest is not JSON/);
    expect(parseManifest(JSON.stringify({ "a.txt": { publishedAt: "8 Dec" } }))).toMatch(/a\.txt\.publishedAt/);
    expect(parseManifest(JSON.stringify(["a.txt"]))).toMatch(/^The manifest is not a JSON object/);
  });
});
