// Formatting agreement figures. Krippendorff's rule of thumb: ≥ 0.800 reliable,
// ≥ 0.667 tentative, below that doubtful; the same bands colour F1 and kappa here.

export function fmt(x: number | null | undefined, digits = 3): string {
  return x === null || x === undefined ? "—" : x.toFixed(digits);
}

export function tone(x: number | null | undefined): string {
  if (x === null || x === undefined) return "text-slate-400";
  if (x >= 0.8) return "text-emerald-700";
  if (x >= 0.667) return "text-amber-700";
  return "text-rose-700";
}

export function cellTone(x: number | null | undefined): string {
  if (x === null || x === undefined) return "bg-slate-50 text-slate-400";
  if (x >= 0.8) return "bg-emerald-100 text-emerald-900";
  if (x >= 0.667) return "bg-amber-100 text-amber-900";
  return "bg-rose-100 text-rose-900";
}
