import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import type { Messages } from "@/lib/i18n/messages";

const tones: Record<ArticleStatus, BadgeTone> = { NEW: "neutral", IN_PROGRESS: "amber", DONE: "green" };

export function StatusBadge({ status, t }: { status: ArticleStatus; t: Messages }) {
  return <Badge tone={tones[status]}>{t.articleStatus[status]}</Badge>;
}
