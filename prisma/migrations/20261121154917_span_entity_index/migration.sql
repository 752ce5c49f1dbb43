-- CreateIndex
CREATE INDEX "Span_entityId_idx" ON "Span"("entityId");
