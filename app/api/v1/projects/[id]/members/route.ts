import { apiRoute, readJson, ZIdParam } from "@/lib/api/handler";
import { listMembers } from "@/lib/projects/list-members";
import { setMember, ZSetMemberInput } from "@/lib/projects/set-member";

export const GET = apiRoute(ZIdParam, async ({ user, params }) => ({
  members: await listMembers({ actor: user, projectId: params.id }),
}));

export const PUT = apiRoute(ZIdParam, async ({ req, user, params }) =>
  setMember({ actor: user, projectId: params.id, input: await readJson(req, ZSetMemberInput) }),
);
