import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

test.describe("sign-in", () => {
  test("the sign-in form signs a user in and lands on their projects", async ({ page }) => {
    const account = await createAccount({ name: "Form Signer" });
    await openPage(page, "/signin");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page).toHaveURL(/\/projects$/);
    await expect(page.getByRole("heading", { level: 1, name: "Projects" })).toBeVisible();
    await expect(page.getByTestId("header-user-name")).toHaveText("Form Signer");
  });

  test("a wrong password shows the message and stays on the form", async ({ page }) => {
    const account = await createAccount();
    await openPage(page, "/signin");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(`${account.password}-wrong`);
    await page.getByRole("button", { name: "Sign in" }).click();

    await expect(page.getByTestId("signin-error")).toHaveText("Wrong email or password");
    await expect(page).toHaveURL(/\/signin/);
  });

  test("after five wrong passwords from one place further attempts are refused, and the form says so", async ({
    page,
  }) => {
    const account = await createAccount();
    await openPage(page, "/signin");
    await page.getByLabel("Email").fill(account.email);
    for (let attempt = 1; attempt <= 5; attempt++) {
      await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByTestId("signin-error")).toHaveText("Wrong email or password");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    }
    // Now even the right password is refused (429) until the window ends.
    await page.getByLabel("Password").fill(account.password);
    const answer = page.waitForResponse((res) => res.url().endsWith("/api/auth/callback/credentials"));
    await page.getByRole("button", { name: "Sign in" }).click();
    expect((await answer).status()).toBe(429);
    expect(Number((await answer).headers()["retry-after"])).toBeGreaterThan(0);
    await expect(page.getByTestId("signin-error")).toHaveText(
      "Too many sign-in attempts. Wait a few minutes and try again.",
    );
    await expect(page).toHaveURL(/\/signin/);
  });

  test("a sign-in page opened with an error still signs in", async ({ page }) => {
    const account = await createAccount();
    await openPage(page, "/signin?error=CredentialsSignin");
    await expect(page.getByTestId("signin-error")).toHaveText("Wrong email or password");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/projects$/);
  });

  test("a signed-out visit goes to sign-in and comes back afterwards", async ({ page }) => {
    const account = await createAccount();
    await openPage(page, "/settings");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings$/);

    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/settings$/);
  });

  test("signing out ends the session, and its cookie no longer works even if it was copied", async ({ page }) => {
    const account = await createAccount();
    await signInViaApi(page, account);
    await openPage(page, "/projects");
    const copied = (await page.context().cookies()).filter((c) => c.name.endsWith("next-auth.session-token"));
    expect((await page.request.get("/api/v1/me")).status()).toBe(200);
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);

    await openPage(page, "/projects");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fprojects$/);
    await page.context().addCookies(copied);
    expect((await page.request.get("/api/v1/me")).status()).toBe(401);
  });
});
