// User text shown bidi-isolated (HTML <bdi>, UAX #9 isolates): a unit name, a file name or a quoted paragraph
// with right-to-left letters cannot reorder the words around it, so no name renders as another.
import type { ReactNode } from "react";

/** Text that came from the user (a file, the clipboard, a form), isolated from what stands beside it. */
export function UserText({ children }: { children: ReactNode }) {
  return <bdi>{children}</bdi>;
}

const QUOTED = /(“[^”]*”)/;

/** A message that quotes the user's text (“城关镇.docx”、“上年结转12件”): each quotation isolated. */
export function QuotedText({ text }: { text: string }) {
  return text.split(QUOTED).map((part, i) => (i % 2 === 1 ? <bdi key={i}>{part}</bdi> : part));
}

/** Lines made from the user's `name` followed by the app's words (the title): the name's characters isolated. */
export function NameLines({ lines, name }: { lines: string[]; name: string }) {
  let left = lines.join("").startsWith(name) ? name.length : 0;
  return lines.map((line, i) => {
    const own = Math.min(left, line.length);
    left -= own;
    return (
      <span key={i}>
        {i > 0 && <br />}
        {own > 0 && <bdi>{line.slice(0, own)}</bdi>}
        {line.slice(own)}
      </span>
    );
  });
}
