import "server-only";
import type { RawQueries } from "../../db/raw";
import type { ProjectUser } from "@/lib/domain/formats/corpus";
import type { DefaultLayer, ImportTarget } from "./import-request";
import { GOLD_LAYER, layerUserId, userLayer } from "@/lib/domain/spans/layers";

// Who authored an imported span. The rule (README, "Exporting and importing"):
// - a source user is matched by email (JSONL header users, Label Studio completed_by
//   emails), or by id when the file came from this same instance;
// - the match counts only if that user is a member of the target project: then the span
//   keeps its author and its layer ("user:<that user>", or gold);
// - anyone else's spans go to the importing manager: an annotator layer becomes
//   "user:<importer>", gold stays gold with the importer as author. The report lists
//   those source users so the manager can add them as members and import again;
// - spans whose source names no layer (doccano, brat, Label Studio without completed_by)
//   go to "user:<importer>", or to gold when the import asks for layer=gold.
// - an explicit target overrides all of this: target=gold puts every span in gold (its
//   author resolved as above), target=<annotator id> puts every span in that annotator's
//   layer as their own work.

export interface ResolvedLayer {
  layer: string;
  authorId: string;
  /** The source named an author who is not a member here. */
  reassignedFrom?: string;
}

export class AuthorMap {
  private readonly memberByEmail = new Map<string, string>();
  private readonly memberIds = new Set<string>();
  private readonly emailOf = new Map<string, string>();
  /** Source users (email, else id) whose spans went to the importer. */
  readonly unknown = new Set<string>();

  private constructor(
    members: { id: string; email: string }[],
    private readonly importerId: string,
    private readonly defaultLayer: DefaultLayer,
    headerUsers: ProjectUser[],
    private readonly target: ImportTarget,
  ) {
    for (const r of members) {
      this.memberByEmail.set(r.email.toLowerCase(), r.id);
      this.memberIds.add(r.id);
    }
    for (const u of headerUsers) this.emailOf.set(u.id, u.email);
  }

  /** The map for an import into `projectId`, after its members as they are now. */
  static async load(
    db: RawQueries,
    projectId: string,
    importerId: string,
    defaultLayer: DefaultLayer,
    headerUsers: ProjectUser[] = [],
    target: ImportTarget = "authored",
  ): Promise<AuthorMap> {
    const members = await db.all<{ id: string; email: string }>(
      'SELECT DISTINCT u.id, u.email FROM Membership m JOIN "User" u ON u.id = m.userId WHERE m.projectId = ?',
      projectId,
    );
    return new AuthorMap(members, importerId, defaultLayer, headerUsers, target);
  }

  /** The member behind a source user id (or email), or null. */
  private member(source: string): string | null {
    const email = this.emailOf.get(source) ?? (source.includes("@") ? source : undefined);
    if (email !== undefined) {
      const byEmail = this.memberByEmail.get(email.toLowerCase());
      if (byEmail) return byEmail;
    }
    return this.memberIds.has(source) ? source : null;
  }

  private author(source: string | undefined): { id: string; reassignedFrom?: string } {
    if (source === undefined || source === "") return { id: this.importerId };
    const id = this.member(source);
    if (id) return { id };
    const label = this.emailOf.get(source) ?? source;
    this.unknown.add(label);
    return { id: this.importerId, reassignedFrom: label };
  }

  /** The annotator an import targets, when that is not an annotator of the project: a problem to report. */
  static async targetProblem(db: RawQueries, projectId: string, target: ImportTarget | undefined): Promise<string | null> {
    if (!target || typeof target === "string") return null;
    const ok = await db.value(
      "SELECT 1 FROM Membership WHERE projectId = ? AND userId = ? AND role = 'annotator'",
      projectId,
      target.userId,
    );
    return ok !== undefined
      ? null
      : `The chosen layer's user (${target.userId}) is not an annotator of this project; add them as an annotator or choose another layer.`;
  }

  /** Layer and author for a span; null when the source layer is neither gold nor user:<id>. */
  resolve(span: { layer?: string; authorId?: string }): ResolvedLayer | null {
    if (typeof this.target === "object") return { layer: userLayer(this.target.userId), authorId: this.target.userId };
    const resolved = this.resolveAuthored(span);
    if (this.target === "gold") return { ...(resolved ?? { authorId: this.importerId }), layer: GOLD_LAYER };
    return resolved;
  }

  private resolveAuthored(span: { layer?: string; authorId?: string }): ResolvedLayer | null {
    if (span.layer === undefined) {
      return this.defaultLayer === "gold"
        ? { layer: GOLD_LAYER, authorId: this.importerId }
        : { layer: userLayer(this.importerId), authorId: this.importerId };
    }
    if (span.layer === GOLD_LAYER) {
      const a = this.author(span.authorId);
      return { layer: GOLD_LAYER, authorId: a.id, ...(a.reassignedFrom ? { reassignedFrom: a.reassignedFrom } : {}) };
    }
    const layerUser = layerUserId(span.layer);
    if (layerUser === null) return null;
    // An annotator layer belongs to its user: the layer's user is the author.
    const a = this.author(layerUser);
    return { layer: userLayer(a.id), authorId: a.id, ...(a.reassignedFrom ? { reassignedFrom: a.reassignedFrom } : {}) };
  }
}
