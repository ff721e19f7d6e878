// Fresh held-out claims for claim matching (npm run eval:linking), written 2026-12-03 after the
// tune and held-out halves of ./cases had been looked at during tuning. Same story, same eight
// propositions, same kinds and stance rules as ./cases, in wording that occurs neither in the
// demo corpus nor in ./cases (other verbs, nouns and sentence shapes; several paraphrases share no
// content word with their proposition's statement). Written from the propositions alone, without
// running the matcher; nobody tuning the matcher may read this file.
import { writtenClaims, type DistractorRow, type EvalClaim, type Row } from "./cases";

const PARAPHRASES: Record<string, Row[]> = {
  retaliation: [
    [
      "Many in Seoul regard the chip-chemical curbs as Tokyo getting even over the conscript lawsuits",
      "reports",
      "South Korean public",
      "KR",
    ],
    [
      "Tokyo's squeeze on semiconductor suppliers was a reprisal against Korean judges who made Japanese firms compensate former labourers",
      "supports",
      "Kyunghyang Shinmun",
      "KR",
    ],
    [
      "Japan's trade ministry rejected any link between the licensing requirements and the litigation over colonial-era mobilisation",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    ["The chemical restrictions Tokyo imposed amounted to revenge for the conscription judgments", "supports", "Kyunghyang Shinmun", "KR"],
  ],
  "us-sided-with-japan": [
    ["Washington quietly lined up behind Tokyo in its feud with Seoul", "supports", "Yomiuri Shimbun", "JP"],
    ["American diplomats were careful to stay neutral as Tokyo and Seoul feuded throughout 2019", "refutes", "Washington Post", "US"],
    ["Korean officials grumbled that the Trump administration had tilted in Japan's favour", "reports", "South Korean officials", "KR"],
    ["The White House publicly endorsed Japan's handling of the trade row", "supports", "Fuji News Network", "JP"],
  ],
  "settled-1965": [
    [
      "Tokyo insists the $500 million package paid out when ties were restored wiped the slate clean on colonial-era labour claims",
      "supports",
      "Japanese government",
      "JP",
    ],
    [
      "In Seoul's view, the normalisation deal left individual victims free to pursue Japanese firms in court",
      "refutes",
      "South Korean government",
      "KR",
    ],
    [
      "Japanese diplomats say the postwar treaty with Seoul disposed of every reparations question once and for all",
      "supports",
      "Japanese government",
      "JP",
    ],
    [
      "Korea's top judges concluded that the bilateral pact did not cover damages for mistreated conscripts",
      "refutes",
      "South Korean Supreme Court",
      "KR",
    ],
  ],
  whitelist: [
    ["Tokyo downgraded Seoul to a lower tier of export partners, ending its streamlined licensing", "supports", "Jiji Press", "JP"],
    [
      "South Korean exporters now need case-by-case approval for Japanese items after Seoul lost its privileged status",
      "supports",
      "Maeil Business Newspaper",
      "KR",
    ],
    ["A ruling-party lawmaker said Japan had no intention of demoting Korea's trade standing", "refutes", "Japanese lawmaker", "JP"],
  ],
  boycott: [
    ["Korean shoppers turned their backs on products made in Japan during the summer of 2019", "supports", "Dong-A Ilbo", "KR"],
    [
      "Showrooms selling Toyotas and Hondas in Seoul stood empty as locals refused to buy them",
      "supports",
      "Financial Times",
      "third-party",
    ],
    ["Seoul merchants denied that any organized campaign against Japanese brands was under way", "refutes", "Seoul merchants", "KR"],
    [
      "Japanese media portrayed the shunning of their brands as a campaign stirred up by Korean politicians",
      "reports",
      "Japanese media",
      "JP",
    ],
  ],
  gsomia: [
    ["Seoul let the military data-sharing arrangement with Tokyo lapse", "supports", "Hankook Ilbo", "KR"],
    [
      "The Moon government gave notice that it would quit the pact that lets the two neighbours swap information on North Korean missiles",
      "supports",
      "Deutsche Welle",
      "third-party",
    ],
    [
      "Seoul's defence ministry said there had been no decision to walk away from the intelligence accord with Tokyo",
      "refutes",
      "South Korean defence ministry",
      "KR",
    ],
  ],
  wto: [
    [
      "Seoul asked international arbiters in Geneva to declare the licensing rules Tokyo had introduced unlawful",
      "supports",
      "Reuters",
      "third-party",
    ],
    [
      "Korea's trade minister announced that the country had initiated litigation at the WTO against Japan's curbs",
      "supports",
      "KBS",
      "KR",
    ],
    ["Seoul held off on a legal challenge in Geneva, hoping talks with Tokyo would make one unnecessary", "refutes", "Nikkei Asia", "JP"],
  ],
  "lax-controls": [
    [
      "Japanese officials hinted that hydrogen fluoride shipped to Korea might have ended up in North Korea",
      "supports",
      "Japanese government",
      "JP",
    ],
    ["Seoul's trade ministry called Tokyo's accusations of weak export vetting baseless", "refutes", "South Korean trade ministry", "KR"],
    [
      "Tokyo justified the curbs by pointing to cases of strategic materials going unaccounted for in South Korea",
      "supports",
      "Fuji News Network",
      "JP",
    ],
  ],
};

// Same story, no proposition: markets, chemistry, people, the court cases, Seoul's own measures
// (including its mirror move against Japan and a WTO meeting that was not a complaint).
const DISTRACTORS: DistractorRow[] = [
  ["Shares of Korean chip-materials makers such as Soulbrain jumped on hopes of local substitution", "Maeil Business Newspaper", "KR"],
  ["Photoresist is a light-sensitive coating used to pattern circuits on wafers", "Nikkei Asia", "JP"],
  ["Hiroshige Seko, then Japan's trade minister, posted a lengthy explanation on Twitter", "Jiji Press", "JP"],
  ["The won slid to its weakest level against the dollar in nearly three years", "Bloomberg", "third-party"],
  ["Samsung's vice chairman flew to Tokyo to meet suppliers in the days after the announcement", "Hankook Ilbo", "KR"],
  ["The plaintiffs' lawyers asked a Daegu court to sell seized shares of a Nippon Steel joint venture", "Dong-A Ilbo", "KR"],
  ["Seoul dropped Japan from its own roster of favoured trading nations in September", "KBS", "KR"],
  ["Seoul unveiled a 7.8 trillion won plan to nurture domestic suppliers of parts and materials", "Korea JoongAng Daily", "KR"],
  ["Diplomats from both countries traded barbs at a WTO General Council session in July", "Reuters", "third-party"],
  ["Japan's shipments of hydrogen fluoride to Korea resumed in small quantities after licences were granted", "Fuji News Network", "JP"],
  ["The foreign ministers shook hands in Bangkok but made no progress", "Washington Post", "US"],
];

export const FRESH_CLAIMS: EvalClaim[] = writtenClaims(PARAPHRASES, DISTRACTORS, () => "fresh");
