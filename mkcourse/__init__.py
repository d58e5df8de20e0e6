"""mkcourse: publish a multilingual training course, with quizzes, as a static website."""

__version__ = "0.1.0"
__all__ = ["__version__"]
