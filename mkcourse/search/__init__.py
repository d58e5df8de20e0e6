"""Search in every language: per-language indexes built at build time, searched in the
browser by assets/search.js."""
