import { it } from "vitest";
import { numbersAccuracy } from "./numbers-accuracy";
it("x", () => {
  const r = numbersAccuracy();
  process.stdout.write(`${r.correct}/${r.cases}\n`);
  for (const f of r.failures) process.stdout.write(`${f.kind} ${f.input}\n  exp ${JSON.stringify(f.expected)}\n  got ${JSON.stringify(f.actual, (k, v) => (k === "start" || k === "end" ? undefined : v))}\n`);
});
