// The Criteria tab: edits a request's details, knock-outs, award criteria and competencies, and
// saves every change as it is made. State and list operations are in editor.tsx, each section in
// its own file, the edits themselves (pure functions) in edit.ts.
import type { StoredRequest } from '../../db/schema';
import { t } from '../i18n';
import { CompetenciesSection } from './CompetenciesSection';
import { CriteriaSection } from './CriteriaSection';
import './criteria.css';
import { DetailsSection } from './DetailsSection';
import { createCriteriaEditor } from './editor';
import { KnockOutsSection } from './KnockOutsSection';

export function CriteriaTab(props: { request: StoredRequest }) {
  const editor = createCriteriaEditor(() => props.request);
  return (
    <div class="crit">
      <div class="crit-main">
        <KnockOutsSection editor={editor} />
        <CriteriaSection editor={editor} />
        <CompetenciesSection editor={editor} />
      </div>
      <div class="crit-side">
        <DetailsSection editor={editor} />
        <p class="crit-saved muted">{t('criteriaSavedAsYouGo')}</p>
      </div>
    </div>
  );
}
