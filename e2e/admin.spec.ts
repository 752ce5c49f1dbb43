import { signInViaApi } from "./fixtures/auth";
import { openPage } from "./fixtures/navigation";
import { createAccount, createProjectWith, uniqueTag } from "./fixtures/seed";
import { expect, test } from "./fixtures/test";

test("an administrator creates a user and puts them in a project with a role", async ({ page }) => {
  const admin = await createAccount({ isAdmin: true, name: `Admin ${uniqueTag()}` });
  const { project } = await createProjectWith([{ user: admin, role: "MANAGER" }]);
  await signInViaApi(page, admin);
  await openPage(page, "/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();

  const tag = uniqueTag();
  const email = `new-analyst-${tag}@test.local`;
  const name = `New Analyst ${tag}`;
  const create = page.getByRole("form", { name: "Create a user" });
  await create.getByLabel("Name").fill(name);
  await create.getByLabel("Email").fill(email);
  await create.getByLabel("Password").fill("a-long-enough-password");
  await create.getByRole("button", { name: "Create a user" }).click();
  await expect(create.getByRole("status")).toHaveText(`Created the account ${email}.`);
  const row = page.getByTestId("users-table").getByRole("row", { name: new RegExp(name) });
  await expect(row).toContainText("No projects");

  const assign = page.getByRole("form", { name: "Add a user to a project" });
  await assign.getByLabel("User").selectOption({ label: `${name} <${email}>` });
  await assign.getByLabel("Project").selectOption({ label: project.name });
  await assign.getByLabel("Role").selectOption("REVIEWER");
  await assign.getByRole("button", { name: "Add", exact: true }).click();
  await expect(assign.getByRole("status")).toContainText(`${email} is now Reviewer in ${project.name}`);
  await expect(row).toContainText(project.name);
  await expect(row).toContainText("Reviewer");

  // An email that already has an account is refused with the server's reason.
  await create.getByLabel("Name").fill("Someone else");
  await create.getByLabel("Email").fill(email);
  await create.getByLabel("Password").fill("another-long-password");
  await create.getByRole("button", { name: "Create a user" }).click();
  await expect(create.getByRole("alert")).toContainText("already exists");
});
