// Runs in: Node (Playwright). The built page carries its Content-Security-Policy itself, as a <meta>
// from the same source as the header, and the kiosk runs under it without a single violation.
import { expect, test } from '@playwright/test';
import {
  CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../common/content-security-policy';
import { enterCarousel, expectHeroNumber, failOnPageProblems } from './support/kiosk-page';

failOnPageProblems();

test('index.html carries the policy as a <meta>, the header stays, and nothing breaks it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) =>
      violations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  const response = await page.goto('/');
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  const meta = page.locator('head meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', META_CONTENT_SECURITY_POLICY);
  // Before anything the policy governs.
  const before = await meta.evaluate(
    (element) => element.previousElementSibling?.getAttribute('charset') ?? null,
  );
  expect(before).toBe('utf-8');
  await enterCarousel(page);
  await expectHeroNumber(page, 1);
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  expect(violations).toEqual([]);
});
