import { matchKey } from "../arabic/normalize";
import type { ActingUser } from "../auth/acting-user";
import { GAZETTEER } from "../incidents/gazetteer";
import { createGlossaryTerm } from "./create-glossary-term";
import type { TTerm } from "./render-english";

/**
 * The sample corpus' organisations, weapons, titles and the people its claims are about, in the
 * English a desk following Iraqi armed factions would write. The sample project's glossary is
 * seeded with those its articles name, plus the gazetteer's places they name.
 */
export const SAMPLE_GLOSSARY: readonly TTerm[] = [
  // Organisations
  { arabic: "كتائب حزب الله العراقية", english: "Kataib Hezbollah" },
  { arabic: "كتائب حزب الله", english: "Kataib Hezbollah" },
  { arabic: "الحشد الشعبي", english: "the Popular Mobilization Forces" },
  { arabic: "قوات الحشد الشعبي", english: "the Popular Mobilization Forces" },
  { arabic: "المقاومة الإسلامية في العراق", english: "the Islamic Resistance in Iraq" },
  { arabic: "حركة النجباء", english: "Harakat al-Nujaba" },
  { arabic: "النجباء", english: "al-Nujaba" },
  { arabic: "تنظيم الدولة الإسلامية", english: "the Islamic State group" },
  { arabic: "التحالف الدولي", english: "the international coalition" },
  { arabic: "وزارة الدفاع الأمريكية", english: "the US Department of Defense" },
  { arabic: "وزارة الدفاع", english: "the Ministry of Defence" },
  { arabic: "البنتاغون", english: "the Pentagon" },
  { arabic: "البيت الأبيض", english: "the White House" },
  { arabic: "القيادة المركزية الأمريكية", english: "US Central Command" },
  { arabic: "الحكومة العراقية", english: "the Iraqi government" },
  { arabic: "قوات الأمن", english: "the security forces" },
  { arabic: "القوات الأمريكية", english: "US forces" },
  { arabic: "الجيش الأمريكي", english: "the US military" },
  { arabic: "الفصائل المسلحة", english: "armed factions" },
  { arabic: "فصائل", english: "factions" },
  { arabic: "الميليشيات", english: "the militias" },
  { arabic: "رويترز", english: "Reuters" },
  // Weapons and attacks
  { arabic: "قذائف هاون", english: "mortar rounds" },
  { arabic: "قذائف مورتر", english: "mortar rounds" },
  { arabic: "قذيفة", english: "shell" },
  { arabic: "قذائف", english: "shells" },
  { arabic: "صواريخ", english: "rockets" },
  { arabic: "صاروخ", english: "rocket" },
  { arabic: "طائرة مسيرة", english: "drone" },
  { arabic: "طائرات مسيرة", english: "drones" },
  { arabic: "مسيرة", english: "drone" },
  { arabic: "غارات جوية", english: "air strikes" },
  { arabic: "غارات أمريكية", english: "US strikes" },
  { arabic: "ضربات أمريكية", english: "US strikes" },
  { arabic: "غارات", english: "strikes" },
  { arabic: "ضربات", english: "strikes" },
  { arabic: "هجمات", english: "attacks" },
  { arabic: "هجوم", english: "attack" },
  // Titles and sources
  { arabic: "مسؤول أمني", english: "a security official" },
  { arabic: "مسؤول أمريكي", english: "a US official" },
  { arabic: "مسؤول عسكري", english: "a military official" },
  { arabic: "مسؤول دفاع", english: "a defence official" },
  { arabic: "مسؤولون أمريكيون", english: "US officials" },
  { arabic: "مصدر طبي", english: "a medical source" },
  { arabic: "مصدر أمني", english: "a security source" },
  { arabic: "المتحدث باسم", english: "the spokesman for" },
  { arabic: "وزير الدفاع", english: "the Defence Secretary" },
  { arabic: "رئيس الوزراء", english: "the Prime Minister" },
  { arabic: "قائد", english: "commander" },
  { arabic: "بيان رسمي", english: "an official statement" },
  { arabic: "بيان", english: "statement" },
  { arabic: "تلغرام", english: "Telegram" },
  // People the claims are about
  { arabic: "عناصر", english: "members" },
  { arabic: "عنصر", english: "member" },
  { arabic: "مقاتلين", english: "fighters" },
  { arabic: "مقاتلا", english: "fighters" },
  { arabic: "جنود", english: "soldiers" },
  { arabic: "جندي", english: "soldier" },
  { arabic: "أفراد", english: "personnel" },
  { arabic: "متظاهرين", english: "protesters" },
  { arabic: "المحتجين", english: "protesters" },
  { arabic: "مدنيين", english: "civilians" },
];

/**
 * Adds to the project's glossary the sample terms and gazetteer places that the given texts
 * name. Returns how many terms were added.
 */
export async function seedSampleGlossary(options: {
  actor: ActingUser;
  projectId: string;
  texts: readonly string[];
}): Promise<number> {
  const corpus = options.texts.map(matchKey).join("\n");
  const places = GAZETTEER.flatMap((place) => place.ar.map((arabic) => ({ arabic, english: place.en })));
  const seen = new Set<string>();
  let added = 0;
  for (const term of [...SAMPLE_GLOSSARY, ...places]) {
    const key = matchKey(term.arabic);
    if (seen.has(key) || !corpus.includes(key)) continue;
    seen.add(key);
    await createGlossaryTerm({ actor: options.actor, projectId: options.projectId, input: term });
    added++;
  }
  return added;
}
