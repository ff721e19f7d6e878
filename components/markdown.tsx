import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

// react-markdown never renders raw HTML (no rehype-raw) and drops javascript: URLs, so
// guidelines written by any manager are safe to show to everyone.
export function Markdown({ source }: { source: string }) {
  return (
    <div className="prose-guidelines">
      <ReactMarkdown remarkPlugins={[remarkGfm]}>{source}</ReactMarkdown>
    </div>
  );
}
