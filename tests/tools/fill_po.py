"""Fill msgstr entries of a .po file from a YAML mapping (msgid -> translation).

Used by maintainers to apply a reviewed list of UI translations in one step:
    .venv/bin/python tests/tools/fill_po.py translations/ko/LC_MESSAGES/messages.po ko-ui.yml
"""

import sys

import yaml
from babel.messages.pofile import read_po, write_po

po_path, table_path = sys.argv[1], sys.argv[2]
with open(table_path, encoding="utf-8") as handle:
    table = yaml.safe_load(handle)
with open(po_path, "rb") as handle:
    catalog = read_po(handle)
for message in catalog:
    if not message.id:
        continue
    key = message.id[0] if isinstance(message.id, tuple) else message.id
    if key in table:
        value = table[key]
        message.string = tuple(value) if isinstance(message.id, tuple) else value
        message.flags.discard("fuzzy")
with open(po_path, "wb") as handle:
    write_po(handle, catalog, width=90, sort_output=True, include_previous=True,
             include_lineno=False)
