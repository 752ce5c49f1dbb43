import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { claimKeys, quoteShingles, shingleOverlap } from "./claim-keys";

const text000 = readFileSync("sample/corpus/000_784e9a1797a4e53f.txt", "utf8");
const text001 = readFileSync("sample/corpus/001_2bf14a4b7ec8495e.txt", "utf8");

describe("claim keys", () => {
  it("fold tatweel, diacritics and hamza so the same quote gets the same key", () => {
    expect(claimKeys({ quote: "«الهجمات ستستمـر»", kind: "STATEMENT", figures: {} }).quoteKey).toBe(
      claimKeys({ quote: "الهَجَمات ستستمر", kind: "STATEMENT", figures: {} }).quoteKey,
    );
  });

  it("key vehicle bombs and explosive devices as munitions, whatever words name them", () => {
    const key = (thing: string) => claimKeys({ quote: null, kind: "COUNT", figures: { thing } }).thingKey;
    expect(key("سيارة إسعاف مفخخة")).toBe("munition");
    expect(key("عربة مفخخة")).toBe("munition");
    expect(key("عبوة ناسفة")).toBe("munition");
    expect(key("قنبلة")).toBe("munition");
    expect(key("معملي أرامكو")).toBe("target");
    expect(key("مطاري")).toBe("target");
    expect(key("سيارة")).toBe("سياره");
    // Devices and belts named without their adjective, and «ملغّمة» with its shadda.
    expect(key("عبوتين")).toBe("munition");
    expect(key("حزامين")).toBe("munition");
    expect(key("شاحنات ملغّمة")).toBe("munition");
    expect(key("عبور")).not.toBe("munition");
    expect(key("الحزام الأمني")).not.toBe("munition");
  });

  it("key a count by what it counts", () => {
    expect(claimKeys({ quote: null, kind: "COUNT", figures: { thing: "Attacks on US forces" } }).thingKey).toBe(
      "attacks on us forces",
    );
    expect(claimKeys({ quote: null, kind: "CASUALTY", figures: { killed: { value: 1 } } }).thingKey).toBe("");
  });

  it("find a quote carried by two sample articles despite different surrounding words", () => {
    // The same Telegram statement is quoted in 000 (with tatweel, أمريكي, and a longer tail) and in 001 (أميركي).
    const slice = (t: string, from: string, to: string) =>
      t.slice(t.indexOf(from), t.indexOf(to, t.indexOf(from)) + to.length);
    const in000 = slice(text000, "عملياتنا الجهاديـة", "ولن تنطلي علينا");
    const in001 = slice(text001, "عملياتنا الجهادية", "من أرض العراق");
    expect(in000.length).toBeGreaterThan(in001.length);
    expect(shingleOverlap(quoteShingles(in000), quoteShingles(in001))).toBe(1);
  });

  it("see unrelated quotes as unrelated", () => {
    expect(
      shingleOverlap(
        quoteShingles("استهدف هجوم بالصواريخ قاعدة عين الأسد في غرب العراق"),
        quoteShingles("وزير الدفاع الأميركي يرى أن هناك مؤشرات على هجمات جديدة"),
      ),
    ).toBe(0);
  });
});
