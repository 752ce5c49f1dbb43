import { claimInExport, spanInExport } from "./export-sql";
import { DEALT_ARTICLES, DEALT_TO_THIS } from "./article-lines-sql";
import { literal, object, time, value, type TOptional } from "./json-sql";

/**
 * The W3C export's annotations, written by PostgreSQL: one row per article with how many it has
 * and their JSON, joined by ",\n", as `articleAnnotations` (lib/export/w3c.ts) and JSON.stringify
 * write them; the writer adds the collection around them. What goes in is what selectMaterial
 * keeps under the W3C rules (live material only). Filter parameters $1–$4 as in ./export-sql.ts,
 * the dealing out of articles among connections $5–$7 as in ./article-lines-sql.ts;
 * ./article-lines.int.test.ts holds the rows to the writer's output, byte for byte.
 *
 * Offsets: the database keeps UTF-16 offsets, the TextPositionSelector counts code points. A
 * text's `astral` array holds the UTF-16 offset of each of its astral characters (two UTF-16
 * units, one code point; NULL when it has none, as most texts), and an offset before which n of
 * them stand is n code points less.
 *
 * `offset 0` keeps a lateral subquery whose result is used several times from being written into
 * each use, and so computed again for each.
 */

const ASTRAL = "'[\\U00010000-\\U0010FFFF]'";

/**
 * The UTF-16 offsets of a text's astral characters (and its length last), or NULL when it has none:
 * one pass of the regular expression over the text, which splits it into its pieces between them
 * (one piece when it has none). The one astral character a text has, when it has any, as a rule,
 * needs no subquery.
 */
const astralOffsets = (text: string) => `(select case cardinality(split.pieces) when 1 then null
  when 2 then array[char_length(split.pieces[1]), char_length(split.pieces[1]) + 2 + char_length(split.pieces[2])]::bigint[]
  else array(select sum(char_length(piece)) over (order by n) + 2 * (n - 1)
    from unnest(split.pieces) with ordinality as pieces(piece, n) order by n) end
  from (select regexp_split_to_array(${text}, ${ASTRAL}) as pieces offset 0) split)`;

/**
 * The code-point offset of the UTF-16 offset `offset` in a text whose astral offsets are `astral`:
 * less the number of them before it, which width_bucket finds by binary search in the ascending
 * offsets (how many are at most offset - 1).
 */
const codePoint = (offset: string, astral: string) =>
  `case when ${astral} is null then ${offset} else ${offset} - width_bucket(${offset} - 1, ${astral}) end`;

/**
 * One row of `items`, the JSON `row` of each row of `from … where …` in `order` joined by ",\n"
 * (NULL when there are none), and their `count`.
 */
const counted = (q: { row: string; from: string; where: string; order: string }) =>
  `(select string_agg(${q.row}, E',\\n' order by ${q.order}) as items, count(*) as count from ${q.from} where ${q.where})`;

const urn = (id: string) => `'"urn:uuid:' || ${id} || '"'`;

/** A TextualBody; `language` "ar" or "en" (a constant), or none. */
const textBody = (text: string, purpose: string, language?: "ar" | "en") =>
  object({
    type: literal("TextualBody"),
    value: value(text),
    purpose: literal(purpose),
    format: literal("text/plain"),
    ...(language ? { language: literal(language) } : {}),
    textDirection: literal(language === "ar" ? "rtl" : language === "en" ? "ltr" : "auto"),
  });

/** A creator, from a left-joined "User" `u`, left out when there is none. */
const creator = (u: string): TOptional => ({
  optional: `case when ${u}.email is not null then ${object({ type: literal("Person"), name: value(`coalesce(${u}.name, '')`) })} end`,
});

/**
 * The article `a` as the source of a target: its text, in the version every offset refers to.
 * Written once per article, as `art.source`, for all its annotations.
 */
const ARTICLE_SOURCE = object({
  id: urn("a.id"),
  type: literal("Text"),
  format: literal("text/plain"),
  language: value("a.language"),
  textDirection: `case when a.language = 'ar' then '"rtl"' else '"auto"' end`,
  "schema:version": value('a."textVersion"'),
  via: { optional: `case when a.url <> '' then ${value("a.url")} end` },
});

/**
 * When and which bytes the text was captured from (the newest snapshot `snap`): an RFC 6920 name
 * of its SHA-256. Written once per article, as `art.state`.
 */
const CAPTURE_STATE = `case when snap.sha256 is not null then ${object({
  type: literal("TimeState"),
  sourceDate: time('snap."capturedAt"'),
  cached: `'"ni:///sha-256;' || translate(rtrim(encode(decode(snap.sha256, 'hex'), 'base64'), '='), '+/', '-_') || '"'`,
})} end`;

/**
 * The English describing a span: the newest text of its own translation, then of those of the
 * article's exported claims resting on it (in their order), each once, empty ones left out.
 * Reviewed translations only if so asked. One row per span that has any; `english.bodies` is a
 * list of TextualBodies without its brackets.
 */
const ENGLISH = `(
  select span_id, string_agg(${textBody("english", "describing", "en")}, ',' order by first) as bodies
  from (
    select span_id, english, min(rank) as first from (
      select t."targetKey" as span_id, 0 as rank, t.id as translation_id
      from "Translation" t where t."articleId" = a.id and t."targetType" = 'SPAN' and (not $4::boolean or t.status = 'REVIEWED')
      union all
      select c."claimSpanId"::text, row_number() over (order by c."createdAt", c.id), t.id
      from "Claim" c join "Translation" t on t."articleId" = a.id and t."targetType" = 'CLAIM' and t."targetKey" = c.id::text
      where c.id = any(inc.ids) and c."claimSpanId" is not null and (not $4::boolean or t.status = 'REVIEWED')
    ) described,
    lateral (select r.text as english from "TranslationRevision" r where r."translationId" = described.translation_id
      order by r.version desc limit 1) newest
    where english <> ''
    group by span_id, english
  ) once
  group by span_id
) english on english.span_id = s.id::text`;

/** One annotation per live span of the export, tagged with its label, noted, identified, described. */
const SPAN_ANNOTATIONS = counted({
  row: object({
    id: urn("s.id"),
    type: literal("Annotation"),
    motivation: literal("tagging"),
    creator: { optional: "u.creator" },
    created: time('s."createdAt"'),
    modified: time('s."updatedAt"'),
    body: `'[' || concat_ws(',', l.bodies, case when s.note <> '' then ${textBody("s.note", "commenting")} end, e.body, english.bodies) || ']'`,
    target: object({
      type: literal("SpecificResource"),
      source: "art.source",
      state: { optional: "art.state" },
      selector: `'[' || ${object({
        type: literal("TextQuoteSelector"),
        exact: value("s.quote"),
        prefix: value("s.prefix"),
        suffix: value("s.suffix"),
      })} || ',' || ${object({
        type: literal("TextPositionSelector"),
        start: codePoint("s.start", "astral.offsets"),
        end: codePoint('s."end"', "astral.offsets"),
      })} || ']'`,
    }),
  }),
  // The label's bodies, the entity's and the author's as lookups by key, which PostgreSQL caches
  // (Memoize): each is written once per label, entity and user rather than for every span.
  from: `"Span" s
    cross join lateral (select concat_ws(',', ${textBody("l.name", "tagging", "en")},
      case when l."nameAr" <> '' then ${textBody('l."nameAr"', "tagging", "ar")} end) as bodies
      from "Label" l where l.id = s."labelId" offset 0) l
    left join lateral (select case when e."nameEn" <> '' then ${textBody('e."nameEn"', "identifying", "en")}
      when e.id is not null then ${textBody('e."nameAr"', "identifying", "ar")} end as body
      from "Entity" e where e.id = s."entityId" offset 0) e on true
    left join lateral (select ${creator("u").optional} as creator from "User" u where u.id = s."authorId" offset 0) u on true
    left join ${ENGLISH}`,
  where: `s."articleId" = a.id and s."anchorState" <> 'ORPHANED' and s."deletedAt" is null and ${spanInExport("s", "a")}`,
  order: 's.start, s."end", s.id',
});

/**
 * One end of a link: the claim `c` of article `ca` and its span `cs`. An end in this article
 * names it as the spans do; one in another names that article's text as Arabic, as the writer does.
 * The code-point offsets of a span in another article need only the astral characters before its
 * end (start < end), so only the text up to there (the first `end` code points hold at least `end`
 * UTF-16 units) is searched for them.
 */
const linkTarget = (c: string, ca: string, cs: string) =>
  object({
    id: urn(`${c}.id`),
    type: literal("SpecificResource"),
    source: `case when ${ca}.id = a.id then art.source else ${object({
      id: urn(`${ca}.id`),
      type: literal("Text"),
      format: literal("text/plain"),
      language: literal("ar"),
      textDirection: literal("rtl"),
      "schema:version": { optional: `nullif(${ca}."textVersion", 0)::text` },
    })} end`,
    selector: {
      optional: `case when ${cs}.id is not null then '[' || ${object({
        type: literal("TextQuoteSelector"),
        exact: value(`${cs}.quote`),
      })} || ',' || (select ${object({
        type: literal("TextPositionSelector"),
        start: codePoint(`${cs}.start`, "far.offsets"),
        end: codePoint(`${cs}."end"`, "far.offsets"),
      })} from (select case when ${ca}.id = a.id then astral.offsets else ${astralOffsets(`substr(${ca}.text, 1, ${cs}."end")`)} end as offsets offset 0) far) || ']' end`,
    },
  });

/** Links from an exported claim of the article to an exported claim, kept as keepLink keeps them, motivation linking. */
const LINK_ANNOTATIONS = counted({
  row: object({
    id: urn("l.id"),
    type: literal("Annotation"),
    motivation: literal("linking"),
    creator: creator("lc"),
    created: time('l."createdAt"'),
    modified: time('l."updatedAt"'),
    body: `'[' || concat_ws(',', ${textBody("lower(l.relation::text)", "tagging", "en")},
      ${textBody("'review: ' || lower(l.state::text)", "assessing", "en")},
      case when l.note <> '' then ${textBody("l.note", "commenting")} end) || ']'`,
    target: `'[' || ${linkTarget("fc", "a", "fs")} || ',' || ${linkTarget("tc", "ta", "ts")} || ']'`,
  }),
  from: `"ClaimLink" l join "Claim" fc on fc.id = l."fromClaimId" left join "Span" fs on fs.id = fc."claimSpanId"
    join "Claim" tc on tc.id = l."toClaimId" join "Article" ta on ta.id = tc."articleId" left join "Span" ts on ts.id = tc."claimSpanId"
    left join "User" lc on lc.id = l."createdById"`,
  where: `l."fromClaimId" = any(inc.ids) and ${claimInExport("tc", "ta")}
    and case when $4::boolean then l.state = 'CONFIRMED' else $3::boolean or l.state <> 'DISMISSED' end`,
  order: 'l."createdAt", l.id',
});

/**
 * Declared once per export and connection, as the JSONL lines (./article-lines-sql.ts): per
 * article, its annotations' JSON `items` joined by ",\n" (NULL when it has none) and their `count`.
 */
export const DECLARE_ANNOTATIONS = `
declare export_lines no scroll cursor for
select listed.items, listed.count
from ${DEALT_ARTICLES}
cross join lateral (select ${astralOffsets("a.text")} as offsets offset 0) astral
cross join lateral (select ${ARTICLE_SOURCE} as source, ${CAPTURE_STATE} as state offset 0) art
cross join lateral (select nullif(concat_ws(E',\\n', spans.items, links.items), '') as items, spans.count + links.count as count
  from ${SPAN_ANNOTATIONS} spans, ${LINK_ANNOTATIONS} links offset 0) listed
where ${DEALT_TO_THIS}
order by a."createdAt", a.id`;
