import { rawOfCuratedSql } from "../curation/layer";
import { spanColumnsSql } from "../spans/span-record";

/**
 * SQL for reading a project for export: constant text with numbered parameters. The claim filter
 * (`claimInExport`) uses $1 project id · $2 article ids (uuid[], null = every live article) ·
 * $3 history (keep deleted and withdrawn material) · $4 reviewed only; statements that use it
 * take those four, then $5 the batch's article ids (and, for links, $6: with positions, the text
 * before each linked claim's span, for code-point offsets of claims in other articles). The
 * per-batch statements that need no filter take the batch's article ids as $1. Every statement
 * gets exactly the parameters it uses.
 *
 * For the formats written in JavaScript (all but JSONL, whose lines the database writes whole:
 * ./article-lines-sql.ts), a server-side cursor walks the articles and each batch's spans, claims
 * and the rest come as plain rows. Times come as epoch milliseconds and dates as text, so no time
 * zone setting can shift them.
 */

// date_part gives a float directly; extract() computes an exact numeric, which costs more.
const epochMs = (col: string) => `date_part('epoch', ${col}) * 1000`;
const ms = (col: string, as: string) => `${epochMs(col)} as "${as}"`;
const day = (col: string, as: string) => `to_char(${col}, 'YYYY-MM-DD') as "${as}"`;
const person = (u: string, as: string) => `${u}.name as "${as}Name", ${u}.email as "${as}Email"`;

/**
 * A span a revision orphaned: not in the current text, so left out of exports until placed again.
 * A lookup by key for each claim: written as `exists`, it was planned as one scan of every span
 * per statement, and statements run once per batch of articles.
 */
const orphaned = (span: string) =>
  `coalesce((select os."anchorState" = 'ORPHANED' from "Span" os where os.id = ${span}), false)`;

/**
 * Material of an analyst's raw layer of a curated article (lib/curation/layer.ts), asked only of
 * material whose article `a` is curated: the test is a few lookups, and most articles are not.
 */
const rawOfCurated = (x: string, a: string) => `(${a}."curatedAt" is not null and ${rawOfCuratedSql(x)})`;

/** An article that is part of the export. */
export const articleInExport = (a: string) =>
  `(${a}."projectId" = $1 and ${a}."deletedAt" is null and ($2::uuid[] is null or ${a}.id = any($2::uuid[])))`;

/**
 * Exports carry the curated layer of articles curated under independent annotation: the analysts'
 * raw layers of those articles are left out here (lib/curation/layer.ts) and written apart on request.
 *
 * A claim that is part of the export (see lib/export/select-material.ts): its article is, it is
 * not deleted unless history is kept, it is reviewed if only reviewed material is wanted, and
 * neither of its spans was orphaned by a revision.
 */
export const claimInExport = (c: string, a: string) =>
  `(${articleInExport(a)} and not ${c}.proposed and ($3::boolean or ${c}."deletedAt" is null) and (not $4::boolean or ${c}.status = 'REVIEWED') and not ${rawOfCurated(c, a)}
    and not ${orphaned(`${c}."claimSpanId"`)} and not ${orphaned(`${c}."speakerSpanId"`)})`;

/** Declared once per export; FETCH n reads the next batch. */
export const DECLARE_ARTICLES = `
declare export_articles no scroll cursor for
select a.id, a.title, a.source, a.url, ${day('a."publishedAt"', "publishedAt")}, a.language, a.status, a.version, ${person("au", "createdBy")},
  ${ms('a."createdAt"', "createdAt")}, ${ms('a."updatedAt"', "updatedAt")}, a.text, a."textVersion",
  snap.kind as "snapshotKind", coalesce(snap."finalUrl", snap."requestedUrl") as "snapshotUrl",
  snap."fileName" as "snapshotFile", snap.sha256 as "snapshotSha256", ${ms('snap."capturedAt"', "snapshotCapturedAt")},
  snap."articleVersion" as "snapshotVersion",
  -- Unused here; keeps the parameter list the same for every statement.
  $3::boolean as "history", $4::boolean as "reviewedOnly"
from "Article" a left join "User" au on au.id = a."createdById"
left join lateral (
  select s.kind, s."finalUrl", s."requestedUrl", s."fileName", s.sha256, s."capturedAt", s."articleVersion"
  from "ArticleSnapshot" s where s."articleId" = a.id order by s."capturedAt" desc, s.id desc limit 1
) snap on true
where ${articleInExport("a")}
order by a."createdAt", a.id`;

export const FETCH_ARTICLES = (count: number) => `fetch ${Math.max(1, Math.floor(count))} from export_articles`;

export const COUNT_SQL = `select count(*)::int as count from "Article" a where ${articleInExport("a")}`;

export const SEGMENTS_SQL = `
select g."articleId", g.kind, g.index, g."paragraphIndex", g.start, g."end" from "Segment" g where g."articleId" = any($1::uuid[])
order by g."articleId", g.kind, g.index`;

export const SPANS_SQL = `
select ${spanColumnsSql("s", "u", { time: epochMs, author: (u) => person(u, "author") })}
from "Span" s join "Article" a on a.id = s."articleId" left join "User" u on u.id = s."authorId"
where s."articleId" = any($1::uuid[]) and not ${rawOfCurated("s", "a")} and s."anchorState" <> 'ORPHANED'
order by s."articleId", s.start, s."end", s.id`;

/**
 * A span that is part of the export (see selectMaterial in lib/export/select-material.ts): one a
 * claim of the export rests on (as claim or speaker), or else a live one (any, with history) of an
 * article that is done when only reviewed material is wanted. Takes the filter parameters $1–$4.
 */
export const spanInExport = (
  s: string,
  a: string,
) => `(case when not ${rawOfCurated(s, a)} and ($3::boolean or ${s}."deletedAt" is null) and (not $4::boolean or ${a}.status = 'DONE') then true
  else exists (select 1 from "Claim" kc where kc."articleId" = ${s}."articleId" and (kc."claimSpanId" = ${s}.id or kc."speakerSpanId" = ${s}.id)
    and ${claimInExport("kc", a)}) end)`;

export const CLAIMS_SQL = `
select c.id, c."articleId", c.kind, c."claimSpanId", c."speakerSpanId", c."speakerEntityId", c.attribution, c.channel,
  c."sourceText", c."sourceType", c.provenance, c.figures,
  ${day('c."occurredOn"', "occurredOn")}, c.place, c."eventId", c.status, c.note,
  array(select ce."entityId" from "ClaimEntity" ce where ce."claimId" = c.id order by ce."entityId") as "aboutEntityIds",
  ${person("u", "author")}, c.version, ${ms('c."createdAt"', "createdAt")}, ${ms('c."updatedAt"', "updatedAt")}, ${ms('c."deletedAt"', "deletedAt")},
  ${claimInExport("c", "a")} as included
from "Claim" c join "Article" a on a.id = c."articleId" left join "User" u on u.id = c."authorId"
where c."articleId" = any($5::uuid[]) and not c.proposed
order by c."articleId", c."createdAt", c.id`;

export const TRANSLATIONS_SQL = `
select t.id, t."articleId", t."targetType", t."targetKey", t.status, t.version, ${person("u", "reviewedBy")}, ${ms('t."reviewedAt"', "reviewedAt")},
  ${ms('t."createdAt"', "createdAt")}, ${ms('t."updatedAt"', "updatedAt")}
from "Translation" t left join "User" u on u.id = t."reviewedById" where t."articleId" = any($1::uuid[])
order by t."articleId", t."targetType", t."targetKey"`;

export const REVISIONS_SQL = `
select r."translationId", r.version, r.text, r.origin, r.engine, r."engineModel", ${person("u", "author")}, ${ms('r."createdAt"', "createdAt")}
from "TranslationRevision" r join "Translation" t on t.id = r."translationId" left join "User" u on u.id = r."authorId"
where t."articleId" = any($1::uuid[])
order by r."translationId", r.version`;

const end = (c: string, a: string, s: string, p: string) =>
  `${c}.id as "${p}ClaimId", ${a}.id as "${p}ArticleId", ${a}.title as "${p}ArticleTitle", ${a}."textVersion" as "${p}ArticleVersion", ${c}.kind as "${p}Kind", ${claimInExport(c, a)} as "${p}Included",
  ${s}.start as "${p}Start", ${s}."end" as "${p}End", ${s}.quote as "${p}Quote", case when $6::boolean and not ${a}.id = any($5::uuid[]) then left(${a}.text, ${s}.start) end as "${p}Before"`;

/** Every link that touches a claim of the batch, driven from those claims (a few index lookups each). */
export const LINKS_SQL = `
select l.id, l.relation, l.origin, l.reason, l.note, l.priority, l.state, l."reviewReason", ${person("lr", "reviewer")}, ${ms('l."reviewedAt"', "reviewedAt")},
  ${person("lc", "createdBy")}, l.version, ${ms('l."createdAt"', "createdAt")}, ${ms('l."updatedAt"', "updatedAt")},
  ${end("fc", "fa", "fs", "from")}, ${end("tc", "ta", "tsp", "to")}
from (
  select l2.id from "Claim" c2 join "ClaimLink" l2 on l2."fromClaimId" = c2.id where c2."articleId" = any($5::uuid[])
  union select l3.id from "Claim" c3 join "ClaimLink" l3 on l3."toClaimId" = c3.id where c3."articleId" = any($5::uuid[])
) touching
join "ClaimLink" l on l.id = touching.id
join "Claim" fc on fc.id = l."fromClaimId" join "Article" fa on fa.id = fc."articleId" left join "Span" fs on fs.id = fc."claimSpanId"
join "Claim" tc on tc.id = l."toClaimId" join "Article" ta on ta.id = tc."articleId" left join "Span" tsp on tsp.id = tc."claimSpanId"
left join "User" lr on lr.id = l."reviewerId" left join "User" lc on lc.id = l."createdById"
order by l."createdAt", l.id`;

const verdictColumns = (v: string, u: string) => `${v}.id, ${v}."claimId", ${v}."eventId", ${v}.value, ${v}.rationale,
  array(select e.id from unnest(${v}."evidenceClaimIds") with ordinality as e(id, ord)
        join "Claim" ec on ec.id = e.id join "Article" ea on ea.id = ec."articleId" where ${claimInExport("ec", "ea")} order by e.ord) as "evidenceClaimIds",
  ${person(u, "reviewer")}, ${ms(`${v}."withdrawnAt"`, "withdrawnAt")}, ${ms(`${v}."createdAt"`, "createdAt")}`;

export const CLAIM_VERDICTS_SQL = `
select ${verdictColumns("v", "u")}, vc."articleId"
from "Verdict" v join "Claim" vc on vc.id = v."claimId" left join "User" u on u.id = v."reviewerId"
where vc."articleId" = any($5::uuid[])
order by v."createdAt", v.id`;

export const EVENT_VERDICTS_SQL = `
select ${verdictColumns("v", "u")}
from "Verdict" v left join "User" u on u.id = v."reviewerId"
where v."projectId" = $1 and v."claimId" is null
order by v."createdAt", v.id`;

export const LABELS_SQL = `
select id, key, name, "nameAr", color, hotkey, "order", ${ms('"deletedAt"', "deletedAt")}
from "Label" where "projectId" = $1 order by "order", "createdAt", id`;

export const ENTITIES_SQL = `
select id, kind, "nameAr", "nameEn", aliases, "mergedIntoId", version, ${ms('"createdAt"', "createdAt")}, ${ms('"updatedAt"', "updatedAt")}, ${ms('"deletedAt"', "deletedAt")}
from "Entity" where "projectId" = $1 order by "createdAt", id`;

export const EVENTS_SQL = `
select id, "titleAr", "titleEn", ${day('"occurredOn"', "occurredOn")}, place, version, ${ms('"createdAt"', "createdAt")}, ${ms('"updatedAt"', "updatedAt")}, ${ms('"deletedAt"', "deletedAt")}
from "Event" where "projectId" = $1 order by "createdAt", id`;
