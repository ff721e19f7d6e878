import { afterEach, describe, expect, it } from "vitest";
import { normalizeDateMention, parseLocalDate } from "@/lib/domain/dates/relative-dates";

// [mention, publishedAt, expected]: the demo corpus's date phrases against their articles'
// publication dates (manifest.json), then edge cases.
const CORPUS: [string, string, string | null][] = [
  // 000: published Thursday 2019-07-11 (date only)
  ["Thursday", "2019-07-11", "2019-07-11"],
  ["Earlier on Thursday", "2019-07-11", "2019-07-11"],
  ["Last week", "2019-07-11", "2019-07-04"],
  ["last week", "2019-07-11", "2019-07-04"],
  ["Last month", "2019-07-11", "2019-06"],
  ["on Wednesday", "2019-07-11", "2019-07-10"],
  ["on Friday", "2019-07-11", "2019-07-12"], // talks announced for the next day
  ["2013", "2019-07-11", "2013"],
  ["in 2013", "2019-07-11", "2013"],
  ["1965", "2019-07-11", "1965"],
  // 001: published Sunday 2019-07-14 17:10 KST (UTC date would still be the 14th, but 08:10)
  ["17:10 July 14, 2019", "2019-07-14T17:10:00+09:00", "2019-07-14"],
  ["July 14", "2019-07-14T17:10:00+09:00", "2019-07-14"],
  ["Saturday", "2019-07-14T17:10:00+09:00", "2019-07-13"],
  ["July 4", "2019-07-14T17:10:00+09:00", "2019-07-04"],
  ["last year", "2019-07-14T17:10:00+09:00", "2018"],
  ["last year's", "2019-07-14T17:10:00+09:00", "2018"],
  ["July 13, 2019", "2019-07-14T17:10:00+09:00", "2019-07-13"],
  // 002: published Wednesday 2019-08-14
  ["Aug. 2, 2019", "2019-08-14", "2019-08-02"],
  ["Wednesday", "2019-08-14", "2019-08-14"],
  ["earlier this month", "2019-08-14", "2019-08"],
  ["Friday", "2019-08-14", "2019-08-16"],
  ["Saturday", "2019-08-14", "2019-08-17"],
  ["in February", "2019-08-14", "2019-02"], // chrono alone picks the closer February 2020
  ["June", "2019-08-14", "2019-06"],
  ["Thursday", "2019-08-14", "2019-08-15"], // Liberation Day, the day after publication
  ["Aug. 24", "2019-08-14", "2019-08-24"], // a deadline ten days ahead stays ahead
  ["1951", "2019-08-14", "1951"],
  // 003: published Wednesday 2021-04-07 11:28 KST, Washington dateline April 6
  ["11:28 April 07, 2021", "2021-04-07T11:28:00+09:00", "2021-04-07"],
  ["April 6", "2021-04-07T11:28:00+09:00", "2021-04-06"],
  ["Tuesday", "2021-04-07T11:28:00+09:00", "2021-04-06"],
  ["mid-2019", "2021-04-07T11:28:00+09:00", "2019"],
  ["March 1", "2021-04-07T11:28:00+09:00", "2021-03-01"],
  // 004: published Tuesday 2020-03-10
  ["Tuesday", "2020-03-10", "2020-03-10"],
  ["mid-December", "2020-03-10", "2019-12"],
  ["October 2018", "2020-03-10", "2018-10"],
  ["since October 2018", "2020-03-10", "2018-10"],
  ["July 2019", "2020-03-10", "2019-07"],
  ["August 2019", "2020-03-10", "2019-08"],
  ["in 2018", "2020-03-10", "2018"],
];

const EDGES: [string, string | null, string | null, string][] = [
  ["Friday", "2019-07-12T00:30:00+14:00", "2019-07-12", "the article's local day, not its UTC day (07-11)"],
  ["Thursday", "2019-07-11T23:30:00-05:00", "2019-07-11", "the article's local day, not its UTC day (07-12)"],
  ["yesterday", "2019-07-14T17:10:00+09:00", "2019-07-13", "relative day"],
  ["July 13, 2019", null, "2019-07-13", "absolute dates need no anchor"],
  ["2018", null, "2018", "a bare year needs no anchor"],
  ["last week", null, null, "relative text without an anchor"],
  ["Thursday", null, null, "weekday without an anchor"],
  ["Thursday", "not a date", null, "unusable anchor counts as none"],
  ["the following month", "2020-03-10", null, "anchored on another mention, not on publication"],
  ["later this week", "2019-08-14", null, "no certain component"],
  ["World War II", "2019-07-11", null, "not a date chrono knows"],
  ["1910-45", "2019-07-14", null, "a range of years is not one date"],
  ["100 million won", "2019-07-11", null, "a number is not a year"],
];

describe("normalizeDateMention", () => {
  it.each(CORPUS)("%s (published %s) → %s", (text, publishedAt, expected) => {
    expect(normalizeDateMention(text, publishedAt)).toBe(expected);
  });

  it.each(EDGES)("%s (published %s) → %s: %s", (text, publishedAt, expected) => {
    expect(normalizeDateMention(text, publishedAt)).toBe(expected);
  });

  describe("does not depend on the machine's time zone", () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });
    // [zone, its offset in July 2019 as getTimezoneOffset reports it]
    it.each([
      ["Pacific/Kiritimati", -840],
      ["America/Los_Angeles", 420],
      ["Asia/Seoul", -540],
      ["UTC", 0],
    ])("%s", (tz, offset) => {
      process.env.TZ = tz;
      expect(new Date(2019, 6, 14, 12).getTimezoneOffset(), "the zone switch took effect").toBe(offset);
      for (const [text, publishedAt, expected] of CORPUS) {
        expect(normalizeDateMention(text, publishedAt), `${text} @ ${publishedAt}`).toBe(expected);
      }
    });
  });
});

describe("parseLocalDate", () => {
  it.each([
    ["2019-07-14T17:10:00+09:00", "2019-07-14"],
    ["2019-07-11", "2019-07-11"],
    ["2019-02-30", null],
    ["July 14", null],
  ])("%s → %s", (iso, expected) => {
    const d = parseLocalDate(iso);
    const local = d && `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    expect(local).toBe(expected);
  });
});
