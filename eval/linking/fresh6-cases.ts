// Sixth fresh held-out set for claim matching (npm run eval:linking -- --report-fresh6), written
// 2026-12-04 from the eight propositions' statements alone (the demo's three in
// prisma/demo/annotations.json and EXTRA_PROPOSITIONS in ./cases), without running the matcher,
// reading its code or looking at its output. Same story (Japan's 2019 export controls on South
// Korea and the dispute around them), same kinds and stance rules as ./cases, ./fresh4-cases and
// ./fresh5-cases:
// - paraphrase: a claim about one proposition, with the stance a reviewer would give it:
//   supports (states it, admits it, or denies its denial, e.g. "it is not true that Korea kept its
//   fast-track privileges"), refutes (denies it, including denials by officials, hedged denials and
//   refutations phrased positively, e.g. "Seoul was simply filed in the same category as Taiwan"),
//   reports (tells of someone's view, accusation, suspicion or complaint, or carries it "according
//   to" someone, rather than stating or denying it);
// - distractor: a claim about the same story that belongs to no proposition (markets, chemistry,
//   logistics, meetings, the court cases and the 1965 treaty's own terms, other quarrels between
//   the two governments, an earlier WTO case between the two, the intelligence pact's use, US,
//   Chinese and Japanese business that is not about the dispute), so that topic words alone do not
//   decide.
// Wording avoids the demo corpus, ./cases, ./fresh-cases, ./fresh2-cases, ./fresh3-cases,
// ./fresh4-cases and ./fresh5-cases (other verbs, nouns, idioms and sentence shapes: op-ed
// sentences, wire ledes, analyst notes, parliamentary statements, headline fragments, passives,
// conditionals, numbers and dates, quotes inside claims, "according to" attributions, hedges,
// official denials, double negations that support); more than 40% of the paraphrases share no
// content word with their proposition's statement. Korean travel to Japan is left out of both
// kinds, as in fresh4 and fresh5.
// Reported only (--report-fresh6), never tuned on: nobody tuning the matcher may read this file.
import { writtenClaims, type DistractorRow, type EvalClaim, type Row } from "./cases";

const PARAPHRASES: Record<string, Row[]> = {
  retaliation: [
    [
      "Tokyo's chip-chemical squeeze was payback, pure and simple, for the Nippon Steel and Mitsubishi Heavy verdicts",
      "supports",
      "Hankyoreh",
      "KR",
    ],
    [
      "Had Seoul's top bench not told two Tokyo conglomerates to pay conscripted workers, the July 4 licensing rules would never have been drafted, a former METI vice-minister conceded in a 2021 memoir",
      "supports",
      "former Japanese trade official",
      "JP",
    ],
    [
      "Abe himself tied the curbs to Seoul's failure to honour a promise between nations, an unmistakable nod to the conscription lawsuits",
      "supports",
      "Dong-A Ilbo",
      "KR",
    ],
    [
      "The sequencing leaves little room for doubt: eight months of court-ordered asset seizures, then a permit regime aimed squarely at Samsung's suppliers",
      "supports",
      "Eurasia Group",
      "US",
    ],
    [
      "METI insisted its review of fluorinated polyimide, resist and etching-gas shipments had been under way for years and answered no lawsuit",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Linking the permit requirements to the compensation cases is a misreading, the Sankei editorialised; what is at stake is trust in how Seoul handles sensitive cargo",
      "refutes",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "Tokyo's delegate told the WTO General Council on July 24 that the new rules were not a countermeasure of any kind",
      "refutes",
      "Japanese government",
      "JP",
    ],
    ["Moon said Tokyo was exploiting its grip on chip materials to relitigate history", "reports", "Yonhap", "KR"],
    [
      "Many in Seoul read the chemical rules as reprisal for the labour verdicts, the BBC's correspondent noted",
      "reports",
      "BBC",
      "third-party",
    ],
    [
      "Business lobbies in Seoul called the restrictions revenge dressed up as regulation, according to the Financial Times",
      "reports",
      "Financial Times",
      "third-party",
    ],
  ],
  "us-sided-with-japan": [
    [
      "Washington quietly leaned Tokyo's way throughout that summer's quarrel, a former NSC Asia director admitted",
      "supports",
      "former NSC official",
      "US",
    ],
    [
      "Pompeo's refusal to criticise the chemical curbs, while he pressed Seoul to keep the intelligence pact, showed where American sympathies lay",
      "supports",
      "Hankook Ilbo",
      "KR",
    ],
    ["It was not as if the Americans stayed impartial; nearly all of their pressure fell on Seoul", "supports", "Chosun Ilbo", "KR"],
    [
      "The State Department said it had no intention of picking a favourite between its two treaty allies in Asia",
      "refutes",
      "US State Department",
      "US",
    ],
    [
      "Far from backing Abe, Washington urged both capitals to freeze their measures and negotiate, Stilwell said during a stop in Seoul",
      "refutes",
      "US State Department",
      "US",
    ],
    [
      "American mediation in 2019 was even-handed, if ineffective, a Kasumigaseki diplomat claimed",
      "refutes",
      "Japanese foreign ministry",
      "JP",
    ],
    ["Seoul's ruling party accused the US of tilting toward Japan after Esper's August visit", "reports", "Yonhap", "KR"],
    ["Commentators in Seoul grumbled that Washington had become Abe's silent partner in the row, Kyodo reported", "reports", "Kyodo", "JP"],
    [
      "According to a Global Times commentary, the United States sided with its favoured ally Tokyo against Seoul",
      "reports",
      "Global Times",
      "CN",
    ],
  ],
  "settled-1965": [
    [
      "Seoul pocketed $300 million in grant aid under the 1965 claims accord and thereby assumed the task of paying its own citizens, Foreign Minister Taro Kono said",
      "supports",
      "Japanese foreign ministry",
      "JP",
    ],
    [
      "A 2005 Seoul government panel concluded that the lump sum paid by Tokyo under the normalisation deal already covered the conscripts' unpaid wages",
      "supports",
      "Korea Times",
      "KR",
    ],
    [
      "Nothing remains owed to the mobilised workers by Tokyo, Japan's ambassador told a press conference, because the Park Chung-hee government took the money on their behalf",
      "supports",
      "Japanese embassy in Seoul",
      "JP",
    ],
    [
      "The justices ruled that the bilateral pact never wiped out the personal entitlement of those abused under colonial rule to seek redress in court",
      "refutes",
      "South Korean Supreme Court",
      "KR",
    ],
    [
      "The treaty was a financial bargain between states that left untouched the emotional damages owed for an illegal occupation, a Seoul law professor argued",
      "refutes",
      "Korean law scholar",
      "KR",
    ],
    [
      "Even Japan's foreign ministry admitted in 1991 Diet testimony that personal claims had not been extinguished by the 1965 agreement",
      "refutes",
      "Asahi Shimbun",
      "JP",
    ],
    [
      "Tokyo maintains that postwar normalisation closed every account from the colonial era, Reuters reported",
      "reports",
      "Reuters",
      "third-party",
    ],
    ["Plaintiffs' groups denounced Tokyo's reading of the 1965 deal as a shield for corporate impunity", "reports", "Hankyoreh", "KR"],
    [
      "In the Japanese government's telling, the question of wartime labour pay was closed with the stroke of a pen in 1965",
      "reports",
      "Nikkei Asia",
      "JP",
    ],
  ],
  whitelist: [
    ["Seoul lost its Group A status on Aug. 28, 2019, when Tokyo's revised export order took effect", "supports", "Yonhap", "KR"],
    [
      "Korean importers face item-by-item permits for roughly 1,100 controlled products, putting them alongside most Asian buyers, after Tokyo's cabinet decision",
      "supports",
      "Maeil Business Newspaper",
      "KR",
    ],
    ["Tokyo downgraded Seoul to the second rung of its four-tier ranking of export destinations", "supports", "Nikkei Asia", "JP"],
    ["Claims that Korea held on to its fast-track privileges after August are simply false", "supports", "Korea JoongAng Daily", "KR"],
    [
      "Nothing was taken away; Seoul was simply filed in the same category as Taiwan and Singapore, a METI spokesman argued",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "The change was a relabelling rather than a removal, the LDP's trade policy chief insisted, because Korean firms still qualify for general bulk permits",
      "refutes",
      "Liberal Democratic Party",
      "JP",
    ],
    ["Trade minister Sung Yun-mo likened the downgrade to a declaration of economic war", "reports", "South Korean trade ministry", "KR"],
    [
      "Beijing's state broadcaster framed the Aug. 2 cabinet vote as Tokyo striking Seoul off its roster of trusted partners",
      "reports",
      "CGTN",
      "CN",
    ],
    [
      "Keidanren executives privately questioned the wisdom of demoting Seoul from the top export tier, the Asahi reported",
      "reports",
      "Asahi Shimbun",
      "JP",
    ],
  ],
  boycott: [
    [
      "Asahi beer all but vanished from Seoul convenience-store shelves as shoppers shunned brands from across the strait",
      "supports",
      "Chosun Biz",
      "KR",
    ],
    [
      "Uniqlo's Korean sales sank by roughly a third in the year after July 2019, and the chain shut several flagship branches",
      "supports",
      "Bloomberg",
      "third-party",
    ],
    [
      "'No Japan: I won't go, I won't buy' placards went up in thousands of corner shops across the peninsula",
      "supports",
      "Hankyoreh",
      "KR",
    ],
    [
      "Toyota, Honda and Lexus dealers in Seoul saw sales halve in August as buyers turned their backs over Tokyo's curbs",
      "supports",
      "Korea Automobile Importers and Distributors Association",
      "KR",
    ],
    [
      "The shunning was a loud minority, not the public at large: PlayStation and Nintendo titles topped Seoul's charts all autumn, a Tokyo-based analyst wrote",
      "refutes",
      "Japanese market analyst",
      "JP",
    ],
    [
      "Shipments of Japanese consumer goods to the peninsula held broadly steady through 2019, a Sankei columnist argued",
      "refutes",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "Calls to shun Japanese products fizzled within weeks, as shoppers drifted back to Uniqlo's winter sales, a Nikkei report argued",
      "refutes",
      "Nikkei",
      "JP",
    ],
    ["Civic groups in Seoul urged shoppers to stop buying anything made in Japan", "reports", "KBS", "KR"],
    ["Japanese retailers complained of an orchestrated campaign against their stores in Seoul, according to NHK", "reports", "NHK", "JP"],
  ],
  gsomia: [
    [
      "Seoul notified Tokyo on Aug. 23, 2019 that it would let the GSOMIA lapse when its term ran out in November",
      "supports",
      "Yonhap",
      "KR",
    ],
    ["Moon's national security council opted to scrap the 2016 defence-data accord rather than renew it", "supports", "Hankyoreh", "KR"],
    [
      "The Blue House pulled the plug on intelligence cooperation with Tokyo, blaming the export downgrade for a breakdown of trust",
      "supports",
      "Dong-A Ilbo",
      "KR",
    ],
    [
      "Seoul has reached no decision to terminate the pact, the defence ministry said on Aug. 21",
      "refutes",
      "South Korean defence ministry",
      "KR",
    ],
    ["In the end the arrangement never expired: Seoul suspended its notice hours before the Nov. 23 deadline", "refutes", "Kyodo", "JP"],
    [
      "Seoul did not walk out of the military data-sharing deal; it merely put Tokyo on notice, a presidential aide insisted",
      "refutes",
      "South Korean presidential office",
      "KR",
    ],
    [
      "Washington voiced strong disappointment at Seoul's move to abandon the intelligence pact, Pentagon officials said",
      "reports",
      "US Defense Department",
      "US",
    ],
    ["Officials in Tokyo accused Seoul of confusing commerce and security by quitting the pact", "reports", "NHK", "JP"],
    [
      "North Korea's state media cheered what it called Seoul's rupture with Tokyo over shared military secrets",
      "reports",
      "KCNA",
      "other",
    ],
  ],
  wto: [
    ["Seoul took Tokyo to Geneva on Sept. 11, 2019, seeking talks under the WTO's settlement procedures", "supports", "Yonhap", "KR"],
    ["The case, DS590, challenges Tokyo's licensing requirements for three fluorinated chemicals", "supports", "IISD", "third-party"],
    [
      "Yoo Myung-hee, then Seoul's trade negotiator, revived the dispute in June 2020, asking Geneva for a panel",
      "supports",
      "Korea Herald",
      "KR",
    ],
    [
      "Seoul's legal challenge in Geneva against the chemical licences was lodged only after bilateral talks went nowhere",
      "supports",
      "Kyunghyang Shinmun",
      "KR",
    ],
    [
      "No complaint has yet been lodged with the global trade body, and Seoul will first seek talks, the industry ministry said in July",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "What Seoul aired at the General Council was a grievance, not a lawsuit, Tokyo's delegate told reporters",
      "refutes",
      "Japanese government",
      "JP",
    ],
    [
      "Korea has not yet gone to the World Trade Organization and is still weighing its options, officials said in August",
      "refutes",
      "South Korean government",
      "KR",
    ],
    ["Tokyo said it regretted Seoul's decision to carry the chemical quarrel to Geneva", "reports", "Jiji Press", "JP"],
    ["Seoul's envoy told reporters that Korea had asked the WTO to rule the export restrictions illegal", "reports", "Yonhap", "KR"],
  ],
  "lax-controls": [
    [
      "Hundreds of cases of strategic items vanishing after leaving Korean ports were logged by Seoul's own trade ministry between 2015 and 2019",
      "supports",
      "Fuji News Network",
      "JP",
    ],
    [
      "Korea imported more etching gas than its chipmakers could plausibly consume, hinting at onward leakage, an unnamed official in Tokyo told the Nikkei",
      "supports",
      "Japanese government",
      "JP",
    ],
    [
      "Seoul's export-control agency had too few inspectors to track dual-use shipments, leaving gaps that smugglers could exploit",
      "supports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "Seoul's controls on sensitive items are sound and meet every international standard, Moon's trade minister said",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "The cases the Japanese side cited were in fact proof that Seoul's customs officers caught smugglers, not evidence of sloppiness",
      "refutes",
      "Yonhap",
      "KR",
    ],
    [
      "Tokyo produced no documented instance of diverted South Korean chemicals reaching North Korea, the IISS noted",
      "refutes",
      "IISS",
      "third-party",
    ],
    [
      "Seoul ranks 17th of 200 economies for the quality of its non-proliferation controls, well above Tokyo, according to a Washington think tank",
      "reports",
      "Institute for Science and International Security",
      "US",
    ],
    ["Tokyo officials suggested that Korean firms had let sensitive materials slip toward Pyongyang", "reports", "Nikkei", "JP"],
    [
      "Trade minister Hiroshige Seko cited 'inappropriate incidents' in Seoul's handling of sensitive cargo as grounds for the review",
      "reports",
      "Kyodo",
      "JP",
    ],
  ],
};

const DISTRACTORS: DistractorRow[] = [
  ["Three Japanese firms, JSR, Shin-Etsu and TOK, dominate global output of EUV photoresist", "Nikkei", "JP"],
  ["Stella Chemifa's operating profit fell in the fiscal year to March 2020", "Nikkei", "JP"],
  [
    "Samsung Electronics' third-quarter 2019 operating profit dropped 56% from a year earlier as memory prices slid",
    "Reuters",
    "third-party",
  ],
  ["Hydrogen fluoride is also used to make refrigerants and to process uranium", "Chemical & Engineering News", "US"],
  ["Colourless polyimide films let smartphone makers build screens that fold in half", "ZDNet Korea", "KR"],
  ["Abe and Moon spoke for 11 minutes on the sidelines of the ASEAN Plus Three gathering in Bangkok on Nov. 4, 2019", "Yonhap", "KR"],
  ["The Claims Agreement was signed in Tokyo on June 22, 1965, together with the Treaty on Basic Relations", "Japan Times", "JP"],
  ["Mitsubishi Heavy Industries appealed against a Korean court order to sell its seized trademarks and patents", "Yonhap", "KR"],
  [
    "The Daegu District Court approved the seizure of Nippon Steel's shares in its joint venture with POSCO in January 2019",
    "Kyunghyang Shinmun",
    "KR",
  ],
  ["Kang Kyung-wha met her Tokyo counterpart in Beijing on Aug. 21, 2019, and the two agreed only to keep talking", "Kyodo", "JP"],
  ["The won slid past 1,200 to the dollar in early August 2019", "Bloomberg", "third-party"],
  [
    "KOSDAQ-listed materials makers rallied in July 2019 on hopes that Korean chipmakers would buy locally",
    "Maeil Business Newspaper",
    "KR",
  ],
  [
    "The WTO Appellate Body in April 2019 overturned a panel ruling against Seoul's ban on seafood from Fukushima and nearby prefectures",
    "Asahi Shimbun",
    "JP",
  ],
  [
    "The military intelligence pact was used 29 times in its first three years, mostly to swap data on North Korean missile launches",
    "Yonhap",
    "KR",
  ],
  ["Toyota's shares rose in Tokyo after strong quarterly sales in North America", "Nikkei", "JP"],
  ["Micron raised its revenue guidance in late 2019 as memory demand recovered", "CNBC", "US"],
  ["Samsung's vice-chairman Lee Jae-yong flew to Tokyo in July 2019 to meet the company's Japanese suppliers", "Korea Herald", "KR"],
  ["LG Display began mass-producing OLED panels at its Guangzhou plant in August 2019", "DigiTimes", "third-party"],
  ["SK Materials started producing high-purity hydrogen fluoride gas at its Yeongju plant in 2020", "Electronic Times", "KR"],
  ["Japan's exports to China fell in 2019 as the US-China tariff war weighed on demand for machinery", "Kyodo", "JP"],
  [
    "Seoul's Constitutional Court threw out a petition against the 2015 accord on wartime sexual slavery in December 2019",
    "Hankyoreh",
    "KR",
  ],
  [
    "Defence ties soured after Tokyo accused a Korean warship of aiming fire-control radar at one of its surveillance aircraft in December 2018",
    "NHK",
    "JP",
  ],
  ["Abe's coalition fell short of a two-thirds majority in the July 21, 2019 House of Councillors vote", "Asahi Shimbun", "JP"],
  ["Shin-Etsu Chemical's photoresist plant in Niigata runs around the clock", "Nikkan Kogyo Shimbun", "JP"],
  [
    "A chemical-safety law passed after the 2012 hydrofluoric acid leak in Gumi tightened permits for Korean plants",
    "Korea JoongAng Daily",
    "KR",
  ],
  ["Etching gas travels from Osaka to Busan in pressurised ISO tank containers", "Lloyd's List", "third-party"],
  ["Emperor Naruhito was enthroned in October 2019, with Prime Minister Lee Nak-yon attending for Seoul", "Associated Press", "US"],
  ["Seoul's navy held its twice-yearly drills around the Dokdo islets in late August 2019", "KBS", "KR"],
  ["Washington asked Seoul to pay about $5 billion a year toward the cost of stationing US troops", "CNN", "US"],
  ["Memory chip contract prices bottomed out in the fourth quarter of 2019, according to TrendForce", "TrendForce", "other"],
  ["METI approved the first licence for EUV photoresist shipments to Samsung in early August 2019", "Nikkei", "JP"],
  ["The currency swap between the two central banks expired in 2015 and was never renewed", "Korea Times", "KR"],
  ["Business federations from both countries held their annual gathering in the South Korean capital in November 2019", "Yonhap", "KR"],
  ["Japanese direct investment in Korea fell in the July-December period of 2019", "Korea Trade-Investment Promotion Agency", "KR"],
  [
    "China's Ministry of Commerce hosted a three-way trade ministers' meeting with Seoul and Tokyo in Beijing in December 2019",
    "Xinhua",
    "CN",
  ],
  ["Abe and Moon held 45 minutes of formal talks in Chengdu on Dec. 24, 2019, the first such meeting since September 2018", "Kyodo", "JP"],
];

export const FRESH6_CLAIMS: EvalClaim[] = writtenClaims(PARAPHRASES, DISTRACTORS, () => "fresh6");
