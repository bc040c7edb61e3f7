/** Provinces and communes after the July 2025 reform, from new-vn-provinces. */
import { getAllProvince } from 'new-vn-provinces/provinces';
import { getAllWards } from 'new-vn-provinces/wards';
import { AppError } from '../../../shared/contract/errors';
import type { AdminUnit } from '../../../shared/contract/types';
import { compareVi, foldVi } from '../../../shared/vi/text';

export async function listProvinces(): Promise<AdminUnit[]> {
  const provinces = await getAllProvince();
  return provinces
    .map((p) => ({ code: p.idProvince, name: p.name }))
    .sort((a, b) => compareVi(a.name, b.name));
}

export async function listCommunes(provinceCode: string): Promise<AdminUnit[]> {
  const wards = await getAllWards();
  return wards
    .filter((w) => w.idProvince === provinceCode)
    .map((w) => ({ code: w.idWard, name: w.name }))
    .sort((a, b) => compareVi(a.name, b.name));
}

export async function findProvince(code: string): Promise<AdminUnit | null> {
  return (await listProvinces()).find((p) => p.code === code) ?? null;
}

export async function findCommune(provinceCode: string, communeCode: string): Promise<AdminUnit | null> {
  return (await listCommunes(provinceCode)).find((c) => c.code === communeCode) ?? null;
}

/** Resolves names from codes, or takes the names given for a unit the list does not have. */
export async function resolveUnit(input: {
  provinceCode: string;
  communeCode: string;
  provinceName?: string | null;
  communeName?: string | null;
}): Promise<{ provinceName: string; communeName: string }> {
  const province = await findProvince(input.provinceCode);
  const provinceName = input.provinceName ?? province?.name ?? null;
  if (!provinceName) {
    throw new AppError(
      'validation',
      `Không có tỉnh mã ${input.provinceCode} trong danh mục sau sắp xếp 2025. Hãy kiểm tra mã, hoặc ghi tên tỉnh (--province-name).`,
    );
  }
  const commune = province ? await findCommune(input.provinceCode, input.communeCode) : null;
  const communeName = input.communeName ?? commune?.name ?? null;
  if (!communeName) {
    throw new AppError(
      'validation',
      `Không có xã mã ${input.communeCode} thuộc ${provinceName} trong danh mục. Hãy kiểm tra mã, hoặc ghi tên xã (--commune-name).`,
    );
  }
  return { provinceName, communeName };
}

/** "Tỉnh Quảng Ngãi", "quang ngai" and "TP. Hà Nội" compare without the kind word and accents. */
function bareUnitName(name: string): string {
  return foldVi(name)
    .replace(/^(tinh|thanh pho|tp\.?|xa|phuong|dac khu|thi tran) /u, '')
    .trim();
}

function unitProblem(path: string, message: string): AppError {
  return new AppError('validation', message, { fields: [{ path, message }] });
}

/**
 * The one rule of a commune profile's unit, for the setup, Settings and `init`: a code in the
 * official list takes its official name (the name given may differ only in accents, case or the
 * kind word, "Quảng Ngãi" for "Tỉnh Quảng Ngãi"); a unit typed by hand must have a code the list
 * does not have, and a province or commune the list has under another code is chosen from it.
 * Refused with a message naming the official unit, never silently changed to another one.
 */
export async function checkUnit(input: {
  provinceCode: string;
  provinceName: string;
  communeCode: string;
  communeName: string;
}): Promise<{ provinceName: string; communeName: string }> {
  const provinces = await listProvinces();
  const province = provinces.find((p) => p.code === input.provinceCode);
  let provinceName = input.provinceName;
  if (province) {
    if (bareUnitName(province.name) !== bareUnitName(input.provinceName)) {
      throw unitProblem(
        'provinceName',
        `Mã tỉnh ${province.code} trong danh mục là ${province.name}, không phải «${input.provinceName}». ` +
          'Hãy chọn tỉnh trong danh sách; nếu tỉnh của xã không có trong danh sách, hãy dùng mã khác.',
      );
    }
    provinceName = province.name;
  } else {
    const same = provinces.find((p) => bareUnitName(p.name) === bareUnitName(input.provinceName));
    if (same) {
      throw unitProblem(
        'provinceName',
        `${same.name} có trong danh mục với mã ${same.code}, không phải mã ${input.provinceCode}. ` +
          'Hãy bỏ đánh dấu “Đơn vị không có trong danh sách” và chọn tỉnh trong danh sách.',
      );
    }
  }

  const wards = await getAllWards();
  const ward = wards.find((w) => w.idWard === input.communeCode);
  if (ward) {
    const wardProvince = provinces.find((p) => p.code === ward.idProvince);
    if (ward.idProvince !== input.provinceCode) {
      throw unitProblem(
        'communeCode',
        `Mã xã ${ward.idWard} trong danh mục là ${ward.name} thuộc ${wardProvince?.name ?? `tỉnh mã ${ward.idProvince}`}, ` +
          `không thuộc ${provinceName}. Hãy chọn xã trong danh sách; xã không có trong danh sách thì dùng mã khác.`,
      );
    }
    if (bareUnitName(ward.name) !== bareUnitName(input.communeName)) {
      throw unitProblem(
        'communeName',
        `Mã xã ${ward.idWard} trong danh mục là ${ward.name}, không phải «${input.communeName}». ` +
          'Hãy chọn xã trong danh sách; nếu xã không có trong danh sách, hãy dùng mã khác.',
      );
    }
    return { provinceName, communeName: ward.name };
  }
  if (province) {
    const same = wards.find(
      (w) => w.idProvince === province.code && bareUnitName(w.name) === bareUnitName(input.communeName),
    );
    if (same) {
      throw unitProblem(
        'communeName',
        `${same.name} (${province.name}) có trong danh mục với mã ${same.idWard}, không phải mã ${input.communeCode}. ` +
          'Hãy bỏ đánh dấu “Đơn vị không có trong danh sách” và chọn xã trong danh sách.',
      );
    }
  }
  return { provinceName, communeName: input.communeName };
}
