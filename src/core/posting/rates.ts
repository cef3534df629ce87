// Money and hours in a posting: the hourly rate cap ("Het maximale uurtarief bedraagt 75,-",
// "Uurtarief maximaal € 120,-", "Hourly rate max € 95"), what that rate includes, the broker's
// fee, and a minimum of hours per week ("minimaal 16 uur per week").
import { readNumber } from '../numbers';

export const RATE_WORD = /(?:uur)?tarief|uurprijs|hourly rate|\brate\b/i;
const CAP_WORD = /\b(?:max(?:imaal|imale|imum)?\b\.?|ten hoogste|hoogstens|niet hoger dan|niet meer dan|tot een maximum van|at most|not exceed|no more than|up to|cap(?:ped)?)/i;
const NUM = String.raw`(\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d{1,4}(?:[.,]\d{1,2})?)`;
// An amount must show it is money (€, EUR, euro or ",-"), unless the key already said so.
const MONEY = new RegExp(String.raw`(?:€|\bEUR\b|\beuro\b)\s*${NUM}(?:\s*,-)?|${NUM}\s*(?:,-|\s*(?:euro|EUR)\b)`, 'i');
const BARE = new RegExp(String.raw`(?<![\d.,])${NUM}(?![\d%])`);

function amountOf(m: RegExpExecArray | null): number | undefined {
  const raw = m ? (m[1] ?? m[2]) : undefined;
  if (raw === undefined) return undefined;
  const read = readNumber(raw);
  return read.ok ? read.value : undefined;
}

export interface RateCap {
  max: number;
  /** Whether the text said "maximum" (or similar); a bare "Uurtarief € 95" did not. */
  capWord: boolean;
}

/**
 * The rate cap a text states. `keyIsRate` is set for a header value whose key already names the
 * rate ("Maximaal uurtarief"), so a bare number counts and the cap word may come from the key.
 */
export function findRateCap(text: string, keyIsRate = false): RateCap | undefined {
  const rateAt = keyIsRate ? 0 : text.search(RATE_WORD);
  if (rateAt < 0) return undefined;
  const capWord = CAP_WORD.test(text);
  if (!keyIsRate && !capWord) return undefined;
  const after = text.slice(rateAt);
  const max = amountOf(MONEY.exec(after)) ?? (keyIsRate ? amountOf(BARE.exec(after)) : undefined);
  return max === undefined || max <= 0 ? undefined : { max, capWord };
}

const MIN_HOURS = /\b(?:minimaal|minimum(?: of)?|ten ?minste|at least|min\.)\s*(\d{1,2})\s*(?:uur|uren|hours?)\b[^.;]{0,30}?(?:per week|p\/w|\/week|a week|weekly|per wk)/i;

/** A minimum of hours per week ("Beschikbaar voor minimaal 16 uur per week"). */
export function findMinHours(text: string): number | undefined {
  const m = MIN_HOURS.exec(text);
  return m ? Number(m[1]) : undefined;
}

const INCLUDES: Array<[string, RegExp]> = [
  ['reiskosten', /reiskosten|reistijd|kilometer|woon-werk|travel/i],
  ['parkeerkosten', /parkeer|parking/i],
  ['fee', /\bfee\b|bemiddeling|broker|platform/i],
  ['onkosten', /onkosten|verblijfkosten|expenses/i],
  ['btw', /\bbtw\b|\bvat\b/i],
];

/** What a rate includes, from the words after "inclusief"/"incl."/"including" up to "excl…". */
export function rateIncludes(text: string): string[] | undefined {
  const at = text.search(/\bincl(?:usief|uding|usive|\.|\b)/i);
  if (at < 0) return undefined;
  const segment = text.slice(at).split(/\bexcl/i)[0] ?? '';
  const found = INCLUDES.filter(([, re]) => re.test(segment)).map(([name]) => name);
  return found.length > 0 ? found : undefined;
}

export type FeeFound = { kind: 'amount'; perHour: number } | { kind: 'none' } | { kind: 'percent'; percent: number };

export const FEE_WORD = /fee\b|bemiddelingskosten|bemiddelingsvergoeding|platformvergoeding|broker/i;
const PER_HOUR = new RegExp(String.raw`(?:€|\bEUR\b)\s*${NUM}(?:\s*,-)?\s*(?:per\s+(?:gewerkt|gefactureerd|declarabel)\s+uur|per\s+uur|p\/u|\/\s*uur|per\s+(?:worked\s+|billed\s+)?hour)`, 'i');

/**
 * The broker's fee as a text states it: "geen fee" is 0, "€ 2,25 per gewerkt uur" is 2.25.
 * Inside a fee section ("Fee Flextender") the text need not name the fee again.
 */
export function findFee(text: string, inFeeSection = false): FeeFound | undefined {
  if (!inFeeSection && !FEE_WORD.test(text)) return undefined;
  const none = inFeeSection
    ? /\bgeen\b[^.]{0,30}?(?:fee|kosten|vergoeding)\b|\bno\b[^.]{0,20}?\b(?:fee|charge)|free of charge|kosteloos/i
    : /\bgeen\s+(?:\w+\s+)?(?:\w*fee|bemiddelingskosten|bemiddelingsvergoeding|platformvergoeding)\b|\bno\s+(?:\w+\s+)?fee\b/i;
  if (none.test(text)) return { kind: 'none' };
  const perHour = amountOf(PER_HOUR.exec(text));
  if (perHour !== undefined) return { kind: 'amount', perHour };
  const percent = /(\d+(?:[.,]\d+)?)\s*%/.exec(text);
  return percent ? { kind: 'percent', percent: Number((percent[1] ?? '').replace(',', '.')) } : undefined;
}

/** "€ 75" or "€ 92,50", the way a Dutch consultant writes an amount. */
export function euro(amount: number): string {
  return Number.isInteger(amount) ? `€ ${amount}` : `€ ${amount.toFixed(2).replace('.', ',')}`;
}
