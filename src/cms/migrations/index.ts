import * as migration_20261123_164133_initial from './20261123_164133_initial';

export const migrations = [
  {
    up: migration_20261123_164133_initial.up,
    down: migration_20261123_164133_initial.down,
    name: '20261123_164133_initial'
  },
];
