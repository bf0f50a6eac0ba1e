-- AlterTable
ALTER TABLE "teams" ADD COLUMN     "metactf_coach_id" INTEGER,
ADD COLUMN     "remote_affiliation" TEXT,
ADD COLUMN     "remote_division" "division",
ADD COLUMN     "remote_name" TEXT;
