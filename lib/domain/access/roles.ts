// Who may do what inside a project. Pure: the server guards consult this table, and the UI
// uses it only to hide controls the server would refuse anyway.
export const ROLES = ["manager", "reviewer", "annotator"] as const;
export type Role = (typeof ROLES)[number];

export type Capability =
  | "project:read"
  | "project:edit"
  | "members:manage"
  | "documents:add"
  | "annotate"
  | "layers:read-all"
  | "review"
  | "assign"
  | "propositions:manage"
  | "propositions:propose"
  | "corpus:export"
  | "corpus:import";

const GRANTS: Record<Role, readonly Capability[]> = {
  annotator: ["project:read", "annotate", "propositions:propose"],
  reviewer: ["project:read", "layers:read-all", "review", "propositions:manage", "propositions:propose", "corpus:export"],
  manager: [
    "project:read",
    "project:edit",
    "members:manage",
    "documents:add",
    "annotate",
    "layers:read-all",
    "review",
    "assign",
    "propositions:manage",
    "propositions:propose",
    "corpus:export",
    "corpus:import",
  ],
};

export function isRole(v: string): v is Role {
  return (ROLES as readonly string[]).includes(v);
}

/** A global admin acts as a manager in every project (to rescue projects with no manager). */
export function can(roles: Iterable<Role>, isAdmin: boolean, capability: Capability): boolean {
  if (isAdmin && GRANTS.manager.includes(capability)) return true;
  for (const role of roles) if (GRANTS[role].includes(capability)) return true;
  return false;
}

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  manager: "edits the project, labels, members and documents; assigns work",
  reviewer: "sees every annotator's layer, adjudicates gold, manages propositions",
  annotator: "tags spans in their own layer",
};
