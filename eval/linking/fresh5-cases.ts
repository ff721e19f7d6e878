// Fifth fresh held-out set for claim matching (npm run eval:linking -- --report-fresh5), written
// 2026-12-04 from the eight propositions' statements alone (the demo's three in
// prisma/demo/annotations.json and EXTRA_PROPOSITIONS in ./cases), without running the matcher,
// reading its code or looking at its output. Same story (Japan's 2019 export controls on South
// Korea and the dispute around them), same kinds and stance rules as ./cases and ./fresh4-cases:
// - paraphrase: a claim about one proposition, with the stance a reviewer would give it:
//   supports (states it, admits it, or denies its denial, e.g. "few households did not swap a
//   brand"), refutes (denies it, including denials by officials, hedged denials and refutations
//   phrased positively, e.g. "the July measures were routine housekeeping"), reports (tells of
//   someone's view, accusation, suspicion or complaint, or carries it "according to" someone,
//   rather than stating or denying it);
// - distractor: a claim about the same story that belongs to no proposition (markets, chemistry,
//   logistics, meetings, the court cases and the 1965 treaty's own terms, other quarrels between
//   the two governments, Seoul's own export tiers, an earlier WTO case between the two, the
//   intelligence pact's history, US and Japanese business that is not about the dispute), so
//   that topic words alone do not decide.
// Wording avoids the demo corpus, ./cases, ./fresh-cases, ./fresh2-cases, ./fresh3-cases and
// ./fresh4-cases (other verbs, nouns, idioms and sentence shapes: op-ed sentences, wire ledes,
// analyst notes, parliamentary statements, headline fragments, passives, conditionals, numbers and
// dates, quotes inside claims, "according to" attributions, hedges, official denials, double
// negations that support); more than 40% of the paraphrases share no content word with their
// proposition's statement. Korean travel to Japan is left out of both kinds, as in fresh4.
// Reported only (--report-fresh5), never tuned on: nobody tuning the matcher may read this file.
import { writtenClaims, type DistractorRow, type EvalClaim, type Row } from "./cases";

const PARAPHRASES: Record<string, Row[]> = {
  retaliation: [
    [
      "Abe's chemical embargo is, in plain terms, a penalty Seoul is paying for letting its judges bill Nippon Steel",
      "supports",
      "Kyunghyang Shinmun",
      "KR",
    ],
    [
      "Officials at the trade ministry called the overlap with the labour judgments a coincidence of the calendar, nothing more",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Seoul's presidential office charged that Tokyo had turned a supply chain into a cudgel against its judiciary",
      "reports",
      "South Korean presidential office",
      "KR",
    ],
    [
      "Eight months after the Oct. 30, 2018 judgment against Nippon Steel, Tokyo answered it with licence requirements for three semiconductor materials",
      "supports",
      "Newsis",
      "KR",
    ],
    [
      "There is scant evidence that the fluorine curbs were meant to punish Seoul's judges rather than tighten supervision, a Tokyo University political scientist cautioned",
      "refutes",
      "Japanese political scientist",
      "JP",
    ],
    [
      "Several European diplomats privately describe the measures as Japan squaring accounts with Seoul over the labour cases",
      "reports",
      "European diplomats",
      "third-party",
    ],
    [
      "It cannot be denied that the court rulings, and nothing else, lit the fuse on Japan's July export restrictions",
      "supports",
      "Seoul Economic Daily",
      "KR",
    ],
    [
      "'The chemical licences are our answer to the verdicts, full stop,' an LDP lawmaker said, according to the Mainichi",
      "reports",
      "Mainichi Shimbun",
      "JP",
    ],
    [
      "The July measures were routine housekeeping in dual-use licensing, unconnected to any courtroom, Japan's chief cabinet secretary said",
      "refutes",
      "Japanese government",
      "JP",
    ],
    ["Verdict backlash: Tokyo squeezes Seoul's chip fabs of vital chemicals", "supports", "Maeil Business Newspaper", "KR"],
  ],
  "us-sided-with-japan": [
    ["Washington's silence was anything but neutral: it amounted to quiet cover for Abe", "supports", "OhmyNews", "KR"],
    [
      "The administration's role was that of a go-between shuttling messages, not an advocate for Tokyo, a National Security Council spokesman said",
      "refutes",
      "White House",
      "US",
    ],
    [
      "Democratic Party lawmakers in Seoul complained that Washington had put a thumb on the scale for Tokyo",
      "reports",
      "South Korean lawmakers",
      "KR",
    ],
    [
      "At the trilateral in Bangkok on Aug. 2, Pompeo pressed Kang Kyung-wha to accept Tokyo's terms, two people present said",
      "supports",
      "Segye Ilbo",
      "KR",
    ],
    [
      "'We have not and will not choose between two allies,' Assistant Secretary David Stilwell told reporters in Tokyo",
      "refutes",
      "US State Department",
      "US",
    ],
    [
      "Washington leaned on Seoul far harder than on Tokyo that summer, according to a Brookings analyst",
      "reports",
      "Brookings analyst",
      "US",
    ],
    [
      "Washington's backing for Japan in the 2019 row with Seoul was barely concealed, one former ambassador conceded",
      "supports",
      "former US ambassador",
      "US",
    ],
    [
      "It is hard to argue that the United States picked a winner when it spent months begging both allies to talk",
      "refutes",
      "Council on Foreign Relations",
      "US",
    ],
    [
      "Japanese newspapers trumpeted what they read as an American endorsement of Abe's stance against Seoul",
      "reports",
      "Nocut News",
      "KR",
    ],
  ],
  "settled-1965": [
    [
      "Under the normalisation treaty Seoul took on the duty of paying its own conscripts, Tokyo's envoy told the Diet",
      "supports",
      "Japanese foreign ministry",
      "JP",
    ],
    [
      "Individual victims' right to damages outlived the mid-1960s treaty, the justices held, since mass mobilisation was an unlawful colonial act the deal never priced in",
      "refutes",
      "South Korean Supreme Court",
      "KR",
    ],
    [
      "Tokyo keeps telling the world the ledger was balanced decades ago; victims' groups in Seoul call that a convenient fiction",
      "reports",
      "The Guardian",
      "third-party",
    ],
    [
      "No claim from the conscription era remains outstanding after 1965, and Tokyo is not about to pretend otherwise, the chief cabinet secretary said",
      "supports",
      "Japanese government",
      "JP",
    ],
    [
      "A 1965 treaty could waive what Seoul was owed as a state, but not the wages withheld from its citizens, a Yale international law professor argued",
      "refutes",
      "international law scholar",
      "US",
    ],
    [
      "According to Japan's foreign ministry, every colonial-era grievance was wrapped up when diplomatic relations resumed",
      "reports",
      "Agence France-Presse",
      "third-party",
    ],
    ["The postwar pact long since closed the conscripts' file for good", "supports", "Sankei Shimbun", "JP"],
    [
      "Nothing in the 1965 text mentions forced labourers by name, and Seoul's judges were right to say their claims survived",
      "refutes",
      "Kyunghyang Shinmun",
      "KR",
    ],
    [
      "Former conscripts' lawyers told a Seoul press conference that Tokyo hides behind a treaty their clients were never consulted on",
      "reports",
      "plaintiffs' lawyers",
      "KR",
    ],
  ],
  whitelist: [
    ["Out of Group A: Tokyo's cabinet signs off on Seoul's exit from the trusted tier", "supports", "TV Tokyo", "JP"],
    ["The Aug. 2, 2019 cabinet decision cut the number of Tokyo's most trusted destinations from 27 to 26", "supports", "Kyodo", "JP"],
    [
      "Seoul will continue to enjoy the same streamlined procedures as Britain or Germany, a METI director insisted in June",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Seoul's industry ministry branded Tokyo's downgrading of its export category a breach of trust and vowed to respond in kind",
      "reports",
      "KBS",
      "KR",
    ],
    [
      "Whether Korea truly lost a privilege is debatable, since Group B still lets most Japanese goods ship under bulk licences, a Tokyo trade lawyer noted",
      "refutes",
      "Japanese trade lawyer",
      "JP",
    ],
    [
      "Tokyo is poised to drop Seoul from its circle of favoured buyers, according to government sources cited by NHK",
      "reports",
      "Jiji Press",
      "JP",
    ],
    [
      "No longer can Korean importers bank on express approvals from Tokyo, a status they had held for 15 years",
      "supports",
      "Korea JoongAng Daily",
      "KR",
    ],
    ["Xinhua described Tokyo's reshuffling of its export tiers as a blow aimed squarely at Seoul", "reports", "Xinhua", "CN"],
    ["Japan's amended export order, promulgated on Aug. 7, took South Korea off the white list", "supports", "Asia Times", "third-party"],
  ],
  boycott: [
    [
      "Unwanted Muji and ABC-Mart stock piled up in Seoul malls as shoppers made their displeasure with Tokyo felt",
      "supports",
      "News1",
      "KR",
    ],
    [
      "Imports of Japanese beer into Korea fell 97 percent in October 2019 from a year earlier, customs data showed",
      "supports",
      "Korea Customs Service",
      "KR",
    ],
    [
      "Nikon's Seoul distributor said camera sales held steady through the summer, with no sign of customers staying away",
      "refutes",
      "Nikon Imaging Korea",
      "JP",
    ],
    ["Japanese tabloids claimed Seoul's civic groups were shaming shoppers caught carrying Uniqlo bags", "reports", "Yukan Fuji", "JP"],
    [
      "Sales of Japanese-brand products slumped across Korean department stores, according to Lotte and Shinsegae",
      "reports",
      "Herald Business",
      "KR",
    ],
    [
      "Claims of a mass snub look exaggerated: Nintendo Switch consoles sold out in Seoul that autumn, a market researcher noted",
      "refutes",
      "market researcher",
      "third-party",
    ],
    [
      "Few Seoul households did not swap at least one Tokyo-made brand for a local rival that summer, a Realmeter survey found",
      "supports",
      "Realmeter",
      "KR",
    ],
    [
      "Tokyo's ambassador said Koreans were still buying Japanese products in normal quantities and urged calm",
      "refutes",
      "Japanese embassy in Seoul",
      "JP",
    ],
    [
      "Seoul bar owners emptied bottles of sake into the gutter on camera as patrons refused to drink anything imported from the former colonial ruler",
      "supports",
      "SBS",
      "KR",
    ],
  ],
  gsomia: [
    ["Seoul axes GSOMIA in late August, stunning Washington and Tokyo alike", "supports", "Channel A", "KR"],
    [
      "Kim You-geun, deputy national security adviser, read out the notice of termination at a televised briefing on Aug. 22",
      "supports",
      "South Korean presidential office",
      "KR",
    ],
    [
      "'Our position is to maintain it,' Kang Kyung-wha said of the classified-information arrangement in early August",
      "refutes",
      "South Korean foreign ministry",
      "KR",
    ],
    [
      "Liberty Korea Party lawmakers accused Moon of gambling with national security by dumping the arrangement",
      "reports",
      "Liberty Korea Party",
      "KR",
    ],
    [
      "According to a Yomiuri report, Seoul's national security council is leaning toward pulling out of the defence-data pact",
      "reports",
      "Yomiuri Shimbun",
      "JP",
    ],
    [
      "Seoul is likely to keep the arrangement alive, because walking away would only delight Pyongyang and Beijing, a Sejong Institute analyst predicted in July",
      "refutes",
      "Sejong Institute",
      "KR",
    ],
    ["The 90-day termination notice required under the pact was handed to Japan's embassy in Seoul on Aug. 23", "supports", "Yonhap", "KR"],
    [
      "Chinese analysts said Seoul's exit from the intelligence pact exposed cracks in America's alliance network",
      "reports",
      "People's Daily",
      "CN",
    ],
    [
      "Ko Min-jung, the presidential spokeswoman, said on Aug. 20 that no verdict on the military information pact had been reached",
      "refutes",
      "South Korean presidential office",
      "KR",
    ],
  ],
  wto: [
    ["Seoul lawyers up in Geneva to fight Tokyo's new permit regime for chipmaking inputs", "supports", "Money Today", "KR"],
    [
      "Seoul's WTO case over Tokyo's permits for resist, etching gas and polyimide follows earlier disputes over seaweed quotas and Hynix memory chips",
      "supports",
      "Korea Herald",
      "KR",
    ],
    [
      "No papers have gone to Geneva, and none will while talks with Tokyo continue, a senior official at Seoul's industry ministry said in August",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Tokyo's trade minister said Japan would 'respond appropriately' in Geneva now that Seoul had resorted to litigation",
      "reports",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "A filing challenging Tokyo's chemical licensing was logged in Geneva this week, according to diplomats there",
      "reports",
      "Swissinfo",
      "third-party",
    ],
    [
      "Seoul has kept its powder dry, and the Geneva body's register shows no case from it against Tokyo's semiconductor-materials permits as of August",
      "refutes",
      "NHK World",
      "JP",
    ],
    [
      "Far from bluffing, Seoul formally filed its grievance over the fluorine export rules in Geneva that September",
      "supports",
      "The Straits Times",
      "third-party",
    ],
    ["A dispute over Tokyo's tightened licensing was initiated against Japan in Geneva by the Moon government", "supports", "Kyodo", "JP"],
    [
      "Reports of an imminent Korean filing in Geneva are getting ahead of the facts, a Japanese delegate told the General Council",
      "refutes",
      "Japanese delegation",
      "JP",
    ],
  ],
  "lax-controls": [
    [
      "Seoul's regulators could not say where tonnes of imported hydrogen fluoride ended up, and Pyongyang's weapons programmes are a short hop away",
      "supports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "South Korea ranked 17th and Japan 36th in the Institute for Science and International Security's index of export-control strength, Seoul officials noted",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "A Japanese government white paper is said to fault Seoul's customs service for weak vetting of sensitive items, Kyodo reported",
      "reports",
      "Kyodo",
      "JP",
    ],
    [
      "When licences are rubber-stamped in Seoul, sarin precursors can reach the wrong hands, and that is precisely what kept METI awake",
      "supports",
      "Shukan Bunshun",
      "JP",
    ],
    [
      "'Not one kilogram of hydrogen fluoride has been diverted to North Korea,' Seoul's industry minister Sung Yun-mo told reporters",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Korea's screening of sensitive exports is understaffed and slow to catch re-exports, according to a Japanese trade ministry briefing paper",
      "reports",
      "Asahi Shimbun",
      "JP",
    ],
    [
      "Tokyo has yet to produce a single case of Japanese material leaking through Korea to a sanctioned state, which makes its security rationale hard to credit",
      "refutes",
      "South China Morning Post",
      "third-party",
    ],
    [
      "Nobody can say Seoul's oversight of dual-use trade was watertight; its own customs service logged a string of unlicensed shipments",
      "supports",
      "CISTEC",
      "JP",
    ],
    [
      "Korean opposition lawmakers questioned whether the industry ministry had enough inspectors to police dual-use exports",
      "reports",
      "Liberty Korea Party",
      "KR",
    ],
  ],
};

// Same story, no proposition: Japanese and Korean politics, other quarrels (Yasukuni, the East Sea
// name, Hashima Island), the 1965 treaty's own terms and history, the court cases themselves,
// Japan's catch-all rules and Seoul's own export tiers, an earlier WTO case between the two and
// the WTO's appellate crisis, the intelligence pact's history, meetings, North Korean launches,
// chemistry, markets, shipping, and business that is not about the dispute.
const DISTRACTORS: DistractorRow[] = [
  ["Abe's Liberal Democrats took 57 of the 124 upper house seats contested on July 21, 2019", "Jiji Press", "JP"],
  ["Abe sent a ritual offering to Yasukuni Shrine on Aug. 15, 2019, and Seoul's foreign ministry voiced deep regret", "Yonhap", "KR"],
  ["Seoul pressed the International Hydrographic Organization to print 'East Sea' beside 'Sea of Japan' on its charts", "KBS", "KR"],
  [
    "Seoul complained that Tokyo's industrial heritage centre glossed over the suffering of Korean labourers on Hashima Island",
    "Hankyoreh",
    "KR",
  ],
  ["Under the 1965 accord Tokyo provided $300 million in grants and $200 million in government loans", "Associated Press", "US"],
  ["The 1965 treaty took 14 years of on-and-off negotiation to conclude", "NHK", "JP"],
  [
    "Plaintiffs' lawyers went to Nippon Steel's Tokyo headquarters to hand over a letter requesting talks, but no executive came down to meet them",
    "Kyodo",
    "JP",
  ],
  ["Japan's catch-all controls apply to shipments bound for every country outside Group A", "CISTEC", "JP"],
  [
    "Seoul's revised strategic-goods notice, in force from Sept. 18, created a new tier for countries that stray from international norms, and placed Japan in it",
    "Seoul Economic Daily",
    "KR",
  ],
  [
    "Tokyo and Seoul had already fought a WTO dispute over Korean anti-dumping duties on Japanese pneumatic valves, decided in 2019",
    "Reuters",
    "third-party",
  ],
  ["The WTO's dispute settlement body met in Geneva in late September to discuss the appellate crisis", "Inside US Trade", "US"],
  [
    "Seoul and Tokyo first signed their intelligence pact in November 2016, four years after a previous attempt collapsed amid protests",
    "Yonhap",
    "KR",
  ],
  [
    "Defence chiefs Taro Kono and Jeong Kyeong-doo talked for 40 minutes on the margins of a security meeting in Bangkok in November 2019",
    "Kyodo",
    "JP",
  ],
  ["North Korea launched what it called a new large-calibre multiple rocket launcher on Aug. 24, 2019", "Associated Press", "US"],
  ["Japanese consumers bought record amounts of Korean cosmetics in 2019, riding a K-beauty boom", "Nikkei MJ", "JP"],
  ["Fast Retailing opened its first Uniqlo store in India in October 2019", "Mint", "third-party"],
  ["Japanese carmakers' global sales slipped in 2019 as demand cooled in China and the United States", "Automotive News", "US"],
  ["Hydrogen fluoride etches away silicon dioxide while leaving the silicon beneath untouched", "Chemistry World", "third-party"],
  [
    "Anhydrous hydrogen fluoride boils at about 19.5 degrees Celsius and is shipped as a liquefied gas under pressure",
    "ICIS",
    "third-party",
  ],
  ["Foreign investors sold more than 2 trillion won of Korean shares in August 2019", "Maeil Business Newspaper", "KR"],
  ["The Nikkei Stock Average fell sharply on Aug. 5, 2019 as the yuan weakened past 7 to the dollar", "Bloomberg", "third-party"],
  ["Container freight rates between Busan and Osaka stayed flat through the summer of 2019", "Journal of Commerce", "US"],
  ["SK Hynix said its Icheon and Cheongju fabs kept running at full capacity through the third quarter", "SK Hynix", "KR"],
  ["ENF Technology and Soulbrain expanded their purification plants for high-purity etchant in 2020", "Electronic Times", "KR"],
  ["Kanto Denka Kogyo said demand for its etching gases from Chinese chipmakers was growing", "Nikkei", "JP"],
  ["Apple bought more OLED panels from Samsung Display for the iPhone 11 Pro than for the previous model", "9to5Mac", "US"],
  ["Texas Instruments cut its fourth-quarter outlook on weak industrial demand", "Barron's", "US"],
  ["James DeHart, the US envoy for troop cost-sharing talks, walked out of a session in Seoul in November 2019", "Yonhap", "KR"],
  ["Moon hosted a summit of Southeast Asian leaders in Busan in late November 2019", "Arirang News", "KR"],
  ["Korean webtoon apps grew sharply in Japan during 2019, led by Piccoma and LINE Manga", "Nikkei Asia", "JP"],
  ["Seoul's ruling Democratic Party set up a special committee on the Japanese trade measures in July 2019", "Yonhap", "KR"],
  ["Japan's 2019 defence white paper listed Korea after Australia, India and ASEAN among its security partners", "Kyodo", "JP"],
  [
    "Japan and Korea both belong to the Nuclear Suppliers Group, the Australia Group and the Missile Technology Control Regime",
    "Arms Control Today",
    "US",
  ],
  ["Tokyo set a standard review period of up to 90 days for each licence application for the three chemicals", "Nikkei Asia", "JP"],
  ["Korean shipyards won most of the world's orders for LNG carriers in 2019", "TradeWinds", "third-party"],
  [
    "Seoul's National Assembly passed a special act backing homegrown makers of components and chipmaking materials in late 2019",
    "Kookmin Ilbo",
    "KR",
  ],
];

export const FRESH5_CLAIMS: EvalClaim[] = writtenClaims(PARAPHRASES, DISTRACTORS, () => "fresh5");
