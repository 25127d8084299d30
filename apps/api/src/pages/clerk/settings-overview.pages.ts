import { Injectable } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { PageKit } from '../shared/page-kit.js';
import type { PageRoutes } from '../shared/page-routes.js';
import { BRANDING_SETTINGS_PATH } from './branding.pages.js';
import { GENERAL_SETTINGS_PATH } from './general-settings.pages.js';
import { LETTER_SETTINGS_PATH } from './letter-settings.pages.js';
import { PUBLISHER_SETTINGS_PATH } from './publisher-settings.pages.js';
import { REDACTION_SETTINGS_PATH } from './redaction-settings.pages.js';
import { SECOND_FACTOR_SETTINGS_PATH } from './second-factor-settings.pages.js';
import { USER_SETTINGS_PATH } from './user-settings.pages.js';

export const SETTINGS_PATH = '/instellingen';

/** Every settings page, with what a coordinator finds there, in the words of the page. */
export const SETTINGS_PAGES: readonly { path: string; title: string; about: string }[] = [
  {
    path: USER_SETTINGS_PATH,
    title: 'Gebruikers',
    about: 'Wie met Wobdesk werkt: uitnodigen, rol, deactiveren, een nieuw wachtwoord.',
  },
  {
    path: SECOND_FACTOR_SETTINGS_PATH,
    title: 'Tweestapsverificatie',
    about: 'Of ook behandelaars met een code uit een app inloggen, en opnieuw laten instellen.',
  },
  {
    path: LETTER_SETTINGS_PATH,
    title: 'Brieven',
    about:
      'Het briefhoofd (adressen, website, contact), de ondertekenaar en de functie, het adres voor bezwaar, en de toon van de brieven.',
  },
  {
    path: BRANDING_SETTINGS_PATH,
    title: 'Huisstijl',
    about: 'Het logo, de kleur en de privacyverklaring op de pagina’s voor aanvragers.',
  },
  {
    path: REDACTION_SETTINGS_PATH,
    title: 'Lakken',
    about: 'De namen die Wobdesk voorstelt om te lakken, en de grootte van de bundels.',
  },
  {
    path: GENERAL_SETTINGS_PATH,
    title: 'Formulier en bewaartermijn',
    about:
      'Of het formulier voor aanvragers open is, de tekst erboven, en hoe lang u de gegevens van aanvragers bewaart voordat ze anoniem worden gemaakt.',
  },
  {
    path: PUBLISHER_SETTINGS_PATH,
    title: 'Publicatie',
    about: 'De organisatie als publicerende instantie: de TOOI-identificatie.',
  },
];

/** The coordinator's overview of the settings: one place that links every settings page. */
@Injectable()
export class SettingsOverviewPages implements PageRoutes {
  constructor(private readonly kit: PageKit) {}

  routes(scope: FastifyInstance): void {
    scope.get(
      SETTINGS_PATH,
      this.kit.coordinatorOnly('de instellingen wijzigen', async (_request, reply, clerk) =>
        this.kit.html(
          reply,
          'instellingen',
          { title: 'Instellingen', pages: SETTINGS_PAGES },
          clerk,
        ),
      ),
    );
  }
}
