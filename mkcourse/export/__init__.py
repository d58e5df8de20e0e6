"""Exports for organizers: quizzes to Moodle XML (all languages) and GIFT (one language)."""
