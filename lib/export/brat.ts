import { formatFigure, ZFigureValue } from "../claims/figures";
import { offsetConverter } from "./code-points";
import { translationIndex } from "./current-text";
import { standingVerdict } from "./csv";
import type {
  TArticleBundle,
  TClaimInfo,
  TEntityInfo,
  TExportWriter,
  TLabelInfo,
  TProjectInfo,
  TSink,
  TSpanInfo,
} from "./types";
import { zipStream } from "./zip-stream";

/**
 * brat standoff (https://brat.nlplab.org/standoff.html): per article `<id>.txt` (the text as
 * stored) and `<id>.ann`, plus `annotation.conf` and `visual.conf` so brat opens the collection
 * with every type declared and coloured, all in one zip.
 *
 *   T  each live span: type = the label, offsets in code points (brat counts Python str
 *      characters); a span that crosses a line break is written as discontinuous fragments
 *      split at the break, as brat itself does, since the text field of a line cannot hold one.
 *   R  a claim's speaker (Speaker claim-span → speaker-span) and links between claims of the
 *      same article (Agrees, Contradicts, Updates, Related; Arg1 = the `from` claim).
 *   A  on a claim's span: ClaimKind, ClaimStatus and the standing Verdict.
 *   #  AnnotatorNotes: the span's note, its entity, the English translation, a claim's figures and
 *      its links to claims in other articles (brat documents cannot point at each other).
 * Claims without a span have nothing in the text to attach to and are left out of this format.
 *
 * `articles.tsv` (after the articles; brat lists only `.txt` files as documents, so it ignores it)
 * names each document's article: its id, the text version the offsets refer to (1 as imported, one
 * more per revision), its title and, for a captured page or document, where and when it was
 * captured and the SHA-256 of what was captured. Spans a revision orphaned are not in the current
 * text and not in the export (lib/datasets/export-sql.ts leaves them and the claims on them out).
 */

const RELATIONS = ["Speaker", "Agrees", "Contradicts", "Updates", "Related"] as const;

/** brat type names: ASCII letters, digits, `_` and `-`, starting with a letter. */
export function bratTypeName(key: string, taken: Set<string>): string {
  let base = key
    .normalize("NFKD")
    .replace(/[^A-Za-z0-9_-]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (!/^[A-Za-z]/.test(base)) base = `Label_${base}`.replace(/_+$/, "");
  let name = base;
  for (let n = 2; taken.has(name) || (RELATIONS as readonly string[]).includes(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

/** One line of free text for a brat field: tabs and line breaks become spaces. */
const oneLine = (text: string): string => text.replace(/[\t\r\n\u2028\u2029]+/g, " ").trim();

/** [start, end) split at line breaks into non-empty pieces, in UTF-16 offsets. */
export function fragments(text: string, start: number, end: number): [number, number][] {
  const pieces: [number, number][] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    const atBreak = i < end && (text[i] === "\n" || text[i] === "\r");
    if (i === end || atBreak) {
      if (i > from) pieces.push([from, i]);
      from = i + 1;
    }
  }
  return pieces;
}

type TRegistry = { types: Map<string, string>; entities: Map<string, TEntityInfo> };

function figureNote(claim: TClaimInfo): string {
  const f = claim.figures;
  const value = (v: unknown) => {
    const parsed = ZFigureValue.safeParse(v);
    return parsed.success ? formatFigure(parsed.data, "en") : null;
  };
  const parts: string[] = [];
  if (claim.kind === "CASUALTY") {
    if (value(f.killed)) parts.push(`killed ${value(f.killed)}`);
    if (value(f.injured)) parts.push(`injured ${value(f.injured)}`);
  } else if (claim.kind === "COUNT" && value(f.value)) {
    parts.push(
      `${typeof f.thing === "string" ? f.thing : "count"}: ${value(f.value)}${typeof f.asOf === "string" ? ` as of ${f.asOf}` : ""}`,
    );
  }
  return parts.length ? `figures: ${parts.join(", ")}` : "";
}

/** The `.ann` file of one article. */
export function annFile(bundle: TArticleBundle, registry: TRegistry): string {
  const offsets = offsetConverter(bundle.text);
  const english = translationIndex(bundle);
  const lines: string[] = [];
  const tOf = new Map<string, string>();
  const notes = new Map<string, string[]>();
  const note = (t: string, text: string) => {
    const clean = oneLine(text);
    if (clean) notes.set(t, [...(notes.get(t) ?? []), clean]);
  };

  const spans = bundle.spans.filter((s) => s.deletedAt === null);
  spans.forEach((span: TSpanInfo, i) => {
    const t = `T${i + 1}`;
    tOf.set(span.id, t);
    const pieces = fragments(bundle.text, span.start, span.end);
    const where = pieces.map(([a, b]) => `${offsets.toCodePoint(a)} ${offsets.toCodePoint(b)}`).join(";");
    const text = pieces.map(([a, b]) => bundle.text.slice(a, b)).join(" ");
    lines.push(`${t}\t${registry.types.get(span.labelId) ?? "Span"} ${where}\t${text}`);
    note(t, span.note);
    const entity = span.entityId ? registry.entities.get(span.entityId) : undefined;
    if (entity) note(t, `entity: ${[entity.nameEn, entity.nameAr].filter(Boolean).join(" / ")}`);
    note(t, english.english("SPAN", span.id) && `en: ${english.english("SPAN", span.id)}`);
  });

  let r = 0;
  let a = 0;
  const localClaims = new Map(bundle.claims.map((c) => [c.id, c]));
  for (const claim of bundle.claims) {
    const t = claim.claimSpanId ? tOf.get(claim.claimSpanId) : undefined;
    if (!t) continue;
    lines.push(`A${++a}\tClaimKind ${t} ${claim.kind}`, `A${++a}\tClaimStatus ${t} ${claim.status}`);
    const verdict = standingVerdict(bundle.verdicts, claim.id);
    if (verdict) lines.push(`A${++a}\tVerdict ${t} ${verdict.value}`);
    const speaker = claim.speakerSpanId ? tOf.get(claim.speakerSpanId) : undefined;
    if (speaker && speaker !== t) lines.push(`R${++r}\tSpeaker Arg1:${t} Arg2:${speaker}`);
    note(t, english.english("CLAIM", claim.id) && `en: ${english.english("CLAIM", claim.id)}`);
    note(t, figureNote(claim));
    if (verdict?.rationale) note(t, `verdict: ${verdict.rationale}`);
  }
  for (const link of bundle.links) {
    const from = localClaims.get(link.from.claimId);
    const to = localClaims.get(link.to.claimId);
    const relation = `${link.relation.charAt(0)}${link.relation.slice(1).toLowerCase()}`;
    const fromT = from?.claimSpanId ? tOf.get(from.claimSpanId) : undefined;
    const toT = to?.claimSpanId ? tOf.get(to.claimSpanId) : undefined;
    if (fromT && toT) {
      if (fromT !== toT) lines.push(`R${++r}\t${relation} Arg1:${fromT} Arg2:${toT}`);
    } else if (fromT) {
      note(
        fromT,
        `${link.relation.toLowerCase()} → claim ${link.to.claimId} in "${link.to.articleTitle}" (${link.to.articleId})`,
      );
    } else if (toT) {
      note(
        toT,
        `${link.relation.toLowerCase()} ← claim ${link.from.claimId} in "${link.from.articleTitle}" (${link.from.articleId})`,
      );
    }
  }
  let n = 0;
  for (const [t, texts] of notes) lines.push(`#${++n}\tAnnotatorNotes ${t}\t${texts.join(" | ")}`);
  return lines.length ? `${lines.join("\n")}\n` : "";
}

export function annotationConf(types: string[]): string {
  return [
    "[entities]",
    ...types,
    "",
    "[relations]",
    ...RELATIONS.map((name) => `${name}\tArg1:<ENTITY>, Arg2:<ENTITY>`),
    "<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>",
    "",
    "[events]",
    "",
    "[attributes]",
    "ClaimKind\tArg:<ENTITY>, Value:STATEMENT|CASUALTY|COUNT|EVENT|OTHER",
    "ClaimStatus\tArg:<ENTITY>, Value:DRAFT|READY|REVIEWED",
    "Verdict\tArg:<ENTITY>, Value:SUPPORTED|DISPUTED|FALSE|UNVERIFIABLE",
    "",
  ].join("\n");
}

/**
 * `visual.conf`: label names and colours, and for a right-to-left project brat's own option
 * (`[options]` `Text direction:rtl`, as in brat's example configuration), without which brat lays
 * Arabic out in reverse chunk order.
 */
export function visualConf(
  labels: { type: string; name: string; color: string }[],
  direction: "rtl" | "ltr" = "ltr",
): string {
  return [
    ...(direction === "rtl" ? ["[options]", "Text direction:rtl", ""] : []),
    "[labels]",
    ...labels.map((l) => `${l.type} | ${oneLine(l.name).replace(/\|/g, "/")}`),
    "",
    "[drawing]",
    "SPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken",
    "ARC_DEFAULT\tcolor:black, arrowHead:triangle-5",
    ...labels.map((l) => `${l.type}\tbgColor:${l.color}`),
    "",
  ].join("\n");
}

export const ARTICLES_TSV_COLUMNS = [
  "document",
  "article_id",
  "article_version",
  "title",
  "source_captured_from",
  "source_sha256",
  "source_captured_at",
] as const;

/** One row of `articles.tsv`: the document's article, its text version and provenance. */
function articleRow(bundle: TArticleBundle): string {
  const p = bundle.provenance;
  return [
    bundle.id,
    bundle.id,
    String(bundle.articleVersion),
    oneLine(bundle.title),
    p ? oneLine(p.sourceUrl ?? p.fileName ?? "") : "",
    p?.sha256 ?? "",
    p?.capturedAt ?? "",
  ].join("\t");
}

export function bratWriter(sink: TSink): TExportWriter {
  const zip = zipStream(sink);
  const rows: string[] = [ARTICLES_TSV_COLUMNS.join("\t")];
  let registry: TRegistry = { types: new Map(), entities: new Map() };
  return {
    begin(project: TProjectInfo) {
      const taken = new Set<string>();
      const labels = project.labels.map((l: TLabelInfo) => ({
        id: l.id,
        type: bratTypeName(l.key, taken),
        name: l.name,
        color: l.color,
      }));
      registry = {
        types: new Map(labels.map((l) => [l.id, l.type])),
        entities: new Map(project.entities.map((e) => [e.id, e])),
      };
      zip.add("annotation.conf", annotationConf(labels.map((l) => l.type)));
      zip.add("visual.conf", visualConf(labels, project.textDirection));
    },
    article(bundle) {
      zip.add(`${bundle.id}.txt`, bundle.text);
      zip.add(`${bundle.id}.ann`, annFile(bundle, registry));
      rows.push(articleRow(bundle));
    },
    end: () => {
      zip.add("articles.tsv", `${rows.join("\n")}\n`);
      zip.end();
    },
  };
}
