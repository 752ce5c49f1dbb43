import { describe, expect, it } from "vitest";
import { victimCategory, victimNationality } from "./features";

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
