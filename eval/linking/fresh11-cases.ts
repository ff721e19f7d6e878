// Eleventh fresh held-out set for claim matching, written 2026-12-08 blind, from the eight
// propositions' statements alone (the demo's three in prisma/demo/annotations.json and
// EXTRA_PROPOSITIONS in ./cases), without running the matcher, reading its code or looking at its
// output. Same story (Japan's 2019 export controls on South Korea and the dispute around them),
// same kinds and stance rules as ./cases and ./fresh4-cases to ./fresh10-cases:
// - paraphrase: a claim about one proposition, with the stance a reviewer would give it:
//   supports (states it, admits it, or denies its denial, e.g. "it would be wrong to call American
//   policy neutral", or asks a rhetorical question that assumes it), refutes (denies it, including
//   denials by officials, hedged denials and refutations phrased positively, e.g. "with only hours
//   left on the clock, Seoul froze its termination notice and GSOMIA survived"), reports (tells of
//   someone's view, accusation, suspicion or complaint, or carries it "according to" someone,
//   rather than stating or denying it);
// - distractor: a claim about the same story that belongs to no proposition (chip markets and
//   chemistry, company results, macroeconomics, the court cases' procedure, other quarrels between
//   the two governments, US demands on Seoul that are not about the dispute, tourism other than
//   Korean travel to Japan, sports, and new here: seafood and farm import bans and plant varieties,
//   aviation (airline mergers, airports, slots), steel and shipbuilding subsidies and deals,
//   currency swaps and the won, population and labour migration, esports, and cosmetics trade),
//   so that topic words alone do not decide; two of them are other WTO cases between the two.
// 80 paraphrases, 10 per proposition (4 supports, 3 refutes, 3 reports each: 32 supports, 24
// refutes, 24 reports) and 44 distractors. Wording avoids ./cases and ./fresh-cases to
// ./fresh10-cases (other verbs, nouns, idioms and sentence shapes: counterfactuals, rhetorical
// questions, op-ed verdicts, polls, briefing-room denials, passive voice, idioms, numbers and
// dates, "according to" attributions, hedges, double negations that support, long sentences with
// subordinate clauses), checked by a throwaway script: no claim shares a word 4-gram (beyond
// function words and numbers) with any of them, their propositions' statements or another claim
// here; all 80 of the 80 paraphrases (100%) share no content word with their proposition's
// statement (counting "Japanese" as "Japan" and "Korean" as "Korea", a shared stem or
// four-letter prefix as shared, numbers as content words and "WTO" as sharing "World Trade
// Organization"). Korean travel to Japan is left out of both kinds, as in fresh4 to fresh10.
// Not wired into the eval yet; once it is, reported only, never tuned on: nobody tuning the
// matcher may read this file.
import { writtenClaims, type DistractorRow, type EvalClaim, type Row } from "./cases";

const PARAPHRASES: Record<string, Row[]> = {
  retaliation: [
    [
      "Had Seoul's benches not told Mitsubishi Heavy to indemnify its old conscripts, METI would never have revisited the licences for fluorinated polyimide, a Yonsei economist argued",
      "supports",
      "Yonsei University economist",
      "KR",
    ],
    [
      "Why else would Abe's cabinet move against Seoul's chip supply chain just months after judges there ordered Nippon Steel's assets seized?",
      "supports",
      "Kyunghyang Shinmun",
      "KR",
    ],
    [
      "The curbs were a tit-for-tat swipe at Seoul's judiciary over the conscription verdicts, plain and simple",
      "supports",
      "The Guardian",
      "third-party",
    ],
    [
      "A senior LDP lawmaker let slip on a Sunday talk show that the licensing squeeze was intended as a penalty on Seoul's bench for its verdicts on mobilised miners",
      "supports",
      "Liberal Democratic Party",
      "JP",
    ],
    [
      "The tighter licensing of three chemicals stands entirely apart from the conscription cases, Suga told his daily briefing",
      "refutes",
      "Japanese government",
      "JP",
    ],
    [
      "Tokyo's move probably reflected years of unanswered requests for policy dialogue on sensitive shipments rather than any judicial grievance, a Hudson Institute fellow wrote",
      "refutes",
      "Hudson Institute",
      "US",
    ],
    [
      "The permit overhaul was a housekeeping matter of end-use verification, and any link to the conscripts' lawsuits was invented by Seoul's press, METI's spokesman said",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "According to the Dong-A Ilbo, Blue House officials called the curbs an act of vengeance over the mobilisation verdicts",
      "reports",
      "Dong-A Ilbo",
      "KR",
    ],
    [
      "Lawyers for the Mitsubishi Heavy plaintiffs accused Tokyo of punishing an entire economy for decisions taken by independent judges",
      "reports",
      "plaintiffs' lawyers",
      "KR",
    ],
    [
      "Nearly seven in ten respondents in a Realmeter survey said they saw Tokyo's curbs as reprisal for the conscription verdicts",
      "reports",
      "Realmeter",
      "KR",
    ],
  ],
  "us-sided-with-japan": [
    ["Washington was in Abe's corner from start to finish, whatever its diplomats said at the podium", "supports", "Hankyoreh", "KR"],
    [
      "Would Esper have lectured Seoul about the GSOMIA decision if the Pentagon had not already made up its mind about who was right?",
      "supports",
      "Kyunghyang Shinmun",
      "KR",
    ],
    [
      "It would be wrong to call American policy neutral: Pompeo endorsed Tokyo's reading of the normalisation treaty when he met Kono in Bangkok",
      "supports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "America tilted towards Tokyo, a retired American ambassador to Seoul conceded in his memoir",
      "supports",
      "former American ambassador",
      "US",
    ],
    [
      "Washington favoured neither ally, Stilwell said during a visit to Seoul, urging both capitals to talk",
      "refutes",
      "US State Department",
      "US",
    ],
    [
      "If anything, the Americans leaned slightly toward Moon, pressing Abe's aides privately to drop the curbs, a Brookings fellow contended",
      "refutes",
      "Brookings Institution",
      "US",
    ],
    [
      "Trump offered to mediate only if both leaders asked, hardly the behaviour of a partisan, the Wall Street Journal's editorial page argued",
      "refutes",
      "Wall Street Journal",
      "US",
    ],
    [
      "Progressive lawmakers in Seoul accused Washington of tilting toward Tokyo during the quarrel",
      "reports",
      "Democratic Party of Korea",
      "KR",
    ],
    [
      "According to a Gallup survey in Seoul, a majority of respondents felt Washington favoured Abe's government",
      "reports",
      "Gallup Korea",
      "KR",
    ],
    [
      "Moon's national security adviser complained to Bolton that America was backing Tokyo, the Chosun Ilbo reported",
      "reports",
      "Chosun Ilbo",
      "KR",
    ],
  ],
  "settled-1965": [
    [
      "Whatever debts the colonial era left were wiped out when Seoul accepted $300 million in grants and $200 million in loans from Tokyo",
      "supports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "The normalisation treaty's second article closed the books on every individual demand for redress over the mobilisation",
      "supports",
      "Yomiuri Shimbun",
      "JP",
    ],
    [
      "Can anyone seriously maintain that the conscripts still had something owed to them after Park Chung-hee pocketed the normalisation money?",
      "supports",
      "Yukan Fuji",
      "JP",
    ],
    [
      "Roh Moo-hyun's officials accepted in 2005 that the treaty's funds were meant to cover the mobilised workers' redress",
      "supports",
      "Korea JoongAng Daily",
      "KR",
    ],
    [
      "Individual victims' rights to redress outlasted the treaty, Seoul's justices found in their landmark October 2018 verdict",
      "refutes",
      "South Korean Supreme Court",
      "KR",
    ],
    [
      "The normalisation pact covered what one treasury owed another, not crimes inflicted on human beings, a Seoul National University lawyer said",
      "refutes",
      "Seoul National University",
      "KR",
    ],
    [
      "It is doubtful that the treaty's negotiators ever meant to extinguish the grievances of conscripts, which were barely discussed at the table, a historian at Waseda argued",
      "refutes",
      "Waseda University",
      "JP",
    ],
    [
      "Abe told the Diet that the matter of redress had been closed for good by the normalisation treaty, NHK reported",
      "reports",
      "NHK",
      "JP",
    ],
    ["Nippon Steel's lawyers argued that nothing remained payable after the treaty", "reports", "Nippon Steel", "JP"],
    [
      "According to the Sankei, Tokyo's foreign ministry insists the treaty and its protocol left nothing to be paid to anyone",
      "reports",
      "Sankei Shimbun",
      "JP",
    ],
  ],
  whitelist: [
    ["On 28 August Seoul dropped out of Tokyo's Group A, the top tier of export destinations", "supports", "Nikkei", "JP"],
    [
      "Seoul no longer sits beside Washington, London and Berlin among the destinations Tokyo trusts with bulk licences",
      "supports",
      "Mainichi Shimbun",
      "JP",
    ],
    [
      "After the cabinet order of 2 August, who could pretend Seoul still belonged in Tokyo's inner circle of trusted buyers?",
      "supports",
      "JoongAng Ilbo",
      "KR",
    ],
    [
      "Tokyo struck Seoul off its roster of favoured export partners, the first such demotion since the system was created",
      "supports",
      "Financial Times",
      "third-party",
    ],
    [
      "Seoul was merely reclassified, not expelled, Seko told reporters, adding that most of its shipments still need no extra paperwork",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Seoul has not been singled out at all; its new Group B status is shared by many of Tokyo's trusted partners, an Institute of Developing Economies researcher wrote",
      "refutes",
      "Institute of Developing Economies",
      "JP",
    ],
    [
      "Nothing was taken away from Seoul, METI's deputy minister argued; the bulk-licence option merely became subject to extra vetting",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Sung Yun-mo denounced Tokyo's downgrading of Seoul's export status as an economic assault, Yonhap reported",
      "reports",
      "Yonhap",
      "KR",
    ],
    [
      "According to the Nikkei, METI planned to strip Seoul of its fast-track licensing privileges from late August",
      "reports",
      "Nikkei",
      "JP",
    ],
    [
      "Seoul's chaebol lobby warned that losing its favoured status in Tokyo's eyes would cost hundreds of small suppliers dearly",
      "reports",
      "Federation of Korean Industries",
      "KR",
    ],
  ],
  boycott: [
    [
      "Beer from Tokyo's brewers all but vanished from Seoul's supermarkets as shoppers refused to buy it in protest",
      "supports",
      "Korea Times",
      "KR",
    ],
    ["Would anyone in Seoul have risked walking down the street with a Uniqlo shopping bag that August?", "supports", "OhmyNews", "KR"],
    [
      "Sales of Toyota, Honda and Nissan cars in Seoul fell 57% year on year in August as buyers stayed away in protest",
      "supports",
      "Korea Automobile Importers and Distributors Association",
      "KR",
    ],
    ["Shoppers in Seoul shunned Uniqlo, Asahi and Muji for months in anger over Abe's curbs", "supports", "Le Monde", "third-party"],
    [
      "Talk of a shopper revolt is exaggerated; Uniqlo's Seoul revenue recovered within a year, a Daiwa analyst said",
      "refutes",
      "Daiwa Securities",
      "JP",
    ],
    [
      "Seoul's buyers never really turned away from Tokyo-made products: imports of Tokyo cosmetics and cameras rose in the second half, customs figures showed",
      "refutes",
      "Toyo Keizai",
      "JP",
    ],
    [
      "Nintendo Switch sales in Seoul hit a record that December, hardly the picture of a nation refusing to buy from Tokyo",
      "refutes",
      "Nikkei",
      "JP",
    ],
    [
      "Seoul's small merchants' federation said its members would stop stocking Tokyo-made beer and cigarettes",
      "reports",
      "Korea Supermarket Cooperative",
      "KR",
    ],
    [
      "According to a Realmeter poll, two-thirds of those asked said they had stopped purchasing anything made by Tokyo's firms",
      "reports",
      "Realmeter",
      "KR",
    ],
    [
      "Uniqlo's parent complained that Seoul's shoppers were being pressured by activists to stay away from its stores",
      "reports",
      "Fast Retailing",
      "JP",
    ],
  ],
  gsomia: [
    ["Seoul announced on 22 August 2019 that it would scrap GSOMIA", "supports", "Yonhap", "KR"],
    ["Moon's cabinet chose not to renew the 2016 pact, notifying Tokyo through diplomatic channels", "supports", "Korea Herald", "KR"],
    [
      "Why would Esper have flown to Seoul pleading for a reversal if Moon had not already opted to quit GSOMIA?",
      "supports",
      "Hankyoreh",
      "KR",
    ],
    ["Seoul's pullout from the defence-data pact, announced by Kim You-geun, shocked Washington", "supports", "Washington Post", "US"],
    ["With only hours left on the clock, Seoul froze its termination notice and GSOMIA survived", "refutes", "Kyodo", "JP"],
    [
      "Seoul never actually quit; its notice was conditional and was put on hold in November, Kang told lawmakers",
      "refutes",
      "South Korean foreign ministry",
      "KR",
    ],
    ["GSOMIA remains valid to this day, since Seoul withdrew its notice in 2023, the Pentagon noted", "refutes", "Pentagon", "US"],
    ["Abe's cabinet protested Seoul's announcement on GSOMIA as a grave misjudgement, Kyodo said", "reports", "Kyodo", "JP"],
    ["Foggy Bottom said it was deeply disappointed by Seoul's GSOMIA announcement, Yonhap reported", "reports", "Yonhap", "KR"],
    [
      "Opposition conservatives in the National Assembly charged that Moon had sacrificed the pact to score points against Abe",
      "reports",
      "Liberty Korea Party",
      "KR",
    ],
  ],
  wto: [
    [
      "On 11 September 2019 Seoul formally sought consultations in Geneva over Tokyo's new paperwork for three fluorinated chemicals",
      "supports",
      "Yonhap",
      "KR",
    ],
    [
      "Seoul is suing Tokyo in Geneva over its permit rules for hydrogen fluoride, Yoo Myung-hee told a press conference",
      "supports",
      "Korea Herald",
      "KR",
    ],
    [
      "Had Seoul not gone to Geneva, Tokyo's negotiators would have felt far less pressure to ease the resist licences in 2020",
      "supports",
      "Reuters",
      "third-party",
    ],
    ["Seoul's case against Tokyo, registered as DS590, went to a panel in 2020", "supports", "Bloomberg", "third-party"],
    ["Seoul shelved any legal action in Geneva throughout July and August, betting on talks instead", "refutes", "Nikkei", "JP"],
    [
      "Strictly speaking, Seoul only asked for consultations and never brought a full legal case in Geneva, a Keio University law professor argued",
      "refutes",
      "Keio University",
      "JP",
    ],
    [
      "No suit was lodged in Geneva before the autumn; in July, Seoul merely raised the curbs at a general council meeting, a Nikkei correspondent noted",
      "refutes",
      "Nikkei",
      "JP",
    ],
    ["Seko said Tokyo would answer Seoul's Geneva suit with confidence, Jiji reported", "reports", "Jiji Press", "JP"],
    [
      "Samsung's suppliers said they hoped the Geneva litigation would restore normal shipments of resist",
      "reports",
      "Electronic Times",
      "KR",
    ],
    [
      "According to Bloomberg, Seoul's negotiators expected the Geneva proceedings to reveal Tokyo's curbs as political",
      "reports",
      "Bloomberg",
      "third-party",
    ],
  ],
  "lax-controls": [
    [
      "Seoul's licensing officials were too few and too stretched to follow where sensitive chemicals ended up, a CISTEC study found",
      "supports",
      "CISTEC",
      "JP",
    ],
    [
      "How could Tokyo be expected to ship hydrogen fluoride freely to a neighbour whose own inspectors logged 156 illegal shipments in four years?",
      "supports",
      "Yukan Fuji",
      "JP",
    ],
    [
      "Seoul's catch-all rules for dual-use items were porous, letting fluorine compounds reach Iran and Syria",
      "supports",
      "Yomiuri Shimbun",
      "JP",
    ],
    [
      "It cannot be said that Seoul's licensing watchdog was up to the job, with only around a hundred staff to vet thousands of applications, a Sankei editorial argued",
      "supports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "Seoul's licensing system for dual-use items meets every Wassenaar standard and its violations were caught by its own inspectors, Sung Yun-mo said",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Tokyo failed to cite even one instance of a diverted shipment, which suggests the alleged sloppiness was probably a pretext, a correspondent for Le Monde wrote",
      "refutes",
      "Le Monde",
      "third-party",
    ],
    [
      "If anything, Seoul's oversight of sensitive chemicals was tighter than Tokyo's, since METI itself reported more than 30 illicit shipments from Tokyo's own firms in those years",
      "refutes",
      "Hankyoreh",
      "KR",
    ],
    [
      "According to Fuji TV, Abe's aides suspected that hydrogen fluoride shipped to Seoul had been smuggled to Pyongyang",
      "reports",
      "Fuji TV",
      "JP",
    ],
    ["LDP hawks accused Seoul of turning a blind eye to diversions of dual-use chemicals", "reports", "Liberal Democratic Party", "JP"],
    [
      "Seko complained that Seoul had not held a policy dialogue on sensitive exports for three years, leaving Tokyo unable to vouch for its vetting",
      "reports",
      "Japanese trade ministry",
      "JP",
    ],
  ],
};

const DISTRACTORS: DistractorRow[] = [
  ["Seoul has banned seafood from eight prefectures around Fukushima since 2013", "Korea Times", "KR"],
  ["The WTO Appellate Body upheld Seoul's Fukushima seafood ban in April 2019, reversing a panel's findings", "Reuters", "third-party"],
  ["China lifted its 18-year ban on Japanese beef in December 2019", "Caixin", "CN"],
  ["Taiwan voted in a 2018 referendum to keep its ban on food from Fukushima and four nearby prefectures", "Focus Taiwan", "third-party"],
  [
    "Hong Kong restricted imports of Japanese seafood in 2023 after Tokyo began discharging processed wastewater from the Fukushima plant",
    "South China Morning Post",
    "CN",
  ],
  ["Strawberry growers in South Korea mostly plant Seolhyang, a variety bred from Japanese cultivars", "Yonhap", "KR"],
  ["Japan's farm, forestry and fishery exports reached about 912 billion yen in 2019", "Japanese agriculture ministry", "JP"],
  ["Korean Air agreed in November 2020 to take over Asiana Airlines", "Korea Herald", "KR"],
  ["Incheon Airport handled about 71 million passengers in 2019", "Incheon International Airport Corporation", "KR"],
  ["Haneda gained extra international slots in March 2020, mostly for flights to American cities", "Nikkei", "JP"],
  ["Jeju Air's planned takeover of Eastar Jet collapsed in July 2020", "Yonhap", "KR"],
  ["Japan Airlines emerged from bankruptcy protection and relisted its shares in Tokyo in 2012", "Bloomberg", "third-party"],
  ["Tokyo asked for WTO consultations in November 2018 over Seoul's state support for its shipyards", "Nikkei", "JP"],
  ["The European Commission blocked Hyundai Heavy's purchase of Daewoo Shipbuilding in January 2022", "European Commission", "third-party"],
  ["Washington put 25% tariffs on imported steel in 2018 but let Seoul ship under a quota instead", "Wall Street Journal", "US"],
  ["Nippon Steel agreed in December 2023 to buy U.S. Steel for about $14.9 billion", "Reuters", "third-party"],
  ["POSCO produced more than 40 million tonnes of crude steel in 2019", "World Steel Association", "other"],
  ["Chinese yards won more shipbuilding orders than South Korean ones in 2019", "Clarksons Research", "third-party"],
  ["The $10 billion currency swap between Seoul and Tokyo expired in February 2015 without renewal", "Bank of Korea", "KR"],
  ["The Bank of Korea signed a $60 billion swap line with the Federal Reserve in March 2020", "Federal Reserve", "US"],
  ["Seoul and Beijing renewed their won-yuan swap in October 2020, enlarging it to 400 billion yuan", "People's Bank of China", "CN"],
  ["The won weakened past 1,200 to the dollar in August 2019", "Korea Economic Daily", "KR"],
  ["South Korea's fertility rate fell to 0.92 births per woman in 2019, the lowest anywhere", "Statistics Korea", "KR"],
  ["Japan created a Specified Skilled Worker visa in April 2019 to admit foreign workers in 14 sectors", "Japanese justice ministry", "JP"],
  ["South Korea's Employment Permit System brings in workers from 16 Asian countries for factory and farm jobs", "Korea Times", "KR"],
  ["Japan's population shrank by more than 500,000 in 2019, a record fall", "Japanese internal affairs ministry", "JP"],
  ["About 450,000 South Korean nationals lived in Japan at the end of 2019", "Immigration Services Agency of Japan", "JP"],
  ["T1 won the League of Legends World Championship for the third time in 2016", "ESPN", "US"],
  ["Esports were a medal event for the first time at the Hangzhou Asian Games in 2023", "Xinhua", "CN"],
  ["The Japan Esports Union was set up in 2018 to issue professional gaming licences", "Famitsu", "JP"],
  ["South Korean cosmetics exports topped $6.5 billion in 2019, led by sales to China", "Korea Cosmetic Association", "KR"],
  ["Shiseido sold its mass-market brands, including Tsubaki, to CVC Capital Partners in 2021", "Shiseido", "JP"],
  ["Amorepacific's Sulwhasoo is sold in department stores across mainland China", "Jing Daily", "CN"],
  ["Memory chip prices fell sharply in 2019 amid a glut of DRAM", "TrendForce", "other"],
  ["Morita Chemical Industries, a family-owned Osaka firm, refines fluorine compounds", "Nikkei", "JP"],
  ["SK Hynix agreed in October 2020 to buy Intel's NAND flash business for $9 billion", "SK Hynix", "KR"],
  ["Seoul keeps a small police unit on the islets it calls Dokdo and Tokyo calls Takeshima", "NHK", "JP"],
  ["Moon's ministers wound up, in mid-2019, the fund that the 2015 comfort women accord had created", "Asahi Shimbun", "JP"],
  ["Plaintiffs applied in Daegu in 2019 to have PNR stock owned by Nippon Steel auctioned off", "Yonhap", "KR"],
  ["South Korea's outbound shipments fell 10.3% in 2019, dragged down by lower chip prices", "South Korean trade ministry", "KR"],
  ["Japan's jobless rate averaged 2.4% in 2019", "Japanese internal affairs ministry", "JP"],
  ["Seoul and Washington agreed in 2021 to raise Seoul's share of the upkeep of American forces by 13.9%", "CNN", "US"],
  ["Visitors to Japan from Taiwan numbered about 4.9 million in 2019", "Japan National Tourism Organization", "JP"],
  ["Tokyo postponed the Summer Olympics to 2021 because of the pandemic", "International Olympic Committee", "other"],
];

export const FRESH11_CLAIMS: EvalClaim[] = writtenClaims(PARAPHRASES, DISTRACTORS, () => "fresh11");
