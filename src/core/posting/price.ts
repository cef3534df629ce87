// The price component of a price-quality award ("Prijs (30 punten): de laagste prijs krijgt 30
// punten, overige naar rato", "weging prijs 30%", "Price has a weighting of 30%"). It is scored by
// a formula on the rate, not by hand, so it is no criterion for the matrix (PRODUCT §7): the
// parser takes it out of the criteria and reports it.

export interface PriceWeight {
  weight: number;
  /** The weight was a percentage rather than points. */
  percent: boolean;
}

// A criterion that is the price: it is named so, or it gives the price formula.
const PRICE_ITEM = /^(?:prijs|price|prijscomponent|uurtarief|tarief|hourly rate|rate)\b(?!-)|\b(?:naar rato|pro rata)\b/i;

const W = String.raw`(\d{1,3}(?:[.,]\d{1,2})?)\s*(%|punten|points)`;
// The price weight stated in running text, outside the list of criteria.
const PRICE_IN_TEXT: RegExp[] = [
  new RegExp(String.raw`\b(?:weging|gewicht)\s+(?:van\s+(?:de\s+)?)?prijs\s*(?:is\s+|bedraagt\s+)?:?\s*${W}`, 'i'),
  new RegExp(String.raw`\bprijs\s+(?:weegt|telt)\s+(?:voor\s+|mee\s+voor\s+)?${W}`, 'i'),
  new RegExp(String.raw`\bprijs\s*\(\s*${W}\s*\)`, 'i'),
  // "Prijs: weging 25%", "Prijs – 25%", "Price: weighting 20%".
  new RegExp(String.raw`\b(?:prijs|price)\s*[:–—-]\s*(?:(?:weging|gewicht|weighting|weight)\s*:?\s*)?${W}`, 'i'),
  new RegExp(String.raw`\bprice\s+(?:has\s+a\s+|carries\s+a\s+)?(?:weighting|weight)\s+(?:of\s+)?${W}`, 'i'),
  new RegExp(String.raw`\bprice\s+(?:weighs|counts\s+for)\s+${W}`, 'i'),
  new RegExp(String.raw`\bweighting\s+(?:of\s+)?(?:the\s+)?price\s*:?\s*${W}`, 'i'),
];

/** Whether a criterion's text is the price component. */
export function isPriceItem(text: string): boolean {
  return PRICE_ITEM.test(text.trim());
}

/** The price weight a paragraph of running text states, if any. */
export function priceInText(texts: string[]): PriceWeight | undefined {
  for (const text of texts) {
    for (const re of PRICE_IN_TEXT) {
      const m = re.exec(text);
      if (m) return { weight: Number((m[1] ?? '').replace(',', '.')), percent: m[2] === '%' };
    }
  }
  return undefined;
}
