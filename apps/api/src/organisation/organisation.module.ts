import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { PersistenceModule } from '@wobdesk/persistence';
import { BrandingController } from './branding.controller.js';
import { BrandingService } from './branding.service.js';
import { GeneralSettingsController } from './general-settings.controller.js';
import { LetterSettingsController } from './letter-settings.controller.js';
import { LetterSettingsService } from './letter-settings.service.js';
import { RedactionSettingsController } from './redaction-settings.controller.js';

/** The organisation's own settings, run by its coordinators (the letters, the branding, redaction). */
@Module({
  imports: [PersistenceModule, ClockModule],
  controllers: [
    LetterSettingsController,
    BrandingController,
    RedactionSettingsController,
    GeneralSettingsController,
  ],
  providers: [LetterSettingsService, BrandingService],
  exports: [LetterSettingsService, BrandingService],
})
export class OrganisationModule {}
