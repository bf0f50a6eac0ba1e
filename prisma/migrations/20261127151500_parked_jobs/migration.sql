-- CreateTable
CREATE TABLE "parked_jobs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "job_key" TEXT NOT NULL,
    "queue" TEXT NOT NULL,
    "job_name" TEXT NOT NULL,
    "job_id" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "coach_id" UUID NOT NULL,
    "reason" TEXT NOT NULL,
    "parked_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "parked_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "parked_jobs_job_key_key" ON "parked_jobs"("job_key");

-- CreateIndex
CREATE INDEX "parked_jobs_coach_id_idx" ON "parked_jobs"("coach_id");

-- CreateIndex
CREATE INDEX "parked_jobs_parked_at_idx" ON "parked_jobs"("parked_at");
