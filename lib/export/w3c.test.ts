import { describe, expect, it } from "vitest";
import { z } from "zod";
import { asText, bundle, collect, PROJECT, TEXT } from "./test-fixtures";
import { ANNOTATION_CONTEXT, w3cWriter } from "./w3c";

/**
 * The W3C Web Annotation Data Model's MUSTs for what this export uses (§3.1 Annotation, §3.2.4
 * TextualBody, §3.2.1 language/textDirection, §3.3.5 motivations, §4 SpecificResource, §4.2.4
 * TextQuoteSelector, §4.2.5 TextPositionSelector, §5 Collections), as a schema.
 */
const IRI = z.string().regex(/^[a-z][a-z0-9+.-]*:\S+$/i, "an IRI");
const MOTIVATIONS = [
  "assessing",
  "bookmarking",
  "classifying",
  "commenting",
  "describing",
  "editing",
  "highlighting",
  "identifying",
  "linking",
  "moderating",
  "questioning",
  "replying",
  "tagging",
] as const;
const DATE_TIME_UTC = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, "xsd:dateTime in UTC with Z");
const Direction = z.enum(["ltr", "rtl", "auto"]);
const TextualBody = z.object({
  type: z.literal("TextualBody"),
  value: z.string().min(1),
  purpose: z.enum(MOTIVATIONS).optional(),
  language: z.string().optional(),
  textDirection: Direction.optional(),
  format: z.string().optional(),
});
const Source = z.union([
  IRI,
  z.object({
    id: IRI,
    language: z.string().optional(),
    textDirection: Direction.optional(),
    format: z.string().optional(),
    type: z.string().optional(),
  }),
]);
const Selector = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("TextQuoteSelector"),
    exact: z.string().min(1),
    prefix: z.string().optional(),
    suffix: z.string().optional(),
  }),
  z.object({
    type: z.literal("TextPositionSelector"),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
]);
const SpecificResource = z.object({
  id: IRI.optional(),
  type: z.literal("SpecificResource").optional(),
  source: Source,
  selector: z.union([Selector, z.array(Selector).min(1)]).optional(),
});
const Target = z.union([IRI, SpecificResource]);
const Agent = z.object({
  id: IRI.optional(),
  type: z.enum(["Person", "Organization", "Software"]).optional(),
  name: z.string().optional(),
});
const Annotation = z.object({
  "@context": z.never().optional(),
  id: IRI,
  type: z.union([z.literal("Annotation"), z.array(z.string()).refine((t) => t.includes("Annotation"))]),
  motivation: z.enum(MOTIVATIONS).optional(),
  creator: Agent.optional(),
  created: DATE_TIME_UTC.optional(),
  modified: DATE_TIME_UTC.optional(),
  body: z.union([TextualBody, z.array(TextualBody)]).optional(),
  target: z.union([Target, z.array(Target).min(1)]),
});
const Collection = z.object({
  "@context": z.literal(ANNOTATION_CONTEXT),
  id: IRI,
  type: z.literal("AnnotationCollection"),
  label: z.string(),
  total: z.number().int().nonnegative(),
  generated: DATE_TIME_UTC.optional(),
  first: z
    .object({
      id: z.string(),
      type: z.literal("AnnotationPage"),
      partOf: IRI,
      startIndex: z.literal(0),
      items: z.array(Annotation).min(1),
    })
    .optional(),
});

type TAnnotation = z.infer<typeof Annotation>;
type TTarget = z.infer<typeof SpecificResource>;

function exportDocument(bundles = [bundle()]) {
  const doc = Collection.parse(JSON.parse(asText(collect(w3cWriter, bundles))));
  if (doc.total > 0 !== Boolean(doc.first))
    throw new Error("a collection with annotations needs exactly one first page");
  return doc;
}

const selectors = (target: TTarget) =>
  Array.isArray(target.selector) ? target.selector : target.selector ? [target.selector] : [];

describe("W3C Web Annotation", () => {
  it("is a valid AnnotationCollection with one annotation per live span and one per link that starts here", () => {
    const doc = exportDocument();
    expect(doc.first!.items).toHaveLength(5 + 2);
    expect(doc.total).toBe(7);
    expect(doc.label).toBe(PROJECT.name);
  });

  it("gives TextPositionSelector offsets in code points that select the quote, after an emoji and on an astral character", () => {
    const codePoints = [...TEXT];
    const spans = exportDocument().first!.items.filter((a) => a.motivation === "tagging");
    for (const annotation of spans) {
      const target = annotation.target as TTarget;
      const [quote, position] = selectors(target);
      if (quote?.type !== "TextQuoteSelector" || position?.type !== "TextPositionSelector")
        throw new Error("both selectors are expected");
      expect(codePoints.slice(position.start, position.end).join("")).toBe(quote.exact);
      expect(TEXT.slice(0, TEXT.indexOf(quote.exact)).endsWith(quote.prefix ?? "")).toBe(true);
    }
    const rockets = spans.find((a) => a.id.endsWith("s-rockets"))!;
    const position = selectors(rockets.target as TTarget)[1];
    // UTF-16 says 21: the emoji and the letter 𝐀 before it are one code point each, not two.
    expect(TEXT.indexOf("3 صواريخ 🚀")).toBe(21);
    expect(position).toEqual({ type: "TextPositionSelector", start: 19, end: 29 });
  });

  it("marks the source as Arabic, right to left, plain text", () => {
    const annotation = exportDocument().first!.items[0]!;
    expect((annotation.target as TTarget).source).toMatchObject({
      language: "ar",
      textDirection: "rtl",
      format: "text/plain",
    });
  });

  it("has bodies for the label, the note, the entity and the English translation", () => {
    const items = exportDocument().first!.items;
    const bodies = (a: TAnnotation) => (Array.isArray(a.body) ? a.body : a.body ? [a.body] : []);
    const speaker = items.find((a) => a.id === "urn:uuid:s-speaker")!;
    expect(bodies(speaker)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: "tagging", value: "Person", language: "en" }),
        expect.objectContaining({ purpose: "tagging", value: "شخص", language: "ar", textDirection: "rtl" }),
        expect.objectContaining({ purpose: "commenting", value: '=HYPERLINK("http://x")' }),
        expect.objectContaining({ purpose: "identifying", value: "Department of Defense" }),
      ]),
    );
    expect(bodies(items.find((a) => a.id === "urn:uuid:s-math")!)).toContainEqual(
      expect.objectContaining({ purpose: "describing", value: "bold A", language: "en", textDirection: "ltr" }),
    );
    expect(bodies(items.find((a) => a.id === "urn:uuid:s-killed")!)).toContainEqual(
      expect.objectContaining({ purpose: "describing", value: "killing two soldiers", language: "en" }),
    );
  });

  it("writes a cross-article link as one annotation with motivation linking and two targets, each in its own article", () => {
    const link = exportDocument().first!.items.find((a) => a.motivation === "linking" && a.id.endsWith("b1"))!;
    const targets = link.target as TTarget[];
    expect(targets).toHaveLength(2);
    expect(targets.map((t) => (typeof t.source === "string" ? t.source : t.source.id))).toEqual([
      `urn:uuid:${bundle().id}`,
      "urn:uuid:0195f0c4-0000-7000-8000-0000000000a2",
    ]);
    expect(selectors(targets[1]!)).toEqual([
      { type: "TextQuoteSelector", exact: "قتيل" },
      { type: "TextPositionSelector", start: 9, end: 13 },
    ]);
    const [quote, position] = selectors(targets[0]!);
    expect(quote).toMatchObject({ exact: "مقتل جنديين" });
    expect(position).toMatchObject({ type: "TextPositionSelector" });
    expect(link.body).toContainEqual(expect.objectContaining({ purpose: "tagging", value: "contradicts" }));
  });

  it("has no page when there is nothing to list", () => {
    const empty = { ...bundle(), spans: [], links: [], claims: [] };
    expect(exportDocument([empty])).toMatchObject({ total: 0 });
    expect(exportDocument([empty]).first).toBeUndefined();
  });
});
