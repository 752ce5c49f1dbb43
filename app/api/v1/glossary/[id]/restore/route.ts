import { apiRoute, readJson, ZIdParam, ZVersionInput } from "@/lib/api/handler";
import { setGlossaryTermDeleted } from "@/lib/glossary/set-glossary-term-deleted";

/** Managers put a removed term back (version-checked). */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const { version } = await readJson(req, ZVersionInput);
  return setGlossaryTermDeleted({ actor: user, termId: params.id, version, deleted: false });
});
