// For the TypeORM CLI only (`typeorm migration:generate -d <compiled data-source.js>`).
// The application builds its data source through PersistenceModule or prepareDatabase().
import { loadConfig } from '@wobdesk/config';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

export default new DataSource(dataSourceOptions(loadConfig().database));
