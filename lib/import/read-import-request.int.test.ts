import { describe, expect, it } from "vitest";
import { readImportRequest } from "./read-import-request";

function upload(files: Record<string, string>, manifest?: string) {
  const form = new FormData();
  for (const [name, text] of Object.entries(files)) form.append("files", new File([text], name), name);
  if (manifest !== undefined) form.append("manifest", new File([manifest], "manifest.json"), "manifest.json");
  return new Request("http://localhost/api/v1/projects/x/articles", { method: "POST", body: form });
}

describe("an upload's manifest", () => {
  it("sets the titles and dates of the files it names; the others take their file names", async () => {
    const sources = await readImportRequest(
      upload(
        { "003.txt": "وقال المسؤول إن الهجوم وقع فجرا.", "تقرير آخر.txt": "نص آخر بلا عنوان." },
        JSON.stringify({ "003.txt": { title: "هجوم على السفارة", publishedAt: "2023-12-08" } }),
      ),
    );
    expect(sources).toMatchObject([
      { name: "003.txt", ok: true, drafts: [{ title: "هجوم على السفارة", publishedAt: "2023-12-08" }] },
      { name: "تقرير آخر.txt", ok: true, drafts: [{ title: "تقرير آخر", publishedAt: null }] },
    ]);
  });

  it("refuses the whole upload with a 400 when the manifest is malformed", async () => {
    await expect(readImportRequest(upload({ "a.txt": "نص." }, "{ not json"))).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/^The manifest is not JSON/),
    });
  });
});
