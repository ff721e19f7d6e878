// Ninth fresh held-out set for claim matching (npm run eval:linking -- --report-fresh9), written
// 2026-12-07 blind, from the eight propositions' statements alone (the demo's three in
// prisma/demo/annotations.json and EXTRA_PROPOSITIONS in ./cases), without running the matcher,
// reading its code or looking at its output. Same story (Japan's 2019 export controls on South
// Korea and the dispute around them), same kinds and stance rules as ./cases and ./fresh4-cases
// to ./fresh8-cases:
// - paraphrase: a claim about one proposition, with the stance a reviewer would give it:
//   supports (states it, admits it, or denies its denial, e.g. "it would be hard not to see Abe's
//   licensing squeeze as vengeance for the judgments won by drafted miners", or asks a rhetorical
//   question that assumes it), refutes (denies it, including denials by officials, hedged denials
//   and refutations phrased positively, e.g. "GSOMIA survived: on the eve of the deadline Seoul
//   conditionally froze its exit"), reports (tells of someone's view, accusation, suspicion,
//   boast or complaint, or carries it "according to" someone, rather than stating or denying it);
// - distractor: a claim about the same story that belongs to no proposition (chip markets and
//   chemistry, company results and investment, macroeconomics of both countries, the court cases'
//   procedure and the 1965 treaty's own terms, other quarrels between the two governments, other
//   WTO cases between the two, the intelligence pact's history and terms, other export-licence
//   regimes, US demands on Seoul that are not about the dispute, tourism other than Korean travel
//   to Japan, and new here: fisheries and whaling, history textbooks and joint history research,
//   sports, semiconductors in Europe), so that topic words alone do not decide.
// 80 paraphrases, 10 per proposition (4 supports, 3 refutes, 3 reports each: 32 supports, 24
// refutes, 24 reports) and 44 distractors. Wording avoids ./cases and ./fresh-cases to
// ./fresh8-cases (other verbs, nouns, idioms and sentence shapes: counterfactuals, rhetorical
// questions, op-ed verdicts, polls, briefing-room denials, passive voice, idioms, numbers and
// dates, "according to" attributions, hedges, double negations that support, long sentences with
// subordinate clauses), checked by a throwaway script: no claim shares a word 4-gram (beyond
// function words and numbers) with any of them or with another claim here; all 80 of the 80
// paraphrases (100%) share no content word with their proposition's statement (counting
// "Japanese" as "Japan" and "Korean" as "Korea", a shared stem or five-letter prefix as shared,
// numbers as content words and "WTO" as sharing "World Trade Organization"). Korean travel to
// Japan is left out of both kinds, as in fresh4 to fresh8.
// Reported only (--report-fresh9), never tuned on: nobody tuning the matcher may read this file.
import { writtenClaims, type DistractorRow, type EvalClaim, type Row } from "./cases";

const PARAPHRASES: Record<string, Row[]> = {
  retaliation: [
    [
      "Had Seoul's top judges never found for the men Nippon Steel drafted, METI would have left the three fluorine chemicals alone, a Seoul National University historian wrote",
      "supports",
      "Seoul National University historian",
      "KR",
    ],
    [
      "Why else would Abe's ministers wait until half a year after the conscript verdicts to discover an urgent need to vet every drum of etching gas bound for Seoul?",
      "supports",
      "Kyunghyang Shinmun",
      "KR",
    ],
    [
      "It would be hard not to see Abe's licensing squeeze as vengeance for the judgments won by drafted miners and shipyard hands",
      "supports",
      "The Economist",
      "third-party",
    ],
    [
      "Announced on the first of the month, barely eight months after Mitsubishi Heavy had been ordered by Seoul's justices to indemnify former conscripts, the curbs on resist, polyimide and etchant were plainly meant as a penalty, Le Monde's correspondent wrote",
      "supports",
      "Le Monde",
      "third-party",
    ],
    [
      "There is little to suggest the new permits for chipmaking chemicals were a riposte to the Nippon Steel judgment; Tokyo's motives were probably more mundane, a Kyoto Sangyo University scholar suggested",
      "refutes",
      "Japanese academic",
      "JP",
    ],
    [
      "Suga dismissed as a complete misunderstanding the idea that the new licensing procedure was tied to the conscription litigation",
      "refutes",
      "Japanese government",
      "JP",
    ],
    [
      "The permit overhaul grew out of an audit of sensitive shipments that METI had begun well before Seoul's judges spoke, Nishimura Yasutoshi stressed",
      "refutes",
      "Japanese government",
      "JP",
    ],
    [
      "According to the JoongAng Daily, the Blue House regards the fluorine-chemical licensing as Abe's reprisal against Seoul's justices",
      "reports",
      "JoongAng Daily",
      "KR",
    ],
    [
      "Plaintiffs' lawyers in Gwangju accused Abe of holding Seoul's memory-chip makers hostage to make the victims drop their damages awards",
      "reports",
      "plaintiffs' lawyers",
      "KR",
    ],
    [
      "Opposition leader Sohn Hak-kyu charged that Tokyo was wielding chemicals as a cudgel against Seoul's judiciary, the Dong-A Ilbo said",
      "reports",
      "Dong-A Ilbo",
      "KR",
    ],
  ],
  "us-sided-with-japan": [
    [
      "Washington's envoys leaned on Moon's team to back down while asking nothing of Abe's, which tells you whose corner America was in",
      "supports",
      "Pressian",
      "KR",
    ],
    [
      "The Americans were hardly neutral referees; they tipped the scales toward Tokyo from the opening week of the quarrel",
      "supports",
      "Hankook Ilbo",
      "KR",
    ],
    [
      "Pompeo's diplomats and Esper's Pentagon alike lined up behind Abe's cabinet over the fluorine chemicals, a former Blue House adviser wrote in Foreign Affairs",
      "supports",
      "Foreign Affairs",
      "US",
    ],
    [
      "Seoul was left isolated as Washington's weight was thrown behind Tokyo for the whole of that quarrel",
      "supports",
      "Kyunghyang Shinmun",
      "KR",
    ],
    [
      "Calling American policy pro-Tokyo probably goes too far; the Trump team mostly stayed aloof and wished both allies would sort things out, a Stimson Center analyst said",
      "refutes",
      "Stimson Center",
      "US",
    ],
    [
      "Stilwell assured reporters in Seoul that America played no favourites among its Pacific allies",
      "refutes",
      "US State Department",
      "US",
    ],
    ["Washington kept an even keel, urging both capitals to mend fences on their own", "refutes", "Voice of America", "US"],
    [
      "According to a Realmeter poll, six in ten respondents in Seoul believed Washington was in Tokyo's pocket during the row",
      "reports",
      "Realmeter",
      "KR",
    ],
    [
      "Legislators from Moon's party muttered that Trump's people were firmly in Abe's camp",
      "reports",
      "Democratic Party of Korea lawmakers",
      "KR",
    ],
    ["The Sankei Shimbun crowed that the White House was squarely on Abe's team", "reports", "Sankei Shimbun", "JP"],
  ],
  "settled-1965": [
    [
      "Park Chung-hee's normalisation accord permanently extinguished every bid for redress stemming from Tokyo's 35-year rule",
      "supports",
      "Japanese government",
      "JP",
    ],
    [
      "The Basic Relations deal and its companion protocol left nothing for drafted miners' families to pursue before any tribunal",
      "supports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "One cannot deny that Park's government waived, for every citizen, any further redress for the mobilisation years in exchange for Tokyo's grants",
      "supports",
      "Nikkei",
      "JP",
    ],
    [
      "Because Tokyo's money was meant to cover the mobilised and was instead spent by Park on steel mills and highways, any grievance left over is Seoul's to answer, not Tokyo's, a Yomiuri editorial argued",
      "supports",
      "Yomiuri Shimbun",
      "JP",
    ],
    [
      "Seoul's Supreme Court held that the normalisation accord dealt only with debts owed between governments and never reached the suffering inflicted on individual conscripts under colonial rule",
      "refutes",
      "South Korean Supreme Court",
      "KR",
    ],
    [
      "It is doubtful that diplomats in the 1960s could sign away each victim's personal right to redress, a Yonsei law professor suggested",
      "refutes",
      "Yonsei University",
      "KR",
    ],
    [
      "The victims' entitlements outlived what Park signed, Seoul's foreign ministry said, brushing aside Tokyo's interpretation",
      "refutes",
      "South Korean foreign ministry",
      "KR",
    ],
    ["Tokyo's view, Nikkei reported, is that nothing was left open after Park's signature", "reports", "Nikkei", "JP"],
    [
      "According to Kyodo, Kono summoned Seoul's ambassador and protested that its judges were tearing up a bargain sealed decades earlier",
      "reports",
      "Kyodo",
      "JP",
    ],
    [
      "Conservative economic historians such as Lee Young-hoon contend that Tokyo's grants discharged every obligation toward the mobilised",
      "reports",
      "Lee Young-hoon",
      "KR",
    ],
  ],
  whitelist: [
    [
      "From 28 August Seoul sat in Group B, a notch below the 26 partners that still enjoy simplified licensing for sensitive items",
      "supports",
      "Mainichi Shimbun",
      "JP",
    ],
    ["Seoul got the boot from Tokyo's inner club of favoured purchasers of dual-use wares", "supports", "Korea JoongAng Daily", "KR"],
    [
      "Anyone who says Seoul still belongs to Tokyo's A-group of favoured destinations after the August decree is mistaken",
      "supports",
      "Hankyoreh",
      "KR",
    ],
    [
      "Seoul was demoted by Abe's cabinet from the top tier of security-vetted partners, the first such downgrade since the scheme began",
      "supports",
      "Asahi Shimbun",
      "JP",
    ],
    [
      "No demotion took place, only a reclassification under a new naming scheme, a METI spokesman told a background briefing",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Seoul's fall from the A-group is probably exaggerated in the press, since the general bulk licences most firms use remained available, a RIETI fellow said",
      "refutes",
      "RIETI",
      "JP",
    ],
    [
      "In early July Seoul kept its Group A seat, Tokyo's officials noted, with only three fluorinated materials singled out for tighter licensing",
      "refutes",
      "Japanese officials",
      "JP",
    ],
    [
      "Moon accused Abe of a selfish, destructive act in ejecting Seoul from the circle of trusted buyers",
      "reports",
      "South Korean presidential office",
      "KR",
    ],
    [
      "According to the Chosun Ilbo, Seoul's cabinet vowed to answer Tokyo's downgrade by demoting Tokyo on its own fast-track roster",
      "reports",
      "Chosun Ilbo",
      "KR",
    ],
    [
      "Chaebol lobbyists warned that the demotion would snarl purchases of roughly 1,100 dual-use product lines",
      "reports",
      "Federation of Korean Industries",
      "KR",
    ],
  ],
  boycott: [
    [
      "Shoppers in Busan and Seoul walked past Uniqlo fleeces and Asahi lager to punish Tokyo for the chemical curbs",
      "supports",
      "Busan Ilbo",
      "KR",
    ],
    [
      "Imports of Tokyo-brewed beer were down about 97% year on year by September as Seoul's drinkers snubbed it over Abe's curbs",
      "supports",
      "Korea Customs Service",
      "KR",
    ],
    [
      "Seoul's buyers voted with their wallets, leaving Muji and Uniqlo racks untouched for a season after Abe's chemical move",
      "supports",
      "Seoul Economic Daily",
      "KR",
    ],
    [
      "Who, once Tokyo tightened its grip on etching gas, dared to be seen carrying a Uniqlo bag down a Seoul street?",
      "supports",
      "Kyunghyang Shinmun",
      "KR",
    ],
    [
      "Uniqlo's free thermal-wear giveaway drew queues around the block in Seoul that November, hardly the picture of a nationwide snub",
      "refutes",
      "Nikkei",
      "JP",
    ],
    [
      "Talk of a nationwide shunning is probably overblown; most households carried on buying Tokyo's cameras and cosmetics much as before, a Hyundai Research Institute survey suggested",
      "refutes",
      "Hyundai Research Institute",
      "KR",
    ],
    [
      "Fast Retailing's finance chief told analysts the slump in Seoul would be short-lived and denied shoppers were staying away on principle",
      "refutes",
      "Fast Retailing",
      "JP",
    ],
    [
      "According to a Hankook Research survey, roughly 67% of respondents said they had joined the purchasing strike aimed at Tokyo's brands",
      "reports",
      "Hankook Research",
      "KR",
    ],
    [
      "Tokyo's brewers complained that Seoul's retail chains were pressuring shoppers to snub their lagers",
      "reports",
      "Kirin Holdings",
      "JP",
    ],
    ["A Kyodo dispatch said young people in Seoul were shaming friends who still wore Tokyo-made sneakers", "reports", "Kyodo", "JP"],
  ],
  gsomia: [
    [
      "On 22 August 2019 Kim You-geun told the press Seoul was letting GSOMIA lapse at its November expiry",
      "supports",
      "South Korean presidential office",
      "KR",
    ],
    ["Seoul ditched its classified-information accord with Tokyo", "supports", "France 24", "third-party"],
    [
      "Moon's security council resolved, after hours of debate, to let the classified defence data arrangement expire, citing Tokyo's loss of trust",
      "supports",
      "Yonhap",
      "KR",
    ],
    [
      "Scarcely anyone in Seoul's defence establishment failed to grasp that the NSC had just voted to quit GSOMIA",
      "supports",
      "Hankyoreh",
      "KR",
    ],
    ["GSOMIA survived: on the eve of the deadline Seoul conditionally froze its exit", "refutes", "Nikkei Asia", "JP"],
    [
      "Early that August, defence minister Jeong Kyeong-doo insisted there were no plans to quit GSOMIA",
      "refutes",
      "South Korean defence ministry",
      "KR",
    ],
    [
      "Seoul's move was arguably less a genuine exit than a bargaining chip aimed at Washington, and it was never carried through, an Asan Institute fellow said",
      "refutes",
      "Asan Institute",
      "KR",
    ],
    ["Pompeo voiced disappointment that Moon's government was exiting GSOMIA", "reports", "US State Department", "US"],
    [
      "According to the Sankei, Abe's officials called Seoul's pullout from GSOMIA a misjudgement of the regional picture",
      "reports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "Conservatives in Seoul's parliament charged that Moon was playing dice with the nation's safety by walking out of the pact with Tokyo",
      "reports",
      "Liberty Korea Party",
      "KR",
    ],
  ],
  wto: [
    [
      "On 11 September 2019 Seoul asked Geneva for consultations over the permits Tokyo now demands for three fluorine chemicals, the first step in a formal case",
      "supports",
      "South Korean trade ministry",
      "KR",
    ],
    ["Seoul made good on its threat and dragged Tokyo into litigation in Geneva", "supports", "Bloomberg", "third-party"],
    [
      "A request for talks under the dispute-settlement rules was lodged in Geneva by Seoul's permanent mission",
      "supports",
      "Reuters",
      "third-party",
    ],
    [
      "Seoul's threat to go to Geneva was not an idle one, as Yoo Myung-hee's submission that autumn showed",
      "supports",
      "Korea Herald",
      "KR",
    ],
    [
      "Seoul chose talks over litigation, and no case about the fluorine chemicals ever reached Geneva",
      "refutes",
      "Mainichi Shimbun",
      "JP",
    ],
    [
      "In July Seoul's industry chief described a Geneva case to parliament as merely an option under review, not something already under way",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Strictly speaking Seoul never brought a full case, since asking for consultations is probably not the same thing as suing, a Georgetown jurist argued",
      "refutes",
      "Georgetown University",
      "US",
    ],
    [
      "According to NHK, METI officials called Seoul's move in Geneva regrettable and vowed to defend the licensing rules there",
      "reports",
      "NHK",
      "JP",
    ],
    [
      "Yomiuri commentators derided Seoul's Geneva suit as political theatre unlikely to survive the appellate paralysis",
      "reports",
      "Yomiuri Shimbun",
      "JP",
    ],
    ["Tokyo's ambassador in Geneva told the settlement body that Seoul's case had no merit", "reports", "Japanese mission in Geneva", "JP"],
  ],
  "lax-controls": [
    [
      "Seoul's licensing officers waved through consignments of hydrogen fluoride with barely a glance, opening the door to smuggling toward Pyongyang or Tehran",
      "supports",
      "Yukan Fuji",
      "JP",
    ],
    [
      "Between 2015 and March 2019 Seoul's enforcers logged well over a hundred unauthorised shipments of weapons-relevant items, a sign of a porous regime",
      "supports",
      "Fuji News Network",
      "JP",
    ],
    [
      "Seoul's vetting of dual-use cargo leaked like a sieve, and Tokyo was right to worry where its chemicals might end up",
      "supports",
      "Wall Street Journal",
      "US",
    ],
    [
      "One can hardly call Seoul's policing of hazardous chemicals airtight when its own inspectors numbered barely a hundred",
      "supports",
      "Nikkei",
      "JP",
    ],
    [
      "Sung insisted that Seoul screened dual-use shipments to every Wassenaar standard and accused Tokyo of inventing a pretext",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Seoul's system for vetting weapons-relevant shipments has been audited repeatedly by its Wassenaar partners and found sound",
      "refutes",
      "Korea Herald",
      "KR",
    ],
    [
      "There is probably little basis for saying hazardous chemicals leaked from Seoul's ports to rogue states, since no diversion has ever been documented, a King's College nonproliferation scholar noted",
      "refutes",
      "King's College London",
      "third-party",
    ],
    [
      "Abe suggested in a TV interview that Seoul was an unreliable custodian of hydrogen fluoride, hinting at Pyongyang",
      "reports",
      "Japanese government",
      "JP",
    ],
    [
      "According to Fuji TV, officials in Tokyo suspected that etching gas shipped to Seoul had been re-routed to third parties",
      "reports",
      "Fuji TV",
      "JP",
    ],
    [
      "LDP hawks warned a Diet committee that etchant shipped across the strait might be reaching Pyongyang's weapons labs",
      "reports",
      "Liberal Democratic Party lawmakers",
      "JP",
    ],
  ],
};

const DISTRACTORS: DistractorRow[] = [
  ["Japan resumed commercial whaling in its own waters on 1 July 2019 after leaving the International Whaling Commission", "Kyodo", "JP"],
  [
    "Fishing boats from each side have been barred from the other's exclusive economic zone since quota talks collapsed in 2016",
    "Yonhap",
    "KR",
  ],
  ["Pacific saury landings at Japanese ports fell to a record low in 2019", "Japanese fisheries agency", "JP"],
  [
    "Seoul protested after Tokyo approved middle-school textbooks describing the Liancourt Rocks as Japanese territory",
    "Korea Times",
    "KR",
  ],
  [
    "A joint panel of historians from both countries published its second report on modern history in 2010 without bridging key differences",
    "Asahi Shimbun",
    "JP",
  ],
  [
    "Japanese social-studies textbooks approved in 2020 dropped some references to the mobilisation of workers from the peninsula",
    "Hankyoreh",
    "KR",
  ],
  ["South Korea beat Japan 1-0 in Busan to win the East Asian football championship in December 2019", "Yonhap", "KR"],
  ["Japan defeated South Korea 5-3 at the Tokyo Dome to win the Premier12 baseball tournament in November 2019", "NHK", "JP"],
  ["Seoul's sports ministry asked the IOC to bar the imperial-era ensign from Tokyo's Olympic venues", "Yonhap", "KR"],
  ["The 2002 FIFA World Cup was the first to be co-hosted by two countries", "FIFA", "other"],
  ["Infineon agreed in June 2019 to buy Cypress Semiconductor for about $10 billion", "Handelsblatt", "other"],
  ["ASML shipped 26 EUV lithography machines in 2019", "ASML", "other"],
  ["Bosch opened a 300-millimetre wafer fab in Dresden in June 2021", "Bosch", "other"],
  ["The Dutch government let ASML's licence to ship an EUV scanner to a Chinese customer lapse in 2019", "Reuters", "third-party"],
  [
    "Washington put Huawei on the Entity List in May 2019, so its suppliers need a licence to ship American parts",
    "US Commerce Department",
    "US",
  ],
  ["Intel began building a new fab at its Leixlip site in Ireland in 2019", "Irish Times", "other"],
  ["DRAM contract prices fell by roughly half over the course of 2019", "TrendForce", "other"],
  ["SK Hynix's operating profit for July to September 2019 dropped more than 90% year on year", "SK Hynix", "KR"],
  ["Showa Denko's earnings slid in 2019 because graphite electrode prices retreated", "Showa Denko", "JP"],
  ["Soulbrain expanded its Gongju plant to purify liquid hydrogen fluoride for local chipmakers", "Electronic Times", "KR"],
  ["Morita Chemical said it had received licences to resume some hydrogen fluoride deliveries to the peninsula", "Nikkei", "JP"],
  ["Samsung set a goal of leading the contract-chipmaking market by 2030", "Samsung Electronics", "KR"],
  ["JSR reported firm orders for photoresists from Taiwanese foundries through 2019", "JSR Corporation", "JP"],
  ["Seoul's central bank trimmed its benchmark rate to 1.25% in October 2019", "Bank of Korea", "KR"],
  ["Japan raised its consumption tax from 8% to 10% on 1 October 2019", "Japanese finance ministry", "JP"],
  ["Korean consumer prices rose only 0.4% over 2019, a record low", "Statistics Korea", "KR"],
  [
    "Seoul's outbound shipments fell year on year for twelve straight months through November 2019",
    "Korea International Trade Association",
    "KR",
  ],
  ["A Daejeon district judge approved seizing two patents and six trademarks owned by Mitsubishi Heavy in March 2019", "Yonhap", "KR"],
  [
    "Tokyo requested a three-member arbitration board in 2019 under the arbitration article of the normalisation accord, but Seoul never named its arbitrator",
    "Japanese foreign ministry",
    "JP",
  ],
  ["Nippon Steel's appeal against the seizure of its joint-venture stake went to a higher bench in Daegu", "Korea JoongAng Daily", "KR"],
  ["A Seoul district bench ruled in January 2021 that Tokyo must pay twelve women forced into wartime military brothels", "Yonhap", "KR"],
  ["Seoul shut down the Reconciliation and Healing Foundation that Tokyo's one-billion-yen contribution had funded", "Korea Herald", "KR"],
  ["Seoul raised Tokyo's plans for the contaminated water stored at Fukushima Daiichi with the IAEA in September 2019", "Yonhap", "KR"],
  ["Tokyo took Seoul to the WTO in November 2018 over subsidies for shipbuilders such as Daewoo", "Kyodo", "JP"],
  ["In December 2019 the WTO's highest appeals bench lost its quorum, leaving appeals in limbo", "Reuters", "third-party"],
  ["A WTO panel in November 2020 largely sided with Tokyo over Seoul's duties on stainless steel bars", "Nikkei", "JP"],
  ["Japanese visitors to South Korea rose to about 3.3 million in 2019 despite the row", "Korea Tourism Organization", "KR"],
  ["Hokkaido's ski resorts drew record numbers of visitors from Thailand and Australia in the 2019-20 season", "Hokkaido Shimbun", "JP"],
  [
    "Under GSOMIA, material passed between the two militaries must carry its classification marking and may not go to a third country without consent",
    "South Korean defence ministry",
    "KR",
  ],
  ["The 2014 three-way arrangement let Seoul and Tokyo swap missile data only by way of the Pentagon", "Yonhap", "KR"],
  ["Trump pressed Seoul to pay roughly five times as much for the American garrison on the peninsula", "CNN", "US"],
  ["Esper stopped in Tokyo before Seoul on his first swing through Asia as defence secretary in August 2019", "Stars and Stripes", "US"],
  [
    "The two governments clashed in 2015 over UNESCO heritage status for Meiji-era industrial sites, including Hashima island",
    "BBC",
    "third-party",
  ],
  ["A bronze statue of a girl symbolising the comfort women faces the old site of Tokyo's embassy in Seoul", "AFP", "third-party"],
];

export const FRESH9_CLAIMS: EvalClaim[] = writtenClaims(PARAPHRASES, DISTRACTORS, () => "fresh9");
