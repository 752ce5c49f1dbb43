import { describe, expect, it } from "vitest";
import { isNormalizedImportedText, normalizeImportedText } from "./normalize-input";
import { readSampleCorpus } from "./testing/sample-corpus";

describe("normalizeImportedText", () => {
  it("strips one leading byte order mark", () => {
    expect(normalizeImportedText("\ufeffقال")).toBe("قال");
  });

  it("keeps a byte order mark that is not at the start (it is content, not a signature)", () => {
    expect(normalizeImportedText("قال\ufeffغدا")).toBe("قال\ufeffغدا");
  });

  it("turns CRLF and lone CR into LF", () => {
    expect(normalizeImportedText("سطر١\r\nسطر٢\rسطر٣\n")).toBe("سطر١\nسطر٢\nسطر٣\n");
    expect(normalizeImportedText("\r\n\r\n")).toBe("\n\n");
    expect(normalizeImportedText("a\r\r\nb")).toBe("a\n\nb");
  });

  it("composes to NFC: alef + hamza above becomes أ, alef + madda becomes آ", () => {
    expect(normalizeImportedText("\u0627\u0654\u0645\u0631\u064a\u0643\u064a")).toBe("أمريكي");
    expect(normalizeImportedText("\u0627\u0653\u0644\u0627\u0641")).toBe("آلاف");
    expect(normalizeImportedText("e\u0301")).toBe("é");
  });

  it("changes nothing else: spaces, tatweel, tashkeel, digits, quotes, emoji, blank lines", () => {
    const text = '  وقال:  "الجهاديـة"  ٢٥٬٠٠٠ و25,000 😀\t\n\n  قُتِلَ  ';
    expect(normalizeImportedText(text)).toBe(text);
  });

  it("keeps the sample articles exactly as they are (they are already NFC with LF)", () => {
    for (const { text } of readSampleCorpus()) {
      expect(normalizeImportedText(text)).toBe(text);
      expect(isNormalizedImportedText(text)).toBe(true);
    }
  });

  it("is idempotent and reports non-normalised input", () => {
    const raw = "\ufeffسطر\r\nا\u0654";
    const once = normalizeImportedText(raw);
    expect(normalizeImportedText(once)).toBe(once);
    expect(isNormalizedImportedText(raw)).toBe(false);
    expect(isNormalizedImportedText(once)).toBe(true);
  });

  it("handles the empty string", () => {
    expect(normalizeImportedText("")).toBe("");
    expect(normalizeImportedText("\ufeff")).toBe("");
  });
});
