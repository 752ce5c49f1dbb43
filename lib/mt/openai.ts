import { expectTexts, malformed, postJson, trimSlash, type TTranslator } from "./provider";

const INSTRUCTIONS =
  "You translate Arabic news text into English for fact-checkers. Translate faithfully and completely; " +
  "keep names, numbers and dates exact; add nothing, explain nothing. Answer with the English text only.";

/**
 * Any OpenAI-compatible chat-completions endpoint (OpenAI, and local model servers such as
 * llama.cpp, vLLM or Ollama): POST {MT_URL}/chat/completions with `{model, messages, temperature}`
 * and a Bearer key; the English is `choices[0].message.content`. One request per text, so a text
 * can never bleed into another's answer.
 */
export function openAiTranslator(config: {
  url?: string;
  apiKey?: string;
  model: string;
  timeoutMs: number;
}): TTranslator {
  const base = trimSlash(config.url ?? "https://api.openai.com/v1");
  const translateOne = async (text: string, signal?: AbortSignal): Promise<unknown> => {
    const answer = await postJson(
      "The chat-completions endpoint",
      `${base}/chat/completions`,
      {
        model: config.model,
        temperature: 0,
        messages: [
          { role: "system", content: INSTRUCTIONS },
          { role: "user", content: text },
        ],
      },
      config.apiKey ? { authorization: `Bearer ${config.apiKey}` } : {},
      { timeoutMs: config.timeoutMs, signal },
    );
    const choices = (answer as { choices?: unknown }).choices;
    if (!Array.isArray(choices) || choices.length === 0) throw malformed("The chat-completions endpoint", "no choices");
    return (choices[0] as { message?: { content?: unknown } } | null)?.message?.content;
  };
  return {
    engine: "openai",
    model: config.model,
    async translate(texts, options) {
      const answers = [];
      for (const text of texts) answers.push(await translateOne(text, options?.signal));
      return expectTexts("The chat-completions endpoint", answers, texts.length);
    },
  };
}
