import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

test("a personal API token works as a bearer token until it is revoked", async ({
  page,
  playwright,
  baseURL,
}, testInfo) => {
  const analyst = await createAccount();
  const { project } = await createProjectWith([{ user: analyst, role: "ANALYST" }]);
  await signInViaApi(page, analyst);
  await openPage(page, "/settings");

  await page.getByLabel("Token name").fill("nightly export");
  await page.getByLabel(/Expires after/).fill("30");
  await page.getByRole("button", { name: "Create token" }).click();

  const shown = page.getByTestId("new-token");
  await expect(shown).toContainText("It is shown only once");
  const token = await shown.getByTestId("copy-box-value").inputValue();
  expect(token).toMatch(/^wbt_[A-Za-z0-9_-]{40,}$/);
  const row = page.getByTestId("tokens-table").getByRole("row", { name: /nightly export/ });
  await expect(row).toContainText(token.slice(0, 10));
  await expect(row).toContainText("Active");
  await page.screenshot({ path: testInfo.outputPath("token-created.png"), fullPage: true });

  // A request context of its own: no session cookie, only the token.
  const api = await playwright.request.newContext({ baseURL });
  try {
    const ok = await api.get("/api/v1/projects", { headers: { authorization: `Bearer ${token}` } });
    expect(ok.status()).toBe(200);
    const body = (await ok.json()) as { projects: { id: string }[] };
    expect(body.projects.map((p) => p.id)).toContain(project.id);

    await row.getByRole("button", { name: /Revoke/ }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("nightly export");
    await dialog.getByRole("button", { name: "Revoke" }).click();
    await expect(row).toContainText("Revoked");

    const refused = await api.get("/api/v1/projects", { headers: { authorization: `Bearer ${token}` } });
    expect(refused.status()).toBe(401);
  } finally {
    await api.dispose();
  }
});
