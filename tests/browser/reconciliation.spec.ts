import { test, expect, signIn } from "./fixtures";
import type { Page } from "@playwright/test";

// The golden flow of cross-source reconciliation, through the UI only: a reviewer links a
// Korean and a Japanese claim to a new proposition with opposite stances from the claims
// pages, sees the board name the contest, and records a reconciliation.

const STATEMENT = "Washington backed Tokyo in the 2019 wartime labour dispute";
const KR_CLAIM = "the U.S. was greatly disappointed at the Japanese attitude";
const JP_CLAIM = "Pompeo's backing was conveyed to Japanese Foreign Minister Taro Kono";

async function openClaims(page: Page, baseUrl: string, titlePart: string) {
  await page.goto(`${baseUrl}/projects`);
  await page.getByRole("link", { name: /Japan–South Korea export controls, 2019/ }).click();
  const docHref = await page
    .getByTestId("document-table")
    .getByRole("link", { name: new RegExp(titlePart) })
    .getAttribute("href");
  await page.goto(`${baseUrl}${docHref}/claims`);
  await expect(page.getByTestId("claim-list")).toBeVisible();
}

function claimItem(page: Page, text: string) {
  return page
    .getByTestId("claim-item")
    .filter({ has: page.getByTestId("claim-text").filter({ hasText: text }) })
    .first();
}

test("a reviewer links a Korean and a Japanese claim with opposite stances, sees the contest, and reconciles it", async ({
  page,
  baseUrl,
}) => {
  await signIn(page, baseUrl, "reviewer@example.com");

  // Korean article (Yonhap, gold layer): propose a new proposition from the claim, as "refutes".
  await openClaims(page, baseUrl, "U.S. officials share concern");
  const kr = claimItem(page, KR_CLAIM);
  const krPanel = kr.getByTestId("link-claim-panel");
  await expect(krPanel.getByTestId("claim-links")).toContainText("The United States took Japan's side"); // seeded link
  await krPanel.getByRole("button", { name: "+ Link to another proposition" }).click();
  await krPanel.locator("label", { hasText: /^refutes$/ }).click();
  await krPanel.getByText("Propose a new proposition from this claim").click();
  await krPanel.getByLabel("New proposition statement").fill(STATEMENT);
  await krPanel.getByRole("button", { name: "Create and link" }).click();
  const krLink = krPanel.getByTestId("claim-link").filter({ hasText: STATEMENT });
  await expect(krLink).toBeVisible();
  await expect(krLink.locator("[data-stance]")).toHaveAttribute("data-stance", "refutes");

  // Japanese article (Kyodo, an annotator's layer): the new proposition is offered; link it as "supports".
  await openClaims(page, baseUrl, "Pompeo voiced support");
  const jpPanel = claimItem(page, JP_CLAIM).getByTestId("link-claim-panel");
  const offered = jpPanel.getByTestId("ranked-proposition").filter({ hasText: STATEMENT });
  await expect(offered).toBeVisible();
  await expect(offered).toContainText(/synonym: backing ≈ backed/); // WordNet: the noun "backing" meets the verb "backed"
  await jpPanel.locator("label", { hasText: /^supports$/ }).click();
  await offered.getByRole("button", { name: "Link" }).click();
  const jpLink = jpPanel.getByTestId("claim-link").filter({ hasText: STATEMENT });
  await expect(jpLink.locator("[data-stance]")).toHaveAttribute("data-stance", "supports");

  // The board: both perspectives side by side, the contest named.
  await jpLink.getByRole("link", { name: STATEMENT }).click();
  await expect(page.getByTestId("proposition-statement")).toHaveText(STATEMENT);
  const contested = page.locator('[data-testid="conflict-callout"][data-kind="contested"]');
  await expect(contested).toBeVisible();
  await expect(contested).toContainText("South Korea (KR) 1 refuting");
  await expect(contested).toContainText("Japan (JP) 1 supporting");
  await expect(page.locator('[data-testid="perspective-column"][data-perspective="KR"]')).toContainText(KR_CLAIM);
  await expect(page.locator('[data-testid="perspective-column"][data-perspective="JP"]')).toContainText(JP_CLAIM);
  await expect(page.getByTestId("timeline-chart").locator("circle[data-stance]")).toHaveCount(2);

  // Record the reconciliation, citing both mentions.
  for (const box of await page.getByTestId("evidence-checkbox").all()) await box.check();
  const form = page.getByTestId("reconciliation-form");
  await form.getByRole("radio", { name: /^contested/ }).check();
  await form.getByLabel("Verdict", { exact: true }).fill("Sources disagree");
  await form
    .getByLabel("How the framings differ", { exact: true })
    .fill("Yonhap's sources report US disappointment with Japan; Kyodo's report US backing for Japan.");
  await form.getByLabel("Rationale", { exact: true }).fill("Both cite unnamed officials on private talks; neither is verifiable.");
  await form.getByRole("button", { name: "Save reconciliation" }).click();
  await expect(form.getByText("Reconciliation saved.")).toBeVisible();

  await expect(page.getByTestId("verdict-strip")).toContainText("Sources disagree");
  const revision = page.getByTestId("revision").first();
  await expect(revision).toContainText("v1");
  await expect(revision).toContainText("Rae Reviewer");
  await expect(revision).toContainText("2 mentions cited");

  // The overview lists it among the contested propositions.
  await page.getByRole("link", { name: "← All propositions" }).click();
  await page.getByRole("link", { name: "Contested" }).click();
  await expect(page.getByTestId("proposition-table")).toContainText(STATEMENT);
});
