import { registerChecklistItem } from '../strategies/index.js';
import { hasHeadcounts } from './queries.js';

registerChecklistItem({
  phase: 'discover',
  id: 'workforce-denominators',
  label: 'Workforce denominators entered',
  hint: 'On the Workforce page, enter or import headcounts per division and staff group, so you can see who has and has not been heard.',
  isDone: (db, strategy) => hasHeadcounts(db, strategy.organisationId),
});
