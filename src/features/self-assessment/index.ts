// What other parts of Probity may use of self-assessment.
export { addActivityEvidence, createActivity, createGoal, saveEntry, startAssessment, submitAssessment, type SelfAssessmentContext } from './service.ts';
