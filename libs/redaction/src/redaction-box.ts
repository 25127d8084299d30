/**
 * One blacked-out area of one page, in PDF points (1/72 inch) measured from the page's top-left
 * corner — the coordinates `pdftotext -bbox` reports, so a term found in the text becomes a box
 * without conversion. The label is the ground printed in the box ("5.1.2e").
 */
export interface RedactionBox {
  /** 1-based page number. */
  readonly page: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly label: string;
}

/** One word on a page with its box, in the same coordinates as a {@link RedactionBox}. */
export interface PageWord {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A page's size (points) and its words in reading order. */
export interface PageWords {
  /** 1-based page number. */
  readonly page: number;
  readonly width: number;
  readonly height: number;
  readonly words: readonly PageWord[];
}
