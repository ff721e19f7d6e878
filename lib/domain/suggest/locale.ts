// Where an article is set, read from the places it names: a dateline ("REGINA, Saskatchewan
// (Wire) —") and the countries, demonyms, states and large cities it mentions. News writes
// money and seasons in the reader's own terms: "$" in a Canadian paper is the Canadian dollar,
// "pesos" in a Chilean story are Chilean pesos, "last summer" in Adelaide spans December to
// February. A small gazetteer of the countries whose own usage differs from the default is
// enough: an article about anywhere else keeps the defaults ("$" USD, northern seasons). Pure.

/** ISO 3166 codes of the countries the suggesters treat differently. */
export type Country =
  | "US"
  | "CA"
  | "AU"
  | "NZ"
  | "SG"
  | "HK"
  | "MX"
  | "CL"
  | "AR"
  | "CO"
  | "PH"
  | "UY"
  | "ZA"
  | "BR"
  | "PE"
  | "KE"
  | "UG"
  | "TZ"
  | "IN"
  | "PK"
  | "LK"
  | "NP"
  | "CH"
  | "RW";

const PLACES: Record<Country, string[]> = {
  US: [
    "United States",
    "U\\.S\\.(?!\\$)",
    "US(?![$\\p{L}])",
    "Americans?",
    "Washington",
    "New York",
    "California",
    "Texas",
    "Florida",
    "Chicago",
    "Los Angeles",
    "Boston",
    "Ohio",
    "Illinois",
    "Pennsylvania",
    "Michigan",
    "Georgia",
    "Arizona",
    "Seattle",
    "Wall Street",
  ],
  CA: [
    "Canada",
    "Canadians?",
    "Ottawa",
    "Toronto",
    "Montr[eé]al",
    "Vancouver",
    "Calgary",
    "Edmonton",
    "Winnipeg",
    "Regina",
    "Saskatoon",
    "Halifax",
    "Qu[eé]bec",
    "Ontario",
    "Alberta",
    "Saskatchewan",
    "Manitoba",
    "British Columbia",
    "Nova Scotia",
    "New Brunswick",
    "Newfoundland",
    "Yukon",
    "Nunavut",
  ],
  AU: [
    "Australia",
    "Australians?",
    "Canberra",
    "Sydney",
    "Melbourne",
    "Brisbane",
    "Perth",
    "Adelaide",
    "Hobart",
    "Queensland",
    "New South Wales",
    "Tasmania",
    "Northern Territory",
  ],
  NZ: ["New Zealand(?:ers?)?", "Auckland", "Wellington", "Christchurch", "Kiwis?"],
  SG: ["Singapore(?:ans?)?"],
  HK: ["Hong Kong(?:ers?)?"],
  MX: ["Mexico", "Mexicans?", "Guadalajara", "Monterrey"],
  CL: ["Chile", "Chileans?", "Santiago", "Valpara[ií]so", "Antofagasta", "Concepci[oó]n"],
  AR: ["Argentina", "Argentines?", "Argentinians?", "Buenos Aires", "C[oó]rdoba", "Rosario"],
  CO: ["Colombia", "Colombians?", "Bogot[aá]", "Medell[ií]n", "Cali"],
  PH: ["Philippines?", "Filipinos?", "Manila", "Cebu", "Davao"],
  UY: ["Uruguay(?:ans?)?", "Montevideo"],
  ZA: ["South Africa(?:ns?)?", "Johannesburg", "Cape Town", "Pretoria", "Durban"],
  BR: ["Brazil(?:ians?)?", "S[aã]o Paulo", "Rio de Janeiro", "Bras[ií]lia"],
  PE: ["Peru(?:vians?)?", "Lima"],
  KE: ["Kenyan?s?", "Nairobi", "Mombasa", "Kisumu"],
  UG: ["Ugandan?s?", "Kampala"],
  TZ: ["Tanzanian?s?", "Dar es Salaam", "Dodoma"],
  IN: ["India", "Indians?", "New Delhi", "Delhi", "Mumbai", "Bengaluru", "Bangalore", "Chennai", "Kolkata", "Hyderabad"],
  PK: ["Pakistan(?:is?)?", "Islamabad", "Karachi", "Lahore"],
  LK: ["Sri Lanka(?:ns?)?", "Colombo"],
  NP: ["Nepal(?:is?|ese)?", "Kathmandu"],
  CH: ["Switzerland", "Swiss", "Z[uü]rich", "Geneva", "Bern", "Basel", "Lausanne", "Lucerne", "Valais"],
  RW: ["Rwandan?s?", "Kigali"],
};

const MATCHERS = Object.entries(PLACES).map(
  ([country, names]) => [country as Country, new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join("|")})(?![\\p{L}\\p{N}])`, "gu")] as const,
);

/** A dateline's place counts this many mentions: it says where the story is written. */
const DATELINE_WEIGHT = 3;

const cache = new Map<string, Country | null>();

/**
 * The country an article is set in: the one its places name most (a dateline counting
 * triple), if it is named at least twice and more often than any other; else null.
 */
export function articleCountry(text: string): Country | null {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  // Datelines are often in capitals ("SAN ANTONIO, Chile —"): read them as names.
  const dateline = (/^[^\n]{0,80}?\s[—–-]{1,2}\s/u.exec(text)?.[0] ?? "").replace(
    /\p{Lu}{3,}/gu,
    (w) => w.charAt(0) + w.slice(1).toLowerCase(),
  );
  const scores: [Country, number][] = MATCHERS.map(([country, re]) => {
    const inText = text.slice(dateline.length).match(re)?.length ?? 0;
    const inDateline = dateline.match(re)?.length ?? 0;
    return [country, inText + inDateline * DATELINE_WEIGHT];
  });
  scores.sort((a, b) => b[1] - a[1]);
  const [first, second] = scores;
  const country = first && first[1] >= 2 && first[1] > (second?.[1] ?? 0) ? first[0] : null;
  if (cache.size > 64) cache.clear();
  cache.set(text, country);
  return country;
}

/** Countries whose seasons are the southern ones (summer December to February). */
const SOUTHERN = new Set<Country>(["AU", "NZ", "ZA", "AR", "CL", "UY"]);

export function southernHemisphere(text: string): boolean {
  const country = articleCountry(text);
  return country !== null && SOUTHERN.has(country);
}

/** The dollar a bare "$" or "dollars" means where the article is set. */
const LOCAL_DOLLAR: Partial<Record<Country, string>> = { CA: "CAD", AU: "AUD", NZ: "NZD", SG: "SGD", HK: "HKD" };
/** Where a bare "$" is the local dollar only when the text marks US amounts apart ("US$"). */
const DOLLAR_ONLY_BESIDE_US = new Set<Country>(["SG", "HK"]);

/** How a text writes its own dollar when it marks it apart from a bare "$": "C$3.12", "A$40". */
const OWN_DOLLAR_PREFIX: Record<string, RegExp> = {
  CAD: /(?<![\p{L}])C\$\s?\d/u,
  AUD: /(?<![\p{L}])A\$\s?\d/u,
  NZD: /(?<![\p{L}])NZ\$\s?\d/u,
  SGD: /(?<![\p{L}])S\$\s?\d/u,
  HKD: /(?<![\p{L}])HK\$\s?\d/u,
};

export function localDollar(text: string): string {
  const country = articleCountry(text);
  const code = country ? LOCAL_DOLLAR[country] : undefined;
  if (!code || !country) return "USD";
  if (DOLLAR_ONLY_BESIDE_US.has(country) && !/US\$|U\.S\. dollars?|US dollars?/.test(text)) return "USD";
  // "shares fell … to C$3.12 … worth about $1.3bn": a text that writes its local dollar with its
  // own prefix, and US amounts with no "US$", keeps the bare "$" for the US dollar.
  if (OWN_DOLLAR_PREFIX[code]?.test(text) && !/US\$|U\.S\. dollars?|US dollars?/.test(text)) return "USD";
  return code;
}

/** The krone "kroner" means: the one whose code the text writes (NOK, DKK), else the one it names, else Norway's. */
export function localKrone(text: string): string {
  const nok = /\bNOK\b|Norw/.test(text);
  const dkk = /\bDKK\b|Danish|Denmark/.test(text);
  return dkk && !nok ? "DKK" : "NOK";
}

const LOCAL_PESO: Partial<Record<Country, string>> = { MX: "MXN", CL: "CLP", AR: "ARS", CO: "COP", PH: "PHP", UY: "UYU" };

/** The peso "pesos" means where the article is set; Mexico's where the text does not say. */
export function localPeso(text: string): string {
  const country = articleCountry(text);
  return (country && LOCAL_PESO[country]) ?? "MXN";
}

const LOCAL_SHILLING: Partial<Record<Country, string>> = { KE: "KES", UG: "UGX", TZ: "TZS" };
const LOCAL_RUPEE: Partial<Record<Country, string>> = { IN: "INR", PK: "PKR", LK: "LKR", NP: "NPR" };

/** The shilling "shillings" means where the article is set; Kenya's where the text does not say. */
export function localShilling(text: string): string {
  const country = articleCountry(text);
  return (country && LOCAL_SHILLING[country]) ?? "KES";
}

const LOCAL_FRANC: Partial<Record<Country, string>> = { CH: "CHF", RW: "RWF" };

/** The franc "francs" means where the article is set (Swiss, Rwandan); null where the text does not say. */
export function localFranc(text: string): string | null {
  const country = articleCountry(text);
  return (country && LOCAL_FRANC[country]) ?? null;
}

/** The rupee "rupees" means where the article is set; India's where the text does not say. */
export function localRupee(text: string): string {
  const country = articleCountry(text);
  return (country && LOCAL_RUPEE[country]) ?? "INR";
}
