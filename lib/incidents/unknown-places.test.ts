/**
 * Incidents in places the gazetteer does not list: reports are grouped by the words they share
 * (./terms.ts) on agreeing days, as topic tracking groups newswire stories. Every sentence here was
 * written for these tests; none of the towns named is in the gazetteer.
 */
import { describe, expect, it } from "vitest";
import { reconcile, type TReportArticle } from "./reconcile";
import { casualtyOn, exactly } from "./testing";
import { placeName, termOf, termsIn, topicTerms } from "./terms";
import { matchKey } from "../arabic/normalize";

const report = (id: string, publishedAt: string, text: string): TReportArticle => ({ id, publishedAt, text });

const first = report(
  "first",
  "2022-05-10",
  "قتل 9 أشخاص في انفجار سيارة مفخخة قرب سوق الخضار في نواكشوط صباح اليوم. وقال مسؤول في الشرطة إن السيارة انفجرت أمام مدخل سوق الخضار المزدحم، وإن فرق الإسعاف نقلت الجرحى إلى مستشفى نواكشوط.",
);
const second = report(
  "second",
  "2022-05-10",
  "أسفر تفجير سيارة ملغومة في سوق الخضار بنواكشوط عن مقتل 12 شخصا، بحسب مصادر طبية. وأضافت المصادر أن عدد القتلى مرشح للارتفاع بسبب خطورة إصابات بعض الجرحى في نواكشوط.",
);
const elsewhere = report(
  "elsewhere",
  "2022-05-10",
  "قتل 4 جنود في هجوم بقذائف الهاون على ثكنة عسكرية في أطار شمال البلاد. وقال مصدر عسكري إن المهاجمين فروا نحو الصحراء بعد قصف الثكنة في أطار.",
);
const weeksLater = report(
  "later",
  "2022-06-02",
  "قتل 3 أشخاص في اشتباك مسلح بين عصابتين في أحد أحياء نواكشوط مساء الأربعاء. وقالت الشرطة إنها اعتقلت عددا من المشتبه بهم.",
);

function incidentsOf(articles: TReportArticle[]) {
  const claims = [
    casualtyOn(first, "first-9", "9 أشخاص", { killed: exactly(9), victims: "أشخاص" }),
    casualtyOn(second, "second-12", "مقتل 12 شخصا", { killed: exactly(12), victims: "شخصا" }),
    casualtyOn(elsewhere, "elsewhere-4", "4 جنود", { killed: exactly(4), victims: "جنود" }),
    casualtyOn(weeksLater, "later-3", "3 أشخاص", { killed: exactly(3), victims: "أشخاص" }),
  ].filter((c) => articles.some((a) => a.id === c.articleId));
  return reconcile(articles, claims);
}

describe("incidents in places the gazetteer does not know", () => {
  it("groups two reports of one bombing that share its place and what was hit, and compares their tolls", () => {
    const { assignments, relations } = incidentsOf([first, second]);
    expect(assignments.get("first-9")).toBeDefined();
    expect(assignments.get("second-12")).toBe(assignments.get("first-9"));
    expect(relations.some((r) => [r.fromClaimId, r.toClaimId].sort().join() === "first-9,second-12")).toBe(true);
  });

  it("keeps an attack in another town on the same day apart", () => {
    const { assignments } = incidentsOf([first, second, elsewhere]);
    expect(assignments.get("elsewhere-4")).toBeDefined();
    expect(assignments.get("elsewhere-4")).not.toBe(assignments.get("first-9"));
  });

  it("keeps apart a later happening that shares only the town's name", () => {
    const { assignments } = incidentsOf([first, second, weeksLater]);
    expect(assignments.get("later-3")).toBeDefined();
    expect(assignments.get("later-3")).not.toBe(assignments.get("first-9"));
  });
});

describe("one base the gazetteer does not know, spelt two ways", () => {
  const attack = report(
    "attack",
    "2021-03-02",
    "أصيب 6 جنود بجروح في هجوم بطائرة مسيرة على قاعدة عين الحمراء الجوية فجر اليوم. وقال مصدر عسكري إن الطائرة سقطت داخل قاعدة عين الحمراء.",
  );
  const review = report(
    "review",
    "2021-03-16",
    "ارتفع عدد المصابين في الهجوم على قاعدة الحمراء إلى 11 جنديا، بحسب بيان للجيش صدر اليوم.",
  );
  const otherBase = report(
    "other",
    "2021-03-16",
    "ارتفع عدد المصابين في الهجوم على قاعدة الصخرة إلى 11 جنديا، بحسب بيان للجيش صدر اليوم.",
  );
  const claims = [
    casualtyOn(attack, "attack-6", "أصيب 6 جنود", { injured: exactly(6), victims: "جنود" }),
    casualtyOn(review, "review-11", "11 جنديا", { injured: exactly(11), victims: "جنديا" }),
    casualtyOn(otherBase, "other-11", "11 جنديا", { injured: exactly(11), victims: "جنديا" }),
  ];

  it("finds the attack again two weeks later in a report that drops the head of its name («قاعدة الحمراء»)", () => {
    const { assignments, relations } = reconcile([attack, review], claims.slice(0, 2));
    expect(assignments.get("review-11")).toBeDefined();
    expect(assignments.get("review-11")).toBe(assignments.get("attack-6"));
    expect(relations.find((r) => [r.fromClaimId, r.toClaimId].sort().join() === "attack-6,review-11")?.relation).toBe(
      "UPDATES",
    );
  });

  it("does not take a base of another name for it", () => {
    const { assignments } = reconcile([attack, otherBase], [claims[0]!, claims[2]!]);
    expect(assignments.get("other-11")).not.toBe(assignments.get("attack-6"));
  });
});

describe("a town written with a glued «ب» in one report and alone in the other", () => {
  const glued = report(
    "glued",
    "2016-03-07",
    "هاجم مسلحون ثكنة الجيش بتمرزاق فجر اليوم. وقتل 10 مسلحين في الاشتباكات التي تتواصل بتمرزاق منذ الفجر.",
  );
  const alone = report(
    "alone",
    "2016-03-07",
    "قتل 21 مسلحاً في الهجوم على تمرزاق اليوم. وقالت وزارة الداخلية إن الوحدات تواصل تمشيط تمرزاق.",
  );

  it("groups the two reports by the town's name", () => {
    const { assignments } = reconcile(
      [glued, alone],
      [
        casualtyOn(glued, "glued-10", "10 مسلحين", { killed: exactly(10), victims: "مسلحين" }),
        casualtyOn(alone, "alone-21", "21 مسلحاً", { killed: exactly(21), victims: "مسلحاً" }),
      ],
    );
    expect(assignments.get("glued-10")).toBeDefined();
    expect(assignments.get("alone-21")).toBe(assignments.get("glued-10"));
  });
});

describe("the words that stand for a report", () => {
  it.each([
    ["والمطار", "مطار"],
    ["بالأهواز", "اهواز"],
    ["الأمريكية", "امريك"],
    ["كابول", "كابول"],
    ["بكابول", "بكابول"],
  ])("stems «%s» as «%s»", (word, stem) => {
    expect(termOf(matchKey(word))).toBe(stem);
  });

  it("takes a joined «ب» off a name only where the passage uses the name on its own", () => {
    expect(termsIn(matchKey("انفجار في نواكشوط وآخر بنواكشوط"))).toEqual(["انفجار", "نواكشوط", "اخر", "نواكشوط"]);
    expect(termsIn(matchKey("انفجار بكابول"))).toEqual(["انفجار", "بكابول"]);
  });

  it("names the town as the report spells it, after «في» or a joined «ب», not the heaviest word that is no place", () => {
    const lead = (text: string) => ({ start: 0, end: text.indexOf(".") + 1 });
    expect(placeName(first.text, topicTerms(first.text, lead(first.text)))).toBe("نواكشوط");
    expect(placeName(second.text, topicTerms(second.text, lead(second.text)))).toBe("نواكشوط");
    expect(placeName(elsewhere.text, topicTerms(elsewhere.text, lead(elsewhere.text)))).toBe("أطار");
    const noPlace = "قال المتحدث إن المهاجمين المسلحين فروا. وأضاف أن المهاجمين المسلحين لم يعرفوا بعد.";
    expect(placeName(noPlace, topicTerms(noPlace, lead(noPlace)))).toBeNull();
  });

  it("puts the town and what was hit first, and leaves out the words of every report", () => {
    const terms = topicTerms(first.text, { start: 0, end: first.text.indexOf(".") + 1 });
    expect(terms.slice(0, 3)).toContain("نواكشوط");
    expect(terms).toContain("خضار");
    for (const common of ["قتل", "مسوول", "شرط", "انفجار"]) expect(terms).not.toContain(common);
  });
});
