/**
 * Reads the JSON reports of Vitest and Playwright into one shape, and prints the closing
 * `N passed, N failed` line that CI reads.
 */

export interface SuiteResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  durationMs: number;
  /** Names of what failed (tests, or files/steps that failed outside any test). */
  failures: string[];
  /** Shown instead of counts when the suite did not run its tests. */
  note?: string;
  /** Where to look next, shown under the failures. */
  hint?: string;
}

interface VitestAssertion {
  fullName?: string;
  title?: string;
  status: string;
}

interface VitestFile {
  name: string;
  status: string;
  message?: string;
  assertionResults: VitestAssertion[];
}

export interface VitestReport {
  success: boolean;
  testResults: VitestFile[];
}

/**
 * Counts every test; a file that failed without a failing test (it did not load, or a hook
 * threw) counts as one failure, and so does a run that Vitest reports as unsuccessful for any
 * other reason (an unhandled error), so that nothing can fail silently.
 */
export function fromVitestReport(report: VitestReport, durationMs: number, root: string): SuiteResult {
  const result: SuiteResult = {
    name: "unit + integration (vitest)",
    passed: 0,
    failed: 0,
    skipped: 0,
    durationMs,
    failures: [],
  };
  for (const file of report.testResults) {
    const relative = file.name.startsWith(root) ? file.name.slice(root.length).replace(/^\//, "") : file.name;
    let failedHere = 0;
    for (const test of file.assertionResults) {
      if (test.status === "passed") result.passed += 1;
      else if (test.status === "failed") {
        result.failed += 1;
        failedHere += 1;
        result.failures.push(`${relative} > ${test.fullName ?? test.title ?? "?"}`);
      } else result.skipped += 1;
    }
    if (file.status === "failed" && failedHere === 0) {
      result.failed += 1;
      const reason = file.message?.split("\n")[0]?.trim();
      result.failures.push(`${relative} (file failed${reason ? `: ${reason}` : ""})`);
    }
  }
  if (!report.success && result.failed === 0) {
    result.failed += 1;
    result.failures.push("Vitest reported errors outside any test (see its output above)");
  }
  return result;
}

interface PlaywrightSpecTest {
  status: "expected" | "unexpected" | "flaky" | "skipped";
}
interface PlaywrightSpec {
  title: string;
  file: string;
  tests: PlaywrightSpecTest[];
}
interface PlaywrightSuite {
  title: string;
  specs?: PlaywrightSpec[];
  suites?: PlaywrightSuite[];
}
export interface PlaywrightReport {
  suites: PlaywrightSuite[];
  errors: { message?: string }[];
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
}

function failedSpecs(suites: PlaywrightSuite[], trail: string[]): string[] {
  const names: string[] = [];
  for (const suite of suites) {
    const here = suite.title ? [...trail, suite.title] : trail;
    for (const spec of suite.specs ?? []) {
      if (spec.tests.some((test) => test.status === "unexpected")) names.push([...here, spec.title].join(" > "));
    }
    names.push(...failedSpecs(suite.suites ?? [], here));
  }
  return names;
}

/** A flaky test (failed, then passed on retry) counts as passed; errors outside tests as failures. */
export function fromPlaywrightReport(report: PlaywrightReport, durationMs: number): SuiteResult {
  const { expected, unexpected, flaky, skipped } = report.stats;
  const failures = failedSpecs(report.suites, []);
  const outside = report.errors.map(
    (error) => `Playwright: ${error.message?.split("\n")[0] ?? "error outside any test"}`,
  );
  return {
    name: "end-to-end (playwright)",
    passed: expected + flaky,
    failed: unexpected + outside.length,
    skipped,
    durationMs,
    failures: [...failures, ...outside],
  };
}

/** The closing line: "N passed, N failed", plus ", N skipped" only when something was skipped. */
export function totalsLine(results: SuiteResult[]): string {
  const sum = (key: "passed" | "failed" | "skipped") => results.reduce((total, result) => total + result[key], 0);
  const skipped = sum("skipped");
  return `${sum("passed")} passed, ${sum("failed")} failed${skipped > 0 ? `, ${skipped} skipped` : ""}`;
}

export function formatSuite(result: SuiteResult): string {
  const seconds = `${(result.durationMs / 1000).toFixed(1)} s`;
  if (result.note) return `${result.name}: ${result.note}`;
  const skipped = result.skipped > 0 ? `, ${result.skipped} skipped` : "";
  const lines = [`${result.name}: ${result.passed} passed, ${result.failed} failed${skipped} (${seconds})`];
  const shown = result.failures.slice(0, 30);
  for (const failure of shown) lines.push(`  ✗ ${failure}`);
  if (result.failures.length > shown.length) lines.push(`  … and ${result.failures.length - shown.length} more`);
  if (result.hint) lines.push(`  ${result.hint}`);
  return lines.join("\n");
}
