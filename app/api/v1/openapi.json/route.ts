import { buildOpenApiDocument } from "@/lib/api/openapi";

// Public: the API's description needs no sign-in.
export function GET() {
  return Response.json(buildOpenApiDocument());
}
