import type { ReservedSql } from "postgres";
import { DECLARE_ARTICLE_LINES, FETCH_ARTICLE_LINES } from "./article-lines-sql";
import type { TExportFilter } from "./read-articles";

/** Articles per batch a connection writes: enough to keep round trips few, few enough to keep memory flat. */
const LINES_BATCH = 50;

/**
 * The JSONL export's article lines as the database writes them (./article-lines-sql.ts), in
 * order, a batch at a time. Each connection (all in the export's snapshot) writes every nth batch
 * and is asked for its next one as soon as it has handed one over, so the server writes on as
 * many cores while this process only passes the bytes on; at most one batch per connection waits.
 */
export async function* articleLines(
  connections: readonly ReservedSql[],
  filter: TExportFilter,
): AsyncGenerator<{ bytes: Uint8Array; articles: number }> {
  const filterParams = [filter.projectId, filter.articleIds, filter.history, filter.reviewedOnly];
  await Promise.all(
    connections.map((c, i) => c.unsafe(DECLARE_ARTICLE_LINES, [...filterParams, LINES_BATCH, connections.length, i])),
  );
  const fetchFrom = (connection: ReservedSql) => {
    const rows = connection.unsafe(FETCH_ARTICLE_LINES(LINES_BATCH)).raw();
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
    // One chunk per batch; a copy, since the rows are views of the connection's read buffer.
    yield { bytes: Buffer.concat(rows.map(([line]) => line ?? Buffer.alloc(0))), articles: rows.length };
  }
}
