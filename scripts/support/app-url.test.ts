import { describe, expect, it } from "vitest";
import { publicAppUrl } from "./app-url";

describe("public app URL", () => {
  it("keeps a given NEXTAUTH_URL, so an https URL behind a proxy stays https", () => {
    expect(publicAppUrl("https://workbench.example.org", "127.0.0.1", 3000)).toBe("https://workbench.example.org");
  });

  it("falls back to localhost and the port when none is given", () => {
    expect(publicAppUrl(undefined, "127.0.0.1", 3000)).toBe("http://localhost:3000");
    expect(publicAppUrl("", "0.0.0.0", 3100)).toBe("http://localhost:3100");
    expect(publicAppUrl(undefined, "10.0.0.5", 80)).toBe("http://10.0.0.5:80");
  });
});
