import { randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { createClaim } from "../../lib/claims/create-claim";
import { createEntity } from "../../lib/entities/create-entity";
import { getEntityProfile } from "../../lib/entities/get-entity-profile";
import { listLabels } from "../../lib/labels/list-labels";
import type { ActingUser } from "../../lib/auth/acting-user";
import { signInViaApi } from "../fixtures/auth";
import { openPage } from "../fixtures/navigation";
import { expect, test } from "../fixtures/test";
import { seedSpan } from "../annotator/reader";
import { SHOTS, seedSampleProject, useInterfaceLanguage } from "./steps";

test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

/** A statement claim on the first occurrence of `quote`, spoken by `speakerEntityId`. */
async function seedStatement(
  actor: ActingUser,
  projectId: string,
  articleId: string,
  quote: string,
  speakerEntityId: string,
) {
  const claimLabel = (await listLabels({ actor, projectId })).find((l) => l.key === "claim");
  if (!claimLabel) throw new Error("No claim label");
  const span = await seedSpan(actor, articleId, claimLabel.id, quote);
  const { claim } = await createClaim({
    actor,
    articleId,
    input: { id: randomUUID(), kind: "STATEMENT", claimSpanId: span.id, speakerEntityId, channel: "statement" },
  });
  return claim;
}

test("the registry finds entities by folded Arabic names, analysts edit them, a reviewer merges a duplicate and the entity page then lists every claim it made", async ({
  page,
  baseURL,
}) => {
  const { project, accounts, article } = await seedSampleProject([
    { name: "Analyst", role: "ANALYST" },
    { name: "Reviewer", role: "REVIEWER" },
  ]);
  const [analyst, reviewer] = [accounts[0]!, accounts[1]!];
  const kataib = await createEntity({
    actor: analyst,
    projectId: project.id,
    input: { kind: "ORGANISATION", nameAr: "كتائب حزب الله", nameEn: "Kataib Hezbollah" },
  });
  const duplicate = await createEntity({
    actor: analyst,
    projectId: project.id,
    input: { kind: "ORGANISATION", nameAr: "ميليشيا كتائب حزب الله", nameEn: "" },
  });
  const q1 = await seedStatement(analyst, project.id, article("000"), "كتائب حزب الله العراقية", kataib.id);
  const q2 = await seedStatement(
    analyst,
    project.id,
    article("003"),
    "ثلاث منشآت تستخدمها ميليشيا كتائب حزب الله",
    duplicate.id,
  );

  await signInViaApi(page, analyst);
  await openPage(page, `/projects/${project.id}/entities`);
  const table = page.getByTestId("entities-table");
  await expect(table.getByRole("row")).toHaveCount(3);
  // Hamza and ال folded: «الكتائب» finds both, «hezbollah» the English name.
  await page.getByTestId("entity-search").fill("الكتائب");
  await expect(table.getByRole("row")).toHaveCount(3);
  await page.getByTestId("entity-search").fill("hezbollah");
  await expect(table.getByRole("row")).toHaveCount(2);
  await page.getByTestId("entity-search").fill("");
  await expect(page.getByTestId("entity-merge")).toHaveCount(0);

  // An analyst gives the duplicate an English name.
  await table.locator(`tr[data-row-key="${duplicate.id}"]`).getByTestId("entity-edit").click();
  const dialog = page.getByTestId("entity-dialog");
  await dialog.getByLabel(/English name/).fill("Kataib Hezbollah militia");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeHidden();
  await expect(table.locator(`tr[data-row-key="${duplicate.id}"]`)).toContainText("Kataib Hezbollah militia");

  // A reviewer merges the duplicate into the main entry.
  await signInViaApi(page, reviewer);
  await openPage(page, `/projects/${project.id}/entities`);
  await table.locator(`tr[data-row-key="${kataib.id}"]`).getByTestId("entity-merge").click();
  const merge = page.getByTestId("merge-dialog");
  await merge.getByRole("combobox").fill("ميليشيا");
  await merge.getByRole("option", { name: /Kataib Hezbollah militia/ }).click();
  await merge.getByTestId("merge-confirm").click();
  await expect(page.getByRole("status").filter({ hasText: "Merged" })).toContainText("claims made 1");
  await expect(table.getByRole("row")).toHaveCount(2);
  await expect(table.locator(`tr[data-row-key="${kataib.id}"]`)).toContainText("ميليشيا كتائب حزب الله");

  const profile = await getEntityProfile({ actor: reviewer, entityId: kataib.id });
  expect(profile.claimsMade.map((c) => c.id).sort()).toEqual([q1.id, q2.id].sort());

  // The entity page: who said what, in order of publication, with links to the articles.
  await table.getByRole("link", { name: "كتائب حزب الله" }).click();
  await expect(page.getByTestId("entity-summary")).toHaveText("Claims: 2 · Articles: 2");
  const made = page.getByTestId("entity-claims-made");
  await expect(made.getByTestId("entity-claim-quote")).toHaveText([
    "كتائب حزب الله العراقية",
    "ثلاث منشآت تستخدمها ميليشيا كتائب حزب الله",
  ]);
  await expect(made).toContainText("9 Dec 2023");
  await expect(made).toContainText("24 Jan 2024");
  await expect(made.getByTestId("entity-claim-article").first()).toHaveAttribute(
    "href",
    `/projects/${project.id}/articles/${article("000")}#claim-${q1.id}`,
  );
  await page.screenshot({ path: `${SHOTS}/entity-page-en.png`, fullPage: true });

  await useInterfaceLanguage(page, baseURL, "ar");
  await page.reload();
  await expect(page.getByTestId("entity-summary")).toHaveText("عدد الادعاءات: 2 · عدد المقالات: 2");
  await page.screenshot({ path: `${SHOTS}/entity-page-ar.png`, fullPage: true });
  await openPage(page, `/projects/${project.id}/entities`);
  await page.screenshot({ path: `${SHOTS}/registry-ar.png`, fullPage: true });
});
