// A bar chart of the candidates' totals with the shortlist cut-off, drawn as plain SVG. The SVG
// is one image for assistive technology; the list after it says the same row by row. Rows are
// positional (Index), so a re-rank updates the bars in place instead of rebuilding them.
import { For, Index, Show, createMemo } from 'solid-js';
import type { Standing, StandingStatus } from '../../core';
import { formatNumber, t } from '../i18n';
import type { Dict } from '../i18n/nl';
import { LAYOUT, chartModel } from './chart-model';
import './chart.css';

const TONE_LABEL: Record<StandingStatus, keyof Dict> = {
  shortlist: 'chartShortlist',
  reserve: 'chartReserve',
  eliminated: 'chartEliminated',
};

export function TotalsChart(props: { standings: Standing[]; names: Record<string, string>; shortlistSize: number; maxPoints: number }) {
  const model = createMemo(() => chartModel(props.standings, props.names, props.shortlistSize, props.maxPoints));
  const summary = () => {
    const m = model();
    return m.cutoff === null
      ? t('chartSummaryNoCutoff', { n: props.standings.length })
      : t('chartSummary', { n: props.standings.length, cutoff: formatNumber(m.cutoff) });
  };
  // Keep the cut-off label inside the drawing even when the line sits near either end.
  const labelX = (x: number) => Math.min(Math.max(x, LAYOUT.labelWidth + 40), LAYOUT.width - 40);
  const valueText = (total: number, tone: StandingStatus) => formatNumber(total) + (tone === 'eliminated' ? ` · ${t('chartEliminated')}` : '');

  return (
    <figure class="totals-chart">
      <Show when={props.standings.length > 0} fallback={<p class="muted">{t('chartEmpty')}</p>}>
        <svg
          role="img"
          aria-label={summary()}
          viewBox={`0 0 ${LAYOUT.width} ${model().height}`}
          width="100%"
          style={{ 'max-width': `${LAYOUT.width}px` }}
          preserveAspectRatio="xMinYMin meet"
        >
          <For each={model().ticks}>
            {(tick) => (
              <g class="chart-tick">
                <line x1={tick.x} x2={tick.x} y1={LAYOUT.top - 4} y2={model().height - LAYOUT.bottom + 2} />
                <text x={tick.x} y={model().height - 8} text-anchor="middle">
                  {formatNumber(tick.value)}
                </text>
              </g>
            )}
          </For>
          <Index each={model().rows}>
            {(row) => (
              <g class={`chart-row ${row().tone}`}>
                <title>{`${row().name}: ${t('chartPoints', { total: formatNumber(row().total) })} (${t(TONE_LABEL[row().tone])})`}</title>
                <text class="chart-name notranslate" x={LAYOUT.labelWidth - 8} y={row().y + LAYOUT.rowHeight / 2} dominant-baseline="middle" text-anchor="end">
                  {row().label}
                </text>
                <rect
                  class="chart-bar"
                  x={LAYOUT.labelWidth}
                  y={row().y + (LAYOUT.rowHeight - LAYOUT.barHeight) / 2}
                  width={Math.max(row().length, 1)}
                  height={LAYOUT.barHeight}
                  rx="2"
                />
                <text class="chart-value" x={LAYOUT.labelWidth + row().length + 6} y={row().y + LAYOUT.rowHeight / 2} dominant-baseline="middle">
                  {valueText(row().total, row().tone)}
                </text>
              </g>
            )}
          </Index>
          <Show when={model().cutoffX}>
            {(x) => (
              <g class="chart-cutoff">
                <line x1={x()} x2={x()} y1={LAYOUT.top - 6} y2={model().height - LAYOUT.bottom + 2} />
                <text x={labelX(x())} y={LAYOUT.top - 11} text-anchor="middle">
                  {t('chartCutoff', { n: props.shortlistSize })}
                </text>
              </g>
            )}
          </Show>
        </svg>
        <Show when={model().hidden > 0}>
          <figcaption class="muted">{t('chartMore', { n: model().hidden })}</figcaption>
        </Show>
        <ul class="chart-legend" aria-hidden="true">
          <li><span class="swatch shortlist" />{t('chartShortlist')}</li>
          <li><span class="swatch reserve" />{t('chartReserve')}</li>
          <li><span class="swatch eliminated" />{t('chartEliminated')}</li>
          <Show when={model().cutoff !== null}>
            <li><span class="swatch cutoff" />{t('chartCutoff', { n: props.shortlistSize })}</li>
          </Show>
        </ul>
        <ol class="chart-sr-only">
          <Index each={model().rows}>
            {(row) => <li>{`${row().name}: ${t('chartPoints', { total: formatNumber(row().total) })}, ${t(TONE_LABEL[row().tone])}`}</li>}
          </Index>
        </ol>
      </Show>
    </figure>
  );
}
