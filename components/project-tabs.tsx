"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function ProjectTabs({ tabs }: { tabs: { href: string; label: string }[] }) {
  const path = usePathname();
  // The longest matching prefix wins, so /projects/x/settings does not also light up /projects/x.
  const active = tabs
    .filter((t) => path === t.href || path.startsWith(t.href + "/"))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
  return (
    // Scrolls sideways inside itself on a narrow screen instead of widening the page.
    <nav className="flex gap-1 overflow-x-auto whitespace-nowrap border-b border-slate-200 text-sm" aria-label="Project">
      {tabs.map((t) => (
        <Link
          key={t.href}
          href={t.href}
          className={`-mb-px border-b-2 px-3 py-2 ${t.href === active ? "border-indigo-600 font-medium text-indigo-700" : "border-transparent text-slate-600 hover:text-slate-900"}`}
        >
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
