// Tenth fresh set for claim matching (held out until its closing measurement with pass 11; a
// tuning set since 2026-12-08), written 2026-12-07 blind, from the eight
// propositions' statements alone (the demo's three in prisma/demo/annotations.json and
// EXTRA_PROPOSITIONS in ./cases), without running the matcher, reading its code or looking at its
// output. Same story (Japan's 2019 export controls on South Korea and the dispute around them),
// same kinds and stance rules as ./cases and ./fresh4-cases to ./fresh9-cases:
// - paraphrase: a claim about one proposition, with the stance a reviewer would give it:
//   supports (states it, admits it, or denies its denial, e.g. "it is simply untrue that
//   Washington was evenhanded; it leaned toward Abe from the first week", or asks a rhetorical
//   question that assumes it), refutes (denies it, including denials by officials, hedged denials
//   and refutations phrased positively, e.g. "Seoul blinked on 22 November, suspending its
//   withdrawal notice so that the pact stayed alive"), reports (tells of someone's view,
//   accusation, suspicion or complaint, or carries it "according to" someone, rather than stating
//   or denying it);
// - distractor: a claim about the same story that belongs to no proposition (chip markets and
//   chemistry, company results, macroeconomics of both countries, the court cases' procedure,
//   other quarrels between the two governments, the intelligence pact's history, other
//   export-licence regimes, US demands on Seoul that are not about the dispute, tourism other than
//   Korean travel to Japan, sports, and new here: shipping lines and ports, university and student
//   exchanges, K-pop and anime business, energy imports and power, defence procurement, and
//   consumer boycotts in other countries), so that topic words alone do not decide.
// 80 paraphrases, 10 per proposition (4 supports, 3 refutes, 3 reports each: 32 supports, 24
// refutes, 24 reports) and 44 distractors. Wording avoids ./cases and ./fresh-cases to
// ./fresh9-cases (other verbs, nouns, idioms and sentence shapes: counterfactuals, rhetorical
// questions, op-ed verdicts, polls, briefing-room denials, passive voice, idioms, numbers and
// dates, "according to" attributions, hedges, double negations that support, long sentences with
// subordinate clauses), checked by a throwaway script: no claim shares a word 4-gram (beyond
// function words and numbers) with any of them, their propositions' statements or another claim
// here; all 80 of the 80 paraphrases (100%) share no content word with their proposition's
// statement (counting "Japanese" as "Japan" and "Korean" as "Korea", a shared stem or
// five-letter prefix as shared, numbers as content words and "WTO" as sharing "World Trade
// Organization"). Korean travel to Japan is left out of both kinds, as in fresh4 to fresh9.
// Not wired into the eval yet; once it is, reported only, never tuned on: nobody tuning the
// matcher may read this file.
import { writtenClaims, type DistractorRow, type EvalClaim, type Row } from "./cases";

const PARAPHRASES: Record<string, Row[]> = {
  retaliation: [
    [
      "If Seoul's supreme judges had never ordered Mitsubishi Heavy to pay the men it once mobilised, Abe would not have touched the photoresist business, a Sogang University economist reckoned",
      "supports",
      "Sogang University economist",
      "KR",
    ],
    [
      "Is anyone in Seoul truly meant to believe that the timing, eight months after the justices' landmark verdict on conscripted miners, was a coincidence?",
      "supports",
      "Hankyoreh",
      "KR",
    ],
    [
      "Tokyo's licensing clampdown was, in the plainest terms, a punishment meted out over the conscription judgments",
      "supports",
      "Washington Post",
      "US",
    ],
    [
      "As Abe's own aides eventually conceded, the permit regime was designed to make Seoul pay for what its judges had decided about the conscripts",
      "supports",
      "Tokyo Shimbun",
      "JP",
    ],
    [
      "The chemical-licensing overhaul had nothing whatsoever to do with the judgments about mobilised workers, Nishimura told reporters at the Kantei",
      "refutes",
      "Japanese government",
      "JP",
    ],
    [
      "Arguably the timing was coincidental: METI's reviewers had flagged gaps in Seoul's paperwork for three years, a Heritage Foundation analyst wrote",
      "refutes",
      "Heritage Foundation",
      "US",
    ],
    [
      "Tokyo's permits answer a question of trust in how chemicals are handled, not a grievance over verdicts, Seko Hiroshige wrote on Twitter",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "According to Yonhap, Moon's chief of staff described the chemical permits as a reprisal aimed at the justices in Seoul",
      "reports",
      "Yonhap",
      "KR",
    ],
    [
      "Survivors' groups in Gwangju said Tokyo was punishing Seoul's judiciary by squeezing its fabs",
      "reports",
      "victims' support groups",
      "KR",
    ],
    [
      "A Gallup poll in Seoul found 71% of respondents believed Abe's licensing move was payback for the verdicts on mobilised workers",
      "reports",
      "Gallup Korea",
      "KR",
    ],
  ],
  "us-sided-with-japan": [
    [
      "Washington's diplomats spent the summer urging Moon to back off while never once pressing Abe, a clear sign of where American loyalties lay",
      "supports",
      "OhmyNews",
      "KR",
    ],
    [
      "Could America have made its preference plainer than by shrugging at Abe's curbs while scolding Seoul over the intelligence pact?",
      "supports",
      "Kyunghyang Shinmun",
      "KR",
    ],
    [
      "The Trump administration was in Tokyo's camp throughout the row, a former Pentagon official acknowledged in an interview",
      "supports",
      "former Pentagon official",
      "US",
    ],
    ["It is simply untrue that Washington was evenhanded; it leaned toward Abe from the first week", "supports", "Seoul Shinmun", "KR"],
    [
      "America remained neutral, a spokeswoman at Foggy Bottom insisted, and wanted its two allies to find their own way out",
      "refutes",
      "US State Department",
      "US",
    ],
    [
      "Far from favouring Abe, the White House arguably gave Moon a warmer hearing than Tokyo liked, a CSIS scholar argued",
      "refutes",
      "CSIS",
      "US",
    ],
    [
      "The Americans stayed on the fence for the entire quarrel, content to let the two neighbours fight it out",
      "refutes",
      "Asia Times",
      "third-party",
    ],
    [
      "Moon's aides grumbled off the record that the Americans were quietly rooting for Abe, the Hankyoreh reported",
      "reports",
      "Hankyoreh",
      "KR",
    ],
    ["A Yomiuri poll found most respondents in Tokyo felt America was behind them in the quarrel", "reports", "Yomiuri Shimbun", "JP"],
    ["Seoul's progressive papers accused the Trump team of favouring Abe's cabinet", "reports", "Pressian", "KR"],
  ],
  "settled-1965": [
    [
      "Every demand for reparations tied to the colonial mobilisation was wiped clean when Park's envoys signed in Tokyo half a century ago",
      "supports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "Had the normalisation pact left individual grievances open, Seoul would not have run its own payouts to conscripts' families in 2008, a diplomat in Tokyo noted",
      "supports",
      "Japanese foreign ministry",
      "JP",
    ],
    [
      "Nobody can seriously argue that the $500 million in grants and loans left any debt from the occupation outstanding",
      "supports",
      "Yomiuri Shimbun",
      "JP",
    ],
    [
      "Seoul's own 2005 joint committee concluded that the conscripts' redress was covered by the normalisation funds",
      "supports",
      "Korea JoongAng Daily",
      "KR",
    ],
    [
      "What Park signed concerned money owed between two treasuries, not the injuries suffered by men dragged into mines, the Gwangju bench held",
      "refutes",
      "Gwangju High Court",
      "KR",
    ],
    [
      "Even Tokyo's own foreign ministry told the Diet in 1991 that individuals' rights to seek redress had not been extinguished",
      "refutes",
      "Asahi Shimbun",
      "JP",
    ],
    [
      "It is far from certain that a government can sign away what its citizens are owed for enslavement, a jurist at Ewha Womans University cautioned",
      "refutes",
      "Ewha Womans University",
      "KR",
    ],
    [
      "According to NHK, Kono told the Diet that Seoul's judges had overturned the postwar order by reopening matters closed decades earlier",
      "reports",
      "NHK",
      "JP",
    ],
    ["Abe's cabinet maintains that nothing remained owed after the normalisation protocol", "reports", "Japanese government", "JP"],
    [
      "Some conservative scholars in Seoul, such as those at the Naksungdae institute, argue that the grants closed the book on redress",
      "reports",
      "Naksungdae Institute of Economic Research",
      "KR",
    ],
  ],
  whitelist: [
    [
      "Since 28 August, Seoul's buyers of sensitive items no longer enjoy the fast lane Tokyo reserves for its closest partners",
      "supports",
      "Mainichi Shimbun",
      "JP",
    ],
    [
      "Seoul lost its place among Tokyo's so-called white nations when Abe's cabinet signed off on the revised ordinance on 2 August",
      "supports",
      "Nikkei Asia",
      "JP",
    ],
    [
      "Who could still maintain, after the August ordinance, that Seoul enjoyed the same privileged status as Washington or London in Tokyo's eyes?",
      "supports",
      "Chosun Ilbo",
      "KR",
    ],
    [
      "Tokyo's revised ordinance downgraded Seoul to the second tier of destinations, forcing exporters to seek case-by-case approval",
      "supports",
      "Reuters",
      "third-party",
    ],
    ["Seoul lost nothing in the August revision, which merely relabelled the tiers, Suga insisted", "refutes", "Japanese government", "JP"],
    [
      "Describing the August revision as an expulsion is probably misleading, since Seoul ended up in the same group as several EU members, a Chatham House fellow wrote",
      "refutes",
      "Chatham House",
      "third-party",
    ],
    ["As of mid-July, Seoul remained a white nation in Tokyo's ordinance, Seko told reporters", "refutes", "Japanese trade ministry", "JP"],
    [
      "Seoul's industry chief branded Tokyo's downgrade of Seoul's status an act of economic aggression",
      "reports",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "According to Kyodo, the cabinet order demoting Seoul from the top category would take effect in late August",
      "reports",
      "Kyodo",
      "JP",
    ],
    [
      "Hong Nam-ki warned that Seoul's exclusion from Tokyo's favoured club would hit small parts suppliers hardest",
      "reports",
      "South Korean finance ministry",
      "KR",
    ],
  ],
  boycott: [
    [
      "Lexus and Toyota sales slumped by more than half in August as Seoul's car buyers shunned anything from Tokyo over the chemicals row",
      "supports",
      "Korea Automobile Importers and Distributors Association",
      "KR",
    ],
    [
      "Would a Seoul family really have been seen buying Nintendo consoles that autumn, when neighbours were swapping lists of brands to avoid in group chats?",
      "supports",
      "Hankyoreh 21",
      "KR",
    ],
    [
      "Seoul's 24-hour corner shops took Asahi and Sapporo cans out of their fridges after shoppers stopped buying them in protest at Tokyo's curbs",
      "supports",
      "GS Retail",
      "KR",
    ],
    [
      "Uniqlo's takings in Seoul fell by roughly a third in the year after Abe's curbs, as customers walked away in protest",
      "supports",
      "Financial Times",
      "third-party",
    ],
    [
      "There was no mass shunning: Uniqlo's Myeongdong flagship was busy again by the winter, a Fast Retailing spokesman said",
      "refutes",
      "Fast Retailing",
      "JP",
    ],
    [
      "Seoul's households probably never turned their backs on Tokyo's brands in any great number; card data show purchases of its cosmetics and electronics barely dipped, a Nomura economist wrote",
      "refutes",
      "Nomura",
      "JP",
    ],
    [
      "Tokyo's game consoles and anime merchandise kept flying off Seoul's shelves, hardly the sign of a shopper revolt",
      "refutes",
      "Toyo Keizai",
      "JP",
    ],
    ["A Realmeter survey in July put the share of respondents joining the buying strike at 62.8%", "reports", "Realmeter", "KR"],
    ["Asahi Breweries executives lamented that Seoul's pubs had taken their lager off the menu", "reports", "Asahi Group Holdings", "JP"],
    [
      "Small shopkeepers' associations in Seoul announced they would pull Tokyo-brand products from 23,000 stores, Yonhap said",
      "reports",
      "Korea Mart Association",
      "KR",
    ],
  ],
  gsomia: [
    [
      "Seoul's presidential security office told Tokyo it was pulling out of GSOMIA, effective 23 November 2019",
      "supports",
      "Yonhap",
      "KR",
    ],
    [
      "Moon's government chose to scrap the bilateral pact for swapping classified defence information, citing Tokyo's treatment of Seoul as an unreliable partner",
      "supports",
      "Korea Herald",
      "KR",
    ],
    ["It is beyond doubt that Moon's cabinet opted, in late August, to walk away from GSOMIA", "supports", "JoongAng Ilbo", "KR"],
    [
      "Seoul's exit from the 2016 pact for exchanging classified data with Tokyo was the most serious blow to three-way defence cooperation in years, a RAND analyst wrote",
      "supports",
      "RAND Corporation",
      "US",
    ],
    ["Seoul blinked on 22 November, suspending its withdrawal notice so that the pact stayed alive", "refutes", "Nikkei Asia", "JP"],
    [
      "Seoul never really walked away from the pact; it merely threatened to, and the threat was shelved, Chung Eui-yong said",
      "refutes",
      "South Korean presidential office",
      "KR",
    ],
    [
      "As late as mid-August, Seoul's top diplomat Kang said keeping the pact remained the working assumption",
      "refutes",
      "South Korean foreign ministry",
      "KR",
    ],
    ["Esper told reporters he was disappointed by Seoul's move to drop GSOMIA", "reports", "Pentagon", "US"],
    ["Tokyo lodged a protest with Seoul's envoy Nam Gwan-pyo over the GSOMIA pullout, Kyodo said", "reports", "Kyodo", "JP"],
    [
      "According to a Gallup poll, 48% of respondents in Seoul backed scrapping GSOMIA while 29% opposed it",
      "reports",
      "Gallup Korea",
      "KR",
    ],
  ],
  wto: [
    [
      "In September 2019 Seoul hauled Tokyo before Geneva's dispute-settlement machinery, asking for consultations over the three chemicals",
      "supports",
      "Yonhap",
      "KR",
    ],
    [
      "Yoo Myung-hee's team lodged its case in Geneva within weeks of the August ordinance, a move Seoul had long threatened",
      "supports",
      "Korea Herald",
      "KR",
    ],
    ["Had Seoul not sued in Geneva, there would have been no panel request by the following June", "supports", "Reuters", "third-party"],
    [
      "Seoul's mission in Geneva formally notified the dispute body of its case over Tokyo's licensing of etching gas, resist and fluorinated film",
      "supports",
      "Bloomberg",
      "third-party",
    ],
    ["Seoul held its fire in Geneva all summer, preferring to negotiate", "refutes", "Nikkei", "JP"],
    [
      "A request for consultations is hardly a lawsuit, and Seoul arguably never pressed a real case before dropping it in 2023, a University of Tokyo law professor said",
      "refutes",
      "University of Tokyo",
      "JP",
    ],
    [
      "Seoul's so-called case in Geneva is a myth: all Seoul ever did was send a letter asking for talks, Tokyo's envoy said",
      "refutes",
      "Japanese mission in Geneva",
      "JP",
    ],
    ["Seko said he found Seoul's recourse to Geneva extremely disappointing, Jiji Press reported", "reports", "Jiji Press", "JP"],
    ["Seoul's chipmakers' lobby hailed the case in Geneva as overdue", "reports", "Korea Semiconductor Industry Association", "KR"],
    [
      "A senior METI official told the Asahi that Seoul's Geneva case was doomed because Tokyo's permits follow Wassenaar rules",
      "reports",
      "Asahi Shimbun",
      "JP",
    ],
  ],
  "lax-controls": [
    [
      "Seoul's customs officers lacked the staff to track where shipments of hydrogen fluoride went after landing, leaving a gap Pyongyang could exploit",
      "supports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "Is it any wonder Tokyo worried, when Seoul's enforcers had themselves caught 156 illicit consignments between 2015 and early 2019?",
      "supports",
      "Yukan Fuji",
      "JP",
    ],
    [
      "Seoul's oversight of weapons-usable chemicals was patchy at best, allowing shipments to slip through to the Middle East",
      "supports",
      "Washington Times",
      "US",
    ],
    [
      "A catch-all clause existed on paper in Seoul but was barely enforced, a CISTEC researcher in Tokyo argued",
      "supports",
      "CISTEC",
      "JP",
    ],
    [
      "A Washington think tank's nonproliferation index ranked Seoul's licensing regime for dual-use items 17th, well ahead of Tokyo's at 36th",
      "refutes",
      "Institute for Science and International Security",
      "US",
    ],
    [
      "There is no evidence that a single drum of etching gas from Seoul's fabs reached Pyongyang, an official at Seoul's ministry of industry insisted",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Tokyo's suggestion of sloppy vetting in Seoul is probably unfair, since the violations it cites were caught and punished by Seoul itself, a Carnegie scholar noted",
      "refutes",
      "Carnegie Endowment",
      "US",
    ],
    [
      "Abe's ministers hinted that sensitive chemicals sent to Seoul may have been diverted, according to the Asahi",
      "reports",
      "Asahi Shimbun",
      "JP",
    ],
    [
      "Hagiuda Koichi told a TV panel that Seoul had failed to account for some shipments, implying they might have ended up in Pyongyang",
      "reports",
      "Liberal Democratic Party",
      "JP",
    ],
    [
      "A Tokyo think tank's report alleged that Seoul's policing of dual-use consignments had fallen short of Wassenaar norms",
      "reports",
      "Japan Forum for Strategic Studies",
      "JP",
    ],
  ],
};

const DISTRACTORS: DistractorRow[] = [
  ["Busan port handled a record 21.9 million twenty-foot containers in 2019", "Busan Port Authority", "KR"],
  ["Hyundai Merchant Marine joined THE Alliance of container lines in April 2020", "Lloyd's List", "third-party"],
  ["Ocean Network Express was formed in 2018 by merging the container arms of NYK, MOL and K Line", "Nikkei", "JP"],
  ["Hanjin Shipping, once Seoul's largest container line, was declared bankrupt in February 2017", "Korea Times", "KR"],
  ["About 18,000 students from South Korea were studying in Japan in 2019", "JASSO", "JP"],
  ["The Campus Asia programme funds student exchanges among universities in China, Japan and South Korea", "Campus Asia", "third-party"],
  [
    "Enrolment in Japanese-language classes at Seoul high schools has been falling for years as Chinese gains popularity",
    "Korea Times",
    "KR",
  ],
  ["TWICE played the Tokyo Dome in 2019 as part of its first dome tour", "Billboard", "US"],
  ["JYP Entertainment launched the girl group NiziU through an audition show broadcast in 2020", "Oricon", "JP"],
  ["Japan was the second-largest market for recorded music in 2019, behind the United States", "IFPI", "other"],
  ["Sony agreed to buy the anime streaming service Crunchyroll from AT&T for $1.175 billion in December 2020", "Variety", "US"],
  ["Netflix licensed dozens of anime series for its Asian audiences in 2020", "Deadline", "US"],
  ["Seoul imported about 40 million tonnes of liquefied natural gas in 2019, mostly from Qatar, Australia and the US", "KOGAS", "KR"],
  ["Saudi Arabia supplied about a third of Japan's crude oil imports in 2019", "Japanese trade ministry", "JP"],
  [
    "Japanese utilities had restarted nine nuclear reactors by 2019 under post-Fukushima safety rules",
    "Nuclear Regulation Authority",
    "JP",
  ],
  ["Moon's government pledged to phase out coal and nuclear power over several decades", "Yonhap", "KR"],
  ["Seoul took delivery of its first F-35A stealth fighters at Cheongju in March 2019", "Defense News", "US"],
  [
    "Tokyo chose in December 2018 to buy 105 more F-35s, including short-takeoff models for its Izumo-class ships",
    "Japanese defence ministry",
    "JP",
  ],
  ["Japan scrapped plans to deploy the Aegis Ashore missile-defence system in June 2020", "NHK", "JP"],
  ["The first Global Hawk surveillance drone bought by Seoul from Northrop Grumman arrived in December 2019", "Yonhap", "KR"],
  ["Chinese shoppers shunned Lotte Mart in 2017 after the conglomerate provided land for the THAAD battery", "Caixin", "CN"],
  ["Consumers in China boycotted H&M in 2021 over its statement on Xinjiang cotton", "Reuters", "third-party"],
  ["Shoppers in Gulf states pulled Danish dairy products from supermarket shelves in 2006 over the cartoons row", "BBC", "third-party"],
  ["Some US customers burned Nike shoes after the Colin Kaepernick advertisement in 2018", "CNN", "US"],
  ["Samsung opened a production line at Hwaseong devoted to EUV lithography in 2020", "Samsung Electronics", "KR"],
  ["TSMC's capital spending reached about $15 billion in 2019", "TSMC", "other"],
  ["Samsung and SK Hynix together held roughly 70% of the global DRAM market in 2019", "TrendForce", "other"],
  ["Kolon Industries sells colourless polyimide film to makers of folding handsets", "Electronic Times", "KR"],
  ["Tokyo Ohka Kogyo makes photoresist at a plant in Incheon", "Nikkei", "JP"],
  ["Hitachi sold its chemicals arm Hitachi Chemical to Showa Denko in 2020", "Nikkei", "JP"],
  ["Mitsubishi Heavy froze its SpaceJet regional airliner programme in 2020", "Mitsubishi Heavy Industries", "JP"],
  [
    "Japan's GDP contracted at a 7.1% annual pace in October to December 2019, hit by the sales-tax rise and Typhoon Hagibis",
    "Japanese Cabinet Office",
    "JP",
  ],
  ["Seoul's growth slowed to 2.0% in 2019, the weakest in a decade", "Bank of Korea", "KR"],
  ["Seoul's top bench took more than five years to rule on the Nippon Steel appeal after sending it back in 2012", "Hankyoreh", "KR"],
  ["Tokyo Electric and Chubu Electric merged their fuel-buying operations into JERA, the biggest LNG buyer anywhere", "JERA", "JP"],
  [
    "Seoul's navy asked Tokyo's Maritime Self-Defense Force to leave the rising-sun flag at home for a 2018 fleet review off Jeju",
    "Yonhap",
    "KR",
  ],
  ["Tokyo protested the East Sea Territory Protection exercise that Seoul staged in August 2019", "Kyodo", "JP"],
  [
    "Washington widened its foreign direct product rule in 2020 to cut Huawei off from foundries using American tools",
    "Reuters",
    "third-party",
  ],
  ["GSOMIA was signed in November 2016, four years after an earlier attempt collapsed amid a public outcry in Seoul", "Yonhap", "KR"],
  ["Washington added the Chinese supercomputer maker Sugon to its Entity List in June 2019", "US Commerce Department", "US"],
  ["The Wassenaar Arrangement had 42 participating states in 2019", "Wassenaar Arrangement", "other"],
  ["Washington asked Seoul to send warships to the Strait of Hormuz in 2019", "Stars and Stripes", "US"],
  ["Chinese visitors to Japan topped 9.5 million in 2019", "Japan National Tourism Organization", "JP"],
  ["Japan hosted the Rugby World Cup in autumn 2019 and reached the quarter-finals for the first time", "World Rugby", "other"],
];

export const FRESH10_CLAIMS: EvalClaim[] = writtenClaims(PARAPHRASES, DISTRACTORS, () => "fresh10");
