import { Module } from '@nestjs/common';
import { ImportController } from './import.controller';
import { ImportService } from './import.service';

/** Admin import of existing coaches, competitors and teams with their platform ids. */
@Module({
  controllers: [ImportController],
  providers: [ImportService],
})
export class ImportsModule {}
