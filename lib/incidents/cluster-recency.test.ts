import { describe, expect, it } from "vitest";
import { reconcile, type TReportArticle } from "./reconcile";
import { casualtyOn, exactly } from "./testing";

describe("two attacks on one base a few days apart", () => {
  it("places a report that gives no day of its own with the latest attack before it", () => {
    const first: TReportArticle = {
      id: "first",
      publishedAt: "2022-04-06",
      text: "أصيب أربعة جنود في قصف صاروخي استهدف قاعدة التاجي مساء أمس الثلاثاء.",
    };
    const firstAgain: TReportArticle = {
      id: "first-again",
      publishedAt: "2022-04-07",
      text: "قال مسؤول عسكري إن أربعة جنود أصيبوا في الهجوم الصاروخي على قاعدة التاجي يوم الثلاثاء.",
    };
    const second: TReportArticle = {
      id: "second",
      publishedAt: "2022-04-09",
      text: "قتل جندي في هجوم جديد بالصواريخ على قاعدة التاجي صباح اليوم السبت.",
    };
    const later: TReportArticle = {
      id: "later",
      publishedAt: "2022-04-10",
      text: "ارتفع عدد قتلى الهجوم على قاعدة التاجي إلى جنديين.",
    };
    const claims = [
      casualtyOn(first, "f1", "أصيب أربعة جنود", { injured: exactly(4), victims: "جنود" }),
      casualtyOn(firstAgain, "f2", "أربعة جنود أصيبوا", { injured: exactly(4), victims: "جنود" }),
      casualtyOn(second, "s1", "قتل جندي", { killed: exactly(1), victims: "جندي" }),
      casualtyOn(later, "l1", "جنديين", { killed: exactly(2), victims: "جنديين" }),
    ];
    const { assignments } = reconcile([first, firstAgain, second, later], claims);
    expect(assignments.get("f2")).toBe(assignments.get("f1"));
    expect(assignments.get("s1")).not.toBe(assignments.get("f1"));
    expect(assignments.get("l1")).toBe(assignments.get("s1"));
  });
});
