import * as migration_20261123_154014_initial from './20261123_154014_initial';

export const migrations = [
  {
    up: migration_20261123_154014_initial.up,
    down: migration_20261123_154014_initial.down,
    name: '20261123_154014_initial'
  },
];
