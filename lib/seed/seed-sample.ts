import { randomBytes } from "node:crypto";
import { db } from "../db";
import { importArticles } from "../articles/import-articles";
import { createProject } from "../projects/create-project";
import { createUser } from "../users/create-user";
import { seedGazetteerPlaces } from "../incidents/seed-gazetteer";
import { seedSampleGlossary } from "../glossary/sample-glossary";
import { loadSampleCorpus } from "./sample-corpus";

export type TSeedResult = { created: boolean; adminEmail: string; adminPassword?: string; projectId?: string };

/**
 * On an empty database: an administrator, a "Sample corpus" project and the five sample
 * articles. Does nothing when any user exists, so it is safe on every start. The password is
 * ADMIN_PASSWORD, or a random one that the caller prints once.
 */
export async function seedSampleData(): Promise<TSeedResult> {
  const adminEmail = (process.env.ADMIN_EMAIL ?? "admin@workbench.local").trim().toLowerCase();
  if ((await db.user.count()) > 0) return { created: false, adminEmail };
  const adminPassword = process.env.ADMIN_PASSWORD ?? randomBytes(12).toString("base64url");
  const admin = await createUser({
    actor: null,
    input: { email: adminEmail, name: "Administrator", password: adminPassword, isAdmin: true },
  });
  const project = await createProject({
    actor: admin,
    input: {
      name: "Sample corpus",
      description: "Five Arabic news articles on attacks by Iraqi factions on US forces and US responses, 2020–2024.",
    },
  });
  const sources = await loadSampleCorpus();
  // The places the sample names become the project's gazetteer before its articles are read.
  await seedGazetteerPlaces({
    actor: admin,
    projectId: project.id,
    texts: sources.flatMap((s) => (s.ok ? s.drafts.map((d) => d.text) : [])),
  });
  // Its organisations, places, weapons and titles become the project's glossary for English drafts.
  await seedSampleGlossary({
    actor: admin,
    projectId: project.id,
    texts: sources.flatMap((s) => (s.ok ? s.drafts.map((d) => d.text) : [])),
  });
  const summary = await importArticles({ actor: admin, projectId: project.id, sources });
  const refused = summary.results.filter((r) => r.status === "refused");
  if (refused.length)
    throw new Error(`Sample corpus import refused: ${refused.map((r) => `${r.name}: ${r.error?.message}`).join("; ")}`);
  return { created: true, adminEmail, adminPassword, projectId: project.id };
}
