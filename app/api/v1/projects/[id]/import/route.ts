import { apiRoute, ZIdParam } from "@/lib/api/handler";
import { importJsonl } from "@/lib/datasets/import-jsonl";
import { readLines } from "@/lib/datasets/read-lines";
import { chunksOf, limitBytes, MAX_DATASET_BYTES } from "@/lib/datasets/web-stream";
import { ValidationError } from "@/lib/errors";

/**
 * POST a JSONL dataset into an empty project (managers): the file as the request body
 * (application/x-ndjson, read as it arrives) or as multipart field `file`. 201 with what was
 * imported; 400 naming the first bad line; 409 if the project is not empty.
 */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) => {
  let bytes: AsyncIterable<Uint8Array>;
  let source = "request body";
  if ((req.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const form = await req.formData().catch(() => {
      throw new ValidationError("Malformed multipart upload");
    });
    const file = form.get("file");
    if (!file || typeof file === "string") throw new ValidationError("Send the dataset in the multipart field `file`");
    source = file.name;
    bytes = chunksOf(file.stream());
  } else {
    if (!req.body) throw new ValidationError("Send the dataset (JSON Lines) as the request body");
    bytes = chunksOf(req.body);
  }
  const result = await importJsonl({
    actor: user,
    projectId: params.id,
    lines: readLines(limitBytes(bytes, MAX_DATASET_BYTES)),
    source,
  });
  return Response.json(result, { status: 201 });
});
