export { CHALLENGES, CHALLENGE_DOMAINS, FIRST_CHALLENGE_ID, challengeById } from './catalogue';
export type { Challenge, ChallengeDomain } from './catalogue';
export {
  SimulatorControl,
  SimulatorControlError,
  type ControlAssignment,
  type ControlBehaviour,
  type ControlClock,
  type ControlFaults,
  type ControlFlashEventInput,
  type ControlFlashProgress,
  type ControlFlashProgressAnswer,
  type ControlResetInput,
  type ControlRoster,
  type ControlSolve,
  type ControlSolveInput,
  type ControlState,
} from './control-client';
export {
  DEFAULT_SEED,
  DEFAULT_SOLVES_PER_USER,
  DEFAULT_USERS,
  seededUserProfile,
  seededUserProfiles,
  simulatedUserId,
  type SeededUserProfile,
} from './dataset';
export type { CountersSnapshot, FaultSettings } from './faults';
export { Simulator, type DatasetSettings } from './simulator';
export { CONTROL_PREFIX, DEFAULT_SIM_TOKEN, buildSimulatorApp, startSimulator, type SimulatorHandle, type SimulatorOptions } from './server';
