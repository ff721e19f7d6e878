import { describe, expect, it } from "vitest";
import { formatDate } from "@/lib/domain/dates/date-display";

describe("formatDate", () => {
  it.each([
    ["2019-07-14", "14 Jul 2019"],
    ["2019-07", "Jul 2019"],
    ["2019", "2019"],
    ["2019-07-14T17:10:00+09:00", "14 Jul 2019, 17:10 +09:00"],
    ["2019-07-14T17:10+0900", "14 Jul 2019, 17:10 +09:00"],
    ["2026-12-02T19:23:19.123Z", "2 Dec 2026, 19:23 UTC"],
    ["2019-07-14T08:00:00", "14 Jul 2019, 08:00"],
    ["2019-13-01", "2019-13-01"],
    ["July 4th", "July 4th"],
  ])("%s → %s", (input, expected) => expect(formatDate(input)).toBe(expected));
});
