import { describe, expect, it } from "vitest";
import type { TPaintedSegment } from "./span-paint";
import { segmentAt, staticLayerHtml, staticSpans } from "./static-layer";

const seg = (start: number, end: number, className: string): TPaintedSegment => ({
  start,
  end,
  spanIds: [className],
  labelIds: ["l"],
  className,
});

describe("staticLayerHtml", () => {
  // "قال الوزير\n\nإن <الحصيلة> & ارتفعت": 10 letters, an empty line, then 21 characters.
  const text = "قال الوزير\n\nإن <الحصيلة> & ارتفعت";

  it("draws one line per paragraph, splits a segment at a line break and escapes the text", () => {
    const html = staticLayerHtml(
      text,
      [
        { index: 0, start: 0, end: 10 },
        { index: 1, start: 12, end: 33 },
      ],
      [seg(4, 15, "wb-seg a"), seg(16, 24, "wb-seg b")],
    );
    expect(html).toBe(
      '<p data-offset="0" data-paragraph-index="0" data-start="0" data-end="10">قال <span class="wb-seg a">الوزير</span></p>' +
        '<p data-offset="11"><br></p>' +
        '<p data-offset="12" data-paragraph-index="1" data-start="12" data-end="33"><span class="wb-seg a">إن </span>&lt;<span class="wb-seg b">الحصيلة&gt;</span> &amp; ارتفعت</p>',
    );
  });

  it("draws only the highlights in the first characters, the rest of the text plain", () => {
    const html = staticLayerHtml(text, [], [seg(0, 3, "wb-seg a"), seg(12, 14, "wb-seg b")], 13);
    expect(html).toContain('<span class="wb-seg a">قال</span>');
    expect(html).not.toContain("wb-seg b");
    expect(html).toContain(">إن &lt;الحصيلة&gt; &amp; ارتفعت</p>");
  });
});

describe("staticSpans", () => {
  it("keeps the spans (in text order) that start before the limit", () => {
    const spans = [{ start: 0 }, { start: 5 }, { start: 9 }, { start: 10 }];
    expect(staticSpans(spans, 10)).toEqual([{ start: 0 }, { start: 5 }, { start: 9 }]);
    expect(staticSpans(spans, 11)).toBe(spans);
  });
});

describe("segmentAt", () => {
  const segments = [seg(2, 5, "a"), seg(5, 9, "b"), seg(12, 13, "c")];

  it("finds the segment covering an offset, and none in a gap or past the end", () => {
    expect(segmentAt(segments, 2)?.className).toBe("a");
    expect(segmentAt(segments, 5)?.className).toBe("b");
    expect(segmentAt(segments, 8)?.className).toBe("b");
    expect(segmentAt(segments, 12)?.className).toBe("c");
    expect(segmentAt(segments, 1)).toBeNull();
    expect(segmentAt(segments, 9)).toBeNull();
    expect(segmentAt(segments, 13)).toBeNull();
  });
});
