import { test, expect, signIn } from "./fixtures";

const DEMO_TITLES = [
  "US seeks to ease Japan–South Korea tensions over export restrictions",
  "(LEAD) U.S. officials share concern about Seoul-Tokyo tensions: NSC official",
  "Pompeo voiced support for Japan over wartime labor issue: sources",
  "U.S. committed to improving S. Korea-Japan relations: U.S. official",
  "Japan and South Korea hold teleconference on export controls",
];

test("sign in, see the demo project and its five documents, sign out, old cookie refused", async ({ page, baseUrl, context }) => {
  await page.goto(`${baseUrl}/signin`);
  await expect(page.getByTestId("demo-accounts")).toContainText("annotator1@example.com");
  await signIn(page, baseUrl, "annotator1@example.com");
  await expect(page.getByTestId("signed-in-as")).toContainText("annotator1@example.com");

  await page.getByRole("link", { name: /Japan–South Korea export controls, 2019/ }).click();
  await expect(page.getByTestId("project-name")).toHaveText("Japan–South Korea export controls, 2019");
  // The server is shared with other spec files, which may add documents: check the five demo ones.
  const table = page.getByTestId("document-table");
  for (const title of DEMO_TITLES) await expect(table.getByRole("link", { name: title, exact: true })).toBeVisible();
  await expect(table).toContainText("Yonhap");
  await expect(table).toContainText("Kyodo (carried by The Mainichi)");

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

test("a manager adds documents by pasting and by uploading .txt files; a duplicate is reported", async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, "admin@example.com");
  await page.getByRole("link", { name: /Japan–South Korea export controls, 2019/ }).click();
  const rows = page.getByTestId("document-table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const before = await rows.count();
  await page.getByRole("link", { name: "Add documents" }).click();
  await page.waitForURL(/\/documents\/new$/);

  await page.getByLabel("Title", { exact: true }).fill("Pasted <b>article</b>");
  await page.getByLabel("Text", { exact: true }).fill("Seoul said\r\nthe curbs were <script>alert(1)</script> retaliation 👍🏽.");
  await page.getByLabel("Outlet").fill("Test Wire");
  await page.getByLabel("Perspective").selectOption("KR");
  await page.getByLabel("Published").fill("2019-07-15");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByTestId("add-results")).toContainText("Added");

  await page.getByRole("tab", { name: "Upload .txt files" }).click();
  await page.getByLabel("Files").setInputFiles([
    { name: "first.txt", mimeType: "text/plain", buffer: Buffer.from("An uploaded article about export controls.") },
    {
      name: "again.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Seoul said\nthe curbs were <script>alert(1)</script> retaliation 👍🏽."),
    },
  ]);
  await page.getByLabel("Perspective").selectOption("JP");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByTestId("add-results")).toContainText("Added first");
  await expect(page.getByTestId("add-results")).toContainText("already in the project");

  await page.getByRole("link", { name: "Back to the document list" }).click();
  await expect(rows).toHaveCount(before + 2);
  await page.getByRole("link", { name: "Pasted <b>article</b>" }).click();
  await expect(page.getByText("<script>alert(1)</script>", { exact: false })).toBeVisible();
});

test("bad document input is explained and nothing is added", async ({ page, baseUrl }) => {
  await signIn(page, baseUrl, "admin@example.com");
  await page.getByRole("link", { name: /Japan–South Korea export controls, 2019/ }).click();
  await page.getByRole("link", { name: "Add documents" }).click();
  await page.waitForURL(/\/documents\/new$/);
  await page.getByLabel("Title", { exact: true }).fill("Bad date");
  await page.getByLabel("Text", { exact: true }).fill("Some text");
  await page.getByLabel("Published").fill("2019-02-30");
  await page.getByRole("button", { name: "Add", exact: true }).click();
  await expect(page.getByRole("status")).toContainText("publishedAt");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Bad date");
});

test("an admin creates an account, and disabling it ends that user's open session", async ({ page, baseUrl, browser }) => {
  await signIn(page, baseUrl, "admin@example.com");
  await page.getByRole("link", { name: "Users" }).click();
  await page.getByLabel("Email").fill("newcomer@example.com");
  await page.getByLabel("Name").fill("New Comer");
  await page.getByLabel("Password").fill("aaaaaaaaaaaa");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("status")).toContainText("repeated character");
  await page.getByLabel("Password").fill("parallax-demo");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("user-table")).toContainText("newcomer@example.com");

  const other = await browser.newContext();
  const theirs = await other.newPage();
  await signIn(theirs, baseUrl, "newcomer@example.com");
  await expect(theirs.getByTestId("signed-in-as")).toContainText("newcomer@example.com");

  await page
    .getByRole("row", { name: /newcomer@example.com/ })
    .getByRole("button", { name: "Disable" })
    .click();
  await page
    .getByRole("dialog", { name: /^Disable / })
    .getByRole("button", { name: "Disable" })
    .click();
  await expect(page.getByRole("row", { name: /newcomer@example.com/ })).toContainText("disabled");
  await theirs.reload();
  await expect(theirs).toHaveURL(/\/signin/);
  await other.close();
});
