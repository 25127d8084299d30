/**
 * Days equated with a generally recognised holiday by Royal Decree (Atw art. 3 lid 3). They are
 * data, not code (LD-DECREE-DAYS): the Crown publishes a new decree every few years, and a clerk or
 * operator must be able to add or correct one without a release. Loaded from `seeds/holidays/`.
 */
export interface EquatedDayDecree {
  /** Title of the decree as published (Besluit gelijkstelling …). */
  readonly title: string;
  /** First and last calendar year the decree covers. */
  readonly fromYear: number;
  readonly toYear: number;
  /** Where the list was taken from (Staatscourant, wetten.overheid.nl or a secondary source). */
  readonly source: string;
  /** False while the list has not been checked against the Staatscourant (LD-DECREE-DAYS). */
  readonly confirmed: boolean;
  readonly days: readonly { readonly date: string; readonly name: string }[];
}
