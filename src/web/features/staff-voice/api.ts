import { useQuery } from '@tanstack/react-query';
import type { SystemList } from '../../../shared/contracts/estate-views.js';
import type { SystemStaffVoice } from '../../../shared/contracts/staff-voice.js';
import { api } from '../../app/api.js';

/** What staff said about one system in surveys, beside the architects' fit. */
export const useSystemStaffVoice = (orgId: string, systemId: string) =>
  useQuery({
    queryKey: ['estate', orgId, 'staff-voice', systemId],
    queryFn: () => api.get<SystemStaffVoice>(`/orgs/${orgId}/systems/${systemId}/staff-voice`),
    // Staff members may read the register but not survey results (403): no point retrying.
    retry: false,
  });

/** The live register, most-used first, for choosing the systems a survey asks about. */
export const useLiveSystems = (orgId: string) =>
  useQuery({
    queryKey: ['estate', orgId, 'systems', '?staff-voice-picker'],
    queryFn: () => api.get<SystemList>(`/orgs/${orgId}/systems?sort=userCount&direction=desc&pageSize=200`),
  });
