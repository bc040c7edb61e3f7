/** Provinces and communes after the July 2025 reform, from new-vn-provinces. */
import { getAllProvince } from 'new-vn-provinces/provinces';
import { getAllWards } from 'new-vn-provinces/wards';
import { AppError } from '../../../shared/contract/errors';
import type { AdminUnit } from '../../../shared/contract/types';
import { compareVi } from '../../../shared/vi/text';

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
