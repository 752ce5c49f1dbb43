import { mkdir } from "node:fs/promises";
import { listClaims } from "../../lib/claims/list-claims";
import { listSpans } from "../../lib/spans/list-spans";
import { expect, test } from "../fixtures/test";
import { articleId, setUpSampleProject, waitForReader } from "../annotator/reader";
import {
  claimCard,
  figureInput,
  newClaimFrom,
  openArticlePage,
  qualifierSelect,
  SHOTS,
  useInterfaceLanguage,
} from "./steps";

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

const COUNT_PHRASE = "أكثر من 150 هجوماً من الميليشيات التابعة لإيران";

test("typed figures: a count is prefilled as «more than 150», nonsense is refused with the figure schema's message under its field, and the claim shows in both languages", async ({
  page,
}) => {
  const { project, analysts, articleIds } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "003");
  await openArticlePage(page, analyst, project.id, id);

  const form = await newClaimFrom(page, COUNT_PHRASE);
  await expect(form.getByRole("radio", { name: "Count" })).toBeChecked();
  await expect(form.getByLabel("What is counted")).toHaveValue("هجوماً");
  await expect(qualifierSelect(form, "Number")).toHaveValue("more_than");
  await expect(figureInput(form, "Number")).toHaveValue("150");

  // A count without a thing, then a range upside down, then a date order that cannot be: each refused where it belongs.
  await form.getByLabel("What is counted").fill("");
  await form.getByTestId("claim-save").click();
  await expect(form.getByTestId("field-error").filter({ hasText: "a count must say what is counted" })).toBeVisible();
  await form.getByLabel("What is counted").fill("attacks on US bases in Iraq and Syria");
  await qualifierSelect(form, "Number").selectOption("range");
  await form.getByLabel("Number: From").fill("200");
  await form.getByLabel("Number: To").fill("150");
  await form.getByLabel("Since").fill("2024-01-20");
  await form.getByLabel("As of").fill("2023-10-17");
  await form.getByTestId("claim-save").click();
  await expect(form.getByTestId("figure-value")).toContainText("min (200) is above max (150)");
  await expect(form.getByText("since must not be after as-of")).toBeVisible();
  await expect(form.getByRole("alert")).toContainText("Some fields need attention.");
  // Refused before anything was stored: no claim span was made for the attempts.
  expect(await listSpans({ actor: analyst, articleId: id })).toHaveLength(0);
  // Arabic-Indic digits are read as digits.
  await qualifierSelect(form, "Number").selectOption("more_than");
  await figureInput(form, "Number").fill("١٥٠");
  await form.getByLabel("Since").fill("2023-10-17");
  await form.getByLabel("As of").fill("2024-01-24");
  await form.getByTestId("claim-save").click();
  await expect(form).toBeHidden();

  const card = claimCard(page, COUNT_PHRASE);
  await expect(card).toHaveAttribute("data-kind", "COUNT");
  await expect(card.locator('[data-figure="value"] [data-testid="figure-en"]')).toHaveText("more than 150");
  await expect(card.locator('[data-figure="value"] [data-testid="figure-ar"]')).toHaveText("أكثر من 150");
  const [stored] = await listClaims({ actor: analyst, articleId: id });
  expect(stored?.figures).toEqual({
    thing: "attacks on US bases in Iraq and Syria",
    value: { qualifier: "more_than", value: 150 },
    since: "2023-10-17",
    asOf: "2024-01-24",
  });
  await card.screenshot({ path: `${SHOTS}/claim-card-count-en.png` });
});

test("a claim is edited and deleted from the panel, each with an undo, and the panel reads in Arabic", async ({
  page,
  baseURL,
}) => {
  const { project, analysts, articleIds } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "003");
  await openArticlePage(page, analyst, project.id, id);

  const phrase = "الضربات الأمريكية قتلت مسلحين اثنين على الأقل وأصابت أربعة أشخاص آخرين";
  const form = await newClaimFrom(page, phrase);
  await expect(form.getByRole("radio", { name: "Casualties" })).toBeChecked();
  await expect(qualifierSelect(form, "Killed")).toHaveValue("at_least");
  await expect(figureInput(form, "Killed")).toHaveValue("2");
  await expect(figureInput(form, "Injured")).toHaveValue("4");
  await form.getByTestId("claim-save").click();
  await expect(form).toBeHidden();
  const card = claimCard(page, phrase);
  await expect(card.getByText("Draft", { exact: true })).toBeVisible();

  // Edit (actions show on the selected claim): the status becomes Ready; Undo puts Draft back.
  await card.getByTestId("claim-show").click();
  await card.getByTestId("claim-edit").click();
  const edit = page.getByTestId("claim-form");
  await expect(edit.getByTestId("prefill-state")).toHaveCount(0);
  await edit.getByLabel("Status").selectOption("READY");
  await edit.getByTestId("claim-save").click();
  await expect(card.getByText("Ready", { exact: true })).toBeVisible();
  await page.locator('[data-testid="claim-toast"][data-kind="saved"]').getByTestId("claim-undo").click();
  await expect(card.getByText("Draft", { exact: true })).toBeVisible();
  expect((await listClaims({ actor: analyst, articleId: id }))[0]?.status).toBe("DRAFT");

  // Delete, then Undo: the claim comes back.
  await card.getByTestId("claim-delete").click();
  await expect(card).toHaveCount(0);
  expect(await listClaims({ actor: analyst, articleId: id })).toHaveLength(0);
  await page.locator('[data-testid="claim-toast"][data-kind="deleted"]').getByTestId("claim-undo").click();
  await expect(card).toHaveCount(1);
  expect(await listClaims({ actor: analyst, articleId: id })).toHaveLength(1);

  await useInterfaceLanguage(page, baseURL, "ar");
  await page.reload();
  await waitForReader(page);
  const panel = page.getByTestId("claims-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toContainText("الادعاءات");
  await expect(claimCard(page, phrase).locator('[data-figure="killed"] [data-testid="figure-ar"]')).toHaveText(
    "ما لا يقل عن 2",
  );
  await panel.screenshot({ path: `${SHOTS}/claims-panel-ar.png` });
  await claimCard(page, phrase).getByTestId("claim-show").click();
  await claimCard(page, phrase).getByTestId("claim-edit").click();
  await expect(page.getByTestId("claim-form")).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/claim-form-ar.png` });
});
