import * as migration_20261123_153926_initial from './20261123_153926_initial';

export const migrations = [
  {
    up: migration_20261123_153926_initial.up,
    down: migration_20261123_153926_initial.down,
    name: '20261123_153926_initial'
  },
];
