import { Readable } from 'node:stream';
import { stat } from 'node:fs/promises';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '@wobdesk/config';
import { BlobStore } from '@wobdesk/documents';

/** The largest public copy of a decision accepted into the store (a letter is far smaller). */
const MAX_DECISION_BYTES = 50 * 1024 * 1024;

/**
 * The bytes of published files in the documents' content-addressed store: the public copy of a
 * decision is put there when it is scheduled (and is never changed after), released documents
 * are there already. Composed here because the publication library may not reach the documents'
 * store itself.
 */
@Injectable()
export class PublishedFiles {
  private readonly store: BlobStore;

  constructor(config: AppConfig) {
    this.store = new BlobStore(config.documents.dir);
  }

  /** Stores the bytes (durably, before anything refers to them); their SHA-256 and size. */
  async put(bytes: Buffer, fileName: string): Promise<{ sha256: string; bytes: number }> {
    const staged = await this.store.receive(Readable.from([bytes]), MAX_DECISION_BYTES, fileName);
    await this.store.persist([staged]);
    await this.store.place(staged);
    return { sha256: staged.sha256, bytes: staged.size };
  }

  /** The stored file as a stream with its size on disk; null when it is not in the store. */
  async open(sha256: string): Promise<{ stream: Readable; size: number } | null> {
    const path = this.store.pathOf(sha256);
    try {
      const { size } = await stat(path);
      return { stream: this.store.open(sha256), size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }
}
