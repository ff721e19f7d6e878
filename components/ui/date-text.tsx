import { formatDate } from "@/lib/domain/dates/date-display";

/** A date in the UI's one format; the stored value on hover and in the machine-readable attribute. */
export function DateText({ value, className }: { value: string | null | undefined; className?: string }) {
  if (!value) return <span className={className}>undated</span>;
  return (
    <time dateTime={value} title={value} className={className}>
      {formatDate(value)}
    </time>
  );
}
