import type { ReactElement } from "react";
import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

// react-markdown never renders raw HTML (no rehype-raw) and drops javascript: URLs, so
// guidelines written by any manager are safe to show to everyone.

/**
 * Rendered trees by source, most recent last. A project's guidelines come with every workspace
 * load and parsing them took ~8 ms of the server per load (bench:workspace, server profile);
 * React elements are immutable, so one tree serves every request until the text changes.
 */
const rendered = new Map<string, ReactElement>();
const KEEP = 32;

function render(source: string): ReactElement {
  let tree = rendered.get(source);
  if (tree) rendered.delete(source);
  // Markdown (react-markdown's default export) is synchronous and uses no hooks: a plain call.
  else tree = ReactMarkdown({ children: source, remarkPlugins: [remarkGfm] });
  rendered.set(source, tree);
  if (rendered.size > KEEP) rendered.delete(rendered.keys().next().value!);
  return tree;
}

export function Markdown({ source }: { source: string }) {
  return <div className="prose-guidelines">{render(source)}</div>;
}
