import type { DataSource } from 'typeorm';
import type { DemoPlace } from '../../src/database/seed/demo-data';

/**
 * Approximate seats of Gansu's 14 prefecture-level divisions (degrees). The region dataset carries no coordinates, so
 * each county is placed at a fixed offset from its prefecture's seat, derived from its code: close enough for the
 * benchmark's radius queries to meet realistic densities, not a map.
 */
const PREFECTURE_SEATS: Record<string, { lat: number; lng: number; spread: number }> = {
  '6201': { lat: 36.06, lng: 103.83, spread: 0.5 }, // 兰州市
  '6202': { lat: 39.77, lng: 98.29, spread: 0.1 }, // 嘉峪关市
  '6203': { lat: 38.52, lng: 102.19, spread: 0.4 }, // 金昌市
  '6204': { lat: 36.54, lng: 104.14, spread: 0.7 }, // 白银市
  '6205': { lat: 34.58, lng: 105.72, spread: 0.6 }, // 天水市
  '6206': { lat: 37.93, lng: 102.64, spread: 0.8 }, // 武威市
  '6207': { lat: 38.93, lng: 100.45, spread: 0.8 }, // 张掖市
  '6208': { lat: 35.54, lng: 106.66, spread: 0.5 }, // 平凉市
  '6209': { lat: 39.73, lng: 98.49, spread: 1.5 }, // 酒泉市
  '6210': { lat: 35.71, lng: 107.64, spread: 0.6 }, // 庆阳市
  '6211': { lat: 35.58, lng: 104.63, spread: 0.6 }, // 定西市
  '6212': { lat: 33.4, lng: 104.92, spread: 0.7 }, // 陇南市
  '6229': { lat: 35.6, lng: 103.21, spread: 0.35 }, // 临夏回族自治州
  '6230': { lat: 34.98, lng: 102.91, spread: 0.8 }, // 甘南藏族自治州
};

/** A deterministic number in [-1, 1) from a text (FNV-1a). */
function unit(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return (h / 0x100000000) * 2 - 1;
}

/**
 * Every county-level division of a province from the region dataset, as places to spread postings over. City
 * districts (市辖区, the 01–20 county codes of a prefecture city) weigh three times a county, as more jobs are there.
 */
export async function provincePlaces(ds: DataSource, provinceCode: string): Promise<DemoPlace[]> {
  const rows: { code: string; name: string; full_name: string }[] = await ds.query(
    `SELECT code, name, full_name FROM regions WHERE level = 'COUNTY' AND code LIKE $1 ORDER BY code`,
    [`${provinceCode.slice(0, 2)}%`],
  );
  const places: DemoPlace[] = [];
  for (const r of rows) {
    const seat = PREFECTURE_SEATS[r.code.slice(0, 4)];
    if (!seat) throw new Error(`no seat coordinates for prefecture ${r.code.slice(0, 4)}00 (province scale knows Gansu's, 620000)`);
    const district = Number(r.code.slice(4)) <= 20;
    places.push({
      code: r.code,
      name: r.name,
      prefix: r.full_name.replace(/\s+/g, '').replace(r.name, ''),
      lat: Math.round((seat.lat + unit(`${r.code}:lat`) * seat.spread * (district ? 0.15 : 1)) * 1e5) / 1e5,
      lng: Math.round((seat.lng + unit(`${r.code}:lng`) * seat.spread * (district ? 0.15 : 1)) * 1e5) / 1e5,
      weight: district ? 3 : 1,
    });
  }
  if (!places.length) throw new Error(`no counties under ${provinceCode} in the region dataset`);
  return places;
}
