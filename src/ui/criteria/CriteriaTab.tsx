// The Criteria tab: the request editor over a saving store, so every change is written as it is
// made. The same sections edit a pasted posting's draft (posting/PastePosting.tsx).
import type { StoredRequest } from '../../db/schema';
import { t } from '../i18n';
import { DetailsSection } from '../request-editor/DetailsSection';
import { DETAILS_FIELDS } from '../request-editor/fields';
import { IndependentScoring } from '../request-editor/IndependentScoring';
import { ClientCriteriaSection, CompetenciesSection, CriteriaSection, KnockOutsSection } from '../request-editor/lists';
import { createSavingStore } from '../request-editor/store';
import '../request-editor/editor.css';

export function CriteriaTab(props: { request: StoredRequest }) {
  const store = createSavingStore(() => props.request);
  return (
    <div class="crit">
      <div class="crit-main">
        <KnockOutsSection store={store} />
        <CriteriaSection store={store} />
        <ClientCriteriaSection store={store} />
        <CompetenciesSection store={store} />
      </div>
      <div class="crit-side">
        <DetailsSection store={store} fields={DETAILS_FIELDS} />
        <IndependentScoring store={store} />
        <p class="crit-saved muted">{t('criteriaSavedAsYouGo')}</p>
      </div>
    </div>
  );
}
