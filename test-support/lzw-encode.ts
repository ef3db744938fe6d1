// Test support: a PDF LZWDecode writer (ISO 32000-1 §7.4.4, EarlyChange 1), independent of the reader under
// test. Codes are packed in the widths the reader will use (9 to 12 bits, widened one code early); the table
// is cleared (code 256) before it fills. Also the bomb: each code names the longest string there is.
export function lzwPack(codes: number[]): Uint8Array {
  const out: number[] = [];
  let [width, next, count, acc, bits] = [9, 258, 0, 0, 0];
  for (const code of codes) {
    acc = (acc << width) | code;
    bits += width;
    while (bits >= 8) out.push((acc >>> (bits -= 8)) & 0xff);
    acc &= (1 << bits) - 1;
    if (code === 256) {
      [width, next, count] = [9, 258, 0];
      continue;
    }
    if (count++ > 0 && next < 4096) {
      next++;
      if (((next + 1) & next) === 0) width = Math.min(width + 1, 12);
    }
  }
  if (bits > 0) out.push((acc << (8 - bits)) & 0xff);
  return Uint8Array.from(out);
}

/** Ordinary LZW compression of `data`, ending with 257 (EOD). */
export function lzwEncode(data: Uint8Array): Uint8Array {
  const codes: number[] = [];
  let dict = new Map<string, number>();
  let next = 258;
  let w = "";
  for (const byte of data) {
    const c = String.fromCharCode(byte);
    if (w && dict.has(w + c)) w += c;
    else if (!w) w = c;
    else {
      codes.push(w.length === 1 ? w.charCodeAt(0) : dict.get(w)!);
      dict.set(w + c, next++);
      w = c;
      if (next >= 4094) {
        codes.push(w.charCodeAt(0), 256);
        [dict, next, w] = [new Map(), 258, ""];
      }
    }
  }
  if (w) codes.push(w.length === 1 ? w.charCodeAt(0) : dict.get(w)!);
  codes.push(257);
  return lzwPack(codes);
}

/** A few KB that decode to about 2 600 times their size: the table grown one byte at a time, then its longest entry again and again. */
export function lzwBomb(repeats: number): Uint8Array {
  const codes = [0];
  for (let c = 258; c < 4096; c++) codes.push(c);
  for (let i = 0; i < repeats; i++) codes.push(4095);
  return lzwPack(codes);
}
