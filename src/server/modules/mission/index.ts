import type { ChorusModule } from '../../platform/module.js';

export const missionModule: ChorusModule = {
  name: 'mission',
};
