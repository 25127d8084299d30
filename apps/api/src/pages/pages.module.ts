import { type DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@wobdesk/accounts';
import { DocumentsModule } from '@wobdesk/documents';
import { PersistenceModule } from '@wobdesk/persistence';
import { PublicationModule } from '@wobdesk/publication';
import { PublicStatusServicesModule } from '@wobdesk/public-status';
import { RegisterModule } from '@wobdesk/register';
import { CalendarFeedsModule } from '../calendar-feeds/calendar-feeds.module.js';
import { InventoryApiModule } from '../inventory/inventory.module.js';
import { OrganisationModule } from '../organisation/organisation.module.js';
import { PublicationApiModule } from '../publication/publication.module.js';
import { RegisterBindingsModule } from '../register-bindings.module.js';
import { BrandingPages } from './clerk/branding.pages.js';
import { CalendarFeedPages } from './clerk/calendar-feed.pages.js';
import { SessionsPages } from './clerk/sessions.pages.js';
import { OperationsModule } from '../operations/operations.module.js';
import { ReportsModule } from '../reports/reports.module.js';
import { DashboardPages } from './clerk/dashboard.pages.js';
import { DocumentPages } from './clerk/document.pages.js';
import { InventoryExportPages } from './clerk/inventory-export.pages.js';
import { InventoryPages } from './clerk/inventory.pages.js';
import { DuplicatePages } from './clerk/duplicate.pages.js';
import { LetterPages } from './clerk/letter.pages.js';
import { LetterSettingsPages } from './clerk/letter-settings.pages.js';
import { LoginPages } from './clerk/login.pages.js';
import { SingleSignOnPages } from './clerk/single-sign-on.pages.js';
import { RedactionPages } from './clerk/redaction.pages.js';
import { NewRequestPages } from './clerk/new-request.pages.js';
import { PublicationPages } from './clerk/publication.pages.js';
import { ReleasePages } from './clerk/release.pages.js';
import { ReleasesApiModule } from '../releases/releases.module.js';
import { ProvisionalMeasurePages } from './clerk/provisional-measure.pages.js';
import { PublisherSettingsPages } from './clerk/publisher-settings.pages.js';
import { RedactionSettingsPages } from './clerk/redaction-settings.pages.js';
import { ReportPages } from './clerk/report.pages.js';
import { OperationsPages } from './clerk/operations.pages.js';
import { RequestListPages } from './clerk/request-list.pages.js';
import { RequestPages } from './clerk/request.pages.js';
import { RequesterDataPages } from './clerk/requester-data.pages.js';
import { ReadAuditPages } from './clerk/read-audit.pages.js';
import { ReadAuditModule } from '../read-audit/read-audit.module.js';
import { GeneralSettingsPages } from './clerk/general-settings.pages.js';
import { SecondFactorPages } from './clerk/second-factor.pages.js';
import { SecondFactorSettingsPages } from './clerk/second-factor-settings.pages.js';
import { SetPasswordPages } from './clerk/set-password.pages.js';
import { SettingsOverviewPages } from './clerk/settings-overview.pages.js';
import { StatusLinkPages } from './clerk/status-link.pages.js';
import { UserSettingsPages } from './clerk/user-settings.pages.js';
import { PublicPages } from './public/public.pages.js';
import { StatusPages } from './requester/status.pages.js';
import { SubmitPages } from './requester/submit.pages.js';
import { PageKit } from './shared/page-kit.js';
import { UsersModule } from '../users/users.module.js';
import { PageRenderer } from './shared/page-renderer.js';

/** Every capability's pages, in the order their routes are registered. */
export const PAGE_ROUTES = [
  SubmitPages,
  StatusPages,
  LoginPages,
  SecondFactorPages,
  SingleSignOnPages,
  DashboardPages,
  RequestListPages,
  NewRequestPages,
  RequestPages,
  RequesterDataPages,
  LetterPages,
  StatusLinkPages,
  DocumentPages,
  InventoryPages,
  InventoryExportPages,
  DuplicatePages,
  RedactionPages,
  LetterSettingsPages,
  BrandingPages,
  ProvisionalMeasurePages,
  PublisherSettingsPages,
  RedactionSettingsPages,
  PublicationPages,
  ReleasePages,
  ReportPages,
  OperationsPages,
  ReadAuditPages,
  PublicPages,
  CalendarFeedPages,
  SessionsPages,
  SettingsOverviewPages,
  GeneralSettingsPages,
  UserSettingsPages,
  SecondFactorSettingsPages,
  SetPasswordPages,
] as const;

/**
 * The web pages for clerks and requesters: thin handlers over the register's services.
 * The routes are Fastify routes in their own scope (see pages.plugin.ts), not Nest controllers:
 * they live at the site root next to `/api`, with their own cookies, CSRF and headers.
 */
@Module({})
export class PagesModule {
  static forRoot(templatesDir: string): DynamicModule {
    return {
      module: PagesModule,
      imports: [
        RegisterBindingsModule,
        RegisterModule,
        PublicStatusServicesModule,
        AccountsModule,
        PersistenceModule,
        PublicationModule,
        DocumentsModule,
        InventoryApiModule,
        OrganisationModule,
        CalendarFeedsModule,
        ReleasesApiModule,
        PublicationApiModule,
        ReportsModule,
        UsersModule,
        OperationsModule,
        ReadAuditModule,
      ],
      providers: [
        { provide: PageRenderer, useFactory: () => PageRenderer.load(`${templatesDir}/pages`) },
        PageKit,
        ...PAGE_ROUTES,
      ],
      exports: [PageKit, ...PAGE_ROUTES],
    };
  }
}
