import { EVENT_WORDS, OUTCOME_WORDS, STAGE_WORDS, wordsFor, type CaseStage } from '../../api.ts';

// How cases read: the stage in a tag (a word, never colour alone), outcomes and chronology events in words.

export function StageTag({ stage }: { stage: CaseStage }) {
  return <span className={stage === 'closed' ? 'tag ok' : stage === 'outcome' || stage === 'appeal' ? 'tag pending' : 'tag'}>{STAGE_WORDS[stage]}</span>;
}

export function OverdueTag() {
  return <span className="tag off">Overdue</span>;
}

export const outcomeWords = (outcome: string) => wordsFor(OUTCOME_WORDS, outcome);
export const eventWords = (event: string) => wordsFor(EVENT_WORDS, event);
