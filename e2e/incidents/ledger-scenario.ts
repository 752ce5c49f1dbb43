import { randomUUID } from "node:crypto";
import { createClaim } from "../../lib/claims/create-claim";
import { db } from "../../lib/db";
import { createEvent } from "../../lib/events/create-event";
import { createAccount, createProjectWith, importOneArticle, uniqueTag, type TAccount } from "../fixtures/seed";

/**
 * A strike told by three sources in two reports, as incident clustering would leave it: a
 * proposed incident holding the PMF's statement (1 killed, 2 injured) and a medical source (at
 * least 2 killed) from the same day — figures that cannot both be true — and a later outlet
 * report (2 killed, about 4 injured) still machine-proposed. Articles, the event and the claims
 * are made through the domain functions; the fields clustering and extraction fill (status,
 * source, victims' category, proposed) are set as they would set them.
 */
export const PMF = "هيئة الحشد الشعبي";
export const MEDICAL = "مصدر طبي";
export const OUTLET = "Reuters";
export const TITLE_EN = "Drone strike on a PMF vehicle near al-Qaim";

export async function seedLedgerScenario() {
  const analyst: TAccount = await createAccount({ name: `Analyst ${uniqueTag()}` });
  const reviewer: TAccount = await createAccount({ name: `Reviewer ${uniqueTag()}` });
  const { project, admin } = await createProjectWith([
    { user: analyst, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
  ]);
  const first = await importOneArticle(admin, project.id, {
    title: "غارة بطائرة مسيرة قرب القائم",
    source: "السومرية",
    publishedAt: "2023-12-09",
    text: `أعلنت هيئة الحشد الشعبي مقتل عنصر وإصابة اثنين في غارة بطائرة مسيرة قرب القائم، فيما قال مصدر طبي إن القتلى اثنان على الأقل. ${uniqueTag()}`,
  });
  const second = await importOneArticle(admin, project.id, {
    title: "Strike near al-Qaim kills two",
    source: OUTLET,
    publishedAt: "2023-12-10",
    text: `قتل اثنان وأصيب نحو أربعة في غارة قرب القائم. ${uniqueTag()}`,
  });
  const event = await createEvent({
    actor: analyst,
    projectId: project.id,
    input: {
      titleEn: TITLE_EN,
      titleAr: "غارة بطائرة مسيرة على آلية للحشد قرب القائم",
      occurredOn: "2023-12-08",
      place: "القائم",
    },
  });
  await db.event.update({ where: { id: event.id }, data: { status: "PROPOSED", origin: "SUGGESTED" } });

  async function claim(
    articleId: string,
    figures: Record<string, unknown>,
    source: { sourceText: string; sourceType: "OFFICIAL" | "LOCAL" | null },
    proposed = false,
  ) {
    const { claim: made } = await createClaim({
      actor: analyst,
      articleId,
      input: {
        id: randomUUID(),
        kind: "CASUALTY",
        figures: { victims: "", perpetrator: "", ...figures },
        eventId: event.id,
      },
    });
    await db.claim.update({
      where: { id: made.id },
      data: { ...source, proposed, eventOrigin: "SUGGESTED", features: { victimCategory: "militant" } },
    });
    return made.id;
  }
  const pmf = await claim(
    first,
    { killed: { value: 1 }, injured: { value: 2 } },
    { sourceText: PMF, sourceType: "OFFICIAL" },
  );
  const medical = await claim(
    first,
    { killed: { qualifier: "at_least", value: 2 } },
    { sourceText: MEDICAL, sourceType: "LOCAL" },
  );
  const outlet = await claim(
    second,
    { killed: { value: 2 }, injured: { qualifier: "about", value: 4 } },
    { sourceText: "", sourceType: null },
    true,
  );
  return { analyst, reviewer, project, event, claims: { pmf, medical, outlet } };
}
