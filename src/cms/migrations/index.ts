import * as migration_20261123_153221_initial from './20261123_153221_initial';

export const migrations = [
  {
    up: migration_20261123_153221_initial.up,
    down: migration_20261123_153221_initial.down,
    name: '20261123_153221_initial'
  },
];
