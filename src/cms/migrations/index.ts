import * as migration_20261123_160308_initial from './20261123_160308_initial';

export const migrations = [
  {
    up: migration_20261123_160308_initial.up,
    down: migration_20261123_160308_initial.down,
    name: '20261123_160308_initial'
  },
];
