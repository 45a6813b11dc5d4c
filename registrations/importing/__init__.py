"""Spreadsheet imports: units with their officers (`units`), individuals into a registration
(`individuals`). Every row is checked before anything is saved."""
