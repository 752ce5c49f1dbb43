import { describe, expect, it } from "vitest";
import { formatSuite, fromPlaywrightReport, fromVitestReport, totalsLine, type SuiteResult } from "./reports";

const suite = (passed: number, failed: number, skipped = 0): SuiteResult => ({
  name: "s",
  passed,
  failed,
  skipped,
  durationMs: 1000,
  failures: [],
});

describe("totalsLine", () => {
  it("adds up every suite and mentions skipped tests only when there are some", () => {
    expect(totalsLine([suite(3, 1), suite(2, 0)])).toBe("5 passed, 1 failed");
    expect(totalsLine([suite(3, 0, 2)])).toBe("3 passed, 0 failed, 2 skipped");
    expect(totalsLine([])).toBe("0 passed, 0 failed");
  });
});

describe("fromVitestReport", () => {
  it("counts tests, and a file that failed outside its tests as one failure", () => {
    const result = fromVitestReport(
      {
        success: false,
        testResults: [
          {
            name: "/repo/lib/a.test.ts",
            status: "failed",
            assertionResults: [
              { fullName: "a works", status: "passed" },
              { fullName: "a fails", status: "failed" },
              { fullName: "a later", status: "skipped" },
              { fullName: "a someday", status: "todo" },
            ],
          },
          {
            name: "/repo/lib/b.int.test.ts",
            status: "failed",
            message: "Cannot find module 'x'\n  at …",
            assertionResults: [],
          },
        ],
      },
      1234,
      "/repo",
    );
    expect(result).toMatchObject({ passed: 1, failed: 2, skipped: 2, durationMs: 1234 });
    expect(result.failures).toEqual([
      "lib/a.test.ts > a fails",
      "lib/b.int.test.ts (file failed: Cannot find module 'x')",
    ]);
  });

  it("does not let an unsuccessful run pass with zero failures", () => {
    const result = fromVitestReport({ success: false, testResults: [] }, 0, "/repo");
    expect(result.failed).toBe(1);
  });
});

describe("fromPlaywrightReport", () => {
  it("counts flaky as passed, and errors outside tests as failures", () => {
    const result = fromPlaywrightReport(
      {
        stats: { expected: 4, unexpected: 1, flaky: 1, skipped: 2 },
        errors: [{ message: "Error: global setup failed\nstack" }],
        suites: [
          {
            title: "auth.spec.ts",
            specs: [],
            suites: [
              {
                title: "sign-in",
                specs: [{ title: "rejects", file: "auth.spec.ts", tests: [{ status: "unexpected" }] }],
              },
            ],
          },
        ],
      },
      5000,
    );
    expect(result).toMatchObject({ passed: 5, failed: 2, skipped: 2 });
    expect(result.failures).toEqual(["auth.spec.ts > sign-in > rejects", "Playwright: Error: global setup failed"]);
    expect(formatSuite(result)).toContain("end-to-end (playwright): 5 passed, 2 failed, 2 skipped (5.0 s)");
  });
});
