/** The label set every new project starts with (domain.md); managers edit it per project. */
export const DEFAULT_LABELS = [
  { key: "claim", name: "Claim", nameAr: "ادعاء", color: "#e11d48" },
  { key: "speaker", name: "Speaker", nameAr: "المتحدث", color: "#2563eb" },
  { key: "source", name: "Source/outlet", nameAr: "المصدر/الوسيلة", color: "#7c3aed" },
  { key: "casualty", name: "Casualty figure", nameAr: "حصيلة الضحايا", color: "#dc2626" },
  { key: "count", name: "Count", nameAr: "عدد", color: "#ea580c" },
  { key: "date", name: "Date", nameAr: "تاريخ", color: "#0891b2" },
  { key: "place", name: "Place", nameAr: "مكان", color: "#16a34a" },
  { key: "organisation", name: "Organisation", nameAr: "منظمة", color: "#9333ea" },
  { key: "person", name: "Person", nameAr: "شخص", color: "#ca8a04" },
  { key: "weapon", name: "Weapon", nameAr: "سلاح", color: "#475569" },
] as const;
