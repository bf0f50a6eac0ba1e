export * from './vendor-record';
export * from './user.dto';
export * from './team.dto';
export * from './assignment.dto';
export * from './odl-scores.dto';
export * from './flash-ctf.dto';
export * from './status.dto';
