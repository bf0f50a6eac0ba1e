export * from './invalid-input.exception';
export * from './problem';
export * from './problem-details.filter';
export * from './request-validation.pipe';
