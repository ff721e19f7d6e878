import { test, expect, signIn } from "./fixtures";

test("sign in, see the demo project and its five documents, sign out, old cookie refused", async ({ page, baseUrl, context }) => {
  await page.goto(`${baseUrl}/signin`);
  await expect(page.getByTestId("demo-accounts")).toContainText("annotator1@example.com");
  await signIn(page, baseUrl, "annotator1@example.com");
  await expect(page.getByTestId("signed-in-as")).toContainText("annotator1@example.com");

  await page.getByRole("link", { name: /Japan–South Korea export controls, 2019/ }).click();
  await expect(page.getByTestId("project-name")).toHaveText("Japan–South Korea export controls, 2019");
  const rows = page.getByTestId("document-table").locator("tbody tr");
  await expect(rows).toHaveCount(5);
  await expect(page.getByTestId("document-table")).toContainText("Yonhap");
  await expect(page.getByTestId("document-table")).toContainText("Kyodo (carried by The Mainichi)");

  const oldCookies = await context.cookies();
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/\/signin/);

  // Replay the pre-sign-out session cookie: the server must refuse it.
  await context.addCookies(oldCookies);
  const res = await page.request.get(`${baseUrl}/api/projects`);
  expect(res.status()).toBe(401);
  await page.goto(`${baseUrl}/projects`);
  await expect(page).toHaveURL(/\/signin/);
});
