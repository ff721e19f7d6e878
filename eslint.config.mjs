// Lint: type-aware TypeScript rules, the rules of hooks, Next's own checks, and the layering
// the README declares (app → components → lib/actions → lib/server → lib/domain) made mechanical.
// Every boundary is a no-restricted-imports rule on the folder that must not reach out, and its
// message says where the code belongs instead.
import js from "@eslint/js";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";
import { defineConfig, globalIgnores } from "eslint/config";
import tseslint from "typescript-eslint";

// ── Layer boundaries ────────────────────────────────────────────────────────────────────
// An import string names one of our folders either through the "@/" alias or relatively
// ("../server/x", "../../lib/server/x"); each pattern matches both spellings. Relative
// patterns are matched on the string, not the resolved path, so they also catch the depth a
// file will have after the subsystem folders move.
const ours = (folder) => {
  const [top, sub] = folder.split("/");
  const relative = sub ? `(\\.\\./)+(${top}/)?${sub}` : `(\\.\\./)+${top}`;
  return `^(@/${folder}|${relative})(/.*)?$`;
};

const layer = (folder, message, extra = {}) => ({ regex: ours(folder), message, ...extra });

const nodeBuiltins = {
  regex: "^(node:.*|fs|fs/promises|path|os|crypto|child_process|worker_threads|stream|http|https|net|url|util|zlib|buffer|process)$",
};
const database = { regex: "^(@prisma/.*|prisma|better-sqlite3|(@/|(\\.\\./)+)generated(/.*)?)$" };
const frameworks = { regex: "^(next|next/.*|next-auth|next-auth/.*|react|react/.*|react-dom|react-dom/.*|server-only)$" };

const boundaries = (patterns) => ({
  "no-restricted-imports": "off",
  "@typescript-eslint/no-restricted-imports": ["error", { patterns }],
});

const DOMAIN_PURE = "lib/domain is pure: move I/O and platform APIs to lib/server (or take the value as a parameter).";
const DOMAIN_BOTTOM = "lib/domain is the bottom layer: it imports nothing else of ours. Move the shared piece into lib/domain.";
const VIEWS = "lib/views holds type-only view shapes: it may import types from lib/domain and nothing else of ours.";
const SCHEMAS = "lib/schemas (zod input schemas) may import lib/domain only: move what it needs into lib/domain or lib/schemas.";
const CLIENT =
  "lib/client is browser-only: it may import lib/domain and lib/views, never lib/server or lib/actions (call the JSON API or a server action from a component).";
const SERVER_UP =
  "lib/server is below lib/actions, components and app: it must not import them. Return data; let the caller render or revalidate.";
const ACTIONS_UP = "lib/actions sit below components and app: they must not import them.";
const COMPONENTS_SERVER =
  "components render: they must not import lib/server (take a prop from the page, or import a view type from lib/views).";
const COMPONENTS_APP = "components must not import app/: pages compose components, not the other way round.";
const DATABASE_TYPES = "database types stay in lib/server: describe the shape in lib/views or lib/domain.";

const domainRules = boundaries([
  ...["lib/server", "lib/actions", "lib/client", "lib/schemas", "lib/views", "components", "app"].map((f) => layer(f, DOMAIN_BOTTOM)),
  { ...nodeBuiltins, message: DOMAIN_PURE },
  { ...database, message: DOMAIN_PURE },
  { ...frameworks, message: "lib/domain is pure: no Next, React or server-only; it must run anywhere (browser, worker, test)." },
]);

const viewsRules = boundaries([
  layer("lib/domain", VIEWS, { allowTypeImports: true }),
  ...["lib/server", "lib/actions", "lib/client", "lib/schemas", "components", "app"].map((f) => layer(f, VIEWS)),
  { ...nodeBuiltins, message: VIEWS },
  { ...database, message: `${VIEWS} ${DATABASE_TYPES}` },
  { ...frameworks, message: VIEWS },
]);

const schemasRules = boundaries([
  ...["lib/server", "lib/actions", "lib/client", "lib/views", "components", "app"].map((f) => layer(f, SCHEMAS)),
  { ...nodeBuiltins, message: SCHEMAS },
  { ...database, message: SCHEMAS },
  { ...frameworks, message: SCHEMAS },
]);

const clientRules = boundaries([
  ...["lib/server", "lib/actions", "lib/schemas", "components", "app"].map((f) => layer(f, CLIENT)),
  { ...nodeBuiltins, message: CLIENT },
  { ...database, message: CLIENT },
  { regex: "^server-only$", message: CLIENT },
]);

const serverRules = boundaries([
  ...["lib/actions", "components", "app"].map((f) => layer(f, SERVER_UP)),
  layer("lib/client", "lib/client is browser-only; shared logic belongs in lib/domain."),
]);

const actionsRules = boundaries([
  ...["components", "app"].map((f) => layer(f, ACTIONS_UP)),
  layer("lib/client", "lib/client is browser-only; shared logic belongs in lib/domain."),
]);

const componentsRules = boundaries([
  layer("lib/server", COMPONENTS_SERVER),
  layer("app", COMPONENTS_APP),
  { ...database, message: `components render: ${DATABASE_TYPES}` },
  { ...nodeBuiltins, message: "components render in the browser too: Node APIs belong in lib/server." },
]);

export default defineConfig([
  globalIgnores([
    "node_modules/",
    "generated/",
    ".next/",
    ".next-*/",
    "bench/out/",
    "test-results/",
    "playwright-report/",
    "screenshots/",
    ".tmp/",
    "next-env.d.ts",
  ]),

  js.configs.recommended,

  {
    files: ["**/*.{ts,tsx}"],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The checks that catch real bugs in async code: an unawaited save, a promise handed to
      // an onClick that expects void, awaiting something that is not a promise.
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      // Off, mostly noise here: async functions without an await implement an async contract
      // (next-auth callbacks, guards every caller awaits); making them sync would change callers.
      "@typescript-eslint/require-await": "off",
      // Off, noise here: props and handler records are typed with method syntax but hold plain
      // closures (nothing in the codebase depends on `this` of a passed-around method).
      "@typescript-eslint/unbound-method": "off",
      // Off, noise here: String(x) on an unknown value is this codebase's deliberate "coerce, then
      // validate" step (FormData entries, attribute values, JSON fields; a File becomes
      // "[object File]" and the schema refuses it). The rule cannot tell that from a forgotten toString.
      "@typescript-eslint/no-base-to-string": "off",
    },
  },

  // Tests, scripts, benchmarks and evaluations read JSON from our own server and files and
  // assert on it; typing every body before the assertion would be ceremony, not safety. They
  // are linted without type information (type-aware lint of them took lint from 50 s to over a
  // minute here), and tsc in `next build` type-checks them anyway. The app's own code (app,
  // components, lib) keeps every type-aware rule.
  {
    files: ["tests/**/*.{ts,tsx}", "scripts/**/*.ts", "bench/**/*.ts", "eval/**/*.ts"],
    extends: [tseslint.configs.disableTypeChecked],
    rules: {
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-call": "off",
      "@typescript-eslint/no-unsafe-argument": "off",
      "@typescript-eslint/no-unsafe-return": "off",
      "@typescript-eslint/no-explicit-any": "off",
      "@typescript-eslint/restrict-template-expressions": "off",
    },
  },

  {
    files: ["**/*.tsx", "components/**/*.ts", "lib/client/**/*.ts", "app/**/*.ts"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },

  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    extends: [nextPlugin.configs["core-web-vitals"]],
  },

  // JavaScript config files are not in tsconfig: lint them without type information.
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { module: "readonly", process: "readonly", require: "readonly" } },
  },

  {
    files: ["lib/domain/**/*.{ts,tsx}"],
    rules: {
      ...domainRules,
      // Globals that only exist on one platform or do I/O: the domain takes such values as arguments.
      "no-restricted-globals": [
        "error",
        ...["Buffer", "process", "fetch", "window", "document", "localStorage", "sessionStorage", "require", "__dirname"].map((name) => ({
          name,
          message: DOMAIN_PURE,
        })),
      ],
    },
  },
  {
    files: ["lib/views/**/*.ts"],
    rules: {
      ...viewsRules,
      // Types only: a view shape compiles away, so importing it can never pull code across a layer.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "Program > :matches(VariableDeclaration, FunctionDeclaration, ClassDeclaration, ExpressionStatement, TSEnumDeclaration), ExportNamedDeclaration[exportKind='value'], ExportDefaultDeclaration",
          message: VIEWS,
        },
      ],
    },
  },
  { files: ["lib/schemas/**/*.ts"], rules: schemasRules },
  { files: ["lib/client/**/*.{ts,tsx}"], rules: clientRules },
  { files: ["lib/server/**/*.{ts,tsx}"], rules: serverRules },
  { files: ["lib/actions/**/*.{ts,tsx}"], rules: actionsRules },
  { files: ["components/**/*.{ts,tsx}"], rules: componentsRules },
]);
