// The award criteria with their points and the running total, and the competencies of the
// interview stage, as the parser proposed them.
import {
  newCompetency,
  newCriterion,
  numberToInput,
  withCompetencyDescription,
  withCompetencyName,
  withCriterionMaxPoints,
  withCriterionText,
} from '../criteria/edit';
import { PointsTotal, WeightsWarning } from '../criteria/shared';
import { locale, t } from '../i18n';
import { DraftInput, Errors, ListSection, RemoveButton, Warnings, describedBy } from './controls';
import { addToList, itemDomId, listIds, removeFromList } from './list-ops';
import type { Review } from './review-state';

export function ReviewCriteria(props: { review: Review }) {
  const ids = listIds(props.review, 'criteria');
  return (
    <ListSection
      list="criteria"
      heading={t('criteriaWeighted')}
      empty={t('criteriaNoCriteria')}
      addLabel={t('criteriaAddCriterion')}
      onAdd={() => addToList(props.review, 'criteria', newCriterion)}
      warnings={props.review.warnings.lists.criteria}
      ids={ids()}
      row={(id, n) => <CriterionRow review={props.review} id={id} n={n()} />}
      aside={<PointsTotal request={props.review.draft()} />}
    >
      <WeightsWarning request={props.review.draft()} />
    </ListSection>
  );
}

function CriterionRow(props: { review: Review; id: string; n: number }) {
  const review = props.review;
  const id = props.id;
  const item = () => review.draft().criteria.find((c) => c.id === id);
  const textKey = `cr:${id}:text`;
  const maxKey = `cr:${id}:max`;
  const errorId = itemDomId('criteria', id, 'error');
  const warningId = itemDomId('criteria', id, 'warning');
  const maxErrors = () => review.messages(maxKey);
  const warnings = () => review.warnings.items[id];
  const described = () => describedBy([errorId, maxErrors().length > 0], [warningId, (warnings() ?? []).length > 0]);
  return (
    <li class="crit-row posting-row-cr" role="group" aria-label={t('criteriaCriterionLabel', { n: props.n })}>
      <span class="crit-n" aria-hidden="true">{`G${props.n}`}</span>
      <DraftInput
        id={itemDomId('criteria', id, 'text')}
        multiline
        label={t('criteriaCriterionText', { n: props.n })}
        stored={item()?.text ?? ''}
        describedBy={describedBy([warningId, (warnings() ?? []).length > 0])}
        onCommit={(text) => review.edit(textKey, text, (draft) => ({ ok: true, value: withCriterionText(draft, id, text) }))}
      />
      <span class="crit-amount">
        <DraftInput
          id={itemDomId('criteria', id, 'max')}
          inputMode="decimal"
          class="crit-number"
          label={t('criteriaCriterionMax', { n: props.n })}
          stored={numberToInput(item()?.maxPoints, locale() === 'nl')}
          invalid={maxErrors().length > 0}
          describedBy={described()}
          onCommit={(text) => review.edit(maxKey, text, (draft) => withCriterionMaxPoints(draft, id, text))}
        />
        <span class="crit-unit">{t('criteriaPointsUnit')}</span>
      </span>
      <RemoveButton
        id={itemDomId('criteria', id, 'remove')}
        label={t('postingRemoveCriterion', { n: props.n })}
        onClick={() => removeFromList(review, 'criteria', id, [textKey, maxKey])}
      />
      <Errors id={errorId} messages={review.messages(textKey, maxKey)} />
      <Warnings id={warningId} warnings={warnings()} />
    </li>
  );
}

export function ReviewCompetencies(props: { review: Review }) {
  const ids = listIds(props.review, 'competencies');
  return (
    <ListSection
      list="competencies"
      heading={t('criteriaCompetencies')}
      empty={t('criteriaNoCompetencies')}
      addLabel={t('criteriaAddCompetency')}
      onAdd={() => addToList(props.review, 'competencies', newCompetency)}
      warnings={props.review.warnings.lists.competencies}
      ids={ids()}
      row={(id, n) => <CompetencyRow review={props.review} id={id} n={n()} />}
    />
  );
}

function CompetencyRow(props: { review: Review; id: string; n: number }) {
  const review = props.review;
  const id = props.id;
  const item = () => review.draft().competencies.find((c) => c.id === id);
  const key = `cp:${id}`;
  return (
    <li class="crit-row posting-row-cp" role="group" aria-label={t('criteriaCompetencyLabel', { n: props.n })}>
      <span class="crit-n" aria-hidden="true">{props.n}</span>
      <DraftInput
        id={itemDomId('competencies', id, 'text')}
        label={t('criteriaCompetencyName', { n: props.n })}
        stored={item()?.name ?? ''}
        onCommit={(text) => review.edit(key, text, (draft) => ({ ok: true, value: withCompetencyName(draft, id, text) }))}
      />
      <DraftInput
        id={itemDomId('competencies', id, 'description')}
        label={t('criteriaCompetencyDescription', { n: props.n })}
        stored={item()?.description ?? ''}
        onCommit={(text) => review.edit(key, text, (draft) => ({ ok: true, value: withCompetencyDescription(draft, id, text) }))}
      />
      <RemoveButton id={itemDomId('competencies', id, 'remove')} label={t('postingRemoveCompetency', { n: props.n })} onClick={() => removeFromList(review, 'competencies', id, [key])} />
    </li>
  );
}
