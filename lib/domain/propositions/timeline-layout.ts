// Geometry of a proposition's timeline: one row per perspective, one column per publication
// day, a dot per mention. Pure; the component only draws what this returns.
//
// The x axis is ordinal (publication days evenly spaced, the gap between neighbours written
// on the axis) rather than linear: the demo's mentions sit on 2019-07-11, 07-14, 08-14,
// 2020-03-10 and 2021-04-07, and a linear scale would crush the first three into 5% of the
// width. Undated mentions get a last column of their own.
import { orderPerspectives } from "./proposition-overview";

export interface TimelineItem {
  id: string;
  perspective: string;
  /** YYYY-MM-DD or a date-time with offset, as stored; the source's own calendar day is used. */
  publishedAt: string | null;
}

export interface TimelineColumn {
  key: string; // YYYY-MM-DD or "undated"
  x: number;
  /** Time since the previous dated column, e.g. "3 days", "7 months"; null for the first. */
  gapLabel: string | null;
}

export interface TimelinePoint {
  id: string;
  x: number;
  y: number;
  column: string;
  row: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  rows: { perspective: string; y: number }[];
  columns: TimelineColumn[];
  points: TimelinePoint[];
  plot: { left: number; right: number; top: number; bottom: number };
}

export interface TimelineOptions {
  width?: number;
  rowHeight?: number;
  left?: number;
  right?: number;
  top?: number;
  bottom?: number;
  /** Horizontal distance between dots that share a day and a perspective. */
  spread?: number;
}

export function layoutTimeline(items: readonly TimelineItem[], options: TimelineOptions = {}): TimelineLayout {
  const { width = 760, rowHeight = 46, left = 120, right = 40, top = 16, bottom = 54, spread = 16 } = options;
  const perspectives = orderPerspectives(items.map((i) => i.perspective));
  const days = [...new Set(items.map((i) => dayOf(i.publishedAt)))].sort(compareDays);
  const plotWidth = width - left - right;
  const step = days.length > 1 ? plotWidth / (days.length - 1) : 0;
  const columns: TimelineColumn[] = days.map((key, i) => {
    const previous = days[i - 1];
    return {
      key,
      x: days.length > 1 ? left + i * step : left + plotWidth / 2,
      gapLabel: previous !== undefined && key !== "undated" && previous !== "undated" ? describeGap(previous, key) : null,
    };
  });
  const rows = perspectives.map((perspective, i) => ({ perspective, y: top + rowHeight / 2 + i * rowHeight }));
  const xOf = new Map(columns.map((c) => [c.key, c.x]));
  const yOf = new Map(rows.map((r) => [r.perspective, r.y]));

  const cells = new Map<string, TimelineItem[]>();
  for (const item of items) {
    const key = `${item.perspective}|${dayOf(item.publishedAt)}`;
    const cell = cells.get(key);
    if (cell) cell.push(item);
    else cells.set(key, [item]);
  }
  const points: TimelinePoint[] = [];
  for (const cell of cells.values()) {
    cell.forEach((item, i) => {
      const column = dayOf(item.publishedAt);
      const offset = (i - (cell.length - 1) / 2) * spread;
      points.push({ id: item.id, x: xOf.get(column)! + offset, y: yOf.get(item.perspective)!, column, row: item.perspective });
    });
  }
  const height = top + rows.length * rowHeight + bottom;
  return { width, height, rows, columns, points, plot: { left, right: width - right, top, bottom: top + rows.length * rowHeight } };
}

export function dayOf(publishedAt: string | null): string {
  return publishedAt && /^\d{4}-\d{2}-\d{2}/.test(publishedAt) ? publishedAt.slice(0, 10) : "undated";
}

function compareDays(a: string, b: string): number {
  if (a === b) return 0;
  if (a === "undated") return 1;
  if (b === "undated") return -1;
  return a < b ? -1 : 1;
}

const DAY_MS = 86_400_000;

/** "same day", "3 days", "1 month", "7 months", "1 year 1 month": calendar-aware, rounded down. */
export function describeGap(fromDay: string, toDay: string): string {
  const a = new Date(`${fromDay}T00:00:00Z`);
  const b = new Date(`${toDay}T00:00:00Z`);
  const days = Math.round((b.getTime() - a.getTime()) / DAY_MS);
  if (days <= 0) return "same day";
  let months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + (b.getUTCMonth() - a.getUTCMonth());
  if (b.getUTCDate() < a.getUTCDate()) months -= 1;
  if (months < 1) return days < 14 ? plural(days, "day") : plural(Math.floor(days / 7), "week");
  const years = Math.floor(months / 12);
  const rest = months % 12;
  if (years === 0) return plural(months, "month");
  return rest ? `${plural(years, "year")} ${plural(rest, "month")}` : plural(years, "year");
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
