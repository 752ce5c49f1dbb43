import { describe, expect, it } from "vitest";
import { figureNumber, matchClaims, type TAgreementClaim } from "./claims";
import { computeAgreement, type TAgreementLayer } from "./report";
import { characterSegments, matchSpans } from "./spans";

function claim(id: string, start: number, end: number, extra: Partial<TAgreementClaim> = {}): TAgreementClaim {
  return { id, kind: "CASUALTY", span: { start, end }, speakerEntityId: null, figures: {}, links: [], ...extra };
}
function layer(analystId: string, spans: TAgreementLayer["spans"], claims: TAgreementClaim[] = []): TAgreementLayer {
  return { analystId, spans, claims };
}

describe("character units", () => {
  it("cuts the text at every span boundary, each annotator's labels constant inside a segment", () => {
    const segments = characterSegments(10, [
      [{ start: 0, end: 4, labelId: "place" }],
      [
        { start: 2, end: 6, labelId: "place" },
        { start: 3, end: 6, labelId: "date" },
      ],
    ]);
    expect(segments).toEqual([
      { weight: 2, labelsOf: [["place"], []] },
      { weight: 1, labelsOf: [["place"], ["place"]] },
      { weight: 1, labelsOf: [["place"], ["date", "place"]] },
      { weight: 2, labelsOf: [[], ["date", "place"]] },
      { weight: 4, labelsOf: [[], []] },
    ]);
  });

  it("has no units for an empty text and clips spans to the text", () => {
    expect(characterSegments(0, [[], []])).toEqual([]);
    expect(characterSegments(3, [[{ start: 1, end: 9, labelId: "x" }], []])).toEqual([
      { weight: 1, labelsOf: [[], []] },
      { weight: 2, labelsOf: [["x"], []] },
    ]);
  });
});

describe("span matching", () => {
  it("matches exactly by offsets and label, and by overlap one to one, largest overlap first", () => {
    const a = [
      { start: 0, end: 4, labelId: "place" },
      { start: 10, end: 20, labelId: "place" },
    ];
    const b = [
      { start: 0, end: 4, labelId: "place" },
      { start: 3, end: 12, labelId: "place" },
      { start: 10, end: 20, labelId: "date" },
    ];
    // [3,12) overlaps both of a's spans; [0,4) is taken by its exact twin, so it pairs with [10,20).
    expect(matchSpans(a, b)).toEqual({ exact: 1, overlapping: 2 });
  });
});

describe("claim matching", () => {
  it("groups each annotator's claims by their overlapping claim spans", () => {
    const groups = matchClaims([
      [claim("a1", 0, 10), claim("a2", 20, 30)],
      [claim("b1", 5, 25), claim("b2", 40, 50)],
      [claim("c1", 22, 28), claim("nospan", 0, 0, { span: null })],
    ]);
    expect(groups.map((g) => g.map((c) => c?.id ?? null))).toEqual([
      ["a1", "b1", null],
      ["a2", null, "c1"],
      [null, "b2", null],
    ]);
  });

  it("reads a figure's range as its middle", () => {
    expect(figureNumber({ value: 7 })).toBe(7);
    expect(figureNumber({ min: 20, max: 99 })).toBe(59.5);
    expect(figureNumber({ min: 150 })).toBe(150);
    expect(figureNumber(undefined)).toBeNull();
  });
});

describe("the agreement report", () => {
  // Text of 10 characters: A marks [0,4) as a place, B [2,6). Per character: A = PPPP______, B = __PPPP____.
  const article = {
    articleId: "art1",
    textLength: 10,
    layers: [
      layer(
        "A",
        [{ start: 0, end: 4, labelId: "place" }],
        [claim("a1", 0, 4, { speakerEntityId: "e1", figures: { killed: 5 } })],
      ),
      layer(
        "B",
        [{ start: 2, end: 6, labelId: "place" }],
        [claim("b1", 2, 6, { speakerEntityId: "e2", figures: { killed: 7 } }), claim("b2", 8, 9, { kind: "COUNT" })],
      ),
    ],
  };

  it("gives κ, α and F1 computed by hand for two analysts", () => {
    const report = computeAgreement({ analystIds: ["A", "B"], labelIds: ["place"], articles: [article] });
    const place = report.spans.labels[0]!;
    // p_o = 6/10, p_e = 0.4·0.4 + 0.6·0.6 = 0.52: κ = 0.08 / 0.48.
    expect(place.pairs[0]!.kappa).toBeCloseTo(1 / 6, 12);
    // o_PP = 4, o_NN = 8, o_PN = o_NP = 4, n = 20: D_o = 0.4, D_e = 2·8·12 / (20·19): α = 0.2083.
    expect(place.alpha!.toFixed(4)).toBe("0.2083");
    expect(place.pairs[0]).toMatchObject({ articles: 1, spans: [1, 1], f1Exact: 0, f1Overlapping: 1 });
    expect(report.spans.all.alpha).toBeCloseTo(place.alpha!, 12);
  });

  it("matches claims by span and compares their fields", () => {
    const { claims } = computeAgreement({ analystIds: ["A", "B"], labelIds: ["place"], articles: [article] });
    expect(claims.pairs[0]).toMatchObject({ claims: [1, 2], matched: 1 });
    expect(claims.pairs[0]!.f1).toBeCloseTo(2 / 3, 12);
    // One matched pair of the same kind: no variation, α undefined. Speakers differ: α = 0 (one pair only).
    expect(claims.kind).toBeNull();
    expect(claims.speaker).toBe(0);
    // Killed 5 against 7: one pair, all the variation there is, so α interval = 0.
    expect(claims.figures).toBe(0);
  });

  it("agrees on links to each other's version of the same claim, and differs on relations", () => {
    const linked = {
      articleId: "art2",
      textLength: 100,
      layers: [
        layer(
          "A",
          [],
          [
            claim("a1", 0, 10, {
              links: [
                { otherClaimId: "a2", relation: "AGREES" },
                { otherClaimId: "x", relation: "UPDATES" },
              ],
            }),
            claim("a2", 50, 60),
          ],
        ),
        layer(
          "B",
          [],
          [
            claim("b1", 0, 10, {
              links: [
                { otherClaimId: "b2", relation: "AGREES" },
                { otherClaimId: "x", relation: "RELATED" },
              ],
            }),
            claim("b2", 50, 60),
          ],
        ),
        layer(
          "C",
          [],
          [claim("c1", 0, 10, { links: [{ otherClaimId: "c2", relation: "AGREES" }] }), claim("c2", 50, 60)],
        ),
      ],
    };
    const { claims } = computeAgreement({ analystIds: ["A", "B", "C"], labelIds: [], articles: [linked] });
    // Units: (group 1 → group 2) all AGREES; (group 1 → x) UPDATES, RELATED, none. n = 6:
    // o_AA = 3 from the first unit; the second's three values all differ, o_UR = o_RU = … = 0.5, so D_o = 3 / 6.
    // n_A = 3, n_U = n_R = n_N = 1: D_e = (2·3·3 + 2·3) / (6·5) = 24 / 30. α = 1 − 0.5 / 0.8 = 0.375.
    expect(claims.relation).toBeCloseTo(0.375, 12);
    expect(claims.pairs.map((p) => p.relation)).toHaveLength(3);
  });

  it("leaves out articles fewer than two analysts finished, and lets an analyst be missing from some", () => {
    const solo = { articleId: "solo", textLength: 5, layers: [layer("A", [{ start: 0, end: 5, labelId: "place" }])] };
    const third = {
      articleId: "art3",
      textLength: 10,
      layers: [
        layer("A", [{ start: 0, end: 4, labelId: "place" }]),
        layer("C", [{ start: 0, end: 4, labelId: "place" }]),
      ],
    };
    const report = computeAgreement({
      analystIds: ["A", "B", "C"],
      labelIds: ["place"],
      articles: [article, solo, third],
    });
    expect(report.articleCount).toBe(2);
    const [ab, ac, bc] = report.spans.labels[0]!.pairs;
    expect(ab).toMatchObject({ analystIds: ["A", "B"], articles: 1 });
    expect(ac).toMatchObject({ analystIds: ["A", "C"], articles: 1, kappa: 1, f1Exact: 1 });
    expect(bc).toMatchObject({ analystIds: ["B", "C"], articles: 0, kappa: null, f1Exact: null });
    // The article where A and B differ comes first; the one where A and C agree last.
    expect(report.articles.map((a) => [a.articleId, a.analystIds])).toEqual([
      ["art1", ["A", "B"]],
      ["art3", ["A", "C"]],
    ]);
    expect(report.articles[1]).toMatchObject({ alpha: 1, f1Overlapping: 1 });
  });

  it("reads spans of labels outside the filter as no label, and an empty project as undefined", () => {
    const report = computeAgreement({ analystIds: ["A", "B"], labelIds: ["date"], articles: [article] });
    expect(report.spans.labels[0]).toMatchObject({ labelId: "date", alpha: null });
    expect(report.spans.labels[0]!.pairs[0]).toMatchObject({ kappa: null, f1Exact: null, spans: [0, 0] });
    const empty = computeAgreement({ analystIds: [], labelIds: ["place"], articles: [] });
    expect(empty).toMatchObject({ articleCount: 0, articles: [], spans: { all: { alpha: null, pairs: [] } } });
  });
});
