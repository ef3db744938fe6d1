// A unit kind guessed from the unit's name (the title of the report); the clerk confirms it.
const BY_NAME: [RegExp, string][] = [
  [/街道(办事处)?$/, "subdistrict"],
  [/(镇|乡)(人民政府)?$/, "township"],
  [/(县|区|旗)(人民政府)?$/, "county-government"],
  [/省人民政府$/, "province-government"],
  [/市人民政府$/, "city-government"],
  [/(局|委员会|委|办公室|办|中心|院|所)$/, "county-department"],
];

export function guessUnitKind(name: string): string | null {
  const n = name.replace(/\s/g, "");
  return BY_NAME.find(([re]) => re.test(n))?.[1] ?? null;
}
