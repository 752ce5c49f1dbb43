import { apiRoute, created, readJson, ZIdParam } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/query";
import { createGlossaryTerm } from "@/lib/glossary/create-glossary-term";
import { listGlossary } from "@/lib/glossary/list-glossary";
import { ZCreateGlossaryTermInput, ZListGlossaryQuery } from "@/lib/glossary/schemas";

/** The project's glossary (Arabic term → English), or with `?deleted=true` the removed terms. */
export const GET = apiRoute(ZIdParam, async ({ req, user, params }) => ({
  terms: await listGlossary({
    actor: user,
    projectId: params.id,
    ...readQuery(req.nextUrl.searchParams, ZListGlossaryQuery),
  }),
}));

/** Managers add a term. */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  created(
    await createGlossaryTerm({
      actor: user,
      projectId: params.id,
      input: await readJson(req, ZCreateGlossaryTermInput),
    }),
  ),
);
