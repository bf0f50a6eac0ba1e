import { SetMetadata } from '@nestjs/common';
import { JobName } from './job-names';

export const JOB_HANDLER_METADATA = 'gps:job-handler';

/**
 * Marks a provider method as THE handler of a job type. The worker refuses to start when a job type
 * of a queue it consumes has no handler, or has two.
 */
export const JobHandler = (name: JobName) => SetMetadata(JOB_HANDLER_METADATA, name);
