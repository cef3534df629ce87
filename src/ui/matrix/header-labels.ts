// The short names that head the matrix's knock-out and criterion columns. A request's own label
// wins; until it has one, a short name is made from the text, so a request from before labels
// existed still fits a laptop screen.
import { LIMITS, type KnockOutRule, type Request } from '../../core';

/**
 * Short labels for texts that have none yet, one per text. `proposeLabels` of the core (another
 * branch) will take this one's place: the same signature, so the swap is one call.
 */
export function fallbackLabels(texts: string[]): string[] {
  return texts.map(shortLabel);
}

/** A rule as a short label, e.g. "max. € 120" or "min. 16 u/wk" (in the chosen language). */
export function ruleLabel(rule: KnockOutRule, t: (key: 'matrixRuleLabelMaxRate' | 'matrixRuleLabelMinHours', params: Record<string, string>) => string, formatNumber: (n: number) => string): string {
  return rule.kind === 'max-rate' ? t('matrixRuleLabelMaxRate', { max: formatNumber(rule.max) }) : t('matrixRuleLabelMinHours', { min: formatNumber(rule.min) });
}

/**
 * The header labels of a request: its own, or else for a knock-out with a rule the rule in words
 * ("max. € 120", in the chosen language), or else the fallback made from the text.
 */
export function headerLabels(request: Request, ruleLabel: (rule: KnockOutRule) => string): { knockOuts: string[]; criteria: string[] } {
  const own = (label: string | undefined) => (label?.trim() ? label.trim() : undefined);
  const knockOutTexts = fallbackLabels(request.knockOuts.map((k) => k.text));
  const criterionTexts = fallbackLabels(request.criteria.map((c) => c.text));
  return {
    knockOuts: request.knockOuts.map((k, i) => own(k.label) ?? (k.rule ? ruleLabel(k.rule) : (knockOutTexts[i] ?? ''))),
    criteria: request.criteria.map((c, i) => own(c.label) ?? criterionTexts[i] ?? ''),
  };
}

// The openings every criterion of a posting shares ("Aantoonbare werkervaring met het …"): they
// tell criteria apart no better than the column code does.
const FILLER = new Set(
  [
    'aantoonbaar', 'aantoonbare', 'afgeronde', 'minimaal', 'minimum', 'maximaal', 'ten', 'minste', 'jaar', 'jaren', 'werkervaring', 'ervaring',
    'kennis', 'met', 'van', 'het', 'de', 'een', 'in', 'op', 'bij', 'binnen', 'voor', 'en', 'of', 'en/of', 'gebied', 'is', 'deze', 'dit',
    'proven', 'demonstrable', 'experience', 'knowledge', 'with', 'of', 'the', 'a', 'an', 'at', 'least', 'years', 'year', 'and', 'or', 'on', 'as',
  ],
);

/** "Agile" stays; "stakeholdermanagement" becomes "Stakeholder…" (12 characters at most). */
function fit(word: string): string {
  const clean = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const capital = clean.charAt(0).toLocaleUpperCase('nl') + clean.slice(1);
  return [...capital].length <= LIMITS.label ? capital : [...capital].slice(0, LIMITS.label - 1).join('') + '…';
}

const isAcronym = (word: string) => /^\p{Lu}{2,}(\/\p{Lu}{2,})*('s)?$/u.test(word.replace(/[,.;:]$/, ''));

function shortLabel(text: string): string {
  // A quoted name ('Bring Your Own Device') or an abbreviation in brackets ("(GAT/UAT)") is what
  // the consultant calls the criterion.
  const quoted = /['‘"“]([^'’"”]{2,40})['’"”]/u.exec(text)?.[1]?.trim();
  if (quoted) {
    const words = quoted.split(/\s+/);
    if ([...quoted].length <= LIMITS.label) return quoted;
    if (words.length > 1 && words.every((w) => /^\p{Lu}/u.test(w))) return words.map((w) => w.charAt(0)).join('');
  }
  const bracketed = /\(([^()\s,]{2,12})\)/u.exec(text)?.[1];
  if (bracketed && /\p{Lu}/u.test(bracketed)) return bracketed;

  // Skip the shared opening, and the act ("het opstellen van …") to reach its object.
  const all = text.replace(/\s+/g, ' ').trim().split(' ');
  let start = all.findIndex((w) => !FILLER.has(w.toLowerCase()) && !/^\d+$/.test(w));
  if (start < 0) start = 0;
  const of = all.findIndex((w, i) => i > start && w.toLowerCase() === 'van');
  if (all[start - 1]?.toLowerCase() === 'het' && of > start && of <= start + 3) start = of + 1;
  const content = all.slice(start).filter((w) => !FILLER.has(w.toLowerCase()));
  // An adjective does not name the subject ("gemeentelijk Sociaal Domein").
  if (content.length > 1 && /(lijke?|ische?)$/i.test(content[0] ?? '')) content.shift();
  const [first, second] = content;
  if (!first) return fit(text.trim());
  // Two words when both are names ("Power BI"), the first shortened when they do not fit ("Soc.
  // Domein"); not when the second is an abbreviation, which says more alone.
  if (second && /^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second)) {
    const pair = [`${first} ${second}`, ...(isAcronym(second) ? [] : [`${[...first].slice(0, 3).join('')}. ${second}`])].map((p) => p.replace(/[,.;:]$/, ''));
    const fits = pair.find((p) => [...p].length <= LIMITS.label);
    if (fits) return fits;
  }
  const acronym = content.slice(0, 4).find(isAcronym);
  if (acronym) return acronym.replace(/[,.;:]$/, '');
  return fit(first);
}
