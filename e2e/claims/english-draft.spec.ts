import { randomUUID } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { createClaim } from "../../lib/claims/create-claim";
import { db } from "../../lib/db";
import { createEntity } from "../../lib/entities/create-entity";
import { seedSampleGlossary } from "../../lib/glossary/sample-glossary";
import { loadSampleCorpus } from "../../lib/seed/sample-corpus";
import { createSpan } from "../../lib/spans/create-span";
import { signInViaApi } from "../fixtures/auth";
import { openPage } from "../fixtures/navigation";
import { expect, test } from "../fixtures/test";
import { PMF_PHRASE, SHOTS, seedSampleProject, useInterfaceLanguage } from "./steps";

test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

const ARABIC = /[\u0600-\u06FF]/;

/**
 * A claim whose fields are Arabic gets an English draft with no Arabic in it: names from the entity
 * registry, terms from the project glossary, and each part neither knows as […] with its Arabic
 * shown beside the text. A manager adds the missing term in the project settings, and the next
 * draft has no gap. No machine translation engine is set up for the test server, so the
 * translation view offers none.
 */
test("a claim's English draft is English, with untranslated Arabic beside it; the glossary fills the gap", async ({
  page,
  baseURL,
}) => {
  const { project, admin, accounts, article } = await seedSampleProject([
    { name: "Analyst", role: "ANALYST" },
    { name: "Manager", role: "MANAGER" },
  ]);
  const [analyst, manager] = [accounts[0]!, accounts[1]!];
  const id = article("003");
  const text = (await db.article.findUniqueOrThrow({ where: { id } })).text;
  // The glossary the sample project starts with (lib/seed/seed-sample.ts).
  const texts = (await loadSampleCorpus()).flatMap((s) => (s.ok ? s.drafts.map((d) => d.text) : []));
  await seedSampleGlossary({ actor: admin, projectId: project.id, texts });
  const label = await db.label.findFirstOrThrow({ where: { projectId: project.id, key: "casualty" } });
  const start = text.indexOf(PMF_PHRASE);
  const { span } = await createSpan({
    actor: analyst,
    articleId: id,
    input: { id: randomUUID(), labelId: label.id, start, end: start + PMF_PHRASE.length, quote: PMF_PHRASE },
  });
  const pmf = await createEntity({
    actor: analyst,
    projectId: project.id,
    input: { kind: "ORGANISATION", nameAr: "هيئة الحشد الشعبي", nameEn: "Popular Mobilization Forces" },
  });
  await createClaim({
    actor: analyst,
    articleId: id,
    input: {
      id: randomUUID(),
      kind: "CASUALTY",
      claimSpanId: span.id,
      speakerEntityId: pmf.id,
      channel: "statement",
      place: "جرف النصر",
      figures: {
        killed: { value: 1 },
        injured: { value: 2 },
        victims: "عنصر في الحشد الشعبي وآخرين",
        perpetrator: "غارات أمريكية",
      },
    },
  });

  await signInViaApi(page, analyst);
  await openPage(page, `/projects/${project.id}/articles/${id}/translate`);
  // No engine on this server: no machine translation buttons.
  await expect(page.getByTestId("machine-run")).toHaveCount(0);
  await expect(page.getByTestId("machine-translate")).toHaveCount(0);
  const row = page.getByTestId("claim-translation-row").filter({ hasText: PMF_PHRASE });
  await row.getByTestId("translation-edit").click();
  await row.getByTestId("english-draft").click();
  const input = row.getByTestId("translation-input");
  await expect(input).toHaveValue(
    "Popular Mobilization Forces in a statement reported 1 killed and 2 injured among member in the Popular Mobilization Forces […] by US strikes in Jurf al-Nasr.",
  );
  expect(await input.inputValue()).not.toMatch(ARABIC);
  const gaps = row.getByTestId("draft-gap");
  await expect(gaps).toHaveCount(1);
  await expect(gaps.first().locator("bdi")).toHaveText("وآخرين");
  await expect(gaps.first().locator("bdi")).toHaveAttribute("dir", "rtl");
  await page.screenshot({ path: `${SHOTS}/english-draft-en.png`, fullPage: true });

  await useInterfaceLanguage(page, baseURL, "ar");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  const rowAr = page.getByTestId("claim-translation-row").filter({ hasText: PMF_PHRASE });
  await rowAr.getByTestId("translation-edit").click();
  await rowAr.getByTestId("english-draft").click();
  await expect(rowAr.getByTestId("draft-gaps")).toContainText("ليست في المسرد");
  await expect(rowAr.getByTestId("translation-input")).not.toHaveValue(ARABIC);
  await page.screenshot({ path: `${SHOTS}/english-draft-ar.png`, fullPage: true });

  // The manager adds the missing term in the project settings.
  await useInterfaceLanguage(page, baseURL, "en");
  await signInViaApi(page, manager);
  await openPage(page, `/projects/${project.id}/settings`);
  const glossary = page.getByTestId("glossary");
  await expect(glossary.getByTestId("glossary-term").filter({ hasText: "جرف النصر" })).toContainText("Jurf al-Nasr");
  await glossary.getByTestId("glossary-new-arabic").fill("وآخرين");
  await glossary.getByTestId("glossary-new-english").fill("others");
  await glossary.getByTestId("glossary-add").click();
  await expect(glossary.getByTestId("glossary-term").first()).toContainText("others");
  // Removing is undoable.
  const term = glossary.getByTestId("glossary-term").filter({ hasText: "وآخرين" });
  await term.getByRole("button", { name: "Remove" }).click();
  await expect(glossary.getByTestId("glossary-term").filter({ hasText: "وآخرين" })).toHaveCount(0);
  await glossary.getByTestId("glossary-removed").getByRole("button", { name: "Restore" }).click();
  await expect(glossary.getByTestId("glossary-term").filter({ hasText: "وآخرين" })).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/glossary-en.png`, fullPage: true });
  await useInterfaceLanguage(page, baseURL, "ar");
  await page.reload();
  await expect(page.getByRole("heading", { name: "المسرد" })).toBeVisible();
  await expect(page.getByTestId("glossary").getByTestId("glossary-term").filter({ hasText: "وآخرين" })).toContainText(
    "others",
  );
  await page.screenshot({ path: `${SHOTS}/glossary-ar.png`, fullPage: true });

  // The analyst's next draft has no gap.
  await useInterfaceLanguage(page, baseURL, "en");
  await signInViaApi(page, analyst);
  await openPage(page, `/projects/${project.id}/articles/${id}/translate`);
  const again = page.getByTestId("claim-translation-row").filter({ hasText: PMF_PHRASE });
  await again.getByTestId("translation-edit").click();
  await again.getByTestId("english-draft").click();
  await expect(again.getByTestId("translation-input")).toHaveValue(
    "Popular Mobilization Forces in a statement reported 1 killed and 2 injured among member in the Popular Mobilization Forces others by US strikes in Jurf al-Nasr.",
  );
  await expect(again.getByTestId("draft-gaps")).toHaveCount(0);
});
