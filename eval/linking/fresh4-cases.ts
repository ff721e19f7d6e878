// Fourth fresh held-out set for claim matching (npm run eval:linking -- --report-fresh4), written
// 2026-12-04 from the eight propositions' statements alone (the demo's three in
// prisma/demo/annotations.json and EXTRA_PROPOSITIONS in ./cases), without running the matcher,
// reading its code or looking at its output. Same story (Japan's 2019 export controls on South
// Korea and the dispute around them), same kinds and stance rules as ./cases and ./fresh3-cases:
// - paraphrase: a claim about one proposition, with the stance a reviewer would give it:
//   supports (states it, admits it, or denies its denial), refutes (denies it, including
//   denials by officials, hedged denials and refutations phrased positively, e.g. "the curbs were
//   an overdue safety audit"), reports (tells of someone's view, accusation, suspicion or
//   complaint, or carries it "according to" someone, rather than stating or denying it);
// - distractor: a claim about the same story that belongs to no proposition (markets, chemistry,
//   logistics, meetings, the court cases themselves, other quarrels between the two governments,
//   US business that is not about the dispute, tourism and other protests that are not a
//   consumer boycott of Japanese products), so that topic words alone do not decide.
// Wording avoids the demo corpus, ./cases, ./fresh-cases, ./fresh2-cases and ./fresh3-cases
// (other verbs, nouns, idioms and sentence shapes: headline fragments, rhetorical questions
// answered, double negations that support, passives, quotes inside claims, "according to"
// attributions, outlets from Japan, Korea, the US, China and third countries); about half of the
// paraphrases share no content word with their proposition's statement (the eval counts them).
// Korean travel to Japan, which the earlier sets count as part of the boycott, is left out of
// both kinds here. Reported as the held-out set (passes 4 and 5); a tuning set since.
import { writtenClaims, type DistractorRow, type EvalClaim, type Row } from "./cases";

const PARAPHRASES: Record<string, Row[]> = {
  retaliation: [
    ["Tokyo makes Seoul pay for conscript verdicts with a chokehold on chip chemicals", "supports", "Dong-A Ilbo", "KR"],
    [
      "Tokyo's tightened licensing of etching gases was an overdue safety audit, one METI had been preparing long before any verdict was handed down",
      "refutes",
      "Yomiuri Shimbun",
      "JP",
    ],
    [
      "'Nobody in this ministry is trying to chastise Seoul over what its judges decided,' Seko told reporters as the licensing change was unveiled",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "According to the Hankyoreh's editorial board, Abe reached for semiconductor inputs because he could not stomach what Seoul's top bench had ordered Mitsubishi and Nippon Steel to pay",
      "reports",
      "Hankyoreh",
      "KR",
    ],
    [
      "Why would Tokyo suddenly find fault with shipments it had waved through for decades? The answer lies in the Korean verdicts on mobilised labourers",
      "supports",
      "Korea Times",
      "KR",
    ],
    [
      "It is far from clear that the licensing change was aimed at the compensation litigation, since METI had voiced misgivings about Korean export screening for years, a Keio University trade-law professor argued",
      "refutes",
      "Japanese legal scholar",
      "JP",
    ],
    ["Chinese state media portrayed Abe's move as a history grudge fought out with trade paperwork", "reports", "Global Times", "CN"],
    [
      "No one who follows the timeline can fail to connect the July curbs with the previous autumn's forced-labour judgments",
      "supports",
      "The Diplomat",
      "third-party",
    ],
    [
      "The restrictions on fluorine compounds, which left Samsung and SK Hynix scrambling to count their remaining weeks of stock, were imposed on Seoul as a rebuke for the 2018 verdicts, two Japanese officials conceded to an American newspaper on condition of anonymity",
      "supports",
      "Washington Post",
      "US",
    ],
    [
      "Seoul's trade minister accused Tokyo of laying siege to Korean factories to win an argument it had lost in Korean courtrooms",
      "reports",
      "Korea JoongAng Daily",
      "KR",
    ],
  ],
  "us-sided-with-japan": [
    ["Pompeo quietly blessed Tokyo's interpretation of the postwar accords, leaving Seoul to fend for itself", "supports", "TBS", "JP"],
    ["Washington acted as a referee rather than a partisan, pressing Tokyo and Seoul alike to climb down", "refutes", "NPR", "US"],
    ["Korean lawmakers fumed that the Americans were cheering Tokyo on from the sidelines", "reports", "Kyunghyang Shinmun", "KR"],
    [
      "Though it never said so on the record, Washington's sympathies lay with Tokyo throughout that bitter summer, diplomats in both capitals now acknowledge",
      "supports",
      "Foreign Policy",
      "US",
    ],
    [
      "'America has no favourite in this quarrel,' a senior official said in Washington, urging both governments back to the negotiating table",
      "refutes",
      "US State Department",
      "US",
    ],
    [
      "The Japanese position on the conscription cases was echoed almost word for word by the American side in Bangkok, according to officials in Tokyo",
      "reports",
      "Kyodo",
      "JP",
    ],
    [
      "Far from favouring either capital, the Trump team spent the summer of 2019 imploring its two Asian allies to patch things up",
      "refutes",
      "Voice of America",
      "US",
    ],
    [
      "Beijing commentators said Washington had shown where its loyalties lay by siding with Tokyo against Seoul",
      "reports",
      "China Daily",
      "CN",
    ],
    [
      "It is not true that the United States stayed out of the quarrel: its envoys repeatedly leaned on Seoul to give ground to Tokyo",
      "supports",
      "JTBC",
      "KR",
    ],
    ["Washington closes ranks with Tokyo as Seoul is left out in the cold", "supports", "Munhwa Ilbo", "KR"],
  ],
  "settled-1965": [
    [
      "In Tokyo's reckoning, the grants handed over when diplomatic relations resumed paid off every debt owed to the conscripts",
      "supports",
      "Japanese government",
      "JP",
    ],
    [
      "A treaty between governments cannot sign away what a conscripted worker is owed, the Gwangju High Court reasoned in upholding damages against Mitsubishi",
      "refutes",
      "South Korean appellate court",
      "KR",
    ],
    [
      "Japanese officials keep insisting the matter was closed for good in 1965, a stance Seoul's foreign ministry says ignores the victims",
      "reports",
      "Yonhap",
      "KR",
    ],
    [
      "Whatever the colonial-era conscripts might have been due was covered, in full, by the lump sum Seoul accepted in 1965",
      "supports",
      "Sankei Shimbun",
      "JP",
    ],
    [
      "A Japanese foreign ministry official told the Diet in 1991 that individuals could still go to court despite the 1965 pact, a record the plaintiffs' lawyers now cite",
      "refutes",
      "Hankyoreh",
      "KR",
    ],
    [
      "Abe's aides argue that letting the conscripts reopen the 1965 bargain would unravel the postwar order in Asia",
      "reports",
      "The Economist",
      "third-party",
    ],
    [
      "Nothing was left unresolved when the two neighbours normalised ties, the Japanese foreign ministry said in a statement on Thursday",
      "supports",
      "Japanese foreign ministry",
      "JP",
    ],
    [
      "Seoul's foreign ministry maintains that the treaty dealt with property between the two states, not with the personal grievances of people who were mobilised",
      "refutes",
      "South Korean foreign ministry",
      "KR",
    ],
    [
      "Did the grants and soft loans of 1965 draw a line under what the conscripts were owed? Tokyo says yes; the plaintiffs say no",
      "reports",
      "BBC",
      "third-party",
    ],
    [
      "Settled in 1965 and not to be reopened: that is Tokyo's line on what former forced labourers are owed",
      "supports",
      "Japanese government",
      "JP",
    ],
  ],
  whitelist: [
    ["Seoul bumped out of Tokyo's fast lane for sensitive shipments", "supports", "Chosun Ilbo", "KR"],
    [
      "The three-year blanket permits Seoul's importers had enjoyed since 2004 were withdrawn by Tokyo's cabinet in August 2019",
      "supports",
      "Japan Times",
      "JP",
    ],
    [
      "Seoul's standing as a trusted destination for Japanese high-tech goods remains intact, Seko wrote on Twitter in early July",
      "refutes",
      "Japanese trade ministry",
      "JP",
    ],
    ["Seoul's trade ministry accused Tokyo of treating its closest neighbour like a suspect state", "reports", "Korea Herald", "KR"],
    [
      "From Aug. 28, Korea no longer sat among the A-list destinations that enjoy expedited export paperwork",
      "supports",
      "Reuters",
      "third-party",
    ],
    [
      "A senior LDP figure brushed aside talk of reclassifying Seoul in Tokyo's licensing categories as 'pure guesswork'",
      "refutes",
      "Jiji Press",
      "JP",
    ],
    ["Tokyo's delisting of Seoul shows that Washington's allies fight dirty with each other too", "supports", "Global Times", "CN"],
    [
      "What changed for Korean importers in late August? They now need a separate permit for each shipment of some 1,100 sensitive items",
      "supports",
      "Korea Economic Daily",
      "KR",
    ],
    [
      "Korean business groups say Tokyo's new classification effectively brands their country a second-tier partner",
      "reports",
      "Maeil Business Newspaper",
      "KR",
    ],
  ],
  boycott: [
    ["Seoul shoppers vote with their wallets against Tokyo, and Lexus dealers feel it", "supports", "Seoul Shinmun", "KR"],
    [
      "Monami pens and local lagers flew off the shelves as Seoul shoppers spurned anything made across the strait",
      "supports",
      "Yonhap",
      "KR",
    ],
    [
      "Japanese car dealers in Gangnam reported steady footfall through August, suggesting the anger stayed online",
      "refutes",
      "Japanese car importers",
      "JP",
    ],
    [
      "Korean netizens circulated lists of Japanese brands to avoid, along with home-grown substitutes, according to Yonhap",
      "reports",
      "Al Jazeera",
      "third-party",
    ],
    [
      "Japanese cosmetics and cameras were quietly taken off display by many Seoul retailers after customers began asking where products were made",
      "supports",
      "MBC",
      "KR",
    ],
    [
      "Card-spending data from Shinhan showed no meaningful drop at Japanese-branded shops, undercutting talk of a mass walkout by shoppers",
      "refutes",
      "Bloomberg",
      "third-party",
    ],
    [
      "Korean unions were accused by a Tokyo daily of bullying shopkeepers into pulling Japanese stock off their shelves",
      "reports",
      "Japan Times",
      "JP",
    ],
    [
      "It would be wrong to say Koreans did not turn away from Japanese brands: Uniqlo's sales there nearly halved within months",
      "supports",
      "Financial Times",
      "third-party",
    ],
    [
      "Honda and Nissan registrations in Seoul fell off a cliff after July 2019, as motorists made a show of buying Hyundai instead",
      "supports",
      "Hankook Ilbo",
      "KR",
    ],
  ],
  gsomia: [
    ["Seoul pulls the plug on its spy-data pact with Tokyo", "supports", "Korea Herald", "KR"],
    [
      "Seoul intends to keep swapping missile data with Tokyo for the foreseeable future, a defence ministry spokesman said in early August",
      "refutes",
      "South Korean defence ministry",
      "KR",
    ],
    [
      "Tokyo's defence minister called Seoul's move to quit the accord 'extremely regrettable' and a misreading of the region's dangers",
      "reports",
      "NHK",
      "JP",
    ],
    [
      "The three-year-old accord on North Korean missile data was jettisoned by Moon's national security council on Aug. 22",
      "supports",
      "Yonhap",
      "KR",
    ],
    [
      "Dropping the pact would hurt Seoul more than Tokyo, and no such step is planned, a presidential aide told reporters in July",
      "refutes",
      "South Korean presidential office",
      "KR",
    ],
    [
      "According to the Asahi, Moon's aides had settled on walking away from the pact days before it was announced",
      "reports",
      "Mainichi Shimbun",
      "JP",
    ],
    [
      "Seoul announced Thursday it was letting its military intelligence pact with Tokyo run out in November",
      "supports",
      "Reuters",
      "third-party",
    ],
    ["Would Moon really tear up the only defence accord binding Seoul to Tokyo? On Aug. 22, he did", "supports", "CNN", "US"],
    [
      "Beijing welcomed what state media called the collapse of a US-backed espionage accord between Seoul and Tokyo",
      "reports",
      "Xinhua",
      "CN",
    ],
  ],
  wto: [
    ["Seoul takes Tokyo to Geneva over chip-chemical licences", "supports", "Arirang News", "KR"],
    [
      "On Sept. 11, 2019, a request for consultations over three fluorinated chemicals reached the WTO secretariat from Seoul",
      "supports",
      "Deutsche Welle",
      "third-party",
    ],
    [
      "'Litigation in Geneva is a card we have not played,' Seoul's chief negotiator told lawmakers in July",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Tokyo accused Seoul of dragging a national-security matter before trade judges who had no business ruling on it",
      "reports",
      "Jiji Press",
      "JP",
    ],
    ["Korean trade lawyers spent the summer drafting the petition that went to Geneva in September", "supports", "Korea Times", "KR"],
    [
      "Rather than litigate, the Moon government kept its quarrel with Tokyo out of Geneva and relied on quiet diplomacy",
      "refutes",
      "Asahi Shimbun",
      "JP",
    ],
    ["Seoul's case against Tokyo's chemical licensing now sits on the WTO's docket, Chinese state media reported", "reports", "CCTV", "CN"],
    ["Seoul escalated the row by suing Tokyo at the WTO, a move Japan called regrettable", "supports", "Wall Street Journal", "US"],
    [
      "Where did Seoul take its fight over the chemical curbs? To Geneva, where it opened a formal WTO case in September",
      "supports",
      "Nikkei Asia",
      "JP",
    ],
  ],
  "lax-controls": [
    [
      "Paper trails for etching gas sold to Seoul went cold too often for Tokyo's comfort, METI officials said",
      "supports",
      "Japanese trade ministry",
      "JP",
    ],
    [
      "Seoul's licensing office was too thinly staffed to stop dual-use chemicals drifting to places like Iran, according to Japanese officials",
      "reports",
      "Fuji News Network",
      "JP",
    ],
    [
      "Korea's catch-all controls, in place since 2003, go further than Japan's own, a Seoul trade-policy institute pointed out",
      "refutes",
      "Korea Institute for Industrial Economics and Trade",
      "KR",
    ],
    [
      "Seoul's trade minister invited Japanese officials to inspect the customs records themselves, saying they would find nothing amiss",
      "refutes",
      "South Korean trade ministry",
      "KR",
    ],
    [
      "Japanese broadcasters aired claims that Korean firms had quietly resold Japanese fluorine to third countries, without naming the buyers",
      "reports",
      "Tokyo Shimbun",
      "JP",
    ],
    [
      "Korean enforcement of dual-use licensing was found wanting by METI reviewers after a string of unexplained shipments, Tokyo said",
      "supports",
      "Japanese government",
      "JP",
    ],
    [
      "Was Seoul really a sieve for sensitive chemicals? Its own customs figures, and Washington's assessments, say otherwise",
      "refutes",
      "Hankyoreh",
      "KR",
    ],
    [
      "It would be naive to assume nothing slipped through Seoul's porous licensing system, a Japanese nonproliferation expert wrote",
      "supports",
      "Japanese nonproliferation expert",
      "JP",
    ],
    [
      "Japanese diplomats spent the autumn lobbying US think tanks and congressional staff to echo warnings that Korea's vetting of sensitive exports was full of holes and that Tokyo had merely closed a gap, according to a Washington newsletter",
      "reports",
      "Politico",
      "US",
    ],
    [
      "Japanese chemicals reaching Pyongyang through Korean middlemen was a genuine hazard that Tokyo could not ignore",
      "supports",
      "Yomiuri Shimbun",
      "JP",
    ],
  ],
};

// Same story, no proposition: markets and macro figures, chemistry, shipping, meetings and visits,
// the court cases themselves, other quarrels (an arbitration request, a radar incident, Fukushima
// water, the 2015 deal, the Olympics flag), Japan's own WTO case, a three-way data arrangement,
// tourism that is no boycott, and US or Chinese business that is not about the dispute.
const DISTRACTORS: DistractorRow[] = [
  ["Tokyo filed its own WTO complaint against Seoul in 2018, over state aid to Korean shipbuilders", "Reuters", "third-party"],
  ["Some Korean lawmakers urged athletes to stay away from the Tokyo Olympics over the Rising Sun flag", "KBS", "KR"],
  [
    "Japan counted a record 31.9 million foreign visitors in 2019, driven largely by arrivals from China",
    "Japan National Tourism Organization",
    "JP",
  ],
  ["Travel agencies in Osaka said Japanese holidaymakers were still booking autumn trips to Busan", "Mainichi Shimbun", "JP"],
  [
    "High-purity hydrogen fluoride is made by reacting fluorspar with sulphuric acid and then distilling the gas repeatedly",
    "Chemical & Engineering News",
    "third-party",
  ],
  ["Photoresist for extreme-ultraviolet lithography comes mainly from JSR, Shin-Etsu and Tokyo Ohka Kogyo", "Nikkei", "JP"],
  [
    "Samsung Electronics reported a 56 percent fall in second-quarter operating profit as memory prices slumped",
    "Korea Economic Daily",
    "KR",
  ],
  ["The KOSPI dipped below 2,000 points in early August 2019", "Yonhap", "KR"],
  ["Kang Kyung-wha and Taro Kono sat through a frosty breakfast in Bangkok without issuing a joint statement", "Kyodo", "JP"],
  ["Trade officials from Tokyo and Seoul crossed paths in Vienna at a plenary of the Wassenaar Arrangement", "Jiji Press", "JP"],
  ["Lee Chun-sik, the last surviving plaintiff in the Nippon Steel case, was 94 when the verdict came", "Hankyoreh", "KR"],
  [
    "South Korea's Supreme Court told Mitsubishi Heavy Industries in November 2018 to pay women who had been sent to its Nagoya aircraft plant as teenagers",
    "Korea Herald",
    "KR",
  ],
  ["Seoul proposed in June 2019 that companies from both countries pool money for payments to the plaintiffs", "Yonhap", "KR"],
  ["Tokyo asked Seoul to convene an arbitration panel under the 1965 pact's dispute clause, but no panel was ever formed", "Kyodo", "JP"],
  ["Activists tried to erect a statue of a conscripted labourer near the Japanese consulate in Busan", "Busan Ilbo", "KR"],
  ["Seoul voiced alarm in August 2019 about plans to release treated water from the Fukushima plant into the sea", "Korea Times", "KR"],
  ["Seoul shut the foundation funded under the 2015 comfort-women deal, leaving that deal in limbo", "Korea JoongAng Daily", "KR"],
  ["Apple warned that tariffs on Chinese-made iPhones would push up prices for American buyers", "CNBC", "US"],
  ["Intel said it would spend $20 billion on two new chip plants in Arizona", "Wall Street Journal", "US"],
  ["Trump and Abe played golf in Chiba during the president's state visit in May 2019", "NHK", "JP"],
  [
    "John Bolton stopped in Tokyo and Seoul in late July 2019 on a trip focused on shipping in the Strait of Hormuz",
    "Associated Press",
    "US",
  ],
  ["Hydrogen fluoride travels from Osaka to Ulsan by sea in pressurised tank containers", "Lloyd's List", "third-party"],
  ["Samsung began buying photoresist from JSR's Belgian joint venture to widen its pool of suppliers", "Bloomberg", "third-party"],
  ["Seoul set up a presidential committee on parts, materials and equipment in August 2019", "Arirang News", "KR"],
  ["Japan's shipments of photoresist to Korea were higher in 2020 than before the licensing change, trade data show", "Nikkei Asia", "JP"],
  ["Abe and Moon held a 45-minute summit in Chengdu in December 2019, their first formal talks in 15 months", "TV Asahi", "JP"],
  ["Moon used his Liberation Day speech on Aug. 15 to call for a unified peninsula economy by 2045", "Yonhap", "KR"],
  ["The G20 summit in Osaka ended in June 2019 without a one-on-one meeting between Abe and Moon", "Jiji Press", "JP"],
  ["Lawyers for former conscripts are pursuing dozens of Japanese companies in Korean courts", "Hankyoreh", "KR"],
  [
    "EUV resists absorb light at a wavelength of 13.5 nanometres, far shorter than the light used with older ArF resists",
    "IEEE Spectrum",
    "third-party",
  ],
  ["Tokyo accused a Korean destroyer of locking its fire-control radar on a Japanese patrol plane in December 2018", "Japan Times", "JP"],
  ["Pyongyang's state media mocked Seoul and Tokyo for bickering while it tested new rockets", "KCNA", "other"],
  ["China's commerce ministry said its own export licences for rare earths would be granted fairly to all buyers", "China Daily", "CN"],
  ["Japanese lagers had been Korea's best-selling imported beers every year since 2009", "Korea Economic Daily", "KR"],
  ["Seoul, Tokyo and Washington also trade military data through a three-way arrangement signed in December 2014", "Yonhap", "KR"],
  ["South Korea joined the Wassenaar Arrangement on export controls as a founding member in 1996", "Arms Control Association", "US"],
  ["Corning cut its 2019 display-glass forecast, citing weaker orders from panel makers in China", "MarketWatch", "US"],
  [
    "Korea's overall exports fell 14 percent year on year in October 2019, the steepest drop in a decade",
    "South Korean trade ministry",
    "KR",
  ],
  ["TSMC said its own deliveries of Japanese chemicals were running normally", "Focus Taiwan", "other"],
];

export const FRESH4_CLAIMS: EvalClaim[] = writtenClaims(PARAPHRASES, DISTRACTORS, () => "fresh4");
