/** How trainings read on screen, and what a team's members attended. */
import type { Training } from '../../../../shared/contract/monthly-types';

/** 3.5 → "3,5"; none → "—". */
export function formatHours(hours: number | null): string {
  return hours === null ? '—' : hours.toLocaleString('vi-VN', { maximumFractionDigits: 2 });
}

export interface MembersTrainings {
  /** Members who attended at least one training. */
  trainedMembers: number;
  /** The trainings at least one member attended (order kept), with those members' names. */
  trainings: (Training & { memberNames: string[] })[];
}

/** The trainings a team's members attended, and how many of the members are trained. */
export function membersTrainings(
  trainings: readonly Training[],
  members: readonly { personId: string }[],
): MembersTrainings {
  const memberIds = new Set(members.map((m) => m.personId));
  const trained = new Set<string>();
  const attended: MembersTrainings['trainings'] = [];
  for (const training of trainings) {
    const present = training.attendees.filter((a) => memberIds.has(a.personId));
    if (present.length === 0) continue;
    for (const a of present) trained.add(a.personId);
    attended.push({ ...training, memberNames: present.map((a) => a.fullName) });
  }
  return { trainedMembers: trained.size, trainings: attended };
}
