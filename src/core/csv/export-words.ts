// The words an exported file is written in, Dutch or English (PRODUCT §6, §8: the column headers
// follow the chosen language). The import reads the headers of both back (headers.ts).
import { FIELD_LABELS, type CandidateField } from '../candidate';
import type { KnockOutValue, Standing } from '../model';

export type ExportLanguage = 'nl' | 'en';

export interface ExportWords {
  fields: Record<CandidateField, string>;
  rank: string;
  status: string;
  total: string;
  complete: string;
  behind: string;
  failedOn: string;
  remark: string;
  /** The word after a criterion's code for its evidence note: "G1 toelichting", "G1 note". */
  note: string;
  statuses: Record<Standing['status'], string>;
  knockOuts: Record<KnockOutValue, string>;
  yes: string;
  no: string;
  provisional: string;
  tieAtCutoff: string;
  tied: string;
  /** The file name's stand-in for a request without a number. */
  noNumber: string;
}

export const EXPORT_WORDS: Record<ExportLanguage, ExportWords> = {
  nl: {
    fields: FIELD_LABELS,
    rank: 'Rang',
    status: 'Status',
    total: 'Totaal',
    complete: 'Compleet',
    behind: 'Punten achter grens',
    failedOn: 'Afgewezen op',
    remark: 'Opmerking',
    note: 'toelichting',
    statuses: { shortlist: 'Shortlist', reserve: 'Reserve', eliminated: 'Afgevallen' },
    knockOuts: { pass: 'ja', fail: 'nee', unknown: '?' },
    yes: 'ja',
    no: 'nee',
    provisional: 'voorlopig (niet alles beoordeeld)',
    tieAtCutoff: 'gelijke stand op de grens',
    tied: 'gelijke stand',
    noNumber: 'aanvraag',
  },
  en: {
    fields: { name: 'Name', email: 'E-mail', phone: 'Phone', hourlyRate: 'Hourly rate', hoursPerWeek: 'Hours per week', supplier: 'Supplier', education: 'Education' },
    rank: 'Rank',
    status: 'Status',
    total: 'Total',
    complete: 'Complete',
    behind: 'Points behind cut-off',
    failedOn: 'Failed on',
    remark: 'Remark',
    note: 'note',
    statuses: { shortlist: 'Shortlist', reserve: 'Reserve', eliminated: 'Eliminated' },
    knockOuts: { pass: 'yes', fail: 'no', unknown: '?' },
    yes: 'yes',
    no: 'no',
    provisional: 'provisional (not everything scored)',
    tieAtCutoff: 'tied at the cut-off',
    tied: 'tied',
    noNumber: 'request',
  },
};

/** The headers of derived columns, which an import never reads back. */
export const DERIVED_HEADER_WORDS: Record<ExportLanguage, string[]> = {
  nl: derived(EXPORT_WORDS.nl),
  en: derived(EXPORT_WORDS.en),
};

function derived(w: ExportWords): string[] {
  return [w.rank, w.status, w.total, w.remark, w.behind, w.failedOn, w.complete];
}
