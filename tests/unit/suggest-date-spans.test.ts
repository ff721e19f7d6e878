import { describe, expect, it } from "vitest";
import { seasonYear } from "@/lib/domain/dates/seasons";
import { codePointSlice, suggest } from "./suggest-support";

// Span boundaries and recall of the date suggester (lib/domain/suggest/date-spans.ts,
// bare-years.ts, seasons.ts). Article date 2019-11-20, a Wednesday.
const dates = (text: string) => suggest(text).filter((s) => s.label === "date");
const pairs = (text: string) => dates(text).map((d) => [d.text, d.attributes.value ?? null]);

describe("date spans: what belongs to the span", () => {
  it.each([
    // "early"/"mid-"/"late" narrow a month, year, season or week and are marked with it
    ["The vote is expected early next year.", [["early next year", "2020"]]],
    ["Prices fell late last year.", [["late last year", "2018"]]],
    ["The plant closed in mid-December.", [["mid-December", "2019-12"]]],
    ["Talks resumed in late March.", [["late March", "2019-03"]]],
    ["The rule took effect earlier this month.", [["earlier this month", "2019-11"]]],
    ["Exports grew earlier this year.", [["earlier this year", "2019"]]],
    // before a day they tell the time of day, which is not marked
    ["He said late Tuesday that he would resign.", [["Tuesday", "2019-11-19"]]],
    ["Earlier on Thursday, the ministry said so.", [["Thursday", "2019-11-14"]]],
    // times of day stay out
    ["The council voted on Wednesday night to raise fares.", [["Wednesday", "2019-11-20"]]],
    ["Police arrived at 3 p.m. on Tuesday.", [["Tuesday", "2019-11-19"]]],
    ["The blast happened at about 10:30 a.m. Friday.", [["Friday", "2019-11-15"]]],
    ["The deadline passed at midnight on Sunday.", [["Sunday", "2019-11-17"]]],
    ["He spoke on Tuesday evening local time.", [["Tuesday", "2019-11-19"]]],
    ["17:10 July 14, 2019", [["July 14, 2019", "2019-07-14"]]],
    // possessives and quotes
    ["Tuesday's vote was close.", [["Tuesday", "2019-11-19"]]],
    ["Last week's vote was annulled.", [["Last week", "2019-11-13"]]],
    ['"We will meet on Friday," he said.', [["Friday", "2019-11-22"]]],
    ["She resigned this week.", [["this week", "2019-11-20"]]],
    ["It will end on Nov. 5 next year.", [["Nov. 5 next year", "2020-11-05"]]],
    // "the end of" narrows like "late", and the phrase keeps its article; the value is what it is part of
    ["The plant will close by the end of 2025.", [["the end of 2025", "2025"]]],
    ["The plant will close by end-2025.", [["end-2025", "2025"]]],
    ["The law takes effect at the end of March.", [["the end of March", "2020-03"]]],
    ["It will end at the end of next year.", [["the end of next year", "2020"]]],
    ["Prices will rise by the end of the year.", [["the end of the year", "2019"]]],
    ["It hit bottom at the end of the month.", [["the end of the month", "2019-11"]]],
    ["The bill, passed on Friday, now goes to the Senate.", [["Friday", "2019-11-15"]]],
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("date spans: ranges are their two ends", () => {
  it.each([
    ["The festival ran from March 3 to 5.", [["March 3", "2019-03-03"], ["5", "2019-03-05"]]],
    ["The fair ran March 3-5.", [["March 3", "2019-03-03"], ["5", "2019-03-05"]]],
    ["The show ran from March 3 to March 5.", [["March 3", "2019-03-03"], ["March 5", "2019-03-05"]]],
    ["The shop was open Monday through Friday.", [["Monday", "2019-11-18"], ["Friday", "2019-11-22"]]],
    ["The festival ran from Dec. 28 to Jan. 3.", [["Dec. 28", "2018-12-28"], ["Jan. 3", "2019-01-03"]]],
    ["He served from 2010 to 2015.", [["2010", "2010"], ["2015", "2015"]]],
    ["Talks are set for Jan. 20-21 in Geneva.", [["Jan. 20", "2020-01-20"], ["21", "2020-01-21"]]],
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("date spans: seasons and dates resolved from the one before", () => {
  it.each([
    ["Officials expect it to reach 22,000 by next summer.", [["next summer", "2020"]]],
    ["The dam was built in the summer of 2015.", [["the summer of 2015", "2015"]]],
    ["Sales fell last winter.", [["last winter", "2018"]]],
    ["It was founded in 2010. A year later it failed.", [["2010", "2010"], ["A year later", "2011"]]],
    ["The pact was signed on May 5. The same day, protests began.", [["May 5", "2019-05-05"], ["The same day", "2019-05-05"]]],
    ["The strike began Monday. Later that day, police arrived.", [["Monday", "2019-11-18"], ["that day", "2019-11-18"]]],
    ["The law passed in March. Later that year, it was repealed.", [["March", "2019-03"], ["Later that year", "2019"]]],
    ["It began on May 5. The year before, sales fell.", [["May 5", "2019-05-05"], ["The year before", "2018"]]],
    // with no date before it, a step back counts from publication; a step forward has nothing to count from
    ["The deal was signed the day before.", [["the day before", "2019-11-19"]]],
    ["Two days later, he resigned.", [["Two days later", null]]],
    ["It began on May 5. The month after, it ended.", [["May 5", "2019-05-05"], ["The month after", "2019-06"]]],
    ["It began on May 5. The day after the vote, protests erupted.", [["May 5", "2019-05-05"]]],
    ["The minister arrives on Thursday (Nov. 21) for talks.", [["Thursday", "2019-11-21"], ["Nov. 21", "2019-11-21"]]],
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    // [season, which, reference, year]
    ["summer", "next", new Date(2022, 8, 8, 12), 2023],
    ["summer", "next", new Date(2019, 2, 1, 12), 2019],
    ["summer", "last", new Date(2022, 8, 8, 12), 2022],
    ["summer", "last", new Date(2022, 6, 8, 12), 2021],
    ["winter", "last", new Date(2019, 10, 20, 12), 2018],
    ["winter", "this", new Date(2020, 0, 15, 12), 2019],
    ["spring", "this", new Date(2019, 10, 20, 12), 2019],
  ] as const)("%s %s from %s is %i", (season, which, ref, year) => {
    expect(seasonYear(season, which, ref)).toBe(year);
  });
});

describe("date spans: years alone, and numbers that are not years", () => {
  it.each([
    ["The 2020 elections were close.", [["2020", "2020"]]],
    ["Its 2019 rules were strict.", [["2019", "2019"]]],
    ["The firm hired 2000 people.", []],
    ["The route is 2000 km long.", []],
    ["He took flight 2019 to Paris.", []],
    ["The company cut 2019 jobs.", []],
    ["Nearly 1900 attended.", []],
    ["It stems from its 1910-45 colonization.", []],
    ["It ruled in 1910-1945.", []],
    ["Earlier in the day, markets fell.", []],
    ["That day will come.", []],
    ["A day after the vote, protests erupted.", []],
    ["Memories of 9/11 linger.", []],
    ["The Sun reported that the deal was off.", []],
    ["The Sunday Times reported the deal.", []],
    ["The Mail on Sunday said so.", []],
    ["Voters head to the polls on Super Tuesday.", []],
    ["Shoppers flocked to stores on Black Friday.", []],
    ["June Carter said the plan failed.", []],
    ["Reporter April Ryan asked the question.", []],
    ["In June Abe visited Washington.", [["June", "2019-06"]]],
    ["June saw a rebound.", [["June", "2019-06"]]],
    ["The report was released this morning.", []],
  ])("%s", (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe("date spans: code-point offsets with emoji, combining marks, CJK and line breaks", () => {
  it.each([
    ["👍🏽 The vote is expected early next year.", ["early next year"]],
    ["Zoe\u0308 said the plant closed in mid-December.", ["mid-December"]],
    ["東京（共同）The council voted on Wednesday night.", ["Wednesday"]],
    ["🇯🇵 The festival ran from March 3\nto 5.", ["March 3", "5"]],
    ["Prices fell\nlate last year, 日本 said.", ["late last year"]],
  ])("%j", (text, spans) => {
    const list = dates(text);
    expect(list.map((d) => d.text)).toEqual(spans);
    for (const d of list) expect(codePointSlice(text, d)).toBe(d.text);
  });
});
