// Runs in: Node (tests). Reads what a Markdown guide points at: its relative links and images, and
// the `npm run X` commands it tells the reader to type. Pure: text in, lists out.

/** Fenced code blocks and inline code hold examples, not links. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

function isExternal(target: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//');
}

/**
 * Every relative link and image source, without its #anchor or ?query: inline links `[a](b)`,
 * images `![a](b)`, reference definitions `[a]: b` and HTML `src`/`href`. Links to other sites and
 * links to an anchor in the same file are left out.
 */
export function relativeLinks(markdown: string): string[] {
  const text = withoutCode(markdown);
  const targets: string[] = [];
  for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) {
    targets.push(match[1] ?? '');
  }
  for (const match of text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/gm)) {
    targets.push(match[1] ?? '');
  }
  for (const match of text.matchAll(/\b(?:src|href)\s*=\s*"([^"]+)"/g)) {
    targets.push(match[1] ?? '');
  }
  return targets
    .filter((target) => target !== '' && !target.startsWith('#') && !isExternal(target))
    .map((target) => decodeURI(target.replace(/[#?].*$/, '')));
}

/** The script names of every `npm run X` in the text, code included (that is where they are). */
export function npmRunScripts(markdown: string): string[] {
  return [...markdown.matchAll(/\bnpm run ([a-z0-9][\w:.-]*)/gi)].map((match) =>
    (match[1] ?? '').replace(/[.:]+$/, ''),
  );
}
