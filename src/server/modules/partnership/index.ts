import type { ChorusModule } from '../../platform/module.js';

export const partnershipModule: ChorusModule = {
  name: 'partnership',
};
