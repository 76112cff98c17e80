// What other parts of Probity may use of self-assessment.
export { createActivity, createGoal, saveEntry, startAssessment, submitAssessment, type SelfAssessmentContext } from './service.ts';
