/** The id of the assign form, which the article list's row checkboxes join through their `form` attribute. */
export const ASSIGN_FORM_ID = "assign-articles";
