"use client";
import { memo } from "react";
import { LinkClaimPanel } from "@/components/propositions/link-claim-panel";

/**
 * Link the selected claim to propositions; a claim still being saved has no id to link yet.
 * Memoized (its props are strings): an edit elsewhere does not re-render the ranked list.
 */
export const ClaimLinks = memo(function ClaimLinks({
  spanKey,
  text,
  serverId,
  projectId,
  canManage,
}: {
  spanKey: string;
  text: string;
  serverId: string | undefined;
  projectId: string;
  canManage: boolean;
}) {
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
