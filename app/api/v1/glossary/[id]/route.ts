import { apiRoute, readJson, ZIdParam, ZVersionInput } from "@/lib/api/handler";
import { ZUpdateGlossaryTermInput } from "@/lib/glossary/schemas";
import { setGlossaryTermDeleted } from "@/lib/glossary/set-glossary-term-deleted";
import { updateGlossaryTerm } from "@/lib/glossary/update-glossary-term";

/** Managers change a term (version-checked). */
export const PATCH = apiRoute(ZIdParam, async ({ req, user, params }) =>
  updateGlossaryTerm({ actor: user, termId: params.id, input: await readJson(req, ZUpdateGlossaryTermInput) }),
);

/** Managers remove a term (soft, restorable; version-checked). */
export const DELETE = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const { version } = await readJson(req, ZVersionInput);
  return setGlossaryTermDeleted({ actor: user, termId: params.id, version, deleted: true });
});
