/**
 * What a report recalls is not the happening it tells of: a day a comparison reaches back to («في
 * أعنف تفجيرات منذ … 14 فبراير 2005»), a month a sentence opens on («وفي مارس الماضي قتل …»); and whose
 * toll a total counts is not the adjective of its attack («عدد ضحايا الاعتداء الإرهابي»), nor one
 * nationality of several listed. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { isIncidentClaim } from "./cluster";
import { articleContext, claimFeatures } from "./features";
import { reconcile } from "./reconcile";
import { claimOn, exactly, relationBetween } from "./testing";

function features(text: string, publishedAt: string, quote: string, figures: Record<string, unknown>) {
  const ctx = articleContext(text, publishedAt);
  const start = text.indexOf(quote);
  return claimFeatures(ctx, { start, end: start + quote.length, kind: "CASUALTY", figures });
}
const killed = (value: number, victims = "") => ({ killed: { qualifier: "exactly", value }, victims });

describe("days and months a report recalls", () => {
  it("does not date the happening by the day a comparison reaches back to («منذ»)", () => {
    const text =
      "في أعنف تفجيرات يشهدها البلد منذ اغتيال رئيس وزرائه في 14 فبراير 2005 هز تفجيران مساء أمس حياً في العاصمة، وقتل 20 شخصاً.";
    expect(features(text, "2015-11-13", "20 شخصاً", killed(20, "شخصاً")).date).toBe("2015-11-12");
  });

  it("does not date the happening by a wire report's dateline («انقرة 22 أغسطس 2016 /ارتفع …»)", () => {
    const text = "انقرة 22 أغسطس 2016 /ارتفع عدد القتلى في التفجير بحفل زفاف في المدينة ليلة السبت إلى 54 شخصا.";
    expect(features(text, "2016-08-23", "54 شخصا", killed(54, "شخصا")).date).toBe("2016-08-20");
  });

  it("dates a toll by the day told after the happening's words, not a day of what was done since", () => {
    const text = "وحددت السلطات اليوم هويات 38 قتيلاً سقطوا في هجوم دموي الجمعة على فندق.";
    expect(features(text, "2015-07-01", "38 قتيلاً", killed(38, "قتيلاً")).date).toBe("2015-06-26");
  });

  it("dates a sentence that opens on a past month to that month, not to the report's day", () => {
    const text = "قتل 30 شخصاً في هجوم على فندق في المدينة اليوم.\nوفي مارس (آذار) الماضي قتل مسلحان 21 سائحاً في متحف.";
    const recalled = features(text, "2015-06-26", "21 سائحاً", killed(21, "سائحاً"));
    expect(recalled.date?.slice(0, 7)).toBe("2015-03");
    const today = features(text, "2015-06-26", "30 شخصاً", killed(30, "شخصاً"));
    expect(today.date).toBe("2015-06-26");
  });

  it("dates a toll after a past month told inside its sentence, outside a relative clause", () => {
    const text =
      "قتل 12 شخصا في تفجير صهريج في سوق المدينة اليوم.\nوشهدت المدينة خلال شهر شباط الماضي، مقتل 5 أشخاص في تفجير سيارة.";
    expect(features(text, "2020-04-28", "5 أشخاص", killed(5, "أشخاص")).date?.slice(0, 7)).toBe("2020-02");
  });

  it("leaves a past month deep in a sentence to what it dates («التي أجريت في أكتوبر الماضي»)", () => {
    const text =
      "نجا الوزير من هجوم بطائرة مسيرة أمس.\nوأصيب 6 من حراسه في الهجوم الذي وقع بعد أسابيع من الانتخابات التي أجريت في أكتوبر الماضي.";
    const f = features(text, "2021-11-08", "6 من حراسه", {
      injured: { qualifier: "exactly", value: 6 },
      victims: "حراسه",
    });
    expect(f.date).not.toMatch(/^2021-10/);
  });
});

describe("whose toll a total counts", () => {
  it("does not take the attack's adjective for the victims («عدد ضحايا الاعتداء الإرهابي»)", () => {
    const text = "وقالت الوزارة إن عدد ضحايا الاعتداء الإرهابي الذي استهدف الفندق ارتفع إلى 37 قتيلا.";
    expect(features(text, "2015-06-26", "37 قتيلا", killed(37, "قتيلا")).victimCategory).toBe("unknown");
    const civilians = "وقالت الوزارة إن عدد القتلى المدنيين ارتفع إلى 37 قتيلا.";
    expect(features(civilians, "2015-06-26", "37 قتيلا", killed(37, "قتيلا")).victimCategory).toBe("civilian");
  });

  it("names no one nationality for a list of countries after the figure", () => {
    const text = "أودى الهجوم بحياة 28 شخصا من تونس وألمانيا وبلجيكا وبريطانيا.";
    expect(features(text, "2015-06-26", "28 شخصا", killed(28, "شخصا")).victimNationality).toBeNull();
    const one = "أودى الهجوم بحياة 28 شخصا من البريطانيين.";
    expect(features(one, "2015-06-26", "28 شخصا", killed(28, "شخصا")).victimNationality).toBe("uk");
  });
});

describe("«البلد» is the country, not the town of Balad", () => {
  it("reads Balad only where the words say it is a town or its base", () => {
    const places = (text: string) => features(text, "2021-04-19", "خمسة", killed(5)).places;
    expect(places("وقتل خمسة في أعنف هجوم يشهده البلد منذ سنوات.")).not.toContain("balad");
    expect(places("وقتل خمسة في هجوم على قضاء بلد.")).toContain("balad");
    expect(places("وقتل خمسة في هجوم على قاعدة بلد الجوية.")).toContain("balad-air-base");
  });
});

describe("who carried an attack out is part of it", () => {
  const count = (text: string, quote: string, thing: string) => {
    const ctx = articleContext(text, "2015-11-13");
    const start = text.indexOf(quote);
    const figures = { thing, value: { qualifier: "exactly" as const, value: 2 } };
    return {
      kind: "COUNT",
      figures,
      features: claimFeatures(ctx, { start, end: start + quote.length, kind: "COUNT", figures }),
    };
  };

  it("places counts of attackers and of people in the happening in incidents, not tallies of attacks", () => {
    expect(isIncidentClaim(count("وفجر انتحاريان نفسيهما في السوق مساء أمس.", "انتحاريان", "انتحاريان"))).toBe(true);
    expect(isIncidentClaim(count("وكان 815 طالبا في الحرم الجامعي ساعة الهجوم.", "815 طالبا", "طالبا"))).toBe(true);
    expect(isIncidentClaim(count("ونفذ التنظيم 30 هجوما منذ بداية العام.", "30 هجوما", "هجوما"))).toBe(false);
  });
});

describe("attackers counted by two reports of one attack", () => {
  const a = {
    id: "a",
    publishedAt: "2015-11-12",
    text: "قتل 37 شخصاً في تفجيرين انتحاريين هزا سوق الخضار في نواكشوط مساء اليوم. وقال الجيش إن انتحاريين اثنين فجرا نفسيهما في السوق.",
  };
  const b = {
    id: "b",
    publishedAt: "2015-11-13",
    text: "ارتفع عدد قتلى التفجيرين في سوق الخضار بنواكشوط مساء أمس إلى 43. وقال التنظيم إن منفذي الهجوم ثلاثة انتحاريين.",
  };

  it("sets two attackers against three: a contradiction of one incident", () => {
    const claims = [
      claimOn(a, "a-37", "37 شخصاً", "CASUALTY", { killed: exactly(37), victims: "شخصاً" }),
      claimOn(a, "a-2", "انتحاريين اثنين", "COUNT", { thing: "انتحاريين", value: exactly(2) }, "الجيش"),
      claimOn(b, "b-43", "43", "CASUALTY", { killed: exactly(43), victims: "" }),
      claimOn(b, "b-3", "ثلاثة انتحاريين", "COUNT", { thing: "انتحاريين", value: exactly(3) }, "التنظيم"),
    ];
    const { assignments, relations } = reconcile([a, b], claims);
    expect(assignments.get("a-2")).toBeDefined();
    expect(assignments.get("a-2")).toBe(assignments.get("b-3"));
    expect(assignments.get("a-2")).toBe(assignments.get("a-37"));
    expect(relationBetween(relations, "a-2", "b-3")?.relation).toBe("CONTRADICTS");
  });
});

describe("words that only look like a weapon or an earlier figure", () => {
  it("does not read a march («لمسيرة مناهضة») as a drone", () => {
    const text = "قتل 30 شخصاً في انفجارين قرب المحطة حين كان ناشطون يستعدون لمسيرة مناهضة للحكومة.";
    expect(features(text, "2015-10-10", "30 شخصاً", killed(30, "شخصاً")).weapons).toEqual([]);
    const drone = "قتل 3 أشخاص في هجوم نفذته طائرة مسيرة على القرية.";
    expect(features(drone, "2015-10-10", "3 أشخاص", killed(3, "أشخاص")).weapons).toEqual(["drone"]);
  });

  it("does not read a circumstance («حين كان ناشطون …») as a figure said earlier", () => {
    const text = "قتل 30 شخصاً في انفجارين قرب المحطة حين كان ناشطون يستعدون للتظاهر.";
    expect(features(text, "2015-10-10", "30 شخصاً", killed(30, "شخصاً")).earlier).toBe(false);
    const recalled = "وكانت الحصيلة السابقة 20 قتيلاً.";
    expect(features(recalled, "2015-10-10", "20 قتيلاً", killed(20, "قتيلاً")).earlier).toBe(true);
  });
});

describe("one hospital's count is a part of the toll", () => {
  it.each([
    ["وذكرت الوكالة أن مستشفى الطوارئ في العاصمة استقبل أكثر من 30 مصاباً.", "أكثر من 30 مصاباً"],
    ["وقال المنسق إنه أحصى «سبعة قتلى و70 جريحاً» في مستشفاه.", "سبعة قتلى و70 جريحاً"],
  ])("%s", (text, quote) => {
    expect(features(text, "2021-08-27", quote, killed(7)).partial).toBe(true);
  });

  it("keeps the ministry's whole toll whole", () => {
    const text = "وأعلنت وزارة الصحة ارتفاع عدد القتلى إلى 60 قتيلاً.";
    expect(features(text, "2021-08-27", "60 قتيلاً", killed(60)).partial).toBe(false);
  });
});

describe("a hospital the attack struck", () => {
  it("is where it happened, not a part of the toll", () => {
    const text = "قتل 63 شخصاً على الأقل في انفجار قنبلة داخل مستشفى المدينة.";
    expect(features(text, "2016-08-08", "63 شخصاً على الأقل", killed(63)).partial).toBe(false);
  });
});

describe("an attack the report ranks its own against", () => {
  const article = (text: string) => ({ id: "a", publishedAt: "2016-08-08", text });
  const incidentsOf = (text: string, own: string, recalled: string) => {
    const a = article(text);
    return reconcile(
      [a],
      [
        claimOn(a, "own", own, "CASUALTY", killed(63, "شخصا")),
        claimOn(a, "recalled", recalled, "CASUALTY", killed(75, "شخصا")),
      ],
    ).assignments;
  };

  it("keeps «الاعتداء الثاني دموية هذه السنة، بعد مقتل 75 …» out of the report's incident", () => {
    const text =
      "قتل 63 شخصا في انفجار قنبلة داخل مستشفى كويتا اليوم. وبهذه الحصيلة يكون الاعتداء الثاني دموية في البلاد هذه السنة، بعد مقتل 75 شخصا في انفجار قنبلة خلال عطلة عيد الفصح في لاهور.";
    const assignments = incidentsOf(text, "قتل 63 شخصا", "مقتل 75 شخصا");
    expect(assignments.get("own")).toBeDefined();
    expect(assignments.get("recalled")).not.toBe(assignments.get("own"));
  });

  it("keeps «يأتي بعد ثلاثة أشهر فقط من هجوم …» out of it too", () => {
    const text =
      "قتل 63 شخصا في هجوم على فندق في سوسة اليوم. ويأتي الهجوم بعد ثلاثة أشهر فقط من هجوم استهدف سياحا في متحف وأسفر عن مقتل 75 شخصا.";
    const assignments = incidentsOf(text, "قتل 63 شخصا", "مقتل 75 شخصا");
    expect(assignments.get("own")).toBeDefined();
    expect(assignments.get("recalled")).not.toBe(assignments.get("own"));
  });
});

describe("tolls counted over a period", () => {
  it.each([
    "وبذلك يرتفع عدد الشهداء منذ بداية العام الجاري إلى 48 شهيدا.",
    "وقتل أكثر من 300 ألف شخص منذ اندلاع الحرب عام 2011.",
  ])("%s → a running tally, in no incident", (text) => {
    const quote = text.match(/\d+ (?:ألف )?\S+/u)![0];
    const f = features(text, "2023-02-22", quote, killed(Number(quote.split(" ")[0]), ""));
    expect(f.period).toBe("running");
    expect(
      isIncidentClaim({ kind: "CASUALTY", figures: { killed: { qualifier: "exactly", value: 1 } }, features: f }),
    ).toBe(false);
  });

  it("keeps the toll of one raid an incident's", () => {
    const f = features("قتل 11 فلسطينيا في اقتحام مدينة نابلس اليوم.", "2023-02-22", "11 فلسطينيا", killed(11));
    expect(f.period).toBeNull();
  });
});

describe("counts of one attack beside words of totals", () => {
  const count = (text: string, quote: string) => {
    const ctx = articleContext(text, "2014-03-09");
    const start = text.indexOf(quote);
    return claimFeatures(ctx, {
      start,
      end: start + quote.length,
      kind: "COUNT",
      figures: { thing: quote.split(" ").at(-1), value: { qualifier: "exactly", value: 1 } },
    });
  };

  it("reads «مجموعة من السيارات» as a group, not a total", () => {
    const text = "انفجرت سيارة مفخخة يقودها انتحاري بين مجموعة من السيارات عند نقطة تفتيش في مدينة الحلة.";
    expect(count(text, "يقودها انتحاري").period).toBeNull();
  });

  it("keeps a count told with the toll of the same attack in it", () => {
    const text = "وأكد مصدر طبي حصيلة ضحايا هذا الهجوم الذي أدى إلى تدمير أكثر من ستين سيارة.";
    expect(count(text, "أكثر من ستين سيارة").period).toBeNull();
  });

  it("still reads a tally of attacks as running", () => {
    const text = "وبلغت حصيلة الهجمات على القواعد 30 هجوما.";
    expect(count(text, "30 هجوما").period).toBe("running");
  });
});
