import { describe, expect, it } from "vitest";
import { annotatorMessages } from "@/components/annotator/messages";
import { assignmentMessages } from "@/components/assignments/messages";
import { incidentMessages } from "@/components/incidents/messages";
import { reviewMessages } from "@/components/review/messages";
import { suggestionMessages } from "@/components/suggestions/messages";
import { messages } from "@/lib/i18n/messages";
import { formatPlural } from "@/lib/i18n/icu";

const counts = [0, 1, 2, 3, 11, 100];
const arabic = (forms: Parameters<typeof formatPlural>[0]) => counts.map((n) => formatPlural(forms, n, "ar"));
const english = (forms: Parameters<typeof formatPlural>[0]) => [0, 1, 2].map((n) => formatPlural(forms, n, "en"));

describe("counts in the interface take the plural form of their number", () => {
  it("links in the review queue", () => {
    expect(arabic(reviewMessages.ar.queue.count)).toEqual([
      "لا روابط",
      "رابط واحد",
      "رابطان",
      "3 روابط",
      "11 رابطًا",
      "100 رابط",
    ]);
    expect(english(reviewMessages.en.queue.count)).toEqual(["0 links", "1 link", "2 links"]);
  });

  it("articles read and suggestions made by a suggestion run", () => {
    expect(arabic(suggestionMessages.ar.run.articles)).toEqual([
      "0 مقال",
      "مقال واحد",
      "مقالين",
      "3 مقالات",
      "11 مقالًا",
      "100 مقال",
    ]);
    expect(arabic(suggestionMessages.ar.run.proposals)).toEqual([
      "لا اقتراحات جديدة",
      "اقتراح جديد واحد",
      "اقتراحان جديدان",
      "3 اقتراحات جديدة",
      "11 اقتراحًا جديدًا",
      "100 اقتراح جديد",
    ]);
    expect(english(suggestionMessages.en.run.articles)).toEqual(["0 articles", "1 article", "2 articles"]);
  });

  it("the length of a selection in the reader, and the independent sources behind a grade", () => {
    expect(arabic(annotatorMessages.ar.toolbar.length)).toEqual([
      "0 حرف",
      "حرف واحد",
      "حرفان",
      "3 أحرف",
      "11 حرفًا",
      "100 حرف",
    ]);
    expect(english(annotatorMessages.en.toolbar.length)).toEqual(["0 characters", "1 character", "2 characters"]);
    expect(formatPlural(incidentMessages.ar.reasons.independent_sources, 2, "ar")).toBe(
      "مصدران مستقلان موثوقان يُبلغان عنها ويتفقان.",
    );
  });

  it("claims a verdict rests on and claims split out of an incident", () => {
    expect(arabic(reviewMessages.ar.event.evidence)).toEqual([
      "لا يستند إلى أي ادعاء",
      "يستند إلى ادعاء واحد",
      "يستند إلى ادعاءين",
      "يستند إلى 3 ادعاءات",
      "يستند إلى 11 ادعاءً",
      "يستند إلى 100 ادعاء",
    ]);
    expect(english(reviewMessages.en.event.evidence)).toEqual([
      "Rests on 0 claims",
      "Rests on 1 claim",
      "Rests on 2 claims",
    ]);
    expect(english(incidentMessages.en.actions.split)).toEqual([
      "Split out 0 claims",
      "Split out 1 claim",
      "Split out 2 claims",
    ]);
    expect(formatPlural(incidentMessages.ar.reasons.contradicting_links, 2, "ar")).toBe(
      "رابطان بين هذه الادعاءات يقولان إنها متناقضة.",
    );
  });

  it("new assignments, files imported so far, and suggestions of one kind rejected at once", () => {
    expect(arabic(assignmentMessages.ar.assign.done)).toEqual([
      "لا إسنادات جديدة.",
      "إسناد جديد واحد.",
      "إسنادان جديدان.",
      "3 إسنادات جديدة.",
      "11 إسنادًا جديدًا.",
      "100 إسناد جديد.",
    ]);
    expect(english(assignmentMessages.en.assign.done)).toEqual([
      "0 new assignments.",
      "1 new assignment.",
      "2 new assignments.",
    ]);
    expect(counts.map((n) => formatPlural(messages.ar.importPanel.progress, n, "ar", { done: 0 }))).toEqual([
      "0 من 0 ملف",
      "0 من ملف واحد",
      "0 من ملفين",
      "0 من 3 ملفات",
      "0 من 11 ملفًا",
      "0 من 100 ملف",
    ]);
    expect([0, 1, 2].map((n) => formatPlural(messages.en.importPanel.progress, n, "en", { done: 0 }))).toEqual([
      "0 of 0 files",
      "0 of 1 file",
      "0 of 2 files",
    ]);
    expect(formatPlural(suggestionMessages.ar.panel.confirmRejectAll, 2, "ar", { kind: "ادعاء" })).toBe(
      "رفض اقتراحَي «ادعاء» كليهما؟ لن يُقترحا مجددًا.",
    );
    expect(formatPlural(suggestionMessages.en.panel.confirmRejectAll, 1, "en", { kind: "claim" })).toBe(
      "Reject the claim suggestion? It will not be proposed again.",
    );
  });
});
