// Issue 11 in a real browser: undo restores a deleted linked claim with its links (1), the
// reading view of every layer (3), confirmations (6), keyboard: Enter on a list row, the skip
// link and the help (10); screenshots at 1280×800, 768×1024 and 390×844.
import type { Page } from "@playwright/test";
import { test, expect, signIn } from "./fixtures";
import { signedIn } from "../support/http-client";

const DOC_TITLE = /Pompeo voiced support for Japan over wartime labor issue/;
const CLAIM = "U.S. State Secretary Mike Pompeo recently expressed his support";
const STATEMENT = /The United States took Japan's side/;
const SIZES = [
  { name: "1280", width: 1280, height: 800 },
  { name: "768", width: 768, height: 1024 },
  { name: "390", width: 390, height: 844 },
];

async function noHorizontalOverflow(page: Page) {
  const { scroll, inner, culprits } = await page.evaluate(() => {
    const inner = window.innerWidth;
    // The outermost elements reaching past the right edge, to say what overflows.
    const clipped = (el: HTMLElement) => {
      for (let a = el.parentElement; a; a = a.parentElement) if (getComputedStyle(a).overflowX !== "visible") return true;
      return false;
    };
    const wide = [...document.body.querySelectorAll<HTMLElement>("*")].filter(
      (el) => el.getBoundingClientRect().right > inner + 1 && !clipped(el),
    );
    const culprits = wide
      .filter((el) => !wide.includes(el.parentElement!))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${String(el.className).slice(0, 60)}`);
    return { scroll: document.documentElement.scrollWidth, inner, culprits };
  });
  expect(scroll, `${page.url()} scrolls sideways: ${culprits.join(" | ")}`).toBeLessThanOrEqual(inner);
}

async function openPompeo(page: Page, baseUrl: string, email: string) {
  await signIn(page, baseUrl, email);
  await page.getByRole("link", { name: /Japan–South Korea export controls, 2019/ }).click();
  await page.getByRole("link", { name: DOC_TITLE }).first().click();
  await page.waitForURL(/\/documents\/[^/?]+$/);
  await page.waitForFunction(() => window.__parallaxBench?.paintedAt !== undefined);
}

test("deleting a linked claim says what it unlinks, and undo brings the claim back with its links and id", async ({ page, baseUrl }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPompeo(page, baseUrl, "annotator1@example.com");
  const row = page.locator("[data-span-row][data-label=claim]").filter({ hasText: CLAIM });
  const id = await row.getAttribute("data-span-row");

  // Enter on the list row opens the editor with the focus in its first field (item 10).
  await row.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("span-editor")).toHaveAttribute("data-key", id!);
  await expect(page.getByRole("textbox", { name: "Holder" })).toBeFocused();
  await expect(page.getByTestId("claim-link").filter({ hasText: STATEMENT })).toBeVisible();

  // The demo annotator marked this document done: the first edit asks to reopen it (item 7).
  await expect(page.getByTestId("doc-status")).toHaveText("Done");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Delete");
  const reopen = page.getByRole("dialog", { name: "Reopen this document to edit it?" });
  await expect(reopen).toBeVisible();
  await reopen.getByRole("button", { name: "Reopen and edit" }).click();
  await expect(page.getByTestId("doc-status")).toHaveText("In progress");

  // Delete asks first and names the proposition; Cancel keeps the claim.
  const ask = page.getByRole("dialog", { name: "Delete this linked claim?" });
  await expect(ask.getByTestId("unlinks")).toContainText(STATEMENT);
  await page.screenshot({ path: "screenshots/issue11-delete-linked-1280.png" });
  await ask.getByRole("button", { name: "Cancel" }).click();
  await expect(row).toHaveCount(1);

  await page.keyboard.press("Delete");
  await ask.getByRole("button", { name: /Delete and unlink/ }).click();
  await expect(row).toHaveCount(0);
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved");

  await page.keyboard.press("Control+z");
  await expect(row).toHaveCount(1);
  await expect(page.getByTestId("save-state")).toHaveAttribute("data-state", "saved");
  await expect(page.getByTestId("claim-link").filter({ hasText: STATEMENT })).toBeVisible();
  await expect(page.getByTestId("link-claim-panel")).toHaveAttribute("data-annotation-id", id!);
  await page.screenshot({ path: "screenshots/issue11-undo-restored-1280.png" });

  // The server has it under the same id, linked again; the board cites it.
  const api = await signedIn(baseUrl, "reviewer@example.com");
  const mine = await page.request.get(`${baseUrl}/api/documents/${page.url().split("/documents/")[1]}/annotations`);
  expect(((await mine.json()).annotations as { id: string }[]).some((s) => s.id === id)).toBe(true);
  const projects = (await api.json("GET", "/api/projects")).body.projects as { id: string; name: string }[];
  const project = projects.find((p) => /export controls, 2019/.test(p.name))!;
  const props = (await api.json("GET", `/api/projects/${project.id}/propositions`)).body.propositions as {
    id: string;
    statement: string;
  }[];
  const prop = props.find((p) => STATEMENT.test(p.statement))!;
  const detail = (await api.json("GET", `/api/propositions/${prop.id}`)).body.proposition as { mentions: { annotationId: string }[] };
  expect(detail.mentions.map((m) => m.annotationId)).toContain(id);
});

test("keyboard: the skip link reaches the text in one Tab, and ? lists every key including the suggestion keys", async ({
  page,
  baseUrl,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openPompeo(page, baseUrl, "annotator2@example.com");
  await page.reload(); // arriving at the page: Tab starts from its top
  await page.waitForFunction(() => window.__parallaxBench?.paintedAt !== undefined);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("reader")).toBeFocused();
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.evaluate(() => window.scrollTo(0, 0));
    await noHorizontalOverflow(page);
    await page.screenshot({ path: `screenshots/issue11-workspace-${size.name}.png` });
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: "screenshots/issue11-workspace-dark-1280.png" });
  await page.emulateMedia({ colorScheme: "light" });
  await page.keyboard.press("?");
  const help = page.getByTestId("help");
  for (const what of [
    /next \/ previous machine suggestion/,
    /accept the current one · reject it/,
    /Skip to content/,
    /also on a row of the span list/,
  ])
    await expect(help).toContainText(what);
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await noHorizontalOverflow(page);
    await page.screenshot({ path: `screenshots/issue11-help-${size.name}.png` });
  }
});

test("a reviewer reads gold and an annotator's layer side by side, at every width", async ({ page, baseUrl }) => {
  const api = await signedIn(baseUrl, "reviewer@example.com");
  const projects = (await api.json("GET", "/api/projects")).body.projects as { id: string; name: string }[];
  const project = projects.find((p) => /export controls, 2019/.test(p.name))!;
  const docs = (await api.json("GET", `/api/projects/${project.id}/documents`)).body.documents as {
    id: string;
    status: string;
    title: string;
  }[];
  const doc = docs.find((d) => d.status === "adjudicated")!;

  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, baseUrl, "reviewer@example.com");
  await page.goto(`${baseUrl}/documents/${doc.id}`);
  await expect(page).toHaveTitle(`${doc.title} · Parallax`);
  await expect(page.getByTestId("reading-note")).toBeVisible();
  const pane = page.getByTestId("layer-pane");
  await expect(pane.getByRole("heading", { name: /^Gold/ })).toBeVisible();
  const goldMarks = await pane.locator("mark.ws-m").count();
  expect(goldMarks).toBeGreaterThan(10);

  await page
    .getByTestId("compare-choice")
    .getByRole("link", { name: /Ana Annotator/ })
    .click();
  const compare = page.getByTestId("compare-pane");
  await expect(compare.getByRole("heading", { name: /Ana Annotator's layer/ })).toBeVisible();
  expect(await compare.locator("mark.ws-m").count()).toBeGreaterThan(10);
  await expect(page).toHaveURL(/layer=gold&compare=/);

  // Clicking a highlight shows that span's details.
  await pane.locator("mark.ws-m[data-l=claim]").first().click();
  await expect(pane.getByTestId("span-details")).toContainText("Claim");

  for (const size of SIZES) {
    await page.setViewportSize(size);
    await noHorizontalOverflow(page);
    await page.screenshot({ path: `screenshots/issue11-reading-${size.name}.png` });
  }
  // The dark theme follows the system setting.
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: "dark" });
  const background = await page.evaluate(() => getComputedStyle(document.querySelector("[data-testid=layer-pane]")!).backgroundColor);
  expect(background).not.toMatch(/^rgb\(255, 255, 255\)$/);
  await page.screenshot({ path: "screenshots/issue11-reading-dark-1280.png" });
  await page.emulateMedia({ colorScheme: "light" });
  // Another annotator as the only layer.
  await page
    .getByTestId("layer-choice")
    .getByRole("link", { name: /Ben Annotator/ })
    .click();
  await expect(page.getByTestId("layer-pane").getByRole("heading", { name: /Ben Annotator's layer/ })).toBeVisible();
});

test("documents, propositions and a reconciliation board fit 768 and 390 px without sideways scrolling", async ({ page, baseUrl }) => {
  const api = await signedIn(baseUrl, "reviewer@example.com");
  const projects = (await api.json("GET", "/api/projects")).body.projects as { id: string; name: string }[];
  const project = projects.find((p) => /export controls, 2019/.test(p.name))!;
  const props = (await api.json("GET", `/api/projects/${project.id}/propositions`)).body.propositions as { id: string }[];
  await signIn(page, baseUrl, "reviewer@example.com");
  const pages = [
    ["documents", `/projects/${project.id}`],
    ["propositions", `/projects/${project.id}/propositions`],
    ["board", `/projects/${project.id}/propositions/${props[0].id}`],
  ];
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const [name, path] of pages) {
      await page.goto(`${baseUrl}${path}`);
      await expect(page).toHaveTitle(/· Parallax$/);
      await noHorizontalOverflow(page);
      if (size.name !== "1280") await page.screenshot({ path: `screenshots/issue11-${name}-${size.name}.png` });
    }
  }
});
