import { strFromU8, unzipSync } from "fflate";
import type { Page } from "@playwright/test";
import { getAgreement } from "../lib/agreement/get-agreement";
import { importArticles } from "../lib/articles/import-articles";
import { assignArticles } from "../lib/assignments/assign-articles";
import { setIndependentAnnotation } from "../lib/curation/independent-annotation";
import { db } from "../lib/db";
import { parseUploadedFile } from "../lib/import/parse-upload";
import { dragSelect, drawnSpanIds, expectAllSaved, waitForReader } from "./annotator/reader";
import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, uniqueTag } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

const TEXT = "قتل خمسة أشخاص في هجوم على بغداد يوم الجمعة، وأصيب عشرة آخرون.";

/** Selects each phrase in the reader and gives it its label from the selection toolbar, then marks the article done. */
async function annotate(page: Page, marks: [phrase: string, labelId: string][]) {
  for (const [phrase, labelId] of marks) {
    expect(await dragSelect(page, phrase)).toBe(phrase);
    const toolbar = page.getByTestId("selection-toolbar");
    await toolbar.locator(`button[data-label-id="${labelId}"]`).click();
    await expect(toolbar).toBeHidden();
    await expectAllSaved(page);
  }
  const flow = page.getByTestId("article-flow");
  await flow.getByRole("button", { name: "Mark done" }).click();
  await expect(flow.getByTestId("my-status")).toContainText("Done");
}

const shown = (value: number | null) => (value === null ? "—" : value.toFixed(3).replace("-", "−"));

test("two analysts annotate one article independently, the agreement page shows their α and κ, a curator settles the differences by keyboard, and the export holds the curated layer and, asked for, both raw layers", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(180_000);
  const tag = uniqueTag();
  const first = await createAccount({ name: `Analyst A ${tag}` });
  const second = await createAccount({ name: `Analyst B ${tag}` });
  const manager = await createAccount({ name: `Manager ${tag}` });
  const { project, admin } = await createProjectWith([
    { user: first, role: "ANALYST" },
    { user: second, role: "ANALYST" },
    { user: manager, role: "MANAGER" },
  ]);
  await setIndependentAnnotation({ actor: admin, projectId: project.id, input: { enabled: true } });
  const title = `هجوم بغداد ${tag}`;
  const summary = await importArticles({
    actor: admin,
    projectId: project.id,
    sources: [parseUploadedFile("one.txt", new TextEncoder().encode(`${title}\n\n${TEXT}`), { maxBytes: 10_000 })],
  });
  const articleId = summary.results[0]!.articles[0]!.id;
  await assignArticles({
    actor: admin,
    projectId: project.id,
    input: { articleIds: [articleId], userIds: [first.id, second.id] },
  });
  const labels = await db.label.findMany({ where: { projectId: project.id } });
  const label = (key: string) => labels.find((l) => l.key === key)!.id;
  const reader = `/projects/${project.id}/articles/${articleId}`;

  // Each analyst signs in in their own browser and annotates the article, seeing only their own work.
  const contextA = await browser.newContext({ baseURL });
  const pageA = await contextA.newPage();
  await signInViaApi(pageA, first);
  await openPage(pageA, reader);
  await waitForReader(pageA);
  await annotate(pageA, [
    ["خمسة أشخاص", label("casualty")],
    ["بغداد", label("place")],
  ]);
  const contextB = await browser.newContext({ baseURL });
  const pageB = await contextB.newPage();
  await signInViaApi(pageB, second);
  await openPage(pageB, reader);
  await waitForReader(pageB);
  expect(await drawnSpanIds(pageB)).toEqual([]);
  await annotate(pageB, [
    ["قتل خمسة أشخاص", label("casualty")],
    ["بغداد", label("place")],
    ["الجمعة", label("date")],
  ]);
  expect(await drawnSpanIds(pageB)).toHaveLength(3);

  // The manager reads their agreement: the figures the agreement library computes from the stored spans.
  const report = await getAgreement({ actor: manager, projectId: project.id, query: {} });
  const contextM = await browser.newContext({ baseURL });
  const page = await contextM.newPage();
  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}/agreement`);
  const matrix = page.getByTestId("agreement-matrix");
  await expect(matrix.getByTestId("alpha-all")).toHaveText(shown(report.spans.all.alpha));
  await expect(matrix.getByTestId("kappa-all-0")).toHaveText(shown(report.spans.all.pairs[0]!.kappa));
  await expect(matrix.getByTestId("alpha-place")).toHaveText("1.000");
  expect(report.spans.all.alpha).not.toBeNull();
  expect(report.spans.all.pairs[0]!.kappa).not.toBeNull();

  // The article's "Curate" link opens the curation view: three items, two of them differing.
  const row = page.getByTestId("agreement-articles").locator("tbody tr").first();
  await row.getByRole("link", { name: "Curate" }).click();
  await expect(page).toHaveURL(`${baseURL}/projects/${project.id}/articles/${articleId}/curate`);
  const items = page.getByTestId("curation-item");
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toHaveAttribute("data-differences", "boundaries");
  await expect(items.nth(1)).toHaveAttribute("data-differences", "");
  await expect(items.nth(2)).toHaveAttribute("data-differences", "missing");
  await expect(items.nth(0).getByTestId("curation-difference")).toHaveText("Boundaries differ");
  await expect(items.nth(2).getByTestId("curation-version-1")).toHaveText("—");
  await expect(page.getByTestId("curation-counts")).toContainText("3 items, 2 with differences, 0 decided");
  await page.screenshot({ path: testInfo.outputPath("curation-en.png"), fullPage: true });

  // By keyboard: the first item is selected; 1 takes A's boundaries, j goes to the next difference
  // (past the agreed place), x rejects B's lone date, k goes back, e edits the taken span, m on the
  // agreed item merges it.
  await expect(items.nth(0)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("1");
  await expect(items.nth(0).getByTestId("curation-curated-span")).toContainText("خمسة أشخاص");
  await expect(items.nth(0).getByTestId("curation-curated-span")).not.toContainText("قتل");
  await page.keyboard.press("j");
  await expect(items.nth(2)).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("x");
  await expect(items.nth(2).getByTestId("curation-curated")).toHaveText("Left out");
  await page.keyboard.press("k");
  await expect(items.nth(0)).toHaveAttribute("aria-selected", "true");
  // e edits the curated span: "قتل خمسة" instead (Enter saves).
  const text = (await db.article.findUniqueOrThrow({ where: { id: articleId } })).text;
  await page.keyboard.press("e");
  const edit = items.nth(0).getByTestId("curation-edit");
  await expect(edit.getByLabel("Start")).toBeFocused();
  await edit.getByLabel("Start").fill(String(text.indexOf("قتل خمسة")));
  await edit.getByLabel("End").fill(String(text.indexOf("قتل خمسة") + "قتل خمسة".length));
  await edit.getByLabel("End").press("Enter");
  await expect(items.nth(0).getByTestId("curation-curated-span")).toContainText("قتل خمسة");
  await expect(items.nth(0).getByTestId("curation-curated-span")).not.toContainText("أشخاص");
  // The agreed place is picked with the mouse, merged with the key.
  await items.nth(1).click();
  await page.keyboard.press("m");
  await expect(items.nth(1).getByTestId("curation-curated-span")).toContainText("بغداد");
  await expect(page.getByTestId("curation-counts")).toContainText("3 decided");
  await page.keyboard.press("c");
  await expect(page.getByTestId("curation-state")).toHaveText("Curated");
  await page.reload();
  await expect(page.getByTestId("curation-state")).toHaveText("Curated");
  await expect(items.nth(2).getByTestId("curation-curated")).toHaveText("Left out");
  await page.screenshot({ path: testInfo.outputPath("curation-decided-en.png"), fullPage: true });

  // The export holds the curated layer: the manager's two live spans, no analyst's.
  const exported = await page.request.get(`/api/v1/projects/${project.id}/export?format=jsonl&articles=${articleId}`);
  expect(exported.status()).toBe(200);
  const [, line] = (await exported.text()).trim().split("\n");
  const article = JSON.parse(line!) as {
    spans: { quote: string; author: { email: string }; deletedAt: string | null }[];
  };
  // The native JSONL keeps deleted spans with their deletion time: the span the edit replaced is one.
  const live = article.spans.filter((s) => s.deletedAt === null);
  expect(live.map((s) => [s.quote, s.author.email]).sort()).toEqual(
    [
      ["بغداد", manager.email],
      ["قتل خمسة", manager.email],
    ].sort(),
  );

  // Asked for, both raw layers come beside it, each with its analyst's id.
  const withRaw = await page.request.get(
    `/api/v1/projects/${project.id}/export?format=jsonl&articles=${articleId}&layers=curated%2Braw`,
  );
  expect(withRaw.status()).toBe(200);
  expect(withRaw.headers()["content-type"]).toBe("application/zip");
  const zip = unzipSync(new Uint8Array(await withRaw.body()));
  const layers = strFromU8(zip["raw-layers.jsonl"]!)
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { analyst: { id: string }; spans: { quote: string }[] });
  expect(layers.map((l) => [l.analyst.id, l.spans.map((s) => s.quote).sort()]).sort()).toEqual(
    [
      [first.id, ["بغداد", "خمسة أشخاص"].sort()],
      [second.id, ["الجمعة", "بغداد", "قتل خمسة أشخاص"].sort()],
    ].sort(),
  );

  // The curation view in Arabic.
  await contextM.addCookies([{ name: "wb-locale", value: "ar", url: baseURL ?? "http://localhost:3000" }]);
  await page.reload();
  await expect(page.getByTestId("curation-state")).toHaveText("منقّح");
  await expect(items.nth(0).getByTestId("curation-difference")).toHaveText("الحدود مختلفة");
  await expect(items.nth(2).getByTestId("curation-curated")).toHaveText("مستبعَد");
  await page.screenshot({ path: testInfo.outputPath("curation-ar.png"), fullPage: true });

  // Now the article is curated, analyst A sees B's work in the reader.
  await pageA.reload();
  await waitForReader(pageA);
  expect((await drawnSpanIds(pageA)).length).toBeGreaterThanOrEqual(5);
  await Promise.all([contextA.close(), contextB.close(), contextM.close()]);
});
