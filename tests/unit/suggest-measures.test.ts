import { describe, expect, it } from "vitest";
import { codePointSlice, find, suggest } from "./suggest-support";

const measures = (text: string) => suggest(text).filter((s) => s.label === "measure");

/** The measure suggested for exactly `span`, with these attributes. */
function expectMeasure(text: string, span: string, attributes: Record<string, unknown>) {
  const list = measures(text);
  const hit = list.find((m) => m.text === span);
  expect(hit, JSON.stringify(list)).toBeDefined();
  expect(hit!.attributes).toEqual(attributes);
}

/** No measure suggested for exactly `not`. */
function expectNoMeasure(text: string, not: string) {
  const list = measures(text);
  expect(
    list.some((m) => m.text === not),
    JSON.stringify(list),
  ).toBe(false);
}

describe("measure suggester", () => {
  it.each([
    [
      "A fine of 100 million won ($86,400) was set.",
      [
        ["100 million won", 100_000_000, "KRW"],
        ["$86,400", 86_400, "USD"],
      ],
    ],
    ["Curbs on three chemicals began.", [["three chemicals", 3, "chemicals"]]],
    ["They have 90 days to respond.", [["90 days", 90, "days"]]],
    ["Exports fell 30 percent.", [["30 percent", 30, "%"]]],
    ["Exports fell 4.5%.", [["4.5%", 4.5, "%"]]],
    ["The rate is minus 0.1 percent.", [["minus 0.1 percent", -0.1, "%"]]],
    ["A four-day visit.", [["four-day", 4, "days"]]],
    ["Fares rose by 25 cents.", [["25 cents", 0.25, "USD"]]],
    ["It costs €4.3 billion.", [["€4.3 billion", 4_300_000_000, "EUR"]]],
    ["Ridership is 18,000 a day.", [["18,000", 18_000, undefined]]],
    ["Some 120 million tonnes of methane.", [["120 million tonnes", 120_000_000, "tonnes"]]],
    // Irregular plurals, an adjective between count and noun, a capitalised number word.
    [
      "The blast injured 14 people and 3 children.",
      [
        ["14 people", 14, "people"],
        ["3 children", 3, "children"],
      ],
    ],
    ["Inspectors found two small leaks.", [["two small leaks", 2, "leaks"]]],
    ["Two previous audits had failed.", [["Two previous audits", 2, "audits"]]],
    ["Analysts expect three quarter-point cuts.", [["three quarter-point cuts", 3, "cuts"]]],
    // rules-7: a classifying adjective is part of the unit, as fresh6's "238,000 new homes" is.
    ["The city hired 40 new police officers.", [["40 new police officers", 40, "new police officers"]]],
    // Currencies: more symbols, ISO codes, glued scale letters, named dollars.
    [
      "It raised NT$2.5 billion and R$40 million.",
      [
        ["NT$2.5 billion", 2_500_000_000, "TWD"],
        ["R$40 million", 40_000_000, "BRL"],
      ],
    ],
    [
      "The club paid £40m, then $3.5bn, then ₹900.",
      [
        ["£40m", 40_000_000, "GBP"],
        ["$3.5bn", 3_500_000_000, "USD"],
        ["₹900", 900, "INR"],
      ],
    ],
    ["A loan of USD 5 million was agreed.", [["USD 5 million", 5_000_000, "USD"]]],
    [
      "Fees of 300 Swiss francs and 80 Canadian dollars.",
      [
        ["300 Swiss francs", 300, "CHF"],
        ["80 Canadian dollars", 80, "CAD"],
      ],
    ],
    // Rates, basis points, half a point, a range of percentages.
    ["Gusts reached 160 kilometres per hour.", [["160 kilometres per hour", 160, "kilometres per hour"]]],
    ["The bank raised rates by 50 basis points.", [["50 basis points", 50, "basis points"]]],
    ["It cut by half a percentage point.", [["half a percentage point", 0.5, "percentage points"]]],
    [
      "The target is 2.25%-2.5%.",
      [
        ["2.25%", 2.25, "%"],
        ["2.5%", 2.5, "%"],
      ],
    ],
    // Hyphenated counts.
    [
      "A three-game streak and a 12-member jury.",
      [
        ["three-game", 3, "games"],
        ["12-member", 12, "members"],
      ],
    ],
    // A hyphenated count after a determiner still measures; ages; basis-point adjectives.
    [
      "The seven-member board and the two-term mayor.",
      [
        ["seven-member", 7, "members"],
        ["two-term", 2, "terms"],
      ],
    ],
    [
      "The 23-year-old joined a six-month-old club.",
      [
        ["23-year-old", 23, "years"],
        ["six-month-old", 6, "months"],
      ],
    ],
    ["They weighed a 50-basis-point cut.", [["50-basis-point", 50, "basis points"]]],
    // Currencies named by their word.
    [
      "It fell to 24.87 koruna, then 400 forints and 41.2 billion rand.",
      [
        ["24.87 koruna", 24.87, "CZK"],
        ["400 forints", 400, "HUF"],
        ["41.2 billion rand", 41_200_000_000, "ZAR"],
      ],
    ],
    // A count of occurrences; parts of a whole and clause subjects as bare numbers.
    ["The post was shared 40,000 times.", [["40,000 times", 40_000, "times"]]],
    ["It was viewed 500 times after launch.", [["500 times", 500, "times"]]],
    ["It was backed by 14 of 19 economists.", [["14", 14, undefined]]],
    [
      "Of the 2,300 people, 940 lived in towns; 412 were ill.",
      [
        ["940", 940, undefined],
        ["412", 412, undefined],
      ],
    ],
  ] as [string, [string, number, string | undefined][]][])("%s", (text, expected) => {
    const list = suggest(text).filter((s) => s.label === "measure");
    for (const [span, value, unit] of expected) {
      const hit = find(list, "measure", span);
      expect(hit, JSON.stringify(list)).toBeDefined();
      expect(hit!.attributes).toEqual(unit ? { value, unit } : { value });
    }
  });

  it.each([
    ["The vote was 7-2.", "7-2"],
    ["Its 1910-45 colonial rule.", "1910"],
    ["The two neighbors disagree.", "two neighbors"],
    ["At 17:10 the talks ended.", "17"],
    ["The pact was signed in 1965.", "1965"],
    ["The three small shops closed.", "three"],
    ["Its five other members left.", "five"],
    ["Of the 2,300 people, most left.", "2,300"],
    ["She trains three times a week.", "three times"],
    ["She posts five times per day.", "five times"],
  ])("%s: %s is not a measure", (text, not) => {
    const list = suggest(text).filter((s) => s.label === "measure");
    expect(list.some((m) => m.text.includes(not) || not.includes(m.text))).toBe(false);
  });

  it.each([
    ["👍🏽🇯🇵 Exports fell 30 percent.", "30 percent"],
    ["Cafe\u0301 sales fell 30 percent.".normalize("NFC"), "30 percent"],
    ["日本の exports fell 30 percent.", "30 percent"],
    ["Exports\nfell 30 percent.", "30 percent"],
  ])("code-point offsets: %j", (text, span) => {
    const hit = find(suggest(text), "measure", span)!;
    expect(codePointSlice(text, hit)).toBe(span);
  });

  it.each([
    ["🇹🇼👍🏽 It cost NT$2.5 billion, says 9 people.", ["NT$2.5 billion", "9 people"]],
    ["Cafe\u0301s lost £40m and two small ovens.".normalize("NFD"), ["£40m", "two small ovens"]],
    ["台北 gusts hit 160 kilometres per hour.", ["160 kilometres per hour"]],
    ["Gusts hit 160 kilometres per hour\nand injured 9 people.", ["160 kilometres per hour", "9 people"]],
    ["🇨🇿👍🏽 The 23-year-old paid 24.87 koruna.", ["23-year-old", "24.87 koruna"]],
    ["Cafe\u0301 posts: shared 40,000 times by 14 of 19 fans.".normalize("NFD"), ["40,000 times", "14"]],
    ["金村陽翔 of the seven-member board; 412 were ill.", ["seven-member", "412"]],
    ["A 50-basis-point cut\n940 lived there; the two-term mayor.", ["50-basis-point", "two-term"]],
  ])("new patterns keep code-point offsets: %j", (text, spans) => {
    for (const span of spans) {
      const hit = find(suggest(text), "measure", span);
      expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "measure"))).toBeDefined();
      expect(codePointSlice(text, hit!)).toBe(span);
    }
  });
});

describe("measures (rules-4)", () => {
  it.each([
    // Indian money: "Rs" and ₹ are INR, a crore is 10^7, a lakh 10^5.
    ["Sales rose to Rs 4,150 crore.", [["Rs 4,150 crore", 41_500_000_000, "INR"]]],
    ["The line will cost ₹900 crore.", [["₹900 crore", 9_000_000_000, "INR"]]],
    ["It lent Rs. 2.5 lakh crore.", [["Rs. 2.5 lakh crore", 2_500_000_000_000, "INR"]]],
    ["It released 500 billion dong in aid.", [["500 billion dong", 500_000_000_000, "VND"]]],
    // Temperatures in °C however written, "minus" negative.
    [
      "It dropped to 17°C, then minus 120 °C and 40 degrees Celsius.",
      [
        ["17°C", 17, "°C"],
        ["minus 120 °C", -120, "°C"],
        ["40 degrees Celsius", 40, "°C"],
      ],
    ],
    // A compound unit as written; a hyphenated measure inside a longer modifier.
    ["It discharged 2,100 cubic metres per second.", [["2,100 cubic metres per second", 2_100, "cubic metres per second"]]],
    ["It orbits the 480-metre-wide rock.", [["480-metre", 480, "metres"]]],
    // The bare first end of a range takes the unit of the second.
    [
      "Yields of 8 to 12 percent and 200 to 400 mm of rain.",
      [
        ["8", 8, "%"],
        ["12 percent", 12, "%"],
        ["200", 200, "mm"],
        ["400 mm", 400, "mm"],
      ],
    ],
    [
      "Between 2 and 3 million people fled.",
      [
        ["2", 2_000_000, "people"],
        ["3 million people", 3_000_000, "people"],
      ],
    ],
    // Nouns (and participles, rules-5: "registered voters") before the counted noun are part of the unit; adjectives are not.
    ["It sold 1.9 million air conditioners.", [["1.9 million air conditioners", 1_900_000, "air conditioners"]]],
    [
      "It handed out 8,000 food parcels to 300 displaced families.",
      [
        ["8,000 food parcels", 8_000, "food parcels"],
        ["300 displaced families", 300, "displaced families"],
      ],
    ],
    // Irregular plurals ending in -children/-men.
    [
      "She fled with two grandchildren and three firemen.",
      [
        ["two grandchildren", 2, "grandchildren"],
        ["three firemen", 3, "firemen"],
      ],
    ],
    [
      "The firm employs 3,000 staff and 20 aircraft.",
      [
        ["3,000 staff", 3_000, "staff"],
        ["20 aircraft", 20, "aircraft"],
      ],
    ],
    // A scale letter glued to a number before a unit word; an abbreviated unit glued to the digits.
    [
      "The pipes leaked 630m litres a day over 17km.",
      [
        ["630m litres", 630_000_000, "litres"],
        ["17km", 17, "km"],
      ],
    ],
    [
      "Gusts hit 90km/h and the plant makes 30MW.",
      [
        ["90km/h", 90, "km/h"],
        ["30MW", 30, "MW"],
      ],
    ],
    // A unit of measurement after a determiner still measures.
    [
      "It will have used 60% of its 220 kg of xenon.",
      [
        ["60%", 60, "%"],
        ["220 kg", 220, "kg"],
      ],
    ],
    // A number word as the part of a whole that did something.
    ["Nine of the dead had been buried by a landslide.", [["Nine", 9, undefined]]],
  ] as [string, [string, number, string | undefined][]][])("%s", (text, expected) => {
    const list = suggest(text).filter((s) => s.label === "measure");
    expect(list.map((m) => [m.text, m.attributes.value, m.attributes.unit])).toEqual(expected);
  });

  it.each([
    ["Profit reached ¥184 billion in the three months to Sept. 30.", "three months"],
    ["One of the longest terms ever imposed.", "One"],
    ["The court ruled 5 to 4 votes.", "5"],
  ])("%s: %s is not a measure", (text, not) => {
    expectNoMeasure(text, not);
  });

  it.each([
    ["👍🏽 Rain of 200 to 400 mm fell.", ["200", "400 mm"]],
    ["Zoe\u0308 saw minus 120°C.".normalize("NFC"), ["minus 120°C"]],
    ["東京 paid Rs 900 crore.", ["Rs 900 crore"]],
    ["It fell to 17°C\nand 8°C below average.", ["17°C", "8°C"]],
  ])("code-point offsets: %j", (text, spans) => {
    const list = suggest(text).filter((s) => s.label === "measure");
    expect(list.map((m) => codePointSlice(text, m))).toEqual(spans);
  });

  // rules-5
  it.each([
    // A temperature with the degree sign left out, or in bare degrees; an angle stays degrees.
    ["It was run in temperatures of up to 34C.", [["34C", 34, "°C"]]],
    ["The forecast was 29 degrees at the finish.", [["29 degrees", 29, "°C"]]],
    [
      "It hit 95 degrees Fahrenheit, then 91 degrees.",
      [
        ["95 degrees Fahrenheit", 95, "°F"],
        ["91 degrees", 91, "°F"],
      ],
    ],
    ["The ship turned 180 degrees.", [["180 degrees", 180, "degrees"]]],
    // A length of time in several units is one measure in the smallest; a race time in seconds.
    ["She won in 2 hours 36 minutes.", [["2 hours 36 minutes", 156, "minutes"]]],
    ["They waited 3 days and 4 hours.", [["3 days and 4 hours", 76, "hours"]]],
    ["He won the race in 2:14:52, a record.", [["2:14:52", 8092, "seconds"]]],
    // A range written with a hyphen is two measures.
    [
      "It targets a band of 2-4% by 2028.",
      [
        ["2", 2, "%"],
        ["4%", 4, "%"],
      ],
    ],
    // Partitives, further counts and ages are bare numbers.
    ["Only five of the 21 analysts had forecast a rise.", [["five", 5, undefined]]],
    [
      "They found errors on 190 of the sheets and gaps on 122 more.",
      [
        ["190", 190, undefined],
        ["122", 122, undefined],
      ],
    ],
    ["Pharmacist Tom Reyes, 41, collapsed.", [["41", 41, undefined]]],
    // A decimal level with its unit implied is a bare number.
    [
      "It traded at 431.40 forints before recovering to 418.90.",
      [
        ["431.40 forints", 431.4, "HUF"],
        ["418.90", 418.9, undefined],
      ],
    ],
    // Multipliers count.
    ["Medics treated more than three times as many as last year.", [["three times", 3, "times"]]],
    // Currencies named by their word.
    ["The rerun will cost 9.6 million soles.", [["9.6 million soles", 9_600_000, "PEN"]]],
    ["It paid 40 million Kenyan shillings.", [["40 million Kenyan shillings", 40_000_000, "KES"]]],
    [
      "It covers 86,000 registered voters at 312 polling stations.",
      [
        ["86,000 registered voters", 86_000, "registered voters"],
        ["312 polling stations", 312, "polling stations"],
      ],
    ],
  ] as [string, [string, number, string | undefined][]][])("%s", (text, expected) => {
    const list = suggest(text).filter((s) => s.label === "measure");
    expect(list.map((m) => [m.text, m.attributes.value, m.attributes.unit])).toEqual(expected);
  });

  it.each([
    ["She lives in Flat 4C on the hill.", "4C"],
    ["The alarm rang at 03:12:45 GMT.", "03:12:45"],
    ["Install version 2.1 of the app.", "2.1"],
    ["The vote was 7-2 in favour.", "7"],
    ["She trains three times a week.", "three times"],
  ])("%s: %s is not a measure (rules-5)", (text, not) => {
    expectNoMeasure(text, not);
  });

  it.each([
    ["👍🏽 It hit 34C and 2-4%.", ["34C", "2", "4%"]],
    ["Zoe\u0308 ran 2:14:52.".normalize("NFC"), ["2:14:52"]],
    ["東京 waited 5 hours 12 minutes.", ["5 hours 12 minutes"]],
    ["Tom Reyes, 41,\nsaid so.", ["41"]],
  ])("code-point offsets (rules-5): %j", (text, spans) => {
    const list = suggest(text).filter((s) => s.label === "measure");
    expect(list.map((m) => codePointSlice(text, m))).toEqual(spans);
  });
});

describe("measure suggester, rules-6", () => {
  it.each([
    // Rand written "R" with a scale or thousands; cents of the text's own currency.
    ["Revenue fell R38.6 billion short.", "R38.6 billion", 38_600_000_000, "ZAR"],
    ["The firm paid R1,250,000 in fines.", "R1,250,000", 1_250_000, "ZAR"],
    ["Debt takes 21 cents of every rand we collect.", "21 cents", 0.21, "ZAR"],
    ["A coffee costs €3 and a roll 80 cents.", "80 cents", 0.8, "EUR"],
    ["A stamp costs 73 cents.", "73 cents", 0.73, "USD"],
    // Units of measurement written as abbreviations keep the text's form.
    ["A lower 20 mg dose failed.", "20 mg", 20, "mg"],
    ["Throughput rose to 7.1 million TEU.", "7.1 million TEU", 7_100_000, "TEU"],
    ["The plant produced 20 MWh.", "20 MWh", 20, "MWh"],
    // A hyphenated size in feet, inches, tonnes.
    ["Shipping a 40-foot container cost more.", "40-foot", 40, "feet"],
    ["A 12-inch pipe burst.", "12-inch", 12, "inches"],
    // Nouns ending like adjectives stay in the counted unit; nationalities count people.
    ["It was filmed by two security cameras.", "two security cameras", 2, "security cameras"],
    ["Heart disease kills about 53,000 Canadians a year.", "53,000 Canadians", 53_000, "Canadians"],
    // Glued abbreviations and scales; hyphenated power units.
    ["The drug is given in 5mg doses.", "5mg", 5, "mg"],
    ["The firm sold 3m units.", "3m units", 3_000_000, "units"],
    ["A 500-megawatt plant opened.", "500-megawatt", 500, "megawatts"],
  ])("%s → %s = %s %s", (text, span, value, unit) => {
    expectMeasure(text, span, { value, unit });
  });

  it.each([
    ["By the 15th there were 37.", "37", 37],
    ["I have known him since he was 15, and trust him.", "15", 15],
    ["It traded at 431.40 forints, before recovering to 418.90 after the decision.", "418.90", 418.9],
  ])("%s → bare number %s", (text, span, value) => {
    expectMeasure(text, span, { value });
  });

  it.each([
    ["One witness heard him shouting.", "One witness"],
    ["The R40 road was closed.", "R40"],
    ["The crisis closed one campus.", "one campus"],
    ["The vote was 7-2 in favour.", "7"],
  ])("%s: %s is not a measure (rules-6)", (text, not) => {
    expectNoMeasure(text, not);
  });

  it.each([
    ["👍🏽 It cost R6.4 billion.", ["R6.4 billion"]],
    ["Zoe\u0308 took a 20 mg dose.".normalize("NFC"), ["20 mg"]],
    ["東京 shipped 2.5 million TEU.", ["2.5 million TEU"]],
    ["There were\n37.", ["37"]],
  ])("code-point offsets (rules-6): %j", (text, spans) => {
    const list = suggest(text).filter((s) => s.label === "measure");
    expect(list.map((m) => codePointSlice(text, m))).toEqual(spans);
  });
});

describe("measure suggester, rules-7", () => {
  it.each([
    // The unit keeps what kind of thing is counted, and drops words of size or amount.
    ["Germany completed 238,000 new homes in 2025.", "238,000 new homes", 238_000, "new homes"],
    ["The region hired 240 seasonal firefighters.", "240 seasonal firefighters", 240, "seasonal firefighters"],
    ["Twelve water-bombing aircraft were sent.", "Twelve water-bombing aircraft", 12, "water-bombing aircraft"],
    ["The app has 4 million British users.", "4 million British users", 4_000_000, "British users"],
    ["Two small fires broke out.", "Two small fires", 2, "fires"],
    // A crew is counted as its members.
    ["It carried 281 passengers and 14 crew.", "14 crew", 14, "crew"],
    // Square kilometres written with the superscript keep the text's form.
    ["The flames spread across about 180 km² of scrub.", "180 km²", 180, "km²"],
    ["The fire burned 40km² of forest.", "40km²", 40, "km²"],
    // Money does not take the comma after it.
    ["The average rent was €2,870, up 5%.", "€2,870", 2870, "EUR"],
  ])("%s → %s = %s %s", (text, span, value, unit) => {
    expectMeasure(text, span, { value, unit });
  });

  it.each([
    // The base of a change and the whole of a part take their unit from the figure before.
    ["Airlines reported 212 cracks in 2025, up from 168 in 2024.", "168", 168],
    ["It found 14 fire towers out of 38 had been unstaffed.", "38", 38],
    // A number in words closing its clause after a verb of having.
    ["Now we have thirty, and I can't keep up.", "thirty", 30],
    // An age after a name glossed in brackets.
    ["said Sakura Ishida (石田さくら), 34, an engineer.", "34", 34],
  ])("%s → bare number %s", (text, span, value) => {
    expectMeasure(text, span, { value });
  });

  it.each([
    // A count after a possessive picks out known things.
    ["Germany's seven largest cities grew.", "seven largest cities"],
    // A stretch of a period already named is a reference.
    ["The flames spread in the first two days.", "two days"],
    // A year after "up from" is a date, not a base figure.
    ["Output fell, down from 2019 levels.", "2019"],
    // A base figure followed by its own unit is that measure, not a bare number.
    ["Rain fell, down from 40 mm.", "40"],
    // A number in words before the noun it counts is not a clause-closing count.
    ["We have thirty flats.", "thirty"],
  ])("%s: %s is not a measure (rules-7)", (text, not) => {
    expectNoMeasure(text, not);
  });

  it.each([
    ["👍🏽 It spread over 180 km² of scrub.", ["180 km²"]],
    ["Cafe\u0301 sales rose to 212, up from 168 in 2024.", ["212", "168"]],
    ["東京 has 4 million British users.", ["4 million British users"]],
    ["It carried 14\ncrew.", ["14\ncrew"]],
  ])("code-point offsets (rules-7): %j", (text, spans) => {
    const list = suggest(text).filter((s) => s.label === "measure");
    expect(list.map((m) => codePointSlice(text, m))).toEqual(spans);
  });
});

describe("measure suggester, rules-8", () => {
  it.each([
    // Money: "$", "dollars", "pesos", "shillings" in the currency of the country the text is set in.
    ["HALIFAX, Nova Scotia (Test Wire) — The province will spend $75 million on ferries.", "$75 million", 75_000_000, "CAD"],
    ["The Ontario plan costs $12 billion, Toronto officials said.", "$12 billion", 12_000_000_000, "CAD"],
    ["HOBART — Tasmania's budget sets aside $310m for hospitals, Australian officials said.", "$310m", 310_000_000, "AUD"],
    ["WELLINGTON — New Zealand's dairy exports earned 26 billion dollars.", "26 billion dollars", 26_000_000_000, "NZD"],
    ["TORONTO — The Canadian firm paid US$40 million for the mine.", "US$40 million", 40_000_000, "USD"],
    ["DENVER — The Colorado firm paid $40 million for the mine, US officials in Washington said.", "$40 million", 40_000_000, "USD"],
    ["BOGOTÁ — Colombia raised the fuel price by 400 pesos a gallon, officials in Bogotá said.", "400 pesos", 400, "COP"],
    ["KAMPALA — Uganda's tax on mobile money is 500 shillings per transfer, Ugandan officials said.", "500 shillings", 500, "UGX"],
    ["KARACHI — Pakistan's petrol price rose by 12 rupees, officials in Karachi said.", "12 rupees", 12, "PKR"],
    // A minus sign (U+2212) is negative, as a hyphen is.
    ["Overnight lows reached −41°C in the north.", "−41°C", -41, "°C"],
    ["It was −7C at dawn.", "−7C", -7, "°C"],
    // Words that pick out which things are counted stay in the unit; size and order words do not.
    ["The shelter took in 85 additional dogs.", "85 additional dogs", 85, "additional dogs"],
    ["Three other bidders withdrew.", "Three other bidders", 3, "other bidders"],
    ["The charity housed 450 homeless families.", "450 homeless families", 450, "homeless families"],
    ["It enrolled 2,000 new overseas pupils.", "2,000 new overseas pupils", 2_000, "new overseas pupils"],
    ["Divers found six huge anchors.", "six huge anchors", 6, "anchors"],
    // A hyphenated count of any noun counts that noun; abbreviated units keep the text's form.
    ["They sold a four-bedroom house.", "four-bedroom", 4, "bedrooms"],
    ["A nine-member panel was named.", "nine-member", 9, "members"],
    ["The 3-km tunnel opened.", "3-km", 3, "km"],
    ["China kept its one-child policy until 2015.", "one-child", 1, "children"],
    ["A 14-storey block burned.", "14-storey", 14, "storeys"],
    ["A 60-city tour was planned.", "60-city", 60, "cities"],
  ])("%s → %s = %s %s", (text, span, value, unit) => {
    expectMeasure(text, span, { value, unit });
  });

  it.each([
    // A part of a whole named after "of" is a bare number.
    ["Forty-two of the ship's 300 passengers fell ill.", "Forty-two", 42],
    ["Six of them were charged.", "Six", 6],
    ["Eight of its 20 stores will close.", "Eight", 8],
    // A figure a change reached, and the one it started from.
    ["Admissions rose to 730 in March from 512 a year earlier.", "730", 730],
    ["Admissions rose to 730 in March from 512 a year earlier.", "512", 512],
    // An age after a person's role.
    ["The driver, 63, was unhurt.", "63", 63],
  ])("%s → bare number %s (rules-8)", (text, span, value) => {
    expectMeasure(text, span, { value });
  });

  it.each([
    ["The union voted 412 to 97 to strike.", "412"],
    ["The union voted 412 to 97 to strike.", "97"],
    ["The motion carried by a vote of 51-49.", "51"],
    ["This is my 30 years of work.", "30 years"],
    ["One of the divers was rescued.", "One"],
    ["Install release 4.2 of the tool.", "4.2"],
    ["The two-way talks resumed.", "two-way"],
    ["A one-off fee applies.", "one-off"],
    ["Two-thirds of voters agreed.", "Two-thirds"],
    ["A three-legged stool broke.", "three-legged"],
    ["The Airbus A350 flew on; a Boeing 787 followed.", "787"],
    ["Its 737 MAX 9 jets were grounded.", "9 jets"],
    ["The firm filed for Chapter 11 protection.", "11"],
  ])("%s: %s is not a measure (rules-8)", (text, not) => {
    expectNoMeasure(text, not);
  });

  it.each([
    ["👍🏽 MONTREAL — The Quebec plan costs $9 billion, Canadian officials said.", "$9 billion", "CAD"],
    ["Cafe\u0301 owners in Sydney, Australia, paid $4m.".normalize("NFD"), "$4m", "AUD"],
    ["東京 visitors: it was −12°C.", "−12°C", "°C"],
    ["Thirty-one of the\ncrew's 40 members fell ill.", "Thirty-one", undefined],
  ])("code-point offsets (rules-8): %j", (text, span, unit) => {
    const hit = measures(text).find((m) => m.text === span);
    expect(hit, JSON.stringify(measures(text))).toBeDefined();
    expect(codePointSlice(text, hit!)).toBe(span);
    expect(hit!.attributes.unit).toBe(unit);
  });
});

describe("measure suggester, rules-9 (fresh8 as a tuning set)", () => {
  it.each([
    // East African papers write the shilling "Sh" or "KSh"; the article's country picks which.
    ["NAIROBI, Kenya — The county spent Sh42 million, Kenyan officials said.", "Sh42 million", { value: 42000000, unit: "KES" }],
    ["NAIROBI, Kenya — Security cost Sh6.5m, Kenyan officials said.", "Sh6.5m", { value: 6500000, unit: "KES" }],
    ["KAMPALA, Uganda — Fuel rose to KSh 200, Ugandan traders said.", "KSh 200", { value: 200, unit: "UGX" }],
    // "francs" is the Swiss franc in a Swiss story, the Rwandan in a Rwandan one; elsewhere the word.
    ["ZURICH — The network's budget is 2.4 million francs, Swiss officials said.", "2.4 million francs", { value: 2400000, unit: "CHF" }],
    ["KIGALI, Rwanda — A ticket costs 500 francs, Rwandan officials said.", "500 francs", { value: 500, unit: "RWF" }],
    ["PARIS — The bill was 300 francs in 1990.", "300 francs", { value: 300, unit: "francs" }],
  ])("%s → %s", (text, span, attributes) => {
    expectMeasure(text, span, attributes);
  });

  it.each([
    ["👍🏽 NAIROBI, Kenya — It cost Sh9.8 billion, Kenyan officials said.", "Sh9.8 billion", "KES"],
    ["Cafe\u0301 owners in Geneva, Switzerland, paid\n12 francs.".normalize("NFD"), "12 francs", "CHF"],
    ["東京 and Zürich, Switzerland: 3 million francs.", "3 million francs", "CHF"],
  ])("code-point offsets (rules-9): %j", (text, span, unit) => {
    const hit = measures(text).find((m) => m.text === span);
    expect(hit, JSON.stringify(measures(text))).toBeDefined();
    expect(codePointSlice(text, hit!)).toBe(span);
    expect(hit!.attributes.unit).toBe(unit);
  });
});

describe("measure suggester (rules-11)", () => {
  it.each([
    // "kroner" alone is the krone whose code the text writes.
    ["At the exchange rate of 10.9 kroner per dollar, NOK 14.6bn is worth about $1.3bn.", "10.9 kroner", { value: 10.9, unit: "NOK" }],
    ["The bill was DKK 400, or 400 kroner.", "400 kroner", { value: 400, unit: "DKK" }],
    // A text that writes its local dollar "C$" (and no "US$") keeps the bare "$" for the US dollar.
    [
      "Its shares fell 8.4% in Toronto to C$3.12. The fund was worth about $1.9 trillion.",
      "$1.9 trillion",
      { value: 1900000000000, unit: "USD" },
    ],
    ["Its shares fell 8.4% in Toronto to C$3.12. The fund was worth about $1.9 trillion.", "C$3.12", { value: 3.12, unit: "CAD" }],
    // Without its own prefix, a Canadian text's "$" stays the Canadian dollar.
    ["TORONTO — The Ontario fund is worth $40 billion, Canadian officials said.", "$40 billion", { value: 40000000000, unit: "CAD" }],
    // The bare first end of a range takes the second's unit, though it read as a bare number first.
    ["The nodules lie at depths of 4,000 to 6,000 metres.", "4,000", { value: 4000, unit: "metres" }],
    ["The nodules lie at depths of 4,000 to 6,000 metres.", "6,000 metres", { value: 6000, unit: "metres" }],
  ])("%s → %s", (text, span, attributes) => {
    expectMeasure(text, span, attributes);
  });

  it.each([
    ["👍🏽 At 10.9 kroner per dollar,\nNOK 14.6bn is worth $1.3bn.", "10.9 kroner", "NOK"],
    ["Cafe\u0301 shares in Toronto fell to C$3.12; the fund holds $1.9 trillion.".normalize("NFD"), "$1.9 trillion", "USD"],
    ["東京 nodules lie at depths of 4,000 to\n6,000 metres.", "4,000", "metres"],
  ])("code-point offsets (rules-11): %j", (text, span, unit) => {
    const hit = measures(text).find((m) => m.text === span);
    expect(hit, JSON.stringify(measures(text))).toBeDefined();
    expect(codePointSlice(text, hit!)).toBe(span);
    expect(hit!.attributes.unit).toBe(unit);
  });
});
