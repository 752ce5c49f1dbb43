import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, uniqueTag } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";
import { db } from "../lib/db";

test.describe("security", () => {
  test("pages carry a CSP with a fresh script nonce and still run their scripts; pages and API refuse framing and sniffing", async ({
    page,
  }) => {
    const account = await createAccount({ name: `Header ${uniqueTag()}` });
    await signInViaApi(page, account);
    const first = await page.goto("/settings");
    const policy = first?.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(policy).toContain("frame-ancestors 'none'");
    expect(first?.headers()["x-frame-options"]).toBe("DENY");
    expect(first?.headers()["x-content-type-options"]).toBe("nosniff");
    expect(first?.headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(first?.headers()["permissions-policy"]).toContain("camera=()");
    // Next put the nonce on its scripts: the page hydrated and its buttons work.
    expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(0);
    await page.getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    const second = await page.goto("/settings");
    expect(second?.headers()["content-security-policy"]).not.toContain(nonce);
    const api = await page.request.get("/api/v1/me");
    expect(api.headers()["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("a form on another port of the same host cannot write with the session cookie, and a text/plain body is refused", async ({
    page,
    baseURL,
  }) => {
    const manager = await createAccount();
    const { project } = await createProjectWith([{ user: manager, role: "MANAGER" }]);
    await signInViaApi(page, manager);
    const app = new URL(baseURL ?? "http://localhost:3000");
    const evil = `${app.protocol}//${app.hostname}:${Number(app.port || 80) + 1}/attack`;
    const name = `Forged ${uniqueTag()}`;
    await page.route(evil, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<form id="f" method="POST" enctype="text/plain" action="${app.origin}/api/v1/projects/${project.id}/entities">
          <input name='{"kind":"PERSON","nameAr":"${name}","nameEn":"x","aliases":[],"pad":"' value='"}'></form>
          <script>document.getElementById("f").submit()</script>`,
      }),
    );
    const answer = page.waitForResponse((res) => res.url().endsWith(`/projects/${project.id}/entities`));
    await page.goto(evil);
    const res = await answer;
    expect(res.status()).toBe(403);
    expect(await res.text()).toContain("cross_site_request");
    expect(await db.entity.count({ where: { projectId: project.id, nameAr: name } })).toBe(0);

    // The same body from the app's own origin but as text/plain: 415, nothing stored.
    const plain = await page.request.post(`/api/v1/projects/${project.id}/entities`, {
      headers: { "content-type": "text/plain", origin: app.origin },
      data: JSON.stringify({ kind: "PERSON", nameAr: name, nameEn: "x", aliases: [] }),
    });
    expect(plain.status()).toBe(415);
    expect(await db.entity.count({ where: { projectId: project.id, nameAr: name } })).toBe(0);
  });

  test("signing out everywhere ends the sessions of every browser", async ({ browser, baseURL }) => {
    const account = await createAccount();
    const laptop = await browser.newContext({ baseURL });
    const phone = await browser.newContext({ baseURL });
    const [a, b] = [await laptop.newPage(), await phone.newPage()];
    await signInViaApi(a, account);
    await signInViaApi(b, account);
    expect((await b.request.get("/api/v1/me")).status()).toBe(200);
    await openPage(a, "/settings");
    await a.getByRole("button", { name: "Sign out everywhere" }).click();
    await a.getByRole("dialog").getByRole("button", { name: "Sign out everywhere" }).click();
    await expect(a).toHaveURL(/\/signin/);
    expect((await b.request.get("/api/v1/me")).status()).toBe(401);
    await laptop.close();
    await phone.close();
  });

  test("an administrator deactivates a user, who is signed out at once; the account events page shows it; reactivation lets them back", async ({
    page,
    browser,
    baseURL,
  }) => {
    const admin = await createAccount({ isAdmin: true });
    const user = await createAccount({ name: `Leaver ${uniqueTag()}` });
    const theirs = await browser.newContext({ baseURL });
    const them = await theirs.newPage();
    await signInViaApi(them, user);
    expect((await them.request.get("/api/v1/me")).status()).toBe(200);

    await signInViaApi(page, admin);
    await openPage(page, "/admin/users");
    const row = page.getByTestId("users-table").getByRole("row", { name: new RegExp(user.name) });
    await row.getByRole("button", { name: `Deactivate: ${user.name}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Deactivate" }).click();
    await expect(row).toContainText("Deactivated");
    expect((await them.request.get("/api/v1/me")).status()).toBe(401);

    await page.getByRole("link", { name: "Account events" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Account events" })).toBeVisible();
    const event = page
      .getByTestId("audit-table")
      .getByRole("row", { name: new RegExp(`Account deactivated.*${user.name}`) });
    await expect(event).toBeVisible();

    await openPage(page, "/admin/users");
    await row.getByRole("button", { name: `Reactivate: ${user.name}` }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Reactivate" }).click();
    await expect(row).toContainText("Active");
    await signInViaApi(them, user);
    expect((await them.request.get("/api/v1/me")).status()).toBe(200);
    await theirs.close();
  });
});
