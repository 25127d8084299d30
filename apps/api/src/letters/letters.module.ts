import { type DynamicModule, Module } from '@nestjs/common';
import type { LettersOptions } from '@wobdesk/letters';
import { LetterWorkflowModule } from '@wobdesk/workflow';
import { LettersController } from './letters.controller.js';

/** The clerks' letter endpoints, with the letters library built from the configuration. */
@Module({})
export class LettersApiModule {
  static forRoot(options: LettersOptions): DynamicModule {
    return {
      module: LettersApiModule,
      imports: [LetterWorkflowModule.forRoot(options)],
      controllers: [LettersController],
      exports: [LetterWorkflowModule],
    };
  }
}
