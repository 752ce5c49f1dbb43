import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";
import { db } from "../lib/db";

test("switching to Arabic mirrors the layout and is remembered", async ({ page, context }, testInfo) => {
  const account = await createAccount({ name: "Bilingual Analyst" });
  await signInViaApi(page, account);
  await openPage(page, "/projects");
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");

  await page.getByRole("group", { name: "Interface language" }).getByRole("button", { name: "العربية" }).click();

  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("المشاريع");

  // Mirrored: the product name sits at the right edge, sign-out at the left.
  const viewport = page.viewportSize();
  const brand = await page.getByRole("link", { name: "منصة التحقق" }).boundingBox();
  const signOut = await page.getByRole("button", { name: "تسجيل الخروج" }).boundingBox();
  expect(viewport && brand && signOut).toBeTruthy();
  if (viewport && brand && signOut) {
    expect(brand.x).toBeGreaterThan(viewport.width / 2);
    expect(signOut.x).toBeLessThan(viewport.width / 2);
  }
  await page.screenshot({ path: testInfo.outputPath("projects-ar.png") });

  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("المشاريع");

  // The account remembers it too: without the cookie, the saved language still applies.
  const saved = await db.user.findUniqueOrThrow({ where: { id: account.id }, select: { locale: true } });
  expect(saved.locale).toBe("ar");
  await context.clearCookies({ name: "wb-locale" });
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");

  await page.getByRole("group", { name: "لغة الواجهة" }).getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("dir", "ltr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Projects");
});
