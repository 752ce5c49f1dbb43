import type { ReservedSql } from "postgres";
import type { TExportFilter } from "./read-articles";

/** Articles per batch a connection writes: enough to keep round trips few, few enough to keep memory flat. */
const BATCH = 50;

/**
 * Rows the database writes for each article of an export (JSONL lines, ./article-lines-sql.ts;
 * W3C annotations, ./annotations-sql.ts), in article order, a batch at a time, as raw bytes
 * (copies: the rows are views of the connection's read buffer). `declare` declares the cursor
 * `export_lines` over the articles dealt out to one connection: each connection (all in the
 * export's snapshot) writes every nth batch and is asked for its next one as soon as it has
 * handed one over, so the server writes on as many cores while this process passes the bytes on;
 * at most one batch per connection waits.
 */
export async function* articleRows(
  connections: readonly ReservedSql[],
  declare: string,
  filter: TExportFilter,
): AsyncGenerator<(Buffer | null)[][]> {
  const filterParams = [filter.projectId, filter.articleIds, filter.history, filter.reviewedOnly];
  await Promise.all(connections.map((c, i) => c.unsafe(declare, [...filterParams, BATCH, connections.length, i])));
  const fetchFrom = (connection: ReservedSql) => {
    const rows = connection.unsafe(`fetch ${BATCH} from export_lines`).raw();
    rows.catch(() => undefined); // Its failure is thrown where it is awaited.
    return rows;
  };
  const upcoming = connections.map(fetchFrom);
  for (let batch = 0; ; batch++) {
    const turn = batch % connections.length;
    const connection = connections[turn];
    const rows = await upcoming[turn];
    if (!connection || !rows || rows.length === 0) return;
    upcoming[turn] = fetchFrom(connection);
    yield rows.map((row) => row.map((column) => (column ? Buffer.from(column) : null)));
  }
}
