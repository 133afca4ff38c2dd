import * as migration_20261123_164324_initial from './20261123_164324_initial';
import * as migration_20261130_114832_public_content_version from './20261130_114832_public_content_version';
import * as migration_20261130_123844_access_tokens from './20261130_123844_access_tokens';
import * as migration_20261130_142249_admin_traps from './20261130_142249_admin_traps';

export const migrations = [
  {
    up: migration_20261123_164324_initial.up,
    down: migration_20261123_164324_initial.down,
    name: '20261123_164324_initial',
  },
  {
    up: migration_20261130_114832_public_content_version.up,
    down: migration_20261130_114832_public_content_version.down,
    name: '20261130_114832_public_content_version',
  },
  {
    up: migration_20261130_123844_access_tokens.up,
    down: migration_20261130_123844_access_tokens.down,
    name: '20261130_123844_access_tokens',
  },
  {
    up: migration_20261130_142249_admin_traps.up,
    down: migration_20261130_142249_admin_traps.down,
    name: '20261130_142249_admin_traps'
  },
];
