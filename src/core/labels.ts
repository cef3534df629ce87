// Short labels for the matrix header (PRODUCT §8: at most 12 characters, proposed by the parser,
// editable). Items of one list mostly start alike ("Aantoonbare werkervaring met …"), so a label
// names what sets an item apart within its list: a name, an abbreviation, the first word that
// only this item has, or its rule ("Max. € 120", "Min. 16 uur").
import { findMinHours, findRateCap } from './posting/rates';

export const LABEL_MAX = 12;

// Words that never name what an item is about, in Dutch and English.
const STOP = new Set(
  `de het een van met en of in op voor bij aan te tot om als door naar over uit binnen rondom tussen die dat deze dit zijn is
  wordt worden heeft hebben kan moet dient waarin waarbij waar wel niet ook zoals bijvoorbeeld bv minimaal minimum maximaal
  ten minste aantoonbaar aantoonbare relevante relevant ruime gedegen goede brede recente werkervaring ervaring kennis jaar jaren
  afgeronde afgerond opleiding niveau beschikt bezit kandidaat kandidaten opdracht andere vergelijkbaar vergelijkbare
  the a an of with and or in on for to at by as from within into about least years year proven demonstrable experience
  knowledge candidate completed degree level other comparable similar volgens onder via per sinds
  twee drie vier vijf zes zeven acht negen tien twaalf twintig one two three four five six seven eight nine ten twelve twenty`.split(/\s+/),
);

// Tails of Dutch compounds that name the activity, not its subject ("stakeholdermanagement").
const TAILS = ['management', 'analyses', 'analyse', 'vraagstukken', 'werkzaamheden', 'trajecten', 'processen', 'oplossingen'];

interface Candidate {
  /** The words of the candidate as written ("Power BI", "KPI's"). */
  text: string;
  key: string;
  at: number;
  strong: boolean;
  /** An abbreviation in brackets right after what it abbreviates. */
  given?: true;
}

// Small words inside a name ("Raad van State", "Ministerie van Justitie"); "en" and "of" join two
// things ("Decos of JOIN"), so they end a name.
const PARTICLES = new Set(['van', 'der', 'den', 'de', 'voor']);

const MAX_WORDS = 14;
// Plain character tests first: a list can hold hundreds of items of twenty words each.
function isUpper(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90; // what the case test below says of ASCII, without it
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}
const isCapitalised = (w: string) => w.length > 0 && isUpper(w.charAt(0));
/** "KPI's", "BI-dashboards", "GAT/UAT", "BlinQt", "iWmo": two capitals in one word. */
function isAcronymLike(w: string): boolean {
  let capitals = 0;
  for (let i = 0; i < w.length && capitals < 2; i++) if (isUpper(w.charAt(i))) capitals++;
  return capitals >= 2;
}
/** A word's key, from the word lower-cased: "KPI's" and "KPI" are one. */
const keyOfLower = (lower: string) => (lower.endsWith("'s") || lower.endsWith('’s') ? lower.slice(0, -2) : lower);

const LETTER = /^\p{L}$/u;
/** A code point a word may start (and end) with: a letter or an ASCII digit. */
function isWordPoint(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  return LETTER.test(String.fromCodePoint(cp));
}
/** The other characters a word may hold inside: ' ’ / & + . - */
const isInnerPoint = (cp: number) => cp === 39 || cp === 0x2019 || cp === 47 || cp === 38 || cp === 43 || cp === 46 || cp === 45;
/** The same as `isWordPoint`, plus the apostrophes a word may end with ("KPI's"). */
const isEndPoint = (cp: number) => cp === 39 || cp === 0x2019 || isWordPoint(cp);

/**
 * The first `max` words of a text, as /[\p{L}\d][\p{L}\d'’/&+.-]*[\p{L}\d'’]|[\p{L}\d]/gu would
 * match them, found by a scan over its characters: a list can hold hundreds of items, and a regex
 * match per word was most of the cost of their labels.
 */
function wordsOf(text: string, max: number): Array<{ word: string; at: number }> {
  const words: Array<{ word: string; at: number }> = [];
  let i = 0;
  while (i < text.length && words.length < max) {
    const first = text.codePointAt(i) ?? 0;
    const width = first > 0xffff ? 2 : 1;
    if (!isWordPoint(first)) {
      i += width;
      continue;
    }
    // The longest run of word characters, cut back to its last character that may end a word.
    let end = i + width;
    for (let j = end; j < text.length; ) {
      const cp = text.codePointAt(j) ?? 0;
      const w = cp > 0xffff ? 2 : 1;
      if (isEndPoint(cp)) end = j + w;
      else if (!isInnerPoint(cp)) break;
      j += w;
    }
    words.push({ word: text.slice(i, end), at: i });
    i = end;
  }
  return words;
}

/** The content words of a text, with runs of capitalised words ("Power BI", "Sociaal Domein") kept together. */
function candidates(text: string): Candidate[] {
  // What an item is about stands near its start; a long text's tail names nothing a label needs.
  const words = wordsOf(text, MAX_WORDS);
  const lowers = words.map((w) => w.word.toLowerCase());
  const out: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const { word, at } = words[i] ?? { word: '', at: 0 };
    const lower = lowers[i] ?? '';
    if (STOP.has(lower) || (word.charCodeAt(0) <= 57 && /^\d+$/.test(word))) continue;
    const previous = lowers[i - 1] ?? '';
    // "het opzetten", "met het vertalen van": a verb as a noun says what is done, not with what.
    if (previous === 'het' && word.endsWith('en') && !isCapitalised(word)) continue;
    // "experience with migrating …": an English verb says what is done, not with what.
    if (word.endsWith('ing') && /^\p{Ll}+ing$/u.test(word) && /^(?:with|in|of|for|at|on)$/.test(previous)) continue;
    // "… Wet gemeentelijke schuldhulpverlening (Wgs)": the abbreviation the posting itself gives
    // for the words before it is the best label there is ("Regulation (EU)" abbreviates nothing).
    const bracketed = text.charAt(at - 1) === '(' && text.charAt(at + word.length) === ')' && word.length <= LABEL_MAX;
    const initial = word.charAt(0).toLowerCase();
    if (bracketed && words.slice(Math.max(0, i - 4), i).some((w) => w.word.charAt(0).toLowerCase() === initial)) {
      out.push({ text: word, key: keyOfLower(lower), at, strong: true, given: true });
      continue;
    }
    const proper = i > 0 && (isCapitalised(word) || isAcronymLike(word));
    if (proper) {
      const run = [word];
      const keys = [keyOfLower(lower)];
      // A name runs on over capitalised words with only a space between them ("Power BI"), not
      // over a list ("Sociaal Domein (Jeugd, Wmo, …)").
      const joined = (j: number) => /^\s+$/.test(text.slice((words[j - 1]?.at ?? 0) + (words[j - 1]?.word.length ?? 0), words[j]?.at ?? 0));
      const named = (j: number) => isCapitalised(words[j]?.word ?? '') || isAcronymLike(words[j]?.word ?? '');
      for (;;) {
        if (i + 1 < words.length && joined(i + 1) && named(i + 1)) {
          run.push(words[++i]?.word ?? '');
          keys.push(keyOfLower(lowers[i] ?? ''));
        } else if (i + 2 < words.length && PARTICLES.has(words[i + 1]?.word ?? '') && joined(i + 1) && joined(i + 2) && named(i + 2)) {
          run.push(words[++i]?.word ?? '', words[++i]?.word ?? ''); // "Raad van State"
          keys.push(keyOfLower(lowers[i - 1] ?? ''), keyOfLower(lowers[i] ?? ''));
        } else break;
      }
      out.push({ text: run.join(' '), key: keys.join(' '), at, strong: true });
    } else {
      out.push({ text: word, key: keyOfLower(lower), at, strong: isAcronymLike(word) });
    }
  }
  return out;
}

/** The start of a text, at most `n` UTF-16 units, never cutting a character in two. */
function cut(text: string, n: number): string {
  let out = '';
  for (const ch of text) {
    if (out.length + ch.length > n) break;
    out += ch;
  }
  return out;
}

/** A text fitted into the label width: initials of a long name, a compound without its tail, or cut. */
export function fit(text: string, max = LABEL_MAX): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const words = t.split(/\s+/);
  if (words.length >= 3 && words.length <= 4 && isCapitalised(words[0] ?? '') && isCapitalised(words[words.length - 1] ?? '')) {
    // "Bring Your Own Device" → "BYOD", "Raad van State" → "RvS".
    const initials = words.map((w) => (isCapitalised(w) ? w.charAt(0) : w.charAt(0).toLowerCase())).join('');
    if (initials.length <= max) return initials;
  }
  if (words.length >= 2) {
    const first = words.slice(0, -1).join(' ');
    const room = max - first.length - 2;
    if (room >= 3) return `${first} ${cut(words[words.length - 1] ?? '', room)}.`;
    return fit(words[0] ?? '', max);
  }
  const lower = t.toLowerCase();
  for (const tail of TAILS) {
    if (!lower.endsWith(tail)) continue;
    const head = t.slice(0, t.length - tail.length).replace(/-$/, '');
    // Not after a linking s ("gebieds|processen", "omgevings|management"): that head is no word.
    const linked = /(?:ings|heids|teits|ds|gs)$/.test(head);
    if (!linked && (head.length >= 6 || /^\p{Lu}+$/u.test(head)) && head.length <= max) return head;
  }
  return `${cut(t, max - 1)}.`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A label from the item's rule, when it states one: a rate cap or a minimum of hours. */
function ruleLabel(text: string): string | undefined {
  if (!/\d/.test(text)) return undefined; // a rule states a number
  const cap = findRateCap(text);
  if (cap) return fit(`Max. € ${Number.isInteger(cap.max) ? cap.max : cap.max.toFixed(2).replace('.', ',')}`);
  const hours = findMinHours(text);
  if (hours !== undefined) return /\bhours?\b/i.test(text) ? `Min. ${hours} hrs` : `Min. ${hours} uur`;
  return undefined;
}

/**
 * A label of at most 12 characters for each text, never empty, different within the list, and
 * the same for the same list every time.
 */
export function proposeLabels(texts: readonly string[]): string[] {
  const lists = texts.map(candidates);
  const df = new Map<string, number>();
  // Each key counts once per item: the item that counted it last is remembered.
  const countedIn = new Map<string, number>();
  lists.forEach((list, i) => {
    for (const { key } of list) {
      if (countedIn.get(key) === i) continue;
      countedIn.set(key, i);
      df.set(key, (df.get(key) ?? 0) + 1);
    }
  });
  // Words most items share are the list's lead-in ("Aantoonbare werkervaring met …").
  const shared = (key: string) => (df.get(key) ?? 0) >= Math.max(2, texts.length / 2);
  // A label past the first few words of an item says too little; better to number it.
  const TRIES = 6;

  // Per item, what its label could be, best first (only the first TRIES are ever tried); fitted
  // only when tried (lists can be long).
  const ranked = lists.map((list, i) => {
    const own = list.filter((c) => !shared(c.key));
    const scored = own.map((c, position) => ({
      c,
      score: (position === 0 ? 3 : position === 1 ? 1 : 0) + (c.strong ? 3 : 0) + (c.given ? 4 : 0) + ((df.get(c.key) ?? 0) === 1 ? 2 : 0),
      position,
    }));
    scored.sort((a, b) => b.score - a.score || a.position - b.position);
    const tries = scored.slice(0, TRIES).map((s) => s.c);
    for (const c of list) {
      if (tries.length === TRIES) break;
      tries.push(c);
    }
    return { rule: ruleLabel(texts[i] ?? ''), tries };
  });

  // The same words recur in a long list; each is fitted once.
  const fitted = new Map<string, string>();
  const label = (text: string) => {
    let l = fitted.get(text);
    if (l === undefined) fitted.set(text, (l = capitalise(fit(text))));
    return l;
  };

  // A label numbered again and again (a long list of alike items) is fitted once per width.
  const numberedFits = new Map<string, string>();
  const fitNumbered = (text: string, max: number) => {
    const key = `${max}\n${text}`;
    let l = numberedFits.get(key);
    if (l === undefined) numberedFits.set(key, (l = fit(text, max)));
    return l;
  };

  const taken = new Set<string>();
  // Per label, the next number to try, so a list of many alike items stays linear.
  const numbered = new Map<string, number>();
  return texts.map((_, i) => {
    const { rule, tries } = ranked[i] ?? { tries: [] };
    let best: string | undefined;
    let chosen: string | undefined;
    // The options in order, until one is free: the rule, then the ranked words.
    const free = (option: string): boolean => {
      if (option === '') return false;
      best ??= option;
      if (taken.has(option.toLowerCase())) return false;
      chosen = option;
      return true;
    };
    let found = rule ? free(rule) : false;
    for (let k = 0; !found && k < tries.length; k++) found = free(label(tries[k]?.text ?? ''));
    if (!found && !rule && tries.length === 0) {
      // A text of stop words only ("Minimaal 5 jaar"): its first word still says more than a number.
      const first = (texts[i] ?? '').trim().split(/\s+/)[0] ?? '';
      free(first === '' ? String(i + 1) : capitalise(fit(first)));
    }
    if (chosen === undefined) {
      // The same as another whatever it says: number it, keeping within the width.
      const base = best ?? String(i + 1);
      let n = numbered.get(base) ?? 2;
      const make = (k: number) => `${fitNumbered(base, LABEL_MAX - String(k).length - 1)} ${k}`;
      while (taken.has(make(n).toLowerCase())) n++;
      numbered.set(base, n + 1);
      chosen = make(n);
    }
    taken.add(chosen.toLowerCase());
    return chosen;
  });
}
