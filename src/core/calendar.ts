// The calendar day a moment falls on in the Netherlands, as file names and exports carry it.

const DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** "2026-11-23": the date in Amsterdam (en-CA formats dates as YYYY-MM-DD). */
export function amsterdamDay(date: Date): string {
  return DAY.format(date);
}
