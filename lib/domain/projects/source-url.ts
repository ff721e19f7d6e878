// A document's source URL: empty, or an absolute http(s) URL. One rule for the API's schema and
// every importer, so no path stores a javascript:, data: or protocol-relative link that a page
// would later render as a clickable href. Pure.
export const SOURCE_URL_MESSAGE = "url must start with http:// or https://";

export function isSourceUrl(u: string): boolean {
  if (u === "") return true;
  if (!/^https?:\/\/\S+$/i.test(u)) return false;
  try {
    const parsed = new URL(u);
    return (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.hostname !== "";
  } catch {
    return false;
  }
}
