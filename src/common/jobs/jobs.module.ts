import { Global, Module } from '@nestjs/common';
import { JobsService } from './jobs.service';

/** The shared job runner (pg-boss): periodic tasks and queues, once across instances. */
@Global()
@Module({ providers: [JobsService], exports: [JobsService] })
export class JobsModule {}
