import { apiRoute, ZNoParams } from "@/lib/api/handler";
import { machineTranslationStatus } from "@/lib/translations/machine-translate";

/** Whether machine translation is set up on this server, and with which engine and model. */
export const GET = apiRoute(ZNoParams, async () => machineTranslationStatus());
