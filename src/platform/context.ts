import type { Config } from '../config.ts';
import type { Database } from '../db/index.ts';
import type { FileStore } from './files/store.ts';
import type { Mailer } from './mail/index.ts';
import type { PersonalDataSection } from './personal-data.ts';
import type { RecordType } from './record-retention.ts';
import type { RetentionEntry } from './retention.ts';
import type { SecretBox } from './secrets.ts';

/** What every feature's route plugin receives from the server that assembles them. */
export interface RouteContext {
  config: Config;
  database: Database;
  mailer: Mailer;
  files: FileStore;
  secrets: SecretBox;
  /** Every feature's section of a person's own data, for the export. */
  personalData: readonly PersonalDataSection[];
  /** The retention schedule every part offers a rule to, as people read it. */
  retention: readonly RetentionEntry[];
  /** The types of record whose deletion the data protection officer confirms, each with its period and source. */
  recordTypes: readonly RecordType[];
}
