// The geometry of the totals chart, apart from the SVG: where the cut-off lies, how long each bar
// is, and which rows fit. Plain data in, plain data out, so it is tested without a browser.
import type { Standing, StandingStatus } from '../../core';

/** More rows than this and the chart stops being readable; the rest is counted, not drawn. */
export const MAX_ROWS = 60;

// Sized for the panel beside the grid (about 440 px), where it is drawn at its own scale.
export const LAYOUT = {
  width: 440,
  labelWidth: 132,
  valueWidth: 100,
  rowHeight: 20,
  barHeight: 13,
  top: 28,
  bottom: 24,
} as const;

export const BAR_AREA = LAYOUT.width - LAYOUT.labelWidth - LAYOUT.valueWidth;

/** About as many characters of a name as the label column holds. */
const LABEL_CHARS = 19;

export interface ChartRow {
  candidateId: string;
  name: string;
  label: string;
  total: number;
  tone: StandingStatus;
  /** Bar length in SVG units. */
  length: number;
  y: number;
}

export interface ChartModel {
  rows: ChartRow[];
  /** Candidates left out beyond MAX_ROWS. */
  hidden: number;
  /** The total of the candidate at position N among the ranked; null when fewer than N are ranked. */
  cutoff: number | null;
  /** x of the cut-off line, or null. */
  cutoffX: number | null;
  scale: number;
  ticks: { value: number; x: number }[];
  height: number;
}

/**
 * The cut-off is the total of the N-th ranked candidate (standings come ranked first). With fewer
 * ranked candidates than places there is no cut-off: everyone still in the race is shortlisted.
 */
export function cutoffTotal(standings: readonly Standing[], shortlistSize: number): number | null {
  if (!Number.isInteger(shortlistSize) || shortlistSize < 1) return null;
  const ranked = standings.filter((s) => s.rank !== null);
  return ranked[shortlistSize - 1]?.total ?? null;
}

/** The value a full bar stands for: the request's points, or more if a total ever exceeds them. */
export function scaleFor(standings: readonly Standing[], maxPoints: number): number {
  const highest = standings.reduce((max, s) => Math.max(max, s.total), 0);
  const scale = Math.max(Number.isFinite(maxPoints) ? maxPoints : 0, highest);
  return scale > 0 ? scale : 1;
}

export function barLength(total: number, scale: number, area: number = BAR_AREA): number {
  const fraction = Math.min(Math.max(total / scale, 0), 1);
  return Math.round(fraction * area * 10) / 10;
}

export function visibleRows<T>(items: readonly T[], limit: number = MAX_ROWS): { shown: T[]; hidden: number } {
  return { shown: items.slice(0, limit), hidden: Math.max(items.length - limit, 0) };
}

/** Shortens a name to fit the label column; the full name stays in the tooltip and the list. */
export function truncate(name: string, max = 24): string {
  const chars = [...name.trim()];
  return chars.length <= max ? chars.join('') : chars.slice(0, max - 1).join('').trimEnd() + '…';
}

/** Round steps for the grid lines: about four to six of them, at values people read easily. */
export function ticksFor(scale: number): number[] {
  const steps = [1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
  const step = steps.find((s) => scale / s <= 5) ?? Math.ceil(scale / 5);
  const ticks: number[] = [];
  for (let v = 0; v <= scale + 1e-9; v += step) ticks.push(Math.round(v * 100) / 100);
  return ticks;
}

export function chartModel(standings: readonly Standing[], names: Record<string, string>, shortlistSize: number, maxPoints: number): ChartModel {
  const scale = scaleFor(standings, maxPoints);
  const { shown, hidden } = visibleRows(standings);
  const cutoff = cutoffTotal(standings, shortlistSize);
  const rows = shown.map((s, i) => {
    const name = names[s.candidateId]?.trim() || '—';
    return {
      candidateId: s.candidateId,
      name,
      label: truncate(name, LABEL_CHARS),
      total: s.total,
      tone: s.status,
      length: barLength(s.total, scale),
      y: LAYOUT.top + i * LAYOUT.rowHeight,
    };
  });
  return {
    rows,
    hidden,
    cutoff,
    cutoffX: cutoff === null ? null : LAYOUT.labelWidth + barLength(cutoff, scale),
    scale,
    ticks: ticksFor(scale).map((value) => ({ value, x: LAYOUT.labelWidth + barLength(value, scale) })),
    height: LAYOUT.top + rows.length * LAYOUT.rowHeight + LAYOUT.bottom,
  };
}
