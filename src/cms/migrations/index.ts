import * as migration_20261123_152820_initial from './20261123_152820_initial';

export const migrations = [
  {
    up: migration_20261123_152820_initial.up,
    down: migration_20261123_152820_initial.down,
    name: '20261123_152820_initial'
  },
];
