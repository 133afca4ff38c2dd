import * as migration_20261123_151804_initial from './20261123_151804_initial';

export const migrations = [
  {
    up: migration_20261123_151804_initial.up,
    down: migration_20261123_151804_initial.down,
    name: '20261123_151804_initial'
  },
];
