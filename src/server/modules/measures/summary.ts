import { dayNumber } from '../../../shared/calendar-date.js';
import { DIRECTION_WORDS, MEASURE_STATUS_WORDS, type MeasurePoint, type MeasureStatus, type MeasureSummary } from '../../../shared/contracts/measures.js';
import { dayLabel } from './days.js';
import type { MeasureRow } from './load.js';

/**
 * Where a measure stands: progress is the distance travelled from baseline to target (0 at the
 * baseline, 1 at the target). It is on track when it has travelled at least as far as the time
 * elapsed between the baseline and target dates (or, without dates, when it has moved the right way).
 */
export function progressOf(input: { baseline: number | null; baselineOn: string | null; target: number | null; targetOn: string | null; latest: { value: number; on: string } | null }) {
  const { baseline, target, latest } = input;
  if (!latest) return { progress: null, status: 'no_data' as MeasureStatus, statusWords: MEASURE_STATUS_WORDS.no_data };
  if (baseline === null || target === null || target === baseline) {
    return { progress: null, status: 'no_data' as MeasureStatus, statusWords: 'No baseline and target to compare with' };
  }
  // "+ 0" turns the -0 of no movement on a falling measure into 0 (it would read "-0%").
  const progress = Math.round(((latest.value - baseline) / (target - baseline)) * 1000) / 1000 + 0;
  // The baseline itself (a survey's first wave) says nothing yet about whether the measure is moving.
  if (input.baselineOn && latest.on <= input.baselineOn) return { progress, status: 'no_data' as MeasureStatus, statusWords: 'No value since the baseline yet' };
  let status: MeasureStatus;
  if (progress >= 1) status = 'target_met';
  else if (input.baselineOn && input.targetOn && input.targetOn > input.baselineOn) {
    const elapsed = (dayNumber(latest.on) - dayNumber(input.baselineOn)) / (dayNumber(input.targetOn) - dayNumber(input.baselineOn));
    status = progress >= Math.min(Math.max(elapsed, 0), 1) ? 'on_track' : 'not_yet';
  } else status = progress > 0 ? 'on_track' : 'not_yet';
  return { progress, status, statusWords: MEASURE_STATUS_WORDS[status] };
}

/** A measure with its baseline (from the first survey wave when none was typed), target, latest value and status. */
export function summarise(measure: MeasureRow, series: MeasurePoint[], ownerLabel: string): MeasureSummary {
  const shown = series.filter((p) => !p.suppressed && p.value !== null);
  const firstWave = measure.source === 'survey' && measure.baselineValue === null ? shown[0] : undefined;
  const baselineValue = measure.baselineValue ?? firstWave?.value ?? null;
  const baselineOn = measure.baselineOn ?? (firstWave ? firstWave.on : null);
  const last = shown.at(-1);
  const latest = last ? { value: last.value!, on: last.on } : null;
  return {
    id: measure.id,
    name: measure.name,
    unit: measure.unit,
    direction: measure.direction,
    directionWords: DIRECTION_WORDS[measure.direction],
    source: measure.source,
    priorityId: measure.priorityId,
    initiativeId: measure.initiativeId,
    ownerLabel,
    baseline: {
      value: baselineValue,
      on: baselineOn ? { on: baselineOn, label: dayLabel(baselineOn) } : null,
      source: firstWave ? `First wave: ${firstWave.label}` : measure.baselineSource,
      fromFirstWave: firstWave !== undefined,
    },
    target: { value: measure.targetValue, on: measure.targetOn ? { on: measure.targetOn, label: dayLabel(measure.targetOn) } : null },
    latest: latest ? { value: latest.value, on: { on: latest.on, label: dayLabel(latest.on) } } : null,
    ...progressOf({ baseline: baselineValue, baselineOn, target: measure.targetValue, targetOn: measure.targetOn, latest }),
  };
}
