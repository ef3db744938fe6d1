// pdf.js needs Adobe's character maps to read Chinese text set in a font that is not embedded (STSong-Light
// with UniGB-UCS2-H, as older Chinese PDF tools write it). A loader gives the packed map by name: from
// node_modules in Node, from the site itself in the browser (no CDN: the app must work on an intranet).

export type CMapLoader = (name: string) => Promise<Uint8Array>;

/** A pdf.js CMapReaderFactory (its constructor and fetch) over a loader. */
export function cmapReaderFactory(load: CMapLoader) {
  return class CMapReader {
    constructor(_options: { baseUrl?: string | null; isCompressed?: boolean }) {}
    async fetch({ name }: { name: string }): Promise<{ cMapData: Uint8Array; isCompressed: boolean }> {
      return { cMapData: await load(name), isCompressed: true };
    }
  };
}
