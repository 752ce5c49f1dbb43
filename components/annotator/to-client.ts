import type { TReaderSpans } from "@/lib/spans/list-reader-spans";
import type { TSpan } from "./types";

/** The article's spans as the page hands them to the annotator (lib/spans/list-reader-spans.ts). */
export type TPackedSpans = TReaderSpans;

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

/** A uuid from the base64 of its 16 bytes (22 characters, without the padding). */
function uuidFromBase64(base64: string): string {
  const bytes = atob(`${base64}==`);
  let out = "";
  for (let i = 0; i < 16; i++) {
    out += HEX[bytes.charCodeAt(i)];
    if (i === 3 || i === 5 || i === 7 || i === 9) out += "-";
  }
  return out;
}

/** A column of hexadecimal numbers, one per span. */
function numbers(column: string, count: number): number[] {
  if (count === 0) return [];
  const values = column.split(",").map((v) => Number.parseInt(v, 16));
  if (values.length !== count) throw new Error(`a span column holds ${values.length} values for ${count} spans`);
  return values;
}

/** The span ids of the packed spans, in their order. */
export function packedSpanIds(packed: TPackedSpans): string[] {
  if (packed.ids.length !== packed.count * 22) throw new Error(`the span ids do not make ${packed.count} spans`);
  return Array.from({ length: packed.count }, (_, i) => uuidFromBase64(packed.ids.slice(i * 22, i * 22 + 22)));
}

export function unpackSpans(packed: TPackedSpans, article: { id: string; text: string }): TSpan[] {
  const { count } = packed;
  const ids = packedSpanIds(packed);
  const label = numbers(packed.label, count);
  const startDelta = numbers(packed.startDelta, count);
  const length = numbers(packed.length, count);
  const version = numbers(packed.version, count);
  const created = numbers(packed.created, count);
  const updated = numbers(packed.updated, count);
  const author = numbers(packed.author, count);
  const notes = new Map(packed.notes);
  const entities = new Map(packed.entities);
  // Spans saved together share their times: each distinct time is written out once.
  const isoTimes = new Map<number, string>();
  const iso = (ms: number) => {
    let text = isoTimes.get(ms);
    if (text === undefined) {
      text = new Date(ms).toISOString();
      isoTimes.set(ms, text);
    }
    return text;
  };
  const spans: TSpan[] = new Array(count);
  let start = 0;
  for (let i = 0; i < count; i++) {
    start += startDelta[i]!;
    const end = start + length[i]!;
    const createdAt = packed.since + created[i]!;
    spans[i] = {
      id: ids[i]!,
      articleId: article.id,
      labelId: packed.labels[label[i]!]!,
      start,
      end,
      quote: article.text.slice(start, end),
      prefix: "",
      suffix: "",
      note: notes.get(i) ?? "",
      entityId: entities.get(i) ?? null,
      author: packed.authors[author[i]! - 1] ?? null,
      version: version[i]!,
      createdAt: iso(createdAt),
      updatedAt: iso(createdAt + updated[i]!),
      deletedAt: null,
    };
  }
  return spans;
}
