// Runs in: Node (the renderer's Vite build). Writes the app's Content-Security-Policy into the built
// index.html as a <meta http-equiv>, from the one source (common/content-security-policy.ts). The
// app:// protocol and the preview still send it as a header (which alone can forbid framing); the
// <meta> keeps the policy on the page when it is opened any other way. Build only: Vite's dev server
// needs an inline script of its own, which this policy forbids.
import type { Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from '../common/content-security-policy';

const META_TAG = `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" />`;
const CHARSET = /<meta\s+charset=[^>]*>/i;
const HEAD_START = /<head\b[^>]*>/i;

/**
 * index.html with the policy's <meta> right after the charset (or at the start of <head>): a <meta>
 * policy governs only what comes after it.
 */
export function withContentSecurityPolicyMeta(html: string): string {
  if (html.includes(META_TAG)) return html;
  const anchor = CHARSET.exec(html) ?? HEAD_START.exec(html);
  if (!anchor) throw new Error('index.html has no <head> to put the Content-Security-Policy in');
  const end = anchor.index + anchor[0].length;
  const indent = /\n([ \t]*)$/.exec(html.slice(0, anchor.index))?.[1] ?? '';
  return `${html.slice(0, end)}\n${indent}${META_TAG}${html.slice(end)}`;
}

/** The Vite plugin. */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'heroes:content-security-policy-meta',
    apply: 'build',
    transformIndexHtml: { order: 'post', handler: withContentSecurityPolicyMeta },
  };
}
