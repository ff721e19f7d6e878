-- CreateTable
CREATE TABLE "LinkDecision" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "projectId" TEXT NOT NULL,
    "propositionId" TEXT NOT NULL,
    "annotationId" TEXT NOT NULL,
    "decision" TEXT NOT NULL,
    "stance" TEXT,
    "features" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LinkDecision_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "LinkDecision_projectId_idx" ON "LinkDecision"("projectId");

-- CreateIndex
CREATE UNIQUE INDEX "LinkDecision_propositionId_annotationId_key" ON "LinkDecision"("propositionId", "annotationId");

