/**
 * Pieces of SQL that write JSON text as JSON.stringify writes it (compact, keys in the order
 * given, the same escapes), for the exports whose records the database writes whole
 * (./article-lines-sql.ts, ./annotations-sql.ts). Each takes and gives SQL expression text.
 */

/** A value as JSON text (a string, number, boolean, uuid, enum or array), 'null' for NULL. */
export const value = (sql: string) => `coalesce(to_json(${sql})::text, 'null')`;

/** A time as JavaScript's toISOString() writes it (the columns hold UTC to the millisecond), or null. */
export const time = (sql: string) => `coalesce('"' || to_char(${sql}, 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '"', 'null')`;

/** A date as "YYYY-MM-DD", or null. */
export const day = (sql: string) => `coalesce('"' || to_char(${sql}, 'YYYY-MM-DD') || '"', 'null')`;

/** A constant string as JSON text. */
export const literal = (text: string) => `'${JSON.stringify(text).replaceAll("'", "''")}'`;

/** A field `object` leaves out where its JSON is NULL (as JSON.stringify leaves out `undefined`). */
export type TOptional = { optional: string };

/**
 * A JSON object of the fields given (key → SQL giving the value's JSON text), keys in the order
 * given; the first field is never optional.
 */
export const object = (fields: Record<string, string | TOptional>) =>
  `('{' || ${Object.entries(fields)
    .map(([key, json], i) => {
      const name = `${i === 0 ? "" : ","}${JSON.stringify(key)}:`;
      return typeof json === "string" ? `'${name}' || ${json}` : `coalesce('${name}' || ${json.optional}, '')`;
    })
    .join(" || ")} || '}')`;

/**
 * The elements of a JSON array, without its brackets: `row` (SQL giving each row's JSON text) over
 * `from … where …`, in `order`, joined by "," (or ",\n", as the W3C collection lists its items);
 * NULL when there are none.
 */
export const elements = (q: { row: string; from: string; where: string; order: string; separator?: "," | ",\n" }) =>
  `(select string_agg(${q.row}, ${q.separator === ",\n" ? "E',\\n'" : "','"} order by ${q.order}) from ${q.from} where ${q.where})`;

/** A compact JSON array of the rows (see `elements`); '[]' when there are none. */
export const array = (q: Parameters<typeof elements>[0]) => `coalesce('[' || ${elements(q)} || ']', '[]')`;

/** A person as the dataset format writes one ({"name","email"}, or null) from a left-joined "User" `u`. */
export const person = (u: string) =>
  `case when ${u}.email is null then 'null' else ${object({ name: value(`coalesce(${u}.name, '')`), email: value(`${u}.email`) })} end`;
