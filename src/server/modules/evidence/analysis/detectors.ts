import { findPersonalInfo } from '../../../platform/text/personal-info.js';
import { sentimentOf } from '../../../platform/text/sentiment.js';
import type { Analyser } from './analyse.js';

/** The on-machine analyses of `platform/text`: the one place the evidence job meets the models. */
export function onMachineAnalyser(): Analyser {
  return {
    sentimentOf,
    findPersonalInfo: (text) => findPersonalInfo(text).map(({ start, end, kind }) => ({ start, end, kind })),
  };
}
