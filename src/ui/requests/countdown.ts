// The deadline countdown shown beside each request.
export type Countdown = { kind: 'none' } | { kind: 'past' } | { kind: 'left'; days: number; hours: number; minutes: number };

export function countdown(deadline: string | undefined, now: Date): Countdown {
  if (!deadline) return { kind: 'none' };
  const end = Date.parse(deadline);
  if (Number.isNaN(end)) return { kind: 'none' };
  const ms = end - now.getTime();
  if (ms <= 0) return { kind: 'past' };
  const minutesTotal = Math.floor(ms / 60_000);
  return { kind: 'left', days: Math.floor(minutesTotal / 1440), hours: Math.floor((minutesTotal % 1440) / 60), minutes: minutesTotal % 60 };
}
