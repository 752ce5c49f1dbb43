import { describe, expect, it } from "vitest";
import { databaseName, describeServer, redactUrl, withDatabase } from "./url";

describe("database URLs", () => {
  const url = "postgresql://admin:p%40ss@db.example:6543/workbench?sslmode=require";

  it("hides the password", () => {
    expect(redactUrl(url)).toBe("postgresql://admin:***@db.example:6543/workbench?sslmode=require");
    expect(redactUrl("postgresql://admin@db.example/workbench")).toBe("postgresql://admin@db.example/workbench");
  });

  it("describes the server as host:port, 5432 by default", () => {
    expect(describeServer(url)).toBe("db.example:6543");
    expect(describeServer("postgres://localhost/x")).toBe("localhost:5432");
  });

  it("reads and replaces the database name", () => {
    expect(databaseName(url)).toBe("workbench");
    expect(databaseName("postgresql://localhost:5432")).toBe("postgres");
    expect(withDatabase(url, "wb_test_1")).toBe("postgresql://admin:p%40ss@db.example:6543/wb_test_1?sslmode=require");
  });

  it("rejects what is not a URL without echoing it", () => {
    expect(() => describeServer("host=localhost password=secret")).toThrow(/not a valid URL/);
    expect(() => describeServer("host=localhost password=secret")).not.toThrow(/secret/);
  });
});
