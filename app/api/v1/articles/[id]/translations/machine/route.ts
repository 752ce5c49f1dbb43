import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { machineTranslate, ZMachineTranslateInput } from "@/lib/translations/machine-translate";

/** Machine-translates one paragraph or a claim's quote into a draft revision marked MACHINE. */
export const POST = apiRoute(ZIdParam, async ({ req, user, params }) =>
  machineTranslate({ actor: user, articleId: params.id, input: await readJson(req, ZMachineTranslateInput) }),
);
