import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import type { Page } from "@playwright/test";
import { getArticle } from "../../lib/articles/get-article";
import { createClaim } from "../../lib/claims/create-claim";
import { listLabels } from "../../lib/labels/list-labels";
import { createSpan } from "../../lib/spans/create-span";
import { saveTranslation } from "../../lib/translations/save-translation";
import { signInViaApi } from "../fixtures/auth";
import { expect, test } from "../fixtures/test";
import { seedSampleProject, SHOTS } from "./steps";

const CLAIMS = 300;
/** The target on these 2-core machines; PERF_BUDGET_MS overrides it (e.g. for a dev server). */
const BUDGET_MS = Number(process.env.PERF_BUDGET_MS) || 1_500;

/**
 * Milliseconds from navigation start until `condition` (a browser-side expression) first holds,
 * timed in the page itself: a script installed before the page's own checks it every animation
 * frame, so the figure carries no test-runner polling delay. Three loads after a warm-up.
 */
async function loads(page: Page, path: string, condition: string): Promise<number[]> {
  await page.addInitScript(`(() => {
    const check = () => {
      if (${condition}) window.__readyAt = Math.round(performance.now());
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })()`);
  const runs: number[] = [];
  for (let run = 0; run <= 3; run++) {
    await page.goto(path);
    const readyAt = await page.waitForFunction(
      () => (window as unknown as { __readyAt?: number }).__readyAt,
      undefined,
      { timeout: 60_000 },
    );
    if (run > 0) runs.push(Number(await readyAt.jsonValue()));
  }
  return runs;
}

// A trace records DOM snapshots of every step, which on a page this size costs more than the page itself.
test.use({ trace: "off" });

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

test("an article with 300 claims and every paragraph translated opens within the budget, on the article page and in the bilingual view", async ({
  page,
}, testInfo) => {
  test.setTimeout(300_000);
  const { project, accounts, article } = await seedSampleProject([{ name: "Analyst", role: "ANALYST" }]);
  const analyst = accounts[0]!;
  const id = article("004");
  const stored = await getArticle({ actor: analyst, articleId: id });
  const claimLabel = (await listLabels({ actor: analyst, projectId: project.id })).find((l) => l.key === "claim")!;
  // 300 claims over the article's sentences, cycling through the kinds that carry figures and those that do not.
  const sentences = stored.sentences.filter((s) => stored.text.slice(s.start, s.end).trim().length > 0);
  const kinds = ["STATEMENT", "CASUALTY", "COUNT", "EVENT", "OTHER"] as const;
  for (let i = 0; i < CLAIMS; i += 10) {
    await Promise.all(
      Array.from({ length: Math.min(10, CLAIMS - i) }, async (_, k) => {
        const n = i + k;
        const sentence = sentences[n % sentences.length]!;
        const end = Math.min(sentence.end, sentence.start + 20 + (n % 30));
        const { span } = await createSpan({
          actor: analyst,
          articleId: id,
          input: {
            id: randomUUID(),
            labelId: claimLabel.id,
            start: sentence.start,
            end,
            quote: stored.text.slice(sentence.start, end),
          },
        });
        const kind = kinds[n % kinds.length]!;
        const figures =
          kind === "CASUALTY"
            ? { killed: { qualifier: "about", value: n }, injured: { value: n + 1 } }
            : kind === "COUNT"
              ? { thing: "attacks", value: { qualifier: "more_than", value: n } }
              : {};
        await createClaim({
          actor: analyst,
          articleId: id,
          input: {
            id: randomUUID(),
            kind,
            claimSpanId: span.id,
            figures,
            attribution: n % 3 === 0 ? "a US official told Reuters" : "",
          },
        });
      }),
    );
  }
  for (const p of stored.paragraphs) {
    await saveTranslation({
      actor: analyst,
      articleId: id,
      input: { targetType: "SEGMENT", targetKey: String(p.index), text: `English of paragraph ${p.index + 1}.` },
    });
  }

  await signInViaApi(page, analyst);
  const articlePage = await loads(
    page,
    `/projects/${project.id}/articles/${id}`,
    `document.querySelector("html[data-hydrated]") && document.querySelector('[data-testid="article-text"][data-ready="true"]') && document.querySelectorAll('[data-testid="claims-panel"] [data-testid="claim-card"]').length === ${CLAIMS}`,
  );
  await expect(page.getByTestId("claims-panel").getByTestId("claim-card")).toHaveCount(CLAIMS);
  await page.screenshot({ path: `${SHOTS}/perf-article-300-claims.png` });
  const translatePage = await loads(
    page,
    `/projects/${project.id}/articles/${id}/translate`,
    `document.querySelector("html[data-hydrated]") && document.querySelectorAll('[data-testid="translation-row"] [data-testid="translation-text"]').length === ${stored.paragraphs.length} && document.querySelectorAll('[data-testid="claim-translation-row"]').length === ${CLAIMS}`,
  );
  await expect(page.getByTestId("translation-progress").first()).toHaveAttribute(
    "data-translated",
    String(stored.paragraphs.length),
  );

  const result = {
    claims: CLAIMS,
    paragraphs: stored.paragraphs.length,
    articlePageMs: articlePage,
    translatePageMs: translatePage,
    loadAverage: loadavg()[0],
  };
  await mkdir(SHOTS, { recursive: true });
  await writeFile(`${SHOTS}/perf-300-claims.json`, JSON.stringify(result, null, 2));
  testInfo.annotations.push({ type: "perf", description: JSON.stringify(result) });
  expect(
    median(articlePage),
    "article page: navigation start → hydrated, text ready and 300 claims shown, median of 3 (ms)",
  ).toBeLessThan(BUDGET_MS);
  expect(
    median(translatePage),
    "bilingual view: navigation start → hydrated, every paragraph's English and 300 claim rows shown, median of 3 (ms)",
  ).toBeLessThan(BUDGET_MS);
});
