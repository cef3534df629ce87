// Team mode's words: the sync state as the sidebar says it, and what went wrong while connecting.
import type { TeamStatus } from '../../workers/sync-protocol';
import { formatTime, t } from '../i18n';
import type { Dict } from '../i18n/nl';
import type { ConnectField, ConnectOutcome } from './connect';

export const FIELD_LABEL: Record<ConnectField, keyof Dict> = { address: 'teamAddress', user: 'teamUser', password: 'teamPassword', assessor: 'teamAssessor' };

/** The words for what went wrong while connecting. */
export function problemText(outcome: Extract<ConnectOutcome, { ok: false }>): string {
  if (outcome.problem === 'required') return t('teamRequired', { field: t(FIELD_LABEL[outcome.field ?? 'address']) });
  return t(`teamProblem_${outcome.problem}` as keyof Dict);
}

/** The state in words: one line, and the changes waiting when there are any. */
export function stateText(status: TeamStatus): string[] {
  const lines: string[] = [];
  switch (status.state) {
    case 'connecting':
      lines.push(t('teamStateConnecting'));
      break;
    case 'syncing':
      lines.push(t('teamStateSyncing'));
      break;
    case 'in-sync':
      lines.push(status.syncedAt ? t('teamStateInSyncAt', { time: formatTime(status.syncedAt) }) : t('teamStateInSync'));
      break;
    case 'offline':
      lines.push(t('teamStateOffline'));
      break;
    case 'signed-out':
      lines.push(t('teamStateSignedOut'));
      break;
    case 'failed':
      lines.push(t(`teamProblem_${status.problem ?? 'other'}` as keyof Dict));
      break;
    default:
      break;
  }
  if (status.waiting > 0 && status.state !== 'in-sync') lines.push(status.waiting === 1 ? t('teamWaitingOne') : t('teamWaitingMany', { n: status.waiting }));
  if (status.denied > 0) lines.push(t('teamDenied', { n: status.denied }));
  return lines;
}

