// Colours and words for link stances, shared by the board, the chart and the link panel.
// Okabe–Ito colours, so supports/refutes stay apart for red–green colour-blind readers;
// every place that uses colour also prints the word.
import type { LinkStance } from "@/lib/domain/propositions/framing";

export const STANCE_STYLE: Record<LinkStance, { color: string; tint: string; label: string; help: string }> = {
  supports: { color: "#009E73", tint: "#009E7324", label: "supports", help: "the claim says the proposition is true" },
  refutes: { color: "#D55E00", tint: "#D55E0024", label: "refutes", help: "the claim says the proposition is false" },
  reports: { color: "#0072B2", tint: "#0072B21f", label: "reports", help: "the claim says someone holds it, without endorsing it" },
};

export const STANCE_ORDER: readonly LinkStance[] = ["supports", "refutes", "reports"];
