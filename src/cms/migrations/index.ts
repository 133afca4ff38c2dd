import * as migration_20261123_153022_initial from './20261123_153022_initial';

export const migrations = [
  {
    up: migration_20261123_153022_initial.up,
    down: migration_20261123_153022_initial.down,
    name: '20261123_153022_initial'
  },
];
