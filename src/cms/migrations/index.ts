import * as migration_20261123_160930_initial from './20261123_160930_initial';

export const migrations = [
  {
    up: migration_20261123_160930_initial.up,
    down: migration_20261123_160930_initial.down,
    name: '20261123_160930_initial'
  },
];
