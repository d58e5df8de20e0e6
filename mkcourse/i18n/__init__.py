"""Languages, UI catalogs and the merge of source and translations."""
