import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { deleteLabel } from "@/lib/labels/delete-label";
import { ZUpdateLabelInput } from "@/lib/labels/label-input";
import { ZDeleteLabelQuery } from "@/lib/labels/schemas";
import { readQuery } from "@/lib/api/query";
import { updateLabel } from "@/lib/labels/update-label";

export const PATCH = apiRoute(ZIdParam, async ({ req, user, params }) =>
  updateLabel({ actor: user, labelId: params.id, input: await readJson(req, ZUpdateLabelInput) }),
);

/** Refused with 409 while spans use the label, unless `?reassignTo=<labelId>` moves them. */
export const DELETE = apiRoute(ZIdParam, async ({ req, user, params }) =>
  deleteLabel({ actor: user, labelId: params.id, ...readQuery(req.nextUrl.searchParams, ZDeleteLabelQuery) }),
);
