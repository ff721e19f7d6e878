import { test, expect, signIn } from "./fixtures";

// The reviewer's matching flow in a real browser: on the propositions page, a cluster of
// unlinked claims from different outlets becomes a proposition in one action (draft edited,
// suggested stances kept); on its board, a suggestion is rejected (and stays gone after a
// reload) and another is linked with its suggested stance.

test("a reviewer creates a proposition from a cluster, rejects one suggestion and links another", async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, "reviewer@example.com");
  await page.getByRole("link", { name: /Japan–South Korea export controls, 2019/ }).click();
  await page.getByRole("link", { name: "Propositions", exact: true }).click();

  // Clusters stream in when the worker is done.
  const cluster = page.getByTestId("claim-cluster").first();
  await expect(cluster).toBeVisible({ timeout: 45_000 });
  await expect(cluster).toContainText(/These \d+ claims in \d+ outlets seem to say the same thing/);
  await expect(cluster.locator("li", { hasText: /^(same words|synonym|similar|same entities)/ }).first()).toBeVisible();
  await cluster.scrollIntoViewIfNeeded();
  await page.screenshot({ path: "test-results/matching-clusters.png", fullPage: false });

  const kept = await cluster.getByTestId("cluster-claim").count();
  expect(kept).toBeGreaterThanOrEqual(2);
  const firstClaim = (await cluster.getByTestId("cluster-claim").first().locator("span").first().textContent())!.replace(/^“|”$/g, "");
  const draft = cluster.getByLabel(/Draft statement/);
  const statement = `${await draft.inputValue()} (checked)`;
  await draft.fill(statement);
  await cluster.getByRole("button", { name: /Create proposition from/ }).click();

  // The new board: every kept claim is a mention.
  await expect(page.getByTestId("proposition-statement")).toHaveText(statement, { timeout: 20_000 });
  await expect(page.getByTestId("mention-card")).toHaveCount(kept);
  await expect(page.getByTestId("mention-card").filter({ hasText: firstClaim.slice(0, 40) })).toHaveCount(1);

  // "Possibly the same claim": reasons and a suggested stance on each suggestion.
  const suggestions = page.getByTestId("claim-suggestion");
  await expect(suggestions.first()).toBeVisible();
  const first = suggestions.first();
  await expect(first.getByTestId("match-reasons")).toBeVisible();
  await expect(first.getByRole("button", { name: /\(suggested\)/ })).toHaveCount(1);
  await expect(first.getByTestId("stance-reason")).not.toBeEmpty();
  await page.screenshot({ path: "test-results/matching-suggestions.png", fullPage: false });
  const rejectedText = (await first.locator("mark").first().textContent()) ?? "";
  expect(rejectedText.length).toBeGreaterThan(5);
  // By its span, not its text: a wire story carried by two outlets is two claims with one text.
  const rejected = page.locator(`[data-testid="claim-suggestion"][data-annotation-id="${await first.getAttribute("data-annotation-id")}"]`);
  await first.getByRole("button", { name: /Not the same claim/ }).click();
  await expect(rejected).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("proposition-statement")).toHaveText(statement);
  await expect(page.getByTestId("claim-suggestion").first()).toBeVisible();
  await expect(rejected).toHaveCount(0);

  // Link the next suggestion with its suggested stance: it becomes a mention.
  const next = page.getByTestId("claim-suggestion").first();
  const nextText = (await next.locator("mark").first().textContent()) ?? "";
  await next.getByRole("button", { name: /\(suggested\)/ }).click();
  await expect(page.getByTestId("mention-card")).toHaveCount(kept + 1);
  await expect(page.getByTestId("mention-card").filter({ hasText: nextText.slice(0, 40) })).toHaveCount(1);
});
