// Colours and words for link stances, shared by the board, the chart and the link panel.
// Okabe–Ito colours, so supports/refutes stay apart for red–green colour-blind readers;
// every place that uses colour also prints the word.
// The stances themselves, their order and their meanings are lib/domain/propositions/link-stances.ts.
import { LINK_STANCE_MEANING, LINK_STANCES, type LinkStance } from "@/lib/domain/propositions/link-stances";

const COLOURS: Record<LinkStance, { color: string; tint: string }> = {
  supports: { color: "#009E73", tint: "#009E7324" },
  refutes: { color: "#D55E00", tint: "#D55E0024" },
  reports: { color: "#0072B2", tint: "#0072B21f" },
};

export const STANCE_STYLE = Object.fromEntries(
  LINK_STANCES.map((stance) => [stance, { ...COLOURS[stance], label: stance, help: LINK_STANCE_MEANING[stance] }]),
) as Record<LinkStance, { color: string; tint: string; label: string; help: string }>;

/** The domain's order (supports, refutes, reports), for every list, legend and picker. */
export const STANCE_ORDER: readonly LinkStance[] = LINK_STANCES;
