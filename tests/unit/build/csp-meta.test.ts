// Runs in: Node (vitest). The built index.html carries the app's Content-Security-Policy as a <meta>
// too, from the same source as the header, so a page opened any other way still has it.
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../../common/content-security-policy';
import { withContentSecurityPolicyMeta } from '../../../tools/csp-meta';

const directives = (policy: string): string[] => policy.split('; ');

describe('META_CONTENT_SECURITY_POLICY', () => {
  it('is the header policy less what a <meta> policy cannot carry', () => {
    expect(directives(META_CONTENT_SECURITY_POLICY)).toEqual(
      directives(CONTENT_SECURITY_POLICY).filter(
        (directive) => !/^(frame-ancestors|report-uri|report-to|sandbox) /.test(directive),
      ),
    );
    expect(META_CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(META_CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });
});

describe('withContentSecurityPolicyMeta', () => {
  const VITE_OUTPUT = `<!doctype html>
<html lang="kk">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
  </head>
  <body></body>
</html>
`;
  const html = withContentSecurityPolicyMeta(VITE_OUTPUT);

  it('puts the policy right after the charset, before anything it governs', () => {
    const meta = `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`;
    expect(html).toContain(`<meta charset="utf-8" />\n    ${meta}\n    <link rel="icon"`);
    expect(html.indexOf(meta)).toBeLessThan(html.indexOf('<script'));
  });

  it('adds it once, and at the start of <head> when there is no charset', () => {
    expect(withContentSecurityPolicyMeta(html)).toBe(html);
    const bare = withContentSecurityPolicyMeta('<html><head><title>x</title></head></html>');
    expect(bare).toMatch(
      /^<html><head>\s*<meta http-equiv="Content-Security-Policy"[^>]*>\s*<title>/,
    );
  });

  it('refuses a page without a <head> rather than ship it without a policy', () => {
    expect(() => withContentSecurityPolicyMeta('<p>no head</p>')).toThrow(/head/);
  });
});
