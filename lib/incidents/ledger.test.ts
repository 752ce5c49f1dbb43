import { describe, expect, it } from "vitest";
import { buildLedger, type TLedgerClaim } from "./ledger";

const incident = {
  id: "00000000-0000-4000-8000-000000000001",
  projectId: "00000000-0000-4000-8000-000000000002",
  titleAr: "",
  titleEn: "Attack",
  occurredOn: "2023-12-08",
  place: "",
  status: "PROPOSED" as const,
  version: 1,
  grade: null,
  gradeRationale: "",
  gradedBy: null,
  gradedAt: null,
};

let n = 0;
function claim(over: Partial<TLedgerClaim> & { date?: string; outlet?: string; category?: string }): TLedgerClaim {
  n++;
  const id = `00000000-0000-4000-8000-${String(100 + n).padStart(12, "0")}`;
  const { date, outlet, category, ...rest } = over;
  return {
    id,
    kind: "CASUALTY",
    figures: { killed: { qualifier: "exactly", value: 1 } },
    sourceText: "",
    sourceType: null,
    proposed: false,
    features: { victimCategory: category ?? "civilian" },
    article: {
      id: `00000000-0000-4000-9000-${String(100 + n).padStart(12, "0")}`,
      title: `Report ${n}`,
      source: outlet ?? "Outlet",
      publishedAt: new Date(`${date ?? "2023-12-09"}T00:00:00Z`),
    },
    ...rest,
  };
}

const ledger = (claims: TLedgerClaim[], contradictingLinks = 0) =>
  buildLedger({ incident, claims, contradictingLinks });

describe("incident ledger", () => {
  it("turns exact, about, at-least and range figures into min–max bounds, at least as unbounded", () => {
    const l = ledger([
      claim({ figures: { killed: { qualifier: "exactly", value: 3 } } }),
      claim({
        figures: { killed: { qualifier: "about", value: 10 }, injured: { qualifier: "at_least", value: 4 } },
        sourceText: "مصدر طبي",
        sourceType: "LOCAL",
      }),
      claim({
        figures: { injured: { qualifier: "range", min: 20, max: 99 } },
        sourceText: "وزارة الصحة",
        sourceType: "OFFICIAL",
      }),
    ]);
    expect(l.rows.map((r) => [r.killed?.bounds ?? null, r.injured?.bounds ?? null])).toEqual([
      [{ min: 3, max: 3 }, null],
      [
        { min: 7, max: 13 },
        { min: 4, max: null },
      ],
      [null, { min: 20, max: 99 }],
    ]);
    expect(l.categories).toEqual([
      {
        category: "civilian",
        killed: { reported: { min: 3, max: 13 }, acrossSources: { min: 3, max: 13 } },
        injured: { reported: { min: 4, max: null }, acrossSources: { min: 4, max: null } },
      },
    ]);
  });

  it("folds a source across outlets and spellings, and takes the outlet as the source when the claim names none", () => {
    const l = ledger([
      claim({ sourceText: "مصدر طبّي", sourceType: "LOCAL", outlet: "Reuters" }),
      claim({ sourceText: "مصدر طبي", sourceType: "LOCAL", outlet: "AFP", date: "2023-12-10" }),
      claim({ outlet: "Al Sumaria" }),
      claim({ kind: "STATEMENT", figures: {} }),
    ]);
    expect(l.claimCount).toBe(4);
    expect(l.rows).toHaveLength(3);
    expect(l.sources.map((s) => [s.label, s.reports, s.outlets])).toEqual([
      ["مصدر طبّي", 2, ["Reuters", "AFP"]],
      ["Al Sumaria", 1, ["Al Sumaria"]],
    ]);
  });

  it("keeps each source's latest figure by publication date and the range across sources from those", () => {
    const first = claim({
      sourceText: "الحشد الشعبي",
      sourceType: "OFFICIAL",
      date: "2023-12-09",
      figures: { killed: { qualifier: "exactly", value: 1 } },
      category: "militant",
    });
    const later = claim({
      sourceText: "الحشد الشعبي",
      sourceType: "OFFICIAL",
      date: "2023-12-11",
      figures: { killed: { qualifier: "exactly", value: 3 } },
      category: "militant",
    });
    const other = claim({
      sourceText: "مصدر أمني",
      sourceType: "ANONYMOUS",
      date: "2023-12-10",
      figures: { killed: { qualifier: "at_least", value: 2 } },
      category: "militant",
    });
    const l = ledger([later, other, first]);
    expect(l.rows.map((r) => r.claimId)).toEqual([first.id, other.id, later.id]);
    const pmf = l.sources.find((s) => s.label === "الحشد الشعبي")!;
    expect(pmf.latest).toEqual([
      {
        category: "militant",
        role: "killed",
        claimId: later.id,
        publishedAt: "2023-12-11",
        value: { qualifier: "exactly", value: 3 },
        bounds: { min: 3, max: 3 },
      },
    ]);
    expect(l.categories[0]!.killed).toEqual({ reported: { min: 1, max: null }, acrossSources: { min: 2, max: null } });
  });

  it("keeps counts as rows and each source's latest count per thing", () => {
    const a = claim({
      kind: "COUNT",
      figures: { thing: "attacks on US forces", value: { qualifier: "at_least", value: 84 }, since: "2023-10-17" },
    });
    const b = claim({
      kind: "COUNT",
      date: "2023-12-11",
      figures: { thing: "attacks on US forces", value: { qualifier: "exactly", value: 92 } },
    });
    const l = ledger([a, b]);
    expect(l.rows.map((r) => r.count?.value.bounds)).toEqual([
      { min: 84, max: null },
      { min: 92, max: 92 },
    ]);
    expect(l.sources[0]!.latestCounts.map((c) => c.claimId)).toEqual([b.id]);
    expect(l.categories).toEqual([]);
  });

  it("marks proposed claims and leaves out malformed figures", () => {
    const l = ledger([
      claim({ proposed: true }),
      claim({ figures: { killed: { qualifier: "range", min: 5, max: 2 } } }),
    ]);
    expect(l.rows.map((r) => r.proposed)).toEqual([true]);
  });
});

describe("proposed grade", () => {
  it("has nothing to grade without figures", () => {
    expect(ledger([claim({ kind: "STATEMENT", figures: {} })]).proposedGrade).toEqual({
      grade: null,
      reasons: [{ code: "no_sources" }],
    });
  });

  it("is weak on a single source, also when a second one is anonymous", () => {
    expect(ledger([claim({ outlet: "Reuters" })]).proposedGrade).toEqual({
      grade: "WEAK",
      reasons: [{ code: "single_source", count: 1 }],
    });
    expect(
      ledger([claim({ outlet: "Reuters" }), claim({ sourceText: "مصدر", sourceType: "ANONYMOUS" })]).proposedGrade
        .grade,
    ).toBe("WEAK");
  });

  it("is weak when two outlets quote one source: they are not independent", () => {
    expect(
      ledger([
        claim({ sourceText: "مصدر طبي", sourceType: "LOCAL", outlet: "A" }),
        claim({ sourceText: "مصدر طبي", sourceType: "LOCAL", outlet: "B" }),
      ]).proposedGrade.grade,
    ).toBe("WEAK");
  });

  it("is fair when two independent credible sources agree", () => {
    const l = ledger([
      claim({ outlet: "Reuters", figures: { killed: { qualifier: "about", value: 7 } } }),
      claim({ sourceText: "مصدر طبي", sourceType: "LOCAL", figures: { killed: { qualifier: "exactly", value: 6 } } }),
    ]);
    expect(l.proposedGrade).toEqual({ grade: "FAIR", reasons: [{ code: "independent_sources", count: 2 }] });
  });

  it("is confirmed when an official or belligerent source reports harm", () => {
    const l = ledger([
      claim({ sourceText: "خلية الإعلام الأمني", sourceType: "OFFICIAL" }),
      claim({ outlet: "Reuters" }),
    ]);
    expect(l.proposedGrade).toEqual({
      grade: "CONFIRMED",
      reasons: [{ code: "official_source", source: "خلية الإعلام الأمني" }],
    });
  });

  it("is contested when sources' figures of the same day cannot both be true, even with an official source", () => {
    const l = ledger([
      claim({
        sourceText: "الحشد الشعبي",
        sourceType: "OFFICIAL",
        figures: { killed: { qualifier: "exactly", value: 1 } },
        category: "militant",
      }),
      claim({
        sourceText: "مصدر طبي",
        sourceType: "LOCAL",
        figures: { killed: { qualifier: "at_least", value: 2 } },
        category: "militant",
      }),
    ]);
    expect(l.proposedGrade).toEqual({
      grade: "CONTESTED",
      reasons: [
        { code: "incompatible_figures", role: "killed", category: "militant", sources: ["الحشد الشعبي", "مصدر طبي"] },
      ],
    });
  });

  it("reads a higher toll in a later report as an update, a lower one as a conflict", () => {
    const rising = ledger([
      claim({ outlet: "A", date: "2020-01-08", figures: { injured: { qualifier: "exactly", value: 0 } } }),
      claim({ outlet: "B", date: "2020-01-17", figures: { injured: { qualifier: "exactly", value: 11 } } }),
    ]);
    expect(rising.proposedGrade.grade).toBe("FAIR");
    const falling = ledger([
      claim({ outlet: "A", date: "2020-01-08", figures: { injured: { qualifier: "exactly", value: 11 } } }),
      claim({ outlet: "B", date: "2020-01-17", figures: { injured: { qualifier: "exactly", value: 3 } } }),
    ]);
    expect(falling.proposedGrade.grade).toBe("CONTESTED");
  });

  it("compares figures only within one victim category", () => {
    const l = ledger([
      claim({ outlet: "A", category: "civilian" }),
      claim({ outlet: "B", category: "military", figures: { killed: { qualifier: "exactly", value: 5 } } }),
    ]);
    expect(l.proposedGrade.grade).toBe("FAIR");
  });

  it("is contested on competing perpetrators or on claims linked as contradicting", () => {
    const competing = ledger([
      claim({ outlet: "A", figures: { killed: { qualifier: "exactly", value: 1 }, perpetrator: "كتائب حزب الله" } }),
      claim({ outlet: "B", figures: { killed: { qualifier: "exactly", value: 1 }, perpetrator: "داعش" } }),
    ]);
    expect(competing.proposedGrade.reasons).toEqual([{ code: "competing_perpetrators", sources: ["A", "B"] }]);
    const sameActor = ledger([
      claim({ outlet: "A", figures: { killed: { qualifier: "exactly", value: 1 }, perpetrator: "كتائب حزب الله" } }),
      claim({ outlet: "B", figures: { killed: { qualifier: "exactly", value: 1 }, perpetrator: "حزب الله" } }),
    ]);
    expect(sameActor.proposedGrade.grade).toBe("FAIR");
    expect(ledger([claim({ outlet: "A" }), claim({ outlet: "B" })], 1).proposedGrade).toEqual({
      grade: "CONTESTED",
      reasons: [{ code: "contradicting_links", count: 1 }],
    });
  });
});
