import { mkdir } from "node:fs/promises";
import { listSpans } from "../../lib/spans/list-spans";
import { expect, test } from "../fixtures/test";
import { tintedBox } from "./pixels";
import {
  articleId,
  articleText,
  dragSelect,
  drawnLabel,
  expectBoxesClose,
  highlightBox,
  highlightText,
  locatePhrase,
  openArticle,
  setUpSampleProject,
  waitForReader,
} from "./reader";

const SHOTS = "test-results/annotator";

// Each test seeds a project with the sample corpus and drives a real browser; give it room.
test.describe.configure({ timeout: 90_000 });

test.beforeAll(async () => {
  await mkdir(SHOTS, { recursive: true });
});

function savedChange(page: import("@playwright/test").Page, kind: "create" | "update" | "delete" | "restore") {
  return page.locator(`[data-testid="change-toast"][data-kind="${kind}"][data-state="saved"]`);
}

test("a phrase drag-selected in article 000 and labelled is highlighted over exactly those words, also after a reload", async ({
  page,
}, testInfo) => {
  const { project, analysts, articleIds, label } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "000");
  const text = await articleText(analyst, id);
  const phrase = "كتائب حزب الله العراقية";
  const organisation = label("organisation");

  await openArticle(page, analyst, project.id, id);
  expect(await dragSelect(page, phrase)).toBe(phrase);
  const toolbar = page.getByTestId("selection-toolbar");
  await expect(toolbar).toBeVisible();
  await expect(toolbar).toContainText(`${phrase.length} characters`);
  await toolbar.locator(`button[data-label-id="${organisation.id}"]`).click();
  await expect(toolbar).toBeHidden();
  await expect(savedChange(page, "create")).toBeVisible();

  // Stored exactly: the first occurrence, the quote as selected, nothing trimmed.
  const spans = await listSpans({ actor: analyst, articleId: id });
  expect(spans).toHaveLength(1);
  const span = spans[0]!;
  expect(span).toMatchObject({
    start: text.indexOf(phrase),
    end: text.indexOf(phrase) + phrase.length,
    quote: phrase,
    labelId: organisation.id,
  });

  await page.reload();
  await waitForReader(page);
  expect(await highlightText(page, span.id)).toBe(phrase);
  expect(await drawnLabel(page, span.id)).toBe(organisation.id);

  // The highlight's boxes are the phrase's boxes, measured independently through a DOM Range.
  const { box: textBox } = await locatePhrase(page, phrase);
  const drawn = await highlightBox(page, span.id);
  expectBoxesClose(drawn, textBox);
  const hit = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest("[data-span-id]")?.getAttribute("data-span-id"),
    {
      x: (textBox.left + textBox.right) / 2,
      y: (textBox.top + textBox.bottom) / 2,
    },
  );
  expect(hit).toBe(span.id);

  // And on screen: the highlight tint covers that box and nothing outside it.
  const margin = 24;
  const clip = {
    x: textBox.left - margin,
    y: textBox.top - margin,
    width: textBox.right - textBox.left + 2 * margin,
    height: textBox.bottom - textBox.top + 2 * margin,
  };
  const png = await page.screenshot({ clip });
  await testInfo.attach("highlight-000", { body: png, contentType: "image/png" });
  await page.screenshot({ clip, path: `${SHOTS}/highlight-000.png` });
  const tinted = await tintedBox(page, png, organisation.color, 0.17);
  expect(tinted, "highlight tint found in the screenshot").not.toBeNull();
  expectBoxesClose(
    { left: tinted!.left, right: tinted!.right, top: tinted!.top, bottom: tinted!.bottom },
    {
      left: margin,
      right: margin + textBox.right - textBox.left,
      top: margin,
      bottom: margin + textBox.bottom - textBox.top,
    },
    2,
  );
  await page.screenshot({ path: `${SHOTS}/reader-000.png` });
});

test("Shift+arrow keyboard selection and a hotkey label exactly the selected characters; Escape cancels", async ({
  page,
}) => {
  const { project, analysts, articleIds, label } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "000");
  const text = await articleText(analyst, id);
  const phrase = "مسؤول أمني";
  const speaker = label("speaker");

  await openArticle(page, analyst, project.id, id);
  const { press } = await locatePhrase(page, phrase);
  await page.mouse.click(press.x, press.y);
  // In right-to-left text the left arrow moves forward through the words.
  for (let i = 0; i < phrase.length; i++) await page.keyboard.press("Shift+ArrowLeft");
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);
  await expect(page.getByTestId("selection-toolbar")).toBeVisible();

  // Escape leaves the caret at the end of the phrase; selecting back over it works the same.
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("selection-toolbar")).toBeHidden();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe("");
  for (let i = 0; i < phrase.length; i++) await page.keyboard.press("Shift+ArrowRight");
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe(phrase);
  await expect(page.getByTestId("selection-toolbar")).toBeVisible();
  await page.keyboard.press(String(speaker.hotkey));
  await expect(savedChange(page, "create")).toBeVisible();

  const spans = await listSpans({ actor: analyst, articleId: id });
  expect(spans.map((s) => [s.quote, s.start, s.labelId])).toEqual([[phrase, text.indexOf(phrase), speaker.id]]);
  expect(await highlightText(page, spans[0]!.id)).toBe(phrase);
  // The digit labelled the span; it was not typed into the article.
  await expect(page.locator('[data-testid="article-text"] .ProseMirror p').first()).toHaveText(text.split("\n")[0]!);
});

test("selections next to Latin text, a URL, an @handle, digits and punctuation are stored and drawn exactly", async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000);
  const { project, analysts, articleIds, labels } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const cases = [
    { sample: "002", phrase: "pic.twitter.com/howdN6YEkk" },
    { sample: "002", phrase: "(@omartvsd)" },
    { sample: "002", phrase: "April 21, 2024" },
    { sample: "002", phrase: "منه!! pic.twitter.com/howdN6YEkk— عمر" },
    { sample: "000", phrase: "9 ديسمبر/كانون الأول 2023،" },
    { sample: "000", phrase: "(حماس)" },
    { sample: "000", phrase: "لما لا يقل عن 84 مرة" },
    { sample: "000", phrase: "منذ 17 أكتوبر/تشرين الأول." },
  ];
  const hotkeyed = labels.filter((l) => l.hotkey !== null);
  for (const [index, { sample, phrase }] of cases.entries()) {
    const id = articleId(articleIds, sample);
    const text = await articleText(analyst, id);
    if (index === 0 || cases[index - 1]?.sample !== sample) await openArticle(page, analyst, project.id, id);
    expect(await dragSelect(page, phrase), `mouse selection of ${phrase}`).toBe(phrase);
    const chosen = hotkeyed[index % hotkeyed.length]!;
    await page.keyboard.press(String(chosen.hotkey));
    await expect
      .poll(async () => (await listSpans({ actor: analyst, articleId: id })).find((s) => s.quote === phrase)?.start, {
        message: `span over ${phrase}`,
      })
      .toBe(text.indexOf(phrase));
  }

  for (const sample of ["002", "000"]) {
    const id = articleId(articleIds, sample);
    await page.goto(page.url().replace(/[^/]+$/, id));
    await waitForReader(page);
    for (const span of await listSpans({ actor: analyst, articleId: id })) {
      expect(await highlightText(page, span.id), `highlight of ${span.quote}`).toBe(span.quote);
      const { box } = await locatePhrase(page, span.quote);
      expectBoxesClose(await highlightBox(page, span.id), box);
    }
    if (sample === "002") {
      const { box } = await locatePhrase(page, "pic.twitter.com/howdN6YEkk");
      const clip = { x: 0, y: box.top - 60, width: page.viewportSize()?.width ?? 1280, height: 150 };
      await page.screenshot({ clip, path: `${SHOTS}/mixed-direction-002.png` });
      await testInfo.attach("mixed-direction-002", { body: await page.screenshot({ clip }), contentType: "image/png" });
    }
  }
});

test("the article text cannot be changed by typing, Enter, Backspace, paste, cut, drop or an IME", async ({ page }) => {
  const { project, analysts, articleIds } = await setUpSampleProject();
  const analyst = analysts[0]!;
  const id = articleId(articleIds, "000");
  const lines = (await articleText(analyst, id)).split("\n");
  await openArticle(page, analyst, project.id, id);
  const paragraphs = page.locator('[data-testid="article-text"] .ProseMirror p');

  const { press } = await locatePhrase(page, "مسؤول أمني");
  await page.mouse.click(press.x, press.y);
  await page.keyboard.type("abc ");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Backspace");
  await page.keyboard.press("Delete");
  await page.keyboard.insertText("نص");
  await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("Shift+ArrowLeft");
  await page.keyboard.press("Control+X");
  await page.keyboard.press("Control+B");
  await page.evaluate(() => {
    const target = document.querySelector('[data-testid="article-text"] .ProseMirror');
    const paste = new DataTransfer();
    paste.setData("text/plain", "pasted");
    target?.dispatchEvent(new ClipboardEvent("paste", { clipboardData: paste, bubbles: true, cancelable: true }));
    const drop = new DataTransfer();
    drop.setData("text/plain", "dropped");
    target?.dispatchEvent(
      new DragEvent("drop", { dataTransfer: drop, bubbles: true, cancelable: true, clientX: 400, clientY: 300 }),
    );
  });
  // An input method writes into the DOM before any event can be cancelled.
  const cdp = await page.context().newCDPSession(page);
  await page.mouse.click(press.x, press.y);
  await cdp.send("Input.imeSetComposition", { text: "ع", selectionStart: 1, selectionEnd: 1 });
  await cdp.send("Input.imeSetComposition", { text: "عر", selectionStart: 2, selectionEnd: 2 });
  await cdp.send("Input.insertText", { text: "عربي" });
  await page.waitForTimeout(300);

  await expect(paragraphs).toHaveCount(lines.length);
  expect(await paragraphs.allInnerTexts()).toEqual(lines);
});
