"use client";

/**
 * The first Tab stop on every page: jumps past the header to the page's main content, or
 * straight into the article text where a page has one ([data-skip-target]).
 */
export function SkipLink() {
  return (
    <a
      href="#content"
      onClick={(e) => {
        const target = document.querySelector<HTMLElement>("[data-skip-target]") ?? document.getElementById("content");
        if (!target) return;
        e.preventDefault();
        target.focus();
        target.scrollIntoView({ block: "start" });
      }}
      className="sr-only z-50 rounded-md bg-indigo-700 px-3 py-2 text-sm font-medium text-white focus:not-sr-only focus:fixed focus:left-3 focus:top-3"
    >
      Skip to content
    </a>
  );
}
