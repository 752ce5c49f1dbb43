import { randomUUID } from "node:crypto";
import { createClaim } from "../../lib/claims/create-claim";
import { getArticle } from "../../lib/articles/get-article";
import { listLabels } from "../../lib/labels/list-labels";
import { saveTranslation } from "../../lib/translations/save-translation";
import { signInViaApi } from "../fixtures/auth";
import { openPage } from "../fixtures/navigation";
import { expect, test } from "../fixtures/test";
import { seedSpan } from "../annotator/reader";
import { SHOTS, seedSampleProject, useInterfaceLanguage } from "./steps";

test.describe.configure({ timeout: 90_000 });

test("the article list shows each article's spans and who made them, its claims, and its translation progress", async ({
  page,
  baseURL,
}) => {
  const { project, accounts, article } = await seedSampleProject([
    { name: "Analyst", role: "ANALYST" },
    { name: "Colleague", role: "ANALYST" },
  ]);
  const [analyst, colleague] = [accounts[0]!, accounts[1]!];
  const id = article("003");
  const labels = await listLabels({ actor: analyst, projectId: project.id });
  const label = (key: string) => labels.find((l) => l.key === key)!.id;
  const claimSpan = await seedSpan(analyst, id, label("claim"), "أدى إلى مقتل عنصر وإصابة اثنين آخرين");
  await seedSpan(analyst, id, label("organisation"), "الحشد الشعبي");
  await seedSpan(colleague, id, label("place"), "القائم");
  await createClaim({
    actor: analyst,
    articleId: id,
    input: {
      id: randomUUID(),
      kind: "CASUALTY",
      claimSpanId: claimSpan.id,
      figures: { killed: { value: 1 }, injured: { value: 2 } },
    },
  });
  for (const targetKey of ["0", "1"])
    await saveTranslation({
      actor: colleague,
      articleId: id,
      input: { targetType: "SEGMENT", targetKey, text: `Paragraph ${targetKey} in English.` },
    });
  const paragraphs = (await getArticle({ actor: analyst, articleId: id })).paragraphs.length;

  await signInViaApi(page, analyst);
  await openPage(page, `/projects/${project.id}`);
  const row = page.getByTestId("articles-table").locator(`tr[data-row-key="${id}"]`);
  await expect(row.getByTestId("span-count")).toHaveText("3");
  // Most spans first.
  await expect(row.getByTestId("annotators")).toHaveText(`${analyst.name}, ${colleague.name}`);
  await expect(row.getByTestId("claim-count")).toHaveText("1");
  await expect(row.getByTestId("translation-progress")).toContainText(`2/${paragraphs}`);
  await expect(row.getByTestId("translation-progress")).toContainText("(0 reviewed)");
  // An untouched article reads 0 everywhere.
  const other = page.getByTestId("articles-table").locator(`tr[data-row-key="${article("000")}"]`);
  await expect(other.getByTestId("span-count")).toHaveText("0");
  await expect(other.getByTestId("claim-count")).toHaveText("0");
  await expect(other.getByTestId("translation-progress")).toHaveText(/^0\/\d+$/);
  await page.screenshot({ path: `${SHOTS}/article-list-en.png` });

  await useInterfaceLanguage(page, baseURL, "ar");
  await page.reload();
  await expect(row.getByTestId("translation-progress")).toContainText("(المراجَعة: 0)");
  await page.screenshot({ path: `${SHOTS}/article-list-ar.png` });
});
