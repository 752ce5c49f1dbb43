import { randomUUID } from "node:crypto";
import { importArticles } from "../lib/articles/import-articles";
import { assignArticles } from "../lib/assignments/assign-articles";
import { setAssignmentStatus } from "../lib/assignments/set-assignment-status";
import type { ActingUser } from "../lib/auth/acting-user";
import { createClaim } from "../lib/claims/create-claim";
import { db } from "../lib/db";
import { parseUploadedFile } from "../lib/import/parse-upload";
import { createSpan } from "../lib/spans/create-span";
import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, uniqueTag } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

const TEXT = "قتل خمسة أشخاص في هجوم على بغداد يوم الجمعة، وأصيب عشرة آخرون.";

/**
 * Two analysts annotate one article and mark it done: both mark "بغداد" as a place and make a
 * casualty claim on it (5 killed against 7); the second also marks "الجمعة" as a date.
 */
async function seed() {
  const tag = uniqueTag();
  const first = await createAccount({ name: `Analyst A ${tag}` });
  const second = await createAccount({ name: `Analyst B ${tag}` });
  const manager = await createAccount({ name: `Manager ${tag}` });
  const { project, admin } = await createProjectWith([
    { user: first, role: "ANALYST" },
    { user: second, role: "ANALYST" },
    { user: manager, role: "MANAGER" },
  ]);
  const title = `هجوم بغداد ${tag}`;
  const summary = await importArticles({
    actor: admin,
    projectId: project.id,
    sources: [parseUploadedFile("one.txt", new TextEncoder().encode(`${title}\n\n${TEXT}`), { maxBytes: 10_000 })],
  });
  const articleId = summary.results[0]!.articles[0]!.id;
  const { text } = await db.article.findUniqueOrThrow({ where: { id: articleId } });
  const labels = await db.label.findMany({ where: { projectId: project.id } });
  const labelId = (key: string) => labels.find((l) => l.key === key)!.id;
  await assignArticles({
    actor: admin,
    projectId: project.id,
    input: { articleIds: [articleId], userIds: [first.id, second.id] },
  });
  const mark = async (actor: ActingUser, word: string, key: string) => {
    const start = text.indexOf(word);
    const id = randomUUID();
    await createSpan({
      actor,
      articleId,
      input: { id, labelId: labelId(key), start, end: start + word.length, quote: word },
    });
    return id;
  };
  for (const [actor, killed] of [
    [first, 5],
    [second, 7],
  ] as const) {
    const span = await mark(actor, "بغداد", "place");
    await createClaim({
      actor,
      articleId,
      input: { id: randomUUID(), kind: "CASUALTY", claimSpanId: span, figures: { killed: { value: killed } } },
    });
  }
  await mark(second, "الجمعة", "date");
  for (const actor of [first, second])
    await setAssignmentStatus({ actor, articleId, userId: actor.id, input: { status: "DONE" } });
  return { project, manager, first, second, articleId, title, text };
}

test("the agreement page shows two analysts' κ, α and F1 per label, their claims, and the article to curate", async ({
  page,
  context,
  baseURL,
}, testInfo) => {
  test.setTimeout(90_000);
  const { project, manager, first, second, articleId, title, text } = await seed();
  // By hand, over the L characters: both mark the p of "بغداد" as a place; B alone marks the d of
  // "الجمعة" as a date, which A leaves without a label. Date against no label: κ = 0 (A never uses
  // the label) and α = 1 − (2L − 1) / (2L − d). Over all labels, with place, date and no label as the
  // categories: D_o = d / L and D_e = ((2L)² − Σ n_c²) / (2L (2L − 1)), n_place = 2p, n_date = d.
  const L = text.length;
  const p = "بغداد".length;
  const d = "الجمعة".length;
  // Three decimals and a real minus sign, as the page shows them.
  const shown = (value: number) => value.toFixed(3).replace("-", "−");
  const dateAlpha = shown(1 - (2 * L - 1) / (2 * L - d));
  const counts = [2 * p, d, 2 * L - 2 * p - d];
  const expected = (4 * L * L - counts.reduce((sum, n) => sum + n * n, 0)) / (2 * L * (2 * L - 1));
  const allAlpha = shown(1 - d / L / expected);

  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}`);
  await page.getByTestId("project-views").getByRole("link", { name: "Agreement" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Agreement between analysts");
  await expect(page.getByText("Articles that at least two analysts finished: 1.")).toBeVisible();
  const matrix = page.getByTestId("agreement-matrix");
  await expect(matrix.getByRole("columnheader", { name: `${first.name} × ${second.name}` })).toBeVisible();
  await expect(matrix.getByTestId("alpha-place")).toHaveText("1.000");
  await expect(matrix.getByTestId("kappa-place-0")).toHaveText("1.000");
  await expect(matrix.getByTestId("f1-place-0")).toHaveText("1.000");
  await expect(matrix.getByTestId("kappa-date-0")).toHaveText("0.000");
  await expect(matrix.getByTestId("f1-date-0")).toHaveText("0.000");
  await expect(matrix.getByTestId("alpha-date")).toHaveText(dateAlpha);
  await expect(matrix.getByTestId("alpha-all")).toHaveText(allAlpha);
  // Nobody used "weapon": undefined, shown as a dash that says why.
  await expect(matrix.getByTestId("alpha-weapon")).toHaveText("—");
  await expect(matrix.getByTestId("alpha-weapon")).toHaveAttribute("title", /Not defined/);
  const claims = page.getByTestId("agreement-claims");
  await expect(claims.locator("tbody tr").nth(1)).toContainText("1 of 1 and 1");
  // 5 killed against 7, the only figures: α interval 0; one kind only: undefined.
  await expect(claims.getByTestId("claims-figures-all")).toHaveText("0.000");
  await expect(claims.getByTestId("claims-kind-all")).toHaveText("—");
  const articles = page.getByTestId("agreement-articles").locator("tbody tr");
  await expect(articles).toHaveCount(1);
  await expect(articles.first()).toContainText(title);
  await expect(articles.first().getByTestId("article-alpha")).toHaveText(allAlpha);
  await expect(articles.first().getByRole("link", { name: "Curate" })).toHaveAttribute(
    "href",
    `/projects/${project.id}/articles/${articleId}/curate`,
  );
  await page.screenshot({ path: testInfo.outputPath("agreement-en.png"), fullPage: true });

  // The manager curates: takes B's version (both spans and the claim) and marks the article curated.
  const actions = articles.first().getByTestId("curate-actions");
  await actions.getByRole("button", { name: `Take ${second.name}'s version` }).click();
  await expect(actions.getByRole("status")).toHaveText("Into the curated layer: 2 new spans and 1 new claims.");
  await actions.getByRole("button", { name: "Mark curated" }).click();
  await expect(actions.getByRole("status")).toHaveText("Curated");
  // The curated layer is the manager's, not an analyst's: the agreement between A and B is unchanged.
  await page.reload();
  await expect(actions.getByRole("button", { name: "Reopen" })).toBeVisible();
  await expect(matrix.getByTestId("alpha-all")).toHaveText(allAlpha);
  expect(await db.span.count({ where: { articleId, authorId: manager.id, deletedAt: null } })).toBe(2);

  // Filtered to the place label, only its row remains beside all labels, now in full agreement.
  await page.getByTestId("agreement-filter").getByLabel("Place", { exact: true }).check();
  await page.getByTestId("agreement-filter").getByRole("button", { name: "Apply" }).click();
  await expect(matrix.getByTestId("alpha-date")).toHaveCount(0);
  await expect(matrix.getByTestId("alpha-all")).toHaveText("1.000");
  const csv = await page.request.get((await page.getByTestId("agreement-csv").getAttribute("href")) ?? "");
  expect(csv.status()).toBe(200);
  expect(await csv.text()).toContain(`spans,place,${first.email},${second.email},,,1,kappa,1`);

  // In Arabic, the same figures under Arabic headings.
  await context.addCookies([{ name: "wb-locale", value: "ar", url: baseURL ?? "http://localhost:3000" }]);
  await openPage(page, `/projects/${project.id}/agreement`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("الاتفاق بين المحلّلين");
  await expect(matrix.getByTestId("kappa-date-0")).toHaveText("0.000");
  await expect(matrix.getByTestId("alpha-date")).toHaveText(dateAlpha);
  await expect(matrix.getByRole("cell", { name: "تاريخ" })).toBeVisible();
  await expect(articles.first().getByRole("link", { name: "تنقيح" })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath("agreement-ar.png"), fullPage: true });
});
