import { type DynamicModule, Module } from '@nestjs/common';
import { CorrespondenceModule } from '@wobdesk/correspondence';
import type { LettersOptions } from '@wobdesk/letters';
import { LettersController } from './letters.controller.js';
import { ReadAuditModule } from '../read-audit/read-audit.module.js';

/** The clerks' letter endpoints, with the letters library built from the configuration. */
@Module({})
export class LettersApiModule {
  static forRoot(options: LettersOptions): DynamicModule {
    return {
      module: LettersApiModule,
      imports: [CorrespondenceModule.forRoot(options), ReadAuditModule],
      controllers: [LettersController],
      exports: [CorrespondenceModule],
    };
  }
}
