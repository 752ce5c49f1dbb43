/**
 * Shared setup of the independent-annotation and curation integration tests: a project with
 * independent annotation on, analysts A and B and a reviewer, and casualty claims written by one of
 * them on an article's words.
 */
import { randomUUID } from "node:crypto";
import { importArticles } from "../articles/import-articles";
import { assignArticles } from "../assignments/assign-articles";
import type { ActingUser } from "../auth/acting-user";
import { createClaim } from "../claims/create-claim";
import type { TCreateClaimInput } from "../claims/claim-input";
import { db } from "../db";
import { parseUploadedFile } from "../import/parse-upload";
import { createSpan } from "../spans/create-span";
import { makeProject, makeUser } from "../testing/factories";

const TITLES = ["الأول", "الثاني", "الثالث"];

/** The texts imported as articles in order (each under a title line); the first is assigned to both analysts. */
export async function independentProject(texts: readonly string[]) {
  const [a, b, reviewer] = await Promise.all([makeUser(), makeUser(), makeUser()]);
  const { project, admin } = await makeProject([
    { user: a, role: "ANALYST" },
    { user: b, role: "ANALYST" },
    { user: reviewer, role: "REVIEWER" },
  ]);
  await db.project.update({ where: { id: project.id }, data: { independentAnnotation: true } });
  const summary = await importArticles({
    actor: admin,
    projectId: project.id,
    sources: texts.map((text, i) =>
      parseUploadedFile(`${i + 1}.txt`, new TextEncoder().encode(`${TITLES[i] ?? `مقال ${i + 1}`}\n\n${text}`), {
        maxBytes: 10_000,
      }),
    ),
  });
  const articleIds = summary.results.map((r) => r.articles[0]!.id);
  await assignArticles({
    actor: admin,
    projectId: project.id,
    input: { articleIds: [articleIds[0]!], userIds: [a.id, b.id] },
  });
  return { a, b, reviewer, admin, project, articleIds };
}

/** A casualty span on `words` of the article's `text`, and a claim of `killed` on it, written by `actor`. */
export async function markCasualty(
  actor: ActingUser,
  on: { projectId: string; articleId: string; text: string },
  words: string,
  killed: number,
  claim: Partial<TCreateClaimInput> = {},
): Promise<{ spanId: string; claimId: string }> {
  const label = await db.label.findFirstOrThrow({ where: { projectId: on.projectId, key: "casualty" } });
  const start = on.text.indexOf(words);
  const spanId = randomUUID();
  const claimId = randomUUID();
  await createSpan({
    actor,
    articleId: on.articleId,
    input: { id: spanId, labelId: label.id, start, end: start + words.length, quote: words },
  });
  await createClaim({
    actor,
    articleId: on.articleId,
    input: { id: claimId, kind: "CASUALTY", claimSpanId: spanId, figures: { killed: { value: killed } }, ...claim },
  });
  return { spanId, claimId };
}
