// Seventh fresh held-out set for claim matching (npm run eval:linking -- --report-fresh7), written
// 2026-12-07 blind, from the eight propositions' statements alone (the demo's three in
// prisma/demo/annotations.json and EXTRA_PROPOSITIONS in ./cases), without running the matcher,
// reading its code or looking at its output. Same story (Japan's 2019 export controls on South
// Korea and the dispute around them), same kinds and stance rules as ./cases, ./fresh4-cases,
// ./fresh5-cases and ./fresh6-cases:
// - paraphrase: a claim about one proposition, with the stance a reviewer would give it:
//   supports (states it, admits it, or denies its denial, e.g. "it would be wrong to call
//   Washington neutral"), refutes (denies it, including denials by officials, hedged denials and
//   refutations phrased positively, e.g. "Seoul reversed course and kept the GSOMIA alive"),
//   reports (tells of someone's view, accusation, suspicion or complaint, or carries it "according
//   to" someone, rather than stating or denying it);
// - distractor: a claim about the same story that belongs to no proposition (chip markets and
//   chemistry, company results and investment, macroeconomics of both countries, the court cases
//   and the 1965 treaty's own terms, the arbitration request, other quarrels between the two
//   governments, an earlier WTO case between the two, the intelligence pact's history and use,
//   Japanese beer and Uniqlo business outside Korea, US and Chinese business that is not about
//   the dispute), so that topic words alone do not decide.
// Wording avoids the demo corpus, ./cases, ./fresh-cases, ./fresh2-cases, ./fresh3-cases,
// ./fresh4-cases, ./fresh5-cases and ./fresh6-cases (other verbs, nouns, idioms and sentence
// shapes: columnists' verdicts, briefing-room denials, poll findings, client notes, archival
// findings, Diet testimony, idioms, numbers and dates, "according to" attributions, hedges,
// official denials, double negations that support), checked by a throwaway script for shared
// word 4-grams; more than 40% of the paraphrases share no content word with their proposition's
// statement (counting "Japanese" as "Japan" and "Korean" as "Korea"). Korean travel to Japan is
// left out of both kinds, as in fresh4, fresh5 and fresh6.
// Reported only (--report-fresh7), never tuned on: nobody tuning the matcher may read this file.
import { writtenClaims, type DistractorRow, type EvalClaim, type Row } from "./cases";

const PARAPHRASES: Record<string, Row[]> = {
  retaliation: [
    [
      "Tokyo's licensing squeeze on fluorinated chemicals was aimed at Seoul's top judges, not at any customs lapse, a former METI official admitted in 2023",
      "supports",
      "former Japanese trade official",
      "JP",
    ],
    [
      "The permit rules for resist and etching gas were drafted within weeks of the Nippon Steel asset seizure, and the timing was no accident, an LDP veteran told a Tokyo study group",
      "supports",
      "Liberal Democratic Party lawmaker",
      "JP",
    ],
    [
      "Japan hit back at the forced-labour judgments by choking off three materials that Samsung and its memory-chip rival cannot easily replace",
      "supports",
      "The Economist",
      "third-party",
    ],
    [
      "Seoul's conscription verdicts and Tokyo's chemical licences are two halves of one quarrel: the second answered the first",
      "supports",
      "Korea Herald",
      "KR",
    ],
    [
      "Seko told the Diet that the materials review concerned export management alone and was unconnected to the litigation over mobilised workers",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "It is a misunderstanding to link the permit regime with historical issues, the top government spokesman said at his regular press session",
      "refutes",
      "Japanese government",
      "JP",
    ],
    [
      "No document has surfaced showing that the chemical curbs were designed as punishment for the conscript rulings, a Waseda scholar of politics warned",
      "refutes",
      "Japanese academic",
      "JP",
    ],
    [
      "Seoul's foreign ministry summoned Tokyo's ambassador and branded the chip-material rules an act of economic vengeance over the court's decision",
      "reports",
      "Yonhap",
      "KR",
    ],
    [
      "Korean chipmakers privately believe the licensing regime is punishment for the compensation verdicts, according to a Goldman Sachs client note",
      "reports",
      "Goldman Sachs",
      "US",
    ],
    ["The People's Daily accused Abe of using Samsung's supply chain to punish Seoul's judiciary", "reports", "People's Daily", "CN"],
  ],
  "us-sided-with-japan": [
    [
      "All through July and August 2019, American envoys pressed Seoul for concessions while asking almost nothing of Tokyo",
      "supports",
      "Kyunghyang Shinmun",
      "KR",
    ],
    ["In the chip-materials quarrel the Trump administration was firmly in Abe's corner", "supports", "Munhwa Ilbo", "KR"],
    [
      "Anyone calling Washington neutral is mistaken: every public demand it made that August was aimed at Seoul",
      "supports",
      "Korea JoongAng Daily",
      "KR",
    ],
    [
      "The United States stood behind Abe's government, a senior State Department official acknowledged off the record",
      "supports",
      "Washington Post",
      "US",
    ],
    [
      "Washington played no favourites with either ally during the 2019 row, Ambassador Harry Harris insisted",
      "refutes",
      "US embassy in Seoul",
      "US",
    ],
    [
      "American officials took no position on the merits and merely asked both capitals to cool things down",
      "refutes",
      "Reuters",
      "third-party",
    ],
    [
      "Washington did not favour Tokyo; Esper and Pompeo told both governments the feud was helping nobody but Beijing",
      "refutes",
      "Japan Times",
      "JP",
    ],
    ["Progressive groups in Seoul accused Washington of egging Abe on", "reports", "KBS", "KR"],
    ["Six in ten people polled by Gallup Korea said America had favoured Tokyo in the quarrel", "reports", "Gallup Korea", "KR"],
    ["Xinhua quoted analysts who said Washington was propping up Abe against Moon", "reports", "Xinhua", "CN"],
  ],
  "settled-1965": [
    [
      "Seoul accepted half a billion dollars at normalisation, which ended any individual entitlement, so compensating those workers falls to Seoul, Abe told reporters",
      "supports",
      "Japanese government",
      "JP",
    ],
    [
      "Property rights and claims between the two nations and their nationals were resolved 'completely and finally' in 1965, the foreign ministry's spokesman repeated",
      "supports",
      "Japanese foreign ministry",
      "JP",
    ],
    [
      "Seoul itself paid out about 620 billion won to conscripts' families from 2008, conceding that the normalisation funds had been meant for them",
      "supports",
      "Chosun Ilbo",
      "KR",
    ],
    [
      "Nothing is owed: the normalisation treaty closed out each such grievance from the years of colonial rule",
      "supports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "A conscript's entitlement to sue the company that used him outlived the normalisation treaty, Seoul's top bench held in October 2018",
      "refutes",
      "South Korean Supreme Court",
      "KR",
    ],
    [
      "The 1965 deal dealt with debts between states; it never covered the suffering inflicted by illegal colonial rule, Moon argued",
      "refutes",
      "South Korean presidential office",
      "KR",
    ],
    [
      "Even Tokyo's own treaty negotiators never thought they had erased private lawsuits, archival papers show",
      "refutes",
      "Mainichi Shimbun",
      "JP",
    ],
    [
      "Japanese officials keep repeating that every bill from the colonial period was paid off in 1965, a Hankyoreh editorial complained",
      "reports",
      "Hankyoreh",
      "KR",
    ],
    ["Tokyo regards the treaty as the final word on conscripts' wages, Bloomberg reported", "reports", "Bloomberg", "third-party"],
    [
      "Victims' lawyers ridiculed the notion that a government-to-government deal could sign away their clients' right to redress",
      "reports",
      "Yonhap",
      "KR",
    ],
  ],
  whitelist: [
    [
      "From Aug. 28 Korean buyers of controlled goods lost the bulk-licence shortcut they had enjoyed alongside the US and Britain",
      "supports",
      "Electronic Times",
      "KR",
    ],
    ["The cabinet order moved Seoul out of the top bracket of export destinations, where it had sat since 2004", "supports", "Kyodo", "JP"],
    ["Seoul's name vanished from Tokyo's roll of 27 most-trusted destinations for dual-use cargo", "supports", "NHK", "JP"],
    [
      "It is false to say nothing was lost: Korean importers now wait as long as three months for licences that used to be automatic",
      "supports",
      "Korea International Trade Association",
      "KR",
    ],
    [
      "This was a reclassification, Seko posted on social media, and most Asian economies already sit in the same group",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Calling the change a removal from privileged status is inaccurate, METI said, since comprehensive licences remain open to Korean firms",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Seoul still enjoys easier paperwork than Beijing or New Delhi, a METI official stressed in Diet testimony",
      "refutes",
      "Japanese government",
      "JP",
    ],
    [
      "Seoul's trade minister called the downgrade a hostile act against a friendly neighbour",
      "reports",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Korean business groups condemned Tokyo's decision to take away Seoul's privileged export standing, the Korea Herald reported",
      "reports",
      "Korea Herald",
      "KR",
    ],
    [
      "Moon's aides described the reclassification as Tokyo throwing Seoul out of its inner ring of reliable partners",
      "reports",
      "South Korean presidential office",
      "KR",
    ],
  ],
  boycott: [
    [
      "Sales of Japanese beer in Korea in October 2019 were 97% below the level of a year before, as drinkers refused to buy Asahi and Kirin",
      "supports",
      "Korea Customs Service",
      "KR",
    ],
    [
      "Shoppers in Seoul stayed away from Uniqlo, Muji and Asahi that summer, angered by Tokyo's chemical curbs",
      "supports",
      "Dong-A Ilbo",
      "KR",
    ],
    [
      "Japanese car brands' share of Korea's import market shrank from 21% to under 8% within months of the quarrel starting",
      "supports",
      "Korea Automobile Importers and Distributors Association",
      "KR",
    ],
    [
      "Office workers, students and retirees alike joined the refusal to spend money on anything from across the East Sea",
      "supports",
      "Kyunghyang Shinmun",
      "KR",
    ],
    [
      "The supposed revolt barely dented brands from Tokyo and Osaka, whose revenue in Seoul recovered by the spring of 2020, a Nomura analyst wrote",
      "refutes",
      "Nomura",
      "JP",
    ],
    [
      "Households on the peninsula kept buying cameras and video-game consoles from Tokyo makers right through the row",
      "refutes",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "The slump in Uniqlo's sales in Seoul owed more to weak demand and online competition than to any patriotic campaign, the retailer's parent insisted",
      "refutes",
      "Fast Retailing",
      "JP",
    ],
    [
      "Japanese officials voiced concern about what they called a politically driven campaign against their companies in Korea",
      "reports",
      "Japanese government",
      "JP",
    ],
    [
      "Tokyo's ambassador complained that schools in Seoul had been told to pull stationery made by his country's firms from classrooms",
      "reports",
      "Japanese embassy in Seoul",
      "JP",
    ],
    [
      "In a Realmeter poll, two in three respondents said they were taking part in the refusal to buy products made by the former colonial power",
      "reports",
      "Realmeter",
      "KR",
    ],
  ],
  gsomia: [
    [
      "Kim You-geun of the Blue House announced on Aug. 22, 2019 that Seoul would not renew its military information pact with Tokyo",
      "supports",
      "Korea Herald",
      "KR",
    ],
    [
      "Seoul elected to abandon the 2016 GSOMIA, saying it could not share secrets with a government that called it untrustworthy",
      "supports",
      "Hankook Ilbo",
      "KR",
    ],
    [
      "South Korea's decision to quit the military data-sharing accord was driven by Japan's export downgrade, Moon's spokeswoman Ko Min-jung said",
      "supports",
      "South Korean presidential office",
      "KR",
    ],
    ["A Seoul security council session chaired by Chung Eui-yong resolved against extending the pact", "supports", "Yonhap", "KR"],
    ["Seoul reversed course on Nov. 22, 2019 and kept the GSOMIA alive", "refutes", "Jiji Press", "JP"],
    [
      "The defence minister told lawmakers in early August that keeping the accord was still the government's preference",
      "refutes",
      "South Korean defence ministry",
      "KR",
    ],
    [
      "Seoul never quit the pact; it only threatened to, and the exchanges of intelligence carried on into 2020",
      "refutes",
      "Asahi Shimbun",
      "JP",
    ],
    ["US officials publicly rebuked Seoul for ditching the defence-data deal", "reports", "US State Department", "US"],
    [
      "Conservative lawmakers in Seoul accused Moon of endangering national security by abandoning the accord",
      "reports",
      "Liberty Korea Party",
      "KR",
    ],
    [
      "Kono said Seoul had totally misjudged the regional security situation by letting the pact lapse",
      "reports",
      "Japanese foreign ministry",
      "JP",
    ],
  ],
  wto: [
    [
      "Seoul formally requested WTO consultations with Tokyo over the three chemical licences",
      "supports",
      "South Korean trade ministry",
      "KR",
    ],
    ["Geneva registered Seoul's challenge to the chip-chemical licences under the number DS590", "supports", "WTO", "third-party"],
    [
      "The dispute settlement body set up a panel in July 2020 to rule on the chip-chemical licensing quarrel brought by Seoul",
      "supports",
      "Inside US Trade",
      "US",
    ],
    ["Korea has taken Japan to the Geneva-based trade body over the export restrictions", "supports", "BBC", "third-party"],
    [
      "Sung Yun-mo, Seoul's industry minister, said in July that his government had so far raised the matter in Geneva only informally",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Tokyo's envoy in Geneva said no formal proceedings had been opened against his country as of mid-August",
      "refutes",
      "Japanese government",
      "JP",
    ],
    [
      "There is no WTO case yet; Seoul's campaign so far consists of speeches, a trade lawyer in Tokyo argued",
      "refutes",
      "Japanese trade lawyer",
      "JP",
    ],
    ["Japanese officials dismissed Seoul's Geneva filing as political theatre", "reports", "Kyodo", "JP"],
    [
      "Korea's Geneva litigation over the chemical licences is a bid to win sympathy abroad, a Yomiuri columnist wrote",
      "reports",
      "Yomiuri Shimbun",
      "JP",
    ],
    [
      "Moon's office said the Geneva case showed Seoul was defending the rules-based trading order",
      "reports",
      "South Korean presidential office",
      "KR",
    ],
  ],
  "lax-controls": [
    [
      "Sensitive chemicals shipped to Korean traders could not always be accounted for after they left Busan, METI told the Diet",
      "supports",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Seoul's screening of dual-use exports was porous enough to let sanctioned buyers in Pyongyang or Tehran get hold of sensitive items",
      "supports",
      "Yomiuri Shimbun",
      "JP",
    ],
    [
      "Tokyo had good grounds for worrying that hydrogen fluoride bound for Seoul might end up in weapons programmes",
      "supports",
      "Heritage Foundation",
      "US",
    ],
    [
      "Weak oversight in Seoul let controlled materials leak toward third countries, endangering regional peace",
      "supports",
      "TV Asahi",
      "JP",
    ],
    ["Seoul's catch-all controls are in several respects stricter than Tokyo's", "refutes", "Korea Strategic Trade Institute", "KR"],
    [
      "Nothing Tokyo shipped to Seoul has ever been traced to Pyongyang, the UN sanctions monitors' reports confirm",
      "refutes",
      "UN Panel of Experts",
      "other",
    ],
    [
      "Tokyo's charge of sloppy oversight is baseless, Seoul's industry minister told a news conference",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Abe told a television audience that Seoul could not be trusted to stop sensitive cargo reaching rogue states",
      "reports",
      "Fuji TV",
      "JP",
    ],
    [
      "LDP figures claimed Japanese-made hydrogen fluoride had found its way to Pyongyang via Korean intermediaries, without giving evidence, the Korea Times reported",
      "reports",
      "Korea Times",
      "KR",
    ],
    [
      "Tokyo defended the review by citing unspecified irregularities in how Korean exporters handled controlled chemicals",
      "reports",
      "Reuters",
      "third-party",
    ],
  ],
};

const DISTRACTORS: DistractorRow[] = [
  ["EUV photoresist is coated onto wafers in layers thinner than a micron", "Semiconductor Engineering", "US"],
  ["Morita Chemical Industries said what it sold to Korean customers dropped sharply from July to December 2019", "Nikkei", "JP"],
  ["SK Hynix reported an 87% drop in 2019 operating profit as DRAM prices tumbled", "Korea Economic Daily", "KR"],
  ["Seoul set aside about 2 trillion won a year to help local firms make chip materials and parts", "Korea JoongAng Daily", "KR"],
  ["Soulbrain expanded its hydrogen fluoride plant in Gongju in late 2019", "Electronic Times", "KR"],
  [
    "Japan's high-purity hydrogen fluoride shipments to Korea shrank by over 80% once the licences took effect",
    "Japanese finance ministry",
    "JP",
  ],
  ["The basic-relations treaty of 1965 declared annexation-era agreements 'already null and void'", "Korea Times", "KR"],
  ["A Korean court seized Nippon Steel's stake in PNR, a venture it runs with POSCO", "Yonhap", "KR"],
  ["One of the plaintiffs, sent as a teenager to a Mitsubishi aircraft plant in Nagoya, turned 90 in 2019", "Hankyoreh", "KR"],
  ["Moon's approval rating dipped below 40% in October 2019 amid a scandal over his justice minister", "Gallup Korea", "KR"],
  ["Seoul's central bank lowered its benchmark rate by a quarter point in July 2019", "Bank of Korea", "KR"],
  ["Japan's consumption tax rose from 8% to 10% on Oct. 1, 2019", "NHK", "JP"],
  ["Typhoon Hagibis flooded large parts of eastern Japan in October 2019", "Kyodo", "JP"],
  ["The KOSPI lost about 7% in the first week of August 2019 as trade fears spread", "Bloomberg", "third-party"],
  ["US-China tariff talks stalled in May 2019 after Washington raised duties to 25%", "Reuters", "third-party"],
  ["Samsung Display and LG Display buy most of their fluorinated polyimide from a handful of suppliers", "DigiTimes", "third-party"],
  ["North Korea test-fired short-range missiles repeatedly between July and November 2019", "Yonhap", "KR"],
  ["The 2015 comfort-women agreement set up a foundation funded with 1 billion yen from Tokyo", "Asahi Shimbun", "JP"],
  ["Seoul dissolved that foundation in July 2019", "Korea Herald", "KR"],
  ["Coast-guard vessels from the two countries faced off over a maritime survey near Dokdo in 2006", "Yonhap", "KR"],
  [
    "National Assembly speaker Moon Hee-sang proposed a fund, financed by donations from both countries, to pay the conscripted workers",
    "Yonhap",
    "KR",
  ],
  ["Hyundai Motor's US sales rose in 2019 on demand for its sport-utility vehicles", "Automotive News", "US"],
  ["Mitsubishi Heavy Industries has refused to comply with the 2018 court order", "Kyodo", "JP"],
  ["A Seoul appeals court in 2013 awarded four plaintiffs 100 million won each against Nippon Steel", "Korea Herald", "KR"],
  [
    "Tokyo requested arbitration under the 1965 accord's dispute clause in May 2019, and Seoul let the deadline pass",
    "Japanese foreign ministry",
    "JP",
  ],
  ["Korean chipmakers supplied about two-thirds of the world's DRAM in 2019", "TrendForce", "other"],
  ["Intel unveiled plans to build more fabs in Arizona", "CNBC", "US"],
  ["China's imports of Japanese chipmaking equipment rose in the first half of 2019", "Caixin", "CN"],
  ["Geneva's appeals bench for trade disputes stopped working in December 2019 when it lost its quorum", "WTO", "third-party"],
  [
    "Before the chemicals dispute, the two governments had fought at the WTO over Seoul's anti-dumping duties on pneumatic valves",
    "Nikkei",
    "JP",
  ],
  ["The GSOMIA was signed in November 2016 under President Park Geun-hye", "Korea Herald", "KR"],
  ["Under the pact the two militaries swapped radar readings of Pyongyang's launches, most recently in May 2019", "Yonhap", "KR"],
  ["Showa Denko agreed in December 2019 to buy Hitachi Chemical", "Nikkei", "JP"],
  ["Samsung pledged to invest 133 trillion won in logic chips and foundry services by 2030", "Korea Economic Daily", "KR"],
  ["Seoul objected to Japan's wartime naval ensign being allowed in the stands at the Tokyo Olympics", "Yonhap", "KR"],
  ["Korea's current-account surplus narrowed in the first half of 2019", "Bank of Korea", "KR"],
  ["Japanese brewers' domestic shipments slid in 2019 after the consumption-tax increase", "Nikkei", "JP"],
  ["Uniqlo opened its largest Southeast Asian store in Manila", "Philippine Daily Inquirer", "other"],
];

export const FRESH7_CLAIMS: EvalClaim[] = writtenClaims(PARAPHRASES, DISTRACTORS, () => "fresh7");
