import { describe, expect, it } from "vitest";
import { articleContext, claimFeatures } from "./features";
import { reconcile, type TReportArticle } from "./reconcile";
import { claimOn, exactly } from "./testing";

describe("incident features", () => {
  it("resolves the day of the happening, not of the announcement", () => {
    const text = "أعلنت القيادة العسكرية، الثلاثاء، أن 12 جندياً أصيبوا في القصف الذي استهدف قاعدة التاجي مساء الأحد.";
    const ctx = articleContext(text, "2022-05-10");
    const start = text.indexOf("12 جندياً");
    const f = claimFeatures(ctx, {
      start,
      end: start + 9,
      kind: "CASUALTY",
      figures: { injured: exactly(12), victims: "جندياً" },
    });
    expect(f.date).toBe("2022-05-08");
    expect(f.reportedOn).toBe("2022-05-10");
    expect(f.places[0]).toBe("camp-taji");
    expect(f.victimCategory).toBe("military");
  });

  it("leaves out what a sentence says of another incident", () => {
    const text =
      "قصفت طائرات مسيرة مواقع قرب القائم أمس السبت، رداً على هجوم بالهاون على السفارة الأمريكية في بغداد يوم الخميس.";
    const ctx = articleContext(text, "2022-03-13");
    const start = text.indexOf("مواقع");
    const f = claimFeatures(ctx, {
      start,
      end: start + 5,
      kind: "COUNT",
      figures: { thing: "مواقع", value: exactly(3) },
    });
    expect(f.places).toEqual(["qaim"]);
    expect(f.weapons).toEqual(["drone"]);
    expect(f.date).toBe("2022-03-12");
  });

  it("does not place an incident in a city named only to give a direction", () => {
    const text = "سقطت ثلاثة صواريخ على قاعدة عين الأسد غرب بغداد فجر اليوم.";
    const ctx = articleContext(text, "2021-06-01");
    const start = text.indexOf("ثلاثة صواريخ");
    const f = claimFeatures(ctx, {
      start,
      end: start + 12,
      kind: "COUNT",
      figures: { thing: "صواريخ", value: exactly(3) },
    });
    expect(f.places).toEqual(["ain-al-asad"]);
    expect(f.weapons).toEqual(["rocket"]);
  });
});

describe("incidents and relations across reports", () => {
  const first: TReportArticle = {
    id: "r1",
    publishedAt: "2022-05-09",
    text: "تعرض معسكر التاجي شمال بغداد لهجوم بعشرة صواريخ كاتيوشا مساء الأحد، ما أدى إلى إصابة جنديين، بحسب خلية الإعلام الأمني.\nوقال مصدر طبي إن ثلاثة جنود أصيبوا في الهجوم.",
  };
  const second: TReportArticle = {
    id: "r2",
    publishedAt: "2022-05-12",
    text: "ارتفع عدد المصابين في الهجوم على معسكر التاجي إلى خمسة جنود، وفق بيان لوزارة الدفاع.\nوكان الهجوم قد نفذ بقذائف هاون وفق مصادر محلية.",
  };
  const other: TReportArticle = {
    id: "r3",
    publishedAt: "2022-05-12",
    text: "سقط صاروخان على مطار أربيل فجر اليوم الخميس دون أن يسفر الهجوم عن إصابات.",
  };
  const claims = [
    claimOn(
      first,
      "a-rockets",
      "بعشرة صواريخ",
      "COUNT",
      { thing: "صواريخ كاتيوشا", value: exactly(10) },
      "خلية الإعلام الأمني",
    ),
    claimOn(
      first,
      "a-injured",
      "إصابة جنديين",
      "CASUALTY",
      { injured: exactly(2), victims: "جنديين", perpetrator: "" },
      "خلية الإعلام الأمني",
    ),
    claimOn(
      first,
      "a-medical",
      "ثلاثة جنود أصيبوا",
      "CASUALTY",
      { injured: exactly(3), victims: "جنود", perpetrator: "" },
      "مصدر طبي",
    ),
    claimOn(
      second,
      "b-raised",
      "خمسة جنود",
      "CASUALTY",
      { injured: exactly(5), victims: "جنود", perpetrator: "" },
      "وزارة الدفاع",
    ),
    claimOn(
      second,
      "b-mortars",
      "بقذائف هاون",
      "COUNT",
      { thing: "قذائف هاون", value: { qualifier: "range", min: 3, max: 10 } },
      "مصادر محلية",
    ),
    claimOn(other, "c-zero", "دون أن يسفر الهجوم عن إصابات", "CASUALTY", {
      injured: exactly(0),
      victims: "",
      perpetrator: "",
    }),
    claimOn(other, "c-rockets", "صاروخان", "COUNT", { thing: "صاروخان", value: exactly(2) }),
  ];
  const result = reconcile([first, second, other], claims);
  const relation = (a: string, b: string) =>
    result.relations.find(
      (r) => (r.fromClaimId === a && r.toClaimId === b) || (r.fromClaimId === b && r.toClaimId === a),
    );

  it("groups the reports of one attack into one incident, and another attack apart", () => {
    const taji = result.assignments.get("a-rockets");
    expect(taji).toBeDefined();
    for (const id of ["a-injured", "a-medical", "b-raised", "b-mortars"]) expect(result.assignments.get(id)).toBe(taji);
    expect(result.assignments.get("c-zero")).toBeDefined();
    expect(result.assignments.get("c-zero")).not.toBe(taji);
  });

  it("types the relations by rule: a rising toll updates, two sources of one report disagree, a different weapon contradicts", () => {
    expect(relation("a-injured", "b-raised")).toMatchObject({
      fromClaimId: "a-injured",
      relation: "UPDATES",
      code: "toll_update",
    });
    expect(relation("a-injured", "a-medical")).toMatchObject({ relation: "CONTRADICTS", code: "sources_disagree" });
    expect(relation("a-rockets", "b-mortars")).toMatchObject({ relation: "CONTRADICTS", code: "weapon_differs" });
    expect(relation("a-rockets", "c-rockets")).toBeUndefined();
    expect(relation("a-injured", "c-zero")).toBeUndefined();
  });
});

describe("running counts", () => {
  const a: TReportArticle = {
    id: "t1",
    publishedAt: "2022-02-01",
    text: "وقال مسؤول إن القوات تعرضت لـ40 هجوماً في العراق وسوريا منذ الأول من ديسمبر.",
  };
  const b: TReportArticle = {
    id: "t2",
    publishedAt: "2022-02-20",
    text: "أحصت واشنطن 55 هجوماً ضد قواتها في العراق وسوريا منذ الأول من ديسمبر.",
  };
  const c: TReportArticle = {
    id: "t3",
    publishedAt: "2022-02-20",
    text: "ووقعت 30 هجوماً، 18 منها في العراق و12 في سوريا، خلال شهر يناير.",
  };
  const since = "2021-12-01";
  const claims = [
    claimOn(a, "c40", "40 هجوماً", "COUNT", { thing: "هجوماً", value: exactly(40), since }),
    claimOn(b, "c55", "55 هجوماً", "COUNT", { thing: "هجوماً", value: exactly(55), since }),
    claimOn(c, "c30", "30 هجوماً", "COUNT", { thing: "هجوماً", value: exactly(30) }),
    claimOn(c, "c18", "18 منها", "COUNT", { thing: "هجمات", value: exactly(18) }),
    claimOn(c, "c12", "12 في", "COUNT", { thing: "هجمات", value: exactly(12) }),
  ];
  const result = reconcile([a, b, c], claims);
  const related = (x: string, y: string) =>
    result.relations.find((r) => [r.fromClaimId, r.toClaimId].sort().join() === [x, y].sort().join());

  it("updates a tally from the same start with a later date, and leaves counts over another period alone", () => {
    expect(related("c40", "c55")).toMatchObject({ fromClaimId: "c40", relation: "UPDATES", code: "tally_update" });
    expect(related("c40", "c30")).toBeUndefined();
    expect(related("c55", "c18")).toBeUndefined();
    expect(related("c18", "c12")).toBeUndefined();
  });
});

describe("tolls of one incident told by rival sources", () => {
  const denial: TReportArticle = {
    id: "n1",
    publishedAt: "2022-08-02",
    text: "سقطت صواريخ على قاعدة بلد الجوية ليل الاثنين، وقالت خلية الإعلام الأمني إن الهجوم لم يسفر عن أي إصابات.",
  };
  const report: TReportArticle = {
    id: "n2",
    publishedAt: "2022-08-03",
    text: "أصيب ثلاثة جنود عراقيين في هجوم صاروخي استهدف قاعدة بلد الجوية مساء الاثنين، بحسب مصدر أمني. ولم يصب أي جندي أمريكي في الهجوم.",
  };
  const claims = [
    claimOn(
      denial,
      "zero",
      "لم يسفر عن أي إصابات",
      "CASUALTY",
      { injured: exactly(0), victims: "", perpetrator: "" },
      "خلية الإعلام الأمني",
    ),
    claimOn(
      report,
      "three",
      "أصيب ثلاثة جنود عراقيين",
      "CASUALTY",
      { injured: exactly(3), victims: "جنود عراقيين", perpetrator: "" },
      "مصدر أمني",
    ),
    claimOn(
      report,
      "none-us",
      "لم يصب أي جندي أمريكي",
      "CASUALTY",
      { injured: exactly(0), victims: "جندي أمريكي", perpetrator: "" },
      "مصدر أمني",
    ),
  ];
  const result = reconcile([denial, report], claims);
  const related = (x: string, y: string) =>
    result.relations.find((r) => [r.fromClaimId, r.toClaimId].sort().join() === [x, y].sort().join());

  it("reads a denial against a toll reported the next day as a contradiction, not a toll that grew", () => {
    expect(result.assignments.get("zero")).toBe(result.assignments.get("three"));
    expect(related("zero", "three")).toMatchObject({ relation: "CONTRADICTS" });
  });

  it("does not compare Iraqi soldiers' toll with American soldiers'", () => {
    expect(related("three", "none-us")).toBeUndefined();
  });
});
