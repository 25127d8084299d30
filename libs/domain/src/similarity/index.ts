export * from './minhash.js';
export * from './quoted-mail.js';
