// Second fresh held-out set for claim matching (npm run eval:linking), written 2026-12-03 from
// the eight propositions' statements alone (the demo's three in prisma/demo/annotations.json and
// EXTRA_PROPOSITIONS in ./cases), without running the matcher, reading its code or looking at
// its output. Same story (Japan's 2019 export controls on South Korea and the dispute around
// them), same kinds and stance rules as ./cases: a paraphrase carries the stance a reviewer
// would give it (supports / refutes / reports, "reports" when it tells of someone's view or
// accusation rather than stating or denying it); a distractor is about the same story and
// belongs to no proposition (markets, chemistry, meetings, tourism, the court cases, US and WTO
// business that is not about the dispute, Seoul's own mirror measures), so that topic words
// alone do not decide. Wording avoids the demo corpus, ./cases and ./fresh-cases (other verbs,
// nouns, idioms and sentence shapes, passive voice, negation, hedges, reported speech); many
// paraphrases share no content word with their proposition's statement. Reported only until its
// one closing measurement; a tuning set since 2026-12-03 (the matcher's fourth pass looked at it).
import { writtenClaims, type DistractorRow, type EvalClaim, type Row } from "./cases";

const PARAPHRASES: Record<string, Row[]> = {
  retaliation: [
    [
      "The licensing hurdles for chip chemicals were Tokyo's way of settling scores with Seoul over the judges' compensation orders for colonial-era conscripts",
      "supports",
      "Seoul Shinmun",
      "KR",
    ],
    [
      "Moon Jae-in's government accused Tokyo of exacting a price from Korean industry because it disliked what Korean judges had decided about mobilised workers",
      "reports",
      "South Korean government",
      "KR",
    ],
    [
      "Tokyo has never accepted that its tighter licensing was linked to the conscript compensation cases, describing it instead as a matter of national security",
      "refutes",
      "Japanese government",
      "JP",
    ],
    [
      "It was the court decisions on compensation for conscripted Koreans that prompted Japan to tighten export screening in July 2019",
      "supports",
      "Korea Institute for International Economic Policy",
      "KR",
    ],
    [
      "The new procedures for fluorinated polyimide, photoresist and hydrogen fluoride were not meant as a sanction over history, a METI official told reporters",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Western commentators widely read Tokyo's chemical licensing move as a diplomatic counterpunch aimed at Seoul's judiciary",
      "reports",
      "Western commentators",
      "third-party",
    ],
    [
      "The timing suggests the curbs were bound up with Tokyo's anger at the Supreme Court's forced-labour judgments",
      "supports",
      "Asahi Shimbun",
      "JP",
    ],
  ],
  "us-sided-with-japan": [
    [
      "Pompeo privately signalled sympathy for Tokyo's legal reading of the postwar settlement during talks in Bangkok",
      "supports",
      "Kyodo",
      "JP",
    ],
    ["Washington cast itself as an honest broker and declined to pick a winner in the feud", "refutes", "US State Department", "US"],
    [
      "Officials at Cheong Wa Dae voiced frustration that Washington appeared to be in Tokyo's corner",
      "reports",
      "South Korean presidential office",
      "KR",
    ],
    [
      "There is no evidence the Trump team sided with either ally in the 2019 row, a former American ambassador to Seoul wrote",
      "refutes",
      "former US ambassador",
      "US",
    ],
    [
      "Tokyo could count on the Trump White House throughout its 2019 quarrel with Seoul, people briefed on the conversations said",
      "supports",
      "Japanese government sources",
      "JP",
    ],
    [
      "The Americans were not in Tokyo's camp, a US official insisted, arguing that both allies shared the blame",
      "refutes",
      "US official",
      "US",
    ],
  ],
  "settled-1965": [
    [
      "The grants and loans Tokyo provided when relations were normalised closed the books on any individual redress for the colonial period",
      "supports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "South Korea's Supreme Court held in 2018 that the right of conscripted workers to seek damages survived the normalisation pact",
      "refutes",
      "South Korean Supreme Court",
      "KR",
    ],
    [
      "Chief Cabinet Secretary Yoshihide Suga repeated that, as far as Tokyo was concerned, the matter was dealt with completely in 1965",
      "reports",
      "Kyodo",
      "JP",
    ],
    [
      "Every outstanding demand arising from the colonial era was laid to rest when the two countries restored ties, Japan's foreign ministry says",
      "supports",
      "Japanese foreign ministry",
      "JP",
    ],
    [
      "Seoul has held since 2005 that the treaty did not extend to crimes against humanity such as forced mobilisation",
      "refutes",
      "South Korean government",
      "KR",
    ],
    [
      "Some international lawyers doubt that a deal struck between two states could strip victims of their personal entitlement to redress",
      "refutes",
      "international lawyers",
      "third-party",
    ],
  ],
  whitelist: [
    ["In August 2019 Tokyo relegated Seoul from Group A to Group B in its export classification", "supports", "Nikkei", "JP"],
    [
      "Korea became the first nation ever expelled from Japan's register of low-risk buyers of sensitive technology",
      "supports",
      "Korea JoongAng Daily",
      "KR",
    ],
    [
      "A Japanese trade ministry spokesman dismissed as groundless reports that Seoul would be deprived of its simplified licensing privileges",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Korean officials accused Tokyo of branding their nation an unreliable customer when it cancelled Seoul's bulk licences",
      "reports",
      "South Korean officials",
      "KR",
    ],
    [
      "Japan's revised cabinet order, effective Aug. 28, 2019, moved Korea down to a category of buyers that faces closer scrutiny",
      "supports",
      "Mainichi Shimbun",
      "JP",
    ],
    [
      "Japanese officials argued that Korea had not really lost any privileges, since it was simply handled like most other Asian economies",
      "refutes",
      "Japanese officials",
      "JP",
    ],
  ],
  boycott: [
    [
      "Sales of Japanese cars in Korea fell by more than half in the months after the chemical curbs as Korean buyers snubbed Japanese brands",
      "supports",
      "Korea Automobile Importers and Distributors Association",
      "KR",
    ],
    ["The 'No Japan' movement kept Korean holidaymakers away from Osaka and Fukuoka", "supports", "Seoul Economic Daily", "KR"],
    [
      "Japanese brand managers said Korean demand had held up and that talk of a consumer revolt was overblown",
      "refutes",
      "Japanese retailers",
      "JP",
    ],
    [
      "Japanese officials complained that Korean politicians were egging shoppers on to turn against their products",
      "reports",
      "Japanese officials",
      "JP",
    ],
    [
      "Japanese beer was pulled from the shelves of thousands of Korean convenience stores as customers stopped asking for it",
      "supports",
      "Money Today",
      "KR",
    ],
    [
      "Customs data showed no drop in Korean purchases of Japanese consumer products in July, a Tokyo official maintained",
      "refutes",
      "Japanese finance ministry",
      "JP",
    ],
  ],
  gsomia: [
    ["In August 2019 Seoul announced it would not renew GSOMIA when it came up for extension", "supports", "Yonhap", "KR"],
    [
      "The pact on exchanging classified defence data was ditched by the Moon administration",
      "supports",
      "The Straits Times",
      "third-party",
    ],
    ["Moon's security advisers denied that Seoul was abandoning its information-sharing deal with Tokyo", "refutes", "Blue House", "KR"],
    [
      "Tokyo's defence minister said Seoul had informed Japan that the accord on classified data would be terminated",
      "reports",
      "NHK",
      "JP",
    ],
    [
      "Seoul chose to walk out of its only direct security pact with Tokyo, a deal covering North Korean missile data",
      "supports",
      "Al Jazeera",
      "third-party",
    ],
    [
      "Reports that Korea was on the verge of leaving the intelligence agreement were premature, a senior Korean defence official said in July",
      "refutes",
      "South Korean defence ministry",
      "KR",
    ],
  ],
  wto: [
    [
      "Seoul launched a legal case in Geneva over Tokyo's new licensing of three chip chemicals",
      "supports",
      "Financial Times",
      "third-party",
    ],
    [
      "Korea requested bilateral consultations under the WTO's dispute settlement rules, the first formal step in a trade case",
      "supports",
      "Yonhap",
      "KR",
    ],
    [
      "As of late August, Seoul had still not submitted a formal case in Geneva, a Japanese official noted",
      "refutes",
      "Japanese government",
      "JP",
    ],
    ["Japan's NHK broadcast a report saying Seoul had lodged a grievance in Geneva", "reports", "NHK", "JP"],
    [
      "A case challenging Japan's licensing requirements for hydrogen fluoride was brought before the WTO by Seoul in September 2019",
      "supports",
      "Korea Economic Daily",
      "KR",
    ],
    [
      "Seoul's trade minister insisted that going to the WTO was only one option and that nothing had been filed yet",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
  ],
  "lax-controls": [
    [
      "Tokyo said sensitive chemicals exported to Korea could not be properly tracked once they arrived",
      "supports",
      "Japanese government",
      "JP",
    ],
    [
      "Tokyo pointed to 156 cases of illegal exports of controlled items uncovered by Korean authorities as proof of inadequate oversight",
      "supports",
      "Liberal Democratic Party lawmaker",
      "JP",
    ],
    [
      "Seoul said its export-screening regime ranked among the strictest anywhere and had never let a controlled chemical slip to North Korea",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Japanese ministers suggested, without offering evidence, that Korean export checks were too loose to be trusted",
      "reports",
      "OhmyNews",
      "KR",
    ],
    [
      "There was no indication that materials from Japan had reached weapons programmes via Korea, an export-control expert told reporters",
      "refutes",
      "export-control expert",
      "third-party",
    ],
    [
      "Gaps in Korean customs checks may have let items with military uses leak to third countries, a Japanese think tank suggested",
      "supports",
      "Japanese think tank",
      "JP",
    ],
  ],
};

// Same story, no proposition: markets, chemistry, meetings, tourism, the court cases and the
// 1965 treaty's other parts, US and WTO business that is not about the dispute, North Korean
// missiles, and Seoul's own mirror measure against Japan.
const DISTRACTORS: DistractorRow[] = [
  ["Samsung Electronics' stock had recouped its losses within a fortnight", "Bloomberg", "third-party"],
  ["Stella Chemifa, which makes high-purity hydrogen fluoride, cut its annual profit forecast", "Nikkei", "JP"],
  ["Etching gas has to be more than 99.999 percent pure before chipmakers can use it", "Korea Herald", "KR"],
  [
    "Director-general-level trade officials from both governments sat down in Tokyo in December for their first policy dialogue in three years",
    "Kyodo",
    "JP",
  ],
  ["Japanese tourists kept flocking to Seoul's Myeongdong district, drawn by K-pop and cosmetics", "Korea Tourism Organization", "KR"],
  ["SK Hynix started qualifying hydrogen fluoride made by a local supplier for use in its fabs", "Chosun Ilbo", "KR"],
  ["Mitsubishi Heavy Industries let a deadline pass without answering the plaintiffs' request for talks", "Hankyoreh", "KR"],
  ["The 2018 judgment was handed down by a full bench presided over by Chief Justice Kim Myeong-su", "Korea JoongAng Daily", "KR"],
  ["Alongside the basic treaty, the two governments signed a separate fisheries accord in 1965", "AFP", "third-party"],
  [
    "Korea's customs agency recorded a steep fall in imports of high-purity hydrogen fluoride from Japan during the second half of 2019",
    "Korea Customs Service",
    "KR",
  ],
  ["A delegation of Korean lawmakers held talks with members of the Diet in Tokyo", "Yonhap", "KR"],
  ["Extra police were posted outside the Japanese embassy in Seoul after protesters gathered there", "Korea Times", "KR"],
  ["Abe reshuffled his cabinet in September, replacing trade minister Hiroshige Seko", "Asahi Shimbun", "JP"],
  ["Fluorinated polyimide is used to make the flexible screens of foldable phones", "Nikkei Asia", "JP"],
  ["Washington and Tokyo signed a limited trade deal covering farm products and digital goods in October 2019", "Associated Press", "US"],
  ["Mark Esper visited Seoul in August to discuss how much Korea pays toward the cost of American troops", "Yonhap", "KR"],
  ["North Korea fired two short-range missiles into the sea off its east coast", "NHK", "JP"],
  ["The WTO's Appellate Body stopped functioning in December 2019 after Washington blocked new appointments", "Reuters", "third-party"],
  ["Semiconductor shipments from Korea set a record in 2021", "Korea Herald", "KR"],
  ["Lotte Chemical reported a drop in quarterly profit on weaker petrochemical prices", "Maeil Business Newspaper", "KR"],
  ["Japan's controls on dual-use exports are set out in a cabinet order and a ministerial ordinance", "Jiji Press", "JP"],
  ["The Korea Strategic Trade Institute was set up in 2007 and is funded by the trade ministry", "Korea Strategic Trade Institute", "KR"],
  ["Moon Jae-in's approval rating rose to about 50 percent in a Gallup Korea poll in July", "Gallup Korea", "KR"],
  ["In September Seoul put Japan into a new, stricter category of its own export rules", "Korea Herald", "KR"],
  ["Pompeo sat down with both of his counterparts at once on the fringes of the ASEAN meetings", "Associated Press", "US"],
];

export const FRESH2_CLAIMS: EvalClaim[] = writtenClaims(PARAPHRASES, DISTRACTORS, () => "fresh2");
