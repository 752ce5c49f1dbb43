import { ZSpanRecord } from "../export/jsonl";
import { articleInExport, claimInExport, spanInExport } from "./export-sql";
import { array, day, object, person, time, value } from "./json-sql";

/**
 * The JSONL export's article lines, written whole by PostgreSQL: each row of the cursor is one
 * line of the dataset as `articleRecord` (lib/export/jsonl.ts) and JSON.stringify write it — the
 * same keys in the same order, compact, the same escapes — so the export passes the bytes on
 * without decoding them. What goes in is what selectMaterial (lib/export/select-material.ts)
 * keeps under the JSONL rules. Filter parameters $1–$4 as in ./export-sql.ts.
 *
 * The JSON is put together by concatenation, field by field (./json-sql.ts); the keys are written
 * out here in the writer's order, and ./article-lines.int.test.ts holds the lines to the
 * writer's, byte for byte.
 */

/**
 * A jsonb value as compact JSON text (jsonb prints ", " and ": " between members).
 * json_strip_nulls writes its input compactly but drops null members, so it serves values with no
 * null in them; the others go through a regular expression that drops the space after each comma
 * and colon outside strings (a string is matched whole, so one inside a string stays), slower.
 */
const compactJsonb = (
  sql: string,
) => `case when strpos(${sql}::text, 'null') = 0 then json_strip_nulls(${sql}::json)::text
  else regexp_replace(${sql}::text, '("[^"\\\\]*(?:\\\\.[^"\\\\]*)*"|[,:]) ?', '\\1', 'g') end`;

const SEGMENTS = array({
  row: object({
    kind: value("g.kind"),
    index: value("g.index"),
    paragraphIndex: value('g."paragraphIndex"'),
    start: value("g.start"),
    end: value('g."end"'),
  }),
  from: '"Segment" g',
  where: 'g."articleId" = a.id',
  order: "g.kind, g.index",
});

const SPAN_TIMES: ReadonlySet<string> = new Set(["createdAt", "updatedAt", "deletedAt"]);

/** A span's fields in the dataset format's order (its schema's). */
const SPANS = array({
  row: object(
    Object.fromEntries(
      ZSpanRecord.keyof().options.map((key) => [
        key,
        key === "author" ? person("u") : SPAN_TIMES.has(key) ? time(`s."${key}"`) : value(`s."${key}"`),
      ]),
    ),
  ),
  from: '"Span" s left join "User" u on u.id = s."authorId"',
  where: `s."articleId" = a.id and s."anchorState" <> 'ORPHANED' and ${spanInExport("s", "a")}`,
  order: 's.start, s."end", s.id',
});

/** As the writer keeps it: the three fields of the proposing rule, or null when any is missing or mistyped. */
const claimProvenance = (p: string) => `case when jsonb_typeof(${p}->'rule') = 'string'
  and jsonb_typeof(${p}->'ruleVersion') = 'number' and jsonb_typeof(${p}->'confidence') = 'number'
  then ${object({ rule: `(${p}->'rule')::text`, ruleVersion: `(${p}->'ruleVersion')::text`, confidence: `(${p}->'confidence')::text` })}
  else 'null' end`;

/** The article's claims that are part of the export (`inc.ids`, see below). */
const CLAIMS = array({
  row: object({
    id: value("c.id"),
    kind: value("c.kind"),
    claimSpanId: value('c."claimSpanId"'),
    speakerSpanId: value('c."speakerSpanId"'),
    speakerEntityId: value('c."speakerEntityId"'),
    attribution: value("c.attribution"),
    channel: value("c.channel"),
    sourceText: value('c."sourceText"'),
    sourceType: value('c."sourceType"'),
    provenance: claimProvenance("c.provenance"),
    figures: `case when jsonb_typeof(c.figures) = 'object' then ${compactJsonb("c.figures")} else '{}' end`,
    occurredOn: day('c."occurredOn"'),
    place: value("c.place"),
    eventId: value('c."eventId"'),
    status: value("c.status"),
    note: value("c.note"),
    aboutEntityIds: value(
      `array(select ce."entityId" from "ClaimEntity" ce where ce."claimId" = c.id order by ce."entityId")`,
    ),
    author: person("u"),
    version: value("c.version"),
    createdAt: time('c."createdAt"'),
    updatedAt: time('c."updatedAt"'),
    deletedAt: time('c."deletedAt"'),
  }),
  from: '"Claim" c left join "User" u on u.id = c."authorId"',
  where: "c.id = any(inc.ids)",
  order: 'c."createdAt", c.id',
});

const REVISIONS = array({
  row: object({
    version: value("r.version"),
    text: value("r.text"),
    origin: value("r.origin"),
    engine: value("r.engine"),
    engineModel: value('r."engineModel"'),
    author: person("ru"),
    createdAt: time('r."createdAt"'),
  }),
  from: '"TranslationRevision" r left join "User" ru on ru.id = r."authorId"',
  where: 'r."translationId" = t.id',
  order: "r.version",
});

/** Reviewed ones only if so asked; a SPAN translation goes with an exported span, a CLAIM one with an exported claim. */
const translationInExport = (t: string) => `(not $4::boolean or ${t}.status = 'REVIEWED') and case ${t}."targetType"
  when 'SPAN' then exists (select 1 from "Span" ts where ts."articleId" = a.id and ts.id::text = ${t}."targetKey"
    and ts."anchorState" <> 'ORPHANED' and ${spanInExport("ts", "a")})
  when 'CLAIM' then ${t}."targetKey" = any(inc.ids::text[])
  else true end`;

/** With `engine` (its newest machine revision's) and `human_edited` (its newest revision is not a machine's), as machineProvenance. */
const TRANSLATIONS = array({
  row: object({
    targetType: value('t."targetType"'),
    targetKey: value('t."targetKey"'),
    status: value("t.status"),
    version: value("t.version"),
    reviewedBy: person("u"),
    reviewedAt: time('t."reviewedAt"'),
    createdAt: time('t."createdAt"'),
    updatedAt: time('t."updatedAt"'),
    revisions: REVISIONS,
    engine: value(
      `(select m.engine from "TranslationRevision" m where m."translationId" = t.id and m.origin = 'MACHINE' order by m.version desc limit 1)`,
    ),
    human_edited: value(
      `coalesce((select n.origin from "TranslationRevision" n where n."translationId" = t.id order by n.version desc limit 1) <> 'MACHINE', true)`,
    ),
  }),
  from: '"Translation" t left join "User" u on u.id = t."reviewedById"',
  where: `t."articleId" = a.id and ${translationInExport("t")}`,
  order: 't."targetType", t."targetKey"',
});

/** Links from an exported claim of the article to an exported claim, kept as keepLink keeps them. */
const LINKS = array({
  row: object({
    id: value("l.id"),
    fromClaimId: value('l."fromClaimId"'),
    toClaimId: value('l."toClaimId"'),
    relation: value("l.relation"),
    origin: value("l.origin"),
    reason: value("l.reason"),
    note: value("l.note"),
    priority: value("l.priority"),
    state: value("l.state"),
    reviewReason: value('l."reviewReason"'),
    reviewer: person("lr"),
    reviewedAt: time('l."reviewedAt"'),
    createdBy: person("lc"),
    version: value("l.version"),
    createdAt: time('l."createdAt"'),
    updatedAt: time('l."updatedAt"'),
  }),
  from: `"ClaimLink" l join "Claim" tc on tc.id = l."toClaimId" join "Article" ta on ta.id = tc."articleId"
    left join "User" lr on lr.id = l."reviewerId" left join "User" lc on lc.id = l."createdById"`,
  where: `l."fromClaimId" = any(inc.ids) and ${claimInExport("tc", "ta")}
    and case when $4::boolean then l.state = 'CONFIRMED' else $3::boolean or l.state <> 'DISMISSED' end`,
  order: 'l."createdAt", l.id',
});

/** Verdicts on the article's exported claims (withdrawn ones only with history); evidence only among exported claims. */
const VERDICTS = array({
  row: object({
    id: value("v.id"),
    claimId: value('v."claimId"'),
    eventId: value('v."eventId"'),
    value: value("v.value"),
    rationale: value("v.rationale"),
    evidenceClaimIds: value(`array(select e.id from unnest(v."evidenceClaimIds") with ordinality as e(id, ord)
      join "Claim" ec on ec.id = e.id join "Article" ea on ea.id = ec."articleId" where ${claimInExport("ec", "ea")} order by e.ord)`),
    reviewer: person("u"),
    withdrawnAt: time('v."withdrawnAt"'),
    createdAt: time('v."createdAt"'),
  }),
  from: '"Verdict" v left join "User" u on u.id = v."reviewerId"',
  where: 'v."claimId" = any(inc.ids) and ($3::boolean or v."withdrawnAt" is null)',
  order: 'v."createdAt", v.id',
});

/** Where the text was captured from: the article's newest snapshot `snap`, or null. */
const PROVENANCE = `case when snap.sha256 is null then 'null' else ${object({
  kind: value("snap.kind"),
  sourceUrl: value('coalesce(snap."finalUrl", snap."requestedUrl")'),
  fileName: value('snap."fileName"'),
  sha256: value("snap.sha256"),
  capturedAt: time('snap."capturedAt"'),
  articleVersion: value('snap."articleVersion"'),
})} end`;

const ARTICLE_LINE = object({
  type: `'"article"'`,
  id: value("a.id"),
  title: value("a.title"),
  source: value("a.source"),
  url: value("a.url"),
  publishedAt: day('a."publishedAt"'),
  language: value("a.language"),
  status: value("a.status"),
  version: value("a.version"),
  createdBy: person("au"),
  createdAt: time('a."createdAt"'),
  updatedAt: time('a."updatedAt"'),
  text: value("a.text"),
  articleVersion: value('a."textVersion"'),
  provenance: PROVENANCE,
  segments: SEGMENTS,
  spans: SPANS,
  claims: CLAIMS,
  translations: TRANSLATIONS,
  links: LINKS,
  verdicts: VERDICTS,
});

/**
 * The export's articles `a`, each with its newest snapshot `snap` and, in `inc.ids`, its claims
 * that are part of the export (decided once for its claims, links, verdicts and translations).
 * Several connections can write one export: the articles are dealt out in batches of $5 among $6
 * connections, and `DEALT_TO_THIS` keeps this one's, the $7th (from 0): batches $7, $7 + $6, …
 */
export const DEALT_ARTICLES = `(
  select x.*, row_number() over (order by x."createdAt", x.id) - 1 as position from "Article" x where ${articleInExport("x")}
) a
left join lateral (
  select s.kind, s."finalUrl", s."requestedUrl", s."fileName", s.sha256, s."capturedAt", s."articleVersion"
  from "ArticleSnapshot" s where s."articleId" = a.id order by s."capturedAt" desc, s.id desc limit 1
) snap on true
cross join lateral (select array_agg(c.id) as ids from "Claim" c where c."articleId" = a.id and ${claimInExport("c", "a")}) inc`;

export const DEALT_TO_THIS = "(a.position / $5::int) % $6::int = $7::int";

/** Declared once per export and connection (./article-lines.ts): the lines, each with its "\n". */
export const DECLARE_ARTICLE_LINES = `
declare export_lines no scroll cursor for
select ${ARTICLE_LINE} || E'\\n' as line
from ${DEALT_ARTICLES} left join "User" au on au.id = a."createdById"
where ${DEALT_TO_THIS}
order by a."createdAt", a.id`;
