// "Onafhankelijk beoordelen" (PRODUCT §12): a request's switch between one set of scores and each
// assessor scoring alone first, then a consensus.
import { t } from '../i18n';
import type { RequestStore } from './store';

export function IndependentScoring(props: { store: RequestStore }) {
  const id = `${props.store.scope}-independent`;
  return (
    <section class="crit-section crit-independent">
      <label class="crit-check" for={id}>
        <input
          id={id}
          type="checkbox"
          checked={props.store.request().independentScoring === true}
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const on = e.currentTarget.checked;
            void props.store.edit('independentScoring', String(on), (r) => {
              const { independentScoring: _old, ...rest } = r;
              return { ok: true, value: on ? { ...rest, independentScoring: true } : rest };
            });
          }}
        />
        {t('teamIndependent')}
      </label>
      <p id={`${id}-hint`} class="muted">{t('teamIndependentHint')}</p>
    </section>
  );
}
