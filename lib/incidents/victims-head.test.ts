import { describe, expect, it } from "vitest";
import { victimCategory, victimNationality } from "./features";
import { casualtyFeatures, exactly } from "./testing";

describe("whose toll it is, by the head of the victims' words", () => {
  it("does not take a breakdown after «بينهم»/«منهم» for the whole toll", () => {
    expect(victimCategory("عشرة أشخاص بينهم مدنيون")).toBe("unknown");
    expect(victimCategory("سبعة أشخاص من بينهم جنود")).toBe("unknown");
    expect(victimNationality("ستة عسكريين منهم أمريكيان")).toBeNull();
  });

  it("still reads the head", () => {
    expect(victimCategory("مدنيين بينهم أطفال")).toBe("civilian");
    expect(victimNationality("جنود أمريكيين بينهم ضابط")).toBe("us");
  });
});

describe("whose toll it is, when the victims' words are elsewhere", () => {
  it("reads an armed movement's members as militants, security members as military", () => {
    expect(victimCategory("عناصر الحركة")).toBe("militant");
    expect(victimCategory("مقاتلي طالبان")).toBe("militant");
    expect(victimCategory("عناصر من قوات الأمن")).toBe("military");
  });

  it("takes them from the total's own words («عدد القتلى المدنيين … ارتفع إلى 72»)", () => {
    const text = "وقال المسؤول إن عدد القتلى المدنيين في الانفجارين ارتفع إلى 72.";
    const f = casualtyFeatures(text, "2021-08-27", "72", { killed: exactly(72), victims: "" });
    expect(f.victimCategory).toBe("civilian");
  });

  it("does not take who raided as whose toll («حصيلة قتلى اقتحام الجيش …»)", () => {
    const text = "وارتفعت حصيلة قتلى اقتحام الجيش للمخيم إلى تسعة قتلى.";
    const f = casualtyFeatures(text, "2023-01-26", "تسعة قتلى", { killed: exactly(9), victims: "قتلى" });
    expect(f.victimCategory).toBe("unknown");
  });
});
