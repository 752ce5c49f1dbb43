import { NotFoundView } from "@/components/layout/not-found-view";
import { getI18n } from "@/lib/i18n/locale";

export default async function NotFound() {
  const { t } = await getI18n();
  return <NotFoundView t={t} />;
}
