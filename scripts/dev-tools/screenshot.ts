// Take screenshots of pages as a signed-in user, to look at what we built.
// Usage: npx tsx scripts/dev-tools/screenshot.ts <baseUrl> <email|-> <out-prefix> <path> [<path> ...]
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../../tests/support/chromium";

async function main() {
  const [baseUrl, email, prefix, ...paths] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  if (email !== "-") {
    await page.goto(`${baseUrl}/signin`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("parallax-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/projects/);
  }
  for (const [i, p] of paths.entries()) {
    await page.goto(baseUrl + p);
    await page.waitForLoadState("load");
    await page.waitForTimeout(500);
    await page.screenshot({ path: `${prefix}-${i}.png`, fullPage: true });
    console.log(`${prefix}-${i}.png ← ${p}`);
  }
  await browser.close();
}
main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
