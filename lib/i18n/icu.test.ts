import { describe, expect, it } from "vitest";
import { catalogueFor } from "./catalogue";
import { formatPlural } from "./icu";

const days = "{count, plural, zero {zero:#} one {one:#} two {two:#} few {few:#} many {many:#} other {other:#}}";

describe("formatPlural (ICU messages through next-intl)", () => {
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
    expect([0, 1, 2].map((n) => formatPlural(days, n, "en"))).toEqual(["other:0", "one:1", "other:2"]);
    const files = "{count, plural, one {# file} other {# files}}";
    expect([0, 1, 2].map((n) => formatPlural(files, n, "en"))).toEqual(["0 files", "1 file", "2 files"]);
  });

  it("falls back to the other form when a message has no form for the number", () => {
    const links = "{count, plural, one {رابط واحد} other {# رابط}}";
    expect(formatPlural(links, 2, "ar")).toBe("2 رابط");
    expect(formatPlural(links, 1, "ar")).toBe("رابط واحد");
  });

  it("writes the count as the interface writes numbers (Western digits in Arabic) and fills other values", () => {
    const progress = "{count, plural, other {{done} / # {unit}}}";
    expect(formatPlural(progress, 1200, "en", { done: 3, unit: "files" })).toBe("3 / 1,200 files");
    expect(formatPlural(progress, 1200, "ar", { done: 3, unit: "ملف" })).toMatch(/^3 \/ 1.200 ملف$/u);
  });

  it("keeps apostrophes: an ICU quote only starts before a brace or #", () => {
    expect(formatPlural("{count, plural, one {the article's # claim} other {the article's # claims}}", 2, "en")).toBe(
      "the article's 2 claims",
    );
  });

  it("every message of both catalogues is valid ICU, and every plural message has an other form", () => {
    for (const locale of ["en", "ar"] as const) {
      const broken: string[] = [];
      const walk = (value: unknown, key: string) => {
        if (typeof value === "string") {
          if (!value.includes(", plural,")) return;
          if (!/\bother \{/.test(value)) broken.push(key);
          const values = Object.fromEntries([...value.matchAll(/\{(\w+)\}/g)].map(([, name = ""]) => [name, "x"]));
          const text = formatPlural(value, 7, locale, values);
          if (text === value || text.includes("{")) broken.push(`${key}: ${text}`);
        } else if (value && typeof value === "object") {
          for (const [k, v] of Object.entries(value)) walk(v, `${key}.${k}`);
        }
      };
      walk(catalogueFor(locale), locale);
      expect(broken).toEqual([]);
    }
  });
});
