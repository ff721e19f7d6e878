import { suggestClaims } from "@/lib/server/proposition-links";
import type { ProjectScope } from "@/lib/server/guards";
import { linkSuggestionAction } from "@/lib/actions/propositions";
import { ClaimSuggestions } from "./claim-suggestions";

/**
 * Suggestions rank every visible claim of the project, so the board streams them in after the
 * rest (inside a Suspense boundary): the board's first byte follows its own mentions.
 */
export async function BoardSuggestions({ scope, propositionId }: { scope: ProjectScope; propositionId: string }) {
  const suggestions = await suggestClaims(scope, propositionId);
  return <ClaimSuggestions suggestions={suggestions} action={linkSuggestionAction.bind(null, propositionId)} />;
}
