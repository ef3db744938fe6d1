// The door's text hygiene (lib/text/hygiene.ts) on the wizard's form fields, so what the clerk sees is what is
// saved: while typing, what is invisible goes at once but spaces stay (the next word may follow); on leaving the
// field, the whole of it (a single line trimmed, one space for a break or tab).
import { cleanLine, cleanText } from "../text/hygiene";

export function cleanWhileTyping(value: string, multiline: boolean): string {
  const text = cleanText(value);
  return multiline ? text : text.replace(/\n/g, " ");
}

export function cleanOnLeave(value: string, multiline: boolean): string {
  return multiline ? cleanText(value) : cleanLine(value);
}

/** Where the caret goes once the text before it was cleaned the same way. */
export function caretAfter(value: string, caret: number, clean: (s: string) => string): number {
  return clean(value.slice(0, caret)).length;
}
