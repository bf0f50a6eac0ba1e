import { Injectable, Module } from '@nestjs/common';
import { PlatformIdVerification, PlatformIdVerificationModule, VerificationReport } from '@app/game-platform';
import { JobHandler, JobName, JobPayload } from '@app/jobs';

@Injectable()
export class ImportJobsHandler {
  constructor(private readonly verification: PlatformIdVerification) {}

  @JobHandler(JobName.VerifyPlatformId)
  verify(payload: JobPayload<JobName.VerifyPlatformId>): Promise<VerificationReport> {
    return this.verification.verify(payload.claimId);
  }
}

/** Verification of imported platform ids (the import endpoint is in the API). */
@Module({
  imports: [PlatformIdVerificationModule],
  providers: [ImportJobsHandler],
})
export class ImportsWorkerModule {}
