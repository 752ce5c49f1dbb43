import Link from "next/link";
import { Fragment } from "react";
import type { Messages } from "@/lib/i18n/messages";
import { cn } from "./cn";

/**
 * The trail above a project page's title: Projects / the project / any further steps. Names
 * are the user's text, in either script, so each link sets its own direction.
 */
export function Breadcrumb({
  t,
  project,
  trail = [],
  className = "mb-1",
}: {
  t: Pick<Messages, "nav">;
  project?: { id: string; name: string };
  trail?: { href: string; label: string }[];
  className?: string;
}) {
  const steps = [
    { href: "/projects", label: t.nav.projects },
    ...(project ? [{ href: `/projects/${project.id}`, label: project.name }] : []),
    ...trail,
  ];
  return (
    <nav
      aria-label={t.nav.breadcrumb}
      className={cn("flex flex-wrap items-center gap-1.5 text-xs text-slate-500", className)}
    >
      {steps.map((step, i) => (
        <Fragment key={step.href}>
          {i > 0 ? <span aria-hidden="true">/</span> : null}
          <Link href={step.href} dir="auto" className="hover:text-slate-800 hover:underline">
            {step.label}
          </Link>
        </Fragment>
      ))}
    </nav>
  );
}
