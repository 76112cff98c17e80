// What other parts of Probity may use of self-assessment.
export { addActivityEvidence, createActivity, personalDevelopment, createGoal, saveEntry, startAssessment, submitAssessment, type SelfAssessmentContext } from './service.ts';
