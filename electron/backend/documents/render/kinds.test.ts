/**
 * Every kind of document the application composes, rendered by LibreOffice: the founding
 * decision of the commune team, of one village team, of several villages in one decision, the
 * re-organisation, and the standalone member list. The page rules of admin-format.md hold on
 * each (layout.test.ts measures the builder's parts in depth on its fixtures).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Member, Profile } from '../../../../shared/contract/types';
import type { DocumentContent } from '../../../../shared/documents/content';
import { demoProfile } from '../../demo/demo-data';
import { composeDecision, composeMemberList, type TeamForDocument } from '../compose';
import { buildDocument } from '../docx/build';
import { defaultTexts, type DecisionKind } from '../texts';
import { readPdfLayout, type PdfPage } from '../../../../test-support/pdf-layout';
import {
  bodyWords,
  headerWords,
  lineOf,
  missingTools,
  MM1,
  PAGE,
  sectionStarts,
  renderPdfOrExplain,
} from '../../../../test-support/render';

const skip = missingTools();
if (skip !== null) console.warn(skip);

const profile: Profile = { ...demoProfile, updatedAt: '2026-01-01T00:00:00.000Z' };

function team(name: string, villageName: string | null, count: number): TeamForDocument {
  const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi'];
  const given = ['Văn An', 'Thị Hoa', 'Minh Tuấn', 'Thị Thu Hà', 'Quốc Bảo', 'Ngọc Ánh'];
  const members: Member[] = Array.from({ length: count }, (_, i) => ({
    membershipId: `m${i}`,
    personId: `p${i}`,
    fullName: `${families[i % families.length]} ${given[(i * 5) % given.length]}`,
    gender: null,
    birthYear: 1980 + (i % 20),
    phone: `09${String(12_345_678 + i * 7919).slice(-8)}`,
    position: i === 0 ? 'Chủ tịch UBND xã' : 'Giáo viên Tin học Trường THCS Bình Châu',
    villageId: null,
    villageName: null,
    tags: [],
    role: i === 0 ? 'leader' : i === 1 ? 'standing_deputy' : 'member',
    startDate: '2026-01-05',
    endDate: null,
    decisionId: null,
    sortOrder: i,
  }));
  return { name, villageName, members };
}

function decision(kind: DecisionKind, teams: TeamForDocument[], changes: string[] = []): DocumentContent {
  const texts = defaultTexts({
    kind,
    profile,
    teamName: teams[0]?.name ?? '',
    villageNames: [],
    date: '2026-02-05',
    previous:
      kind === 'reorganization' ? 'Quyết định số 45/QĐ-UBND ngày 15/8/2025 của Chủ tịch UBND xã' : null,
  });
  return composeDecision({
    kind,
    profile,
    texts,
    teams,
    symbol: 'QĐ-UBND',
    when: { number: 7, date: '2026-02-05', year: 2026 },
    changes,
  });
}

const commune = team('Tổ Công nghệ số cộng đồng xã Đông Sơn', null, 30);
const kinds: Record<string, DocumentContent> = {
  founding_commune: decision('founding_commune', [commune]),
  founding_village: decision('founding_village', [
    team('Tổ Công nghệ số cộng đồng thôn An Hải', 'Thôn An Hải', 7),
  ]),
  founding_villages: decision('founding_villages', [
    team('Tổ Công nghệ số cộng đồng thôn An Hải', 'Thôn An Hải', 7),
    team('Tổ Công nghệ số cộng đồng thôn Định Tân', 'Thôn Định Tân', 8),
    team('Tổ Công nghệ số cộng đồng tổ dân phố Tịnh Hòa 1', 'Tổ dân phố Tịnh Hòa 1', 6),
  ]),
  reorganization: decision(
    'reorganization',
    [commune],
    [
      'Bổ sung: Hồ Thị Mới, Giáo viên Tin học, giữ chức danh Thành viên.',
      'Thôi tham gia: Lê Thị Hoa (Thành viên).',
    ],
  ),
  member_list: composeMemberList({ profile, team: commune, date: '2026-02-05' }),
};

const rendered: Record<string, PdfPage[]> = {};

beforeAll(async () => {
  if (skip !== null) return;
  for (const [name, content] of Object.entries(kinds)) {
    rendered[name] = await readPdfLayout(await renderPdfOrExplain(await buildDocument(content)));
  }
}, 300_000);

describe.skipIf(skip !== null)('every kind of document, as printed', () => {
  it('shows no page number on the first page of the document nor of an appendix, and one on the others', () => {
    for (const [name, pages] of Object.entries(rendered)) {
      const starts = sectionStarts(pages);
      for (const page of pages) {
        const numbers = headerWords(page).map((w) => w.text);
        expect(numbers, `${name} page ${page.number}`).toEqual(
          starts.includes(page.number) ? [] : [expect.stringMatching(/^\d+$/u)],
        );
      }
    }
  });

  it('keeps the margins: text from 30 mm left and 20 mm top within 1 mm, nothing outside', () => {
    for (const [name, pages] of Object.entries(rendered)) {
      const first = bodyWords(pages[0] as PdfPage);
      // A member list's page 1 holds only tables, whose text sits inside the cells' padding.
      if (name !== 'member_list') {
        expect(Math.abs(Math.min(...first.map((w) => w.xMin)) - PAGE.left), name).toBeLessThanOrEqual(MM1);
      }
      expect(Math.abs(Math.min(...first.map((w) => w.yMin)) - PAGE.top), name).toBeLessThanOrEqual(MM1);
      for (const page of pages) {
        for (const word of bodyWords(page)) {
          const where = `${name} page ${page.number}: ${word.text}`;
          expect(word.xMin, where).toBeGreaterThanOrEqual(PAGE.left - MM1);
          expect(word.xMax, where).toBeLessThanOrEqual(PAGE.right + MM1);
          expect(word.yMax, where).toBeLessThanOrEqual(PAGE.bottom + MM1);
        }
      }
    }
  });

  it('keeps the signature block whole on one page', () => {
    for (const [name, pages] of Object.entries(rendered)) {
      const content = kinds[name] as DocumentContent;
      const signer = lineOf(pages, content.signature.name).page.number;
      for (const text of content.signature.lines)
        expect(lineOf(pages, text).page.number, `${name}: ${text}`).toBe(signer);
    }
  });

  it('prints the number and the title of each kind', () => {
    expect(lineOf(rendered.founding_commune ?? [], 'Số: 07/QĐ-UBND').page.number).toBe(1);
    expect(lineOf(rendered.founding_villages ?? [], 'Phụ lục III').page.number).toBeGreaterThan(1);
    expect(lineOf(rendered.reorganization ?? [], /kiện toàn/u).page.number).toBe(1);
    expect(lineOf(rendered.member_list ?? [], 'DANH SÁCH').page.number).toBe(1);
  });
});
