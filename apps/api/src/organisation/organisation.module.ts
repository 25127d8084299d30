import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { PersistenceModule } from '@wobdesk/persistence';
import { LetterSettingsController } from './letter-settings.controller.js';
import { LetterSettingsService } from './letter-settings.service.js';
import { RedactionSettingsController } from './redaction-settings.controller.js';

/** The organisation's own settings, run by its coordinators (the letter settings, the redaction settings). */
@Module({
  imports: [PersistenceModule, ClockModule],
  controllers: [LetterSettingsController, RedactionSettingsController],
  providers: [LetterSettingsService],
  exports: [LetterSettingsService],
})
export class OrganisationModule {}
