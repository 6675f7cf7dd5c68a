/** The application role tests use (the same default as production). */
export const TEST_APP_ROLE = 'aftersale_app'
