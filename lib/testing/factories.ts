import { randomUUID } from "node:crypto";
import type { ActingUser } from "../auth/acting-user";
import { createProject } from "../projects/create-project";
import { setMember } from "../projects/set-member";
import { createUser } from "../users/create-user";

/** Test data made through the real domain functions, unique per call so tests never collide. */
export const TEST_PASSWORD = "correct horse battery staple";

export async function makeUser(options: { isAdmin?: boolean; name?: string } = {}): Promise<ActingUser> {
  const tag = randomUUID().slice(0, 8);
  return createUser({
    actor: null,
    input: {
      email: `user-${tag}@test.local`,
      name: options.name ?? `User ${tag}`,
      password: TEST_PASSWORD,
      isAdmin: options.isAdmin ?? false,
    },
  });
}

/** A project with a manager (an admin, who creates it) and optionally members with roles. */
export async function makeProject(members: { user: ActingUser; role: "ANALYST" | "REVIEWER" | "MANAGER" }[] = []) {
  const admin = await makeUser({ isAdmin: true });
  const project = await createProject({ actor: admin, input: { name: `Project ${randomUUID().slice(0, 8)}` } });
  for (const m of members)
    await setMember({ actor: admin, projectId: project.id, input: { email: m.user.email, role: m.role } });
  return { project, admin };
}
