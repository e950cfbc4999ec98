import { useQuery } from '@tanstack/react-query';
import type { Participation } from '../../../shared/contracts/participation.js';
import { api } from '../../app/api.js';

export const useParticipation = (orgId: string) =>
  useQuery({ queryKey: ['participation', orgId], queryFn: () => api.get<Participation>(`/orgs/${orgId}/me/participation`) });
