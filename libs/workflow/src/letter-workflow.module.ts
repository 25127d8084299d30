import { type DynamicModule, Module } from '@nestjs/common';
import { LettersModule, type LettersOptions } from '@wobdesk/letters';
import { PersistenceModule } from '@wobdesk/persistence';
import { LetterService } from './letter.service.js';
import { WorkflowModule } from './workflow.module.js';

/**
 * The letters of the register: `LetterService` with the letters library (templates and one
 * Chromium per process, closed on application shutdown) built from `options`.
 */
@Module({})
export class LetterWorkflowModule {
  static forRoot(options: LettersOptions): DynamicModule {
    return {
      module: LetterWorkflowModule,
      global: true,
      imports: [PersistenceModule, WorkflowModule, LettersModule.forRoot(options)],
      providers: [LetterService],
      exports: [LetterService],
    };
  }
}
