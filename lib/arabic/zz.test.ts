import { it } from "vitest";
import { extractFigures } from "./numbers";
import { segmentText } from "../text/segment";
import { readSampleCorpus } from "../text/testing/sample-corpus";
it("x", () => {
  const out: string[] = [];
  for (const { file, text } of readSampleCorpus()) {
    out.push(`== ${file}`);
    for (const s of segmentText(text).sentences) {
      const sent = text.slice(s.start, s.end);
      for (const f of extractFigures(sent)) {
        const { start, end, text: t, ...rest } = f;
        out.push(`[${s.paragraphIndex}] «${t}» ${JSON.stringify(rest)}`);
      }
    }
  }
  process.stdout.write(out.join("\n") + "\n");
});
