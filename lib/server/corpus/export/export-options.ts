import "server-only";
import { db } from "../../db/db";
import { assertScope, type ProjectScope } from "../../access/guards";
import { GOLD_LAYER, layerUserId } from "@/lib/domain/spans/layers";

export interface ExportChoice {
  value: string;
  label: string;
  count: number;
}

export interface ExportOptions {
  documents: number;
  /** gold, every layer, and each annotator layer with spans here, with span counts. */
  layers: ExportChoice[];
  statuses: ExportChoice[];
  perspectives: ExportChoice[];
}

/** What the export form offers: only layers, statuses and perspectives the project has. */
export async function getExportOptions(scope: ProjectScope): Promise<ExportOptions> {
  assertScope(scope);
  const projectId = scope.projectId;
  const [layers, statuses, perspectives] = await Promise.all([
    db.annotation.groupBy({ by: ["layer"], where: { document: { projectId } }, _count: { _all: true } }),
    db.document.groupBy({ by: ["status"], where: { projectId }, _count: { _all: true } }),
    db.document.groupBy({ by: ["perspective"], where: { projectId }, _count: { _all: true } }),
  ]);
  const userIds = layers.map((l) => layerUserId(l.layer)).filter((id): id is string => id !== null);
  const users = await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true, email: true } });
  const nameOf = new Map(users.map((u) => [u.id, `${u.name} (${u.email})`]));
  const total = layers.reduce((n, l) => n + l._count._all, 0);
  const gold = layers.find((l) => l.layer === GOLD_LAYER)?._count._all ?? 0;
  const annotators = layers
    .flatMap((l) => {
      const id = layerUserId(l.layer);
      return id === null ? [] : [{ value: id, label: nameOf.get(id) ?? l.layer, count: l._count._all }];
    })
    .sort((a, b) => a.label.localeCompare(b.label));
  return {
    documents: statuses.reduce((n, s) => n + s._count._all, 0),
    layers: [{ value: "all", label: "Every layer", count: total }, { value: "gold", label: "Gold", count: gold }, ...annotators],
    statuses: statuses.map((s) => ({ value: s.status, label: s.status.replace(/_/g, " "), count: s._count._all })),
    perspectives: perspectives.map((p) => ({ value: p.perspective, label: p.perspective, count: p._count._all })),
  };
}
