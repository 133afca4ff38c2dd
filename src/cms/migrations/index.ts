import * as migration_20261123_161123_initial from './20261123_161123_initial';

export const migrations = [
  {
    up: migration_20261123_161123_initial.up,
    down: migration_20261123_161123_initial.down,
    name: '20261123_161123_initial'
  },
];
