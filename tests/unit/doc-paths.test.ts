// Comments and docs that name a file of this repository name one that exists: a moved or deleted
// file leaves no pointer behind (e.g. "see lib/server/workers/launch.ts").
import fs from "node:fs";
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

const MENTION = /(?<![\w@/.-])((?:app|components|lib|scripts|tests|bench|prisma|eval|docs)\/[\w[\]./-]*[\w])/g;

function mentionedPaths(): { where: string; path: string }[] {
  const files = execFileSync("git", ["ls-files", "*.ts", "*.tsx", "*.mjs", "*.md"], { encoding: "utf8" })
    .split("\n")
    .filter((f) => f && !f.startsWith("generated/"));
  const found: { where: string; path: string }[] = [];
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    fs.readFileSync(file, "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (/^\s*(import|export)\b.*\bfrom\b/.test(line)) return; // the type checker owns imports
        for (const m of line.matchAll(MENTION)) {
          const p = m[1];
          if (p.includes("..") || /[*<]/.test(line.slice(m.index, m.index + p.length + 2))) continue; // globs, traversal fixtures
          found.push({ where: `${file}:${i + 1}`, path: p });
        }
      });
  }
  return found;
}

const exists = (p: string) => ["", ".ts", ".tsx", ".md", ".json"].some((ext) => fs.existsSync(p + ext));

/** Paths git ignores (prisma/dev.db, build output) are made at run time: naming them is fine. */
function ignoredByGit(paths: string[]): Set<string> {
  if (!paths.length) return new Set();
  try {
    // Each path also as a folder ("bench/out/"), which is how .gitignore names build output.
    const asked = paths.flatMap((p) => [p, `${p}/`]);
    const ignored = execFileSync("git", ["check-ignore", "--no-index", "--stdin"], { input: asked.join("\n"), encoding: "utf8" }).split(
      "\n",
    );
    return new Set(ignored.filter(Boolean).map((p) => p.replace(/\/$/, "")));
  } catch {
    return new Set(); // exit 1: none is ignored
  }
}

describe("paths named in comments and docs", () => {
  it("finds mentions to check", () => {
    expect(mentionedPaths().length).toBeGreaterThan(50);
  });

  it("all exist", () => {
    const absent = mentionedPaths().filter((m) => !exists(m.path));
    const ignored = ignoredByGit([...new Set(absent.map((m) => m.path))]);
    const missing = absent.filter((m) => !ignored.has(m.path));
    expect(missing.map((m) => `${m.where}: ${m.path}`)).toEqual([]);
  });
});
