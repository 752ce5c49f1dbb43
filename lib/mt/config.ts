import { ZMtEnv } from "../env";
import { deeplTranslator } from "./deepl";
import { googleTranslator } from "./google";
import { libreTranslator } from "./libretranslate";
import { openAiTranslator } from "./openai";
import type { TTranslator } from "./provider";

export type TMtSettings = { translator: TTranslator; concurrency: number };

/**
 * The configured machine translation engine, or null when MT_PROVIDER is unset (the default:
 * no text leaves the server). Read from the environment each time, checked by lib/env.ts.
 */
export function machineTranslation(source: Record<string, string | undefined> = process.env): TMtSettings | null {
  const mt = ZMtEnv.parse(source);
  const timeoutMs = mt.MT_TIMEOUT_MS;
  const url = mt.MT_URL;
  const apiKey = mt.MT_API_KEY;
  let translator: TTranslator;
  switch (mt.MT_PROVIDER) {
    case undefined:
      return null;
    case "deepl":
      translator = deeplTranslator({ url, apiKey: apiKey ?? "", timeoutMs });
      break;
    case "google":
      translator = googleTranslator({ url, apiKey: apiKey ?? "", timeoutMs });
      break;
    case "libretranslate":
      translator = libreTranslator({ url: url ?? "", apiKey, timeoutMs });
      break;
    case "openai":
      translator = openAiTranslator({ url, apiKey, model: mt.MT_MODEL ?? "", timeoutMs });
      break;
  }
  return { translator, concurrency: mt.MT_CONCURRENCY };
}
