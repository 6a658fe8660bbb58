from .glossary import GlossaryTerm  # noqa: F401  (models of this app)
from .workflows import PlainLanguageReviewTask  # noqa: F401
