/**
 * The base gazetteer: places where the conflicts this workbench follows are reported, with their
 * Arabic spellings and English names. A project's own PLACE entities extend it (their aliases are
 * matched the same way); the sample project is seeded from this list. Sites (bases, airports, an
 * embassy) sit inside cities, cities inside provinces, provinces inside countries, so "Ain al-Asad"
 * and "al-Anbar" are compatible places while "Ain al-Asad" and "Taji" are not.
 */
export type TPlaceLevel = "site" | "city" | "province" | "country";
export type TPlace = { key: string; en: string; ar: readonly string[]; level: TPlaceLevel; parent: string | null };

export const GAZETTEER: readonly TPlace[] = [
  { key: "iraq", en: "Iraq", ar: ["العراق"], level: "country", parent: null },
  { key: "syria", en: "Syria", ar: ["سوريا", "سورية"], level: "country", parent: null },
  { key: "jordan", en: "Jordan", ar: ["الأردن"], level: "country", parent: null },
  { key: "iran", en: "Iran", ar: ["إيران"], level: "country", parent: null },
  { key: "lebanon", en: "Lebanon", ar: ["لبنان"], level: "country", parent: null },
  { key: "yemen", en: "Yemen", ar: ["اليمن"], level: "country", parent: null },
  { key: "palestine", en: "Palestine", ar: ["فلسطين", "الأراضي الفلسطينية"], level: "country", parent: null },

  { key: "baghdad", en: "Baghdad", ar: ["بغداد", "العاصمة العراقية"], level: "province", parent: "iraq" },
  { key: "anbar", en: "al-Anbar", ar: ["الأنبار"], level: "province", parent: "iraq" },
  { key: "kirkuk", en: "Kirkuk", ar: ["كركوك"], level: "province", parent: "iraq" },
  {
    key: "erbil",
    en: "Erbil",
    ar: ["أربيل", "اربيل", "هولير", "عاصمة إقليم كردستان"],
    level: "province",
    parent: "iraq",
  },
  { key: "nineveh", en: "Nineveh", ar: ["نينوى", "الموصل"], level: "province", parent: "iraq" },
  { key: "salahuddin", en: "Salah al-Din", ar: ["صلاح الدين"], level: "province", parent: "iraq" },
  { key: "babil", en: "Babil", ar: ["بابل"], level: "province", parent: "iraq" },
  { key: "basra", en: "Basra", ar: ["البصرة"], level: "province", parent: "iraq" },
  { key: "diyala", en: "Diyala", ar: ["ديالى"], level: "province", parent: "iraq" },
  { key: "sulaymaniyah", en: "Sulaymaniyah", ar: ["السليمانية"], level: "province", parent: "iraq" },
  { key: "duhok", en: "Duhok", ar: ["دهوك"], level: "province", parent: "iraq" },
  { key: "najaf", en: "Najaf", ar: ["النجف"], level: "province", parent: "iraq" },
  { key: "karbala", en: "Karbala", ar: ["كربلاء"], level: "province", parent: "iraq" },
  { key: "wasit", en: "Wasit", ar: ["واسط", "الكوت"], level: "province", parent: "iraq" },
  { key: "dhi-qar", en: "Dhi Qar", ar: ["ذي قار", "الناصرية"], level: "province", parent: "iraq" },
  { key: "maysan", en: "Maysan", ar: ["ميسان"], level: "province", parent: "iraq" },
  { key: "idlib", en: "Idlib", ar: ["إدلب", "ادلب"], level: "province", parent: "syria" },
  { key: "aleppo", en: "Aleppo", ar: ["حلب"], level: "province", parent: "syria" },
  { key: "homs", en: "Homs", ar: ["حمص"], level: "province", parent: "syria" },
  { key: "damascus", en: "Damascus", ar: ["دمشق", "العاصمة السورية"], level: "province", parent: "syria" },
  { key: "daraa", en: "Daraa", ar: ["درعا"], level: "province", parent: "syria" },
  { key: "gaza", en: "Gaza Strip", ar: ["قطاع غزة", "غزة"], level: "province", parent: "palestine" },
  {
    key: "south-lebanon",
    en: "South Lebanon",
    ar: ["جنوب لبنان", "الجنوب اللبناني"],
    level: "province",
    parent: "lebanon",
  },
  { key: "sanaa", en: "Sanaa", ar: ["صنعاء", "العاصمة اليمنية"], level: "province", parent: "yemen" },
  { key: "marib", en: "Marib", ar: ["مأرب"], level: "province", parent: "yemen" },
  { key: "hasakah", en: "al-Hasakah", ar: ["الحسكة"], level: "province", parent: "syria" },
  { key: "deir-ez-zor", en: "Deir ez-Zor", ar: ["دير الزور"], level: "province", parent: "syria" },
  { key: "beirut", en: "Beirut", ar: ["بيروت", "العاصمة اللبنانية"], level: "province", parent: "lebanon" },
  { key: "aden", en: "Aden", ar: ["عدن"], level: "province", parent: "yemen" },

  { key: "green-zone", en: "Green Zone", ar: ["المنطقة الخضراء"], level: "city", parent: "baghdad" },
  { key: "taji", en: "Taji", ar: ["التاجي"], level: "city", parent: "baghdad" },
  { key: "qaim", en: "al-Qaim", ar: ["القائم"], level: "city", parent: "anbar" },
  { key: "jurf-al-nasr", en: "Jurf al-Nasr", ar: ["جرف النصر", "جرف الصخر"], level: "city", parent: "babil" },
  { key: "balad", en: "Balad", ar: ["بلد"], level: "city", parent: "salahuddin" },
  { key: "zummar", en: "Zummar", ar: ["زمار"], level: "city", parent: "nineveh" },
  { key: "shaddadi", en: "al-Shaddadi", ar: ["الشدادي", "الشدادية"], level: "city", parent: "hasakah" },
  { key: "rumeilan", en: "Rumeilan", ar: ["رميلان", "الرميلان"], level: "city", parent: "hasakah" },
  { key: "albukamal", en: "Albu Kamal", ar: ["البوكمال", "البو كمال"], level: "city", parent: "deir-ez-zor" },
  { key: "sadr-city", en: "Sadr City", ar: ["مدينة الصدر"], level: "city", parent: "baghdad" },
  {
    key: "bab-al-sharqi",
    en: "al-Tayaran Square / Bab al-Sharqi",
    ar: ["ساحة الطيران", "الباب الشرقي"],
    level: "city",
    parent: "baghdad",
  },
  { key: "dahiyeh", en: "Beirut's southern suburbs", ar: ["الضاحية الجنوبية"], level: "city", parent: "beirut" },
  { key: "rafah", en: "Rafah", ar: ["رفح"], level: "city", parent: "gaza" },
  { key: "khan-younis", en: "Khan Younis", ar: ["خان يونس", "خانيونس"], level: "city", parent: "gaza" },
  { key: "habbaniyah", en: "Habbaniyah", ar: ["الحبانية"], level: "city", parent: "anbar" },
  { key: "koya", en: "Koya (Koysinjaq)", ar: ["كويسنجق", "كوية", "كويه"], level: "city", parent: "erbil" },

  {
    key: "us-embassy-baghdad",
    en: "US embassy in Baghdad",
    ar: ["السفارة الأمريكية", "السفارة الأميركية", "سفارة واشنطن", "سفارة الولايات المتحدة", "سفارة أمريكا"],
    level: "site",
    parent: "green-zone",
  },
  { key: "ain-al-asad", en: "Ain al-Asad air base", ar: ["عين الأسد", "قاعدة الأسد"], level: "site", parent: "anbar" },
  {
    key: "k1",
    en: "K-1 base",
    ar: ["K1", "K-1", "كي وان", "كي 1", "كي-1", "ك-1", "ك1"],
    level: "site",
    parent: "kirkuk",
  },
  { key: "camp-taji", en: "Camp Taji", ar: ["معسكر التاجي", "قاعدة التاجي"], level: "site", parent: "taji" },
  { key: "erbil-airport", en: "Erbil airport", ar: ["مطار أربيل", "مطار اربيل"], level: "site", parent: "erbil" },
  { key: "harir", en: "Harir base", ar: ["حرير"], level: "site", parent: "erbil" },
  { key: "balad-air-base", en: "Balad air base", ar: ["قاعدة بلد"], level: "site", parent: "balad" },
  { key: "victory-base", en: "Victory base", ar: ["فيكتوري"], level: "site", parent: "baghdad" },
  { key: "baghdad-airport", en: "Baghdad airport", ar: ["مطار بغداد"], level: "site", parent: "baghdad" },
  { key: "beirut-port", en: "Port of Beirut", ar: ["مرفأ بيروت", "ميناء بيروت"], level: "site", parent: "beirut" },
  { key: "aden-airport", en: "Aden airport", ar: ["مطار عدن"], level: "site", parent: "aden" },
  { key: "tanf", en: "al-Tanf", ar: ["التنف"], level: "site", parent: "syria" },
  { key: "tower-22", en: "Tower 22", ar: ["البرج 22"], level: "site", parent: "jordan" },
  { key: "conoco", en: "Conoco field", ar: ["كونيكو", "كونوكو"], level: "site", parent: "deir-ez-zor" },
  { key: "al-omar", en: "al-Omar field", ar: ["حقل العمر"], level: "site", parent: "deir-ez-zor" },
];

const BY_KEY = new Map(GAZETTEER.map((p) => [p.key, p]));

export function placeByKey(key: string): TPlace | undefined {
  return BY_KEY.get(key);
}

/** The place and every place that contains it, most specific first. */
export function placeLineage(key: string): string[] {
  const out: string[] = [];
  for (let p = BY_KEY.get(key); p; p = p.parent ? BY_KEY.get(p.parent) : undefined) out.push(p.key);
  return out.length ? out : [key];
}
