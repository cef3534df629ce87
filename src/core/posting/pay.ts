// The money side of a request: the maximum hourly rate and what it includes, the broker's fee,
// and the rule that a rate cap always eliminates (PRODUCT §7): when no listed knock-out states
// the cap, one is added after the listed ones.
import type { KnockOut, Request } from '../model';
import type { Fields } from './fields';
import { euro, findFee, findRateCap, rateIncludes } from './rates';
import { excerpt, splitSentences } from './text';

export type PayPart = Pick<Request, 'maxRate' | 'maxRateIncludes' | 'brokerFee'>;

interface CapSource {
  max: number;
  text: string;
  where: string;
}

function capFromHeader(fields: Fields, warnings: string[]): CapSource | undefined {
  const field = fields.maxRate;
  if (!field) return undefined;
  const cap = findRateCap(field.value, true);
  if (!cap) return undefined;
  if (!cap.capWord && !/max|maximum/i.test(field.label)) {
    warnings.push(`Maximaal uurtarief: '${field.label} ${field.value}' zegt niet 'maximaal'; als maximum aangenomen, controleer dit.`);
  }
  return { max: cap.max, text: field.value, where: `'${field.label}'` };
}

function capFromBody(texts: string[]): CapSource | undefined {
  for (const sentence of texts.flatMap(splitSentences)) {
    const cap = findRateCap(sentence);
    if (cap) return { max: cap.max, text: sentence, where: `de zin '${excerpt(sentence)}'` };
  }
  return undefined;
}

/**
 * Settles maxRate against the knock-outs: the header wins over a knock-out, which wins over a
 * sentence in the body (`texts`: its paragraphs); disagreements and an added knock-out are warned about.
 */
export function payOf(fields: Fields, knockOuts: KnockOut[], texts: string[], feeText: string, warnings: string[]): PayPart {
  const part: PayPart = {};
  const ruled = knockOuts.find((k) => k.rule?.kind === 'max-rate');
  const ruledMax = ruled?.rule?.kind === 'max-rate' ? ruled.rule.max : undefined;
  const header = capFromHeader(fields, warnings);
  const source = header ?? (ruled && ruledMax !== undefined ? { max: ruledMax, text: ruled.text, where: ruled.id } : capFromBody(texts));

  if (source) {
    part.maxRate = source.max;
    const includes = rateIncludes(source.text) ?? (ruled ? rateIncludes(ruled.text) : undefined);
    if (includes) part.maxRateIncludes = includes;
    if (ruledMax !== undefined && ruledMax !== source.max) {
      warnings.push(`Maximaal uurtarief: ${source.where} zegt ${euro(source.max)}, knock-out ${ruled?.id} zegt ${euro(ruledMax)}; controleer dit.`);
    }
    if (!ruled) {
      const id = `ko${knockOuts.length + 1}`;
      knockOuts.push({ id, text: `Uurtarief maximaal ${euro(source.max)}`, rule: { kind: 'max-rate', max: source.max } });
      warnings.push(`Knock-outs: het maximale uurtarief (${euro(source.max)}) stond niet bij de knock-outs; als ${id} toegevoegd.`);
    }
    if (!header && !ruled) warnings.push(`Maximaal uurtarief: afgeleid uit ${source.where}; controleer dit.`);
  } else {
    warnings.push('Maximaal uurtarief: niet gevonden in de tekst; er is geen tarief-knock-out toegevoegd.');
  }

  const fee = (feeText === '' ? undefined : findFee(feeText, true)) ?? texts.flatMap(splitSentences).map((s) => findFee(s)).find((f) => f !== undefined);
  if (fee?.kind === 'none') part.brokerFee = 0;
  else if (fee?.kind === 'amount') part.brokerFee = fee.perHour;
  else if (fee?.kind === 'percent') {
    warnings.push(`Fee: de tekst noemt ${fee.text}; Shortlist kent alleen een fee per uur, vul die zelf in.`);
  }
  return part;
}
