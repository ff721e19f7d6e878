// One readable date format for the whole UI: "14 Jul 2019", with the time where the stored
// value has one ("14 Jul 2019, 17:10 +09:00"; stored UTC instants read "… UTC"). Shown in the
// value's own offset, never the viewer's, so server and browser render the same text. Pure.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** The display text for a stored date or date-time; anything unrecognised is returned as is. */
export function formatDate(value: string): string {
  const m = PATTERN.exec(value.trim());
  if (!m) return value;
  const [, y, mo, d, hh, mm, zone] = m;
  if (y === undefined) return value; // the year group is not optional: a match has it
  const month = mo ? MONTHS[Number(mo) - 1] : undefined;
  if (mo && !month) return value;
  const day = d ? `${Number(d)} ` : "";
  const date = month ? `${day}${month} ${y}` : y;
  if (!hh) return date;
  const offset =
    zone === undefined
      ? ""
      : zone === "Z" || /^[+-]00:?00$/.test(zone)
        ? " UTC"
        : ` ${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
  return `${date}, ${hh}:${mm}${offset}`;
}
