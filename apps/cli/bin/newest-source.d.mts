/** Newest modification time of the .ts files under `dir` that a build compiles (no spec files). */
export function newestSource(dir: string): number;
