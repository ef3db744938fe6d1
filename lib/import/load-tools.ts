// The importers (zip, XML, zod) are loaded on demand, so pages that offer an import stay light.
export const loadImportTools = () =>
  Promise.all([import("./import-report"), import("./check-imported"), import("./start-from-last-year")]).then(
    ([a, b, c]) => ({ ...a, ...b, ...c }),
  );
