import { readPageWords } from './page-words.js';
import { renderPageRaster } from './poppler.js';
import { parsePpm, type RgbRaster } from './raster.js';
import type { PageWords } from './redaction-box.js';

/** What poppler makes of one page to be rasterised: its pixels and its words. */
export interface PageRendering {
  readonly raster: RgbRaster;
  readonly words: PageWords | undefined;
}

/** Pages rendered ahead of the one being assembled: poppler's processes run beside our work. */
const AHEAD = 3;
/** The words of pages this close together are read in one pdftotext call. */
const WORDS_SPAN = 50;

/**
 * Renders the given pages (ascending) in order, a few ahead of what is asked, and reads their
 * words in one pdftotext call per run of nearby pages. Each poppler call opens the whole file
 * and starting a process from a large Node process is itself costly, so on a big bundle most
 * of a page's time went to processes; only a few rasters (a few MB each) are held at once.
 */
export class PageRenderings {
  private readonly rasters = new Map<number, Promise<RgbRaster>>();
  private readonly words = new Map<number, Promise<Map<number, PageWords>>>();
  private readonly runOf = new Map<number, number>();
  private next = 0;

  constructor(
    private readonly path: string,
    private readonly pages: readonly number[],
    private readonly dpi: number,
  ) {
    let runStart = pages[0];
    for (const page of pages) {
      if (page - runStart >= WORDS_SPAN) runStart = page;
      this.runOf.set(page, runStart);
    }
  }

  async get(page: number): Promise<PageRendering> {
    const index = this.pages.indexOf(page);
    if (index < 0) throw new RangeError(`page ${page} was not announced for rendering`);
    while (this.next < this.pages.length && this.next <= index + AHEAD) this.start(this.next++);
    const raster = this.rasters.get(page) as Promise<RgbRaster>;
    this.rasters.delete(page);
    const words = await (this.words.get(this.runOf.get(page) as number) as Promise<
      Map<number, PageWords>
    >);
    return { raster: await raster, words: words.get(page) };
  }

  private start(index: number): void {
    const page = this.pages[index];
    const raster = renderPageRaster(this.path, page, this.dpi).then(parsePpm);
    // A failure is reported when its page is asked for; until then it must not go unhandled.
    raster.catch(() => undefined);
    this.rasters.set(page, raster);
    const run = this.runOf.get(page) as number;
    if (!this.words.has(run)) {
      const last = Math.max(...this.pages.filter((p) => this.runOf.get(p) === run));
      const words = readPageWords(this.path, { first: run, last }).then(
        (pages) => new Map(pages.map((p) => [p.page, p])),
      );
      words.catch(() => undefined);
      this.words.set(run, words);
    }
  }
}
