/**
 * A strict, small check of XML 1.0 well-formedness, for the documents the library writes (SVG):
 * every character an XML `Char`; elements properly nested with one root; names as XML writes them;
 * attribute values quoted, each attribute once; every `&` the start of a predefined entity or a
 * character reference to a `Char`; no `<` in text or attribute values; comments well formed.
 * No DTD, CDATA or processing instructions (the library writes none). Returns the first problem
 * found, or undefined for a well-formed document.
 */
export function xmlProblem(xml: string): string | undefined {
  for (const character of xml) {
    const code = character.codePointAt(0) as number;
    if (!isXmlChar(code)) return `character U+${code.toString(16).toUpperCase().padStart(4, "0")} is not an XML Char`;
  }
  const name = /^[A-Za-z_:][A-Za-z0-9_:.-]*/u;
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  const references = (text: string, where: string): string | undefined => {
    if (text.includes("<")) return `"<" in ${where}`;
    for (const match of text.matchAll(/&/gu)) {
      const rest = text.slice(match.index);
      const entity = /^&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9A-Fa-f]+));/u.exec(rest);
      if (entity === null) return `a bare "&" in ${where}: ${rest.slice(0, 12)}`;
      const code =
        entity[2] !== undefined ? Number(entity[2]) : entity[3] !== undefined ? parseInt(entity[3], 16) : 0x20;
      if (!isXmlChar(code)) return `a reference to a character XML forbids in ${where}: ${entity[0]}`;
    }
    return undefined;
  };
  while (i < xml.length) {
    const open = xml.indexOf("<", i);
    const text = xml.slice(i, open === -1 ? xml.length : open);
    if (stack.length === 0 && text.trim() !== "") return `text outside the root: ${text.slice(0, 20)}`;
    const textProblem = references(text, "text");
    if (textProblem !== undefined) return textProblem;
    if (text.includes("]]>")) return `"]]>" in text`;
    if (open === -1) break;
    if (xml.startsWith("<!--", open)) {
      const close = xml.indexOf("-->", open + 4);
      if (close === -1 || xml.slice(open + 4, close).includes("--")) return "a malformed comment";
      i = close + 3;
      continue;
    }
    if (xml.startsWith("</", open)) {
      const tag = name.exec(xml.slice(open + 2));
      if (tag === null) return "an end tag without a name";
      const after = open + 2 + tag[0].length;
      const close = /^\s*>/u.exec(xml.slice(after));
      if (close === null) return `a malformed end tag </${tag[0]}`;
      if (stack.pop() !== tag[0]) return `</${tag[0]}> closes no open <${tag[0]}>`;
      i = after + close[0].length;
      continue;
    }
    const tag = name.exec(xml.slice(open + 1));
    if (tag === null) return `"<" starts no tag at ${String(open)}`;
    if (stack.length === 0 && (roots += 1) > 1) return "a second root element";
    let at = open + 1 + tag[0].length;
    const seen = new Set<string>();
    for (;;) {
      const end = /^\s*(\/?)>/u.exec(xml.slice(at));
      if (end !== null) {
        if (end[1] === "") stack.push(tag[0]);
        at += end[0].length;
        break;
      }
      const attribute = /^\s+([A-Za-z_:][A-Za-z0-9_:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/u.exec(xml.slice(at));
      if (attribute === null) return `a malformed attribute in <${tag[0]}>: ${xml.slice(at, at + 20)}`;
      const key = attribute[1] as string;
      if (seen.has(key)) return `attribute ${key} twice in <${tag[0]}>`;
      seen.add(key);
      const valueProblem = references(attribute[3] ?? attribute[4] ?? "", `attribute ${key}`);
      if (valueProblem !== undefined) return valueProblem;
      at += attribute[0].length;
    }
    i = at;
  }
  if (stack.length > 0) return `<${stack.at(-1) ?? ""}> is never closed`;
  return roots === 1 ? undefined : "no root element";
}

/** Whether a code point is an XML 1.0 `Char`: tab, LF, CR, and U+0020 on, less surrogates, U+FFFE and U+FFFF. */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}
