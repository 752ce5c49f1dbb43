import { describe, expect, it } from "vitest";
import { importArticles } from "../articles/import-articles";
import { db } from "../db";
import { loadSampleCorpus } from "../seed/sample-corpus";
import { startSuggestionRun, suggestionRunJob } from "../suggestions/suggestion-runs";
import { makeProject } from "../testing/factories";

/**
 * A suggestion run worked in slices, as after a crash: each slice resumes from the saved progress,
 * and the result is the same as one uninterrupted run (no suggestion stored twice).
 */
describe("suggestion run job", () => {
  it("resumes from its saved progress and stores nothing twice", async () => {
    const { project, admin } = await makeProject();
    await importArticles({ actor: admin, projectId: project.id, sources: await loadSampleCorpus() });
    await db.suggestionRun.deleteMany({ where: { projectId: project.id } });
    await db.suggestion.deleteMany({ where: { projectId: project.id } });
    const { run } = await startSuggestionRun({ actor: admin, projectId: project.id });
    const data = { runId: run.id, projectId: project.id };

    // Slices with no time to spare read one article each, like a process killed after each one.
    let slices = 0;
    for (;;) {
      slices++;
      const result = await suggestionRunJob.handler(data, {
        jobId: `slice-${slices}`,
        deadline: Date.now(),
        resumed: slices > 1,
      });
      const row = await db.suggestionRun.findUniqueOrThrow({ where: { id: run.id } });
      // The first pass reads suggestions, the second (from the last article of the first) incidents and links.
      expect(row.done).toBe(Math.min(slices, row.total));
      expect(row.incidentsDone).toBe(Math.max(0, Math.min(slices - row.total + 1, row.total)));
      if (!result) break;
      expect(row.status).toBe("RUNNING");
    }
    const finished = await db.suggestionRun.findUniqueOrThrow({ where: { id: run.id } });
    expect(finished).toMatchObject({ status: "DONE", total: 5, done: 5, incidentsDone: 5, attempts: 9 });
    expect(slices).toBe(9);
    expect(await db.event.count({ where: { projectId: project.id, status: "PROPOSED" } })).toBeGreaterThan(0);
    const stored = await db.suggestion.count({ where: { projectId: project.id } });
    expect(finished.proposed).toBe(stored);

    // Taken up again after it finished (a duplicate delivery): nothing changes.
    expect(
      await suggestionRunJob.handler(data, { jobId: "again", deadline: Date.now() + 10_000, resumed: true }),
    ).toBeUndefined();
    expect(await db.suggestion.count({ where: { projectId: project.id } })).toBe(stored);
  });
});
