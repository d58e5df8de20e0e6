"""The MkDocs adapter: the only part of mkcourse that imports MkDocs."""
