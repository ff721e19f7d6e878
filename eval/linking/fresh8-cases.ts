// Eighth fresh held-out set for claim matching (npm run eval:linking -- --report-fresh8), written
// 2026-12-07 blind, from the eight propositions' statements alone (the demo's three in
// prisma/demo/annotations.json and EXTRA_PROPOSITIONS in ./cases), without running the matcher,
// reading its code or looking at its output. Same story (Japan's 2019 export controls on South
// Korea and the dispute around them), same kinds and stance rules as ./cases and ./fresh4-cases
// to ./fresh7-cases:
// - paraphrase: a claim about one proposition, with the stance a reviewer would give it:
//   supports (states it, admits it, or denies its denial, e.g. "only the naive could doubt that
//   the permit tightening was Tokyo's reprisal"), refutes (denies it, including denials by
//   officials, hedged denials and refutations phrased positively, e.g. "Seoul put its termination
//   notice on ice and the arrangement stayed in force"), reports (tells of someone's view,
//   accusation, suspicion or complaint, or carries it "according to" someone, rather than stating
//   or denying it);
// - distractor: a claim about the same story that belongs to no proposition (chip markets and
//   chemistry, company results and investment, macroeconomics of both countries, the court cases'
//   procedure and the 1965 treaty's own terms, other quarrels between the two governments, an
//   earlier WTO case between the two, the intelligence pact's history and terms, Japanese beer and
//   Uniqlo business outside Korea, US and Chinese business that is not about the dispute, and new
//   here: shipping and logistics of the chemicals, exchange rates, tourism other than Korean travel
//   to Japan, semiconductor supply in Taiwan), so that topic words alone do not decide.
// 80 paraphrases, 10 per proposition (4 supports, 3 refutes, 3 reports each: 32 supports, 24
// refutes, 24 reports) and 38 distractors. Wording avoids the demo corpus, the demo's links,
// ./cases and ./fresh-cases to ./fresh7-cases (other verbs, nouns, idioms and sentence shapes:
// columnists' verdicts, memoirs, briefing-room denials, surveys, index rankings, diplomatic notes,
// idioms, numbers and dates, "according to" attributions, hedges, double negations that support,
// long sentences with subordinate clauses), checked by a throwaway script: no claim shares a word
// 4-gram (beyond function words and numbers) with any of them or with another claim here; 66 of
// the 80 paraphrases (82.5%) share no content word with their proposition's statement (counting
// "Japanese" as "Japan" and "Korean" as "Korea", and a shared stem or five-letter prefix as
// shared). Korean travel to Japan is left out of both kinds, as in fresh4 to fresh7.
// Reported only (--report-fresh8), never tuned on: nobody tuning the matcher may read this file.
import { writtenClaims, type DistractorRow, type EvalClaim, type Row } from "./cases";

const PARAPHRASES: Record<string, Row[]> = {
  retaliation: [
    [
      "Abe's trade ministry reached for the licensing weapon only once Seoul's judges had ordered two of Tokyo's industrial giants to compensate the men they once conscripted, and that order of events tells the whole story, a Hankook Ilbo columnist concluded",
      "supports",
      "Hankook Ilbo",
      "KR",
    ],
    [
      "Only the naive could doubt that the permit tightening was Tokyo's reprisal for the verdicts on mobilised workers",
      "supports",
      "Financial Times",
      "third-party",
    ],
    [
      "Having failed to get Seoul to overturn the 2018 verdicts through diplomacy, Tokyo turned to its customs officers to make the point instead, a retired diplomat wrote in his memoir",
      "supports",
      "former Japanese diplomat",
      "JP",
    ],
    [
      "The three-chemical regime unveiled in the opening days of July 2019 was a punitive answer to Seoul's highest bench rather than a security measure",
      "supports",
      "Nikkei Asian Review",
      "JP",
    ],
    [
      "Tokyo flatly rejected suggestions that the polyimide and photoresist rules were a reprisal, describing them as a routine review based on mutual trust",
      "refutes",
      "Japanese government",
      "JP",
    ],
    [
      "The licence requirements were never meant to penalise anyone over the colonial-era lawsuits, a senior aide in the Prime Minister's Office said on background",
      "refutes",
      "Japanese government",
      "JP",
    ],
    [
      "Whatever Seoul says, the calendar alone cannot prove the permits were revenge for the verdicts, since the review had been discussed in Tokyo for months, a Keio economist cautioned",
      "refutes",
      "Japanese academic",
      "JP",
    ],
    [
      "Moon told his cabinet that Tokyo was punishing a sovereign judiciary by squeezing Korea's chip industry",
      "reports",
      "South Korean presidential office",
      "KR",
    ],
    [
      "Samsung executives suspect the materials curbs are Tokyo's revenge for the mobilised workers' lawsuits, Bloomberg said, citing people familiar with the matter",
      "reports",
      "Bloomberg",
      "third-party",
    ],
    ["Beijing's Global Times depicted the permit regime as Abe's way of getting back at Seoul's bench", "reports", "Global Times", "CN"],
  ],
  "us-sided-with-japan": [
    [
      "Washington's silence while Tokyo throttled Samsung's supply lines amounted to an endorsement of Abe, a Democratic Party legislator wrote",
      "supports",
      "Democratic Party of Korea lawmaker",
      "KR",
    ],
    ["Throughout that summer the White House pressed Seoul, not Tokyo, to climb down", "supports", "Hankyoreh", "KR"],
    [
      "Nobody could call the Americans even-handed: Stilwell spent his Seoul visit lecturing Moon's team and had nothing to ask of Abe's",
      "supports",
      "OhmyNews",
      "KR",
    ],
    [
      "America quietly backed Abe's position throughout the row, two ex-NSC staffers told a Brookings panel",
      "supports",
      "Brookings Institution",
      "US",
    ],
    [
      "The Trump administration kept its distance, declining to endorse either Tokyo's licensing regime or Seoul's objections to it",
      "refutes",
      "CNN",
      "US",
    ],
    ["Pompeo said in Bangkok that Washington would not mediate and favoured neither capital", "refutes", "US State Department", "US"],
    [
      "Far from backing Tokyo, American officials privately told Abe's aides the new permit rules were unhelpful",
      "refutes",
      "Wall Street Journal",
      "US",
    ],
    ["Demonstrators outside the American embassy charged that Washington had chosen Abe over Moon", "reports", "Yonhap", "KR"],
    [
      "A deputy at Seoul's National Security Office was said to have complained that Washington tilted toward Abe in the chemicals row",
      "reports",
      "Segye Ilbo",
      "KR",
    ],
    [
      "According to a Pew survey, most adults in Seoul and Busan believed the Americans favoured Abe's cabinet",
      "reports",
      "Pew Research Center",
      "US",
    ],
  ],
  "settled-1965": [
    [
      "Under the normalisation pact, Seoul took grants and loans worth $800 million in exchange for dropping every demand rooted in the annexation years, Kono insisted",
      "supports",
      "Japanese foreign ministry",
      "JP",
    ],
    [
      "When General Park normalised ties with Tokyo he signed away individual redress, and every later president is bound by that bargain",
      "supports",
      "Yomiuri Shimbun",
      "JP",
    ],
    [
      "A 2005 commission of the Roh Moo-hyun era found the Tokyo money was intended for mobilised labourers, tacitly conceding nothing more could be asked",
      "supports",
      "JoongAng Ilbo",
      "KR",
    ],
    [
      "The treaty's second article already disposed of every such grievance, so there is nothing left to litigate, a former ambassador maintained in an op-ed",
      "supports",
      "former Japanese ambassador",
      "JP",
    ],
    [
      "Seoul's top court ruled in 2018 that the 1965 pact left untouched what each victim could still demand in damages for unpaid toil and abuse",
      "refutes",
      "South Korean Supreme Court",
      "KR",
    ],
    [
      "In 1991 Tokyo's own top treaty official conceded to lawmakers that personal entitlements survived the accord",
      "refutes",
      "Tokyo Shimbun",
      "JP",
    ],
    [
      "Foreign minister Kang Kyung-wha argued that the victims' pain had never been bargained away by diplomats at normalisation",
      "refutes",
      "South Korean foreign ministry",
      "KR",
    ],
    [
      "Tokyo's position, as its chief cabinet secretary restated in Oct. 2018, is that the question of wages owed to conscripts was closed long ago",
      "reports",
      "Kyodo",
      "JP",
    ],
    [
      "Survivors' advocates scoffed at Abe's line that a half-century-old deal between governments had wiped their slate clean",
      "reports",
      "victims' support group",
      "KR",
    ],
    [
      "Japanese conservatives argue that Seoul received everything it was owed at normalisation, the Guardian noted",
      "reports",
      "The Guardian",
      "third-party",
    ],
  ],
  whitelist: [
    ["On Aug. 2, 2019 Abe's cabinet moved Seoul down into the second of four export-control categories", "supports", "Jiji Press", "JP"],
    [
      "Seoul no longer qualifies for the streamlined permits Tokyo reserves for its most trusted partners, METI confirmed when the order took effect",
      "supports",
      "Japanese trade ministry",
      "JP",
    ],
    ["Tokyo's white roster now omits Seoul, which had been its only Asian member", "supports", "Korea Times", "KR"],
    [
      "Nobody can honestly claim Seoul kept its favoured standing after August, when hundreds of items began to require one-off permits",
      "supports",
      "Korea Chamber of Commerce and Industry",
      "KR",
    ],
    [
      "It is probably an overstatement to say Seoul lost its favoured status, since most affected items can still move under special bulk permits, a CSIS trade fellow suggested",
      "refutes",
      "CSIS",
      "US",
    ],
    [
      "Seoul has not been expelled from any trusted circle, a spokesman for Tokyo's embassy in Washington told reporters, calling the change technical",
      "refutes",
      "Japanese embassy in Washington",
      "JP",
    ],
    [
      "Seko denied that Seoul had been thrown out of a privileged club, saying it now faced only what Taipei and Singapore already faced",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Sung Yun-mo called Tokyo's expulsion of Seoul from the trusted-partner tier an economic provocation",
      "reports",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Seoul's cabinet accused Tokyo of striking it off the most-favoured export roster without warning, Yonhap reported",
      "reports",
      "Yonhap",
      "KR",
    ],
    [
      "Hong Nam-ki, the finance minister, described Tokyo's downgrade as a betrayal of a close partner",
      "reports",
      "South Korean finance ministry",
      "KR",
    ],
  ],
  boycott: [
    [
      "Lotte Asahi Liquor, which imports the Tokyo brewer's lager, lost roughly half its revenue in 2019 as pub-goers in Seoul gave it a wide berth over the chemicals row",
      "supports",
      "Korea Economic Daily",
      "KR",
    ],
    [
      "Convenience-store chains in Seoul pulled Sapporo and Kirin from their four-cans-for-10,000-won promotions after customers refused to touch them",
      "supports",
      "Maeil Business Newspaper",
      "KR",
    ],
    [
      "Uniqlo's Myeongdong flagship stood almost deserted for weeks once the 'No Japan' campaign took hold",
      "supports",
      "Seoul Shinmun",
      "KR",
    ],
    [
      "Lexus and Honda showrooms in Gangnam sat nearly empty as buyers punished Tokyo for the chip-material curbs",
      "supports",
      "Chosun Biz",
      "KR",
    ],
    [
      "Despite the placards, Seoul's shoppers snapped up Nintendo Switch consoles and Tokyo skincare in record numbers over the 2019 Christmas season",
      "refutes",
      "Nikkei",
      "JP",
    ],
    [
      "Tokyo's consumer brands never faced a real revolt on the peninsula; the sales dip was a blip driven by a handful of activists, a diplomat at the embassy in Seoul said",
      "refutes",
      "Japanese embassy in Seoul",
      "JP",
    ],
    [
      "The so-called buyers' strike was more noise than action, and household spending on Tokyo's brands barely moved, a Daiwa economist calculated",
      "refutes",
      "Daiwa Securities",
      "JP",
    ],
    [
      "Tokyo complained that city councils in Seoul were encouraging residents to steer clear of products made by its companies",
      "reports",
      "Japanese government",
      "JP",
    ],
    [
      "Owners of corner shops in Seoul told a trade-association survey that their regulars had stopped asking for Tokyo-made snacks and beer",
      "reports",
      "Korea Federation of SMEs",
      "KR",
    ],
    [
      "Conservative papers in Seoul accused progressive activists of bullying shoppers into the anti-Tokyo buying strike",
      "reports",
      "Kukmin Ilbo",
      "KR",
    ],
  ],
  gsomia: [
    [
      "A diplomatic note handed to Tokyo's embassy confirmed that Seoul was withdrawing from GSOMIA",
      "supports",
      "South Korean foreign ministry",
      "KR",
    ],
    [
      "Moon's security advisers chose to let the 2016 defence-secrets accord expire rather than extend it for another year",
      "supports",
      "Hankyoreh",
      "KR",
    ],
    ["Cheong Wa Dae scrapped the pact that let the two militaries trade classified data on Pyongyang's missiles", "supports", "KBS", "KR"],
    [
      "Seoul's announcement of its exit from GSOMIA caught Washington off guard, a Pentagon spokesman conceded",
      "supports",
      "US Defense Department",
      "US",
    ],
    [
      "Six hours before the pact was due to lapse, Seoul put its termination notice on ice and the arrangement stayed in force",
      "refutes",
      "NHK",
      "JP",
    ],
    [
      "Seoul has no intention of leaving the accord, a foreign ministry spokesman in Seoul said in mid-July",
      "refutes",
      "South Korean foreign ministry",
      "KR",
    ],
    [
      "Seoul merely put its membership on hold, and calling that a final choice to leave is a stretch, a Sejong Institute researcher argued",
      "refutes",
      "Sejong Institute",
      "KR",
    ],
    [
      "Washington voiced strong concern and disappointment over Moon's move to drop the defence pact",
      "reports",
      "US Defense Department",
      "US",
    ],
    [
      "Iwaya, who ran Tokyo's defence ministry, said Seoul's withdrawal from the information pact was extremely regrettable",
      "reports",
      "Japanese defence ministry",
      "JP",
    ],
    [
      "Progressive civic groups praised Moon for refusing to keep swapping military secrets with Abe's government",
      "reports",
      "civic groups",
      "KR",
    ],
  ],
  wto: [
    [
      "Seoul's chief trade negotiator said in mid-September 2019 that her government had taken its grievance about the three chemicals to Geneva",
      "supports",
      "South Korean trade ministry",
      "KR",
    ],
    ["Seoul hauled Tokyo before the global trade referee over the fluorine-chemical curbs", "supports", "Al Jazeera", "third-party"],
    [
      "In 2020 Seoul asked the Geneva adjudicators to form a panel on the licences covering three fluorine compounds",
      "supports",
      "Reuters",
      "third-party",
    ],
    [
      "Seoul did not merely threaten legal action; it brought its grievance before the multilateral tribunal in earnest",
      "supports",
      "Korea Herald",
      "KR",
    ],
    [
      "Well into August 2019 Seoul had only hinted at legal action in Geneva and had filed nothing, an official at its trade ministry admitted",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    ["Seoul shelved its plan to sue in Geneva and opted for bilateral dialogue instead", "refutes", "Kyodo", "JP"],
    [
      "The Geneva docket shows no proceeding about Tokyo's chemical licensing, a negotiator from METI told reporters that summer",
      "refutes",
      "Japanese trade negotiator",
      "JP",
    ],
    [
      "Tokyo expressed regret at Seoul's choice to litigate in Geneva and insisted the curbs were consistent with its obligations",
      "reports",
      "Japanese government",
      "JP",
    ],
    [
      "Seoul's lawyers argue in Geneva that the licensing regime singles out one member for discriminatory treatment, Law360 reported",
      "reports",
      "Law360",
      "US",
    ],
    [
      "An Asahi editorial questioned whether dragging the chemicals quarrel to Geneva would achieve anything for Seoul",
      "reports",
      "Asahi Shimbun",
      "JP",
    ],
  ],
  "lax-controls": [
    [
      "Seoul's export watchdog was understaffed and let dual-use chemicals slip through with only cursory checks, inviting diversion to hostile regimes",
      "supports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "Seoul's own records showed 156 illegal shipments of sensitive items over four years, proof of a leaky system, an LDP lawmaker argued",
      "supports",
      "Liberal Democratic Party lawmaker",
      "JP",
    ],
    [
      "Without tighter checks in Seoul, fluorine compounds with military uses could end up in nerve-agent or centrifuge programmes",
      "supports",
      "Hudson Institute",
      "US",
    ],
    [
      "Calling Seoul's screening of dangerous consignments harmless would be a mistake: the gaps were real and exploitable",
      "supports",
      "Nikkei",
      "JP",
    ],
    [
      "An independent index compiled in Washington ranked Seoul's export regime well ahead of Tokyo's",
      "refutes",
      "Institute for Science and International Security",
      "US",
    ],
    [
      "Seoul's industry ministry replied that the 156 cases were violations its own enforcers had caught and punished, evidence that the system works",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Tokyo has never produced a single example of a shipment routed through Seoul reaching a sanctioned state, a Carnegie nonproliferation expert noted",
      "refutes",
      "Carnegie Endowment",
      "US",
    ],
    [
      "Abe's aides hinted that materials sent to Seoul were turning up where they should not, without saying where",
      "reports",
      "Japanese government",
      "JP",
    ],
    [
      "Hagiuda, an Abe confidant, said on a Sunday talk show that Seoul's handling of controlled cargo had left room for inappropriate cases",
      "reports",
      "BS Fuji",
      "JP",
    ],
    [
      "Seoul's opposition accused Moon's government of handing Tokyo a pretext by neglecting export vetting",
      "reports",
      "Bareunmirae Party",
      "KR",
    ],
  ],
};

const DISTRACTORS: DistractorRow[] = [
  ["Hazardous chemicals crossing the strait usually go by ro-ro ferry from Shimonoseki to Busan", "Lloyd's List", "third-party"],
  ["Shippers of etching gas must file a dangerous-goods declaration under the IMDG code before loading", "Chemical Week", "third-party"],
  [
    "Small lots of EUV photoresist usually go by air freight because the material degrades if stored too long",
    "Air Cargo News",
    "third-party",
  ],
  ["Stella Chemifa cut its full-year profit forecast in late 2019, citing lower volumes to overseas customers", "Nikkei", "JP"],
  ["The won weakened beyond 1,200 per greenback that August for the first time since early 2017", "Yonhap Infomax", "KR"],
  ["The yen, seen as a haven, climbed to around 105 per dollar in August 2019", "Reuters", "third-party"],
  ["The won-yen cross rate hovered around 11 won per yen from September to November 2019", "KEB Hana Bank", "KR"],
  ["Visitors from mainland China to Japan topped 9.5 million in 2019, a record", "Japan National Tourism Organization", "JP"],
  ["Arrivals from Taiwan and Southeast Asia on Jeju Island increased in 2019", "Korea Tourism Organization", "KR"],
  ["The Rugby World Cup drew about 240,000 foreign fans to Japan in the autumn of 2019", "Japan Times", "JP"],
  ["TSMC held more than half of the global foundry market in 2019", "Counterpoint Research", "other"],
  ["TSMC raised its 2020 capital spending plan to as much as $16 billion", "Taipei Times", "other"],
  ["Taiwan's fabs buy ultra-clean etching gas from both local refiners and suppliers in Osaka", "DigiTimes", "third-party"],
  ["Taiwan's semiconductor exports reached a record value in 2019", "Taiwan finance ministry", "other"],
  [
    "The Pohang branch court served the seizure order on Nippon Steel by public notice after Tokyo failed to deliver the papers",
    "Yonhap",
    "KR",
  ],
  [
    "Under Korean civil procedure a seized share can be sold only after the court orders its liquidation and hears the debtor",
    "Korea Times",
    "KR",
  ],
  ["Plaintiffs' lawyers asked the court to appraise the PNR shares before any auction", "Yonhap", "KR"],
  ["The October 2018 ruling came from the Supreme Court's full bench, and two justices dissented", "Korea JoongAng Daily", "KR"],
  ["Mitsubishi Heavy Industries challenged the order seizing its trademarks and patents in Korea", "Kyodo", "JP"],
  ["NAND flash contract prices turned up again in the final three months of 2019", "DRAMeXchange", "other"],
  ["Etching-grade hydrogen fluoride for chipmaking is refined to eleven nines of purity", "Chemical & Engineering News", "US"],
  ["Fluorinated polyimide replaces glass as the cover layer on some bendable phones", "Display Daily", "US"],
  [
    "Samsung Electronics earned roughly 27.7 trillion won from operations in 2019, against about 58.9 trillion a year earlier",
    "Yonhap",
    "KR",
  ],
  ["SK Materials started mass-producing ultra-pure HF gas in 2020", "ZDNet Korea", "KR"],
  ["DuPont said in January 2020 it would make EUV photoresist at a plant in Cheonan", "DuPont", "US"],
  ["Japan's economy shrank at an annualised 6.3% in the last quarter of 2019", "Japanese Cabinet Office", "JP"],
  ["Korea's economy grew 2% in 2019, the slowest pace in a decade", "Bank of Korea", "KR"],
  ["The 1965 package also included some $300 million of private commercial credit", "Asahi Shimbun", "JP"],
  ["Students and opposition politicians took to Seoul's streets in 1964 and 1965 against the normalisation talks", "Korea Times", "KR"],
  ["Seoul protested Tokyo's defence white paper for listing Dokdo as Japanese territory", "Yonhap", "KR"],
  ["The two navies quarrelled in December 2018 over a destroyer's radar and a low-flying patrol plane off the east coast", "NHK", "JP"],
  [
    "Seoul kept its import ban on fish from the Fukushima region after a Geneva appellate ruling in its favour in April 2019",
    "Kyodo",
    "JP",
  ],
  ["Lee Myung-bak's government backed out of signing the intelligence pact at the last minute in June 2012", "Chosun Ilbo", "KR"],
  ["The GSOMIA renews itself each year unless one party gives 90 days' notice", "Yonhap", "KR"],
  [
    "Asahi Group agreed in 2019 to buy Carlton & United Breweries in Australia for about A$16 billion",
    "Australian Financial Review",
    "other",
  ],
  ["Fast Retailing's operating profit in Greater China rose in fiscal 2019", "Fast Retailing", "JP"],
  ["Micron reported a steep drop in quarterly revenue in mid-2019", "Micron Technology", "US"],
  ["Huawei's smartphone shipments grew in 2019 despite American sanctions", "Canalys", "other"],
];

export const FRESH8_CLAIMS: EvalClaim[] = writtenClaims(PARAPHRASES, DISTRACTORS, () => "fresh8");
