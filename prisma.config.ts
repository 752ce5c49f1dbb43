import { defineConfig } from "prisma/config";

// The datasource URL for Prisma's CLI (`prisma migrate deploy` on machines that can download
// Prisma's native engine). The app itself reads DATABASE_URL through lib/env.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/workbench" },
});
