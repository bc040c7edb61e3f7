import { AppError } from '../../../shared/contract/errors';
import type { AppInfo } from '../../../shared/contract/types';
import { foldVi } from '../../../shared/vi/text';
import { nowIso } from '../clock';
import type { BackendContext } from '../context';
import { insertInChunks } from '../db/bulk';
import { inTransaction } from '../db/transaction';
import { newId } from '../ids';
import { getInfo, isEmpty } from '../info-service';
import { personColumns } from '../people/people-service';
import { setupProfile } from '../profile/profile-service';
import { insertVillages, listVillages } from '../villages/village-service';
import { demoProfile, demoVillages } from './demo-data';
import { loadMonthlyDemo } from './demo-monthly';
import { demoPhone, demoTeams } from './demo-people';

/** The demo teams were founded after the July 2025 merger. */
const DEMO_START = '2025-08-15';

/**
 * Fills an empty database with the demo commune. With `force`, what is there is replaced,
 * all in one transaction.
 */
export async function loadDemo(ctx: BackendContext, options: { force?: boolean } = {}): Promise<AppInfo> {
  if (!options.force && !(await isEmpty(ctx))) {
    throw new AppError(
      'conflict',
      'Cơ sở dữ liệu đã có dữ liệu nên không nạp dữ liệu mẫu (để khỏi lẫn với dữ liệu thật). ' +
        'Hãy dùng một tệp dữ liệu mới, hoặc thêm --force để xóa hết và nạp lại.',
    );
  }
  await inTransaction(ctx.db, async (trx) => {
    for (const table of [
      'activity_kind_totals',
      'activity_year_totals',
      'activity_totals',
      'activity_members',
      'activity_results',
      'activity_platforms',
      'activities',
      'training_attendees',
      'trainings',
      'targets',
      'document_teams',
      'documents',
      'memberships',
      'teams',
      'people',
      'villages',
      'leaders',
      'commune_profile',
    ] as const) {
      await trx.deleteFrom(table).execute();
    }
    await setupProfile(trx, demoProfile, { force: true });
    await insertVillages(trx, demoVillages);
    const villageIds = new Map((await listVillages(trx)).map((v) => [v.name, v.id]));
    const now = nowIso();
    const people = new Map<string, string>();
    const teams = [];
    const memberships = [];
    let phoneIndex = 0;
    for (const team of demoTeams()) {
      const teamId = newId();
      const villageId = team.villageName ? (villageIds.get(team.villageName) ?? null) : null;
      teams.push({
        id: teamId,
        level: team.level,
        name: team.name,
        village_id: villageId,
        zalo_link: villageId ? `https://zalo.me/g/dongson${teams.length}` : null,
        zalo_households: team.zaloHouseholds,
        status: 'active' as const,
        notes: null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      });
      for (const [order, member] of team.members.entries()) {
        // Generated names repeat across villages: a namesake in another village is another person
        // (one person in two villages' teams broke the rule "members of the same village").
        const key = foldVi(`${member.fullName} ${member.birthYear} ${villageId ?? ''}`);
        let personId = people.get(key);
        if (!personId) {
          personId = newId();
          people.set(key, personId);
          const columns = personColumns({
            fullName: member.fullName,
            gender: member.gender,
            birthYear: member.birthYear,
            phone: demoPhone(phoneIndex++),
            position: member.position,
            villageId,
            tags: member.tags,
            notes: null,
          });
          await insertInChunks(trx, 'people', [
            {
              id: personId,
              ...columns,
              archived_at: null,
              created_at: now,
              updated_at: now,
              deleted_at: null,
            },
          ]);
        }
        memberships.push({
          id: newId(),
          team_id: teamId,
          person_id: personId,
          role: member.role,
          start_date: DEMO_START,
          end_date: null,
          decision_id: null,
          end_decision_id: null,
          sort_order: order + 1,
          created_at: now,
          updated_at: now,
          deleted_at: null,
        });
      }
    }
    await insertInChunks(trx, 'teams', teams);
    await insertInChunks(trx, 'memberships', memberships);
    await loadMonthlyDemo(trx);
  });
  return getInfo(ctx);
}
