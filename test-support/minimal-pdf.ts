// Test support: small hand-made PDFs — a scanned page (an image, no text), and Chinese text in a font that is not
// embedded (STSong-Light with the UniGB-UCS2-H character map, as older Chinese PDF tools write it; in lib/site,
// which the self-check page uses too).
import { page, pdf, stream } from "../lib/site/sample-pdf";

export { unembeddedChinesePdf } from "../lib/site/sample-pdf";

/** One page that is only a picture: what a scanner makes. */
export function scannedPdf(): Uint8Array {
  return pdf([
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    page("<< /XObject << /Im1 5 0 R >> >>"),
    stream("", "q 595 0 0 842 0 0 cm /Im1 Do Q"),
    stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", "\x00\x80\x80\x00"),
  ]);
}
