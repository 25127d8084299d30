/** Where the public section lives: the published decisions and their files. */
export const PUBLIC_PATH = '/openbaar';
