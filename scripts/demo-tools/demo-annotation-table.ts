// The demo annotations as a compact table, read by build-demo-annotations.ts.
// `in`: "1" annotator a1, "2" annotator a2, "g" gold. Texts are exact (article 004 uses
// typographic ’ “ ” as in the source).

export interface Entry {
  in: string;
  label: "claim" | "quote" | "measure" | "date";
  text: string;
  attributes: Record<string, unknown>;
  occurrence?: number;
  note?: string;
  /** Why a date value differs from normalizeDateMention (also becomes the note). */
  why?: string;
}

interface Extra {
  occ?: number;
  note?: string;
}

type Voice = "outlet" | "attributed";

function claim(inn: string, text: string, holder: string, voice: Voice, hedged = false, x: Extra & { denies?: boolean } = {}): Entry {
  const attributes = { holder, stance: x.denies ? "denies" : "asserts", voice, hedged };
  return { in: inn, label: "claim", text, attributes, occurrence: x.occ, note: x.note };
}

function quote(inn: string, text: string, speaker: string, kind: "direct" | "indirect" = "direct", x: Extra = {}): Entry {
  return { in: inn, label: "quote", text, attributes: { speaker, kind }, occurrence: x.occ, note: x.note };
}

function measure(inn: string, text: string, value: number, unit: string, x: Extra = {}): Entry {
  return { in: inn, label: "measure", text, attributes: { value, unit }, occurrence: x.occ, note: x.note };
}

/** Value computed from the publication date unless given (then `why` is required if it differs). */
function date(inn: string, text: string, x: Extra & { value?: string; why?: string } = {}): Entry {
  const attributes = x.value ? { value: x.value } : {};
  return { in: inn, label: "date", text, attributes, occurrence: x.occ, note: x.note ?? x.why, why: x.why };
}

const WIRE = "Unknown wire service";
const YONHAP = "Yonhap";
const KYODO = "Kyodo";
const JAPAN = "Japanese government";
const KOREA = "South Korean government";
const STATE = "U.S. State Department";
const KIM = "Kim Hyun-chong";
const US_OFFICIAL = "U.S. administration official";
const JP_SOURCES = "Japanese government sources";

const F000 = "000_a8cbe098b11bed10.txt";
const F001 = "001_40fdf063e4bbc483.txt";
const F002 = "002_82f7c4e5c6eb419c.txt";
const F003 = "003_edcc0c6cf2354502.txt";
const F004 = "004_16519993c73f4477.txt";

// Retaliation claims, shared by the layers and the proposition links.
const R000_DENIAL = "the tighter export controls were not a retaliatory measure against South Korea";
const R000_RESPONSE =
  'Japan tightened restrictions on exports of high-tech materials vital to produce semiconductors and display panels for TVs and smartphones to South Korea, citing "significant damage to the relationship of mutual trust," in response to a court ruling of South Korea over the issue of compensation for South Koreans forced to work for Japanese firms during World War II';
const R001_MEASURE =
  "Japan toughened restrictions on exports to South Korea of key industrial materials used in semiconductors and displays in an apparent retaliatory measure in a separate row over Japan's wartime forced labor";
const R001_STEP =
  "Japan imposed the export curbs on July 4, in an apparent retaliatory step for last year's Supreme Court rulings here that ordered Japanese firms to compensate victims of wartime forced labor";
const R002_TIT_FOR_TAT =
  "The compensation issue is at the heart of a bitter diplomatic feud between Japan and South Korea that has escalated into tit-for-tat tightening of export controls";
const R003_RETALIATION =
  "Japan imposed export restrictions on South Korea in apparent retaliation for Seoul's Supreme Court rulings ordering Japanese firms to compensate victims of forced labor during Japan's 1910-45 colonial rule";
const R004_RETRIBUTION = "South Korea saw the moves as retribution for the court decision";

// Claims about the U.S. position and the 1965 agreement, also linked.
const U000_UNDERSTANDING = `Pompeo expressed his "understanding" of South Korea's position`;
const U001_DISAPPOINTED = "the U.S. was greatly disappointed at the Japanese attitude";
const U002_SUPPORT =
  "U.S. State Secretary Mike Pompeo recently expressed his support for Japan's stance that the issue of compensation over wartime labor was settled by a 1965 agreement between Tokyo and Seoul";
const S000_FINALLY = `the matter of compensation for wartime labor was "finally and completely" resolved under the pact`;
const S001_SETTLED =
  "all reparation issues stemming from its 1910-45 colonization of the peninsula were settled under a 1965 government-to-government accord aimed at normalizing bilateral ties";
const S002_STANCE = "the issue of compensation over wartime labor was settled by a 1965 agreement between Tokyo and Seoul";
const S002_KONO =
  "the compensation issue for wartime laborers during Japan's 1910-1945 colonial rule of the Korean Peninsula has already been resolved by the 1965 agreement to settle property claims after the war";

const ORTAGUS_1 =
  "Japan and South Korea are, of course, not only friends, they're allies ... we're going to do everything we can to pursue ways to strengthen our relationships between and amongst all three countries, both publicly and behind the scenes";

const DOC_000: Entry[] = [
  claim(
    "12g",
    "The United States is trying to ease the tensions between its two Eastern Asian allies -- Japan and South Korea -- over Tokyo's export restriction of crucial high-tech materials to Seoul",
    STATE,
    "attributed",
  ),
  quote(
    "2",
    "The United States is trying to ease the tensions between its two Eastern Asian allies -- Japan and South Korea -- over Tokyo's export restriction of crucial high-tech materials to Seoul",
    STATE,
    "indirect",
  ),
  date("12g", "Thursday", { occ: 1 }),
  quote("1g", ORTAGUS_1, "Morgan Ortagus"),
  quote("2", `"${ORTAGUS_1},"`, "Morgan Ortagus", "direct", { note: "kept the quotation marks" }),
  quote(
    "12g",
    "Both relationships are incredibly important. We all share, face shared regional challenges and priorities in the Indo-Pacific and around the world, and so we will continue to do that...",
    "Morgan Ortagus",
  ),
  date("12g", "Last week"),
  claim("1g", R000_RESPONSE, WIRE, "outlet", false, {
    note: "The outlet's own voice ties the controls to the ruling; 'in response to' may attach to 'citing' (Japan's stated reason) rather than to 'tightened'.",
  }),
  claim(
    "2",
    "Japan tightened restrictions on exports of high-tech materials vital to produce semiconductors and display panels for TVs and smartphones to South Korea",
    WIRE,
    "outlet",
  ),
  quote("12g", "significant damage to the relationship of mutual trust", JAPAN),
  date("12g", "Last month"),
  claim(
    "2g",
    "a South Korean appellate court upheld a lower court's order to a Japanese steelmaker to compensate the South Korean victims of forced labor during World War II",
    WIRE,
    "outlet",
  ),
  claim(
    "12g",
    "The Seoul High Court ruled that Nippon Steel Corp. pay 100 million won (86,400 US dollars) in compensation each to the family members of the seven South Korean victims for their wartime forced labor without pay",
    "local media",
    "attributed",
  ),
  measure("12g", "100 million won", 100_000_000, "KRW"),
  measure("1g", "86,400 US dollars", 86_400, "USD"),
  measure("2", "(86,400 US dollars)", 86_400, "USD"),
  measure("1g", "six years", 6, "years"),
  date("1g", "2013"),
  date("2", "in 2013"),
  date("12g", "2015"),
  claim(
    "12g",
    "the rulings are not in line with international law and run counter to the foundation of friendly and cooperative relations between the two neighbors since the 1965 normalization of diplomatic ties",
    JAPAN,
    "attributed",
  ),
  date("12g", "1965"),
  claim("12g", S000_FINALLY, JAPAN, "attributed"),
  quote("12g", "finally and completely", JAPAN),
  claim("1g", R000_DENIAL, JAPAN, "attributed", false, { denies: true }),
  claim("2", `Japan maintained that ${R000_DENIAL}`, JAPAN, "attributed", false, { denies: true }),
  claim(
    "12g",
    "Seoul had failed to show a satisfactory solution to the ongoing wartime labor dispute between both parties",
    JAPAN,
    "attributed",
  ),
  date("1g", "Thursday", { occ: 2 }),
  date("2", "Earlier on Thursday"),
  claim(
    "12g",
    "Secretary of State Mike Pompeo has spoken by phone on Wednesday with his South Korean counterpart, Kang Kyung-wha, on denuclearizing the\nKorean Peninsula and the state of US-Japan-South Korea ties",
    STATE,
    "attributed",
  ),
  date("12g", "Wednesday"),
  claim(
    "1g",
    "Japan's trade restriction moves would cause damage to South Korean companies and have a negative impact on world trade as well as US firms",
    "Kang Kyung-wha",
    "attributed",
  ),
  quote(
    "2",
    "Japan's trade restriction moves would cause damage to South Korean companies and have a negative impact on world trade as well as US firms",
    "Kang Kyung-wha",
    "indirect",
  ),
  quote("12g", "South Korea will make efforts for the diplomatic resolution via dialogue with Japan", "Kang Kyung-wha", "indirect"),
  claim("12g", U000_UNDERSTANDING, "South Korean Foreign Ministry", "attributed"),
  quote("12g", "understanding", "Mike Pompeo"),
  claim(
    "12g",
    "Japan and South Korea would hold talks in Tokyo on Friday at Seoul's request to discuss the export restrictions",
    "NHK",
    "attributed",
  ),
  date("1g", "Friday"),
  date("2", "on Friday"),
];

const DOC_001: Entry[] = [
  date("1", "17:10 July 14, 2019"),
  date("2g", "July 14, 2019"),
  date("12g", "July 14", { occ: 2 }),
  claim(
    "12g",
    "U.S. officials have expressed concern that tensions between South Korea and Japan over Tokyo's export restrictions against Seoul are not conducive to trilateral cooperation between the three countries",
    KIM,
    "attributed",
  ),
  date("12g", "Saturday"),
  measure("1g", "four-day", 4, "days"),
  claim("1g", R001_MEASURE, YONHAP, "outlet", true),
  claim("2", R001_MEASURE, YONHAP, "outlet", false),
  quote(
    "12g",
    "I met with people in the U.S. administration, Congress and think tanks, and explained the unfairness of Japan's unilateral measure and the effects of this unfair measure have on the security situation among the South, the U.S. and Japan",
    KIM,
  ),
  quote(
    "12g",
    "All the people I've met shared the understanding about the concerns over tensions between the South and Japan caused by this unilateral measure",
    KIM,
  ),
  quote(
    "1g",
    "That's why the State Department said it's going to do everything it can to maintain cooperation among the South, the U.S. and Japan.",
    KIM,
  ),
  quote(
    "2",
    "That's why the State Department said it's going to do everything it can to maintain cooperation among the South, the U.S. and Japan",
    KIM,
  ),
  claim("12g", 'U.S. officials have not talked explicitly about "mediation."', KIM, "attributed", false, { denies: true }),
  quote("1g", "mediation", KIM),
  quote(
    "12g",
    "I believe that the U.S. is going to do what it has to do if it considers cooperation among the South, the U.S. and Japan important",
    KIM,
  ),
  claim("12g", R001_STEP, YONHAP, "outlet", true),
  date("12g", "July 4"),
  date("1g", "last year"),
  date("2", "last year's"),
  claim("12g", S001_SETTLED, JAPAN, "attributed"),
  date("12g", "1965"),
  claim("2g", "South Korea has refused to intercede in the civil litigation", YONHAP, "outlet"),
  claim(
    "1g",
    "it honors the democratic constitutional principle that guarantees the separation of the executive, legislative and judicial powers",
    KOREA,
    "attributed",
  ),
  claim(
    "12g",
    "the United States has offered high-level trilateral talks with the South and Japan to discuss the issue, but Japan has spurned the offer, citing scheduling problems",
    "diplomatic sources",
    "attributed",
  ),
  claim("12g", U001_DISAPPOINTED, "diplomatic sources", "attributed"),
  quote("12g", "The U.S. also sees a problem with Japan even refusing a dialogue offer", "unnamed diplomatic source"),
  claim("2", "The U.S. also sees a problem with Japan even refusing a dialogue offer", "unnamed diplomatic source", "attributed"),
  date("12g", "July 13, 2019"),
];

const DOC_002: Entry[] = [
  date("12", "Aug. 2, 2019"),
  claim("12", U002_SUPPORT, JP_SOURCES, "attributed"),
  claim("1", S002_STANCE, JAPAN, "attributed"),
  date("12", "1965", { occ: 1 }),
  date("12", "Wednesday"),
  claim("1", R002_TIT_FOR_TAT, KYODO, "outlet"),
  claim(
    "2",
    "a bitter diplomatic feud between Japan and South Korea that has escalated into tit-for-tat tightening of export controls",
    KYODO,
    "outlet",
  ),
  claim(
    "12",
    "Pompeo's backing was conveyed to Japanese Foreign Minister Taro Kono during a meeting earlier this month in Bangkok",
    KYODO,
    "outlet",
  ),
  date("12", "earlier this month"),
  claim("12", "Pompeo voiced concern over the growing enmity between the two U.S. allies", JP_SOURCES, "attributed"),
  claim("1", S002_KONO, "Taro Kono", "attributed"),
  quote("2", S002_KONO, "Taro Kono", "indirect"),
  measure("12", "$500 million", 500_000_000, "USD"),
  quote(
    "12",
    "Overturning agreements stemming from the 1951 Treaty of San Francisco, which marked Japan's re-establishment of diplomatic ties with the Allied Powers, would fundamentally undermine the international order established after the end of World War II",
    "Taro Kono",
    "indirect",
  ),
  date("1", "1951"),
  claim(
    "12",
    "Pompeo also called on Japan and South Korea to hold talks to find a forward-looking way to resolve their differences",
    JP_SOURCES,
    "attributed",
  ),
  claim(
    "1",
    "senior Japanese officials are expected to urge their South Korean counterparts to follow through on the 1965 accord",
    KYODO,
    "outlet",
    true,
  ),
  claim(
    "2",
    "senior Japanese officials are expected to urge their South Korean counterparts to follow through on the 1965 accord",
    KYODO,
    "outlet",
    false,
  ),
  date("12", "Friday"),
  date("12", "Saturday"),
  claim(
    "12",
    "Tokyo grew concerned in February that the South Korean plaintiffs would also attempt to seize Japanese companies' assets in the United States",
    JP_SOURCES,
    "attributed",
  ),
  date("1", "February"),
  date("2", "in February"),
  claim(
    "12",
    "it rejected an offer South Korea made in June to establish a fund to compensate the plaintiffs with contributions from both Japanese and South Korean companies",
    KYODO,
    "outlet",
  ),
  date("12", "June"),
  date("1", "Thursday"),
  date("2", "Thursday", { value: "2019-08-08", why: "read as the Thursday before publication" }),
  date("12", "Aug. 24"),
  claim("2", "South Korea has recently suggested it may pull out of the pact", KYODO, "outlet", true),
];

const DOC_003: Entry[] = [
  date("1", "11:28 April 07, 2021"),
  date("2", "April 07, 2021"),
  date("12", "April 6"),
  claim(
    "1",
    "The U.S. administration of President Joe Biden is very committed to improved relations between South Korea and Japan",
    US_OFFICIAL,
    "attributed",
  ),
  claim(
    "2",
    "The U.S. administration of President Joe Biden is very committed to improved relations between South Korea and Japan as cooperation between the allies is key to dealing with various regional issues, including a nuclear-armed North Korea",
    US_OFFICIAL,
    "attributed",
  ),
  date("12", "Tuesday"),
  quote("12", "optimistic", US_OFFICIAL),
  quote(
    "12",
    "I think we've seen very early on, I mean, absolute proof that this administration is committed to trilateral cooperation",
    US_OFFICIAL,
  ),
  quote(
    "12",
    "So we're very committed, the Biden administration is very committed to doing what we can to strengthen not just alliances but also to strengthen our trilateral cooperation, and certainly hopefully as a fringe benefit or positive outcome, that would be an improved relationship between Seoul and Tokyo",
    US_OFFICIAL,
  ),
  claim("12", "The Seoul-Tokyo relationship has deteriorated badly since mid-2019", YONHAP, "outlet"),
  date("12", "mid-2019"),
  claim("1", R003_RETALIATION, YONHAP, "outlet", true),
  claim(
    "2",
    "Japan imposed export restrictions on South Korea in apparent retaliation for Seoul's Supreme Court rulings",
    YONHAP,
    "outlet",
    true,
  ),
  claim(
    "1",
    "the United States understands the sensitivity and challenges posed by the history issues between its two Asian allies",
    US_OFFICIAL,
    "attributed",
  ),
  quote(
    "12",
    "I think our sort of consistent message to both Seoul and Tokyo will be expressing, you know, our understanding that this is a tough issue, but also, you know, our hope that while Japan and Korea address the past, they can work together on the present and the future",
    US_OFFICIAL,
  ),
  claim(
    "12",
    'South Korean President Moon Jae-in proposed a "two-track" approach in his speech marking the 1919 Independence Movement on March 1',
    YONHAP,
    "outlet",
  ),
  quote("12", "two-track", "Moon Jae-in"),
  date("12", "March 1"),
  date("2", "1919"),
  claim("12", 'the countries needed to focus on "big" pressing issues', US_OFFICIAL, "attributed"),
  quote("1", "big", US_OFFICIAL, "direct", { occ: 1 }),
  quote(
    "12",
    "We have a lot of work to do before us in that we want to ensure that whatever steps are taken to deal with the past and then deal with it in a way that promotes reconciliation. At the same time, we keep our eye on the big issues before all of us",
    US_OFFICIAL,
  ),
  quote(
    "12",
    "At any rate, I have personally seen the two countries do it before and I'm confident that with the right mixture of commitment to address problems in the past but also a pledge to deal with problems in the present and future, I think we can find a way forward.",
    US_OFFICIAL,
  ),
];

const DOC_004: Entry[] = [
  date("12g", "Tuesday", { occ: 1 }),
  claim(
    "12g",
    "Japan and South Korea held a teleconference Tuesday to discuss trade export controls placed on each other amid the diplomatic feud over wartime labor compensation",
    KYODO,
    "outlet",
  ),
  date("1g", "mid-December"),
  date("2", "December"),
  claim(
    "1g",
    "In their last meeting, in Tokyo in mid-December, the two said they had improved “mutual understanding” of their export controls",
    "Japanese and South Korean trade officials",
    "attributed",
  ),
  claim(
    "2",
    "they had improved “mutual understanding” of their export controls",
    "Japanese and South Korean trade officials",
    "attributed",
  ),
  quote("12g", "mutual understanding", "Japanese and South Korean trade officials"),
  date("12g", "Tuesday", { occ: 2 }),
  claim(
    "12g",
    "South Korean officials were expected to urge Tokyo to remove control measures on some key export materials for South Korea",
    KYODO,
    "outlet",
    true,
  ),
  claim("1g", "the teleconference was not an opportunity to make any decision on the issue", "Japanese officials", "attributed", false, {
    denies: true,
  }),
  claim("2", "the teleconference was not an opportunity to make any decision on the issue", "METI official", "attributed", false, {
    denies: true,
  }),
  claim(
    "12g",
    "bilateral relations have sharply deteriorated since October 2018, when South Korea’s top court ordered Nippon Steel & Sumitomo Metal to compensate victims of forced labor during Japan’s 1910-1945 colonial rule of the Korean Peninsula",
    KYODO,
    "outlet",
  ),
  date("1g", "October 2018"),
  date("2", "since October 2018"),
  date("12g", "July 2019"),
  claim(
    "12g",
    "Japan placed stricter regulations on exports of materials used to manufacture semiconductors and display panels to South Korea, and the following month removed the country from its “whitelist” of preferred trading partners",
    KYODO,
    "outlet",
  ),
  date("1g", "the following month", { value: "2019-08", why: "Anchored on 'In July 2019' earlier in the sentence, not on publication." }),
  quote("2", "whitelist", JAPAN),
  claim("12g", R004_RETRIBUTION, KOREA, "attributed"),
  claim(
    "12g",
    "South Korea announced in August 2019 it would pull out of a military intelligence-sharing pact with Japan that helps them deal with missile threats from North Korea, though it later reversed the decision",
    KYODO,
    "outlet",
  ),
  date("12g", "August 2019"),
];

export const DOCUMENTS = [
  { file: F000, gold: true, entries: DOC_000 },
  { file: F001, gold: true, entries: DOC_001 },
  { file: F002, gold: false, entries: DOC_002 },
  { file: F003, gold: false, entries: DOC_003 },
  { file: F004, gold: true, entries: DOC_004 },
];

function link(
  file: string,
  layer: string,
  text: string,
  stance: "supports" | "refutes" | "reports",
  x: { evidence?: boolean; note?: string } = {},
) {
  return { file, layer, text, occurrence: 1, stance, evidence: x.evidence ?? false, note: x.note ?? "" };
}

export const PROPOSITIONS = [
  {
    key: "retaliation",
    statement:
      "Japan's July 2019 export controls on South Korea were retaliation for the South Korean court rulings on wartime forced labour",
    links: [
      link(F000, "gold", R000_DENIAL, "refutes", { evidence: true, note: "Japan's denial, reported as Japan's position." }),
      link(F000, "gold", R000_RESPONSE, "supports", { note: "The wire's own voice: the controls came 'in response to a court ruling'." }),
      link(F001, "gold", R001_MEASURE, "supports", {
        evidence: true,
        note: "Yonhap's own voice, hedged: 'an apparent retaliatory measure'.",
      }),
      link(F001, "gold", R001_STEP, "supports", { note: "Yonhap's own voice, hedged: 'an apparent retaliatory step'." }),
      link(F002, "a1", R002_TIT_FOR_TAT, "reports", {
        note: "'Tit-for-tat' ties the controls to the compensation feud but frames them as mutual escalation, without saying Japan retaliated for the rulings.",
      }),
      link(F003, "a1", R003_RETALIATION, "supports", { note: "Yonhap's own voice, hedged: 'in apparent retaliation'." }),
      link(F004, "gold", R004_RETRIBUTION, "reports", { evidence: true, note: "Kyodo attributes the retaliation reading to Seoul." }),
    ],
    reconciliation: {
      status: "reconciled",
      verdict: "Partly supported",
      summary:
        "The timing and Japan's own stated reason (lost trust over the labour dispute) link the controls to the rulings; the motive itself is asserted only by Korean sources, hedged, and denied by Japan.",
      rationale:
        "South Korean outlets call the controls 'apparent' retaliation in their own voice; the Japanese wire attributes that reading to Seoul; Japan says they were not retaliatory but cites Seoul's failure to resolve the labour dispute. No source offers direct evidence of intent, so the sources disagree on framing rather than on facts.",
    },
  },
  {
    key: "us-sided-with-japan",
    statement: "The United States took Japan's side in its 2019 dispute with South Korea",
    links: [
      link(F002, "a1", U002_SUPPORT, "supports", { evidence: true, note: "Japanese government sources on Pompeo's private remarks." }),
      link(F000, "gold", U000_UNDERSTANDING, "refutes", {
        evidence: true,
        note: "South Korea's foreign ministry on the same official's call.",
      }),
      link(F001, "gold", U001_DISAPPOINTED, "refutes", { note: "Unnamed diplomatic sources quoted by Yonhap." }),
    ],
    reconciliation: {
      status: "contested",
      verdict: "",
      summary: "Each government's sources describe Pompeo's private remarks as sympathetic to its own side.",
      rationale:
        "Kyodo cites Japanese sources saying Pompeo backed Japan's reading of the 1965 agreement; the Korean side reports his 'understanding' of Seoul's position and U.S. disappointment at Japan. Public U.S. statements only call for trilateral cooperation.",
    },
  },
  {
    key: "settled-1965",
    statement: "The 1965 agreement between Japan and South Korea settled all claims for compensation for wartime forced labour",
    links: [
      link(F000, "gold", S000_FINALLY, "supports"),
      link(F001, "gold", S001_SETTLED, "supports"),
      link(F002, "a1", S002_STANCE, "supports"),
      link(F002, "a1", S002_KONO, "supports"),
    ],
    reconciliation: null,
  },
];
