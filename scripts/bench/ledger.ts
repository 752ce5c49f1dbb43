/**
 * npx tsx scripts/bench/ledger.ts [--claims 200 --runs 50]
 *
 * Issue 11's ledger figure: GET /events/{id}/ledger's work (lib/incidents/get-incident-ledger.ts:
 * the access check, the incident, its claims with their articles, the contradicting links, and the
 * pure builder) for one incident with `--claims` claims spread over 20 reports and 6 sources, in
 * a fresh embedded PostgreSQL. Printed beside a plain `SELECT * FROM "Claim" WHERE "eventId" = $1`
 * of the same rows, measured in the same run, so the figure says how much the ledger adds over
 * reading its rows at all. Target: < 300 ms.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedPostgres } from "../../lib/database/embedded";
import { applyMigrations } from "../../lib/database/migrations";

function percentile(ms: number[], p: number): number {
  const sorted = [...ms].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function timed(runs: number, fn: () => Promise<unknown>): Promise<number[]> {
  for (let warm = 0; warm < 5; warm++) await fn();
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times;
}

const SOURCES = [
  { sourceText: "هيئة الحشد الشعبي", sourceType: "OFFICIAL" },
  { sourceText: "مصدر طبي", sourceType: "LOCAL" },
  { sourceText: "خلية الإعلام الأمني", sourceType: "OFFICIAL" },
  { sourceText: "مصدر أمني", sourceType: "ANONYMOUS" },
  { sourceText: "شهود عيان", sourceType: "LOCAL" },
  { sourceText: "", sourceType: null },
] as const;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { claims: { type: "string", default: "200" }, runs: { type: "string", default: "50" } },
  });
  const claimCount = Number(values.claims);
  const runs = Number(values.runs);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "wb-bench-ledger-"));
  const server = await startEmbeddedPostgres({ dataDir, database: "bench", port: 0, volatile: true });
  try {
    await applyMigrations(server.url);
    process.env.DATABASE_URL = server.url;
    const { db, sql, disconnectDb } = await import("../../lib/db");
    const { createUser } = await import("../../lib/users/create-user");
    const { createProject } = await import("../../lib/projects/create-project");
    const { importArticles } = await import("../../lib/articles/import-articles");
    const { waitForSuggestionRuns } = await import("../../lib/suggestions/background-runs");
    const { getIncidentLedger } = await import("../../lib/incidents/get-incident-ledger");

    const admin = await createUser({
      actor: null,
      input: { email: "bench@bench.local", name: "Bench", password: "bench password 123", isAdmin: true },
    });
    const project = await createProject({ actor: admin, input: { name: "Ledger benchmark" } });
    const drafts = Array.from({ length: 20 }, (_, i) => ({
      title: `تقرير ${i + 1}`,
      source: `Outlet ${i % 7}`,
      url: null,
      publishedAt: `2023-12-${String(9 + (i % 15)).padStart(2, "0")}`,
      text: `قتل ${i + 2} وأصيب ${i + 5} في هجوم على القاعدة. ${randomUUID()}`,
    }));
    const summary = await importArticles({
      actor: admin,
      projectId: project.id,
      sources: drafts.map((d, i) => ({ name: `r${i}.json`, ok: true as const, drafts: [d] })),
    });
    await waitForSuggestionRuns();
    const articleIds = summary.results.map((r) => r.articles[0]!.id);
    const event = await db.event.create({
      data: { projectId: project.id, titleEn: "Benchmark incident", status: "PROPOSED", origin: "SUGGESTED" },
    });
    const claims = Array.from({ length: claimCount }, (_, i) => {
      const source = SOURCES[i % SOURCES.length]!;
      const casualty = i % 5 !== 4;
      return {
        id: randomUUID(),
        projectId: project.id,
        articleId: articleIds[i % articleIds.length]!,
        kind: casualty ? ("CASUALTY" as const) : ("COUNT" as const),
        eventId: event.id,
        eventOrigin: "SUGGESTED" as const,
        proposed: i % 3 === 0,
        sourceText: source.sourceText,
        sourceType: source.sourceType,
        figures: casualty
          ? {
              killed: { qualifier: i % 4 === 0 ? "at_least" : "exactly", value: 1 + (i % 9) },
              injured: { qualifier: "about", value: 4 + (i % 6) },
              victims: "",
              perpetrator: i % 2 ? "كتائب حزب الله" : "",
            }
          : { thing: "rockets", value: { qualifier: "exactly", value: 5 + (i % 4) } },
        features: {
          victimCategory: ["civilian", "military", "militant", "unknown"][i % 4],
          perpetrators: [],
          places: [],
          targets: [],
          weapons: ["rocket"],
        },
      };
    });
    await db.claim.createMany({ data: claims });
    for (let i = 0; i + 1 < claims.length && i < 40; i += 2) {
      const [a, b] = [claims[i]!.id, claims[i + 1]!.id];
      await db.claimLink.create({
        data: {
          id: randomUUID(),
          projectId: project.id,
          fromClaimId: a,
          toClaimId: b,
          pairKey: [a, b].sort().join(":"),
          relation: i % 4 ? "AGREES" : "CONTRADICTS",
        },
      });
    }

    const ledger = await getIncidentLedger({ actor: admin, eventId: event.id });
    const plain = await timed(runs, () =>
      sql().unsafe(`SELECT * FROM "Claim" WHERE "eventId" = $1 AND "deletedAt" IS NULL`, [event.id]),
    );
    const full = await timed(runs, () => getIncidentLedger({ actor: admin, eventId: event.id }));
    const [p50, p95, plain50] = [percentile(full, 50), percentile(full, 95), percentile(plain, 50)];
    console.log(
      `Incident with ${ledger.claimCount} claims: ${ledger.rows.length} ledger rows, ${ledger.sources.length} sources, ${ledger.categories.length} victim categories, proposed grade ${ledger.proposedGrade.grade}`,
    );
    console.log(
      `plain SELECT of the claim rows: p50 ${plain50.toFixed(2)} ms, p95 ${percentile(plain, 95).toFixed(2)} ms`,
    );
    console.log(
      `ledger (getIncidentLedger):      p50 ${p50.toFixed(2)} ms, p95 ${p95.toFixed(2)} ms, max ${Math.max(...full).toFixed(2)} ms`,
    );
    console.log(
      `ratio ledger / plain SELECT (p50): ×${(p50 / plain50).toFixed(1)}; target < 300 ms: ${p95 < 300 ? "met" : "MISSED"} (p95), load ${os.loadavg()[0]!.toFixed(1)}`,
    );
    await disconnectDb();
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
