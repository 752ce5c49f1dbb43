import type { Page } from "@playwright/test";
import { LOCALE_COOKIE } from "../../lib/i18n/config";
import { signInViaApi } from "../fixtures/auth";
import { openPage } from "../fixtures/navigation";
import { expect, test } from "../fixtures/test";
import { MEDICAL, OUTLET, PMF, seedLedgerScenario, TITLE_EN } from "./ledger-scenario";

/**
 * The incident ledger as a reviewer meets it: the proposed incident is renamed and confirmed on its
 * page, then its ledger opens from there,
 * where every source's figures, the ranges per victim category and the proposed grade with its
 * reason are shown, the machine-proposed report marked; the reviewer records a grade with a
 * rationale. Then the same ledger in Arabic, right to left.
 */

async function useLocale(page: Page, baseURL: string | undefined, locale: "en" | "ar") {
  await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL ?? "http://localhost:3000" }]);
}

test("a reviewer opens a proposed incident's ledger, reads every source's figures and grades it", async ({
  page,
  baseURL,
}) => {
  test.slow();
  const s = await seedLedgerScenario();
  await signInViaApi(page, s.reviewer);
  await useLocale(page, baseURL, "en");
  await openPage(page, `/projects/${s.project.id}/events/${s.event.id}`);
  await expect(page.getByTestId("incident-status")).toHaveText("Proposed");
  await expect(page.getByTestId("event-claim").filter({ has: page.getByTestId("machine-proposed") })).toHaveCount(1);
  // Rename and confirm the proposed incident.
  const actions = page.getByTestId("incident-actions");
  await actions.getByLabel("Title in English", { exact: true }).fill(`${TITLE_EN} (8 Dec)`);
  await actions.getByRole("button", { name: "Save names" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${TITLE_EN} (8 Dec)`);
  await actions.getByRole("button", { name: "Confirm incident" }).click();
  await expect(page.getByTestId("incident-status")).toHaveText("Confirmed");
  await page.getByTestId("open-ledger").click();
  await page.waitForURL(`**/events/${s.event.id}/ledger`);

  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${TITLE_EN} (8 Dec)`);
  await expect(page.getByTestId("incident-status")).toHaveText("Confirmed");
  // Three reports in order of publication, the later outlet report still machine-proposed.
  const rows = page.getByTestId("ledger-rows").locator("tbody tr");
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2)).toContainText(OUTLET);
  await expect(rows.nth(2)).toContainText("machine-proposed");
  await expect(rows.nth(0)).toContainText("accepted");
  await expect(page.getByTestId("ledger-rows")).toContainText("at least 2");
  // Militants killed: 1 to unbounded over every report ("at least 2" has no upper bound); injured 2 to 6 ("about 4" is 2–6).
  const militants = page.getByTestId("ledger-range").filter({ hasText: "Militants" });
  await expect(militants.getByTestId("killed-reported")).toHaveText("1+");
  await expect(militants.getByTestId("injured-reported")).toHaveText("2–6");
  // Three sources, each with its type and latest figure.
  const sources = page.getByTestId("ledger-sources").locator("tbody tr");
  await expect(sources).toHaveCount(3);
  await expect(sources.filter({ hasText: PMF })).toContainText("Official or belligerent");
  await expect(sources.filter({ hasText: MEDICAL })).toContainText("Local or medical");
  // The PMF says one killed, the medical source at least two, the same day: contested.
  await expect(page.getByTestId("proposed-grade-value")).toHaveText("Contested");
  const reason = page.getByTestId("grade-reason").first();
  await expect(reason).toContainText("give figures that cannot both be true");
  await expect(reason).toContainText(PMF);
  await expect(reason).toContainText(MEDICAL);
  await expect(page.getByTestId("grade-definitions")).toContainText(
    "A belligerent accepted responsibility, or an official source confirms the harm.",
  );
  await expect(page.getByTestId("reviewer-grade")).toContainText("Not graded by a reviewer yet.");

  const form = page.getByTestId("grade-form");
  await form.getByLabel("Rationale").fill("The PMF and the hospital disagree on the dead.");
  await form.getByRole("button", { name: "Confirm proposed grade" }).click();
  await expect(page.getByTestId("reviewer-grade-value")).toHaveText("Contested");
  await expect(page.getByTestId("reviewer-grade")).toContainText("The PMF and the hospital disagree on the dead.");
  await expect(page.getByTestId("reviewer-grade")).toContainText(s.reviewer.name);
});

test("the ledger reads right to left in Arabic", async ({ page, baseURL }) => {
  const s = await seedLedgerScenario();
  await signInViaApi(page, s.analyst);
  await useLocale(page, baseURL, "ar");
  await openPage(page, `/projects/${s.project.id}/events/${s.event.id}/ledger`);
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("سجل الحادثة");
  await expect(page.getByTestId("proposed-grade-value")).toHaveText("متنازَع عليه");
  await expect(
    page.getByTestId("ledger-range").filter({ hasText: "مسلحون" }).getByTestId("killed-reported"),
  ).toHaveText("1+");
  await expect(page.getByTestId("ledger-rows").locator("tbody tr").nth(2)).toContainText("مقترح آلياً");
  await expect(page.getByTestId("reviewer-grade")).toContainText("لم يقيّمها مراجع بعد.");
  // An analyst sees the grade but cannot set it.
  await expect(page.getByTestId("grade-form")).toHaveCount(0);
  // The table starts at the right edge: its first column (the date) is right of its last.
  const header = page.getByTestId("ledger-rows").locator("thead th");
  const first = await header.first().boundingBox();
  const last = await header.last().boundingBox();
  expect(first && last && first.x > last.x).toBeTruthy();
});
