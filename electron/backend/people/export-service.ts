/** Spreadsheets handed to the user: the import template, the people list, a team's members. */
import type { Kysely } from 'kysely';
import type { FileDownload } from '../../../shared/contract/types';
import { genderLabels, personTagLabels, roleLabels } from '../../../shared/domain/teams';
import { todayIso } from '../../../shared/vi/dates';
import type { Database } from '../db/schema';
import { composeMemberList } from '../documents/compose';
import { buildDocument } from '../documents/docx/build';
import { lowerFileName } from '../../../shared/documents/file-names';
import { getProfile, requireProfile } from '../profile/profile-service';
import { writePeopleExport, writePeopleTemplate, writeTeamMembersExport } from '../spreadsheets/write';
import { getTeam } from '../teams/team-service';
import { listPeople } from './people-service';

function download(fileName: string, bytes: Buffer): FileDownload {
  return { fileName, base64: bytes.toString('base64') };
}

export async function downloadPeopleTemplate(db: Kysely<Database>): Promise<FileDownload> {
  const profile = await getProfile(db);
  return download('Mau-nhap-danh-sach-to-CNSCD.xlsx', await writePeopleTemplate(profile?.issuerName));
}

export async function exportPeople(
  db: Kysely<Database>,
  options: {
    search?: string | undefined;
    includeArchived?: boolean | undefined;
    villageId?: string | undefined;
  },
): Promise<FileDownload> {
  const profile = await getProfile(db);
  const people = await listPeople(db, options);
  const bytes = await writePeopleExport(
    people.map((p) => ({
      fullName: p.fullName,
      gender: p.gender ? genderLabels[p.gender] : null,
      birthYear: p.birthYear,
      phone: p.phone,
      position: p.position,
      villageName: p.villageName,
      tags: p.tags.map((t) => personTagLabels[t]),
      notes: p.notes,
      archived: p.archived,
    })),
    { communeName: profile?.communeName ?? '', title: 'DANH SÁCH NGƯỜI THAM GIA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG' },
  );
  return download('Danh-sach-nguoi.xlsx', bytes);
}

export async function exportTeamMembers(db: Kysely<Database>, teamId: string): Promise<FileDownload> {
  const profile = await getProfile(db);
  const team = await getTeam(db, teamId);
  const bytes = await writeTeamMembersExport(
    { name: team.name, villageName: team.villageName },
    team.members.map((m) => ({
      fullName: m.fullName,
      gender: m.gender ? genderLabels[m.gender] : null,
      birthYear: m.birthYear,
      phone: m.phone,
      position: m.position,
      roleLabel: roleLabels[m.role],
      startDate: m.startDate,
      endDate: m.endDate,
    })),
    {
      communeName: profile?.communeName ?? '',
      title: `DANH SÁCH THÀNH VIÊN ${team.name.toLocaleUpperCase('vi')}`,
    },
  );
  return download(lowerFileName(`Danh sach thanh vien ${team.name}`, 'xlsx'), bytes);
}

/** A team's current members as a standalone list (.docx) in the format of Decree 30, dated today. */
export async function exportTeamMembersDocx(db: Kysely<Database>, teamId: string): Promise<FileDownload> {
  const profile = await requireProfile(db);
  const team = await getTeam(db, teamId);
  const content = composeMemberList({
    profile,
    team: { name: team.name, villageName: team.villageName, members: team.members },
    date: todayIso(),
  });
  return download(lowerFileName(`Danh sach thanh vien ${team.name}`, 'docx'), await buildDocument(content));
}
