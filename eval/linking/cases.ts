// Evaluation set for claim matching (npm run eval:linking). Written before the new matcher was
// tuned, in wording that does not occur in the demo corpus (no "retaliat-", "retribution",
// "tit-for-tat"; other verbs, other nouns, other sentence shapes). Two kinds of case:
// - paraphrase: a claim about one of the propositions below, with the stance a reviewer
//   would give it (supports / refutes / reports: "reports" when the claim tells of someone's
//   view or accusation rather than stating or denying it).
// - distractor: a claim about the same story that belongs to no proposition (market moves,
//   chemistry, meetings, the court cases themselves), so topic words alone do not decide.
// The split is fixed here, case by case, before any tuning: within each proposition group
// and among the distractors the cases alternate tune, held-out, tune, … Tuning may look at
// "tune" cases only; the eval prints the held-out half separately.
import type { Perspective } from "../../lib/domain/projects/perspectives";

export interface EvalProposition {
  key: string;
  statement: string;
}

export interface EvalClaim {
  text: string;
  kind: "paraphrase" | "distractor";
  /** The proposition it is about (paraphrases only). */
  proposition: string | null;
  stance: "supports" | "refutes" | "reports" | null;
  holder: string;
  perspective: Perspective;
  split: WrittenSet;
}

/** The written sets, in the order they were written (the demo's claims are the "demo" set besides). */
export type WrittenSet =
  | "tune"
  | "held-out"
  | "fresh"
  | "fresh2"
  | "fresh3"
  | "fresh4"
  | "fresh5"
  | "fresh6"
  | "fresh7"
  | "fresh8"
  | "fresh9"
  | "fresh10"
  | "fresh11";

/** Propositions beside the demo's three (retaliation, us-sided-with-japan, settled-1965). */
export const EXTRA_PROPOSITIONS: EvalProposition[] = [
  { key: "whitelist", statement: "Japan removed South Korea from its list of countries given preferential treatment in trade" },
  { key: "boycott", statement: "South Korean consumers boycotted Japanese goods because of the trade dispute" },
  { key: "gsomia", statement: "South Korea decided to end its military intelligence-sharing agreement with Japan" },
  { key: "wto", statement: "South Korea filed a complaint against Japan's export controls at the World Trade Organization" },
  { key: "lax-controls", statement: "Lax South Korean management of strategic goods posed a security risk" },
];

/** A written paraphrase: its text, the stance a reviewer would give it, the holder and the outlet's perspective. */
export type Row = [text: string, stance: EvalClaim["stance"], holder: string, perspective: Perspective];
/** A written distractor: its text, holder and perspective. */
export type DistractorRow = [text: string, holder: string, perspective: Perspective];

/** A set's claims from its rows; `split` gives each paraphrase or distractor (by its index) its split. */
export function writtenClaims(
  paraphrases: Record<string, Row[]>,
  distractors: DistractorRow[],
  split: (i: number) => EvalClaim["split"],
): EvalClaim[] {
  return [
    ...Object.entries(paraphrases).flatMap(([proposition, rows]) =>
      rows.map(([text, stance, holder, perspective], i) => ({
        text,
        kind: "paraphrase" as const,
        proposition,
        stance,
        holder,
        perspective,
        split: split(i),
      })),
    ),
    ...distractors.map(([text, holder, perspective], i) => ({
      text,
      kind: "distractor" as const,
      proposition: null,
      stance: null,
      holder,
      perspective,
      split: split(i),
    })),
  ];
}

const PARAPHRASES: Record<string, Row[]> = {
  retaliation: [
    [
      "Tokyo's curbs on chip materials were payback for the Korean judges' decisions on compensating conscripted workers",
      "supports",
      "Hankyoreh",
      "KR",
    ],
    [
      "Seoul views the new licensing rules as a punitive measure over the verdicts on wartime conscription",
      "reports",
      "South Korean government",
      "KR",
    ],
    [
      "The restrictions were imposed in response to the court verdicts ordering Japanese companies to pay former laborers",
      "supports",
      "Reuters",
      "third-party",
    ],
    ["Japan is punishing Korea for the top court's judgments against Nippon Steel and Mitsubishi", "supports", "Korea Herald", "KR"],
    [
      "A Japanese spokesman insisted the trade measures had nothing to do with the compensation lawsuits",
      "refutes",
      "Japanese government",
      "JP",
    ],
    ["Analysts described the move as Tokyo hitting back at Seoul over the conscription cases", "reports", "analysts", "third-party"],
    ["The government in Tokyo denied that the chip-material rules were meant to penalize Seoul", "refutes", "Japanese government", "JP"],
    ["Critics in Seoul accused Tokyo of using trade as a weapon to settle a historical grievance", "reports", "critics", "KR"],
    [
      "Tokyo moved against Korean chipmakers because of the rulings that let plaintiffs seize Japanese company assets",
      "supports",
      "Chosun Ilbo",
      "KR",
    ],
  ],
  "us-sided-with-japan": [
    ["Washington backed Tokyo's position in the row with Seoul", "supports", "NHK", "JP"],
    ["American officials stood behind Japan in the quarrel over trade", "supports", "Sankei", "JP"],
    ["The State Department refused to take sides between its two allies", "refutes", "US State Department", "US"],
    [
      "The Trump administration urged both Asian allies to resolve the quarrel without favoring either",
      "refutes",
      "Associated Press",
      "US",
    ],
    ["Seoul complained that Washington was leaning toward Tokyo", "reports", "South Korean government", "KR"],
    ["Washington endorsed the Japanese view that the 1965 treaty closed the matter", "supports", "Nikkei", "JP"],
  ],
  "settled-1965": [
    [
      "The normalization treaty between the two countries closed every compensation demand for good",
      "supports",
      "Japanese government",
      "JP",
    ],
    ["Tokyo maintains that the bilateral accord signed in 1965 put an end to all such demands", "supports", "Japanese government", "JP"],
    [
      "Korean judges ruled that the 1965 treaty did not extinguish individual victims' right to sue",
      "refutes",
      "South Korean Supreme Court",
      "KR",
    ],
    ["Seoul argues the 1965 deal never covered the personal claims of mobilized workers", "refutes", "South Korean government", "KR"],
    [
      "Japan considers the question of paying conscripted laborers closed since the 1965 normalization",
      "supports",
      "Japanese government",
      "JP",
    ],
  ],
  whitelist: [
    ["Tokyo dropped Seoul from its group of preferred trading partners", "supports", "Kyodo", "JP"],
    ["Korea lost its fast-track status for buying sensitive Japanese goods", "supports", "Yonhap", "KR"],
    ["Japan struck its neighbour off the roster of trusted export destinations", "supports", "The Guardian", "third-party"],
    ["Officials in Tokyo said Korea would keep its preferential trade status", "refutes", "Japanese officials", "JP"],
    ["The cabinet approved a plan to strip Korea of favourable export treatment", "supports", "Asahi", "JP"],
  ],
  boycott: [
    ["Shoppers in Seoul shunned Japanese beer and clothing brands", "supports", "Korea Times", "KR"],
    ["Sales of Uniqlo shirts and Asahi beer collapsed in Korea as buyers stayed away", "supports", "Bloomberg", "third-party"],
    ["Korean travellers cancelled trips to Japan in protest", "supports", "JoongAng", "KR"],
    ["Retailers said Korean customers were not avoiding Japanese products", "refutes", "retailers", "JP"],
    ["A campaign urging Koreans not to buy Japanese merchandise spread online", "supports", "Hankyoreh", "KR"],
  ],
  gsomia: [
    ["Seoul said it would scrap the pact on sharing military secrets with Tokyo", "supports", "Yonhap", "KR"],
    ["South Korea pulled out of the defence intelligence accord with Japan", "supports", "BBC", "third-party"],
    ["The presidential office said the military information deal would stay in place", "refutes", "Blue House", "KR"],
    ["Seoul announced the termination of the bilateral military intelligence agreement", "supports", "Kyodo", "JP"],
  ],
  wto: [
    ["Seoul took its trade grievance against Tokyo to the global trade body in Geneva", "supports", "AFP", "third-party"],
    ["Korea lodged a formal dispute with the WTO over the chip-material restrictions", "supports", "Yonhap", "KR"],
    ["South Korea said it had no plan to bring the case before international trade judges", "refutes", "South Korean government", "KR"],
    ["Korea asked the Geneva-based body to rule on Tokyo's curbs", "supports", "Nikkei", "JP"],
  ],
  "lax-controls": [
    ["Tokyo cited sloppy Korean oversight of sensitive chemicals as the reason for the rules", "supports", "Japanese government", "JP"],
    ["Japan argued the chemicals could be diverted to weapons makers if left unchecked in Korea", "supports", "Japanese government", "JP"],
    ["Seoul rejected the claim that its handling of dual-use materials was unsafe", "refutes", "South Korean government", "KR"],
    ["Korean officials insisted their oversight of exported chemicals was not careless", "refutes", "South Korean officials", "KR"],
  ],
};

const DISTRACTORS: DistractorRow[] = [
  ["Samsung shares fell 2 percent on the Seoul bourse on Monday", "Reuters", "third-party"],
  ["Hydrogen fluoride is used to etch silicon wafers", "Nikkei", "JP"],
  ["The two foreign ministers met on the sidelines of a regional forum in Bangkok", "Kyodo", "JP"],
  ["Japanese chemical makers account for most of the world's supply of fluorinated polyimide", "Bloomberg", "third-party"],
  ["Moon Jae-in called for calm and national unity in a cabinet meeting", "Yonhap", "KR"],
  ["Korea's chip exports fell for the ninth straight month in August", "Korea Herald", "KR"],
  ["The Korean peninsula was ruled by Japan from 1910 until the end of the Second World War", "AFP", "third-party"],
  ["Tokyo Electron said it had enough inventory to keep shipping for weeks", "Nikkei", "JP"],
  ["Thousands rallied in central Seoul on Saturday evening", "Korea Times", "KR"],
  ["Trade ministry officials from both sides held a five-hour briefing in a bare meeting room", "Asahi", "JP"],
  ["Kim Hyun-chong flew to Washington for talks with White House officials", "Yonhap", "KR"],
  ["The yen strengthened against the won after the announcement", "Bloomberg", "third-party"],
  ["Display panel makers are scrambling to find alternative suppliers in China and Taiwan", "Chosun Ilbo", "KR"],
  ["Japan held an upper house election on July 21", "NHK", "JP"],
  ["Korean lawmakers proposed a bill to fund domestic research on materials", "JoongAng", "KR"],
  ["Nippon Steel said it would not comply with the order to pay the plaintiffs", "Kyodo", "JP"],
  ["The Supreme Court in Seoul ordered Mitsubishi Heavy Industries to pay ten former workers", "Korea Herald", "KR"],
  ["The United States said it would host three-way talks with both allies in August", "Associated Press", "US"],
];

const alternate = (i: number): EvalClaim["split"] => (i % 2 === 0 ? "tune" : "held-out");

export const EVAL_CLAIMS: EvalClaim[] = writtenClaims(PARAPHRASES, DISTRACTORS, alternate);
