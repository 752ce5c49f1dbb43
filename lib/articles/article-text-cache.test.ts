import { describe, expect, it } from "vitest";
import { keepArticleText, keptArticleText, knownTextHash } from "./article-text-cache";

describe("article text cache", () => {
  it("gives a kept text only under the hash it was kept with", () => {
    keepArticleText("a1", "h1", "النص الأول");
    expect(knownTextHash("a1")).toBe("h1");
    expect(keptArticleText("a1", "h1")).toBe("النص الأول");
    expect(keptArticleText("a1", "h2")).toBeNull();
    keepArticleText("a1", "h2", "النص المصحح");
    expect(keptArticleText("a1", "h1")).toBeNull();
    expect(keptArticleText("a1", "h2")).toBe("النص المصحح");
    expect(knownTextHash("unknown")).toBeNull();
  });

  it("drops the article kept longest ago once it holds 200", () => {
    for (let i = 0; i < 201; i++) keepArticleText(`b${i}`, `h${i}`, `text ${i}`);
    expect(knownTextHash("b0")).toBeNull();
    expect(keptArticleText("b1", "h1")).toBe("text 1");
    expect(keptArticleText("b200", "h200")).toBe("text 200");
  });
});
