/**
 * The one home of file names made from Vietnamese words: ASCII letters and digits joined by "-",
 * so a file travels through every e-mail, USB stick and old Windows unchanged.
 */

/** "QĐ thành lập tổ CNSCĐ thôn An Hải" → "QD-thanh-lap-to-CNSCD-thon-An-Hai" (case kept). */
export function fileSlug(words: string): string {
  const base = words
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/Đ/gu, 'D')
    .replace(/[^A-Za-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return base === '' ? 'tep' : base;
}

/** "Danh sách thành viên Tổ…" + "xlsx" → "danh-sach-thanh-vien-to….xlsx" (lower case). */
export function lowerFileName(title: string, extension: string): string {
  return `${fileSlug(title).toLowerCase()}.${extension}`;
}

/**
 * The founding decisions of several village teams, one file each, named after the village and
 * unique in one folder whatever the case: "QD-thanh-lap-to-CNSCD-thon-An-Hai.docx", "…-2.docx".
 */
export function villageDecisionFileNames(
  teams: readonly { name: string; villageName: string | null }[],
): string[] {
  const used = new Set<string>();
  return teams.map((team) => {
    const place = team.villageName ?? team.name;
    const base = fileSlug(
      `QĐ thành lập tổ CNSCĐ ${place.charAt(0).toLocaleLowerCase('vi')}${place.slice(1)}`,
    );
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return `${name}.docx`;
  });
}
