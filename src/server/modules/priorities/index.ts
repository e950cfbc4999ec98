import type { ChorusModule } from '../../platform/module.js';

export const prioritiesModule: ChorusModule = {
  name: 'priorities',
};
