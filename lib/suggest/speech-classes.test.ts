/**
 * Statement, speaker and figure-source classes of the third round on the development part of the
 * real reports, each tested with sentences written for these tests (never the reports' own words).
 */
import { describe, expect, it } from "vitest";
import { suggestArticle } from "./suggest-article";
import type { TProposal } from "./types";

function run(text: string): TProposal[] {
  return suggestArticle({ text, publishedAt: "2022-05-10" });
}
function statements(text: string): Array<{ content: string; speaker: string }> {
  return run(text).flatMap((p) => {
    const content = p.kind === "STATEMENT" ? p.range.text : p.parts.find((x) => x.role === "content")?.text;
    return content === undefined ? [] : [{ content, speaker: p.speaker?.text ?? "" }];
  });
}

describe("the outlet told, written in quotation marks after «لـ»", () => {
  it.each([
    ['وأوضح الناطق لـ"سكاي نيوز"، أن الأرقام ليست نهائية.', "أن الأرقام ليست نهائية", "الناطق"],
    [
      "وقال ضابط في الشرطة، لـ“الحدث اليوم“ إن ”الدوريات أغلقت الطريق“.",
      "إن ”الدوريات أغلقت الطريق“",
      "ضابط في الشرطة",
    ],
  ])("%s", (text, content, speaker) => {
    expect(statements(text)).toEqual([{ content, speaker }]);
  });
});

describe("a nisba-shaped ministry name heads its construct", () => {
  it("reads «وزارة داخلية الإقليم» as one speaker", () => {
    expect(statements("وقالت وزارة داخلية الولاية في بيان إن الطريق أعيد فتحه.")).toEqual([
      { content: "إن الطريق أعيد فتحه", speaker: "وزارة داخلية الولاية" },
    ]);
  });
});

describe("a «لكن» that qualifies what was said belongs to the statement", () => {
  it("runs the content past «لكن» and through a quotation inside it", () => {
    expect(
      statements('وقال ضابط إن أربعة مدنيين قتلوا، لكن الحصيلة "أولية، وقد ترتفع"، لأن البحث ما زال جارياً.'),
    ).toMatchObject([
      {
        content: 'إن أربعة مدنيين قتلوا، لكن الحصيلة "أولية، وقد ترتفع"، لأن البحث ما زال جارياً',
        speaker: "ضابط",
      },
    ]);
  });

  it("ends at «لكن» when another speaker says something after it", () => {
    expect(statements("وقال المحافظ إن الطريق آمن، لكن الشرطة نفت ذلك.")[0]).toEqual({
      content: "إن الطريق آمن",
      speaker: "المحافظ",
    });
  });

  it("ends at «لكنه», whose pronoun may be the speaker", () => {
    expect(statements("وقال المحافظ إن الطريق آمن، لكنه لم يذكر موعد فتحه.")).toEqual([
      { content: "إن الطريق آمن", speaker: "المحافظ" },
    ]);
  });
});
