-- CreateIndex
CREATE INDEX "Document_projectId_publishedAt_createdAt_idx" ON "Document"("projectId", "publishedAt", "createdAt");

-- CreateIndex
CREATE INDEX "Document_projectId_title_idx" ON "Document"("projectId", "title");

-- CreateIndex
CREATE INDEX "Document_projectId_outlet_idx" ON "Document"("projectId", "outlet");

-- CreateIndex
CREATE INDEX "Document_projectId_length_idx" ON "Document"("projectId", "length");

-- CreateIndex
CREATE INDEX "Document_projectId_createdAt_idx" ON "Document"("projectId", "createdAt");

