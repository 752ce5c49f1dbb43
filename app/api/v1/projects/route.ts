import { apiRoute, created, readJson, ZNoParams } from "@/lib/api/handler";
import { createProject, ZCreateProjectInput } from "@/lib/projects/create-project";
import { listProjects } from "@/lib/projects/list-projects";

export const GET = apiRoute(ZNoParams, async ({ user }) => ({ projects: await listProjects({ actor: user }) }));

export const POST = apiRoute(ZNoParams, async ({ req, user }) =>
  created(await createProject({ actor: user, input: await readJson(req, ZCreateProjectInput) })),
);
