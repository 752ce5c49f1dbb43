import { z } from "zod";

/**
 * A link that is safe to show and follow: http or https only, so a stored `javascript:` or
 * `data:` URL can never run when someone clicks it.
 */
export const ZHttpUrl = z.url({ protocol: /^https?$/, error: "Must be an http:// or https:// URL" }).max(2000);
