import { mkdir } from "node:fs/promises";
import { db } from "../../lib/db";
import { formatPlural } from "../../lib/i18n/icu";
import { reviewLink } from "../../lib/links/review-link";
import { reviewMessages } from "../../components/review/messages";
import { signInViaApi } from "../fixtures/auth";
import { openPage } from "../fixtures/navigation";
import { expect, test } from "../fixtures/test";
import { useInterfaceLanguage } from "../claims/steps";
import { seedReviewScenario } from "./scenario";

const SHOTS = "test-results/review";

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

/**
 * The review header in the Arabic interface: the reviewer's Latin name and the date are isolated
 * runs inside the Arabic sentence, and the queue's count takes the plural form of its number.
 */
test("the review header isolates names and dates, and counts links with the right plural, in both interfaces", async ({
  page,
  baseURL,
}) => {
  test.slow();
  const s = await seedReviewScenario();
  const link = await db.claimLink.findFirstOrThrow({
    where: { projectId: s.project.id, relation: "CONTRADICTS", state: "OPEN", origin: "HUMAN" },
    select: { id: true, version: true },
  });
  await reviewLink({ actor: s.reviewer, linkId: link.id, input: { action: "confirm", version: link.version } });
  const confirmed = await db.claimLink.count({ where: { projectId: s.project.id, state: "CONFIRMED" } });

  await signInViaApi(page, s.reviewer);
  await openPage(page, `/projects/${s.project.id}/review?state=confirmed`);
  const card = page.locator(`[data-testid="queue-link"][data-state="CONFIRMED"]`).first();
  await expect(card.getByTestId("decision")).toContainText(`Confirmed by ${s.reviewer.name}`);
  await expect(page.getByTestId("queue-count")).toHaveText(
    formatPlural(reviewMessages.en.queue.count, confirmed, "en"),
  );
  await page.screenshot({ path: `${SHOTS}/review-header-en.png` });

  await useInterfaceLanguage(page, baseURL, "ar");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const decision = page.locator(`[data-testid="queue-link"][data-state="CONFIRMED"]`).first().getByTestId("decision");
  // The name is its own isolated run (a <bdi>), not letters mixed into the Arabic sentence.
  await expect(decision.locator("bdi").filter({ hasText: s.reviewer.name })).toHaveText(s.reviewer.name);
  await expect(decision.locator("bdi")).toHaveCount(3);
  await expect(page.getByTestId("queue-count")).toHaveText(
    formatPlural(reviewMessages.ar.queue.count, confirmed, "ar"),
  );
  expect(formatPlural(reviewMessages.ar.queue.count, 1, "ar")).toBe("رابط واحد");
  await page.screenshot({ path: `${SHOTS}/review-header-ar.png` });
});
