// Outlet perspectives: the country or stance a source reports from.
export const PERSPECTIVES = ["JP", "KR", "US", "CN", "third-party", "other"] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export function isPerspective(v: string): v is Perspective {
  return (PERSPECTIVES as readonly string[]).includes(v);
}

export const PERSPECTIVE_NAMES: Record<Perspective, string> = {
  JP: "Japan",
  KR: "South Korea",
  US: "United States",
  CN: "China",
  "third-party": "Third party",
  other: "Other",
};
