import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { ValidationError } from "@/lib/errors";
import { listArticleVersions } from "@/lib/revisions/article-versions";
import { reviseArticle } from "@/lib/revisions/revise-article";
import type { TRevisionSource } from "@/lib/revisions/revision-source";
import { ZReviseArticleJson } from "@/lib/revisions/schemas";

/** The article's text versions, oldest first. */
export const GET = apiRoute(ZIdParam, async ({ user, params }) => ({
  versions: await listArticleVersions({ actor: user, articleId: params.id }),
}));

/** Reads the version number and the new text's source from JSON or a multipart upload. */
async function readRevision(req: Request): Promise<{ version: number; source: TRevisionSource }> {
  if ((req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const form = await req.formData().catch(() => {
      throw new ValidationError("Malformed multipart upload");
    });
    const raw = form.get("version");
    const version = typeof raw === "string" && /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
    if (!Number.isSafeInteger(version) || version < 1)
      throw new ValidationError("version is required: send the article version you revised");
    const file = form.get("file");
    const text = form.get("text");
    if (file && typeof file !== "string")
      return { version, source: { kind: "file", name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } };
    if (typeof text === "string" && text.trim() !== "") return { version, source: { kind: "text", text } };
    throw new ValidationError("Send the new version in the multipart field `file` or `text`");
  }
  const body = await readJson(req, ZReviseArticleJson);
  const source: TRevisionSource =
    body.text !== undefined ? { kind: "text", text: body.text } : { kind: "url", url: body.url ?? null };
  return { version: body.version, source };
}

/**
 * A new version of the article's text (managers): pasted text, a .txt/.html/.docx file, a web
 * address or the article's own address again. 201 with how each span was re-anchored.
 */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) => {
  const { version, source } = await readRevision(req);
  const result = await reviseArticle({ actor: user, articleId: params.id, version, source });
  return Response.json(result, { status: 201 });
});
