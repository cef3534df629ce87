// Turns the list sections into the request's knock-outs, criteria, competencies and offer
// requirements, with deterministic ids (ko1, cr1, cp1 …) in text order.
import type { Competency, Criterion, KnockOut, PostingWarning } from '../model';
import { splitItems } from './items';
import { extractPoints } from './points';
import { findMinHours, findRateCap } from './rates';
import { collapse, joinWrapped, splitSentences, tidyItem, type SourceLine } from './text';
import { postingWarning } from './warnings';

export function knockOutsOf(lines: SourceLine[]): KnockOut[] {
  return splitItems(lines, { points: false }).map((item, i) => {
    const text = tidyItem(item.text);
    const knockOut: KnockOut = { id: `ko${i + 1}`, text };
    const cap = findRateCap(text);
    const minHours = cap ? undefined : findMinHours(text);
    if (cap) knockOut.rule = { kind: 'max-rate', max: cap.max };
    else if (minHours !== undefined) knockOut.rule = { kind: 'min-hours', min: minHours };
    return knockOut;
  });
}

export function criteriaOf(lines: SourceLine[], warnings: PostingWarning[]): Criterion[] {
  const criteria = splitItems(lines, { points: true }).map((item, i): Criterion => {
    const inline = extractPoints(item.text);
    const text = tidyItem(inline?.text ?? item.text);
    const points = item.points ?? inline?.points;
    const id = `cr${i + 1}`;
    if (points === undefined) warnings.push(postingWarning('criterion-no-points', `criteria.${id}`, { position: i + 1, text: short(text) }));
    return { id, text, maxPoints: points ?? 0 };
  });
  const total = criteria.reduce((sum, c) => sum + c.maxPoints, 0);
  if (criteria.length > 0 && Math.abs(total - 100) > 1e-9) {
    warnings.push(postingWarning('points-total', 'criteria', { total: Math.round(total * 100) / 100 }));
  }
  return criteria;
}

const COMPETENCY_SPLIT = /^(.{2,60}?)\s*(?::|\s[–—-]\s)\s*(.+)$/u;

export function competenciesOf(lines: SourceLine[]): Competency[] {
  const nonEmpty = lines.filter((l) => l.text !== '');
  // "Competenties: Zelfstandig, Communicatief, Flexibel" on one line.
  const only = nonEmpty[0];
  const names =
    nonEmpty.length === 1 && only && only.text.includes(',') && !/[:.]/.test(only.text)
      ? only.text.split(/,|\sen\s|\sand\s/).map((n) => n.trim())
      : splitItems(lines, { points: false }).map((item) => collapse(item.text));
  return names
    .filter((n) => n !== '')
    .map((text, i) => {
      const m = COMPETENCY_SPLIT.exec(text);
      const competency: Competency = { id: `cp${i + 1}`, name: tidyItem(m?.[1] ?? text) };
      const description = m?.[2]?.trim();
      if (description) competency.description = description;
      return competency;
    });
}

/** Offer requirements: the section's list items, or else its sentences. */
export function offerRequirementsOf(lines: SourceLine[]): string[] {
  const hasMarkers = lines.some((l) => /^(\d{1,2}[.)]|[•*·▪–-])\s*\S/.test(l.text));
  const parts = hasMarkers
    ? splitItems(lines, { points: false }).map((i) => i.text)
    : splitSentences(joinWrapped(lines.map((l) => l.text)));
  return parts.map(tidyItem).filter((p) => p !== '');
}

function short(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}…` : text;
}
