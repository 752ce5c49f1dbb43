import { describe, expect, it } from "vitest";
import { readLines } from "./read-lines";
import { remapId } from "./remap-id";

async function* bytes(...parts: (string | number[])[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield typeof part === "string" ? new TextEncoder().encode(part) : new Uint8Array(part);
}

async function all(source: AsyncIterable<Uint8Array>): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readLines(source)) lines.push(line);
  return lines;
}

describe("readLines", () => {
  it("splits on LF and CRLF across chunk boundaries, drops a BOM, keeps a last line without newline", async () => {
    const rocket = new TextEncoder().encode("🚀");
    expect(
      await all(bytes('\uFEFF{"a":1}\r\n{"b":', "2}\nقال ", [...rocket.slice(0, 2)], [...rocket.slice(2)], "\n\nlast")),
    ).toEqual(['{"a":1}', '{"b":2}', "قال 🚀", "", "last"]);
  });

  it("refuses invalid UTF-8 with the line it is on", async () => {
    await expect(all(bytes("one\ntwo\n", [0x74, 0xff, 0x0a]))).rejects.toMatchObject({
      details: { line: 3, reason: "the file is not valid UTF-8" },
    });
  });
});

describe("remapId", () => {
  it("gives a stable UUID per project, kind and id", () => {
    const id = remapId("p1", "span", "a/b");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(remapId("p1", "span", "a/b")).toBe(id);
    expect(remapId("p2", "span", "a/b")).not.toBe(id);
    expect(remapId("p1", "claim", "a/b")).not.toBe(id);
  });
});
