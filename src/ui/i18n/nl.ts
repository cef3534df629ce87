// Dutch, the default language. These dictionaries define the keys (one file per screen in nl/);
// en.ts must have the same ones, so a missing translation fails the type check.
import { criteria } from './nl/criteria';
import { errors } from './nl/errors';
import { matrix } from './nl/matrix';
import { posting } from './nl/posting';
import { postingWarnings } from './nl/posting-warnings';
import { procedure } from './nl/procedure';
import { removal } from './nl/removal';
import { shell } from './nl/shell';
import { team } from './nl/team';
import { transfer } from './nl/transfer';

export const nl = { ...shell, ...matrix, ...criteria, ...transfer, ...posting, ...postingWarnings, ...procedure, ...removal, ...team, ...errors } as const;

export type Dict = { [K in keyof typeof nl]: string };
