// Unit conversions for WordprocessingML: lengths in twips (1/20 pt), font sizes in half-points.
export const twipsFromMm = (mm: number) => Math.round((mm / 25.4) * 1440);
export const twipsFromPt = (pt: number) => Math.round(pt * 20);
export const halfPoints = (pt: number) => Math.round(pt * 2);

/** Chinese size names (号) in points (GB/T 9704 uses 号; format-2021.md 8.3). */
export const SIZE = { er: 22, san: 16, si: 14, xiaosi: 12, wu: 10.5, xiaowu: 9, liu: 7.5 } as const;
