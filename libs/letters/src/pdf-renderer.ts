// HTML → PDF with the system's Chromium (Debian package, /usr/bin/chromium) driven by
// playwright-core: page.pdf() gave the best fidelity of the renderers tried (about 65 ms a PDF), and no
// browser is ever downloaded. One browser per process, started on first use; a small pool of
// pages is reused; the browser is closed on module destroy (or close()).
import { METRICS } from '@wobdesk/config';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

/** Flags for headless Chromium as root in a container, without a GPU or a shared-memory mount. */
export const CHROMIUM_LAUNCH_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
];

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

export interface PdfRendererOptions {
  /** CHROMIUM_PATH; default /usr/bin/chromium. */
  readonly chromiumPath?: string;
  /** Pages rendering at the same time (the pool size); default 2 (one per core here). */
  readonly maxPages?: number;
  /** Per PDF, for loading the HTML and printing; default 30 s. */
  readonly timeoutMs?: number;
  readonly launchArgs?: readonly string[];
}

export class PdfRendererError extends Error {
  constructor(
    readonly code: 'PDF.BROWSER_UNAVAILABLE' | 'PDF.CLOSED' | 'PDF.RENDER_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'PdfRendererError';
  }
}

interface Session {
  readonly browser: Browser;
  readonly context: BrowserContext;
}

export class PdfRenderer {
  private session: Promise<Session> | undefined;
  private readonly idle: Page[] = [];
  private readonly waiting: ((page: Page | undefined) => void)[] = [];
  private open = 0;
  private closed = false;
  /** How often a browser was launched (one per process unless it crashed). */
  launches = 0;
  /** Pages created over the renderer's life (at most `maxPages` while nothing fails). */
  pagesCreated = 0;

  private readonly chromiumPath: string;
  private readonly maxPages: number;
  private readonly timeoutMs: number;
  private readonly launchArgs: readonly string[];

  constructor(options: PdfRendererOptions = {}) {
    this.chromiumPath = options.chromiumPath ?? DEFAULT_CHROMIUM_PATH;
    this.maxPages = Math.max(1, options.maxPages ?? 2);
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.launchArgs = options.launchArgs ?? CHROMIUM_LAUNCH_ARGS;
  }

  /** Starts the browser now instead of on the first PDF (e.g. at start-up or before a benchmark). */
  async warmUp(): Promise<void> {
    await this.start();
  }

  /** An A4 PDF of a complete HTML document; the page size and margins come from its @page CSS. */
  async render(html: string): Promise<Buffer> {
    const page = await this.acquire();
    let healthy = false;
    try {
      // Timed from a free page on: the wait for one is the queue, not the printing.
      const stopTimer = METRICS.pdfRenderDuration.startTimer();
      await page.setContent(html, { waitUntil: 'load', timeout: this.timeoutMs });
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      stopTimer();
      healthy = true;
      return pdf;
    } catch (e) {
      if (this.closed) throw new PdfRendererError('PDF.CLOSED', 'The PDF renderer was closed');
      throw new PdfRendererError(
        'PDF.RENDER_FAILED',
        `Printing the letter to PDF failed: ${e instanceof Error ? e.message : String(e)}`,
      );
    } finally {
      this.release(page, healthy);
    }
  }

  /** Closes the browser; pending and later renders fail with PDF.CLOSED. */
  async close(): Promise<void> {
    this.closed = true;
    for (const resolve of this.waiting.splice(0)) resolve(undefined);
    const session = this.session;
    this.session = undefined;
    this.idle.length = 0;
    if (session) {
      try {
        await (await session).browser.close();
      } catch {
        // the browser failed to start or is already gone
      }
    }
  }

  /** Nest lifecycle hook (LettersModule registers this class as a provider). */
  async onModuleDestroy(): Promise<void> {
    await this.close();
  }

  private start(): Promise<Session> {
    if (this.closed)
      return Promise.reject(new PdfRendererError('PDF.CLOSED', 'The PDF renderer was closed'));
    this.session ??= this.launch();
    return this.session;
  }

  private async launch(): Promise<Session> {
    this.launches++;
    let browser: Browser;
    try {
      browser = await chromium.launch({
        executablePath: this.chromiumPath,
        headless: true,
        args: [...this.launchArgs],
      });
    } catch (e) {
      this.session = undefined;
      throw new PdfRendererError(
        'PDF.BROWSER_UNAVAILABLE',
        `Chromium could not be started from ${this.chromiumPath} (set CHROMIUM_PATH, or install the Debian package: apt-get install chromium): ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
      );
    }
    browser.on('disconnected', () => {
      // A crashed browser is replaced on the next render.
      this.session = undefined;
      this.idle.length = 0;
      this.open = 0;
    });
    // Letters are self-contained: no scripts, no network.
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    return { browser, context };
  }

  private async acquire(): Promise<Page> {
    const { context } = await this.start();
    const page = this.idle.pop();
    if (page) return page;
    if (this.open < this.maxPages) {
      this.open++;
      try {
        const created = await context.newPage();
        this.pagesCreated++;
        return created;
      } catch (e) {
        this.open--;
        throw e;
      }
    }
    const next = await new Promise<Page | undefined>((resolve) => this.waiting.push(resolve));
    if (!next) throw new PdfRendererError('PDF.CLOSED', 'The PDF renderer was closed');
    return next;
  }

  private release(page: Page, healthy: boolean): void {
    if (!healthy || this.closed) {
      this.open = Math.max(0, this.open - 1);
      void page.close().catch(() => undefined);
      // Someone waiting gets a fresh page by trying again.
      const waiter = this.waiting.shift();
      if (waiter && !this.closed) {
        this.acquire().then(waiter, () => waiter(undefined));
      }
      return;
    }
    const waiter = this.waiting.shift();
    if (waiter) waiter(page);
    else this.idle.push(page);
  }
}
