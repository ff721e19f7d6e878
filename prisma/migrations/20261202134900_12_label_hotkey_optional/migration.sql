-- Issue 12: labels created by an import beyond the ninth have no hotkey (NULL; SQLite lets
-- several NULLs share the unique (projectId, hotkey) index).
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Label" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "color" TEXT NOT NULL,
    "hotkey" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Label_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Label" ("color", "hotkey", "id", "key", "name", "projectId", "sortOrder") SELECT "color", "hotkey", "id", "key", "name", "projectId", "sortOrder" FROM "Label";
DROP TABLE "Label";
ALTER TABLE "new_Label" RENAME TO "Label";
CREATE UNIQUE INDEX "Label_projectId_key_key" ON "Label"("projectId", "key");
CREATE UNIQUE INDEX "Label_projectId_hotkey_key" ON "Label"("projectId", "hotkey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

