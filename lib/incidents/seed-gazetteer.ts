import type { ActingUser } from "../auth/acting-user";
import { createEntity } from "../entities/create-entity";
import { gazetteerPlacesIn } from "./features";
import { GAZETTEER } from "./gazetteer";

/**
 * Registers the base gazetteer's places that a corpus names as the project's PLACE entities
 * (Arabic name, English name, the other spellings as aliases), so analysts see and edit them on
 * the entities page; aliases they add are matched by incident clustering from then on
 * (lib/incidents/propose-incidents.ts loadProjectPlaces). Returns how many were registered.
 */
export async function seedGazetteerPlaces(options: {
  actor: ActingUser;
  projectId: string;
  texts: readonly string[];
}): Promise<number> {
  const named = new Set(gazetteerPlacesIn(options.texts.join("\n")));
  let made = 0;
  for (const place of GAZETTEER) {
    if (!named.has(place.key)) continue;
    const [nameAr, ...aliases] = place.ar;
    await createEntity({
      actor: options.actor,
      projectId: options.projectId,
      input: { kind: "PLACE", nameAr: nameAr!, nameEn: place.en, aliases },
    });
    made++;
  }
  return made;
}
