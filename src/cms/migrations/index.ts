import * as migration_20261123_164324_initial from './20261123_164324_initial';
import * as migration_20261130_153348_release_2 from './20261130_153348_release_2';
import * as migration_20261130_211635_newsletter_status_history from './20261130_211635_newsletter_status_history';

export const migrations = [
  {
    up: migration_20261123_164324_initial.up,
    down: migration_20261123_164324_initial.down,
    name: '20261123_164324_initial',
  },
  {
    up: migration_20261130_153348_release_2.up,
    down: migration_20261130_153348_release_2.down,
    name: '20261130_153348_release_2',
  },
  {
    up: migration_20261130_211635_newsletter_status_history.up,
    down: migration_20261130_211635_newsletter_status_history.down,
    name: '20261130_211635_newsletter_status_history'
  },
];
