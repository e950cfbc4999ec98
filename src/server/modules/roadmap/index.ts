import type { ChorusModule } from '../../platform/module.js';

export const roadmapModule: ChorusModule = {
  name: 'roadmap',
};
