// A synthetic corpus for bench:io, written straight into a freshly migrated database with
// prepared statements in one transaction: news-like articles (with emoji, CJK and combining
// marks, so offsets in code points and UTF-16 differ), spans in two annotator layers and
// gold (nested and overlapping), and propositions with links and reconciliations.
import Database from "better-sqlite3";
import { hashText } from "../../lib/server/documents/text-hash";
import { DEFAULT_LABELS } from "../../lib/domain/spans/attributes";
import { createId } from "../../lib/server/corpus/corpus-ids";
import { storedNow } from "../../lib/server/corpus/corpus-timestamps";
import { GOLD_LAYER, userLayer } from "../../lib/domain/spans/layers";

export interface BenchCorpus {
  projectId: string;
  emptyProjectId: string;
  users: { admin: string; annotator1: string; annotator2: string; reviewer: string };
  documents: number;
  spans: number;
}

interface Candidate {
  label: string;
  start: number;
  end: number;
  attributes: Record<string, unknown>;
}

/** Deterministic PRNG (mulberry32), so every run benchmarks the same corpus. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOLDERS = ["Japan's trade ministry", "Seoul", "Yonhap", "Kyodo", "the US State Department"];
const PLACES = ["Busan", "Osaka", "Seoul", "Tokyo", "Incheon", "Café Müller in Kōbe"];

/** One sentence with its entity candidates (code-point offsets relative to the sentence). */
function sentence(rand: () => number, n: number): { text: string; candidates: Candidate[] } {
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];
  const holder = pick(HOLDERS);
  const amount = `${(1 + Math.floor(rand() * 900)) / 10} tons`;
  const day = 1 + Math.floor(rand() * 28);
  const date = `July ${day}`;
  const quote = pick(['"not a retaliatory measure"', '"an apparent retaliatory step" 👍🏽', '"deeply regrettable"', '"日本の輸出規制"']);
  const parts: [string, string | null, Record<string, unknown>][] = [
    [`${holder} said on `, null, {}],
    [date, "date", { value: `2019-07-${String(day).padStart(2, "0")}` }],
    [` that curbs on `, null, {}],
    [amount, "measure", { value: Number(amount.split(" ")[0]), unit: "tons" }],
    [` of fluorinated polyimide shipped via ${pick(PLACES)} were `, null, {}],
    [quote, "quote", { speaker: holder }],
    [n % 7 === 0 ? ". 日本政府は2019年7月1日に発表した。 " : n % 5 === 0 ? " — q\u0307 reported 🇯🇵.\n" : ". ", null, {}],
  ];
  let text = "";
  let cp = 0;
  const candidates: Candidate[] = [];
  for (const [chunk, label, attributes] of parts) {
    const length = Array.from(chunk).length;
    if (label) candidates.push({ label, start: cp, end: cp + length, attributes });
    text += chunk;
    cp += length;
  }
  const claimEnd = cp - Array.from(parts[parts.length - 1][0]).length;
  candidates.push({
    label: "claim",
    start: 0,
    end: claimEnd,
    attributes: { holder, stance: rand() < 0.5 ? "asserts" : "denies", voice: "attributed", hedged: quote.includes("apparent") },
  });
  return { text, candidates };
}

function article(rand: () => number, d: number): { text: string; candidates: Candidate[] } {
  let text = `Export controls, report ${d}\n\n`;
  let cp = Array.from(text).length;
  const candidates: Candidate[] = [];
  for (let n = 0; n < 22; n++) {
    const s = sentence(rand, n + d);
    for (const c of s.candidates) candidates.push({ ...c, start: c.start + cp, end: c.end + cp });
    text += s.text;
    cp += Array.from(s.text).length;
  }
  return { text: text.normalize("NFC"), candidates };
}

export function buildBenchCorpus(dbFile: string, passwordHash: string, documents = 10_000, spansPerDocument = 20): BenchCorpus {
  const db = new Database(dbFile);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  const rand = prng(2019);
  const now = storedNow();
  const users = { admin: createId(), annotator1: createId(), annotator2: createId(), reviewer: createId() };
  const projectId = createId();
  const emptyProjectId = createId();
  const spanIds: string[] = [];
  let spans = 0;
  const write = db.transaction(() => {
    const user = db.prepare("INSERT INTO User (id, email, name, passwordHash, isAdmin, updatedAt) VALUES (?, ?, ?, ?, ?, ?)");
    for (const [key, id] of Object.entries(users)) user.run(id, `${key}@example.com`, key, passwordHash, key === "admin" ? 1 : 0, now);
    const project = db.prepare("INSERT INTO Project (id, name, blindMode, updatedAt) VALUES (?, ?, 1, ?)");
    project.run(projectId, "Bench corpus", now);
    project.run(emptyProjectId, "Bench import target", now);
    const label = db.prepare("INSERT INTO Label (id, projectId, key, name, color, hotkey, sortOrder) VALUES (?, ?, ?, ?, ?, ?, ?)");
    const member = db.prepare("INSERT INTO Membership (id, projectId, userId, role) VALUES (?, ?, ?, ?)");
    for (const p of [projectId, emptyProjectId]) {
      DEFAULT_LABELS.forEach((l, i) => label.run(createId(), p, l.key, l.name, l.color, l.hotkey, i));
      member.run(createId(), p, users.admin, "manager");
      member.run(createId(), p, users.annotator1, "annotator");
      member.run(createId(), p, users.annotator2, "annotator");
      member.run(createId(), p, users.reviewer, "reviewer");
    }
    const doc =
      db.prepare(`INSERT INTO Document (id, projectId, title, text, sha256, length, outlet, perspective, language, publishedAt, status)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'en', ?, ?)`);
    const span =
      db.prepare(`INSERT INTO Annotation (id, documentId, layer, authorId, label, start, "end", text, attributes, note, createdAt, updatedAt)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    const perspectives = ["JP", "KR", "US", "third-party"];
    const statuses = ["open", "open", "in_adjudication", "adjudicated"];
    for (let d = 0; d < documents; d++) {
      const { text, candidates } = article(rand, d);
      const cps = Array.from(text);
      const id = createId();
      doc.run(
        id,
        projectId,
        `Report ${d}`,
        text,
        hashText(text),
        cps.length,
        `Outlet ${d % 40}`,
        perspectives[d % 4],
        `2019-07-${String(1 + (d % 28)).padStart(2, "0")}`,
        statuses[d % 4],
      );
      // 40% to each annotator, 20% gold; each layer picks distinct candidates (unique key).
      const layers: [string, string, number][] = [
        [userLayer(users.annotator1), users.annotator1, 0.4],
        [userLayer(users.annotator2), users.annotator2, 0.4],
        [GOLD_LAYER, users.reviewer, 0.2],
      ];
      for (const [layer, author, share] of layers) {
        const count = Math.round(spansPerDocument * share);
        const offset = Math.floor(rand() * candidates.length);
        for (let k = 0; k < count; k++) {
          const c = candidates[(offset + k * 3) % candidates.length];
          const sid = createId();
          span.run(
            sid,
            id,
            layer,
            author,
            c.label,
            c.start,
            c.end,
            cps.slice(c.start, c.end).join(""),
            JSON.stringify(c.attributes),
            k % 5 === 0 ? "checked against the wire copy" : "",
            now,
            now,
          );
          if (layer === GOLD_LAYER || k === 0) spanIds.push(sid);
          spans++;
        }
      }
    }
    writePropositions(db, projectId, users.reviewer, spanIds, rand, now);
  });
  write();
  db.close();
  return { projectId, emptyProjectId, users, documents, spans };
}

function writePropositions(
  db: Database.Database,
  projectId: string,
  reviewer: string,
  spanIds: string[],
  rand: () => number,
  now: string,
): void {
  const proposition = db.prepare(
    "INSERT INTO Proposition (id, projectId, statement, status, createdById, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const link = db.prepare("INSERT INTO PropositionLink (id, propositionId, annotationId, stance, createdById) VALUES (?, ?, ?, ?, ?)");
  const reconciliation =
    db.prepare(`INSERT INTO Reconciliation (id, propositionId, status, verdict, summary, rationale, evidence, version, updatedById, updatedAt)
    VALUES (?, ?, 'reconciled', 'Partly supported', 'Sources disagree on framing.', 'Attributed on both sides.', ?, 1, ?, ?)`);
  for (let p = 0; p < 200; p++) {
    const id = createId();
    proposition.run(id, projectId, `Proposition ${p}: the controls were retaliation`, p % 2 ? "reconciled" : "open", reviewer, now, now);
    const linked = new Set<string>();
    for (let k = 0; k < 10; k++) linked.add(spanIds[Math.floor(rand() * spanIds.length)]);
    const stances = ["supports", "refutes", "reports"];
    [...linked].forEach((a, k) => link.run(createId(), id, a, stances[k % 3], reviewer));
    if (p % 2) reconciliation.run(createId(), id, JSON.stringify([...linked].slice(0, 2)), reviewer, now);
  }
}
