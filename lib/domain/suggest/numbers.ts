// Reading numbers as news writes them: "86,400", "0.1", "5.28", "three", "twenty-five",
// "a dozen", "half a", with a scale word ("100 million", "$4.3 billion"). Pure.

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
export const SCALES: Record<string, number> = {
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  mn: 1e6,
  bn: 1e9,
  tn: 1e12,
  // Indian English: a lakh is 100,000, a crore 10,000,000, a lakh crore 10^12.
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
  "lakh crore": 1e12,
};

/** A regex source for one number: digits with separators, or an English number word. */
export const NUMBER_SOURCE =
  "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a dozen|dozens of|half an?|a|an)";
export const SCALE_SOURCE = "(?:hundred|thousand|million|billion|trillion|mn|bn|tn|lakh crore|lakhs?|crores?)";

/** The value of a number (and optional scale word), or null if it is not one. */
export function parseNumber(raw: string, scale?: string): number | null {
  const word = raw.toLowerCase().trim();
  let n: number | null = null;
  if (/^[\d,]+(\.\d+)?$/.test(word)) n = Number(word.replace(/,/g, ""));
  else if (word in UNITS)
    n = UNITS[word] ?? null; // present: `in` just said so
  else if (word === "a" || word === "an") n = 1;
  else if (word === "a dozen") n = 12;
  else if (/^half an?$/.test(word)) n = 0.5;
  else {
    const [tens = "", unit] = word.split("-"); // split() gives at least one part
    if (tens in TENS) n = (TENS[tens] ?? NaN) + (unit ? (UNITS[unit] ?? NaN) : 0);
  }
  if (n === null || !Number.isFinite(n)) return null;
  const factor = scale ? SCALES[scale.toLowerCase().replace(/\s+/g, " ")] : 1;
  // Round away binary noise: 4.3 * 1e6 is 4299999.999…
  return Number((n * (factor ?? 1)).toPrecision(12));
}
