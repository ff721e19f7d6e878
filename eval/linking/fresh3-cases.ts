// Third fresh held-out set for claim matching (npm run eval:linking), written 2026-12-03 from the
// eight propositions' statements alone (the demo's three in prisma/demo/annotations.json and
// EXTRA_PROPOSITIONS in ./cases), without running the matcher, reading its code or looking at its
// output. Same story (Japan's 2019 export controls on South Korea and the dispute around them),
// same kinds and stance rules as ./cases: a paraphrase carries the stance a reviewer would give it
// (supports / refutes / reports: "reports" when it tells of someone's view or accusation rather
// than stating or denying it); a distractor is about the same story and belongs to no
// proposition (markets, chemistry, meetings, the court cases themselves, other quarrels between
// the two governments, US business that is not about the dispute), so that topic words alone do
// not decide. Wording avoids the demo corpus, ./cases, ./fresh-cases and ./fresh2-cases (other
// verbs, nouns, idioms and sentence shapes: counterfactuals, negations that support, hedged
// refutations, denials by officials, questions answered in reported speech); over a third of the
// paraphrases share no content word with their proposition's statement. Reported once, never
// tuned on until its one closing measurement (2026-12-03); a tuning set since 2026-12-04.
import { writtenClaims, type DistractorRow, type EvalClaim, type Row } from "./cases";

const PARAPHRASES: Record<string, Row[]> = {
  retaliation: [
    [
      "Tokyo used its neighbour's dependence on Japanese chipmaking chemicals as leverage to make Seoul shield Japanese firms from the conscription verdicts",
      "supports",
      "Hankook Ilbo",
      "KR",
    ],
    [
      "Abe's government denied it was trying to coerce Seoul over the lawsuits brought by former mobilised labourers, calling the licensing change a routine administrative step",
      "refutes",
      "Japanese government",
      "JP",
    ],
    [
      "It was the Korean Supreme Court's 2018 decisions on conscripted workers that set off Tokyo's tightening of chip-material shipments in July 2019",
      "supports",
      "Seoul Broadcasting System",
      "KR",
    ],
    [
      "Opposition lawmakers in the Diet charged that Abe had dragged trade policy into a history quarrel to discipline Korean judges",
      "reports",
      "Japanese opposition lawmakers",
      "JP",
    ],
    [
      "Tokyo's trade ministry insisted the new licensing would have been introduced whatever Korean courts had decided",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Most analysts polled by a Seoul think tank believed the export curbs were Tokyo's answer to the judicial orders on wartime mobilisation",
      "reports",
      "Asan Institute for Policy Studies",
      "KR",
    ],
    [
      "Had the Korean bench not ordered Nippon Steel to pay damages, Tokyo would never have tightened the licensing of fluorine compounds, a former Japanese diplomat admitted",
      "supports",
      "former Japanese diplomat",
      "JP",
    ],
  ],
  "us-sided-with-japan": [
    ["Washington threw its weight behind Tokyo during the quarrel with Seoul", "supports", "TV Asahi", "JP"],
    ["American envoys kept an even hand between the two Asian partners, favouring neither", "refutes", "US embassy in Seoul", "US"],
    ["Korean newspapers complained that the Americans had in effect endorsed Tokyo's legal argument", "reports", "Korean newspapers", "KR"],
    [
      "Asked whether Washington favoured Tokyo, a State Department spokesperson replied that America was not in the business of choosing between friends",
      "refutes",
      "US State Department",
      "US",
    ],
    ["Pompeo's remarks in Bangkok showed Trump's team had come down on Tokyo's side of the argument", "supports", "Japan Times", "JP"],
    [
      "It is a myth that Washington championed one ally over the other in 2019, a former National Security Council official wrote",
      "refutes",
      "former US National Security Council official",
      "US",
    ],
    ["Officials in Seoul suspected the Americans of privately favouring Japan", "reports", "South Korean officials", "KR"],
  ],
  "settled-1965": [
    [
      "Tokyo contends that whatever the conscripts were owed was discharged by the economic cooperation package that accompanied the restoration of diplomatic ties",
      "supports",
      "Japanese government",
      "JP",
    ],
    [
      "The Korean Supreme Court found that the treaty Seoul signed with Tokyo left intact the victims' personal right to demand damages",
      "refutes",
      "South Korean Supreme Court",
      "KR",
    ],
    [
      "Abe told parliament that nothing remained to be negotiated because everything had been resolved half a century earlier",
      "reports",
      "Jiji Press",
      "JP",
    ],
    [
      "Korean historians argue the 1965 accord never addressed the suffering of people forced into Japanese mines and factories",
      "refutes",
      "Korean historians",
      "KR",
    ],
    [
      "Tokyo's position is that no compensation demand dating from colonial times survived the 1965 settlement",
      "supports",
      "Japanese foreign ministry",
      "JP",
    ],
    [
      "Moon's spokesman said a pact between two governments could not waive rights that belonged to individual victims",
      "refutes",
      "Blue House",
      "KR",
    ],
    [
      "Some legal scholars in Tokyo concede the normalisation pact may not have closed off lawsuits by individuals",
      "refutes",
      "Japanese legal scholars",
      "JP",
    ],
  ],
  whitelist: [
    ["Tokyo stripped Seoul of its white-country status", "supports", "Sankei Shimbun", "JP"],
    [
      "Since the end of August 2019, Korean importers of Japanese dual-use items have had to apply for individual licences like buyers in most of Asia",
      "supports",
      "Korea International Trade Association",
      "KR",
    ],
    ["Japan's trade minister said Seoul's place among trusted partners was not under review", "refutes", "Japanese trade ministry", "JP"],
    [
      "Seoul protested that Tokyo had pushed it into the same bracket as nations it does not trust",
      "reports",
      "South Korean government",
      "KR",
    ],
    [
      "Japan would not take South Korea off its preferred-partner list, a senior LDP official claimed in July, describing the plan as a mere review",
      "refutes",
      "Japanese lawmaker",
      "JP",
    ],
    [
      "The amendment to Japan's export order erased Korea's name from the 27 countries enjoying simplified procedures",
      "supports",
      "Nikkei Asia",
      "JP",
    ],
    [
      "Seoul's business lobby accused Tokyo of singling out Korea when it rewrote the roster of favoured destinations",
      "reports",
      "Federation of Korean Industries",
      "KR",
    ],
  ],
  boycott: [
    ["Koreans stopped buying Japanese beer, cars and clothes in protest at Tokyo's trade curbs", "supports", "KBS", "KR"],
    [
      "Kirin and Asahi lagers gathered dust in Seoul supermarkets as shoppers made a point of buying local",
      "supports",
      "Korea JoongAng Daily",
      "KR",
    ],
    ["Uniqlo's Korean arm said its stores were busy and denied that its sales had suffered", "refutes", "Uniqlo", "JP"],
    [
      "Conservative Japanese commentators claimed the buying strike against Japan was organised by Seoul's ruling party",
      "reports",
      "Japanese commentators",
      "JP",
    ],
    [
      "Flights between Incheon and Japanese resort towns were cut as Korean holidaymakers chose Vietnam and Thailand instead",
      "supports",
      "Korea Herald",
      "KR",
    ],
    ["Importers of Japanese whisky said their Korean orders had not slipped at all that summer", "refutes", "whisky importers", "KR"],
    [
      "Japanese diplomats in Seoul cabled home that ordinary Koreans were refusing anything stamped 'Made in Japan'",
      "reports",
      "Japanese embassy in Seoul",
      "JP",
    ],
  ],
  gsomia: [
    ["Seoul chose not to extend the 2016 military secrets pact with Tokyo", "supports", "Hankyoreh", "KR"],
    [
      "The Blue House informed Tokyo through diplomatic channels that it would withdraw from their defence-information accord",
      "supports",
      "Kyodo",
      "JP",
    ],
    ["Kim Hyun-chong told reporters that abandoning the intelligence pact had not been discussed", "refutes", "Cheong Wa Dae", "KR"],
    [
      "Washington said it was disappointed by what it called Seoul's decision to abandon the pact",
      "reports",
      "US Defense Department",
      "US",
    ],
    [
      "The defence ministry in Seoul insisted that nobody was reconsidering the accord with Tokyo",
      "refutes",
      "South Korean defence ministry",
      "KR",
    ],
    [
      "Moon's administration resolved to let the arrangement for pooling classified reports on Pyongyang's missiles expire",
      "supports",
      "The Economist",
      "third-party",
    ],
  ],
  wto: [
    ["Seoul formally challenged Tokyo's chemical licensing before the multilateral referee in Geneva", "supports", "MBC", "KR"],
    [
      "Trade minister Yoo Myung-hee announced that the government had begun proceedings against Japan in Geneva",
      "supports",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Japanese officials said they had received no request for consultations from Seoul under WTO rules",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    ["According to Seoul, its case against the Japanese measures was now before the WTO, Kyodo reported", "reports", "Kyodo", "JP"],
    ["Seoul never went through with its threat to haul Tokyo before WTO judges over the chemicals", "refutes", "Nikkei", "JP"],
    [
      "The dispute registered in Geneva as DS590 was brought by Seoul against Tokyo's licensing of three fluorinated chemicals",
      "supports",
      "World Trade Organization",
      "third-party",
    ],
    ["Yonhap quoted trade officials as saying the paperwork for the Geneva case had been handed in", "reports", "Yonhap", "KR"],
  ],
  "lax-controls": [
    [
      "Japanese ministers maintained that chemicals sent to Seoul could slip out of sight once they cleared customs",
      "supports",
      "Japanese government",
      "JP",
    ],
    [
      "Tokyo said it could no longer rely on Seoul to keep weapons-grade materials out of the wrong hands",
      "supports",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Seoul's customs service produced figures showing its checks on controlled items had caught every illicit shipment",
      "refutes",
      "Korea Customs Service",
      "KR",
    ],
    [
      "Korean commentators said Tokyo was inventing a safety pretext to dress up a diplomatic grievance",
      "refutes",
      "Korean commentators",
      "KR",
    ],
    [
      "Japan's allegation that Korean firms let sensitive chemicals leak abroad was repeated by Sankei, which cited unpublished ministry documents",
      "reports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "A Washington-based nonproliferation researcher found no sign that Korea's handling of strategic items was any weaker than Japan's",
      "refutes",
      "nonproliferation researcher",
      "US",
    ],
    [
      "Leaky enforcement by Korean regulators made it possible for dual-use chemicals to end up in hostile states, an LDP panel concluded",
      "supports",
      "Liberal Democratic Party panel",
      "JP",
    ],
    [
      "Seoul's trade ministry complained that Japanese officials kept painting Korean export screening as slapdash",
      "reports",
      "South Korean trade ministry",
      "KR",
    ],
  ],
};

// Same story, no proposition: markets and macro figures, chemistry, meetings and visits, the court
// cases themselves, other quarrels (islets, a defence paper), the licensing change's timing
// without its motive, and US business that is not about the dispute.
const DISTRACTORS: DistractorRow[] = [
  ["Shares of Dongjin Semichem, a Korean maker of photoresist, surged over the summer", "Korea Economic Daily", "KR"],
  ["Morita Chemical Industries, an Osaka fluorine producer, saw its Korean sales shrink sharply", "Nikkei", "JP"],
  ["Photolithography uses ultraviolet light to transfer circuit patterns onto silicon", "IEEE Spectrum", "third-party"],
  ["Kono and Kang Kyung-wha met in Beijing in August without resolving anything", "Kyodo", "JP"],
  ["The Korean Supreme Court handed Nippon Steel its first forced-labour defeat on Oct. 30, 2018", "Yonhap", "KR"],
  ["The plaintiffs' lawyers moved to sell Mitsubishi Heavy Industries trademarks seized in Korea", "Hankyoreh", "KR"],
  ["Protesters held candlelit rallies in Jongno on several Saturdays in August", "Korea Times", "KR"],
  ["The 1965 treaty also provided for embassies to be opened in each capital", "AFP", "third-party"],
  [
    "David Stilwell, the new US assistant secretary of state for East Asia, visited Tokyo and Seoul in August 2019",
    "Associated Press",
    "US",
  ],
  ["The WTO sided with Korea in 2019 in a separate case over its ban on Fukushima seafood", "Reuters", "third-party"],
  ["Samsung's Lee Jae-yong asked affiliates to stockpile at least 90 days of key materials", "Chosun Ilbo", "KR"],
  ["The Nikkei 225 index closed little changed on the day the curbs took effect", "Nikkei", "JP"],
  ["The Bank of Korea cut its policy rate to 1.5 percent in July 2019", "Yonhap", "KR"],
  ["Shinzo Abe became Japan's longest-serving prime minister in November 2019", "Asahi Shimbun", "JP"],
  ["Moon appointed Cho Kuk as justice minister in September 2019", "Yonhap", "KR"],
  ["Kolon Industries said it could supply transparent polyimide film to makers of foldable phones", "Korea Herald", "KR"],
  ["Micron said it expected no supply disruption from Japan's new rules", "CNBC", "US"],
  ["Japan's trade ministry publishes export licence statistics twice a year", "Jiji Press", "JP"],
  ["Seoul lodged a protest after Japan's defence white paper repeated its claim to the Dokdo islets", "Yonhap", "KR"],
  ["Korean jets fired warning shots after Russian military aircraft flew near the Dokdo islets in July 2019", "Korea Herald", "KR"],
  ["Japanese and Korean business federations held their annual conference in Seoul in November 2019", "Keidanren", "JP"],
  ["Hydrogen fluoride is highly toxic and has to be shipped in specialised cylinders", "Chemical & Engineering News", "third-party"],
  ["Japan accounted for about 5 percent of South Korea's exports in 2019", "Korea International Trade Association", "KR"],
  ["Japan announced the licensing change on July 1, 2019, three days before it took effect", "Kyodo", "JP"],
  ["Korean chipmakers were estimated to hold two to three months of the chemicals in early July", "Korea Herald", "KR"],
  ["Abe and Moon Jae-in spoke for 11 minutes before a summit dinner in Bangkok in November 2019", "NHK", "JP"],
  ["Washington announced new tariffs on Chinese goods in August 2019", "Associated Press", "US"],
  ["Lee Nak-yon attended the enthronement ceremony of Emperor Naruhito in Tokyo in October 2019", "Yonhap", "KR"],
];

export const FRESH3_CLAIMS: EvalClaim[] = writtenClaims(PARAPHRASES, DISTRACTORS, () => "fresh3");
