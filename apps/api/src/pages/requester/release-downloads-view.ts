import { longDate } from '@wobdesk/letters';
import { API_STATUS_PATH } from '../../public-status/public-status.paths.js';
import type { RequesterRelease } from '../../releases/requester-releases.js';
import { ZIP_FILE_NAME } from '../../releases/requester-downloads.controller.js';

/** "1,2 MB", "340 kB": the size of a download, for the requester to know what comes. */
export function sizeNl(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1).replace('.', ',')} MB`;
  return `${Math.max(1, Math.round(bytes / 1000))} kB`;
}

/**
 * The released documents on the status page: nothing before the decision is sent, the date
 * from which they can be downloaded while a third party may still object, why they cannot while a
 * provisional measure against the disclosure is pending, the files otherwise.
 */
export function releaseDownloadsView(token: string, release: RequesterRelease | undefined) {
  if (!release || release.files.length === 0) return undefined;
  const { availability } = release;
  if (availability.state === 'not_sent') return undefined;
  if (availability.state === 'held') {
    return {
      heldNl:
        'Iemand die door de openbaarmaking wordt geraakt, heeft de rechter gevraagd die tegen te houden (een voorlopige voorziening). Daarom kunt u de documenten nu niet downloaden. Dat kan weer als de rechter heeft beslist en de openbaarmaking doorgaat.',
    };
  }
  if (availability.state === 'waiting') {
    return { waitingNl: `U kunt de documenten downloaden vanaf ${longDate(availability.from)}.` };
  }
  const base = `${API_STATUS_PATH}/${token}/releases`;
  const kindNl = { document: 'pdf', bundle: 'pdf, bundel', inventory: 'Excel' } as const;
  return {
    files: release.files.map((f) => ({
      url: `${base}/${f.id}`,
      title: f.kind === 'inventory' ? 'Inventarislijst' : f.title,
      detailNl: `${kindNl[f.kind]}, ${sizeNl(f.bytes)}`,
    })),
    zipUrl: `${base}/${ZIP_FILE_NAME}`,
  };
}
