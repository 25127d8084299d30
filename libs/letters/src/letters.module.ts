import { type DynamicModule, Module } from '@nestjs/common';
import { LetterRenderer, type LettersOptions } from './letter-renderer.js';
import { PdfRenderer } from './pdf-renderer.js';

/** Injection token of the LettersOptions the module was built with. */
export const LETTERS_OPTIONS = Symbol('LETTERS_OPTIONS');

/**
 * The letters library for Nest: a LetterRenderer (templates → HTML) and a PdfRenderer (one
 * Chromium per process, closed when the application closes). The core has no Nest dependency;
 * this module only wires it: `LettersModule.forRoot(lettersOptionsFromEnv(process.env, cwd))`.
 */
@Module({})
export class LettersModule {
  static forRoot(options: LettersOptions): DynamicModule {
    return {
      module: LettersModule,
      providers: [
        { provide: LETTERS_OPTIONS, useValue: options },
        { provide: LetterRenderer, useFactory: () => new LetterRenderer(options) },
        {
          provide: PdfRenderer,
          useFactory: () =>
            new PdfRenderer({ chromiumPath: options.chromiumPath, maxPages: options.pdfPages }),
        },
      ],
      exports: [LETTERS_OPTIONS, LetterRenderer, PdfRenderer],
    };
  }
}
