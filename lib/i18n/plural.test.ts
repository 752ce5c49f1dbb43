import { describe, expect, it } from "vitest";
import { formatPlural, pluralForms } from "./plural";

const days = pluralForms({
  zero: "zero:{count}",
  one: "one:{count}",
  two: "two:{count}",
  few: "few:{count}",
  many: "many:{count}",
  other: "other:{count}",
});

describe("formatPlural", () => {
  it("chooses Arabic's six forms by the CLDR rules at 0, 1, 2, 3, 11 and 100", () => {
    expect([0, 1, 2, 3, 11, 100].map((n) => formatPlural(days, n, "ar"))).toEqual([
      "zero:0",
      "one:1",
      "two:2",
      "few:3",
      "many:11",
      "other:100",
    ]);
  });

  it("chooses English singular and plural at 0, 1 and 2", () => {
    const files = pluralForms({ one: "{count} file", other: "{count} files" });
    expect([0, 1, 2].map((n) => formatPlural(files, n, "en"))).toEqual(["0 files", "1 file", "2 files"]);
  });

  it("falls back to the other form when a message has no form for the number", () => {
    const links = pluralForms({ one: "رابط واحد", other: "{count} رابط" });
    expect(formatPlural(links, 2, "ar")).toBe("2 رابط");
    expect(formatPlural(links, 1, "ar")).toBe("رابط واحد");
  });

  it("writes the count for the language, fills other values and leaves unknown placeholders", () => {
    const progress = pluralForms({ other: "{done} / {count} {unknown}" });
    expect(formatPlural(progress, 1200, "en", { done: 3 })).toBe("3 / 1,200 {unknown}");
    expect(formatPlural(progress, 1200, "ar", { done: 3 })).toMatch(/^3 \/ 1.200 \{unknown\}$/u);
  });
});
