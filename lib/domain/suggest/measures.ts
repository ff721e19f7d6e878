// Measure suggester: numbers with a unit or currency ("100 million won", "$86,400",
// "30 percent", "90 days", "four-day", "three chemicals", "two small fires", "11 people",
// "190 kilometres per hour", "25 basis points", "£40m"), and large bare counts ("18,000").
// The value is a number (scale words applied, "minus" negative, cents as dollars) and the
// unit a short code (ISO 4217 for money, "%" for percent, plural English for the rest).
// Numbers inside a date, a time, a range or a tally ("1910-45", "7-2", "17:10") are not
// measures; the ends of a range of measures ("5.25%-5.5%") are two, both positive. Offsets are UTF-16 here (RawHit). Pure.
import { NUMBER_SOURCE, SCALE_SOURCE, parseNumber } from "./numbers";
import type { RawHit } from "./types";
import { at } from "../at";
import { localDollar, localFranc, localKrone, localPeso, localRupee, localShilling } from "./locale";

/** Placeholders in UNIT_WORDS for the currency of the article's country, resolved per text. */
const LOCAL_DOLLAR = "$local";
const LOCAL_PESO = "peso$local";
const LOCAL_SHILLING = "shilling$local";
const LOCAL_RUPEE = "rupee$local";
const LOCAL_KRONE = "krone$local";

const SYMBOLS: Record<string, string> = {
  US$: "USD",
  NT$: "TWD",
  NZ$: "NZD",
  R$: "BRL",
  MX$: "MXN",
  "₹": "INR",
  "₽": "RUB",
  "₺": "TRY",
  "₱": "PHP",
  "₪": "ILS",
  "₫": "VND",
  "₦": "NGN",
  C$: "CAD",
  A$: "AUD",
  HK$: "HKD",
  S$: "SGD",
  $: LOCAL_DOLLAR,
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "₩": "KRW",
};

/** Unit words (lower case) → the stored unit; `scale` multiplies the value (cents are dollars/100). */
const UNIT_WORDS: [RegExp, string, number?][] = [
  [/^(?:us|u\.s\.) dollars?$/, "USD"],
  [/^canadian dollars?$/, "CAD"],
  [/^australian dollars?$/, "AUD"],
  [/^hong kong dollars?$/, "HKD"],
  [/^(?:new )?taiwan dollars?$/, "TWD"],
  [/^singapore dollars?$/, "SGD"],
  [/^new zealand dollars?$/, "NZD"],
  [/^swiss francs?$/, "CHF"],
  [/^ringgit$/, "MYR"],
  [/^rupiah$/, "IDR"],
  [/^baht$/, "THB"],
  [/^(?:usd|eur|gbp|jpy|chf|cny|cad|aud|hkd|krw|inr|sek|nok|dkk|twd|sgd|nzd|brl|mxn|zar)$/, ""],
  [/^dollars?$/, LOCAL_DOLLAR],
  [/^cents?$/, "USD", 0.01],
  [/^won$/, "KRW"],
  [/^yen$/, "JPY"],
  [/^yuan$|^renminbi$/, "CNY"],
  [/^euros?$/, "EUR"],
  [/^pounds? sterling$|^pounds?$/, "GBP"],
  [/^rupees?$/, LOCAL_RUPEE],
  [/^shillings?$/, LOCAL_SHILLING],
  [/^rubles?$|^roubles?$/, "RUB"],
  // Currencies named by their word alone ("24.87 koruna per euro"): the ISO code.
  [/^korunas?$/, "CZK"],
  [/^forints?$/, "HUF"],
  [/^zloty(?:s|ch)?$/, "PLN"],
  [/^kronor$|^swedish kronas?$/, "SEK"],
  [/^lira$|^liras$/, "TRY"],
  [/^rand$/, "ZAR"],
  [/^naira$/, "NGN"],
  [/^shekels?$/, "ILS"],
  [/^dirhams?$/, "AED"],
  [/^riyals?$/, "SAR"],
  [/^reais$/, "BRL"],
  [/^dong$/, "VND"],
  [/^taka$/, "BDT"],
  [/^hryvnias?$/, "UAH"],
  [/^(?:norwegian) kroner$/, "NOK"],
  [/^soles$|^sol$/, "PEN"],
  [/^cedis?$/, "GHS"],
  [/^birr$/, "ETB"],
  [/^tenge$/, "KZT"],
  [/^lari$/, "GEL"],
  [/^lei$/, "RON"],
  [/^(?:mexican) pesos?$/, "MXN"],
  // A peso or dollar the text does not qualify is the one of the country it is set in (locale.ts).
  [/^pesos?$/, LOCAL_PESO],
  [/^(?:argentine|argentinian) pesos?$/, "ARS"],
  [/^(?:chilean) pesos?$/, "CLP"],
  [/^(?:colombian) pesos?$/, "COP"],
  [/^(?:philippine) pesos?$/, "PHP"],
  [/^(?:kenyan) shillings?$/, "KES"],
  [/^(?:ugandan) shillings?$/, "UGX"],
  [/^(?:tanzanian) shillings?$/, "TZS"],
  [/^(?:egyptian) pounds?$/, "EGP"],
  [/^(?:pakistani) rupees?$/, "PKR"],
  [/^(?:sri lankan) rupees?$/, "LKR"],
  [/^(?:nepalese|nepali) rupees?$/, "NPR"],
  [/^(?:danish) kroner$/, "DKK"],
  // "10.9 kroner per dollar": the krone the text writes by its code, else names (locale.ts).
  [/^kroner$|^krone$/, LOCAL_KRONE],
  [/^(?:percent|per cent|%)$/, "%"],
  [/^percentage points?$/, "percentage points"],
];
const UNIT_SOURCE =
  "(?:U\\.?S\\.? dollars?|(?:Canadian|Australian|Hong Kong|(?:New )?Taiwan|Singapore|New Zealand) dollars?|Swiss francs?|ringgit|rupiah|baht|USD|EUR|GBP|JPY|CHF|CNY|CAD|AUD|HKD|KRW|INR|SEK|NOK|DKK|TWD|SGD|NZD|BRL|MXN|ZAR|dollars?|cents?|won|yen|yuan|renminbi|euros?|pounds? sterling|pounds?|rupees?|rubles?|roubles?|korunas?|forints?|zloty(?:s|ch)?|kronor|Swedish kronas?|(?:Norwegian|Danish) kroner|kroner|krone|(?:Mexican|Argentine|Argentinian|Chilean|Colombian|Philippine) pesos?|pesos?|(?:Kenyan|Ugandan|Tanzanian) shillings?|shillings?|Egyptian pounds?|(?:Pakistani|Sri Lankan|Nepalese|Nepali) rupees?|soles|cedis?|birr|tenge|lari|lei|liras?|rand|naira|shekels?|dirhams?|riyals?|reais|dong|taka|hryvnias?|percentage points?|basis points?|bps|percent|per cent|" +
  "seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|century|tonnes?|tons?|metric tons|kilograms?|kg|grams?|kilometers?|kilometres?|km|miles?|meters?|metres?|feet|foot|inches|barrels?|liters?|litres?|gallons?|megawatts?|gigawatts?|MW|GW|kWh|acres?|hectares?|(?:square|cubic) (?:kilometers|kilometres|miles|meters|metres|feet|yards|centimet(?:er|re)s)|km²|m²|sq km|degrees(?: Celsius| Fahrenheit)?|millimet(?:er|re)s?|centimet(?:er|re)s?|mm|cm|km/h|mph|kph|knots|milligrams?|micrograms?|mg|mcg|µg|millilit(?:er|re)s?|ml|mL|TEUs?|FEUs?|MWh|GWh|TWh|kW|bpd|" +
  "points|goals|runs|wickets|seats|votes)(?:\\s+per\\s+(?:hour|day|week|month|year|second|minute|capita|person|head|share|barrel|litre|liter|kilogram|kg|tonne|ton|gallon))?";
const NUM = NUMBER_SOURCE;
const SCALE = SCALE_SOURCE;
// Not glued to a word, a number or a range ("1910-45"), except the second end of a range of percentages ("5.25%-5.5%").
const B = "(?:(?<=%\\s?[-–]\\s?)|(?<![\\p{L}\\p{N}$€£¥₩.,:\\-–/%]))";

// at(m, n) for the groups each pattern always captures; m[n] for the optional ones.
/** The number words capitalised too ("Two previous studies"), without making the whole pattern case-blind. */
const NUM_ANY_CASE = NUMBER_SOURCE.replace(/(?<=[|(:])([a-z])(?=[a-z ])/g, (c) => `[${c}${c.toUpperCase()}]`);
const IRREGULAR_PLURALS =
  "people|staff|crew|aircraft|livestock|sheep|\\p{Ll}*children|\\p{Ll}*men|\\p{Ll}*women|cattle|personnel|police|mice|geese|teeth|feet";
/** "53,000 Canadians", "300 Britons", "12 Israelis": people counted by a capitalised plural of nationality. */
const DEMONYMS = "\\p{Lu}\\p{Ll}{2,}(?:ans|ians|ons|is|ese)(?<!Ukrainians|Tunis)";
/** "British", "Japanese", "Canadian", "French": a capitalised adjective of nationality before a counted noun. */
const NATIONALITY_ADJECTIVES = "\\p{Lu}\\p{Ll}+(?:ish|ese|ian|an|ch)";
/** Words that are not adjectives of a counted noun: "two more days", "three of its", "five were". */
const NOT_ADJECTIVES =
  /^(?:less|others|and|the|for|from|with|into|over|under|than|that|this|were|was|are|had|have|has|did|who|which|per|percent|cent|times|out|off|had|will|would|could|can|may|also|most|such|each|very|too|all|its|their|his|her|our|your|year|years|day|days|week|month|hour|minute|point|percentage|basis|million|billion|thousand|hundred|trillion|dozen)$/;
const PATTERNS: { re: RegExp; read: (m: RegExpExecArray) => { value: number | null; unit?: string } }[] = [
  {
    // $86,400  US$1.5 billion  ₩100 million
    // £40m, $3.5bn, $50k: a scale letter glued to the number.
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(US\\$|NT\\$|NZ\\$|MX\\$|R\\$|C\\$|A\\$|HK\\$|S\\$|\\$|€|£|¥|₩|₹|₽|₺|₱|₪|₫|₦|Rs\\.?(?=\\s?\\d)|K?Sh\\.?(?=\\s?\\d)|R(?=\\d[\\d.]*\\s?(?:${SCALE}|bn|m)\\b|\\d{1,3}(?:,\\d{3})+(?![\\d.,])))\\s?(\\d(?:[\\d,]*\\d)?(?:\\.\\d+)?)(?:\\s?(${SCALE})\\b|(m|k)(?![\\p{L}\\p{N}]))?`,
      "gu",
    ),
    read: (m) => ({
      value: parseNumber(at(m, 2), m[3] ?? (m[4] === "m" ? "million" : m[4] === "k" ? "thousand" : undefined)),
      // "Sh6.5m", "KSh 200": East African newspapers write the shilling so.
      unit: /^Rs/.test(at(m, 1)) ? "INR" : /^K?Sh/.test(at(m, 1)) ? LOCAL_SHILLING : at(m, 1) === "R" ? "ZAR" : SYMBOLS[at(m, 1)],
    }),
  },
  {
    // USD 5 million, EUR 30bn: an ISO 4217 code before the number.
    re: new RegExp(
      `(?<![\\p{L}\\p{N}])(USD|EUR|GBP|JPY|CHF|CNY|CAD|AUD|HKD|KRW|INR|SEK|NOK|DKK|TWD|SGD|NZD|BRL|MXN|ZAR)\\s?(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s?(${SCALE})\\b|(m)(?![\\p{L}\\p{N}]))?`,
      "gu",
    ),
    read: (m) => ({ value: parseNumber(at(m, 2), m[3] ?? (m[4] ? "million" : undefined)), unit: at(m, 1) }),
  },
  {
    // 100 million won, minus 0.1 percent, 30%, 90 days, 120 million tonnes
    // 17°C, minus 120 °C: a temperature in degrees.
    // "630m litres", "2.5bn barrels": a scale letter glued to the number, before a unit word.
    re: new RegExp(
      `${B}(minus\\s+|-|−)?(${NUM})(?:\\s*(${SCALE})|(m|bn|k)(?=\\s+\\p{L}))?(?:\\s*(%|°\\s?[CF]\\b)|\\s+(${UNIT_SOURCE})|(?<=\\d)(km\\/h|km²|km|cm|mm|kg|mg|ml|mph|kph|MW|GW|kWh|MWh|GWh|TEU))(?![\\p{L}\\p{N}/])`,
      "giu",
    ),
    // One of the unit groups (5: "%" or degrees, 6: a unit word, 7: an abbreviation glued to the digits, "17km") matched.
    read: (m) => unitReading(at(m, 2), m[3] ?? GLUED_SCALE[m[4]?.toLowerCase() ?? ""], m[5] ?? m[6] ?? at(m, 7), Boolean(m[1])),
  },
  {
    // "2 hours 36 minutes", "3 days and 4 hours": one length of time in several units, valued
    // in the smallest.
    re: new RegExp(
      `${B}(${NUM})\\s+(weeks?|days?|hours?|minutes?)(?:,?\\s+and|,)?\\s+(${NUM})\\s+(days?|hours?|minutes?|seconds?)(?![\\p{L}\\p{N}])`,
      "giu",
    ),
    read: (m) => {
      const big = SECONDS_IN[at(m, 2).toLowerCase().replace(/s$/, "")] ?? 0;
      const small = SECONDS_IN[at(m, 4).toLowerCase().replace(/s$/, "")] ?? 0;
      const a = parseNumber(at(m, 1));
      const b = parseNumber(at(m, 3));
      if (a === null || b === null || /^an?$/i.test(at(m, 1)) || !(big > small && small > 0)) return { value: null };
      return { value: Number(((a * big + b * small) / small).toPrecision(12)), unit: `${at(m, 4).toLowerCase().replace(/s$/, "")}s` };
    },
  },
  {
    // "won in 2:14:52": a race time, hours, minutes and seconds, valued in seconds; not a clock
    // time ("at 03:12:45", "06:40:00 UTC").
    re: /(?<![\p{L}\p{N}:.,])(?<!\bat\s)(\d{1,2}):([0-5]\d):([0-5]\d)(?![\p{N}:]|[.,]\d|\s*(?:a\.?m\.?|p\.?m\.?|[AP]M\b|GMT|UTC|[A-Z]{2,4}T\b|hours?\b|h\b))/gu,
    read: (m) => ({ value: Number(at(m, 1)) * 3600 + Number(at(m, 2)) * 60 + Number(at(m, 3)), unit: "seconds" }),
  },
  {
    // "up to 34C", "passed 40C": a temperature with the degree sign left out; not a flat, gate
    // or form ("Flat 4C", "Form 10F"), where a capitalised word comes first.
    re: /(?<![\p{L}\p{N}.,:\-–/]|\p{Lu}[\p{L}.]*\s)(minus\s+|-|−)?(\d{1,3}(?:\.\d)?)([CF])(?![\p{L}\p{N}])/gu,
    read: (m) => {
      const v = Number(at(m, 2));
      return { value: m[1] ? -v : v, unit: `°${at(m, 3)}` };
    },
  },
  {
    // "a band of 2-4%": the second end of a range written with a hyphen (the first takes its unit).
    re: /(?<=(?<![\p{L}\p{N}.,:\-–/])\d+(?:\.\d+)?\s?[-–]\s?)(\d+(?:\.\d+)?)\s*(%|percent\b|per cent\b)(?![\p{L}\p{N}])/gu,
    read: (m) => ({ value: parseNumber(at(m, 1)), unit: "%" }),
  },
  {
    // four-day, 10-year, 5-percent, two-term, 25-basis-point (adjectives)
    re: new RegExp(
      `${B}(${NUM})-(day|week|month|year|hour|minute|second|mile|kilometer|kilometre|meter|metre|percent|point|basis-point|percentage-point|decade|game|match|set|round|seat|member|term|page|storey|story|lap|night|season|nation|country|person|man|woman|strong|foot|inch|tonne|ton|kilogram|gram|litre|liter|gallon|acre|hectare|megawatt|gigawatt|kilowatt|yard|ounce|km|kg|cm|mm|mph|kph|MW|GW)(?![\\p{L}\\p{N}]|-(?!(?:wide|long|high|deep|tall|thick|thin|across)\\b))`,
      "giu",
    ),
    read: (m) => ({ value: parseNumber(at(m, 1)), unit: hyphenUnit(at(m, 2)) }),
  },
  {
    // "an eight-panel screen", "a two-storey house", "a four-wheel drive": any count of a noun
    // written as a modifier of the noun after it counts that noun, in the plural. Not a
    // fraction ("two-thirds"), a manner ("two-way", "one-off", "one-time", "three-fold") nor an
    // adjective of a part ("three-legged", "one-sided").
    re: new RegExp(
      `${B}(${NUM_ANY_CASE})-(\\p{Ll}{3,})(?=\\s+\\p{L})(?<!-(?:one|two|three|four|five|six|seven|eight|nine|way|off|time|fold|stop|sided|thirds?|halfs?|halves|quarters?|fifths?|sixths?|tenths?|\\p{Ll}+ed|\\p{Ll}+ing|\\p{Ll}+ly|year-old|and|or|to))`,
      "gu",
    ),
    read: (m) => (/^an?$/i.test(at(m, 1)) ? { value: null } : { value: parseNumber(at(m, 1)), unit: hyphenUnit(at(m, 2)) }),
  },
  {
    // "the 23-year-old", "a six-month-old baby": an age, counted in its unit.
    re: new RegExp(`${B}(${NUM})-(day|week|month|year)-old(?![\\p{L}\\p{N}-])`, "giu"),
    read: (m) => ({ value: parseNumber(at(m, 1)), unit: `${at(m, 2).toLowerCase()}s` }),
  },
  {
    // "shared 40,000 times", "three times as many": a count of occurrences or a multiplier; not a
    // frequency ("three times a week", "five times per day").
    re: new RegExp(`${B}(${NUM_ANY_CASE})(?:\\s+(${SCALE}))?\\s+times(?![\\p{L}\\p{N}'’-]|\\s+(?:a|an|per|the|that|what|over)\\b)`, "gu"),
    read: (m) => (/^an?$/i.test(at(m, 1)) ? { value: null } : { value: parseNumber(at(m, 1), m[2]), unit: "times" }),
  },
  {
    // "14 of 19 economists", "; 412 were diagnosed": digits counting people or things already
    // named, as the part of a whole or the subject of a clause; a bare number.
    re: /(?:(?<![\p{L}\p{N}$€£¥₩.,:\-–/%])\d[\d,]*(?=\s+of\s+(?:the\s+|its\s+|their\s+)?\d)|(?<![\p{L}\p{N}$€£¥₩.,:\-–/%'’])(?:\d[\d,]*|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty)(?=\s+of\s+(?:the|those|these|them|its|their)\s+\p{Ll}+\s+(?:had|have|has|were|was|are|is|died|remain|remained|lived|\p{Ll}+ed)\b)|(?<=(?:^|[;:.]\s+|,\s+))\d{1,3}(?:,\d{3})*(?=\s+(?:were|was|are|have|had|lived|died)\b))/gmu,
    read: (m) => ({ value: parseNumber(m[0]) }),
  },
  {
    // "on 190 of the sheets", "five of the 21 analysts": the part of a whole named after it;
    // "Its leader, 58, has served …": an age after a person's role, as after a name;
    // "on 122 more.": a further count of things named before; "Tom Reyes, 41, who": an age
    // (up to 120) after a name, also after the name's gloss in brackets ("Sakura Ishida (石田さくら), 34,"). Bare numbers.
    re: /(?<![\p{L}\p{N}$€£¥₩.,:\-–/%'’])(?:\d[\d,]*(?=\s+of\s+(?:the|those|these|its|their)\s+\p{Ll}{3,}s\b)|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty)(?=\s+of\s+(?:the|its|their)\s+\d)|\d[\d,]*(?=\s+more(?:[.;:!?)]|,\s|\s+(?:and|or|but)\b|$))|(?<=(?:\p{Lu}[\p{L}\p{M}’'-]+|\p{Lu}[\p{L}\p{M}’'-]+\s\([^()]{1,40}\)),\s)(?:1[01]\d|120|\d{1,2})(?=,\s)|(?<=\b(?:leader|mother|father|son|daughter|wife|husband|widow|owner|driver|victim|pilot|teacher|farmer|worker|resident|founder|chairman|chairwoman|president|minister|officer|nurse|doctor|student|man|woman|boy|girl|artist|singer|actor|actress|player|coach|suspect|defendant|grandmother|grandfather),\s)(?:1[01]\d|120|\d{1,2})(?=,\s+(?:who|has|had|was|is|said|says|told|from|of|and)\b))/gmu,
    read: (m) => ({ value: parseNumber(m[0]) }),
  },
  {
    // "Thirty-one of the train's 104 tank cars", "four of them ruptured", "two of its five
    // plants": a number that picks a part out of a whole named after "of" counts that whole's
    // things, a bare number; not "one of" (a single one is named, not counted), a decimal
    // ("version 2.1 of the app") nor after a determiner ("the three of them", a reference).
    re: new RegExp(
      `${B}(?<!\\b(?:the|its|their|his|her|our|my|your|these|those|all|both|[Tt]he)\\s)(?!(?:[Oo]ne|an?|[Hh]alf an?|[Aa] dozen|[Dd]ozens of)\\b|\\d+\\.\\d)(${NUM_ANY_CASE})(?=\\s+of\\s+(?:the|those|these|them|us|its|their|our|his|her|\\p{Lu}[\\p{L}\\p{M}]*[’']s)\\b)`,
      "gu",
    ),
    read: (m) => ({ value: parseNumber(at(m, 1)) }),
  },
  {
    // "by the 15th there were 37.", "since he was 15,", "the toll rose to 41.": a small number
    // closing its clause after a verb of being or level, its unit only implied; a bare number.
    // "rose to 112 in 2025 from 97": a figure a change reached, followed by when or from what, too.
    re: /(?<=\b(?:there\s+(?:were|are|was|is|had\s+been|have\s+been)|was|were|is|are|aged|reached|totalled|totaled|numbered)\s)\d{1,3}(?:,\d{3})*(?![\p{L}\p{N}%]|[.,]\d|\s*(?:%|percent|per cent))(?=\s*(?:[.;!?)]|,\s|\s+(?:and|but|or)\b|$))|(?<=\b(?:rose|fell|climbed|dropped|increased|decreased|grew|jumped|declined|slipped|surged|soared|plunged|risen|fallen|grown)\s+to\s)(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*(?![\p{L}\p{N}%]|[.,]\d|\s*(?:%|percent|per cent))(?=\s*(?:[.;!?)]|,\s|\s+(?:and|but|or|in|on|by|from|last|this|after|before|during|over|since|as)\b|$))/gmu,
    read: (m) => ({ value: parseNumber(m[0]) }),
  },
  {
    // "Now we have thirty, and …", "there were twelve.": a number in words closing its clause
    // after a verb of having or being, its unit only implied (as digits are above); a bare number.
    re: /(?<=\b(?:there\s+(?:were|are|had\s+been|have\s+been)|have|has|had|were|are|reached|numbered)\s)(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\p{L}\p{N}-])(?=\s*(?:[.;!?)]|,\s|\s+(?:and|but|or|now)\b|$))/gmu,
    read: (m) => ({ value: parseNumber(m[0]) }),
  },
  {
    // "212 cracks in 2025, up from 168 in 2024", "14 fire towers out of 38": the base of a
    // change or the whole of a part, its unit given by the figure before; a bare number.
    // "rose to 112 in 2025 from 97 the previous year": the base after a verb of change, too.
    re: /(?<=\b(?:up|down)\s+from\s|\bout\s+of\s|\b(?:rose|fell|climbed|dropped|increased|decreased|grew|jumped|declined|slipped|surged|soared|plunged|risen|fallen|grown)\b[^.;:!?]{0,60}?\bfrom\s)(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})*(?![\p{L}\p{N}%-]|[.,]\d|\s*(?:%|percent|per cent|[°$€£¥₩])|\s+(?:\p{Ll}{3,}s|people|staff|crew|million|billion|thousand)\b|\s?(?:mm|cm|km|km²|kg|mg|ml|m|g|ft|kWh|MWh|MW|GW|TEU|mph|kph|°C|°F)(?![\p{L}\p{N}]))/gu,
    read: (m) => ({ value: parseNumber(m[0]) }),
  },
  {
    // "traded at 431.40 forints … before recovering to 418.90": a decimal figure after a
    // preposition or verb of level, its unit only implied; a bare number (not "version 2.1").
    re: /(?<=\b(?:to|from|at|of|near|around|above|below|under|over|hit|reached|touched)\s)\d+\.\d+(?![\p{L}\p{N}%]|[.,]\d|\s*(?:%|percent|per cent)|\s+(?:(?!(?:after|before|on|in|at|by|and|but|or|when|as|with|while|until|since|against|late|early|earlier|later|the)\b)\p{L}|[$€£¥₩]))/gu,
    read: (m) => ({ value: parseNumber(m[0]) }),
  },
  {
    // three chemicals, 1,200 signatures, six routes: a count of a plural noun
    // two small fires, 120 new police officers, 11 people: one or two modifiers may stand
    // between; irregular plurals count.
    re: new RegExp(
      `${B}(${NUM_ANY_CASE})(?:\\s+(${SCALE})|(?<=\\d)(m|bn)(?=\\s))?((?:\\s+(?:\\p{Ll}{3,}(?<!s)|\\p{Ll}+ous|\\p{Ll}{2,}less|overseas|\\p{Ll}+(?:-\\p{Ll}+)+|${NATIONALITY_ADJECTIVES})){1,2})?\\s+(\\p{Ll}{3,}s(?<!ss|us|is)|${IRREGULAR_PLURALS}|${DEMONYMS})(?![\\p{L}\\p{N}'’-])(?!\\s+\\p{Lu})`,
      "gu",
    ),
    // "3m units", "2bn people": a scale letter glued to the digits (group 3) before a counted noun.
    read: (m) =>
      (/^an?$/i.test(at(m, 1)) && !m[2]) ||
      COUNT_STOP.has(at(m, 5)) ||
      (m[4] !== undefined &&
        m[4]
          .trim()
          .split(/\s+/)
          .some((w) => NOT_ADJECTIVES.test(w)))
        ? { value: null }
        : { value: parseNumber(at(m, 1), m[2] ?? GLUED_SCALE[m[3] ?? ""]), unit: countedUnit(m[4], at(m, 5)) },
  },
  {
    // 18,000  2.5 million: large numbers with no unit
    re: new RegExp(`${B}(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?\\s+(?:${SCALE}))(?![\\p{L}\\p{N}]|[.,]\\d|-\\d)`, "giu"),
    read: (m) => {
      const [num = "", scale] = at(m, 1).split(/\s+/); // split() gives at least one part
      return { value: parseNumber(num, scale) };
    },
  },
];

/**
 * Words of size, amount, order or judgement before a counted noun ("two small fires", "three
 * more days", "two previous audits", "five good reasons"): they say how many, how big, which in
 * turn or how good, not what is counted, so
 * they are not part of the unit. Words that pick out which things are counted ("four other
 * screens", "1,200 extra containers", "238,000 new homes", "three remaining hostages") are.
 */
const NOT_OF_THE_UNIT =
  /^(?:small|large|big|huge|tiny|little|long|short|tall|high|low|more|most|few|many|several|whole|full|half|real|true|good|bad|best|worst|wide|narrow|heavy|light|larger|smaller|bigger|higher|lower|greater|fewer|fine|great|vast|rough|mere|massive|enormous|modest|paltry|whopping|staggering|impressive|solid|strong|weak|previous|prior|earlier|later|past|first|second|third|last|next|final|following|same|only|sole)$/;
/** "three quarter-point cuts", "two 10-year bonds": a hyphenated size or length before the noun, not a kind of it. */
const SIZE_COMPOUND =
  /^(?:\p{L}+|\d+)-(?:point|percent|year|month|week|day|hour|minute|mile|metre|meter|foot|inch|ton|tonne|storey|story|page|seat|member)s?$/u;

/**
 * The counted noun with the words that say what kind of thing it is: nouns ("1.9 million air
 * conditioners", "40 police officers"), classifying adjectives ("240 seasonal firefighters",
 * "238,000 new homes", "4 million British users") and compounds ("12 water-bombing aircraft");
 * a word of size or amount before them ends the unit ("two small fires" → fires).
 */
function countedUnit(modifiers: string | undefined, noun: string): string {
  const words = (modifiers ?? "").trim().split(/\s+/).filter(Boolean);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = at(words, i);
    if (NOT_OF_THE_UNIT.test(w) || SIZE_COMPOUND.test(w)) break;
    kept.unshift(w);
  }
  return [...kept, noun].join(" ");
}

/** "the three-game series" → games; "a 12-strong team" counts people; "412-km" keeps "km". */
function hyphenUnit(written: string): string {
  if (/^(?:km|kg|cm|mm|mph|kph)$/i.test(written)) return written.toLowerCase();
  if (/^(?:mw|gw)$/i.test(written)) return written.toUpperCase();
  const word = written.toLowerCase();
  if (word === "percent") return "%";
  if (word === "basis-point" || word === "percentage-point") return `${word.replace("-", " ")}s`;
  if (word === "strong" || word === "person") return "people";
  return pluralNoun(word);
}

const IRREGULAR_PLURAL: Record<string, string> = {
  man: "men",
  woman: "women",
  child: "children",
  foot: "feet",
  tooth: "teeth",
  mouse: "mice",
};

/** The plural of an English noun: "story" → "stories", "inch" → "inches", "child" → "children". */
function pluralNoun(word: string): string {
  const irregular = IRREGULAR_PLURAL[word];
  if (irregular) return irregular;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return /(?:ch|sh|s|x|z)$/.test(word) ? `${word}es` : `${word}s`;
}

const SECONDS_IN: Record<string, number> = { second: 1, minute: 60, hour: 3600, day: 86_400, week: 604_800 };
/** Angles, not temperatures ("turned 180 degrees"). */
const ANGLES = new Set([45, 90, 180, 270, 360]);
const GLUED_SCALE: Record<string, string> = { m: "million", bn: "billion", k: "thousand" };
const COUNTED_NOUN_AFTER = new RegExp(`^\\s+(?:\\p{Ll}{3,}s|${IRREGULAR_PLURALS})\\b`, "u");
const DETERMINER_BEFORE = /\b(?:the|its|their|his|her|our|my|your|these|those|both|all|last|first|next|other)\s+$/i;
const TIME_UNITS = /^(?:seconds|minutes|hours|days|weeks|months|years|decades|centuries)$/;
const ARTICLE_BEFORE = /\b(?:the|its|their|his|her|our|my|your|these|those)\s+$/i;
/** "in the first two days", "the final three weeks": a stretch of a period already named, a reference. */
const ORDINAL_PERIOD_BEFORE = /\bthe\s+(?:first|final|opening|initial)\s+$/i;
/** "Germany's seven largest cities": a count after a possessive picks out known things, as after "the". */
const POSSESSIVE_BEFORE = /\p{L}[’']s\s+$/u;
/** Units that measure an amount of something rather than count things. */
const PHYSICAL_UNIT =
  /^(?:tonnes|tons|metric tons|kilograms|kg|grams|milligrams|micrograms|mg|mcg|µg|millilit(?:er|re)s|ml|TEU|FEU|MWh|GWh|TWh|kW|bpd|kilomet(?:er|re)s|km|miles|met(?:er|re)s|feet|inches|barrels|lit(?:er|re)s|gallons|megawatts|gigawatts|MW|GW|kWh|acres|hectares|(?:square|cubic) .+|km²|m²|sq km|degrees.*|°[CF]|millimet(?:er|re)s|centimet(?:er|re)s|mm|cm|km\/h|mph|kph|knots)(?: per .+)?$/;
const COUNT_STOP = new Set([
  "was",
  "has",
  "is",
  "its",
  "this",
  "his",
  "hers",
  "less",
  "across",
  "plus",
  "times",
  "others",
  "ones",
  "thus",
  "yes",
  "does",
  "goes",
  "says",
  "previous",
  "various",
  "serious",
  "famous",
  "miles",
]);

function unitReading(num: string, scale: string | undefined, unitWord: string, negative: boolean) {
  const base = parseNumber(num, scale);
  if (base === null || /^an?$/i.test(num)) return { value: null };
  // A temperature is in °C or °F however it is written ("17°C", "17 degrees Celsius").
  const degrees = /^(?:°\s?([CF])|degrees (c)elsius|degrees (f)ahrenheit)$/i.exec(unitWord.replace(/\s+/g, " "));
  if (degrees) return { value: negative ? -base : base, unit: `°${(degrees[1] ?? degrees[2] ?? degrees[3] ?? "C").toUpperCase()}` };
  const [whole, per] = unitWord.replace(/\s+/g, " ").split(/ per /i); // "kilometres per hour": the rate keeps its "per"
  const word = (whole ?? "").toLowerCase();
  const money = UNIT_WORDS.find(([re]) => re.test(word));
  const unit = money ? money[1] || word.toUpperCase() : `${plural(word)}${per ? ` per ${per.toLowerCase()}` : ""}`;
  const value = Number((base * (money?.[2] ?? 1)).toPrecision(12));
  return { value: negative ? -value : value, unit };
}

/** Currencies divided into cents, by the words that name them. */
const CENT_CURRENCIES: Record<string, string> = { rand: "ZAR", euro: "EUR", euros: "EUR", dollar: "USD", dollars: "USD" };
const CENT_SYMBOLS: [RegExp, string][] = [
  [/(?<![\p{L}\p{N}])R\d|\brand\b/gu, "ZAR"],
  [/€|\beuros?\b/g, "EUR"],
  [/(?<![A-Z])\$|\bdollars?\b/g, "USD"],
  [/C\$|Canadian dollars?/g, "CAD"],
  [/A\$|Australian dollars?/g, "AUD"],
];

function centsCurrency(text: string, end: number): string {
  const named = /^\s+(?:of\s+)?(?:every|a|an|each|the|per)\s+(\p{L}+)/u.exec(text.slice(end, end + 30));
  const word = named ? CENT_CURRENCIES[at(named, 1).toLowerCase()] : undefined;
  if (word) return word;
  let best = localDollar(text);
  let most = 0;
  for (const [re, code] of CENT_SYMBOLS) {
    const n = text.match(re)?.length ?? 0;
    if (n > most || (n === most && code !== "USD" && n > 0 && code.endsWith("D") && best === "USD")) {
      most = n;
      best = code;
    }
  }
  return best;
}

function plural(word: string): string {
  if (/^(?:mw|gw|kwh|km|kg)$/.test(word)) return word.toUpperCase().replace("KWH", "kWh").replace("KM", "km").replace("KG", "kg");
  if (/^(?:mm|cm|km\/h|km²|m²|sq km|mph|kph|bps|mg|mcg|µg|ml|bpd)$/.test(word)) return word === "bps" ? "basis points" : word;
  if (/^(?:teus?|feus?)$/.test(word)) return word.slice(0, 3).toUpperCase();
  const energy: Record<string, string> = { mwh: "MWh", gwh: "GWh", twh: "TWh", kw: "kW" };
  if (energy[word]) return energy[word];
  if (word === "basis point") return "basis points";
  if (word === "century") return "centuries";
  if (word === "foot") return "feet";
  return /s$|feet|celsius|fahrenheit|metric tons/.test(word) ? word : `${word}s`;
}

/** Measures, never overlapping each other nor any range in `taken` (the dates). */
export function suggestMeasures(text: string, taken: readonly { u16Start: number; u16End: number }[]): RawHit[] {
  const candidates: RawHit[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      const reading = read(m);
      const { value } = reading;
      let { unit } = reading;
      if (value === null) continue;
      if (unit === LOCAL_DOLLAR) unit = localDollar(text);
      else if (unit === LOCAL_PESO) unit = localPeso(text);
      else if (unit === LOCAL_SHILLING) unit = localShilling(text);
      else if (unit === LOCAL_RUPEE) unit = localRupee(text);
      else if (unit === LOCAL_KRONE) unit = localKrone(text);
      // "2.4 million francs" in a Swiss story: the Swiss franc; elsewhere the word stays the unit.
      if (unit === "francs" || unit === "franc") unit = localFranc(text) ?? unit;
      // "29 degrees at the finish": a temperature, in °F where the text writes Fahrenheit.
      if (unit === "degrees" && !ANGLES.has(value)) unit = /°F|Fahrenheit/.test(text) ? "°F" : "°C";
      // "21 cents of every rand", "95 cents" in a text about euros: cents of the text's own currency.
      if (unit === "USD" && /cents?$/i.test(m[0])) unit = centsCurrency(text, m.index + m[0].length);
      const u16Start = m.index;
      const u16End = m.index + m[0].length;
      // "the two neighbours", "its three allies", "the last three paragraphs": a number after a
      // determiner picks out known things; it does not measure anything.
      // A hyphenated count ("the seven-member board", "the 23-year-old") modifies the noun after
      // it, so the determiner is that noun's, and the count still measures.
      const hyphenated = /^\S+-\p{L}/u.test(m[0]);
      // A unit of measurement ("its 220 kg of xenon") measures after a determiner too; a
      // period after an article or possessive ("the three months to Sept. 30") is a reference,
      // though not after "last" or "past" ("would last three days", "the past 12 months").
      const countsThings =
        unit !== undefined && !/^[A-Z]{3}$|%|points/.test(unit) && !TIME_UNITS.test(unit) && !PHYSICAL_UNIT.test(unit) && !hyphenated;
      const afterDeterminer =
        DETERMINER_BEFORE.test(text.slice(Math.max(0, u16Start - 12), u16Start)) ||
        POSSESSIVE_BEFORE.test(text.slice(Math.max(0, u16Start - 4), u16Start));
      if (countsThings && afterDeterminer) continue;
      if (
        unit !== undefined &&
        TIME_UNITS.test(unit) &&
        !hyphenated &&
        (ARTICLE_BEFORE.test(text.slice(Math.max(0, u16Start - 8), u16Start)) ||
          ORDINAL_PERIOD_BEFORE.test(text.slice(Math.max(0, u16Start - 16), u16Start)))
      )
        continue;
      // "Of the 2,300 participants": the bare-number reading of a count the determiner ruled out.
      if (unit === undefined && afterDeterminer && COUNTED_NOUN_AFTER.test(text.slice(u16End, u16End + 30))) continue;
      if (/^\d{1,4}-\d/.test(text.slice(u16Start, u16End + 2)) && !/-\p{L}/u.test(m[0])) continue; // 7-2, 1910-45
      // "a Boeing 737 MAX 8 costs", "Windows 11 users", "Chapter 11 filings": digits after a
      // capitalised word inside a sentence are part of a name or model, not a count.
      if (/^\d/.test(m[0]) && DESIGNATION_BEFORE.test(text.slice(Math.max(0, u16Start - 40), u16Start))) continue;
      candidates.push({ label: "measure", u16Start, u16End, attributes: unit ? { value, unit } : { value }, source: "measure" });
    }
  }
  // "members voted 1,912 to 304": a vote split is a tally, neither number a measure.
  const splits = [...text.matchAll(VOTE_SPLIT)].map((m) => ({ u16Start: m.index, u16End: m.index + m[0].length }));
  candidates.sort((a, b) => b.u16End - b.u16Start - (a.u16End - a.u16Start) || a.u16Start - b.u16Start);
  const chosen: RawHit[] = [];
  const overlaps = (a: { u16Start: number; u16End: number }, b: { u16Start: number; u16End: number }) =>
    a.u16Start < b.u16End && b.u16Start < a.u16End;
  for (const c of candidates) {
    if (taken.some((t) => overlaps(t, c)) || chosen.some((t) => overlaps(t, c)) || splits.some((t) => overlaps(t, c))) continue;
    chosen.push(c);
  }
  for (const c of [...chosen]) {
    const first = rangeFirstEnd(text, c);
    if (!first || taken.some((t) => overlaps(t, first))) continue;
    // "depths of 4,000 to 6,000 metres": the first end, read before as a bare number, takes the unit of the second.
    const bare = chosen.findIndex((t) => t.u16Start === first.u16Start && t.u16End === first.u16End && t.attributes.unit === undefined);
    if (bare >= 0) chosen.splice(bare, 1, first);
    else if (!chosen.some((t) => overlaps(t, first))) chosen.push(first);
  }
  return chosen.sort((a, b) => a.u16Start - b.u16Start);
}

/**
 * A word that names a model or a numbered thing: in capitals ("MAX", "A320"), with a digit, or
 * a noun that numbers what follows it ("Chapter 11", "Flight 370", "Windows 11", "Boeing 737").
 */
const DESIGNATION_BEFORE =
  /[\p{L}\p{N},]\s(?:\p{Lu}{2,}|\p{Lu}[\p{L}-]*\d[\p{L}\p{N}-]*|Chapter|Article|Section|Clause|Flight|Route|Highway|Interstate|Windows|Model|Category|Level|Phase|Stage|Room|Gate|Platform|Terminal|Boeing|Airbus|Embraer|iPhone|Galaxy|Pixel|Series|Version|Act|Rule|Resolution|No\.?|Number|Channel|Bus|Line|Tier|Grade|Class|Division|League|Formula|Apollo|Artemis|Falcon|Soyuz|Gen)\s$/u;
const VOTE_SPLIT =
  /(?<=\b(?:vot(?:ed|es?|ing)|by\s+a\s+(?:vote|margin|tally)\s+of|split)\s+(?:\p{Ll}+\s+){0,2})\d[\d,]*\s*(?:to|-|–)\s*\d[\d,]*(?![\p{N}%]|\s*(?:%|percent|per cent))/gu;
const RANGE_FIRST_END = new RegExp(`${B}(${NUM})(?:\\s+(${SCALE}))?\\s*(?:to|and|or|–|-)\\s*$`, "u");

/**
 * "8 to 12 percent", "between 200 and 400 mm": the bare first end of a range is a measure in
 * the unit (and scale) of the second.
 */
function rangeFirstEnd(text: string, c: RawHit): RawHit | null {
  const unit = c.attributes.unit;
  if (typeof unit !== "string" || typeof c.attributes.value !== "number") return null;
  const before = text.slice(Math.max(0, c.u16Start - 30), c.u16Start);
  const m = RANGE_FIRST_END.exec(before);
  if (!m || /^an?$/i.test(at(m, 1))) return null;
  // "won by 5 to 4 votes", "3-1 goals": a tally, not a range.
  if (/^(?:votes|goals|points|runs|wickets|seats|games|sets)$/.test(unit) && !/and\s*$/.test(m[0])) return null;
  // Word numbers pair with word numbers, digits with digits ("one to 12 percent" is unusual).
  const second = text.slice(c.u16Start, c.u16End);
  if (/^\d/.test(at(m, 1)) !== /^[-\d]|^minus/i.test(second.replace(/^[^\d\p{L}]+/u, ""))) return null;
  const scale = m[2] ?? new RegExp(`^\\S+\\s+(${SCALE})\\b`, "u").exec(second)?.[1];
  const value = parseNumber(at(m, 1), scale);
  if (value === null) return null;
  const u16Start = c.u16Start - before.length + m.index;
  const u16End = u16Start + at(m, 1).length + (m[2] ? m[0].indexOf(m[2]) - at(m, 1).length + m[2].length : 0);
  return { label: "measure", u16Start, u16End, attributes: { value, unit }, source: "measure" };
}
