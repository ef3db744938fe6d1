"use client";
// Text fields under `root` pass the door's hygiene (lib/wizard/field-hygiene.ts) as they are typed in and left:
// a capture listener cleans the field's value before the form (react-hook-form, the grid's editor) reads it.
// Not during an IME composition; the caret stays after the same characters.
import { useEffect, type RefObject } from "react";
import { caretAfter, cleanOnLeave, cleanWhileTyping } from "@/lib/wizard/field-hygiene";

const TEXT_TYPES = new Set(["text", "search", "tel", "url", "email", ""]);

type Field = HTMLInputElement | HTMLTextAreaElement;

function textField(t: EventTarget | null): Field | null {
  if (t instanceof HTMLTextAreaElement) return t;
  if (t instanceof HTMLInputElement && TEXT_TYPES.has(t.getAttribute("type") ?? "")) return t;
  return null;
}

/** Sets the value past React's value tracker, so the form's change handler sees the new value as a change. */
function setNative(field: Field, value: string) {
  const proto = field instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  Object.getOwnPropertyDescriptor(proto, "value")!.set!.call(field, value);
}

export function useFieldHygiene(root: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onInput = (e: Event) => {
      const field = textField(e.target);
      if (!field || (e as InputEvent).isComposing) return;
      const multiline = field instanceof HTMLTextAreaElement;
      const clean = (s: string) => cleanWhileTyping(s, multiline);
      const value = field.value;
      const next = clean(value);
      if (next === value) return;
      const caret = field.selectionStart === null ? null : caretAfter(value, field.selectionStart, clean);
      setNative(field, next);
      if (caret !== null && document.activeElement === field) field.setSelectionRange(caret, caret);
    };
    const onLeave = (e: Event) => {
      const field = textField(e.target);
      // The grid's one editor moves between cells: its cells are read as numbers (spaces do not count).
      if (!field || field.readOnly || field.disabled || field.hasAttribute("data-grid-editor")) return;
      const next = cleanOnLeave(field.value, field instanceof HTMLTextAreaElement);
      if (next === field.value) return;
      setNative(field, next);
      field.dispatchEvent(new Event("input", { bubbles: true }));
    };
    el.addEventListener("input", onInput, true);
    el.addEventListener("focusout", onLeave, true);
    return () => {
      el.removeEventListener("input", onInput, true);
      el.removeEventListener("focusout", onLeave, true);
    };
  }, [root]);
}
