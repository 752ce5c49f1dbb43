import { describe, expect, it } from "vitest";
import { quoteShingles } from "../claims/claim-keys";
import { suggestLink, type TLinkableClaim } from "./suggest-link";

const claim = (over: Partial<TLinkableClaim> & { id: string; articleId: string }): TLinkableClaim => ({
  date: null, kind: "STATEMENT", eventId: null, figures: {}, quoteShingles: [], thingKey: "", ...over,
});

describe("suggestLink", () => {
  it("reads counts of the same thing at different dates as updates, earliest first", () => {
    const thing = "attacks on us forces";
    const c84 = claim({ id: "a", articleId: "000", kind: "COUNT", thingKey: thing, date: "2023-12-09", figures: { thing: "attacks on US forces", value: { qualifier: "at_least", value: 84 }, since: "2023-10-17" } });
    const c92 = claim({ id: "b", articleId: "001", kind: "COUNT", thingKey: thing, date: "2023-12-11", figures: { thing: "attacks on US forces", value: { qualifier: "exactly", value: 92 } } });
    const c150 = claim({ id: "c", articleId: "003", kind: "COUNT", thingKey: thing, date: "2024-01-24", figures: { thing: "attacks on US forces", value: { qualifier: "more_than", value: 150 } } });
    expect(suggestLink(c92, c84)).toMatchObject({ relation: "UPDATES", fromClaimId: "a", toClaimId: "b", reason: "Counts of attacks on US forces at different dates: at least 84 as of 2023-12-09 → 92 as of 2023-12-11" });
    expect(suggestLink(c150, c84)).toMatchObject({ relation: "UPDATES", fromClaimId: "a", toClaimId: "c" });
  });

  it("contradicts counts on the same date that cannot both hold, agrees when they can", () => {
    const base = { kind: "COUNT", thingKey: "rockets", date: "2024-04-22" };
    const five = claim({ ...base, id: "a", articleId: "1", figures: { thing: "rockets", value: { qualifier: "at_least", value: 5 } } });
    const two = claim({ ...base, id: "b", articleId: "2", figures: { thing: "rockets", value: { qualifier: "exactly", value: 2 } } });
    const six = claim({ ...base, id: "c", articleId: "3", figures: { thing: "rockets", value: { qualifier: "exactly", value: 6 } } });
    expect(suggestLink(five, two)?.relation).toBe("CONTRADICTS");
    expect(suggestLink(five, six)?.relation).toBe("AGREES");
  });

  it("compares casualty figures of the same event", () => {
    const pmf = claim({ id: "a", articleId: "003", kind: "CASUALTY", eventId: "e", figures: { killed: { qualifier: "exactly", value: 1 }, injured: { qualifier: "exactly", value: 2 } } });
    const reuters = claim({ id: "b", articleId: "x", kind: "CASUALTY", eventId: "e", figures: { killed: { qualifier: "at_least", value: 2 }, injured: { qualifier: "at_least", value: 4 } } });
    const about = claim({ id: "c", articleId: "y", kind: "CASUALTY", eventId: "e", figures: { killed: { qualifier: "about", value: 1 } } });
    expect(suggestLink(pmf, reuters)).toMatchObject({ relation: "CONTRADICTS", reason: "Same event, figures that cannot both be true — killed: 1 vs at least 2" });
    expect(suggestLink(pmf, about)).toMatchObject({ relation: "AGREES" });
    expect(suggestLink(pmf, { ...reuters, eventId: "other" })).toBeNull();
  });

  it("agrees on the same quote in two articles", () => {
    const q = "عملياتنا الجهادية ضد الاحتلال الأميركي ستستمر حتى إخراج آخر جندي له من أرض العراق";
    const a = claim({ id: "a", articleId: "000", quoteShingles: quoteShingles(q.replace("الأميركي", "الأمريكي").replace("الجهادية", "الجهاديـة") + " وإذا أرادت الحكومة") });
    const b = claim({ id: "b", articleId: "001", quoteShingles: quoteShingles(q) });
    expect(suggestLink(a, b)).toMatchObject({ relation: "AGREES", reason: expect.stringContaining("same quote") });
  });

  it("never links a claim with its own article", () => {
    expect(suggestLink(claim({ id: "a", articleId: "1", quoteShingles: ["x"] }), claim({ id: "b", articleId: "1", quoteShingles: ["x"] }))).toBeNull();
  });
});
