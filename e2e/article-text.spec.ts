import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, importSampleCorpus, readArticle } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

test("sample article 000 renders its stored text exactly, paragraph by paragraph, right to left", async ({
  page,
}, testInfo) => {
  const analyst = await createAccount({ name: "Reader" });
  const { project, admin } = await createProjectWith([{ user: analyst, role: "ANALYST" }]);
  const summary = await importSampleCorpus(admin, project.id);
  const articleId = summary.results.find((r) => r.name.startsWith("000_"))?.articles[0]?.id;
  expect(articleId, "sample article 000 was imported").toBeTruthy();
  const stored = await readArticle(analyst, articleId ?? "");
  const expected = stored.paragraphs.map((p) => stored.text.slice(p.start, p.end));
  expect(expected.length).toBeGreaterThan(5);

  await signInViaApi(page, analyst);
  const response = await openPage(page, `/projects/${project.id}/articles/${articleId}`);
  expect(response?.status()).toBe(200);

  const container = page.getByTestId("article-text");
  await expect(container).toHaveAttribute("dir", "rtl");
  await expect(container).toHaveAttribute("lang", "ar");
  await expect(page.getByTestId("article-title")).toHaveText(stored.title);

  const rendered = await container.locator("p").evaluateAll((nodes) =>
    nodes.map((node) => ({
      text: (node as HTMLElement).innerText,
      index: node.getAttribute("data-paragraph-index"),
      start: node.getAttribute("data-start"),
      end: node.getAttribute("data-end"),
    })),
  );
  expect(rendered.map((p) => p.text)).toEqual(expected);
  expect(rendered.map((p) => p.text).join("\n")).toBe(expected.join("\n"));
  expect(rendered.map((p) => [Number(p.index), Number(p.start), Number(p.end)])).toEqual(
    stored.paragraphs.map((p) => [p.index, p.start, p.end]),
  );

  // The reading column: Arabic text at about 20px with generous leading, in a Naskh face.
  const style = await container.evaluate((node) => {
    const css = getComputedStyle(node);
    return { fontSize: css.fontSize, whiteSpace: css.whiteSpace, direction: css.direction, fontFamily: css.fontFamily };
  });
  expect(style).toMatchObject({ fontSize: "20px", whiteSpace: "pre-wrap", direction: "rtl" });
  expect(style.fontFamily).toContain("Noto Naskh Arabic");

  await page.screenshot({ path: testInfo.outputPath("article-000.png"), fullPage: true });
  await page.screenshot({ path: "test-results/article-000.png", fullPage: true });
});
