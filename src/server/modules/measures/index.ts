import type { ChorusModule } from '../../platform/module.js';

export const measuresModule: ChorusModule = {
  name: 'measures',
};
