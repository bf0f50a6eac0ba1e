-- CreateTable
CREATE TABLE "job_schedule_settings" (
    "name" TEXT NOT NULL,
    "pattern" TEXT,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "updated_by" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "job_schedule_settings_pkey" PRIMARY KEY ("name")
);
