import { type DynamicModule, Module } from '@nestjs/common';
import { LettersModule, type LettersOptions } from '@wobdesk/letters';
import { PersistenceModule } from '@wobdesk/persistence';
import { RegisterModule } from '@wobdesk/register';
import { LetterService } from './letter.service.js';

/**
 * The letters of the register: `LetterService` with the letters library (templates and one
 * Chromium per process, closed on application shutdown) built from `options`.
 */
@Module({})
export class CorrespondenceModule {
  static forRoot(options: LettersOptions): DynamicModule {
    return {
      module: CorrespondenceModule,
      global: true,
      imports: [PersistenceModule, RegisterModule, LettersModule.forRoot(options)],
      providers: [LetterService],
      exports: [LetterService],
    };
  }
}
