// The money side of a request: the maximum hourly rate and what it includes, the broker's fee,
// and the rule that a rate cap always eliminates (PRODUCT §7): when no listed knock-out states
// the cap, one is added after the listed ones.
import type { KnockOut, PostingWarning, Request } from '../model';
import type { Fields } from './fields';
import { euro, FEE_WORD, findFee, findRateCap, RATE_WORD, rateIncludes } from './rates';
import { excerpt, splitSentences } from './text';
import { postingWarning } from './warnings';

export type PayPart = Pick<Request, 'maxRate' | 'maxRateIncludes' | 'brokerFee'>;

interface CapSource {
  max: number;
  text: string;
  /** Where the cap was read: a header field (its label as written), a knock-out, or a sentence. */
  from: { kind: 'header'; label: string } | { kind: 'knockOut' } | { kind: 'sentence'; sentence: string };
}

function capFromHeader(fields: Fields, warnings: PostingWarning[]): CapSource | undefined {
  const field = fields.maxRate;
  if (!field) return undefined;
  const cap = findRateCap(field.value, true);
  if (!cap) return undefined;
  if (!cap.capWord && !/max|maximum/i.test(field.label)) {
    warnings.push(postingWarning('rate-not-called-maximum', 'maxRate', { label: field.label, text: field.value, max: cap.max }));
  }
  return { max: cap.max, text: field.value, from: { kind: 'header', label: field.label } };
}

function capFromBody(texts: string[]): CapSource | undefined {
  for (const sentence of texts.filter((t) => RATE_WORD.test(t)).flatMap(splitSentences)) {
    const cap = findRateCap(sentence);
    if (cap) return { max: cap.max, text: sentence, from: { kind: 'sentence', sentence: excerpt(sentence) } };
  }
  return undefined;
}

/**
 * Settles maxRate against the knock-outs: the header wins over a knock-out, which wins over a
 * sentence in the body (`texts`: its paragraphs); disagreements and an added knock-out are warned about.
 */
export function payOf(
  fields: Fields,
  knockOuts: KnockOut[],
  texts: string[],
  feeText: string,
  warnings: PostingWarning[],
  english = false,
): PayPart {
  const part: PayPart = {};
  const ruled = knockOuts.find((k) => k.rule?.kind === 'max-rate');
  const ruledMax = ruled?.rule?.kind === 'max-rate' ? ruled.rule.max : undefined;
  const header = capFromHeader(fields, warnings);
  const source: CapSource | undefined =
    header ?? (ruled && ruledMax !== undefined ? { max: ruledMax, text: ruled.text, from: { kind: 'knockOut' } } : capFromBody(texts));

  if (source) {
    part.maxRate = source.max;
    const includes = rateIncludes(source.text) ?? (ruled ? rateIncludes(ruled.text) : undefined);
    if (includes) part.maxRateIncludes = includes;
    // Only a header can disagree with a knock-out: without a header the knock-out is the source.
    if (ruled && ruledMax !== undefined && ruledMax !== source.max && source.from.kind === 'header') {
      const knockOut = knockOuts.indexOf(ruled) + 1;
      warnings.push(postingWarning('rate-conflict', 'maxRate', { label: source.from.label, max: source.max, knockOut, knockOutMax: ruledMax }));
    }
    if (!ruled) {
      const id = `ko${knockOuts.length + 1}`;
      // Written in the posting's language: it stands among the posting's own knock-outs.
      const text = english ? `Hourly rate at most ${euro(source.max)}` : `Uurtarief maximaal ${euro(source.max)}`;
      knockOuts.push({ id, text, rule: { kind: 'max-rate', max: source.max } });
      warnings.push(postingWarning('rate-knockout-added', `knockOuts.${id}`, { max: source.max, knockOut: knockOuts.length }));
    }
    if (source.from.kind === 'sentence') {
      warnings.push(postingWarning('rate-from-sentence', 'maxRate', { sentence: source.from.sentence, max: source.max }));
    }
  } else {
    warnings.push(postingWarning('rate-missing', 'maxRate'));
  }

  const fee =
    (feeText === '' ? undefined : findFee(feeText, true)) ??
    texts
      .filter((t) => FEE_WORD.test(t))
      .flatMap(splitSentences)
      .map((s) => findFee(s))
      .find((f) => f !== undefined);
  if (fee?.kind === 'none') part.brokerFee = 0;
  else if (fee?.kind === 'amount') part.brokerFee = fee.perHour;
  else if (fee?.kind === 'percent') {
    warnings.push(postingWarning('fee-percent', 'brokerFee', { percent: fee.percent }));
  }
  return part;
}
