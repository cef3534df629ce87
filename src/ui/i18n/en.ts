// English: every key of the Dutch dictionaries, screen by screen.
import { criteria } from './en/criteria';
import { errors } from './en/errors';
import { matrix } from './en/matrix';
import { posting } from './en/posting';
import { postingWarnings } from './en/posting-warnings';
import { procedure } from './en/procedure';
import { removal } from './en/removal';
import { shell } from './en/shell';
import { team } from './en/team';
import { transfer } from './en/transfer';
import type { Dict } from './nl';

export const en: Dict = { ...shell, ...matrix, ...criteria, ...transfer, ...posting, ...postingWarnings, ...procedure, ...removal, ...team, ...errors };
