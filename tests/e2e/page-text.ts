// What a page says, read in the browser: every visible text and every accessible name,
// description, title and placeholder, minus what the page marks as not to be translated (user
// data: translate="no", or AG Grid's cell class `notranslate`, the convention translation tools
// honour too) and what it marks as written in another language (lang="…", as the names of the
// languages in the language menu). Also the user's own texts as stored, and axe-core's verdict.
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { storedRecords } from './helpers';
import type { Found } from './language';

/** Runs in the page: returns every text a user can see or hear, with where it stands. */
function collectInPage(): Omit<Found, 'stop'>[] {
  const pageLang = document.documentElement.lang;
  const out: Omit<Found, 'stop'>[] = [];
  const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label'];

  /** Not for judging: user data, another declared language, or nothing anyone can perceive. */
  const excluded = (el: Element): boolean => {
    const marked = el.closest('[translate="no"], .notranslate');
    if (marked) return true;
    const lang = el.closest('[lang]')?.getAttribute('lang');
    return !!lang && lang !== pageLang;
  };
  const perceivable = (el: Element): boolean => {
    // Options, optgroups and an SVG's <title> have no box of their own: their container counts.
    const holder = el.closest('select') ?? (el.localName === 'title' && el.parentElement ? el.parentElement : el);
    return holder.checkVisibility({ visibilityProperty: true, opacityProperty: false });
  };
  const where = (el: Element): string => {
    const part = (e: Element) => {
      const id = e.id && !/^[0-9a-f-]{20,}/.test(e.id) ? `#${e.id}` : '';
      const role = e.getAttribute('role') ? `[role=${e.getAttribute('role')}]` : '';
      const cls = typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).slice(0, 2).join('.') : '';
      const col = e.getAttribute('col-id') ? `[col-id=${e.getAttribute('col-id')}]` : '';
      return `${e.localName}${id}${role}${col}${cls}`;
    };
    const context = el.parentElement?.closest('dialog, [role=dialog], [role=alertdialog], aside, nav, section, header, footer, [role=region], [role=tabpanel], form, table, .ag-root-wrapper, .banner');
    return context && context !== el ? `${part(context)} › ${part(el)}` : part(el);
  };

  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = walker.currentNode as Node | null; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const parent = node.parentElement;
      const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
      if (!parent || !text || ['script', 'style', 'noscript', 'textarea'].includes(parent.localName)) continue;
      if (excluded(parent) || !perceivable(parent)) continue;
      out.push({ where: where(parent), source: 'text', text });
      continue;
    }
    const el = node as Element;
    if (excluded(el)) continue;
    // Hidden, but read aloud: a label or description taken from an element that is not shown.
    const shown = perceivable(el);
    if (!shown) continue;
    for (const name of ATTRIBUTES) {
      const value = el.getAttribute(name)?.trim();
      if (value) out.push({ where: where(el), source: name, text: value });
    }
    if (el instanceof HTMLInputElement && ['button', 'submit', 'reset'].includes(el.type) && el.value) out.push({ where: where(el), source: 'value', text: el.value });
    for (const ref of ['aria-labelledby', 'aria-describedby']) {
      for (const id of (el.getAttribute(ref) ?? '').split(/\s+/).filter(Boolean)) {
        const target = document.getElementById(id);
        if (target && !perceivable(target) && !excluded(target) && target.textContent?.trim()) out.push({ where: where(el), source: `${ref} (hidden)`, text: target.textContent.replace(/\s+/g, ' ').trim() });
      }
    }
  }
  out.push({ where: 'document', source: 'title', text: document.title });
  return out;
}

export async function collectTexts(page: Page): Promise<Omit<Found, 'stop'>[]> {
  return page.evaluate(collectInPage);
}

/**
 * The user's own texts as the database holds them: titles, clients, criteria, names, notes,
 * assessors. Codes the app stores (knock-out values, ratings, tie-breaks) are not user data and
 * stay out, so a Dutch code shown in an English screen still counts.
 */
export async function storedUserTexts(page: Page): Promise<string[]> {
  const all = (table: string) => storedRecords(page, table);
  const texts: string[] = [];
  const put = (...values: unknown[]) => {
    for (const v of values) if (typeof v === 'string' && v.trim()) texts.push(v);
  };
  type Item = { text?: string; label?: string; name?: string; description?: string };
  for (const r of await all('requests')) {
    put(r['title'], r['client'], r['region'], r['number'], r['start'], r['education'], r['extensionOptions']);
    for (const list of ['knockOuts', 'criteria', 'clientCriteria', 'competencies']) for (const item of (r[list] as Item[] | undefined) ?? []) put(item.text, item.label, item.name, item.description);
    for (const s of [...((r['offerRequirements'] as string[] | undefined) ?? []), ...((r['maxRateIncludes'] as string[] | undefined) ?? [])]) put(s);
  }
  for (const c of await all('candidates')) put(c['name'], c['email'], c['phone'], c['supplier'], c['education']);
  for (const e of await all('evaluations')) {
    put(...Object.values((e['notes'] as Record<string, string> | undefined) ?? {}));
    put(...Object.keys((e['panel'] as Record<string, unknown> | undefined) ?? {}));
  }
  for (const c of await all('changes')) {
    put(c['assessor']);
    if (c['kind'] === 'field' || c['kind'] === 'note') put(c['old'], c['new']);
    if (c['kind'] === 'panelRating') put(String(c['target'] ?? '').split('/')[0]);
  }
  return texts;
}

export interface Violation {
  stop: string;
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string; summary: string }[];
}

const AXE_SOURCE: string = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

/** axe-core's violations on the page as it stands (the context needs bypassCSP: the app allows no inline script). */
export async function axeViolations(page: Page, stop: string): Promise<Violation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target.map(String).join(' '), summary: (n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300) })) }));
  });
  return results.map((v) => ({ stop, ...v }));
}

export function describeViolations(violations: Violation[]): string {
  const lines = violations.flatMap((v) => [
    `  [${v.stop}] ${v.id} (${v.impact ?? '?'}): ${v.help}`,
    ...v.nodes.slice(0, 6).map((n) => `      ${n.target} — ${n.summary}`),
    ...(v.nodes.length > 6 ? [`      … and ${v.nodes.length - 6} more`] : []),
  ]);
  return `axe-core: ${violations.length} violation(s)\n${lines.join('\n')}`;
}
