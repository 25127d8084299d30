import { Module } from '@nestjs/common';
import { ClockModule } from '@wobdesk/clock';
import { PersistenceModule } from '@wobdesk/persistence';
import { BrandingController } from './branding.controller.js';
import { BrandingService } from './branding.service.js';
import { LetterSettingsController } from './letter-settings.controller.js';
import { LetterSettingsService } from './letter-settings.service.js';

/** The organisation's own settings, run by its coordinators (the letters, the branding). */
@Module({
  imports: [PersistenceModule, ClockModule],
  controllers: [LetterSettingsController, BrandingController],
  providers: [LetterSettingsService, BrandingService],
  exports: [LetterSettingsService, BrandingService],
})
export class OrganisationModule {}
