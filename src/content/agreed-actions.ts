/**
 * The question a coach's agreed actions join when the person coached adds the coach's feedback:
 * the action points of "Talk it through". A test checks the workbook has it, as a table.
 */
export const ACTIONS_FIELD_ID = "actions";
