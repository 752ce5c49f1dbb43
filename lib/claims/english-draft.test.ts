import { describe, expect, it } from "vitest";
import { GAP } from "../glossary/render-english";
import { buildEnglishDraft } from "./english-draft";

const base = { speaker: "", attribution: "", channel: "", place: "", occurredOn: null, figures: {} };

describe("buildEnglishDraft", () => {
  it("states casualty figures with their qualifiers, victims and perpetrator", () => {
    expect(
      buildEnglishDraft({
        ...base,
        kind: "CASUALTY",
        speaker: "the Popular Mobilization Forces",
        channel: "statement",
        place: "Jurf al-Nasr",
        occurredOn: "2024-01-24",
        figures: {
          killed: { qualifier: "exactly", value: 1 },
          injured: { qualifier: "exactly", value: 2 },
          victims: "PMF members",
          perpetrator: "US strikes",
        },
      }),
    ).toBe(
      "the Popular Mobilization Forces in a statement reported 1 killed and 2 injured among PMF members by US strikes in Jurf al-Nasr on 2024-01-24.",
    );
  });

  it("states counts with what is counted and their dates", () => {
    expect(
      buildEnglishDraft({
        ...base,
        kind: "COUNT",
        speaker: "Washington",
        figures: {
          thing: "attacks on US forces",
          value: { qualifier: "exactly", value: 92 },
          since: "2023-10-17",
          asOf: "2023-12-11",
        },
      }),
    ).toBe("Washington counted 92 attacks on US forces since 2023-10-17 as of 2023-12-11.");
  });

  it("leaves the words of a statement as a gap instead of inventing them", () => {
    const draft = buildEnglishDraft({
      ...base,
      kind: "STATEMENT",
      speaker: "Abu Ali al-Askari",
      attribution: "via a social media post",
    });
    expect(draft).toBe(`Abu Ali al-Askari (via a social media post) said: ${GAP}`);
  });

  it("says «an interview» but «a statement»", () => {
    expect(buildEnglishDraft({ ...base, kind: "STATEMENT", speaker: "Mark Esper", channel: "interview" })).toBe(
      `Mark Esper in an interview said: ${GAP}`,
    );
  });

  it("names an unnamed source as such", () => {
    expect(buildEnglishDraft({ ...base, kind: "EVENT", place: "Baghdad" })).toBe(
      `An unnamed source reported in Baghdad: ${GAP}`,
    );
  });
});
