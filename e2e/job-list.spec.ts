import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import type { Locator, Page } from "@playwright/test";
import { createClaim } from "../lib/claims/create-claim";
import { listClaims } from "../lib/claims/list-claims";
import { db } from "../lib/db";
import { setMember } from "../lib/projects/set-member";
import { listTranslations } from "../lib/translations/list-translations";
import {
  articleId,
  dragSelect,
  highlightText,
  locatePhrase,
  seedSpan,
  setUpSampleProject,
  waitForReader,
} from "./annotator/reader";
import { claimCard, PMF_PARAGRAPH_EN, PMF_PHRASE } from "./claims/steps";
import { signInViaApi } from "./fixtures/auth";
import { createAccount } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

/**
 * The analyst's article, measured: the fixed job list of issue 16 on sample article 003, done with
 * the real mouse and keyboard the way an analyst would with what the workbench offers, every
 * input counted. Writes test-results/joblist/figures.json and prints the figures with a
 * keystroke-level (KLM) estimate of the time a person would need.
 *
 * Job list: 5 spans, 4 claims of which 2 from suggestions, 1 paragraph translated, 1 claim's
 * English, 1 link to a claim in another sample article, and the review: a verdict and the link
 * confirmed. Target: at most 30 clicks, and no page change while linking.
 */

const OUT = "test-results/joblist";

/**
 * Keystroke-level model operators (Card, Moran & Newell, "The Psychology of Human-Computer
 * Interaction", 1983, ch. 8; summarised in Card, Moran & Newell, "The keystroke-level model for
 * user performance time with interactive systems", CACM 23(7), 1980, fig. 1), in seconds.
 */
const KLM = {
  /** K: a key press or typed character, average non-secretary typist (40 wpm). */
  K: 0.28,
  /** P: point with the mouse at a target on the screen. */
  P: 1.1,
  /** B: press or release the mouse button; a click is BB. */
  B: 0.1,
  /** H: move the hand between keyboard and mouse. */
  H: 0.4,
  /** M: mentally prepare (decide on the next action). */
  M: 1.35,
} as const;
/**
 * D: a text selection dragged with the mouse, built from the same operators: point at the first
 * character, press, point at the last, release (P + B + P + B = 2.4 s). The 1980 paper's drawing
 * operator D(n, l) = 0.9 n + 0.16 l s gives 2.5 s for one ~10 cm stroke, about the same.
 */
const DRAG_S = KLM.P + KLM.B + KLM.P + KLM.B;

type TDevice = "mouse" | "keyboard";
type TInput =
  | { kind: "click"; step: string; what: string }
  | { kind: "key"; step: string; what: string }
  | { kind: "type"; step: string; what: string; characters: number }
  | { kind: "drag"; step: string; what: string }
  | { kind: "page"; step: string; what: string };

/**
 * Every input of the analyst (and of the reviewer, in the last step) goes through here: clicks,
 * key presses, typed characters, mouse drags, and page changes (a navigation to another path,
 * seen on every page watched).
 */
function inputRecorder() {
  const log: TInput[] = [];
  let step = "";
  const record = (input: TInput) => log.push(input);
  return {
    log,
    set step(name: string) {
      step = name;
    },
    get step() {
      return step;
    },
    /** Counts a navigation whenever the main frame's path changes (page.goto or a link to another page). */
    watch(page: Page) {
      let path = "";
      page.on("framenavigated", (frame) => {
        if (frame !== page.mainFrame()) return;
        const next = new URL(frame.url()).pathname;
        if (next !== path) record({ kind: "page", step, what: next });
        path = next;
      });
    },
    async click(target: Locator, what: string) {
      await target.click();
      record({ kind: "click", step, what });
    },
    async clickAt(page: Page, point: { x: number; y: number }, what: string) {
      await page.mouse.click(point.x, point.y);
      record({ kind: "click", step, what });
    },
    async press(page: Page, key: string, what: string) {
      await page.keyboard.press(key);
      record({ kind: "key", step, what });
    },
    async type(page: Page, text: string, what: string) {
      await page.keyboard.type(text);
      record({ kind: "type", step, what, characters: text.length });
    },
    async drag(page: Page, phrase: string, what: string) {
      expect(await dragSelect(page, phrase)).toBe(phrase);
      record({ kind: "drag", step, what });
    },
  };
}

type TRecorder = ReturnType<typeof inputRecorder>;

function totals(log: readonly TInput[]) {
  return {
    clicks: log.filter((i) => i.kind === "click").length,
    keyPresses: log.filter((i) => i.kind === "key").length,
    typedCharacters: log.reduce((n, i) => n + (i.kind === "type" ? i.characters : 0), 0),
    drags: log.filter((i) => i.kind === "drag").length,
    pageChanges: log.filter((i) => i.kind === "page").length,
  };
}

/**
 * The KLM estimate of the logged inputs. Rules used: one M before every click, key press, drag
 * and typed string (each is a decision: what to select, which label, what to write); a click is
 * P + BB; a key press K; a typed string K per character; a drag D; an H at every change between
 * mouse and keyboard. Page loads (R) are left out: the server answers in well under a second.
 */
function klmEstimate(log: readonly TInput[]) {
  let seconds = 0;
  const counts = { K: 0, P: 0, B: 0, H: 0, M: 0, D: 0 };
  let hand: TDevice | null = null;
  for (const input of log) {
    if (input.kind === "page") continue;
    const device: TDevice = input.kind === "click" || input.kind === "drag" ? "mouse" : "keyboard";
    if (hand !== null && hand !== device) counts.H++;
    hand = device;
    counts.M++;
    if (input.kind === "click") {
      counts.P++;
      counts.B += 2;
    } else if (input.kind === "key") counts.K++;
    else if (input.kind === "type") counts.K += input.characters;
    else counts.D++;
  }
  seconds =
    counts.K * KLM.K + counts.P * KLM.P + counts.B * KLM.B + counts.H * KLM.H + counts.M * KLM.M + counts.D * DRAG_S;
  return { operators: counts, seconds: Math.round(seconds * 10) / 10, minutes: Math.round((seconds / 60) * 10) / 10 };
}

/** Clicks a span's words, as a person would, to open its popover. */
async function clickWords(page: Page, user: TRecorder, quote: string, what: string) {
  const { inside } = await locatePhrase(page, quote);
  await user.clickAt(page, inside, what);
}

/** Hand-drawn spans: the words, the label's key (default set: 1 claim, 2 speaker, 7 place, 9 person). */
const SPANS = {
  strikes: "ضربات جوية “انتقامية” ضد منشآت تابعة لميليشيا “حزب الله” و”الحشد الشعبي” في العراق",
  ministry: "وزارة الدفاع الأمريكية",
  centcom: "القيادة المركزية الأمريكية",
  austin: "لويد أوستن",
} as const;
/** Selected and made a claim with C (the claim form labels the span "claim"). */
const COUNT_SENTENCE = "أكثر من 150 هجوماً من الميليشيات التابعة لإيران في المنطقة";
/** Two of the casualty figures the rules propose in 003, accepted from the text. */
const SUGGESTED = ["مقتل عنصر وإصابة اثنين آخرين", "قتلت مسلحين اثنين على الأقل وأصابت أربعة أشخاص آخرين"] as const;
/** The claim in sample 000 the count is linked to, made there by a colleague. */
const OTHER_PHRASE = "ما لا يقل عن 84 مرة";
const GAP = "[…]";
const THING_EN = "attacks by Iran-backed militias.";
const RATIONALE = "The Pentagon's running count rose from at least 84 attacks in December to more than 150.";

test("the job list on article 003 as an analyst does it: clicks, keys, typing, drags and page changes, with a KLM estimate", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await mkdir(OUT, { recursive: true });
  const { project, admin, analysts, articleIds, label } = await setUpSampleProject({ analysts: 2 });
  const [analyst, colleague] = analysts as [(typeof analysts)[0], (typeof analysts)[0]];
  const a003 = articleId(articleIds, "003");
  const a000 = articleId(articleIds, "000");
  const otherSpan = await seedSpan(colleague, a000, label("count").id, OTHER_PHRASE);
  const other = (
    await createClaim({
      actor: colleague,
      articleId: a000,
      input: {
        id: randomUUID(),
        kind: "COUNT",
        claimSpanId: otherSpan.id,
        figures: { thing: "attacks on US forces", value: { qualifier: "at_least", value: 84 } },
      },
    })
  ).claim;
  const reviewer = await createAccount({ name: "Reviewer" });
  await setMember({ actor: admin, projectId: project.id, input: { email: reviewer.email, role: "REVIEWER" } });

  const user = inputRecorder();
  user.watch(page);
  const reader = page.locator('[data-testid="article-text"] .ProseMirror');

  // 0. Open the article.
  user.step = "open";
  await signInViaApi(page, analyst);
  await page.goto(`/projects/${project.id}/articles/${a003}`);
  await waitForReader(page);
  await expect(page.getByTestId("claims-panel")).toBeVisible();

  // 1. Four spans: drag over the words, press the label's key.
  user.step = "spans";
  const keys = { strikes: "1", ministry: "2", centcom: "2", austin: "9" } as const;
  const mine = () => db.span.findMany({ where: { articleId: a003, authorId: analyst.id, deletedAt: null } });
  for (const [i, name] of (Object.keys(SPANS) as (keyof typeof SPANS)[]).entries()) {
    await user.drag(page, SPANS[name], `select «${SPANS[name]}»`);
    await user.press(page, keys[name], `label ${keys[name]}`);
    // The analyst sees it saved before selecting again (the save redraws the highlights).
    await expect.poll(async () => (await mine()).length).toBe(i + 1);
    await expect(page.getByTestId("save-summary")).toHaveText(/All changes saved/);
  }
  const drawn = await mine();
  expect(drawn.map((s) => s.quote).sort()).toEqual(Object.values(SPANS).sort());
  for (const span of drawn) expect(await highlightText(page, span.id)).toBe(span.quote);

  // 2. A claim from a span: open it, Make claim, Create.
  user.step = "claim from span";
  await clickWords(page, user, SPANS.strikes, "the span");
  await user.click(page.getByTestId("span-popover").getByTestId("span-make-claim"), "Make claim");
  const form = page.getByTestId("claim-form");
  await expect(form.getByTestId("claim-quote")).toHaveText(SPANS.strikes);
  await expect(form.getByTestId("prefill-state")).toHaveAttribute("data-state", "done");
  await user.click(form.getByTestId("claim-save"), "Create claim");
  await expect(form).toBeHidden();
  await expect(claimCard(page, SPANS.strikes)).toBeVisible();

  // 3. The fifth span and a claim on it: select, press C, Create.
  user.step = "claim from selection";
  await user.drag(page, COUNT_SENTENCE, "select the count");
  await user.press(page, "c", "C: new claim");
  await expect(form.getByTestId("claim-quote")).toHaveText(COUNT_SENTENCE);
  await expect(form.getByTestId("prefill-state")).toHaveAttribute("data-state", "done");
  await expect(form.getByRole("radio", { name: "Count" })).toBeChecked();
  await user.click(form.getByTestId("claim-save"), "Create claim");
  await expect(form).toBeHidden();
  await expect(claimCard(page, COUNT_SENTENCE)).toBeVisible();
  const handDrawn = await mine();
  expect(handDrawn.map((s) => s.quote).sort()).toEqual([...Object.values(SPANS), COUNT_SENTENCE].sort());
  for (const span of handDrawn) expect(await highlightText(page, span.id)).toBe(span.quote);

  // 4. Two claims from suggestions: click the dashed words, press A.
  user.step = "claims from suggestions";
  for (const quote of SUGGESTED) {
    const mark = reader.locator(".wb-suggestion", { hasText: quote.slice(0, 6) }).first();
    await user.click(mark, `pick «${quote}»`);
    await expect(mark).toHaveClass(/is-selected/);
    await user.press(page, "a", "A: accept");
    await expect(claimCard(page, quote)).toBeVisible();
  }
  const made = await db.claim.findMany({ where: { articleId: a003, authorId: analyst.id, deletedAt: null } });
  expect(made).toHaveLength(4);

  // 5. The link, from the count's card: the card, Link to…, the claim, the relation, Link claims.
  user.step = "link";
  const before = { url: page.url(), pages: totals(user.log).pageChanges };
  const card = claimCard(page, COUNT_SENTENCE);
  await user.click(card.getByTestId("claim-show"), "the claim card");
  await user.click(card.getByTestId("claim-link"), "Link to…");
  const dialog = page.getByTestId("link-claim-dialog");
  await expect(dialog).toContainText(COUNT_SENTENCE);
  // The claims of the count's incident come first: the one in 000 is offered without a search.
  const result = dialog.getByTestId("link-search-results").locator("label").filter({ hasText: OTHER_PHRASE });
  await user.click(result, "the claim in 000");
  await user.click(dialog.getByRole("radio", { name: /^updates/ }), "updates");
  await user.click(dialog.getByRole("button", { name: "Link claims" }), "Link claims");
  await expect(dialog.getByText("Linked as “updates”. Reviewers will see it in the queue.")).toBeVisible();
  await page.screenshot({ path: `${OUT}/link-en.png` });
  await user.press(page, "Escape", "close the dialog");
  await expect(dialog).toBeHidden();
  expect(page.url(), "the link is made without leaving the article").toBe(before.url);
  expect(totals(user.log).pageChanges, "no page change while linking").toBe(before.pages);
  const countClaim = (await listClaims({ actor: analyst, articleId: a003 })).find(
    (c) => c.claimSpan?.quote === COUNT_SENTENCE,
  );
  const links = await db.claimLink.findMany({ where: { projectId: project.id, origin: "HUMAN" } });
  expect(links.map((l) => [l.fromClaimId, l.toClaimId, l.relation])).toEqual([[countClaim?.id, other.id, "UPDATES"]]);

  // 6. The count claim's English, on its card: Translate, English draft, Save.
  user.step = "claim English";
  await user.click(card.getByTestId("claim-translate"), "Translate");
  const editor = card.getByTestId("claim-translation-editor");
  await user.click(editor.getByTestId("english-draft"), "English draft from fields");
  const input = editor.getByTestId("translation-input");
  await expect(input).toHaveAttribute("data-origin", "ASSISTED");
  // The draft leaves what it cannot put into English as […]: here the counted thing, at the end.
  const draft = await input.inputValue();
  expect(draft).toBe(`An unnamed source counted more than 150 ${GAP}.`);
  await user.click(input, "the draft");
  await user.press(page, "Control+End", "to the end");
  for (const _ of `${GAP}.`) await user.press(page, "Backspace", "delete the gap");
  await user.type(page, THING_EN, "the counted thing");
  await user.click(editor.getByTestId("translation-save"), "Save");
  await expect(card.getByTestId("claim-translation-text")).toHaveText(
    `An unnamed source counted more than 150 ${THING_EN}`,
  );

  // 7. A paragraph's English, in the bilingual view.
  user.step = "paragraph English";
  await user.click(page.getByTestId("open-bilingual-view"), "Bilingual view");
  const row = page.getByTestId("translation-row").filter({ hasText: PMF_PHRASE });
  await user.click(row.getByTestId("translation-edit"), "Translate the paragraph");
  await expect(row.getByTestId("translation-input")).toBeFocused();
  await user.type(page, PMF_PARAGRAPH_EN, "the paragraph's English");
  await user.click(row.getByTestId("translation-save"), "Save");
  await expect(row.getByTestId("translation-text")).toHaveText(PMF_PARAGRAPH_EN);
  const translations = await listTranslations({ actor: analyst, articleId: a003 });
  expect(translations.map((t) => t.targetType).sort()).toEqual(["CLAIM", "SEGMENT"]);

  // 8. The reviewer: the analyst's link in the queue, a verdict, then Confirm.
  user.step = "review";
  const context = await browser.newContext({ locale: "en-US" });
  const queue = await context.newPage();
  user.watch(queue);
  await signInViaApi(queue, reviewer);
  await queue.goto(`/projects/${project.id}/review`);
  await queue.locator("html[data-hydrated]").waitFor({ state: "attached" });
  const link = queue.getByTestId("queue-link").filter({ hasText: `Linked by ${analyst.name}` });
  await expect(link).toHaveCount(1);
  await expect(link).toContainText(COUNT_SENTENCE);
  await expect(link).toContainText(OTHER_PHRASE);
  await user.click(link.getByRole("button", { name: /^Verdict…/ }), "Verdict…");
  const verdict = link.getByTestId("verdict-form");
  await user.click(verdict.getByRole("radio", { name: "Supported" }), "Supported");
  await user.click(verdict.getByLabel("Rationale"), "the rationale");
  await user.type(queue, RATIONALE, "the rationale");
  await user.press(queue, "Control+Enter", "record");
  await expect(queue.getByRole("status").filter({ hasText: "Verdict recorded." })).toBeVisible();
  await expect(link.getByTestId("queue-claim").first()).toContainText("Supported");
  await user.click(link.getByRole("button", { name: /^Confirm/ }), "Confirm");
  await expect(queue.getByRole("status").filter({ hasText: "Link confirmed." })).toBeVisible();
  await expect(link).toHaveCount(0);
  expect((await db.claimLink.findUniqueOrThrow({ where: { id: links[0]?.id ?? "" } })).state).toBe("CONFIRMED");
  await context.close();

  // The figures.
  const figures = totals(user.log);
  const steps = [...new Set(user.log.map((i) => i.step))].map((step) => ({
    step,
    ...totals(user.log.filter((i) => i.step === step)),
  }));
  const linkStep = steps.find((s) => s.step === "link");
  const estimate = klmEstimate(user.log);
  const report = {
    article: "sample 003",
    jobList:
      "5 spans, 4 claims (2 from suggestions), 1 paragraph translated, 1 claim's English, 1 cross-article link, a verdict and the link confirmed",
    ...figures,
    link: {
      clicks: linkStep?.clicks ?? 0,
      keyPresses: linkStep?.keyPresses ?? 0,
      pageChanges: linkStep?.pageChanges ?? 0,
    },
    target: { clicks: 30, linkPageChanges: 0 },
    steps,
    klm: { constantsSeconds: { ...KLM, D: DRAG_S }, ...estimate },
    inputs: user.log,
  };
  await writeFile(`${OUT}/figures.json`, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    `Job list on 003: ${figures.clicks} clicks, ${figures.keyPresses} key presses, ${figures.typedCharacters} typed characters, ${figures.drags} drags, ${figures.pageChanges} page changes (link: ${report.link.clicks} clicks, ${report.link.pageChanges} page changes); KLM ${estimate.minutes} min (${estimate.seconds} s)`,
  );
  console.table(steps);
  expect(figures.clicks).toBeLessThanOrEqual(30);
  expect(report.link.pageChanges).toBe(0);

  // The article as the analyst leaves it, in both languages (after the figures: these loads are not the job's).
  for (const locale of ["en", "ar"] as const) {
    await page.context().addCookies([{ name: "wb-locale", value: locale, url: new URL(page.url()).origin }]);
    await page.goto(`/projects/${project.id}/articles/${a003}`);
    await waitForReader(page);
    await expect(claimCard(page, COUNT_SENTENCE)).toContainText(THING_EN);
    for (const quote of SUGGESTED) await expect(claimCard(page, quote)).toBeVisible();
    await page.screenshot({ path: `${OUT}/article-${locale}.png`, fullPage: true });
    // The reader and the claims panel side by side, the count's card (painted once on screen) in view.
    await page.evaluate(() => window.scrollTo(0, 280));
    await claimCard(page, COUNT_SENTENCE).scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: `${OUT}/claims-${locale}.png` });
  }
});
