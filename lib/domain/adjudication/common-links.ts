// Which proposition links a reviewer's edited gold span inherits: the links every version
// of the item agrees on (same proposition, same stance). Pure.
import { linksKey, type SpanLink } from "../spans/spans";

export function commonLinks(versions: readonly { links?: readonly SpanLink[] }[]): SpanLink[] {
  const [first, ...rest] = versions;
  if (!first) return [];
  return (first.links ?? []).filter((l) => rest.every((v) => (v.links ?? []).some((o) => linksKey([o]) === linksKey([l]))));
}
