import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";

const tones: Record<Role, BadgeTone> = { ANALYST: "blue", REVIEWER: "amber", MANAGER: "violet" };

export function RoleBadge({ role, t }: { role: Role; t: Messages }) {
  return <Badge tone={tones[role]}>{t.roles[role]}</Badge>;
}
