// How a refused input is worded on the Criteria tab and in the posting review form. Plain .ts so
// the form logic that uses it stays testable without a JSX transform.
import type { InputError } from '../../core';
import { t } from '../i18n';
import { errorText } from '../i18n/errors';
import type { Dict } from '../i18n/nl';

const ERROR_TEXT: Record<string, keyof Dict> = {
  'not-a-number': 'criteriaErrorNumber',
  empty: 'criteriaErrorRequired',
  required: 'criteriaErrorRequired',
  negative: 'criteriaErrorNegative',
  'too-many-hours': 'criteriaErrorTooManyHours',
  'invalid-date': 'criteriaErrorDate',
  'title-required': 'criteriaErrorTitle',
  'invalid-shortlist-size': 'criteriaErrorShortlist',
  'invalid-interview-size': 'criteriaErrorInterview',
  'invalid-max-points': 'criteriaErrorMaxPoints',
  'invalid-rule': 'criteriaErrorRule',
  'save-failed': 'criteriaErrorSaveFailed',
};

/**
 * The core's messages are Dutch data; the screen speaks the chosen language where it knows the
 * code. `own` lets a screen word a code its own way.
 */
export function inputErrorText(error: InputError, text: string, own: Record<string, keyof Dict> = {}): string {
  const key = own[error.code] ?? ERROR_TEXT[error.code];
  return key ? t(key, { text: text.trim() }) : errorText(error);
}
