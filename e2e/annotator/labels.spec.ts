import { mkdir } from "node:fs/promises";
import { listLabels } from "../../lib/labels/list-labels";
import { listSpans } from "../../lib/spans/list-spans";
import { signInViaApi } from "../fixtures/auth";
import { expect, test } from "../fixtures/test";
import { articleId, articlePath, seedSpan, setUpSampleProject } from "./reader";

test.describe.configure({ timeout: 90_000 });

test("a manager edits the label set: rename, recolour, add, reorder, and delete a label in use by moving its spans", async ({
  page,
}) => {
  await mkdir("test-results/annotator", { recursive: true });
  const { project, analysts, managers, articleIds, label } = await setUpSampleProject({ managers: 1 });
  const manager = managers[0]!;
  const id = articleId(articleIds, "000");
  const dated = await seedSpan(analysts[0]!, id, label("date").id, "يوم السبت");

  // Managers reach the label set from the article's reader.
  await signInViaApi(page, manager);
  await page.goto(articlePath(project.id, id));
  await page.getByTestId("manage-labels").click();
  await expect(page).toHaveURL(new RegExp(`/projects/${project.id}/labels$`));
  const table = page.getByTestId("label-table");
  await expect(table.locator("tbody tr")).toHaveCount(10);

  // Rename and recolour "Weapon".
  const weapon = table.locator(`tr[data-label-id="${label("weapon").id}"]`);
  await weapon.getByLabel("Name: Weapon", { exact: true }).fill("Weapon system");
  await weapon.getByLabel("Arabic name: Weapon").fill("منظومة سلاح");
  await weapon.getByLabel("Colour: Weapon").fill("#0f766e");
  await weapon.getByRole("button", { name: "Save" }).click();
  await expect(weapon.getByRole("status")).toHaveText("Saved");

  // Add "Rumour" and move it above "Weapon system".
  const form = page.getByTestId("add-label");
  await form.getByLabel("Name", { exact: true }).fill("Rumour");
  await form.getByLabel("Arabic name").fill("إشاعة");
  await form.getByRole("button", { name: "Add label" }).click();
  await expect(table.locator("tbody tr")).toHaveCount(11);
  await page.getByRole("button", { name: "Move Rumour up" }).click();
  await expect(page.getByRole("button", { name: "Move Rumour up" })).toBeEnabled();
  await expect
    .poll(async () => (await listLabels({ actor: manager, projectId: project.id })).map((l) => l.name).slice(-2))
    .toEqual(["Rumour", "Weapon system"]);
  const weaponNow = (await listLabels({ actor: manager, projectId: project.id })).find(
    (l) => l.id === label("weapon").id,
  );
  expect(weaponNow).toMatchObject({ name: "Weapon system", nameAr: "منظومة سلاح", color: "#0f766e" });

  // "Date" is used by a span: deleting it asks where the span goes.
  await table
    .locator(`tr[data-label-id="${label("date").id}"]`)
    .getByRole("button", { name: "Delete" })
    .click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText("“Date” is in use");
  await expect(dialog).toContainText("Spans with this label: 1.");
  await dialog.getByTestId("reassign-to").selectOption(label("count").id);
  await page.screenshot({ path: "test-results/annotator/labels-reassign.png" });
  await dialog.getByRole("button", { name: "Move spans and delete" }).click();
  await expect(table.locator(`tr[data-label-id="${label("date").id}"]`)).toHaveCount(0);
  expect((await listSpans({ actor: manager, articleId: id })).find((s) => s.id === dated.id)).toMatchObject({
    labelId: label("count").id,
    version: 2,
  });

  // An unused label goes after a plain confirmation.
  const rumour = table.locator("tbody tr").filter({ has: page.getByLabel("Name: Rumour", { exact: true }) });
  await rumour.getByRole("button", { name: "Delete" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(rumour).toHaveCount(0);
  await expect(table.locator("tbody tr")).toHaveCount(9);
  await page.screenshot({ path: "test-results/annotator/labels-page.png", fullPage: true });
});

test("an analyst sees the label set read-only", async ({ page }) => {
  const { project, analysts, articleIds } = await setUpSampleProject();
  await signInViaApi(page, analysts[0]!);
  await page.goto(articlePath(project.id, articleId(articleIds, "000")));
  await expect(page.getByTestId("annotator")).toBeVisible();
  await expect(page.getByTestId("manage-labels")).toHaveCount(0);
  await page.goto(`/projects/${project.id}/labels`);
  await expect(page.getByText("Only project managers can change the label set.")).toBeVisible();
  await expect(page.getByTestId("label-table").locator("tbody tr")).toHaveCount(10);
  await expect(page.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await expect(page.getByTestId("add-label")).toHaveCount(0);
});
