import { describe, expect, it } from "vitest";
import { matchKey } from "../arabic/normalize";
import { articleContext, claimFeatures, namedPlaces, sentenceAround } from "./features";
import { placeLineage } from "./gazetteer";
import { reconcile, type TReportArticle } from "./reconcile";
import { casualtyOn, exactly } from "./testing";

describe("places the gazetteer does not know", () => {
  it("reads a name after a word that says it is a town, a village or a countryside", () => {
    expect(namedPlaces(matchKey("سقطت قذائف على بلدة كفر نبل وقرية الحامدية بريف مصياف"))).toEqual([
      matchKey("كفر نبل"),
      matchKey("الحامدية"),
      matchKey("مصياف"),
    ]);
  });

  it("does not read a name that ends in a direction across «east of» another place", () => {
    const at = (text: string) => articleContext(text, "2019-11-16").leadFeatures.places;
    expect(at("انفجرت سيارة مفخخة في مدينة الباب شرقي حلب اليوم.")).not.toContain("bab-al-sharqi");
    expect(at("انفجرت عبوة ناسفة في منطقة الباب الشرقي وسط بغداد.")).toContain("bab-al-sharqi");
  });

  it("reads no name after a place noun with the article, and a name that begins with «الشيخ» whole", () => {
    const at = (text: string) => articleContext(text, "2014-10-24").leadFeatures.places;
    expect(at("هجوم انتحاري وسط حشد في البلدة أسفر عن سقوط 20 قتيلا.")).toEqual([]);
    expect(at("انفجار أمام كراج المدينة المسمى بكراج الأحياء.")).toEqual([]);
    expect(at("هجوم على نقطة تفتيش بمدينة الشيخ زويد في شمال سيناء.")).toContain(matchKey("الشيخ زويد"));
  });

  it("reads a town's name in quotation marks after «مدينة»", () => {
    expect(namedPlaces(matchKey('انفجار استهدف تجمعا انتخابيا في مدينة "مستونج" بإقليم بلوشستان'))).toEqual([
      matchKey("مستونج"),
    ]);
  });

  it("takes no place from the attack a happening is ranked against («منذ تفجير …»)", () => {
    const text =
      "قتل 40 طالبا في هجوم على جامعة في المدينة، في أعنف هجوم منذ تفجير السفارة الأميركية في بغداد قبل سنوات.";
    const ctx = articleContext(text, "2015-04-02");
    const start = text.indexOf("40 طالبا");
    const f = claimFeatures(ctx, {
      start,
      end: start + 8,
      kind: "CASUALTY",
      figures: { killed: { qualifier: "exactly", value: 40 }, victims: "طالبا" },
    });
    expect(f.places).not.toContain("us-embassy-baghdad");
    expect(f.places).not.toContain("baghdad");
  });

  it("does not place a happening in the city a road leads to («من جهة بغداد»)", () => {
    const at = (text: string) => articleContext(text, "2014-03-09").leadFeatures.places;
    expect(at("انفجرت سيارة مفخخة عند المدخل الشمالي لمدينة الحلة من جهة بغداد.")).not.toContain("baghdad");
  });

  it("takes no time of day or armed force for a name («لتنظيم القاعدة مساء اليوم»: al-Qaeda, not a base)", () => {
    expect(namedPlaces(matchKey("وتبنت حركة الشباب التابعة لتنظيم القاعدة مساء اليوم الهجوم"))).toEqual([]);
    expect(namedPlaces(matchKey("سقط صاروخان على معسكر للجيش اليمني"))).toEqual([]);
  });

  it("gives one key to one name told in two reports", () => {
    expect(namedPlaces(matchKey("في مدينة سراقب"))).toEqual(namedPlaces(matchKey("بريف سراقب")));
  });

  it("skips words that describe or point from a place, and places the gazetteer knows", () => {
    expect(namedPlaces(matchKey("استهدفت قرية صغيرة شرقها ومدينة بغداد وبلدة شمالي المحافظة"))).toEqual([]);
    expect(namedPlaces(matchKey("قتل بعيار ناري في حي في جنوب المدينة، قرب قرية على الطريق"))).toEqual([]);
  });

  it("groups the villages of one report's day into its incident, and keeps another report's village apart", () => {
    const a: TReportArticle = {
      id: "a",
      publishedAt: "2021-03-02",
      text:
        "قتل ثلاثة مدنيين اليوم الثلاثاء في قصف جوي على قرية المزيرعة بريف سراقب.\n" +
        "كما قتل طفلان في غارة أخرى على بلدة تفتناز اليوم.",
    };
    const b: TReportArticle = {
      id: "b",
      publishedAt: "2021-03-02",
      text: "قتل أربعة مدنيين اليوم الثلاثاء في غارة على بلدة معرشمارين.",
    };
    const claims = [
      casualtyOn(a, "a1", "قتل ثلاثة مدنيين", { killed: exactly(3), victims: "مدنيين" }),
      casualtyOn(a, "a2", "قتل طفلان", { killed: exactly(2), victims: "طفلان" }),
      casualtyOn(b, "b1", "قتل أربعة مدنيين", { killed: exactly(4), victims: "مدنيين" }),
    ];
    const { assignments } = reconcile([a, b], claims);
    expect(assignments.get("a1")).toBeDefined();
    expect(assignments.get("a2")).toBe(assignments.get("a1"));
    expect(assignments.get("b1")).toBeDefined();
    expect(assignments.get("b1")).not.toBe(assignments.get("a1"));
  });
});

describe("a district the gazetteer does not know, in a report on a known place", () => {
  it("is where in that place the report's incident happened", () => {
    const a: TReportArticle = {
      id: "a",
      publishedAt: "2022-02-08",
      text:
        "سقطت ثلاثة صواريخ على بغداد مساء أمس، وقتل اثنان من المارة.\n" +
        "وقال مصدر في الشرطة إن أحد الصواريخ سقط على منزل في حي الأمين ما أدى إلى إصابة أربعة من سكانه.",
    };
    const claims = [
      casualtyOn(a, "a1", "قتل اثنان من المارة", { killed: exactly(2), victims: "المارة" }),
      casualtyOn(a, "a2", "إصابة أربعة من سكانه", { injured: exactly(4), victims: "سكانه" }),
    ];
    const { assignments } = reconcile([a], claims);
    expect(assignments.get("a1")).toBeDefined();
    expect(assignments.get("a2")).toBe(assignments.get("a1"));
  });
});

/** The places of a casualty claim on `quote` in `text`, published on `publishedAt`. */
const placesOf = (text: string, quote: string, publishedAt = "2021-05-04") => {
  const ctx = articleContext(text, publishedAt);
  const start = text.indexOf(quote);
  return claimFeatures(ctx, {
    start,
    end: start + quote.length,
    kind: "CASUALTY",
    figures: { killed: exactly(2), victims: "شخصين" },
  }).places;
};

describe("the base gazetteer", () => {
  it("knows the US embassy by the country's full name and K-1 with a hyphen", () => {
    expect(placesOf("قتل شخصين في هجوم قرب سفارة الولايات المتحدة.", "قتل شخصين")).toContain("us-embassy-baghdad");
    expect(placesOf("قتل شخصين في هجوم على قاعدة كي-1.", "قتل شخصين")).toContain("k1");
  });

  it("knows a capital by the words «العاصمة العراقية» and Beirut's southern suburbs", () => {
    expect(placesOf("قتل شخصين في انفجار وسط العاصمة العراقية.", "قتل شخصين")).toEqual(["baghdad"]);
    expect(placesOf("قتل شخصين في غارة على الضاحية الجنوبية.", "قتل شخصين")).toEqual(["dahiyeh"]);
  });

  it("places a town inside its province and country", () => {
    expect(placeLineage("rafah")).toEqual(["rafah", "gaza", "palestine"]);
    expect(placesOf("قتل شخصين في غارة على خان يونس جنوبي قطاع غزة.", "قتل شخصين")).toEqual(["khan-younis", "gaza"]);
  });

  it("does not read a place in a word that only contains its name without the article", () => {
    expect(placesOf("قتل شخصين وانتشلت فرقه الجثث.", "قتل شخصين")).toEqual([]);
    expect(placesOf("قتل شخصين في الرقة.", "قتل شخصين")).toEqual(["raqqa"]);
  });

  it("knows the capitals and towns of the region's other conflicts, by name or as «العاصمة + its country»", () => {
    expect(placesOf("قتل شخصين في تفجير وسط العاصمة الصومالية.", "قتل شخصين")).toEqual(["mogadishu"]);
    expect(placesOf("قتل شخصين في هجوم قرب مطار كابول.", "قتل شخصين")).toEqual(["kabul-airport", "kabul"]);
    expect(placeLineage("karrada")).toEqual(["karrada", "baghdad", "iraq"]);
  });

  it("leaves out states whose names stand for who acted or mediated", () => {
    expect(placesOf("قتل شخصين في هجوم بطائرة قادمة من السعودية.", "قتل شخصين")).toEqual([]);
  });
});

describe("large cities across the region, a wire dateline and a place another borders on (sentences of our own)", () => {
  it("knows Lahore, Mazar-i-Sharif and Sharm el-Sheikh, and keeps Mazar-i-Sharif apart from Kabul", () => {
    expect(placesOf("قتل شخصين في تفجير وسط لاهور.", "قتل شخصين")).toEqual(["lahore"]);
    expect(placesOf("قتل شخصين في انفجار قرب ضريح في مزار شريف.", "قتل شخصين")).toEqual(["balkh"]);
    expect(placesOf("قتل شخصين في انفجار في شرم الشيخ.", "قتل شخصين")).toEqual(["south-sinai"]);
    expect(placeLineage("balkh")).not.toContain("kabul");
  });

  it("does not read Baghdad's US embassy in a report on the embassy in Sanaa", () => {
    const text = "قتل 16 شخصا في هجوم على السفارة الأمريكية في صنعاء. وقال مصدر إن مبنى السفارة الأمريكية لم يتضرر.";
    expect(articleContext(text, "2008-09-17").leadFeatures.places).toEqual(["sanaa"]);
    expect(placesOf("قتل شخصين في هجوم على السفارة الأمريكية.", "قتل شخصين")).toEqual(["us-embassy-baghdad"]);
  });

  it("takes no place from a wire report's dateline with its date («انقرة 22 أغسطس 2016 /»)", () => {
    const text = "انقرة 22 أغسطس 2016 /ارتفع عدد القتلى في التفجير بمدينة غازي عنتاب إلى 54 شخصا.";
    expect(articleContext(text, "2016-08-22").leadFeatures.places).toEqual(["gaziantep"]);
  });

  it("does not place a happening in the town its place borders on («المتاخمة لمدينة كوباني»)", () => {
    expect(placesOf("قتل شخصين في تفجير بمركز ثقافي في سوروج المتاخمة لمدينة كوباني.", "قتل شخصين")).toEqual([
      "sanliurfa",
    ]);
  });
});

describe("places of the newer reports", () => {
  it("places Jableh in Latakia, and Abqaiq and Khurais in one province", () => {
    expect(placeLineage("jableh")).toEqual(["jableh", "latakia", "syria"]);
    expect(placeLineage("abqaiq").at(-1)).toBe(placeLineage("khurais").at(-1));
  });
});

describe("bases, camps and airports the gazetteer does not know", () => {
  it("reads the name after «قاعدة»، «معسكر»، «مطار», not the words that describe them", () => {
    expect(namedPlaces(matchKey("سقطت صواريخ على قاعدة الوادي الأخضر"))).toEqual([matchKey("الوادي الأخضر")]);
    expect(namedPlaces(matchKey("استهدف الهجوم معسكر الصمود ومطار الزهور"))).toEqual([
      matchKey("الصمود"),
      matchKey("الزهور"),
    ]);
    expect(namedPlaces(matchKey("سقط صاروخ قرب قاعدة عسكرية ومطار دولي"))).toEqual([]);
  });
});

describe("words after a place noun that are not a name (sentences of our own)", () => {
  it.each([
    "وسقطت القذائف على المدن القريبة من الحدود",
    "وهاجم المسلحون مخيما يحتجزون فيه الرهائن",
    "واستهدف الهجوم معسكر تدريب للشرطة",
    "وأعلنت قيادة معسكر سيطر عليه المسلحون",
    "وقصف الجيش معسكر ارهابي في الجبال",
    "وتعرضت مدن سورية وعراقية لهجمات",
  ])("%s → no place", (text) => {
    expect(namedPlaces(matchKey(text))).toEqual([]);
  });

  it("reads a name after a hashtag's mark («مدينة #ملتان»)", () => {
    expect(namedPlaces(matchKey("انفجار في مدينة #ملتان شرقي باكستان"))).toEqual([matchKey("ملتان")]);
  });
});

describe("names that are other words (sentences of our own)", () => {
  it("reads no al-Qaim in «قائم مقام القضاء» and no Syria in «قوات سوريا الديمقراطية»", () => {
    const text = "قتل 4 مقاتلين من قوات سوريا الديمقراطية في هجوم، بحسب قائم مقام القضاء.";
    const start = text.indexOf("4 مقاتلين");
    const f = claimFeatures(articleContext(text, "2019-03-01"), {
      start,
      end: start + 9,
      kind: "CASUALTY",
      figures: {},
    });
    expect(f.places).toEqual([]);
  });

  it("reads neither Kut in «الكوت ديفوار» nor al-Qaim in «القائم بأعمال السفارة»", () => {
    const text =
      "قتل 18 شخصا في هجوم على فنادق في منتجع ساحلي. وقال وزير داخلية الكوت ديفوار إن العدد ارتفع. وأكد القائم بأعمال السفارة أن 3 قتلوا.";
    const ctx = articleContext(text, "2016-03-14");
    for (const quote of ["18 شخصا", "3 قتلوا"]) {
      const start = text.indexOf(quote);
      const f = claimFeatures(ctx, { start, end: start + quote.length, kind: "CASUALTY", figures: {} });
      expect(f.places).toEqual([]);
    }
  });
});

describe("a point inside a number or an abbreviation is no full stop (sentences of our own)", () => {
  it("keeps «(د. ب. أ)» and «13.00» inside their sentence", () => {
    const text =
      "قتل 15 شخصا، وفق ما قال مصدر طبي لوكالة الأنباء الألمانية (د. ب. أ)، قبيل الساعة 13.00 في حلب. وقال آخر.";
    const r = sentenceAround(text, { start: 5, end: 6 });
    expect(text.slice(r.start, r.end)).toBe(text.slice(0, text.indexOf(" وقال") - 1));
  });

  it("reads the place after «قبيل الساعة 13.00 (08.30 ت غ)» as the lead's", () => {
    const text =
      "قتل 17 شخصا على الأقل في انفجار سيارة مفخخة قبيل الساعة 13.00 (08.30 ت غ) في وسط كابول، بحسب ما أعلنت السلطات.";
    const start = text.indexOf("17 شخصا");
    const f = claimFeatures(articleContext(text, "2018-01-27"), {
      start,
      end: start + 7,
      kind: "CASUALTY",
      figures: {},
    });
    expect(f.places).toEqual(["kabul"]);
  });
});

describe("places of wave 14's incidents the gazetteer knows", () => {
  it("places an attack in Najran, Shubra al-Kheima, Inates (under Tillabéri) and al-Tawahi (under Aden)", () => {
    const at = (text: string) => articleContext(text, "2019-12-11").leadFeatures.places;
    expect(at("قتل شخصان في تفجير انتحاري استهدف مسجدا في نجران.")).toContain("najran");
    expect(at("انفجرت سيارة مفخخة أمام مبنى في شبرا الخيمة.")).toContain("qalyubia");
    expect(at("هاجم مسلحون معسكرا للجيش في إيناتيس قرب الحدود.")).toContain("inates");
    expect(placeLineage("inates")).toContain("tillaberi");
    expect(placeLineage("tawahi")).toContain("aden");
  });
});

describe("places of waves 16 and 17 the gazetteer knows", () => {
  it("places an attack in Ghazni (either spelling), Mardan, Warsak (under Peshawar), al-Buraiqa (under Aden) and Jabal Mohsen", () => {
    const at = (text: string) => articleContext(text, "2020-11-29").leadFeatures.places;
    expect(at("قتل 20 جنديا في تفجير انتحاري استهدف قاعدة في غزنة.")).toContain("ghazni");
    expect(at("قتل 20 جنديا في تفجير انتحاري استهدف قاعدة في غزني.")).toContain("ghazni");
    expect(at("فجر انتحاري نفسه أمام محكمة في مردان.")).toContain("mardan");
    expect(at("قتل أربعة مهاجمين في ورساك.")).toContain("warsak");
    expect(placeLineage("warsak")).toContain("peshawar");
    expect(at("سقط صاروخ على معسكر في البريقة.")).toContain("buraiqa");
    expect(placeLineage("buraiqa")).toContain("aden");
    expect(at("انفجرت قنبلة في مقهى في جبل محسن.")).toContain("jabal-mohsen");
  });
});
