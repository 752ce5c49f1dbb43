import { cn } from "@/components/ui/cn";
import type { TEntityRef } from "@/components/claims/types";

/** An entity's two names, each in its own script and direction: «الحشد الشعبي» · Popular Mobilization Forces. */
export function EntityName({
  entity,
  className,
}: {
  entity: Pick<TEntityRef, "nameAr" | "nameEn">;
  className?: string;
}) {
  return (
    <span className={cn("inline-flex flex-wrap items-baseline gap-x-1.5", className)} data-testid="entity-name">
      <span lang="ar" dir="rtl" className="text-arabic">
        {entity.nameAr}
      </span>
      {entity.nameEn ? (
        <>
          <span aria-hidden="true" className="text-slate-400">
            ·
          </span>
          <span lang="en" dir="ltr">
            {entity.nameEn}
          </span>
        </>
      ) : null}
    </span>
  );
}
