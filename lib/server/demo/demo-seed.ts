import "server-only";
import fs from "node:fs";
import path from "node:path";
import { db } from "../db/db";
import { hashPassword } from "../auth/passwords";
import { seedDemoAnnotations } from "./demo-annotations-seed";
import { DEFAULT_LABELS } from "@/lib/domain/spans/attributes";
import { codePointLength, normalizeText } from "@/lib/domain/text/text";
import { hashText } from "../documents/text-hash";
import type { Role } from "@/lib/domain/access/roles";

export const DEMO_PASSWORD = "parallax-demo";
export const DEMO_PROJECT_NAME = "Japan–South Korea export controls, 2019";

export const DEMO_ACCOUNTS: { email: string; name: string; isAdmin: boolean; roles: Role[] }[] = [
  { email: "admin@example.com", name: "Ada Admin", isAdmin: true, roles: ["manager"] },
  { email: "annotator1@example.com", name: "Ana Annotator", isAdmin: false, roles: ["annotator"] },
  { email: "annotator2@example.com", name: "Ben Annotator", isAdmin: false, roles: ["annotator"] },
  { email: "reviewer@example.com", name: "Rae Reviewer", isAdmin: false, roles: ["reviewer"] },
];

const DEMO_DIR = path.join(process.cwd(), "prisma", "demo");

interface ManifestEntry {
  file: string;
  title: string | null;
  outlet: string | null;
  perspective: string;
  published: string | null;
  language: string;
  notes?: string;
}

/** Titles for the two manifest entries that have none, written from their texts (marked inferred in the README). */
const FALLBACK_TITLES: Record<string, string> = {
  "000_a8cbe098b11bed10.txt": "US seeks to ease Japan–South Korea tensions over export restrictions",
  "004_16519993c73f4477.txt": "Japan and South Korea hold teleconference on export controls",
};

function readManifest(): ManifestEntry[] {
  const raw = JSON.parse(fs.readFileSync(path.join(DEMO_DIR, "corpus", "manifest.json"), "utf8")) as { documents: ManifestEntry[] };
  return raw.documents;
}

const GUIDELINES = `# Annotation guidelines

Tag what each source **says**, not what is true.

| Label | Hotkey | Tag | Attributes |
|---|---|---|---|
| Claim | 1 | a proposition the text puts forward as true or false | holder, stance, voice, hedged |
| Quote | 2 | words attributed to a speaker, direct or reported | speaker, direct/indirect |
| Measure | 3 | a number with a unit or currency | value, unit |
| Date | 4 | a date or relative time expression | ISO value |

- **Voice**: *outlet* when the article states it in its own words; *attributed* when it reports someone's view.
- **Hedged**: yes when softened ("apparent", "reportedly", "allegedly").
- Spans may overlap and nest: a claim often contains a quote, a date and a measure.
`;

/** Create demo accounts and the demo project if the database has no users yet. */
export async function seedDemoIfEmpty(log: (line: string) => void = () => {}): Promise<boolean> {
  if ((await db.user.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const users = new Map<string, string>();
  for (const a of DEMO_ACCOUNTS) {
    const u = await db.user.create({ data: { email: a.email, name: a.name, isAdmin: a.isAdmin, passwordHash } });
    users.set(a.email, u.id);
  }
  const project = await db.project.create({
    data: {
      name: DEMO_PROJECT_NAME,
      description:
        "How Japanese, South Korean and US-facing outlets reported Japan's July 2019 export controls on South Korea, and whether they called them retaliation.",
      guidelines: GUIDELINES,
      labels: { create: DEFAULT_LABELS.map((l, i) => ({ ...l, sortOrder: i })) },
      memberships: {
        create: DEMO_ACCOUNTS.flatMap((a) => a.roles.map((role) => ({ role, userId: users.get(a.email)! }))),
      },
    },
  });
  const documentIdByFile = new Map<string, string>();
  const textByFile = new Map<string, string>();
  for (const entry of readManifest()) {
    const text = normalizeText(fs.readFileSync(path.join(DEMO_DIR, "corpus", entry.file), "utf8"));
    textByFile.set(entry.file, text);
    const doc = await db.document.create({
      data: {
        projectId: project.id,
        title: entry.title ?? FALLBACK_TITLES[entry.file] ?? entry.file,
        text,
        sha256: hashText(text),
        length: codePointLength(text),
        outlet: entry.outlet ?? "Unknown wire service",
        perspective: entry.perspective,
        language: entry.language,
        publishedAt: entry.published,
      },
    });
    documentIdByFile.set(entry.file, doc.id);
  }
  await seedDemoAnnotations(project.id, documentIdByFile, textByFile, users);
  log(`Demo project "${DEMO_PROJECT_NAME}" created with ${DEMO_ACCOUNTS.length} accounts.`);
  return true;
}

/** Demo mode: the demo accounts exist and PARALLAX_DEMO is not 0. Shown on the sign-in page. */
export async function isDemoMode(): Promise<boolean> {
  if (process.env.PARALLAX_DEMO === "0") return false;
  return (await db.user.count({ where: { email: DEMO_ACCOUNTS[0].email } })) > 0;
}
