import type { Area, ValueRow } from '../../src/schema/types.js';
import type { LevelConfig, MicrodataConfig } from './config.js';
import type { TableContext } from './tables.js';

export async function aggregateMicrodata(_m: MicrodataConfig, _c: TableContext, _l: readonly LevelConfig[], _a: readonly Area[]): Promise<Map<string, ValueRow[]>> {
  throw new Error('microdata: not built yet');
}
