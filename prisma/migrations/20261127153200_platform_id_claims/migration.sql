-- CreateTable
CREATE TABLE "platform_id_claims" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "entity" TEXT NOT NULL,
    "local_id" UUID NOT NULL,
    "platform_id" UUID NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "checked_at" TIMESTAMPTZ(3),

    CONSTRAINT "platform_id_claims_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "platform_id_claims_state_idx" ON "platform_id_claims"("state");

-- CreateIndex
CREATE UNIQUE INDEX "platform_id_claims_entity_local_id_key" ON "platform_id_claims"("entity", "local_id");
