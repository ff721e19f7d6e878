import { describe, expect, it } from "vitest";
import { assertScope, type ProjectScope } from "@/lib/server/access/guards";
import type { Actor } from "@/lib/server/access/actor";
import type { Role } from "@/lib/domain/access/roles";

// tsc checks this file (npm run typecheck, next build): the @ts-expect-error lines fail the
// type check as soon as an object literal would be accepted where a ProjectScope is required.

const actor: Actor = { id: "u1", email: "a@example.com", name: "A", isAdmin: true, via: "session" };
const lookalike = { projectId: "p1", actor, roles: new Set<Role>(["manager"]), can: () => true };

function projectOf(scope: ProjectScope): string {
  return scope.projectId;
}

describe("ProjectScope is a brand only the guards mint", () => {
  it("rejects an object literal with every field at compile time", () => {
    // @ts-expect-error a literal has the fields but not the guard's brand
    const forged: ProjectScope = { projectId: "p1", actor, roles: new Set<Role>(), can: () => true };
    // @ts-expect-error the same for a value passed where a scope is required
    const call = () => projectOf(lookalike);
    expect(forged.projectId).toBe("p1");
    expect(call()).toBe("p1");
  });

  it("refuses the same lookalike at run time, where a value crossed an any", () => {
    expect(() => assertScope(lookalike as unknown as ProjectScope)).toThrow("ProjectScope was not created by a guard");
  });
});
