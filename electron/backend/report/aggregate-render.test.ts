/**
 * The aggregated report as printed: rendered by LibreOffice, read back from the PDF (words and
 * their boxes) and the pixels (the tables' drawn borders). Three real communes, one silent; and
 * thirty (the two real data sets in turn, every fifth silent) whose table of communes runs over
 * several landscape pages. Margins, page numbers from page 2 of each section, every table within
 * the text width, the header row on every page of the long table, the rows' numbers equal to the
 * figures and the silent communes' "Chưa gửi".
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AggregateFigures } from '../../../shared/contract/report-types';
import { formatCount } from '../../../shared/vi/numbers';
import {
  aggregateHeader,
  aggregateTexts,
  communeCounts,
  communeSources,
  manyCommunes,
  threeCommunes,
} from '../../../test-support/aggregate-fixture';
import { readPdfLayout, type PdfPage } from '../../../test-support/pdf-layout';
import { rasterizePage, type GrayImage } from '../../../test-support/raster';
import {
  lineOf,
  missingTools,
  MM3,
  pageNumbering,
  phraseOf,
  renderPdfOrExplain,
  sectionStarts,
  tableRules,
  wordsRightOf,
} from '../../../test-support/render';
import { expectTextWithinMargins } from '../../../test-support/render-expect';
import { buildAggregateReport } from './aggregate-content';

const skip = missingTools();
if (skip !== null) console.warn(skip);

const DPI = 100;

interface Rendered {
  figures: AggregateFigures;
  pages: PdfPage[];
  images: GrayImage[];
}

const rendered = {} as Record<'three' | 'many', Rendered>;

async function render(figures: AggregateFigures): Promise<Rendered> {
  const docx = await buildAggregateReport({
    figures,
    header: aggregateHeader,
    texts: aggregateTexts,
    when: { number: 12, date: '2026-03-18', year: 2026 },
  });
  const pdf = await renderPdfOrExplain(docx);
  const pages = await readPdfLayout(pdf);
  const images: GrayImage[] = [];
  for (const page of pages) images.push(await rasterizePage(pdf, page.number, DPI));
  return { figures, pages, images };
}

beforeAll(async () => {
  if (skip !== null) return;
  const sources = await communeSources();
  rendered.three = await render(threeCommunes(sources));
  rendered.many = await render(manyCommunes(sources, 30));
}, 300_000);

const names = ['three', 'many'] as const;

describe.skipIf(skip !== null)('the printed aggregated report', () => {
  it('prints the supervising body above the unit broken in two lines, left of the national title', () => {
    const [page] = rendered.three.pages as [PdfPage];
    const supervising = lineOf([page], 'UBND TỈNH QUẢNG NGÃI').line;
    const unit1 = lineOf([page], 'SỞ KHOA HỌC').line;
    const unit2 = lineOf([page], 'VÀ CÔNG NGHỆ').line;
    const national = lineOf([page], 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM').line;
    expect(supervising.yMin).toBeLessThan(unit1.yMin);
    expect(unit1.yMin).toBeLessThan(unit2.yMin);
    expect(Math.abs(supervising.yMin - national.yMin)).toBeLessThan(3);
    for (const line of [supervising, unit1, unit2]) expect(line.xMax).toBeLessThan(national.xMin);
    expect(lineOf([page], /^Số: 12\/BC-SKHCN/u).line.yMin).toBeGreaterThan(unit2.yMax);
  });

  it('has the report portrait, then the table of communes from a new page, landscape', () => {
    for (const name of names) {
      const { pages } = rendered[name];
      const starts = sectionStarts(pages);
      expect(starts, name).toHaveLength(2);
      const appendix = starts[1] ?? 0;
      for (const page of pages) {
        if (page.number < appendix) expect(page.width, name).toBeLessThan(page.height);
        else expect(page.width, name).toBeGreaterThan(page.height);
      }
    }
    const many = rendered.many.pages;
    expect(many.length - (sectionStarts(many)[1] ?? 0)).toBeGreaterThanOrEqual(2);
  });

  it('numbers the pages from 2 in each section, centred in the top margin', () => {
    let numbered = 0;
    for (const name of names) {
      for (const entry of pageNumbering(rendered[name].pages)) {
        expect(entry.printed, `${name} page ${entry.page}`).toEqual(entry.wanted);
        expect(entry.offCentre, `${name} page ${entry.page}`).toBeLessThanOrEqual(MM3);
        numbered += entry.wanted.length;
      }
    }
    expect(numbered).toBeGreaterThanOrEqual(4);
  });

  it('keeps every word inside the margins, the text starting at 30 mm left and 20 mm top', () => {
    for (const name of names) expectTextWithinMargins(name, rendered[name].pages);
  });

  it('draws every table within the text width, the widest as wide as it', () => {
    for (const name of names) {
      const { pages, images } = rendered[name];
      let widest = 0;
      pages.forEach((page, i) => {
        const rules = tableRules(page, images[i] as GrayImage, DPI);
        expect(rules.outside, `${name} page ${page.number}`).toBe(0);
        widest = Math.max(widest, rules.widest);
      });
      expect(widest, name).toBeGreaterThan(0.99);
    }
  });

  it('repeats the header row on every page of the 30 communes’ table, each row with its figures', () => {
    const { pages, figures } = rendered.many;
    const appendix = pages.slice((sectionStarts(pages)[1] ?? 0) - 1);
    // The first table's pages: those whose header has the counts' columns.
    const firstTable = appendix.filter((p) => p.words.some((w) => w.text === 'Tổ'));
    expect(firstTable.length).toBeGreaterThanOrEqual(2);
    for (const page of firstTable) {
      const header = phraseOf([page], 'Xã, phường');
      expect(page.words.some((w) => w.text === 'STT' && Math.abs(w.yMax - header.box.yMax) < 30)).toBe(true);
    }
    let silent = 0;
    figures.communes.forEach((commune, i) => {
      // The row by its number in the STT column (a long name may take two lines), the first
      // table's row before any further table's.
      const [page, number] = firstTable
        .flatMap((p) => {
          const stt = p.words.find((w) => w.text === 'STT');
          return p.words
            .filter((w) => w.text === String(i + 1) && stt !== undefined && w.xMax <= stt.xMax + 2)
            .sort((a, b) => a.yMin - b.yMin)
            .map((w) => [p, w] as const);
        })
        .at(0) ?? [undefined, undefined];
      if (page === undefined) throw new Error(`no row ${i + 1}`);
      const line = wordsRightOf(page, number);
      const name = commune.communeName.split(' ');
      let k = 0;
      while (k < name.length && line[k] === name[k]) k += 1;
      expect(k, commune.communeName).toBeGreaterThanOrEqual(2);
      const printed = line.slice(k);
      if (!commune.received) {
        silent += 1;
        expect(printed.slice(0, 4), commune.communeName).toEqual(['Chưa', 'gửi', '-', '-']);
        return;
      }
      expect(printed.slice(0, 6), commune.communeName).toEqual(
        [
          commune.teams,
          commune.members,
          commune.activities,
          commune.people,
          commune.households,
          commune.trainedMembers,
        ].map(formatCount),
      );
    });
    expect(silent).toBe(6);
    const total = phraseOf(firstTable, 'Tổng cộng');
    expect(wordsRightOf(total.page, total.box).slice(0, 6)).toEqual(communeCounts(figures).map(formatCount));
  });
});
