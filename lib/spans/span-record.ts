import type { Prisma } from "../generated/prisma/client";
import { ZSpan } from "./schemas";

/**
 * The span written once: its fields are the keys of the response schema `ZSpan`, and the Prisma
 * select and the SQL select lists are built from them, so create, update, list, a retried create and
 * the export read the same span whichever driver runs the read. The order is the dataset format's
 * (`author` stands for the author's columns).
 */
const SPAN_FIELDS = ZSpan.keyof().options;

type TSpanColumn = Exclude<(typeof SPAN_FIELDS)[number], "author">;
const SPAN_COLUMNS = SPAN_FIELDS.filter((f): f is TSpanColumn => f !== "author");
const TIMES: ReadonlySet<string> = new Set(["createdAt", "updatedAt", "deletedAt"]);

/** What the API and the reader get for a span. */
export const spanSelect = {
  ...(Object.fromEntries(SPAN_COLUMNS.map((c) => [c, true])) as Record<TSpanColumn, true>),
  author: { select: { id: true, name: true, email: true } },
} as const;

/** A span as `spanSelect` shapes it; the postgres.js reads (`SPAN_BY_ID_SQL`) give the same shape. */
export type TSpanDto = Prisma.SpanGetPayload<{ select: typeof spanSelect }>;

/** How one SQL read writes a span's times and its author. */
type TSpanSqlShape = {
  time: (column: string) => string;
  author: (user: string) => string;
  /** Leaves out `articleId`, for a span written inside its article. */
  nested?: boolean;
};

/** The select list of a span `s` and its author `u` (a left-joined "User"), in the fields' order. */
export function spanColumnsSql(s: string, u: string, shape: TSpanSqlShape): string {
  return SPAN_FIELDS.filter((f) => !(shape.nested && f === "articleId"))
    .map((f) => {
      if (f === "author") return shape.author(u);
      const column = `${s}."${f}"`;
      return `${TIMES.has(f) ? shape.time(column) : column} as "${f}"`;
    })
    .join(", ");
}

/** One span as `spanSelect` shapes it (times as Dates, the author as JSON), for postgres.js; $1 is its id. */
export const SPAN_BY_ID_SQL = `select ${spanColumnsSql("s", "u", {
  time: (column) => column,
  author: (u) =>
    `case when ${u}.id is null then null else json_build_object('id', ${u}.id, 'name', ${u}.name, 'email', ${u}.email) end as author`,
})} from "Span" s left join "User" u on u.id = s."authorId" where s.id = $1::uuid`;
