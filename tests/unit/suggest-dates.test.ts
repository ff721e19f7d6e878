import { describe, expect, it } from "vitest";
import { codePointSlice, find, suggest } from "./suggest-support";

/** The date suggested for exactly `span` (published on `published`) has this value. */
function expectDateValue(text: string, span: string, value: string, published: string) {
  const all = suggest(text, published).filter((s) => s.label === "date");
  const hit = all.find((s) => s.text === span);
  expect(hit, JSON.stringify(all)).toBeDefined();
  expect(hit!.attributes).toEqual({ value });
}

/** The same, and the span's code-point offsets slice exactly its text. */
function expectDateAtCodePoints(text: string, span: string, value: string, published: string) {
  const hit = find(suggest(text, published), "date", span);
  expect(hit, JSON.stringify(suggest(text, published))).toBeDefined();
  expect(codePointSlice(text, hit!)).toBe(span);
  expect(hit!.attributes).toEqual({ value });
}

// Article dates: 2019-11-20 is a Wednesday.
describe("date suggester", () => {
  it.each([
    ["The law is to be promulgated on Wednesday.", "Wednesday", "2019-11-20"],
    ["The law will take effect on Friday.", "Friday", "2019-11-22"],
    ["Officials met on Friday.", "Friday", "2019-11-15"],
    ["Tokyo said Monday it would respond.", "Monday", "2019-11-18"],
    ["The court ruled in October last year.", "October last year", "2018-10"],
    ["Sales fell in March 2007.", "March 2007", "2007-03"],
    ["The talks are due on Dec. 3.", "Dec. 3", "2019-12-03"],
    ["The ruling came in February.", "February", "2019-02"],
    ["The pact was signed in 1965.", "1965", "1965"],
    ["The 1965 agreement settled claims.", "1965", "1965"],
    ["It began on July 4, 2019. A month later, talks collapsed.", "A month later", "2019-08-04"],
    ["Prices rose last year.", "last year", "2018"],
    ["It happened mid-2025, officials said.", "mid-2025", "2025"],
  ])("%s → %s = %s", (text, span, value) => {
    const hit = find(suggest(text), "date", span);
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "date"))).toBeDefined();
    expect(hit!.attributes).toEqual({ value });
  });

  it.each([
    ["The price rose 30 percent in two weeks.", "in two weeks"],
    ["It was the first rise in 17 years.", "in 17 years"],
    ["It will march on.", "march"],
    ["He said now is the time.", "now"],
    ["The 2019–21 drought was severe.", "2019"],
    ["Growth will slow for the rest of the year before picking up.", "the year before"],
    ["Spain's 1936-1939 civil war ended.", "1936"],
  ])("%s: no date for %s (a duration, a verb, or not a date)", (text, not) => {
    const dates = suggest(text).filter((s) => s.label === "date");
    expect(dates.some((d) => not.includes(d.text))).toBe(false);
  });

  it.each([
    ["👍🏽 Talks began on Thursday.", "Thursday"],
    ["Zoe\u0308 left on Thursday.".normalize("NFC"), "Thursday"],
    ["東京で Talks began on Thursday.", "Thursday"],
    ["Talks began\non Thursday.", "Thursday"],
  ])("code-point offsets after emoji, combining marks, CJK and line breaks: %j", (text, span) => {
    const hit = find(suggest(text), "date", span)!;
    expect(hit).toBeDefined();
    expect(codePointSlice(text, hit)).toBe(span);
    expect(hit.attributes).toEqual({ value: "2019-11-14" });
  });

  it.each([
    // Ranges: one span, an ISO 8601 interval, each end as precise as the text.
    ["The strike will run Dec. 2 to 4.", "Dec. 2 to 4", "2019-12-02/2019-12-04"],
    ["Output fell from April to July 2018.", "April to July 2018", "2018-04/2018-07"],
    ["The models were sold from May 2016 to August 2017.", "May 2016 to August 2017", "2016-05/2017-08"],
    ["Voting ran Oct. 7–11.", "Oct. 7–11", "2019-10-07/2019-10-11"],
    ["The survey followed 900 farms from 2008 to 2016.", "2008 to 2016", "2008/2016"],
    ["Between 1998 and 2004 output doubled.", "1998 and 2004", "1998/2004"],
    ["The drought (2019–21) was severe.", "2019–21", "2019/2021"],
    // The part of a period belongs to the date; a time of day does not.
    ["A ruling is due early next year.", "early next year", "2020"],
    ["Work stopped in mid-September.", "mid-September", "2019-09"],
    ["The council met on Tuesday night.", "Tuesday", "2019-11-19"],
    ["Tuesday's vote was close.", "Tuesday", "2019-11-19"],
    // Anchored on the mention the text ties them to.
    ["Talks began on Oct. 3. A week later, they collapsed.", "A week later", "2019-10-10"],
    ["The plant closed on May 9 and staff left the same day.", "the same day", "2019-05-09"],
    ["In 2017, profit rose 4 percent from the previous year.", "the previous year", "2016"],
    ["Last year, floods hit the valley in December.", "December", "2018-12"],
    // A past event is not after publication; a future clause governs the past form inside it.
    ["Floods hit the valley in December.", "December", "2018-12"],
    ["The ferry would resume once the storm passed on Friday.", "Friday", "2019-11-22"],
    // A modal or a deadline points ahead; a cue in another clause counts for less.
    ["A cut could come as soon as June.", "June", "2020-06"],
    ["Markets price in two cuts by March.", "March", "2020-03"],
    ["Prices, which rose 2% in October, will ease.", "October", "2019-10"],
    // Seasons are years.
    ["The bridge is to reopen next summer.", "next summer", "2020"],
    ["Crops failed last summer.", "last summer", "2019"],
    ["It was the coldest winter of 2010.", "winter of 2010", "2010"],
  ])("%s → %s = %s", (text, span, value) => {
    const hit = find(suggest(text), "date", span);
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "date"))).toBeDefined();
    expect(hit!.attributes).toEqual({ value });
  });

  it.each([
    ["👍🏽 Voting ran Oct. 7–11.", "Oct. 7–11"],
    ["Cafe\u0301 staff voted Oct. 7–11.".normalize("NFD"), "Oct. 7–11"],
    ["東京 voting ran Oct. 7–11.", "Oct. 7–11"],
    ["Voting ran\nOct. 7–11.", "Oct. 7–11"],
  ])("a range's code-point offsets after emoji, combining marks, CJK and line breaks: %j", (text, span) => {
    const hit = find(suggest(text), "date", span)!;
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "date"))).toBeDefined();
    expect(codePointSlice(text, hit)).toBe(span);
    expect(hit.attributes).toEqual({ value: "2019-10-07/2019-10-11" });
  });

  // Parts of the publication day or year, quarters, "last <month>", a clock time, "between … and".
  it.each([
    ["It was shared 400 times by this morning.", "this morning", "2019-11-20"],
    ["The vote is tonight.", "tonight", "2019-11-20"],
    ["A cut is likely by mid-year.", "mid-year", "2019"],
    ["Wages grew in the final quarter of 2018.", "the final quarter of 2018", "2018-10/2018-12"],
    ["Profit rose in Q2 2018.", "Q2 2018", "2018-04/2018-06"],
    ["Prices were forecast last November.", "last November", "2018-11"],
    ["Prices were forecast last March.", "last March", "2019-03"],
    ["Talks resume next March.", "next March", "2020-03"],
    ["The window closes at 7pm on Friday.", "Friday", "2019-11-22"],
    ["It spent $2m between Aug. 1 and Oct. 31.", "Aug. 1 and Oct. 31", "2019-08-01/2019-10-31"],
    ["They enrolled between March 2017 and January 2018.", "March 2017 and January 2018", "2017-03/2018-01"],
    // A deadline after a non-finite verb lies ahead; one after a finite past verb does not.
    ["She favoured keeping rates on hold until December.", "December", "2019-12"],
    ["They agreed to extend the talks until December.", "December", "2019-12"],
    ["The plant operated until December.", "December", "2018-12"],
    ["He was working until December.", "December", "2018-12"],
  ])("%s → %s = %s", (text, span, value) => {
    const hit = find(suggest(text), "date", span);
    expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "date"))).toBeDefined();
    expect(hit!.attributes).toEqual({ value });
  });

  it.each([
    ["👍🏽🇬🇧 Shared by this morning; wages grew in the final quarter of 2018.", ["this morning", "the final quarter of 2018"]],
    ["Cafe\u0301 sales were forecast last November and rise by mid-year.".normalize("NFD"), ["last November", "mid-year"]],
    ["金村陽翔 signed; the window closes at 7pm on Friday.", ["Friday"]],
    ["🇨🇿 She favoured keeping\nrates on hold until December; Cafe\u0301 shut.".normalize("NFD"), ["December"]],
    ["It spent $2m\nbetween Aug. 1 and Oct. 31.", ["Aug. 1 and Oct. 31"]],
  ])("new date rules keep code-point offsets: %j", (text, spans) => {
    for (const span of spans) {
      const hit = find(suggest(text), "date", span);
      expect(hit, JSON.stringify(suggest(text).filter((s) => s.label === "date"))).toBeDefined();
      expect(codePointSlice(text, hit!)).toBe(span);
    }
  });

  it("gives only absolute values without a publication date", () => {
    const list = suggest("It began on July 4, 2019 and ended on Friday.", null).filter((s) => s.label === "date");
    expect(find(list, "date", "July 4, 2019")!.attributes).toEqual({ value: "2019-07-04" });
    expect(find(list, "date", "Friday")?.attributes ?? {}).toEqual({});
  });
});

// rules-4: periods named around a date, period references for "a year earlier", years in names.
describe("date periods and references (rules-4)", () => {
  it.each([
    // A fiscal year named by its end: its twelve months.
    ["Profit will reach ¥690 billion for the year ending March 31, 2027.", "the year ending March 31, 2027", "2026-04/2027-03"],
    ["Sales fell in the fiscal year ended June 30, 2026.", "the fiscal year ended June 30, 2026", "2025-07/2026-06"],
    // A half of a year.
    ["The deal is expected to close in the first half of next year.", "the first half of next year", "2027-01/2027-06"],
    ["Growth slowed in the second half of 2025.", "the second half of 2025", "2025-07/2025-12"],
    // The end (or start) of a period is that period, as precise as it is.
    ["It will be running by the end of next year.", "the end of next year", "2027"],
    // A range of months named as a quarter.
    ["Minato reported a rise for the July-September quarter.", "the July-September quarter", "2026-07/2026-09"],
    // "a year earlier" after a period is that period a year before.
    ["It sold 1.9 million units between April and September, against 1.4 million a year earlier.", "a year earlier", "2025-04/2025-09"],
    ["Profit reached ¥184 billion in the three months to Sept. 30, from ¥150 billion a year earlier.", "a year earlier", "2025-07/2025-09"],
    [
      "Profit rose in the July-September quarter. Orders slipped to the first quarter of 2027. The yen averaged 152 in the quarter, against 147 a year earlier.",
      "a year earlier",
      "2025-07/2025-09",
    ],
    // A day with no year takes the year of a month-year that frames its sentence, and a duration counts from it.
    ["In October 2020, storms killed 200 people; a landslide on Oct. 12 buried 17 workers.", "Oct. 12", "2020-10-12"],
    ["In October 2020, a landslide on Oct. 12 buried 17 workers, and another struck a week later.", "a week later", "2020-10-19"],
    // Two years in a row joined by "and" are one period.
    ["The mission went over budget because of delays in 2022 and 2023.", "2022 and 2023", "2022/2023"],
    // Decades later or earlier, as years.
    ["The firm was founded in 1998 and listed a decade later.", "a decade later", "2008"],
    ["It closed in May 2001 and reopened two decades later.", "two decades later", "2021"],
    // "a year earlier" after a year in the same clause.
    ["The bank expected growth of 5.2% in 2026, up from 4.7% a year earlier.", "a year earlier", "2025"],
    // A season with "the" alone: the last one before publication in the past tense, the next one ahead.
    ["He said investors had been approached in the spring.", "the spring", "2026"],
    ["The government said it would publish a white paper in the autumn.", "the autumn", "2027"],
    // A conditional's past tense lies ahead when the main clause is future.
    ["The gain would likely fade if the Bank of Japan raised rates in December.", "December", "2026-12"],
  ])("%s → %s = %s", (text, span, value) => {
    const list = suggest(text, "2026-11-06").filter((s) => s.label === "date");
    const hit = find(list, "date", span);
    expect(hit, JSON.stringify(list)).toBeDefined();
    expect(hit!.attributes).toEqual({ value });
  });

  it.each([
    ["A vote on the Virtual Asset User Protection Act 2026 was held.", "2026"],
    ["The probe reached the asteroid 2009 QK31 on Tuesday.", "2009"],
    ["A photo posted by volunteer Phan Thu Hà was shared.", "Thu"],
    ["The Sun Sat on the story.", "Sat"],
    ["The fall in prices hurt exporters.", "fall"],
    ["The summer transfer window shut.", "summer"],
  ])("%s: no date for %s (a year in a name or designation, a weekday abbreviation in a name)", (text, not) => {
    const dates = suggest(text, "2026-11-06").filter((s) => s.label === "date");
    expect(
      dates.some((d) => d.text === not),
      JSON.stringify(dates),
    ).toBe(false);
  });

  it.each([
    ["👍🏽 Profit rose in the first half of 2025.", "the first half of 2025"],
    ["Zoe\u0308 left by the end of next year.".normalize("NFC"), "the end of next year"],
    ["東京 reported for the year ending March 31, 2027.", "the year ending March 31, 2027"],
    ["Sales rose in the July-September\nquarter.", "the July-September\nquarter"],
  ])("code-point offsets of widened periods: %j", (text, span) => {
    const hit = find(suggest(text, "2026-11-06"), "date", span);
    expect(hit, JSON.stringify(suggest(text, "2026-11-06").filter((s) => s.label === "date"))).toBeDefined();
    expect(codePointSlice(text, hit!)).toBe(span);
  });

  // rules-5. Article date 2026-10-22, a Thursday.
  it.each([
    // A calendar week relative to publication: Monday to Sunday.
    ["Prices rose last week.", "last week", "2026-10-12/2026-10-18"],
    ["Talks continue this week.", "this week", "2026-10-19/2026-10-25"],
    ["The bill goes to a vote next week.", "next week", "2026-10-26/2026-11-01"],
    // A quarter without a year is in the publication year; a relative year says which.
    ["Output shrank 0.3% in the second quarter.", "the second quarter", "2026-04/2026-06"],
    ["It will publish its estimate for the third quarter on Nov. 13.", "the third quarter", "2026-07/2026-09"],
    ["Revenue grew 31% in Q3.", "Q3", "2026-07/2026-09"],
    ["Inflation should peak in the first quarter of next year.", "the first quarter of next year", "2027-01/2027-03"],
    // An infinitive after a length of time ends the wait; it is no plan.
    ["Patients waited a median of 5 hours to be admitted on Sunday.", "Sunday", "2026-10-18"],
    // A possessive year in the same clause dates the noun the day belongs to.
    ["She said that next year's race had been moved to 2 May.", "2 May", "2027-05-02"],
    // "Earlier this year" leading its sentence keeps the adverb.
    ["Earlier this year, it said it would hire.", "Earlier this year", "2026"],
    // A day word inside a quotation counts from the day the quote was made.
    ["The chief executive posted late on Tuesday: “We let you down today.”", "today", "2026-10-20"],
    ['"We start tomorrow," she said on Monday.', "tomorrow", "2026-10-20"],
  ])("%s → %s = %s", (text, span, value) => {
    const all = suggest(text, "2026-10-22").filter((s) => s.label === "date");
    const hit = all.find((s) => s.text === span);
    expect(hit, JSON.stringify(all)).toBeDefined();
    expect(hit!.attributes).toEqual({ value });
  });

  it.each([
    ["Earlier, this year was good.", "Earlier, this year"],
    ["She won in 2 hours 36 minutes.", "2 hours 36 minutes"],
    ["He was on the court for the third quarter of the game.", "the third quarter"],
  ])("%s: no date %s", (text, not) => {
    const dates = suggest(text, "2026-10-22").filter((s) => s.label === "date");
    expect(
      dates.some((d) => d.text === not),
      JSON.stringify(dates),
    ).toBe(false);
  });

  it.each([
    ["👍🏽 Prices rose last week.", "last week", "2026-10-12/2026-10-18"],
    ["Zoe\u0308 grew in the second quarter.".normalize("NFC"), "the second quarter", "2026-04/2026-06"],
    ["東京 posted on Tuesday: “東京 today”", "today", "2026-10-20"],
    ["Earlier this year,\nit said so.", "Earlier this year", "2026"],
  ])("code-point offsets of rules-5 dates: %j", (text, span, value) => {
    const hit = find(suggest(text, "2026-10-22"), "date", span);
    expect(hit, JSON.stringify(suggest(text, "2026-10-22").filter((s) => s.label === "date"))).toBeDefined();
    expect(codePointSlice(text, hit!)).toBe(span);
    expect(hit!.attributes).toEqual({ value });
  });
});

// rules-6. Publication 2026-07-16 is a Thursday; 2026-11-23 a Monday.
describe("date suggester, rules-6 calendar arithmetic", () => {
  it.each([
    // A bare ordinal day takes the month of the date before it, else the publication month.
    ["On June 3, 22 ships waited; by the 15th there were 37.", "the 15th", "2026-06-15", "2026-07-16"],
    ["Payments fell due on the 1st.", "the 1st", "2026-07-01", "2026-07-16"],
    ["Payments are due on the 20th.", "the 20th", "2026-07-20", "2026-07-16"],
    // Two digits after a day and a comma are a count, not a year.
    ["On June 3, 22 ships were at anchor.", "June 3", "2026-06-03", "2026-07-16"],
    // Halves, quarters and the year, counted from publication or from the sentence's year.
    ["Volumes rose 9.4% in the first half.", "the first half", "2026-01/2026-06", "2026-07-16"],
    ["Rates rose 38% last quarter.", "last quarter", "2026-04/2026-06", "2026-07-16"],
    ["Sales should rise next quarter.", "next quarter", "2026-10/2026-12", "2026-07-16"],
    ["Sales rose 4% last quarter.", "last quarter", "2025-10/2025-12", "2026-01-10"],
    ["Rates will stay high until the end of the year.", "the end of the year", "2026", "2026-07-16"],
    ["In 2019, prices rose until the end of the year.", "the end of the year", "2019", "2026-07-16"],
    // Ranges: the first end takes the year of the last.
    ["Patients were enrolled between March and June 2025.", "March and June 2025", "2025-03/2025-06", "2026-11-12"],
    ["Patients were enrolled between November and February 2025.", "November and February 2025", "2024-11/2025-02", "2026-11-12"],
    ["They enrolled between March and June 2025. A year later, 6% had died.", "A year later", "2026-03/2026-06", "2026-11-12"],
    // Split fiscal years: April to March, July to June where the text is about such a country.
    ["The deficit will reach 5.3% in fiscal 2026-27.", "fiscal 2026-27", "2026-04/2027-03", "2026-10-28"],
    ["Australian debt peaks in fiscal 2027-28.", "fiscal 2027-28", "2027-07/2028-06", "2026-10-28"],
    // Sport seasons spanning two calendar years; a calendar-year sport's season is its year.
    ["The club scored 11 goals last season.", "last season", "2025/2026", "2026-11-23"],
    ["The club has four goals this season.", "this season", "2026/2027", "2026-11-23"],
    ["The club has four goals this season.", "this season", "2025/2026", "2026-03-02"],
    ["The MLB team won 90 games last season.", "last season", "2025", "2026-11-23"],
    // Tense: a scheduled event in the present simple lies ahead.
    ["Liben, fourth in the league, play Hradiste away on Saturday.", "Saturday", "2026-11-28", "2026-11-23"],
    ["The Senate votes on Thursday.", "Thursday", "2026-11-26", "2026-11-23"],
    // The verb right after a date in a subject is not its tense; the verb of its clause is.
    ["A wage deal signed in June would add R27 billion.", "June", "2026-06", "2026-10-28"],
    // A month naming an existing document is past.
    ["Revenue is expected to fall short of the February estimate.", "February", "2026-02", "2026-10-28"],
    // A conditional's past under "could" points ahead.
    ["The union said it could strike if limits were not restored by Sept. 30.", "Sept. 30", "2026-09-30", "2026-07-16"],
    // "the year to March" holds the date "March" (fresh8's convention, restated in fresh10's; rules-11,
    // before which the span was the twelve months); half-years written H1/H2 and "of the year".
    ["Output fell 3% in the year to March.", "March", "2026-03", "2026-07-16"],
    ["Output fell 3% in the year to March, against 2% a year earlier.", "a year earlier", "2025-03", "2026-07-16"],
    ["Profit rose in the year ending March 31, 2026.", "the year ending March 31, 2026", "2025-04/2026-03", "2026-07-16"],
    ["Profit rose in H1 2026.", "H1 2026", "2026-01/2026-06", "2026-07-16"],
    ["Sales rose in the first half of the year.", "the first half of the year", "2026-01/2026-06", "2026-07-16"],
    // A period named by its years.
    ["Profit rose in the 2025-26 fiscal year.", "the 2025-26 fiscal year", "2025-04/2026-03", "2026-07-16"],
    ["He scored 20 goals in the 2024-25 season.", "the 2024-25 season", "2024/2025", "2026-07-16"],
    // Weekends: Saturday and Sunday, as the calendar week is an interval.
    ["Shares fell last weekend.", "last weekend", "2026-07-11/2026-07-12", "2026-07-16"],
    ["It rained over the weekend.", "the weekend", "2026-07-11/2026-07-12", "2026-07-16"],
    ["Crowds will gather at the weekend.", "the weekend", "2026-07-18/2026-07-19", "2026-07-16"],
    ["It rained over the weekend.", "the weekend", "2026-07-18/2026-07-19", "2026-07-20"],
  ])("%s → %s = %s (published %s)", (text, span, value, published) => {
    expectDateValue(text, span, value, published);
  });

  it.each([
    ["The trial was published in the journal Cardiology Today Review.", "Today"],
    ["He scored twice in the first half.", "the first half"],
    ["It was the 15th century.", "the 15th"],
    ["It is the 15th time this year.", "the 15th"],
    ["The flu spread fast this season.", "this season"],
    ["On June 3, 22 ships were at anchor.", "June 3, 22"],
  ])("%s: no date %s", (text, not) => {
    const dates = suggest(text, "2026-07-16").filter((s) => s.label === "date");
    expect(
      dates.some((d) => d.text === not),
      JSON.stringify(dates),
    ).toBe(false);
  });

  it.each([
    ["👍🏽 On June 3, 22 ships waited; by the 15th, 37.", "the 15th", "2026-06-15"],
    ["Zoe\u0308 grew 5% in the first half.".normalize("NFC"), "the first half", "2026-01/2026-06"],
    ["東京 rose 3% last quarter.", "last quarter", "2026-04/2026-06"],
    ["Spending rose\nin fiscal 2026-27.", "fiscal 2026-27", "2026-04/2027-03"],
  ])("code-point offsets of rules-6 dates: %j", (text, span, value) => {
    const all = suggest(text, "2026-07-16").filter((s) => s.label === "date");
    const hit = all.find((s) => s.text === span);
    expect(hit, JSON.stringify(all)).toBeDefined();
    expect(codePointSlice(text, hit!)).toBe(span);
    expect(hit!.attributes).toEqual({ value });
  });
});

describe("date suggester, rules-7 anchored and calendar dates", () => {
  it.each([
    // "the previous Tuesday" counts from the date the text ties it to, and differs from a Tuesday already named.
    ["It landed on Tuesday. On the previous Tuesday, a crack was found.", "the previous Tuesday", "2026-01-27", "2026-02-06"],
    ["It landed on 3 February. On the following Monday, it flew again.", "the following Monday", "2026-02-09", "2026-02-06"],
    ["A crack was found on the previous Tuesday.", "the previous Tuesday", "2026-02-03", "2026-02-06"],
    // A duration after it counts from the anchored weekday.
    [
      "It landed on Tuesday. On the previous Tuesday, a crack was found. Two days later, it flew.",
      "Two days later",
      "2026-01-29",
      "2026-02-06",
    ],
    // The first or last months of a year are the interval of those months, as a half is.
    ["Permits fell 6.3% in the first five months of 2026.", "the first five months of 2026", "2026-01/2026-05", "2026-07-09"],
    ["Sales rose in the last 3 months of 2025.", "the last 3 months of 2025", "2025-10/2025-12", "2026-07-09"],
    // A northern winter spans two calendar years.
    ["Last winter was the driest since 2012.", "Last winter", "2025/2026", "2026-08-21"],
    ["Next winter will be wet.", "Next winter", "2026/2027", "2026-08-21"],
    ["Last winter was the driest since 2012.", "Last winter", "2024/2025", "2026-01-21"],
    // "May" after a preposition other than "in" is the month, with the tense deciding its year.
    ["Farmers have been limited to 1,500 litres since May.", "May", "2026-05", "2026-08-21"],
    ["The reservoir will be closed by May.", "May", "2027-05", "2026-08-21"],
    ["Rain fell until late May.", "late May", "2026-05", "2026-08-21"],
    // The base of a change is a past period, and the month "May" is not the modal "may".
    ["Banks lent €21.4 billion in May, up 18% from April, the bank said.", "April", "2026-04", "2026-07-09"],
    // An interval runs forwards even when each end leaned back on its own.
    ["Shares fell between January and March.", "January and March", "2025-01/2025-03", "2026-02-06"],
    // A deadline after "through", and a present verb of lasting, lie ahead; the past stays past.
    ["The ban runs through June 30.", "June 30", "2026-06-30", "2026-03-12"],
    ["The ban ran through June 30.", "June 30", "2025-06-30", "2026-03-12"],
    // "lasts until May 2": the verb is not a date, and the mention no range from publication.
    ["The offer lasts until May 2.", "May 2", "2026-05-02", "2026-03-12"],
    // "the week to Friday" holds the day the week ends on (rules-11, as "the year to March" holds
    // "March"; before, the span was the seven days).
    ["The index rose 2% in the week to Friday.", "Friday", "2026-03-06", "2026-03-12"],
    ["Prices rose for a ninth straight week in the week to Feb. 22.", "Feb. 22", "2026-02-22", "2026-02-26"],
    ["Exports rose in the week ended March 6.", "the week ended March 6", "2026-02-28/2026-03-06", "2026-03-12"],
    // "the day before", "that day", "later that month": counted from the date the text gave before.
    ["The strike began on March 3. The day before, talks had failed.", "The day before", "2026-03-02", "2026-03-12"],
    ["On March 5 the firm met unions; that day it also cut jobs.", "that day", "2026-03-05", "2026-03-12"],
    ["The strike began on Feb. 3. Later that month, the deal collapsed.", "Later that month", "2026-02", "2026-03-12"],
    ["The law was passed in 2019; that year, prices rose.", "that year", "2019", "2026-03-12"],
  ])("%s → %s = %s (published %s)", (text, span, value, published) => {
    expectDateValue(text, span, value, published);
  });

  it.each([
    // A unit finer than a day is a measure, not a date.
    ["It landed in Helsinki 23 minutes later.", "23 minutes later"],
    ["Two hours ago, the road was closed.", "Two hours ago"],
    // "May" as a verb, or as a first name, is not the month.
    ["Prices may rise by next year.", "may"],
    ["The prize was won by May Chen.", "May"],
    // "next Tuesday" without "the" is counted from publication, and its span has no "the".
    ["The vote is next Tuesday.", "the next Tuesday"],
    // "the day after the vote" names its own event; "the year before joining" opens a clause.
    ["He quit the day after the vote.", "the day after"],
    ["The year before joining, he left.", "The year before"],
    // "that year of crisis": a year qualified by what follows is not the date counted back to.
    ["It was the worst day of that year of crisis.", "that year"],
  ])("%s: no date %s", (text, not) => {
    const dates = suggest(text, "2026-08-21").filter((s) => s.label === "date");
    expect(
      dates.some((d) => d.text === not),
      JSON.stringify(dates),
    ).toBe(false);
  });

  it("keeps the minutes of '23 minutes later' as a measure", () => {
    const all = suggest("It landed in Helsinki 23 minutes later.", "2026-02-06");
    expect(find(all, "measure", "23 minutes")?.attributes).toEqual({ value: 23, unit: "minutes" });
  });

  it.each([
    ["👍🏽 It landed on Tuesday. On the previous Tuesday, a crack was found.", "the previous Tuesday", "2026-01-27"],
    ["Cafe\u0301 permits fell in the first five months of 2026.", "the first five months of 2026", "2026-01/2026-05"],
    ["東京 had almost no rain\nsince May.", "May", "2025-05"],
    ["Zaragoza: last winter\nwas dry.", "last winter", "2024/2025"],
    // (rules-11: "the week to Friday" holds "Friday"; "the week ended Friday" is the seven days.)
    ["東京 👍🏽 rose in the week\nto Friday.", "Friday", "2026-02-06"],
    ["東京 👍🏽 rose in the week\nended Friday.", "the week\nended Friday", "2026-01-31/2026-02-06"],
    ["Cafe\u0301 strike began on Feb. 3.\nThe day before, 東京 talks failed 👍🏽.", "The day before", "2026-02-02"],
  ])("code-point offsets of rules-7 dates: %j", (text, span, value) => {
    const all = suggest(text, "2026-02-06").filter((s) => s.label === "date");
    const hit = all.find((s) => s.text === span);
    expect(hit, JSON.stringify(all)).toBeDefined();
    expect(codePointSlice(text, hit!)).toBe(span);
    expect(hit!.attributes).toEqual({ value });
  });
});

describe("date suggester, rules-8", () => {
  it.each([
    // "-ed" words that are not past forms do not make a sentence past.
    ["Growers need the harvest in by April.", "2026-01-15", "April", "2026-04"],
    ["Trucks that exceed the limit face checks until May.", "2026-01-15", "May", "2026-05"],
    // Verbs of intention look ahead, though reported in the past.
    ["He said he intended to retire in November.", "2026-06-10", "November", "2026-11"],
    ["The band hoped to tour in October.", "2026-06-10", "October", "2026-10"],
    // A reported clause is governed by its own verb, not the verb of saying.
    ["The IMF warned last week that a slump lasting into March could cut growth.", "2026-01-15", "March", "2026-03"],
    ["The firm said its sales in the fourth quarter would fall.", "2026-05-20", "the fourth quarter", "2026-10/2026-12"],
    ["A hearing is set for 9 July.", "2026-05-20", "9 July", "2026-07-09"],
    // A year frames a month of its sentence only as a leading adverbial or in the same clause.
    ["Profit fell 3% from a year earlier, figures published in April showed.", "2026-06-10", "April", "2026-04"],
    ["It lost $2 million in 2025 and said the merger would close by October.", "2026-06-10", "October", "2026-10"],
    ["In 2018, the mill shut; its owners sold it in May.", "2026-06-10", "May", "2018-05"],
    // "later" counts from a year in the sentence before.
    ["The bridge opened in 1994. Five years later, it was widened.", "2026-06-10", "Five years later", "1999"],
    // Southern seasons in a text set south of the equator; "the" kept; a season of two years.
    ["PERTH — Western Australia had a dry winter; last summer, Australian farms burned.", "2026-08-20", "last summer", "2025/2026"],
    ["DURBAN — South African growers expect rain this winter.", "2026-05-20", "this winter", "2026"],
    ["OSLO — Norway's lakes froze last winter.", "2026-05-20", "last winter", "2025/2026"],
    ["The road closed in the autumn of 2024.", "2026-05-20", "the autumn of 2024", "2024"],
    ["The winter of 2024-25 was mild.", "2026-05-20", "The winter of 2024-25", "2024/2025"],
    ["Bookings for the 2026-27 winter are up.", "2026-05-20", "the 2026-27 winter", "2026/2027"],
    // Holidays standing for their day, in the year their tense points to.
    ["Shoppers spent heavily before Christmas.", "2026-01-08", "Christmas", "2025-12-25"],
    ["The market will close on Boxing Day.", "2026-11-20", "Boxing Day", "2026-12-26"],
    ["Talks should end by Easter.", "2027-02-01", "Easter", "2027-03-28"],
    ["Crowds gathered on Good Friday.", "2026-04-10", "Good Friday", "2026-04-03"],
    ["Sales were slow last Christmas.", "2026-06-01", "last Christmas", "2025-12-25"],
    ["Prices rose before Thanksgiving last year.", "2026-10-01", "Thanksgiving last year", "2025-11-27"],
    // Decades and centuries.
    ["The line was built in the 1880s.", "2026-05-20", "the 1880s", "1880/1889"],
    ["A 17th-century map surfaced.", "2026-05-20", "17th-century", "1600/1699"],
    ["It thrived in the early 20th century.", "2026-05-20", "the early 20th century", "1900/1999"],
    ["Jazz boomed in the late 1950s.", "2026-05-20", "the late 1950s", "1950/1959"],
    // A year named with its kind; a period of the publication year; a part written with a hyphen.
    ["Fees rise for the 2027 school year.", "2026-05-20", "the 2027 school year", "2027"],
    ["Sales rose in the first three months of the year.", "2026-05-20", "the first three months of the year", "2026-01/2026-03"],
    ["The review ends by end-September.", "2026-05-20", "end-September", "2026-09"],
    // An event someone called, set or moved lies ahead.
    ["The king summoned party leaders to talks on Sunday.", "2026-01-15", "Sunday", "2026-01-18"],
    ["The judge adjourned the trial until Tuesday.", "2026-01-15", "Tuesday", "2026-01-20"],
    ["The board met on Tuesday.", "2026-01-15", "Tuesday", "2026-01-13"],
  ])("%s (%s) → %s = %s", (text, published, span, value) => {
    expectDateValue(text, span, value, published);
  });

  it.each([
    ["The Christmas holiday ran long.", "Christmas"],
    ["Christmas shopping fell 3%.", "Christmas"],
    ["They visited Easter Island.", "Easter"],
    ["Every Christmas, the town lights a tree.", "Christmas"],
  ])("%s: %s is no date (an event, a thing or a habit)", (text, not) => {
    const all = suggest(text, "2026-03-01").filter((s) => s.label === "date");
    expect(
      all.some((d) => d.text.includes(not)),
      JSON.stringify(all),
    ).toBe(false);
  });

  it.each([
    ["👍🏽 Stores shut before Christmas.", "Christmas", "2025-12-25"],
    ["Cafe\u0301s shut in the 1970s.".normalize("NFD"), "the 1970s", "1970/1979"],
    ["東京 was rebuilt in the 1920s.", "the 1920s", "1920/1929"],
    // Written in January, in a southern summer: "last summer" is the one before (2024/2025).
    ["ADELAIDE — South Australia's\nfarms burned last summer, Australian officials said.", "last summer", "2024/2025"],
  ])("code-point offsets (rules-8): %j", (text, span, value) => {
    expectDateAtCodePoints(text, span, value, "2026-01-08");
  });
});

describe("date suggester, rules-9 (fresh8 as a tuning set)", () => {
  it.each([
    // A year before a noun names a kind of thing ("the 2025 crop"), not the time of its months.
    ["Prices for the 2025 crop averaged ¥31,800 in January, up from ¥22,700 a year earlier.", "January", "2026-01", "2026-02-26"],
    ["Prices for the 2025 crop averaged ¥31,800 in January, up from ¥22,700 a year earlier.", "a year earlier", "2025-01", "2026-02-26"],
    // A year framing the sentence still lends its year.
    ["In 2025, prices averaged ¥31,800 in January.", "January", "2025-01", "2026-02-26"],
    // A scheduled event in the present simple governs its date under a past reporting clause.
    ["He said prices were unlikely to fall before the new crop arrives in September.", "September", "2026-09", "2026-02-26"],
    ["He said prices fell before the new crop arrived in September.", "September", "2025-09", "2026-02-26"],
    // A range's open end is the first such month at or after its start.
    ["Drought killed 40,000 cattle between October 2025 and January.", "October 2025 and January", "2025-10/2026-01", "2026-03-12"],
    // "in the year to …" is no year from now, and lends no year to the date after it.
    ["Glaciers lost 3.1% of their ice in the year to the end of September.", "the end of September", "2026-09", "2026-10-01"],
    // A fiscal year written with a slash, July to June in Kenya, April to March by default.
    [
      "Kenya's Laikipia county has a budget of Sh9.8 billion for the 2026/27 financial year.",
      "the 2026/27 financial year",
      "2026-07/2027-06",
      "2026-03-12",
    ],
    ["The trust has a budget of £41m for the 2026/27 financial year.", "the 2026/27 financial year", "2026-04/2027-03", "2026-03-12"],
  ])("%s → %s = %s (published %s)", (text, span, value, published) => {
    expectDateValue(text, span, value, published);
  });

  it.each([
    ["Glaciers lost 3.1% of their ice in the year to the end of September.", "the year"],
    ["The path is 2026/03 in the archive.", "2026/03"],
  ])("%s: %j is no date", (text, not) => {
    const all = suggest(text, "2026-10-01").filter((s) => s.label === "date");
    expect(
      all.some((d) => d.text === not),
      JSON.stringify(all),
    ).toBe(false);
  });

  it.each([
    ["👍🏽 Kenya's county spent Sh9.8bn in the 2026/27 financial year.", "the 2026/27 financial year", "2026-07/2027-06"],
    ["Cafe\u0301 owners said trade was slow before the crop arrives in September.".normalize("NFD"), "September", "2026-09"],
    ["東京 prices for the 2025 crop\nrose in January.", "January", "2026-01"],
  ])("code-point offsets (rules-9): %j", (text, span, value) => {
    expectDateAtCodePoints(text, span, value, "2026-02-26");
  });
});

describe("date suggester, rules-10 (fresh9 as a tuning set)", () => {
  it.each([
    // A comma after a month name ends the date unless a four-digit year follows.
    ["Unemployment fell to 6.2% in the three months to April, 0.8 points lower.", "April", "2026-04", "2026-06-17"],
    ["Floods hit in April, 38 people died.", "April", "2026-04", "2026-06-17"],
    ["Floods hit in April, 8 villages flooded.", "April", "2026-04", "2026-06-17"],
    ["Sales rose in April, 2025.", "April, 2025", "2025-04", "2026-06-17"],
    // A verb of expectation with an object and an infinitive looks ahead.
    ["He wrote that he now expected the Selic to reach 12% by December, down from 12.75%.", "December", "2026-12", "2026-06-17"],
    ["Analysts forecast prices to fall in March.", "March", "2027-03", "2026-06-17"],
    ["Prices fell in March, analysts said.", "March", "2026-03", "2026-06-17"],
    // After a determiner a schedule word is a noun: "the start" is no timetable.
    ["Organisers moved the start forward by 30 minutes on Friday.", "Friday", "2026-04-10", "2026-04-13"],
    ["The race starts on Friday.", "Friday", "2026-04-17", "2026-04-13"],
    // "final", "opening", "closing" months of a year, as "first" and "last".
    ["Hanbit lost ₩412 billion in the final three months of 2025.", "the final three months of 2025", "2025-10/2025-12", "2026-03-05"],
    ["Sales rose in the opening two months of 2026.", "the opening two months of 2026", "2026-01/2026-02", "2026-03-05"],
    // A month reported as past takes no later year from the sentence.
    ["It missed the forecast of early 2027 it had published in March.", "March", "2026-03", "2026-06-17"],
    ["In 2027, the plant will open in March.", "March", "2027-03", "2026-06-17"],
    // A year in a clause that closes before the date is that clause's time.
    [
      "It is the most since the trust was formed in 2004, according to figures published on 10 September.",
      "10 September",
      "2026-09-10",
      "2026-09-24",
    ],
    ["In 2004, the trust was formed on 10 September.", "10 September", "2004-09-10", "2026-09-24"],
    // The base of a comparison lends no year.
    ["Waits rose, up from 4,960 in August 2025, and the trust treated 54% in July.", "July", "2026-07", "2026-09-24"],
    ["In August 2025 the trust treated 54% of patients, and in July it treated 50%.", "July", "2025-07", "2026-09-24"],
    // A week named from a day of the text is that calendar week.
    [
      "It declared an incident on Monday 7 September and stood it down the following week.",
      "the following week",
      "2026-09-14/2026-09-20",
      "2026-09-24",
    ],
    [
      "It declared an incident on Monday 7 September, a week after the previous week's storm.",
      "Monday 7 September",
      "2026-09-07",
      "2026-09-24",
    ],
    ["It declared an incident on Monday 7 September and ended it a week later.", "a week later", "2026-09-14", "2026-09-24"],
    // A passive participle after "be" carries no past of its own.
    ["She is due to be sentenced on Friday.", "Friday", "2026-06-19", "2026-06-17"],
    ["The law will be reviewed in March.", "March", "2027-03", "2026-06-17"],
    ["She was sentenced on Friday.", "Friday", "2026-06-12", "2026-06-17"],
    // A cue past "and"/"but"/"or" is another predicate's verb.
    ["The law took effect in January and will be reviewed in January 2028.", "January", "2026-01", "2026-06-17"],
    ["The man had been released on Monday and would appear in court on Thursday.", "Monday", "2026-06-15", "2026-06-17"],
    ["The man had been released on Monday and would appear in court on Thursday.", "Thursday", "2026-06-18", "2026-06-17"],
    // A cue whose word runs on into the date stands right before it.
    ["The hearing is set for Monday.", "Monday", "2026-06-22", "2026-06-17"],
    ["The vote is scheduled for Friday.", "Friday", "2026-06-19", "2026-06-17"],
    // A deadline extended lies ahead.
    ["The deadline was extended to Oct. 31.", "Oct. 31", "2026-10-31", "2026-06-17"],
    // With no date of the text to count from, "a year earlier" counts from publication.
    ["Exports were 4% higher than a year earlier.", "a year earlier", "2025", "2026-06-17"],
    // "May" after a period ending on it is the month.
    ["Prices in the three months to May were 4% higher.", "May", "2026-05", "2026-06-17"],
    ["Prices in the three months to May were 4% higher than a year earlier.", "a year earlier", "2025-03/2025-05", "2026-06-17"],
    // "earlier/later this year" is one expression wherever it stands.
    ["It said inflation had cooled faster than it had expected earlier this year.", "earlier this year", "2026", "2026-06-17"],
    ["She had finished fourth at the championships earlier this month.", "earlier this month", "2026-06", "2026-06-17"],
    ["Earlier this year, the trust closed a unit.", "Earlier this year", "2026", "2026-06-17"],
    ["The plant will reopen later this month.", "later this month", "2026-06", "2026-06-17"],
    // (rules-10: mid-sentence too, as fresh9 marks it; before, only a sentence's opening kept the adverb.)
    ["The school, earlier this year, hired staff.", "earlier this year", "2026", "2026-06-17"],
  ])("%s → %s = %s (published %s)", (text, span, value, published) => {
    expectDateValue(text, span, value, published);
  });

  it.each([
    ["👍🏽 Jobs fell in the three months to April, 0.8 points lower.", "April", "2026-04", "2026-06-17"],
    ["Cafe\u0301 owners expected trade to recover by December.".normalize("NFD"), "December", "2026-12", "2026-06-17"],
    ["東京 lost ₩4bn in the final three months of 2025.", "the final three months of 2025", "2025-10/2025-12", "2026-03-05"],
    ["It opened on Monday 7 September.\nIt shut the following week.", "the following week", "2026-09-14/2026-09-20", "2026-09-24"],
    ["She won 🥇 earlier this month.", "earlier this month", "2026-09", "2026-09-24"],
    ["東京 prices in the 12 months to May rose.\nThe hearing is set for Monday.", "Monday", "2026-09-28", "2026-09-24"],
    ["👍🏽 Jobs in the 12 months to May rose.", "May", "2026-05", "2026-09-24"],
    ["Cafe\u0301 owners are due to be paid on Friday.".normalize("NFD"), "Friday", "2026-09-25", "2026-09-24"],
    ["東京 law took effect in January\nand will be reviewed in 2028.", "January", "2026-01", "2026-09-24"],
  ])("code-point offsets (rules-10): %j", (text, span, value, published) => {
    expectDateAtCodePoints(text, span, value, published);
  });
});

describe("date suggester (rules-11)", () => {
  it.each([
    // "May" joined to another month by "and"/"to"/"or" is the month, not the modal verb.
    ["An inspection between March and May had found 1.3 million accounts.", "March and May", "2025-03/2025-05", "2025-10-23"],
    ["The survey ran between March and May.", "March and May", "2025-03/2025-05", "2025-10-23"],
    ["Sales fell in April or May, it said.", "May", "2025-05", "2025-10-23"],
  ])("%s → %s = %s (published %s)", (text, span, value, published) => {
    expectDateValue(text, span, value, published);
  });

  it.each([
    // Inside a quotation, "next month", "next week", "last year" and a weekday count from the day the words were said.
    [
      'The governor warned in a speech on Sept. 9: "Firms will hear from us before the end of next month."',
      "the end of next month",
      "2025-10",
      "2025-10-23",
    ],
    ['The governor said on Sept. 9: "We will act next week."', "next week", "2025-09-15/2025-09-21", "2025-10-23"],
    ['The governor said on Sept. 9, 2024: "Prices rose last year."', "last year", "2023", "2025-10-23"],
    ["The collector told farmers last Tuesday that the money would be “in your accounts by Friday”.", "Friday", "2027-01-15", "2027-01-18"],
    // "Two years ago", "Three weeks ago" inside a quotation: counted back from the day the words were said.
    ['The minister said on March 3: "Two years ago, prices were lower."', "Two years ago", "2025", "2027-06-10"],
    ['The minister said on March 3: "Three weeks ago we met."', "Three weeks ago", "2027-02-10", "2027-06-10"],
    // A scheduled event's present verb governs its date, though the sentence ends "…, X said".
    ["The firm must pay within 14 days, and the ban runs until Jan. 20, the regulator said.", "Jan. 20", "2026-01-20", "2025-10-23"],
    // A day after a full date of its sentence takes that date's year.
    ["Hackers entered the database on 2 March 2024 and were detected only on 6 May.", "6 May", "2024-05-06", "2027-06-16"],
    ["The talks opened on Nov. 28, 2024 and closed on Jan. 9.", "Jan. 9", "2025-01-09", "2027-06-16"],
    // A season of one year named with its year is the year, the span keeping "the" and the noun.
    ["Payouts for the 2026 kharif season are late.", "the 2026 kharif season", "2026", "2027-01-18"],
    ["Forecasters expect the 2025 hurricane season to be busy.", "the 2025 hurricane season", "2025", "2025-05-01"],
  ])("%s → %s = %s (published %s)", (text, span, value, published) => {
    expectDateValue(text, span, value, published);
  });

  it.each([
    // "takes effect", "comes into force": a scheduled event's present verb, so its date lies ahead.
    ["The law takes effect on Jan. 1.", "Jan. 1", "2027-01-01", "2026-05-14"],
    ["The rules come into force in March, the ministry said.", "March", "2027-03", "2026-05-14"],
    ["The tariff took effect on Jan. 1.", "Jan. 1", "2026-01-01", "2026-05-14"],
    // "the weekend" follows its sentence's direction, a schedule included.
    ["The ceasefire expires at the weekend.", "the weekend", "2026-05-16/2026-05-17", "2026-05-14"],
    ["Fighting resumed over the weekend.", "the weekend", "2026-05-09/2026-05-10", "2026-05-14"],
    // A half in a sentence of figures: "rise" and "profits" are figures' words too.
    ["Profits would rise in the second half.", "the second half", "2026-07/2026-12", "2026-02-10"],
    // "earlier this week", "later this week": the publication's calendar week, as "this week" is.
    ["The bank raised rates earlier this week.", "earlier this week", "2026-05-11/2026-05-17", "2026-05-14"],
    ["Earlier this week, the index fell.", "Earlier this week", "2026-05-11/2026-05-17", "2026-05-14"],
    ["A vote is expected later this week.", "later this week", "2026-05-11/2026-05-17", "2026-05-14"],
    // A year inside a participle's aside ("introduced in 2019,") frames only that aside.
    ["The ban, introduced in 2019, was lifted in June.", "June", "2026-06", "2026-09-22"],
    ["In 2019, the ban was lifted in June.", "June", "2019-06", "2026-09-22"],
    // "a decade ago", "three decades ago": years before publication, as "20 years ago" is.
    ["The accord was signed a decade ago.", "a decade ago", "2016", "2026-02-10"],
    ["It was founded three decades ago.", "three decades ago", "1996", "2026-02-10"],
  ])("%s → %s = %s (published %s)", (text, span, value, published) => {
    expectDateValue(text, span, value, published);
  });

  it("counts 'the following Monday' after 'Two days later' from the text's dates, not from publication", () => {
    const text =
      "The storm made landfall on Oct. 3, 2025. Two days later, the river burst its banks. By the following Monday, 40,000 people had fled. The government declared an emergency the next day.";
    const dates = suggest(text, "2026-05-14").filter((s) => s.label === "date");
    expect(dates.map((d) => [d.text, d.attributes.value])).toEqual([
      ["Oct. 3, 2025", "2025-10-03"],
      ["Two days later", "2025-10-05"],
      ["the following Monday", "2025-10-06"],
      ["the next day", "2025-10-07"],
    ]);
  });

  it("keeps a half of a match out of the dates", () => {
    expect(suggest("He scored in the second half.", "2026-02-10").filter((s) => s.label === "date")).toEqual([]);
  });

  it("keeps a month after a year-ending full date in the publication's frame", () => {
    // "the year ending March 31, 2027, up from its August forecast": only a day borrows a full date's year.
    const list = suggest(
      "The company now expects profit of ¥690 billion for the year ending March 31, 2027, up from its August forecast.",
      "2026-11-05",
    );
    expect(list.find((d) => d.label === "date" && d.text === "August")?.attributes.value).toBe("2026-08");
  });

  it("keeps the modal 'may' and a person named May out of the dates", () => {
    const list = suggest("Prices may fall in March and may rise again. March and May Chen met.", "2025-10-23").filter(
      (s) => s.label === "date",
    );
    expect(list.map((d) => d.text)).not.toContain("May");
  });

  it.each([
    ["👍🏽 An audit between March and May found errors.", "March and May", "2025-03/2025-05", "2025-10-23"],
    ["Cafe\u0301 sales fell between March and May.".normalize("NFD"), "March and May", "2025-03/2025-05", "2025-10-23"],
    ["東京 checks ran\nbetween March and May.", "March and May", "2025-03/2025-05", "2025-10-23"],
    [
      '👍🏽 Rates rose.\nThe governor said on Sept. 9: "We act before the end of next month."',
      "the end of next month",
      "2025-10",
      "2025-10-23",
    ],
    [
      "Cafe\u0301 owners were told last Tuesday that money would be “paid by Friday”.".normalize("NFD"),
      "Friday",
      "2027-01-15",
      "2027-01-18",
    ],
    ["東京 hackers struck on 2 March 2024 and\nwere found on 6 May.", "6 May", "2024-05-06", "2027-06-16"],
    ["👍🏽 The 東京 ban runs until Jan. 20, the regulator said.", "Jan. 20", "2026-01-20", "2025-10-23"],
    ["Cafe\u0301 payouts for the 2026 kharif season 🌾 are late.".normalize("NFD"), "the 2026 kharif season", "2026", "2027-01-18"],
    ["👍🏽 The 東京 law\ntakes effect on Jan. 1.", "Jan. 1", "2027-01-01", "2026-05-14"],
    ["Cafe\u0301 talks 🕊️ end at the weekend.".normalize("NFD"), "the weekend", "2026-05-16/2026-05-17", "2026-05-14"],
    ["東京 signed it\na decade ago 📜.", "a decade ago", "2016", "2026-02-10"],
    ["👍🏽 Cafe\u0301 rates rose\nearlier this week.".normalize("NFD"), "earlier this week", "2026-05-11/2026-05-17", "2026-05-14"],
    [
      '東京 rates rose.\nThe minister said on March 3: "Cafe\u0301s shut 🍵 three weeks ago."'.normalize("NFD"),
      "three weeks ago",
      "2026-02-10",
      "2026-06-10",
    ],
    ["👍🏽 Cafe\u0301 output fell 3%\nin the 東京 year to March.".normalize("NFD"), "March", "2026-03", "2026-07-16"],
    ["👍🏽 The 東京 ban, introduced in 2019,\nwas lifted by Cafe\u0301 owners in June.".normalize("NFD"), "June", "2026-06", "2026-09-22"],
    ["東京 prices 📈 rose\nin the week to Feb. 22, Cafe\u0301 data show.".normalize("NFD"), "Feb. 22", "2026-02-22", "2026-02-26"],
    [
      "東京 flooded on Oct. 3, 2025 🌊. Two days later it rained.\nBy the following Monday, all had fled.",
      "the following Monday",
      "2025-10-06",
      "2026-05-14",
    ],
  ])("code-point offsets (rules-11): %j", (text, span, value, published) => {
    expectDateAtCodePoints(text, span, value, published);
  });
});
