import { describe, expect, it } from "vitest";
import { decideAccess } from "./require-membership";

const analyst = { id: "u1", email: "a@x", name: "A", isAdmin: false, locale: "en" };
const admin = { ...analyst, id: "u2", isAdmin: true };

describe("decideAccess", () => {
  it("answers not-found to non-members, naming what was looked up", () => {
    expect(() => decideAccess(analyst, "p", null, "ANALYST", "Article")).toThrow(
      expect.objectContaining({ status: 404, message: "Article not found" }),
    );
  });

  it("forbids a role below the one needed and admits one at or above it", () => {
    expect(() => decideAccess(analyst, "p", "ANALYST", "REVIEWER", "Project")).toThrow(
      expect.objectContaining({ status: 403 }),
    );
    expect(decideAccess(analyst, "p", "REVIEWER", "REVIEWER", "Project")).toEqual({ projectId: "p", role: "REVIEWER" });
    expect(decideAccess(analyst, "p", "MANAGER", "ANALYST", "Project")).toEqual({ projectId: "p", role: "MANAGER" });
  });

  it("lets admins act as managers without a membership", () => {
    expect(decideAccess(admin, "p", null, "MANAGER", "Project")).toEqual({ projectId: "p", role: "MANAGER" });
  });
});
