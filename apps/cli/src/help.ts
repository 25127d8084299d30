// Help texts of `wobdesk`, in Dutch (default) and English.
import type { Lang } from './cli-support.js';

const GENERAL = {
  nl: `wobdesk: termijnen van Wob/Woo-verzoeken berekenen en uitleggen

Gebruik:
  npm run wobdesk -- deadline --received JJJJ-MM-DD [opties]   alle termijnen van een verzoek
  npm run wobdesk -- holidays [--year JJJJ]                    feestdagen volgens de Atw
  npm run wobdesk -- inventory check BESTAND [--law woo|wob]    controleer een inventarislijst (.xlsx/.csv)
  npm run wobdesk -- backup --to MAP                           back-up van database en opgeslagen bestanden
  npm run wobdesk -- restore --from MAP [--force|--drill]      back-up terugzetten of een hersteloefening
  npm run wobdesk -- doctor [--json]                           controleer de installatie (zie help doctor)
  npm run wobdesk -- help [deadline|holidays|doctor|backup|restore]  deze tekst

Gemeenschappelijke opties: --json (JSON op stdout), --lang nl|en (standaard nl),
--seeds MAP (map seeds/ met holidays/equated-days.json; standaard gezocht vanaf de werkmap).
Gebruik 'npm run -s wobdesk -- …' om de regels van npm zelf weg te laten (bijv. voor --json).
Afsluitcode: 0 goed, 2 onjuiste invoer (melding op stderr), 1 interne fout.
`,
  en: `wobdesk: compute and explain the deadlines of Wob/Woo requests

Usage:
  npm run wobdesk -- deadline --received YYYY-MM-DD [flags]    every deadline of a request
  npm run wobdesk -- holidays [--year YYYY]                    holidays under the Atw
  npm run wobdesk -- inventory check FILE [--law woo|wob]       check an inventory spreadsheet (.xlsx/.csv)
  npm run wobdesk -- backup --to DIR                           back up the database and the stored files
  npm run wobdesk -- restore --from DIR [--force|--drill]      restore a backup, or a restore drill
  npm run wobdesk -- doctor [--json]                           check the installation (see help doctor)
  npm run wobdesk -- help [deadline|holidays|doctor|backup|restore]  this text

Common flags: --json (JSON on stdout), --lang nl|en (default nl),
--seeds DIR (the seeds/ directory with holidays/equated-days.json; default: found from the working directory).
Use 'npm run -s wobdesk -- …' to leave out npm's own lines (e.g. with --json).
Exit code: 0 ok, 2 bad input (message on stderr), 1 internal error.
`,
};

const DEADLINE = {
  nl: `wobdesk deadline: alle termijnen van een Wob/Woo-verzoek, elk met de stappen die ertoe leiden

  --received DATUM              ontvangst van het verzoek (verplicht)
  --regime wob|woo              termijnregime forceren (standaard: volgens ontvangstdatum, Woo art. 10.1)
  --extension-notified DATUM    verzenddatum van het verdagingsbericht (samen met --extension-days)
  --extension-days N            dagen verdaging; de wet staat toe: Woo ≤ 14, Wob ≤ 28 (meer: afgekapt, met waarschuwing)
  --suspension SPEC             opschorting, herhaalbaar; SPEC is soort:sleutel=datum,… :
        clarification:requested=D[,term=D][,answered=D]        Awb 4:15 lid 1 sub a (zonder term geen opschorting)
        foreign_authority:requested=D,expected=D[,received=D]  Awb 4:15 lid 1 sub b
        third_party_view:notified=D,term=D[,responded=D]       Woo 4.4 lid 3 / Wob 6 lid 3
        consent:agreed=D,days=N                                Awb 4:15 lid 2 sub a
        requester_delay:from=D,until=D                         Awb 4:15 lid 2 sub b
        force_majeure:from=D,until=D                           Awb 4:15 lid 2 sub c
  --decided DATUM               datum van het besluit
  --sent DATUM                  bekendmaking (verzending) van het besluit
  --objection-expected          een derde maakt naar verwachting bezwaar (openbaarmaking 2 weken later)
  --environmental               milieu-informatie (alleen Wob art. 6 lid 6)
  --notice-of-default DATUM     ingebrekestelling ontvangen (Awb 6:12)
  --objection-received DATUM    bezwaarschrift ontvangen (vraagt --sent)
    --objection-by-post         per post verzonden
    --objection-posted DATUM    datum van verzending per post (Awb 6:9 lid 2; impliceert per post)
    --advisory-committee        adviescommissie (Awb 7:13): 12 in plaats van 6 weken
    --objection-extension-days N  verdaging beslissing op bezwaar (≤ 42, Awb 7:10 lid 3)
  --json  --lang nl|en  --seeds MAP

Voorbeeld:
  npm run wobdesk -- deadline --received 2023-12-22 --extension-notified 2024-01-19 --extension-days 14 \\
    --suspension third_party_view:notified=2024-01-09,term=2024-01-23,responded=2024-01-22
`,
  en: `wobdesk deadline: every deadline of a Wob/Woo request, each with the steps that lead to it

  --received DATE               receipt of the request (required)
  --regime wob|woo              force the term regime (default: by receipt date, Woo art. 10.1)
  --extension-notified DATE     date the extension notice was sent (together with --extension-days)
  --extension-days N            days of extension; the law allows Woo ≤ 14, Wob ≤ 28 (more: capped, with a warning)
  --suspension SPEC             suspension, repeatable; SPEC is kind:key=date,… :
        clarification:requested=D[,term=D][,answered=D]        Awb 4:15 lid 1 sub a (no term: no suspension)
        foreign_authority:requested=D,expected=D[,received=D]  Awb 4:15 lid 1 sub b
        third_party_view:notified=D,term=D[,responded=D]       Woo 4.4 lid 3 / Wob 6 lid 3
        consent:agreed=D,days=N                                Awb 4:15 lid 2 sub a
        requester_delay:from=D,until=D                         Awb 4:15 lid 2 sub b
        force_majeure:from=D,until=D                           Awb 4:15 lid 2 sub c
  --decided DATE                date of the decision
  --sent DATE                   bekendmaking (sending) of the decision
  --objection-expected          a third party is expected to object (disclosure 2 weeks later)
  --environmental               environmental information (Wob art. 6 lid 6 only)
  --notice-of-default DATE      notice of default received (Awb 6:12)
  --objection-received DATE     objection received (needs --sent)
    --objection-by-post         sent by post
    --objection-posted DATE     date it was posted (Awb 6:9 lid 2; implies by post)
    --advisory-committee        advisory committee (Awb 7:13): 12 instead of 6 weeks
    --objection-extension-days N  extension of the decision on the objection (≤ 42, Awb 7:10 lid 3)
  --json  --lang nl|en  --seeds DIR

Example:
  npm run wobdesk -- deadline --received 2023-12-22 --extension-notified 2024-01-19 --extension-days 14 \\
    --suspension third_party_view:notified=2024-01-09,term=2024-01-23,responded=2024-01-22
`,
};

const HOLIDAYS = {
  nl: `wobdesk holidays: de feestdagen van de Algemene termijnenwet in een jaar, met de bij KB
gelijkgestelde dagen (bevestigd of niet) en een waarschuwing als er voor dat jaar geen KB bekend is.

  --year JJJJ      het jaar (standaard: dit jaar)
  --json  --lang nl|en  --seeds MAP
`,
  en: `wobdesk holidays: the holidays of the Algemene termijnenwet in a year, with the days equated by
Royal Decree (confirmed or not) and a warning when no decree is known for that year.

  --year YYYY      the year (default: this year)
  --json  --lang nl|en  --seeds DIR
`,
};

const DOCTOR = {
  nl: `wobdesk doctor: controleert een installatie met de omgevingsvariabelen van de app en meldt per
onderdeel OK, WARN of FAIL met de oplossing (de meldingen zijn in het Engels, voor beheerders):
PUBLIC_BASE_URL, Chromium (drukt een test-PDF af), het lettertype Open Sans, poppler-utils,
LibreOffice, SMTP (verbinding en inloggen; anders de map van de catcher), vrije schijfruimte bij
de database en de bestandsopslag, de database (versie; PostgreSQL 15 of nieuwer) en
openstaande migraties. Verandert niets.

  --json   het resultaat als JSON ({ ok, checks: [{ check, status, detail, fix }] })

Afsluitcode: 0 als niets FAIL is (WARN mag), 1 anders, 2 onjuiste invoer.
`,
  en: `wobdesk doctor: checks an installation with the app's environment variables and reports, per
part, OK, WARN or FAIL with the fix: PUBLIC_BASE_URL, Chromium (prints a test PDF), the Open Sans
font, poppler-utils, LibreOffice, SMTP (connection and login; else the catcher directory), free
disk space for the database and the file store, the database (version; PostgreSQL 15 or later)
and pending migrations. Changes nothing.

  --json   the result as JSON ({ ok, checks: [{ check, status, detail, fix }] })

Exit code: 0 when nothing FAILs (WARN is allowed), 1 otherwise, 2 bad input.
`,
};

const BACKUP = {
  nl: `wobdesk backup: een back-up van de database (SQLite: online, terwijl Wobdesk doorwerkt;
PostgreSQL: pg_dump -Fc), de opgeslagen bestanden (DOCUMENTS_DIR), de sleutel van de statuslinks
en de sjablonen van organisaties, met manifest.json (sha256 en grootte van elk bestand, de laatste
migratie, de versie en het tijdstip). Leest dezelfde instellingen als de API (DATABASE_PATH of
DATABASE_URL, DOCUMENTS_DIR, ORGANISATION_TEMPLATES_DIR).

  --to MAP         nieuwe of lege map; wordt pas aan het eind op zijn plaats gezet
  --pg-bin MAP     map met pg_dump (standaard: de nieuwste /usr/lib/postgresql/*/bin)
  --lang nl|en
`,
  en: `wobdesk backup: a backup of the database (SQLite: online, while Wobdesk keeps working;
PostgreSQL: pg_dump -Fc), the stored files (DOCUMENTS_DIR), the status-link key and the
organisations' templates, with manifest.json (sha256 and size of every file, the last migration,
the version and the time). Reads the same settings as the API (DATABASE_PATH or DATABASE_URL,
DOCUMENTS_DIR, ORGANISATION_TEMPLATES_DIR).

  --to DIR         a new or empty directory; only put in place at the end
  --pg-bin DIR     directory with pg_dump (default: the newest /usr/lib/postgresql/*/bin)
  --lang nl|en
`,
};

const RESTORE = {
  nl: `wobdesk restore: zet een back-up terug op de ingestelde plekken. Controleert eerst elke
controlesom (een beschadigde back-up wordt geweigerd, met de naam van het bestand). Stop de API en
de worker vooraf; draai daarna \`npm run db:migrate\`.

  --from MAP       de back-up (met --drill: ook een map met back-ups; de nieuwste telt)
  --force          een bestaande database (en sleutel, sjablonen) overschrijven
  --drill          hersteloefening: terugzetten in een kladmap/kladdatabase en controleren
                   (aantallen, elk verzoek = zijn gebeurtenissen, elk bestand); afsluitcode 3 bij fouten
  --pg-bin MAP     map met pg_restore
  --lang nl|en
`,
  en: `wobdesk restore: puts a backup back in the configured places. Checks every checksum first
(a damaged backup is refused, naming the file). Stop the API and the worker first; run
\`npm run db:migrate\` afterwards.

  --from DIR       the backup (with --drill also a directory of backups; the newest counts)
  --force          overwrite an existing database (and key, templates)
  --drill          restore drill: restore into a scratch directory/database and check it
                   (counts, every request = its events, every file); exit code 3 on problems
  --pg-bin DIR     directory with pg_restore
  --lang nl|en
`,
};

export const HELP_TOPICS = ['deadline', 'holidays', 'doctor', 'backup', 'restore'] as const;
export type HelpTopic = 'general' | (typeof HELP_TOPICS)[number];

export function helpText(topic: HelpTopic, lang: Lang): string {
  const texts = { general: GENERAL, deadline: DEADLINE, holidays: HOLIDAYS, doctor: DOCTOR };
  return { ...texts, backup: BACKUP, restore: RESTORE }[topic][lang];
}
