import { AlertKey, Severity } from './alerts.dto';

export interface Condition {
  key: AlertKey;
  severity: Severity;
  active: boolean;
  value: number;
  threshold: number;
  message: string;
  remediation: string;
}

const percent = (rate: number) => `${Math.round(rate * 1000) / 10} %`;

export interface RateSpec extends Pick<Condition, 'key' | 'severity' | 'threshold' | 'remediation'> {
  failed: number;
  total: number;
  /** Fewer than this in the population: too little data, the alert stays quiet. */
  minimum: number;
  /** The message, given the rate as a percentage. */
  message: (rate: string) => string;
}

/** A condition on the share of failures in a population (runs, competitors, vendor requests). */
export function rateCondition({ failed, total, minimum, message, ...condition }: RateSpec): Condition {
  const rate = total > 0 ? failed / total : 0;
  return { ...condition, active: total >= minimum && rate > condition.threshold, value: rate, message: message(percent(rate)) };
}
