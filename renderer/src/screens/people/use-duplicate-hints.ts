/**
 * Likely duplicates while a person is being typed in: the same phone, or the same name and year
 * of birth (never the name alone). Asked of the backend once the typing pauses.
 */
import { useQuery } from '@tanstack/react-query';
import type { DuplicateHint } from '../../../../shared/contract/types';
import { normalizePhone } from '../../../../shared/vi/phone';
import { cleanText } from '../../../../shared/vi/text';
import { api } from '../../api';
import { registerKeys } from '../../app/register-queries';
import { useDebounced } from '../../components/use-debounced';

export interface TypedPerson {
  fullName: string | undefined;
  birthYear: number | null | undefined;
  phone: string | undefined;
}

export function useDuplicateHints(typed: TypedPerson, excludeId: string | undefined): DuplicateHint[] {
  const fullName = cleanText(typed.fullName ?? '');
  const birthYear =
    typeof typed.birthYear === 'number' && Number.isInteger(typed.birthYear) ? typed.birthYear : null;
  const phone = normalizePhone(typed.phone ?? '').phone;
  const query = useDebounced(
    JSON.stringify({ fullName, birthYear, phone, ...(excludeId === undefined ? {} : { excludeId }) }),
    250,
  );
  const hints = useQuery({
    queryKey: [...registerKeys.duplicates, query],
    queryFn: () => api.findDuplicates(JSON.parse(query) as Parameters<typeof api.findDuplicates>[0]),
    enabled: phone !== null || (fullName !== '' && birthYear !== null),
  });
  return (phone !== null || (fullName !== '' && birthYear !== null) ? hints.data : undefined) ?? [];
}
