"use client";

import { useEffect, useState } from "react";
import { entitiesApi } from "@/components/entities/entities-api";

/** The project's people and organisations, loaded when a statement's form opens (none without a project). */
export function useSpeakerEntities(projectId: string | undefined) {
  const [entities, setEntities] = useState<{ id: string; nameAr: string; nameEn: string }[]>([]);
  useEffect(() => {
    if (!projectId) return;
    const controller = new AbortController();
    Promise.all(
      (["PERSON", "ORGANISATION"] as const).map((kind) => entitiesApi.search(projectId, { kind }, controller.signal)),
    )
      .then((lists) => setEntities(lists.flat().sort((a, b) => a.nameAr.localeCompare(b.nameAr, "ar"))))
      // Without the list the form still works: the proposed speaker stays.
      .catch(() => undefined);
    return () => controller.abort();
  }, [projectId]);
  return entities;
}
