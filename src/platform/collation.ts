/**
 * Compares text as a reader orders it, numbers by their value: "Academy 9" before "Academy 10", provision
 * "2.9" before "2.10". One collator, made once: `localeCompare` given a locale or options makes a collator for
 * every comparison, which took 2.5 ms to sort 61 academies' names, on every request for leaders' insights.
 */
export const naturally = new Intl.Collator('en', { numeric: true }).compare;
