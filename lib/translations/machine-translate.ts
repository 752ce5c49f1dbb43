import { z } from "zod";
import type { ActingUser } from "../auth/acting-user";
import { machineTranslation, type TMtSettings } from "../mt/config";
import { loadAnnotatableArticle } from "../spans/load-annotatable-article";
import { callEngine, MachineTranslationOffError } from "./machine-errors";
import { machineSourceText } from "./machine-source";
import { saveTranslation, ZSaveTranslationInput } from "./save-translation";

export const ZMachineTranslateInput = z.object({
  targetType: z.enum(["SEGMENT", "CLAIM"]).describe("a paragraph (by index) or a claim's quote (by claim id)"),
  targetKey: z.string().trim().min(1).max(100),
  /** The version the machine text replaces; null (or omitted) when the target has no translation yet. */
  baseVersion: z.number().int().positive().nullable().default(null),
});
export type TMachineTranslateInput = z.input<typeof ZMachineTranslateInput>;

/** What GET /machine-translation says: whether an engine is set up, and which. */
export const ZMachineTranslationStatus = z.object({
  enabled: z.boolean(),
  engine: z.string().nullable(),
  model: z.string().nullable(),
});

export function machineTranslationStatus(settings: TMtSettings | null = machineTranslation()) {
  return {
    enabled: settings !== null,
    engine: settings?.translator.engine ?? null,
    model: settings?.translator.model ?? null,
  };
}

/**
 * Translates one paragraph or one claim's quote with the configured engine and stores the result
 * as a draft revision marked MACHINE, with the engine and model. The engine is asked before
 * anything is written: if it fails, nothing is stored and the caller gets its message.
 */
export async function machineTranslate(options: {
  actor: ActingUser;
  articleId: string;
  input: TMachineTranslateInput;
  settings?: TMtSettings | null;
}) {
  const input = ZMachineTranslateInput.parse(options.input);
  // The key is checked and normalised as a save would (paragraph index, lower-case id).
  const key = ZSaveTranslationInput.parse({ targetType: input.targetType, targetKey: input.targetKey, text: "-" });
  const article = await loadAnnotatableArticle(options.actor, options.articleId);
  const settings = options.settings === undefined ? machineTranslation() : options.settings;
  if (!settings) throw new MachineTranslationOffError();
  const arabic = await machineSourceText(article, input.targetType, key.targetKey);
  const [english] = await callEngine(() => settings.translator.translate([arabic]));
  return saveTranslation({
    actor: options.actor,
    articleId: article.id,
    input: { targetType: input.targetType, targetKey: key.targetKey, text: english!, baseVersion: input.baseVersion },
    machine: { engine: settings.translator.engine, model: settings.translator.model },
  });
}
