import * as migration_20261123_154710_initial from './20261123_154710_initial';

export const migrations = [
  {
    up: migration_20261123_154710_initial.up,
    down: migration_20261123_154710_initial.down,
    name: '20261123_154710_initial'
  },
];
