/**
 * SQL for reading a project for export, kept as constant text with numbered parameters:
 *   $1 project id · $2 article ids (uuid[], null = every live article) · $3 history (keep deleted
 *   and withdrawn material) · $4 reviewed only · $5 with positions (text before each linked claim's
 *   span, for code-point offsets of claims in other articles).
 * Each article row carries everything attached to it as JSON built by PostgreSQL, so one cursor
 * over one statement streams the whole project from one consistent snapshot. Each statement is
 * given exactly the parameters it uses ($1–$5 for ARTICLES_SQL, $1–$4 for EVENT_VERDICTS_SQL,
 * $1–$2 for COUNT_SQL, $1 for the rest).
 */

const ts = (col: string) => `to_char(${col}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const day = (col: string) => `to_char(${col}, 'YYYY-MM-DD')`;
const person = (u: string) => `case when ${u}.id is null then null else json_build_object('name', ${u}.name, 'email', ${u}.email) end`;
const jsonList = (expr: string, order: string, from: string) => `coalesce((select json_agg(${expr} order by ${order}) ${from}), '[]'::json)`;

/** An article that is part of the export. */
export const articleInExport = (a: string) =>
  `(${a}."projectId" = $1 and ${a}."deletedAt" is null and ($2::uuid[] is null or ${a}.id = any($2::uuid[])))`;

/**
 * A claim that is part of the export (see lib/export/select-material.ts): its article is, it is
 * not deleted unless history is kept, and it is reviewed if only reviewed material is wanted.
 */
export const claimInExport = (c: string, a: string) =>
  `(${articleInExport(a)} and ($3::boolean or ${c}."deletedAt" is null) and (not $4::boolean or ${c}.status = 'REVIEWED'))`;

const evidence = (v: string) =>
  jsonList(
    "e.id",
    "e.ord",
    `from unnest(${v}."evidenceClaimIds") with ordinality as e(id, ord) join "Claim" ec on ec.id = e.id join "Article" ea on ea.id = ec."articleId" where ${claimInExport("ec", "ea")}`,
  );

export const verdictJson = (v: string, reviewer: string) => `json_build_object(
  'id', ${v}.id, 'claimId', ${v}."claimId", 'eventId', ${v}."eventId", 'value', ${v}.value, 'rationale', ${v}.rationale,
  'evidenceClaimIds', ${evidence(v)}, 'reviewer', ${person(reviewer)}, 'withdrawnAt', ${ts(`${v}."withdrawnAt"`)}, 'createdAt', ${ts(`${v}."createdAt"`)})`;

const linkEnd = (c: string, a: string, s: string) => `json_build_object(
  'claimId', ${c}.id, 'articleId', ${a}.id, 'articleTitle', ${a}.title, 'kind', ${c}.kind, 'included', ${claimInExport(c, a)},
  'span', case when ${s}.id is null then null else json_build_object(
    'start', ${s}.start, 'end', ${s}."end", 'quote', ${s}.quote, 'textBefore', case when $5::boolean then left(${a}.text, ${s}.start) end) end)`;

export const ARTICLES_SQL = `
select
  a.id, a.title, a.source, a.url, ${day('a."publishedAt"')} as "publishedAt", a.language, a.status, a.version,
  ${person("au")} as "createdBy", ${ts('a."createdAt"')} as "createdAt", ${ts('a."updatedAt"')} as "updatedAt", a.text,
  ${jsonList(
    `json_build_object('kind', g.kind, 'index', g.index, 'paragraphIndex', g."paragraphIndex", 'start', g.start, 'end', g."end")`,
    "g.kind, g.index",
    `from "Segment" g where g."articleId" = a.id`,
  )} as segments,
  ${jsonList(
    `json_build_object('id', s.id, 'labelId', s."labelId", 'start', s.start, 'end', s."end", 'quote', s.quote, 'prefix', s.prefix,
      'suffix', s.suffix, 'note', s.note, 'entityId', s."entityId", 'author', ${person("su")}, 'version', s.version,
      'createdAt', ${ts('s."createdAt"')}, 'updatedAt', ${ts('s."updatedAt"')}, 'deletedAt', ${ts('s."deletedAt"')})`,
    's.start, s."end", s.id',
    `from "Span" s left join "User" su on su.id = s."authorId" where s."articleId" = a.id`,
  )} as spans,
  ${jsonList(
    `json_build_object('id', c.id, 'kind', c.kind, 'claimSpanId', c."claimSpanId", 'speakerSpanId', c."speakerSpanId",
      'speakerEntityId', c."speakerEntityId", 'attribution', c.attribution, 'channel', c.channel, 'figures', c.figures,
      'occurredOn', ${day('c."occurredOn"')}, 'place', c.place, 'eventId', c."eventId", 'status', c.status, 'note', c.note,
      'aboutEntityIds', ${jsonList('ce."entityId"', 'ce."entityId"', `from "ClaimEntity" ce where ce."claimId" = c.id`)},
      'author', ${person("cu")}, 'version', c.version, 'createdAt', ${ts('c."createdAt"')}, 'updatedAt', ${ts('c."updatedAt"')},
      'deletedAt', ${ts('c."deletedAt"')}, 'included', ${claimInExport("c", "a")})`,
    'c."createdAt", c.id',
    `from "Claim" c left join "User" cu on cu.id = c."authorId" where c."articleId" = a.id`,
  )} as claims,
  ${jsonList(
    `json_build_object('targetType', t."targetType", 'targetKey', t."targetKey", 'status', t.status, 'version', t.version,
      'reviewedBy', ${person("tr")}, 'reviewedAt', ${ts('t."reviewedAt"')}, 'createdAt', ${ts('t."createdAt"')}, 'updatedAt', ${ts('t."updatedAt"')},
      'revisions', ${jsonList(
        `json_build_object('version', r.version, 'text', r.text, 'origin', r.origin, 'author', ${person("ru")}, 'createdAt', ${ts('r."createdAt"')})`,
        "r.version",
        `from "TranslationRevision" r left join "User" ru on ru.id = r."authorId" where r."translationId" = t.id`,
      )})`,
    't."targetType", t."targetKey"',
    `from "Translation" t left join "User" tr on tr.id = t."reviewedById" where t."articleId" = a.id`,
  )} as translations,
  ${jsonList(
    `json_build_object('id', l.id, 'relation', l.relation, 'origin', l.origin, 'reason', l.reason, 'note', l.note,
      'priority', l.priority, 'state', l.state, 'reviewReason', l."reviewReason", 'reviewer', ${person("lr")},
      'reviewedAt', ${ts('l."reviewedAt"')}, 'createdBy', ${person("lc")}, 'version', l.version,
      'createdAt', ${ts('l."createdAt"')}, 'updatedAt', ${ts('l."updatedAt"')},
      'from', ${linkEnd("fc", "fa", "fs")}, 'to', ${linkEnd("tc", "ta", "tsp")})`,
    'l."createdAt", l.id',
    `from "ClaimLink" l
      join "Claim" fc on fc.id = l."fromClaimId" join "Article" fa on fa.id = fc."articleId" left join "Span" fs on fs.id = fc."claimSpanId"
      join "Claim" tc on tc.id = l."toClaimId" join "Article" ta on ta.id = tc."articleId" left join "Span" tsp on tsp.id = tc."claimSpanId"
      left join "User" lr on lr.id = l."reviewerId" left join "User" lc on lc.id = l."createdById"
      where l.id in (
        select l2.id from "ClaimLink" l2 join "Claim" c2 on c2.id = l2."fromClaimId" where c2."articleId" = a.id
        union select l3.id from "ClaimLink" l3 join "Claim" c3 on c3.id = l3."toClaimId" where c3."articleId" = a.id)`,
  )} as links,
  ${jsonList(
    verdictJson("v", "vr"),
    'v."createdAt", v.id',
    `from "Verdict" v join "Claim" vc on vc.id = v."claimId" left join "User" vr on vr.id = v."reviewerId" where vc."articleId" = a.id`,
  )} as verdicts
from "Article" a left join "User" au on au.id = a."createdById"
where ${articleInExport("a")}
order by a."createdAt", a.id`;

export const COUNT_SQL = `select count(*)::int as count from "Article" a where ${articleInExport("a")}`;

export const LABELS_SQL = `
select id, key, name, "nameAr", color, hotkey, "order", ${ts('"deletedAt"')} as "deletedAt"
from "Label" where "projectId" = $1 order by "order", "createdAt", id`;

export const ENTITIES_SQL = `
select id, kind, "nameAr", "nameEn", aliases, "mergedIntoId", version,
  ${ts('"createdAt"')} as "createdAt", ${ts('"updatedAt"')} as "updatedAt", ${ts('"deletedAt"')} as "deletedAt"
from "Entity" where "projectId" = $1 order by "createdAt", id`;

export const EVENTS_SQL = `
select id, "titleAr", "titleEn", ${day('"occurredOn"')} as "occurredOn", place, version,
  ${ts('"createdAt"')} as "createdAt", ${ts('"updatedAt"')} as "updatedAt", ${ts('"deletedAt"')} as "deletedAt"
from "Event" where "projectId" = $1 order by "createdAt", id`;

export const EVENT_VERDICTS_SQL = `
select ${verdictJson("v", "vr")} as verdict
from "Verdict" v left join "User" vr on vr.id = v."reviewerId"
where v."projectId" = $1 and v."claimId" is null
order by v."createdAt", v.id`;
