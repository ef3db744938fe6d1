// saxen 11 ships no types: the part of its API the .xlsx reader uses (https://github.com/nikku/saxen#readme).
declare module "saxen" {
  type Decode = (s: string) => string;
  export class Parser {
    on(event: "openTag", fn: (name: string, attrs: () => Record<string, string>, decode: Decode, selfClosing: boolean) => void): this;
    on(event: "closeTag", fn: (name: string, decode: Decode, selfClosing: boolean) => void): this;
    on(event: "text", fn: (text: string, decode: Decode) => void): this;
    on(event: "cdata", fn: (text: string) => void): this;
    on(event: "error", fn: (error: Error) => void): this;
    parse(xml: string): this;
  }
}
