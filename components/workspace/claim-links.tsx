"use client";
import { memo } from "react";
import { LinkClaimPanel } from "@/components/propositions/link-claim-panel";
import type { WorkspaceModel } from "@/lib/client/workspace-model";
import { useSaveState } from "./use-workspace-model";

interface ClaimLinksProps {
  spanKey: string;
  text: string;
  model: WorkspaceModel;
  projectId: string;
  canManage: boolean;
}

/**
 * Link the selected claim to propositions; a claim still being saved has no id to link yet.
 * The id comes with a save (a create or an undone delete answered), which changes the save
 * state, not the workspace's content: so this subscribes to it itself. Memoized: an edit
 * elsewhere does not re-render the ranked list.
 */
export const ClaimLinks = memo(function ClaimLinks({ spanKey, text, model, projectId, canManage }: ClaimLinksProps) {
  useSaveState(model);
  return <ClaimLinksFor spanKey={spanKey} text={text} serverId={model.serverId(spanKey)} projectId={projectId} canManage={canManage} />;
});

const ClaimLinksFor = memo(function ClaimLinksFor({
  spanKey,
  text,
  serverId,
  projectId,
  canManage,
}: Omit<ClaimLinksProps, "model"> & { serverId: string | undefined }) {
  return (
    <section data-testid="claim-links">
      {/* No heading of its own: the panel's "Linked propositions" names the section (two headings cost a line at 1280×800). */}
      {serverId ? (
        <LinkClaimPanel key={spanKey} projectId={projectId} annotation={{ id: serverId, label: "claim", text }} canManage={canManage} />
      ) : (
        <p className="text-xs text-slate-500">Saving the claim… it can be linked once saved.</p>
      )}
    </section>
  );
});
